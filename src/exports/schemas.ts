import { z } from 'zod';

export const packageQuery = z.object({
  from: z.string().optional().describe('the first day of the window, YYYY-MM-DD, in the workspace time zone; with to, or neither for the audit window (else the twelve months to today)'),
  to: z.string().optional().describe('the last day of the window, included; today at the latest'),
});
