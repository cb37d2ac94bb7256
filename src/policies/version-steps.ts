import { AppError } from '../errors.ts';
import type { Policy, PolicyVersion, VersionStatus } from './policy.ts';

/**
 * The version a step acts on must be the newest one, in the status the step expects: approving
 * or publishing a version that changed since it was opened is refused, never applied to the new one.
 */
export function requireLatest(policy: Policy, version: number, expected: VersionStatus, step: string): PolicyVersion {
  if (policy.retiredAt) throw new AppError('conflict', `${policy.title} was retired on ${policy.retiredAt.slice(0, 10)}`, 'policyId');
  if (version !== policy.latest.version) {
    throw new AppError('conflict', `version ${version} of ${policy.title} is no longer the newest: version ${policy.latest.version} was written since; open it again`, 'version');
  }
  if (policy.latest.status !== expected) {
    throw new AppError('conflict', `version ${version} of ${policy.title} is ${policy.latest.status.replace('_', ' ')}; only a version ${expected.replace('_', ' ')} can be ${step}`, 'version');
  }
  return policy.latest;
}
