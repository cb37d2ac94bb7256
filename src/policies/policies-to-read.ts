import type { Context } from '../context.ts';
import type { AcknowledgementRow } from './acknowledgements.ts';
import { renderMarkdown } from './render-markdown.ts';

/** A policy someone is asked to read and acknowledge: the version in force, its fingerprint and its text. */
export interface PolicyToRead {
  policyId: string;
  title: string;
  kind: AcknowledgementRow['policyKind'];
  version: number;
  sha256: string;
  html: string;
  /** The version they acknowledged before, which a material change since no longer counts. */
  previousVersion: number | null;
}

/** The texts of the outstanding policies, rendered: one query. */
export async function policiesToRead(ctx: Pick<Context, 'db'>, outstanding: AcknowledgementRow[]): Promise<PolicyToRead[]> {
  if (outstanding.length === 0) return [];
  const versions = await ctx.db
    .selectFrom('policy_versions')
    .select(['policy_id', 'version', 'sha256', 'text'])
    .where('policy_id', 'in', outstanding.map((row) => row.policyId))
    .where('published_at', 'is not', null)
    .execute();
  return outstanding.map((row) => {
    const version = versions.find((v) => v.policy_id === row.policyId && v.version === row.inForceVersion)!;
    return { policyId: row.policyId, title: row.title, kind: row.policyKind, version: version.version, sha256: version.sha256, html: renderMarkdown(version.text), previousVersion: row.acknowledgedVersion };
  });
}
