/** Policies in force for tests that are about what comes after publication: acknowledgements. */
import type { Context } from '../src/context.ts';
import { adoptPolicy } from '../src/policies/adopt-policy.ts';
import { approveVersion, publishVersion, submitVersion } from '../src/policies/approve-and-publish.ts';
import type { Policy } from '../src/policies/policy.ts';
import { suggestedValues } from '../src/policies/template-variables.ts';
import { writeVersion } from '../src/policies/write-version.ts';

export const brightline = { ...suggestedValues, companyName: 'Brightline Analytics' };

/** Adopts a template and takes version 1 through submission, approval and publication. */
export async function publishTemplate(ctx: Context, templateId: string): Promise<Policy> {
  const adopted = await adoptPolicy(ctx, { templateId, values: brightline });
  await submitVersion(ctx, { policyId: adopted.id, version: 1 });
  await approveVersion(ctx, { policyId: adopted.id, version: 1, sha256: adopted.latest.sha256 }, undefined);
  return publishVersion(ctx, { policyId: adopted.id, version: 1 });
}

/** Publishes a new version with `line` added, saying whether the change is material. */
export async function republish(ctx: Context, policy: Policy, line: string, material: boolean): Promise<Policy> {
  const edited = await writeVersion(ctx, { policyId: policy.id, basedOn: policy.latest.version, text: `${policy.latest.text}\n\n${line}` });
  await submitVersion(ctx, { policyId: policy.id, version: edited.latest.version });
  await approveVersion(ctx, { policyId: policy.id, version: edited.latest.version, sha256: edited.latest.sha256 }, undefined);
  return publishVersion(ctx, { policyId: policy.id, version: edited.latest.version, material });
}
