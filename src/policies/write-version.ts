import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { loadPolicy, type Policy, sha256Of } from './policy.ts';

export const MAX_POLICY_BYTES = 100 * 1024;

/** Markdown text, at most 100 KB, not binary; line endings made plain. */
export function checkedPolicyText(raw: string): string {
  const text = raw.replace(/\r\n/g, '\n').trim();
  if (!text) throw invalidInput('the policy text is empty', 'text');
  if (text.includes('\u0000')) throw invalidInput('the policy text is binary, not Markdown text', 'text');
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_POLICY_BYTES) throw invalidInput(`the policy text is ${Math.ceil(bytes / 1024)} KB; a policy is at most ${MAX_POLICY_BYTES / 1024} KB`, 'text');
  return text;
}

/** Stores a new version as a draft: not yet submitted, approved or published. */
export async function insertDraftVersion(tx: Context, version: { policyId: string; version: number; text: string; sha256: string }): Promise<void> {
  await tx.db
    .insertInto('policy_versions')
    .values({ policy_id: version.policyId, version: version.version, text: version.text, sha256: version.sha256, created_at: tx.now().toISOString(), created_by: tx.actor.id, submitted_at: null, approved_at: null, approved_by: null, published_at: null, published_by: null, material: null })
    .execute();
}

/**
 * Saves an edit as a new version, a draft. `basedOn` is the version the author opened: if
 * someone saved another since, the edit is refused rather than silently overwriting theirs.
 */
export async function writeVersion(ctx: Context, input: { policyId: string; basedOn: number; text: string }): Promise<Policy> {
  const text = checkedPolicyText(input.text);
  return inTransaction(ctx, async (tx) => {
    const { policy } = await loadPolicy(tx, input.policyId);
    if (policy.retiredAt) throw new AppError('conflict', `${policy.title} was retired on ${policy.retiredAt.slice(0, 10)}`, 'policyId');
    if (input.basedOn !== policy.latest.version) {
      throw new AppError('conflict', `${policy.title} changed since you opened version ${input.basedOn}: version ${policy.latest.version} is newer; open it and edit again`, 'basedOn');
    }
    const sha256 = sha256Of(text);
    if (sha256 === policy.latest.sha256) return policy;
    const version = policy.latest.version + 1;
    await insertDraftVersion(tx, { policyId: policy.id, version, text, sha256 });
    await appendEvent(tx, { action: 'policies.version.written', subject: { type: 'policy', id: policy.id }, data: { version, sha256, basedOn: input.basedOn } });
    return (await loadPolicy(tx, policy.id)).policy;
  });
}
