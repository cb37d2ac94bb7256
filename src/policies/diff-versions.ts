import { diffLines } from 'diff';
import { AppError } from '../errors.ts';
import type { PolicyVersion } from './policy.ts';

export interface DiffLine {
  change: 'added' | 'removed' | 'same';
  text: string;
}

/** What changed between two versions of a policy, line by line, from `from` to `to`. */
export function diffVersions(versions: PolicyVersion[], from: number, to: number): DiffLine[] {
  const pick = (version: number, where: string) => {
    const found = versions.find((v) => v.version === version);
    if (!found) throw new AppError('not_found', `there is no version ${version}; the versions are 1 to ${versions.length}`, where);
    return found;
  };
  const before = pick(from, 'from');
  const after = pick(to, 'to');
  return diffLines(`${before.text}\n`, `${after.text}\n`).flatMap((part) =>
    part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text }) as const),
  );
}
