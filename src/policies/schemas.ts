import { z } from 'zod';
import { personKinds } from './policy-template.ts';
import { templateVariables } from './template-variables.ts';

const variableName = z.enum(Object.keys(templateVariables) as [keyof typeof templateVariables, ...(keyof typeof templateVariables)[]]);

export const templateSummary = z.object({
  id: z.string(),
  kind: z.enum(['policy', 'orientation']),
  title: z.string(),
  owner: z.enum(['owner', 'admin']).nullable(),
  review: z.string().nullable().describe('ISO 8601 duration: P1Y'),
  tier: z.enum(['day-one', 'later']).nullable().describe('day-one: the five policies that govern day-one decisions'),
  appliesTo: z.array(z.enum(personKinds)),
  criteria: z.array(z.object({ id: z.string(), title: z.string() })),
  procedure: z.string().nullable(),
  evidence: z.string().nullable(),
  variables: z.array(z.object({ name: variableName, label: z.string(), suggestion: z.string() })),
});

export const templateList = z.object({ templates: z.array(templateSummary) });

export const templateParams = z.object({ id: z.string().min(1).max(100) });

export const templatePreview = templateSummary.extend({
  markdown: z.string().describe('the text with the workspace name and the suggested values filled in'),
  html: z.string().describe('the same, rendered; raw HTML in the text is shown as text'),
});
