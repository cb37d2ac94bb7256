import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountKind, AccountRecord, AccountStatus } from '../account-record.ts';
import { type CsvRow, csvTableChunks } from './csv-table.ts';
import { plainCsvColumnOf, plainCsvColumns } from './plain-csv-columns.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';
import { utcInstant } from './utc-instant.ts';
import { utf8Text } from './utf8-text.ts';

const statuses: AccountStatus[] = ['active', 'suspended', 'deprovisioned', 'invited'];
const kinds: AccountKind[] = ['human', 'service', 'bot', 'shared', 'guest'];

export const plainCsv: AccountFormat = {
  id: 'plain-csv',
  label: 'CSV with the documented columns',
  files: `one or more CSV files with the header ${plainCsvColumns.map((c) => c.header).join(',')} (external_id and email or user_name required)`,
  detect: (head) => {
    const headers = (head.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => plainCsvColumnOf(h.replace(/^\s*"|"\s*$/g, '')));
    return headers.includes('external_id') && headers.every(Boolean);
  },
  async *read(files) {
    const refuse = refuseDuplicates();
    for (const file of files) {
      for await (const rows of csvTableChunks(file.name, utf8Text(file.name, file.open()), checkedColumns(file.name))) {
        for (const row of rows) {
          const account = accountOf(row, file.name);
          refuse(account.externalId, file.name, row.line, row.where('external_id'));
          yield account;
        }
      }
    }
  },
};

function checkedColumns(name: string): (headers: string[]) => string[] {
  return (headers) => {
    const where = `${name} line 1`;
    const columns = headers.map((header, index) => {
      const column = plainCsvColumnOf(header);
      if (!column) throw invalidInput(header ? `"${header}" is not a column of the plain CSV; the columns are ${plainCsvColumns.map((c) => c.header).join(', ')}` : `column ${index + 1} has no name`, where);
      if (headers.slice(0, index).some((h) => plainCsvColumnOf(h) === column)) throw invalidInput(`two columns are ${column}; keep one`, where);
      return column;
    });
    if (!columns.includes('external_id')) throw invalidInput(`${name} has no external_id column`, where);
    if (!columns.includes('email') && !columns.includes('user_name')) throw invalidInput(`${name} has neither an email nor a user_name column; it needs one of them`, where);
    return columns;
  };
}

function accountOf(row: CsvRow, file: string): AccountRecord {
  const externalId = row.get('external_id');
  if (!externalId) throw invalidInput('empty; every account needs its id in the system', row.where('external_id'));
  const email = row.get('email').toLowerCase();
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidInput(`"${row.get('email')}" is not an email address`, row.where('email'));
  const userName = row.get('user_name');
  if (!email && !userName) throw invalidInput('empty, and so is user_name; every account needs one of them', row.where(row.has('email') ? 'email' : 'user_name'));
  const privileged = flag(row, 'privileged') ?? false;
  return {
    externalId,
    email: email || null,
    userName: userName || null,
    displayName: row.get('display_name') || null,
    roles: listOf(row.get('roles')),
    privileged,
    privilegeReason: privileged ? 'privileged column' : null,
    mfa: flag(row, 'mfa'),
    lastActivityAt: time(row, 'last_activity'),
    lastActivityKnown: row.has('last_activity'),
    createdAt: time(row, 'created'),
    status: oneOf(row, 'status', statuses) ?? 'active',
    kind: oneOf(row, 'kind', kinds) ?? 'human',
    credentialRotatedAt: time(row, 'credential_rotated'),
    oauthGrants: null,
    source: { file, line: row.line },
  };
}

function flag(row: CsvRow, column: string): boolean | null {
  const text = row.get(column).toLowerCase();
  if (!text) return null;
  if (text === 'true' || text === 'false') return text === 'true';
  throw invalidInput(`"${row.get(column)}" is not true or false`, row.where(column));
}

/** Names separated by ;, each trimmed; a cell of one name (most are) is not split. */
function listOf(text: string): string[] {
  if (!text.includes(';')) return text ? [text] : [];
  return text.split(';').map((r) => r.trim()).filter(Boolean);
}

/** A date alone is the start of that day in UTC. */
function time(row: CsvRow, column: string): string | null {
  const text = row.get(column);
  if (text.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return text ? utcInstant(text, row.where(column)) : null;
  try {
    return utcInstant(`${text}T00:00:00.000Z`, row.where(column));
  } catch {
    throw invalidInput(`"${text}" is not a calendar date`, row.where(column));
  }
}

function oneOf<T extends string>(row: CsvRow, column: string, allowed: T[]): T | null {
  const text = row.get(column).toLowerCase();
  if (!text) return null;
  if ((allowed as string[]).includes(text)) return text as T;
  throw invalidInput(`"${row.get(column)}" is not one of ${allowed.join(', ')}`, row.where(column));
}
