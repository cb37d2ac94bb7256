import type { AccountFlagId, FlagSettings } from '../../accounts/account-flags.ts';
import type { Connector } from '../../accounts/connectors/connector.ts';
import type { Account, AccountList } from '../../accounts/list-accounts.ts';
import type { AccountSnapshot } from '../../accounts/snapshot.ts';
import { formatTable } from '../output.ts';
import type { FormatList } from './accounts-targets.ts';

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** What names an account for a person: its email, else its login, else the system's id for it. */
export const accountName = (account: Account) => account.email ?? account.userName ?? account.externalId;
const personOf = (account: Account) => (account.person ? `${account.person.name}${account.matchedBy === 'email' ? '' : ` (by ${account.matchedBy})`}` : '-');

export function snapshotLine(snapshot: AccountSnapshot): string {
  return `${snapshot.systemId}: snapshot ${snapshot.number}, ${snapshot.format}, ${plural(snapshot.accounts, 'account')} as of ${snapshot.asOf}`;
}

/** How many accounts carry each flag, every flag named. */
export function flagCountTable(counts: Record<AccountFlagId, number>): string {
  return formatTable(
    Object.entries(counts).map(([flag, accounts]) => ({ flag, accounts })),
    ['flag', 'accounts'],
  );
}

/** An import's summary: the snapshot, its files with their SHA-256, and its flags. */
export function importText(snapshot: AccountSnapshot, counts: Record<AccountFlagId, number>): string {
  return [
    snapshotLine(snapshot),
    '',
    formatTable(
      snapshot.sources.map((s) => ({ file: s.name, bytes: count(s.bytes), sha256: s.sha256 })),
      ['file', 'bytes', 'sha256'],
    ),
    '',
    flagCountTable(counts),
  ].join('\n');
}

/** The accounts as a table, then each flagged account's flags with their reasons. */
export function accountListText(list: AccountList, filtered: boolean): string {
  const { snapshot, total, accounts } = list;
  const heading = `${snapshotLine(snapshot)}${filtered ? `; ${count(total)} match` : ''}`;
  if (accounts.length === 0) return `${heading}\nno account matches`;
  const flagged = accounts.filter((a) => a.flags.length > 0);
  return [
    heading,
    '',
    formatTable(
      accounts.map((a) => ({ account: accountName(a), person: personOf(a), status: a.status, flags: a.flags.map((f) => f.id).join(', ') })),
      ['account', 'person', 'status', 'flags'],
    ),
    ...(accounts.length < total ? [`showing ${count(accounts.length)} of ${count(total)}: --limit N (at most 1000) shows more, --csv every one`] : []),
    ...(flagged.length > 0 ? ['', 'Why:', ...flagged.flatMap((a) => [`  ${accountName(a)}`, ...a.flags.map((f) => `    ${f.id}: ${f.reason}`)])] : []),
  ].join('\n');
}

export function formatsText(list: FormatList): string {
  return [
    formatTable(list.formats, ['id', 'label', 'files']),
    '',
    'The plain CSV, for a system with no export of its own: a header row with these columns (any case; spaces or hyphens for _).',
    formatTable(
      list.plainCsvColumns.map((c) => ({ column: c.header, required: c.required, description: c.description })),
      ['column', 'required', 'description'],
    ),
  ].join('\n');
}

export function snapshotsText(systemId: string, snapshots: AccountSnapshot[]): string {
  if (snapshots.length === 0) return `${systemId} has no account snapshots yet: groundwork accounts import --system ${systemId} FILE…`;
  return formatTable(
    snapshots.map((s) => ({ number: s.number, 'as of': s.asOf, format: s.format, accounts: count(s.accounts), imported: s.importedAt, by: s.importedBy, files: s.sources.map((f) => f.name).join(', ') })),
    ['number', 'as of', 'format', 'accounts', 'imported', 'by', 'files'],
  );
}

export function mappedText(account: Account): string {
  const flags = account.flags.length > 0 ? account.flags.map((f) => f.id).join(', ') : 'none';
  return `${accountName(account)} (${account.externalId}) is ${account.person ? `${account.person.name}'s, by ${account.matchedBy}` : 'nobody’s in the directory'}; flags: ${flags}`;
}

export function settingsText(settings: FlagSettings): string {
  return [`dormant after     ${plural(settings.dormantAfterDays, 'day')} without activity`, `stale credential  a key or token not rotated for ${plural(settings.credentialMaxAgeDays, 'day')}`].join('\n');
}

export function connectorText(connector: Connector): string {
  const settings = Object.entries(connector.settings).map(([name, value]) => `  ${name.padEnd(12)} ${value}`);
  return [`${connector.systemId}: accounts pulled from ${connector.kind}, set by ${connector.updatedBy} at ${connector.updatedAt}`, ...settings].join('\n');
}
