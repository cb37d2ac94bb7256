import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { loadPolicy, type Policy, sha256Of } from './policy.ts';
import { fillTemplate } from './policy-template.ts';
import { policyTemplate } from './template-catalog.ts';
import type { TemplateVariable } from './template-variables.ts';
import { insertDraftVersion } from './write-version.ts';

/**
 * Adopts a template: its blanks filled in with the company's details, as version 1, a draft.
 * The template's owner, criteria, procedure and evidence stream come with it.
 */
export async function adoptPolicy(ctx: Context, input: { templateId: string; values: Partial<Record<TemplateVariable, string>> }): Promise<Policy> {
  const template = policyTemplate(input.templateId);
  const text = fillTemplate(template, input.values);
  return inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const exists = await tx.db.selectFrom('policies').select('id').where('id', '=', template.id).executeTakeFirst();
    if (exists) throw new AppError('conflict', `${template.title} is already adopted; edit it instead`, 'templateId');
    await tx.db
      .insertInto('policies')
      .values({
        id: template.id,
        kind: template.kind,
        title: template.title,
        template_id: template.id,
        parent_id: null,
        owner_role: template.owner ?? 'admin',
        applies_to: JSON.stringify(template.appliesTo),
        criteria: JSON.stringify(template.criteria),
        procedure: template.procedure,
        evidence: template.evidence,
        review_obligation_id: null,
        created_at: at,
        retired_at: null,
      })
      .execute();
    const sha256 = sha256Of(text);
    await insertDraftVersion(tx, { policyId: template.id, version: 1, text, sha256 });
    await appendEvent(tx, { action: 'policies.policy.adopted', subject: { type: 'policy', id: template.id }, data: { template: template.id, title: template.title, version: 1, sha256, values: input.values } });
    return (await loadPolicy(tx, template.id)).policy;
  });
}
