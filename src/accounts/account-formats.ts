import { invalidInput } from '../errors.ts';
import type { AccountFormat, SourceFile } from './account-record.ts';
import { awsCredentialReport } from './formats/aws-credential-report.ts';
import { entra } from './formats/entra.ts';
import { githubOrg } from './formats/github-org.ts';
import { googleWorkspace } from './formats/google-workspace.ts';
import { okta } from './formats/okta.ts';
import { plainCsv } from './formats/plain-csv.ts';
import { scim2 } from './formats/scim2.ts';
import { slackUsers } from './formats/slack-users.ts';
import { headOf } from './source-file.ts';

/** Every export Groundwork reads, most specific first: the plain CSV takes what no other format claims. */
export const accountFormats: readonly AccountFormat[] = [awsCredentialReport, githubOrg, googleWorkspace, okta, slackUsers, entra, scim2, plainCsv];

export function formatNamed(id: string): AccountFormat {
  const format = accountFormats.find((f) => f.id === id);
  if (!format) throw invalidInput(`"${id}" is not a format Groundwork reads (${accountFormats.map((f) => f.id).join(', ')})`, 'format');
  return format;
}

/**
 * The one format that recognises every file from its first bytes. Files of two systems given
 * together, or a file no format recognises, are refused by name.
 */
export async function detectFormat(files: SourceFile[]): Promise<AccountFormat> {
  let candidates = accountFormats;
  for (const file of files) {
    const head = await headOf(file);
    const recognising = accountFormats.filter((format) => format.detect(head, file.name));
    if (recognising.length === 0) {
      const binary = head.includes('\u0000') || head.includes('\uFFFD');
      throw invalidInput(
        `${file.name} is ${binary ? 'not a text file' : 'no export Groundwork recognises'}; it reads ${accountFormats.map((f) => f.label).join('; ')}. Name the format with --format if it is one of these`,
        file.name,
      );
    }
    const together = candidates.filter((format) => recognising.includes(format));
    if (together.length === 0) {
      throw invalidInput(`${file.name} looks like ${recognising[0]!.label}, but ${files[0]!.name} like ${candidates[0]!.label}: one import is one system's export`, file.name);
    }
    candidates = together;
  }
  return candidates[0]!;
}
