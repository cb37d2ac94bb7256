import type { Context } from '../context.ts';
import type { ItemSpec } from './checklist-template.ts';

export interface NewItem extends ItemSpec {
  systemId?: string;
  accessRole?: string;
  assetId?: string;
}

export async function insertItems(tx: Context, checklistId: string, items: NewItem[]): Promise<void> {
  await tx.db
    .insertInto('checklist_items')
    .values(
      items.map((item, position) => ({
        checklist_id: checklistId,
        position,
        key: item.key,
        phase: item.phase,
        title: item.title,
        proof: item.proof,
        confirmed_by: item.confirmedBy,
        system_id: item.systemId ?? null,
        access_role: item.accessRole ?? null,
        asset_id: item.assetId ?? null,
        done_at: null,
        effective_at: null,
        done_by: null,
        outcome: null,
        link: null,
        attachment_sha256: null,
        note: null,
        evidence_seq: null,
      })),
    )
    .execute();
}
