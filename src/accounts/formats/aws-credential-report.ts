import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountRecord, SourceFile } from '../account-record.ts';
import { type CsvRow, csvTable } from './csv-table.ts';
import { jsonTokens } from './json-tokens.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';
import { utcInstant } from './utc-instant.ts';
import { utf8Text } from './utf8-text.ts';

const columns = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
];
const timeColumns = [
  'user_creation_time', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'access_key_1_last_rotated', 'access_key_1_last_used_date',
  'access_key_2_last_rotated', 'access_key_2_last_used_date', 'cert_1_last_rotated', 'cert_2_last_rotated',
];
const flagColumns = ['password_enabled', 'mfa_active', 'access_key_1_active', 'access_key_2_active', 'cert_1_active', 'cert_2_active'];
/** "no_information": never used, or not since AWS began recording; "N/A": no such credential; "not_supported": the root user. */
const noValue = new Set(['', 'n/a', 'no_information', 'not_supported']);
/** "user,arn," in base64: how the report starts when it is still the API's encoded Content. */
const encodedStart = 'dXNlcixhcm4s';
const envelopeStart = new RegExp(`^\\{[\\s\\S]*"Content"\\s*:\\s*"${encodedStart}`);

export const awsCredentialReport: AccountFormat = {
  id: 'aws-credential-report',
  label: 'AWS IAM credential report',
  files: 'the credential report CSV, or the JSON of aws iam get-credential-report',
  detect: (head) => {
    const text = head.replace(/^\ufeff/, '').trimStart();
    return text.startsWith('user,arn,user_creation_time,') || text.startsWith(encodedStart) || envelopeStart.test(text);
  },
  async *read(files) {
    const refuse = refuseDuplicates();
    for (const file of files) {
      for await (const row of reportRows(file)) {
        const account = accountOf(row, file.name);
        refuse(account.externalId, file.name, row.line, row.where('arn'));
        yield account;
      }
    }
  },
};

/**
 * The rows of a report given as CSV, as the base64 `Content` of GetCredentialReport, or as the whole
 * JSON envelope; the last two are decoded as they stream, and their lines are the decoded report's.
 */
async function* reportRows(file: SourceFile): AsyncGenerator<CsvRow> {
  const opening = await openingOf(file);
  if (!opening.startsWith('{') && !opening.startsWith(encodedStart)) return yield* csvTable(file.name, utf8Text(file.name, file.open()), checkedColumns(file.name));
  const content = `${file.name} Content`;
  const encoded = opening.startsWith('{') ? contentOf(file) : utf8Text(file.name, file.open());
  yield* csvTable(content, utf8Text(content, base64Bytes(content, encoded)), checkedColumns(content));
}

async function openingOf(file: SourceFile): Promise<string> {
  for await (const text of utf8Text(file.name, file.open())) if (text.trim()) return text.trimStart();
  throw invalidInput(`${file.name} is empty`, file.name);
}

/** The chunks of the envelope's `Content` string, which is as large as the report, never held whole. */
async function* contentOf(file: SourceFile): AsyncGenerator<string> {
  let key: string | undefined;
  let inContent = false;
  let found = false;
  yield* jsonTokens(file.name, utf8Text(file.name, file.open()), { packStrings: false, streamKeys: false, streamNumbers: false }, (token, line) => {
    if (token.name === 'stringChunk') return inContent ? token.value : undefined;
    if (token.name === 'keyValue') key = token.value;
    else if (token.name === 'endString') inContent = false;
    else if (key === 'Content') {
      if (token.name !== 'startString') throw invalidInput('not a base64 string', `${file.name} line ${line}: Content`);
      if (found) throw invalidInput('a second Content; give one report per file', `${file.name} line ${line}: Content`);
      inContent = found = true;
    }
    if (token.name !== 'keyValue') key = undefined;
    return undefined;
  });
  if (!found) throw invalidInput(`${file.name} has no Content; give the JSON that aws iam get-credential-report prints, or the report's CSV`, file.name);
}

async function* base64Bytes(name: string, text: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  let rest = '';
  for await (const chunk of text) {
    const clean = rest + chunk.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw invalidInput(`${name} is not base64`, name);
    const whole = clean.length - (clean.length % 4);
    if (whole > 0) yield Buffer.from(clean.slice(0, whole), 'base64');
    rest = clean.slice(whole);
  }
  if (rest) throw invalidInput(`${name} ends in the middle of its base64; is it cut short?`, name);
}

function checkedColumns(name: string): (headers: string[]) => string[] {
  return (headers) => {
    if (headers[0] !== 'user' || headers[1] !== 'arn') throw invalidInput(`${name} is not an AWS credential report: its header should begin user,arn,user_creation_time`, `${name} line 1`);
    const unknown = headers.filter((h) => !columns.includes(h));
    const missing = columns.filter((c) => !headers.includes(c));
    if (unknown.length > 0) throw invalidInput(`${unknown.map((h) => `"${h}"`).join(', ')} ${unknown.length === 1 ? 'is not a column' : 'are not columns'} of the AWS credential report`, `${name} line 1`);
    if (missing.length > 0) throw invalidInput(`the report has no ${missing.join(', ')} ${missing.length === 1 ? 'column' : 'columns'}`, `${name} line 1`);
    return headers;
  };
}

function accountOf(row: CsvRow, file: string): AccountRecord {
  const user = row.get('user');
  const arn = row.get('arn');
  if (!user) throw invalidInput('empty; every row is an IAM user', row.where('user'));
  if (!/^arn:aws[a-z-]*:iam::[^:]*:/.test(arn)) throw invalidInput(`"${arn}" is not an IAM ARN`, row.where('arn'));
  const time = new Map(timeColumns.map((c) => [c, noValue.has(row.get(c).toLowerCase()) ? null : utcInstant(row.get(c), row.where(c))]));
  const flag = new Map(flagColumns.map((c) => [c, flagOf(row, c)]));
  const root = user === '<root_account>';
  const password = flag.get('password_enabled') === true;
  const activeKeys = [1, 2].filter((n) => flag.get(`access_key_${n}_active`));
  const activeCerts = [1, 2].filter((n) => flag.get(`cert_${n}_active`));
  const rotated = [...activeKeys.map((n) => time.get(`access_key_${n}_last_rotated`)), password ? time.get('password_last_changed') : null].filter((t) => t != null);
  const used = ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date'].map((c) => time.get(c)).filter((t) => t != null);
  return {
    externalId: arn,
    email: null,
    userName: root ? null : user,
    displayName: root ? 'AWS root user' : user,
    roles: [],
    privileged: root,
    privilegeReason: root ? 'root account' : null,
    mfa: flag.get('mfa_active') ?? null,
    lastActivityAt: used.sort().at(-1) ?? null,
    lastActivityKnown: true,
    createdAt: time.get('user_creation_time') ?? null,
    // With no password, access key or signing certificate, an IAM user can neither sign in nor call the API.
    status: !root && !password && activeKeys.length === 0 && activeCerts.length === 0 ? 'suspended' : 'active',
    kind: root ? 'shared' : !password && activeKeys.length > 0 ? 'service' : 'human',
    credentialRotatedAt: rotated.sort()[0] ?? null,
    oauthGrants: null,
    source: { file, line: row.line },
  };
}

/** The docs say TRUE/FALSE, real reports say true/false; the root user's password_enabled is not_supported. */
function flagOf(row: CsvRow, column: string): boolean | null {
  const text = row.get(column).toLowerCase();
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'not_supported') return null;
  throw invalidInput(`"${row.get(column)}" is not true or false`, row.where(column));
}
