import { AppError } from '../../errors.ts';
import type { Acknowledgement } from '../../policies/acknowledge-policy.ts';
import type { AcknowledgementRow } from '../../policies/acknowledgements.ts';
import { formatTable } from '../output.ts';
import type { Target } from './policy-targets.ts';

/** Who has acknowledged which policy: one line per person and policy. */
export function acknowledgementsTable(rows: AcknowledgementRow[], outstanding: boolean): string {
  if (rows.length === 0) return outstanding ? 'nothing outstanding: everyone has acknowledged every policy that applies to them' : 'no policy in force applies to anyone in the directory yet';
  return formatTable(
    rows.map((row) => ({
      name: row.name,
      email: row.email,
      policy: row.policyId,
      status: row.status,
      required: `v${row.requiredVersion}`,
      acknowledged: row.acknowledgedVersion ? `v${row.acknowledgedVersion} ${row.acknowledgedAt!.slice(0, 10)} (${row.via})` : '',
    })),
    ['name', 'email', 'policy', 'status', 'required', 'acknowledged'],
  );
}

/** Acknowledges the version in force, or the version named, naming the SHA-256 of its text. */
export async function acknowledgeVersion(target: Target, id: string, version: number | undefined): Promise<Acknowledgement> {
  const detail = await target.load(id);
  const read = version === undefined ? (detail.published ?? detail.latest) : detail.versions.find((v) => v.version === version);
  if (!read) throw new AppError('not_found', `there is no version ${version}; the versions are 1 to ${detail.versions.length}`, 'version');
  return target.acknowledge(id, read.version, read.sha256);
}
