import { z } from 'zod';
import { assetKinds } from './asset.ts';

export const assetParams = z.object({ tag: z.string().min(1).max(64).describe('the asset tag or serial number, in any letter case') });

const effectiveAt = z.iso.datetime({ offset: true }).optional().describe('when it happened, if earlier than now');

export const addAssetBody = z.strictObject({
  kind: z.enum(assetKinds),
  tag: z.string().max(64).describe('letters, digits, dots, dashes and underscores: BL-0042, C02XK1ZJMD6M'),
  description: z.string().max(200).nullable().optional().describe('"MacBook Pro 14, M3, 2024"'),
});

export const assignAssetBody = z.strictObject({
  person: z.string().min(1).max(320).describe('the person’s work email, an alias, or their directory id'),
  effectiveAt,
});

export const returnAssetBody = z.strictObject({
  note: z.string().max(500).nullable().optional().describe('the state it came back in'),
  effectiveAt,
});

const holder = z.object({ personId: z.string(), name: z.string(), email: z.string(), engagementId: z.string(), assignedAt: z.string(), assignedBy: z.string() });

export const asset = z.object({
  id: z.string(),
  kind: z.enum(assetKinds),
  tag: z.string(),
  description: z.string().nullable(),
  createdAt: z.string(),
  holder: holder.nullable().describe('who has it now; null while it is on the shelf'),
});

export const assetList = z.object({ assets: z.array(asset) });

export const assetWithHistory = z.object({
  asset,
  assignments: z
    .array(holder.extend({ id: z.string(), returnedAt: z.string().nullable(), returnedBy: z.string().nullable(), returnNote: z.string().nullable() }))
    .describe('everyone who has had it, oldest first'),
});
