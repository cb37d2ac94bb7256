import { invalidInput } from '../../errors.ts';
import type { AccountFormat, AccountRecord, SourceFile } from '../account-record.ts';
import { entraExpected, graphPage, type Registration, RegistrationDetails } from './entra-registration-details.ts';
import { jsonEntries } from './json-entries.ts';
import { JsonFields } from './json-fields.ts';
import { refuseDuplicates } from './refuse-duplicates.ts';

/**
 * Microsoft Entra ID through Microsoft Graph: the pages of GET /v1.0/users with signInActivity
 * $select-ed (with accountEnabled, userType, createdDateTime, lastPasswordChangeDateTime, mail), and
 * the pages of GET /v1.0/reports/authenticationMethods/userRegistrationDetails, which alone says who
 * registered MFA and who holds an admin role; the two join on the user id.
 */
export const entra: AccountFormat = {
  id: 'entra',
  label: 'Microsoft Entra ID users with sign-in activity and registration details',
  files: 'users.json (the /users pages with signInActivity) and registration-details.json (the userRegistrationDetails pages)',
  detect: (head) => /"@odata\.context"\s*:\s*"[^"]*\$metadata#(users\b|reports\/authenticationMethods\/userRegistrationDetails)/.test(head) || (/"value"\s*:\s*\[/.test(head) && /"userPrincipalName"\s*:/.test(head)),
  read,
};

async function* read(files: SourceFile[]): AsyncGenerator<AccountRecord> {
  const details = new RegistrationDetails();
  const userPages: SourceFile[] = [];
  for (const file of files) if (!(await details.read(file))) userPages.push(file);
  if (userPages.length === 0) throw invalidInput(`no users page among ${files.map((f) => f.name).join(', ')}: give the /users pages with the registration details`, files[0]?.name);
  refuseUnfinished('userRegistrationDetails', details.pages.continued, details.pages.files.length);
  const refuse = refuseDuplicates();
  const continued: string[] = [];
  for (const file of userPages) {
    let selectsSignIn = false;
    for await (const entry of jsonEntries(file, entraExpected, graphPage)) {
      const at = `${file.name} line ${entry.line}`;
      if (entry.kind === 'member') {
        if (entry.key === '@odata.nextLink') continued.push(file.name);
        else selectsSignIn = typeof entry.value === 'string' && /signInActivity/.test(entry.value);
      } else {
        const user = new JsonFields(entry.value, `${at}: value[${entry.index}]`, 'an Entra user');
        const account = entraUser(user, details.get(user.requiredString('id')), selectsSignIn, { file: file.name, line: entry.line });
        refuse(account.externalId, file.name, entry.line, user.where('id'));
        yield account;
      }
    }
  }
  refuseUnfinished('users', continued, userPages.length);
}

function refuseUnfinished(list: string, continued: string[], pages: number): void {
  if (pages > 0 && continued.length === pages) throw invalidInput(`every ${list} page has an @odata.nextLink, so the list goes on: add the pages up to the last one, which has none`, continued.at(-1));
}

function entraUser(user: JsonFields, registration: Registration | undefined, selectsSignIn: boolean, source: AccountRecord['source']): AccountRecord {
  const signIn = user.fields('signInActivity', 'a signInActivity');
  const isAdmin = registration?.isAdmin === true;
  const guest = user.has('userType') ? user.string('userType')?.toLowerCase() === 'guest' : registration?.guest === true;
  const status = user.time('deletedDateTime') ? 'deprovisioned' : user.boolean('accountEnabled') === false ? 'suspended' : user.string('externalUserState') === 'PendingAcceptance' ? 'invited' : 'active';
  return {
    externalId: user.requiredString('id'),
    email: user.email('mail') ?? user.email('userPrincipalName'),
    userName: user.string('userPrincipalName'),
    displayName: user.string('displayName'),
    roles: isAdmin ? ['admin'] : [],
    privileged: isAdmin,
    privilegeReason: isAdmin ? 'isAdmin in registration details' : null,
    mfa: registration?.isMfaRegistered ?? null,
    lastActivityAt: signIn && lastSignIn(signIn),
    // Graph leaves signInActivity out for a user who never signed in, when the request $select-ed it.
    lastActivityKnown: selectsSignIn || user.has('signInActivity'),
    createdAt: user.time('createdDateTime'),
    status,
    kind: guest ? 'guest' : 'human',
    credentialRotatedAt: user.time('lastPasswordChangeDateTime'),
    oauthGrants: null,
    source,
  };
}

/**
 * The last successful sign-in (recorded since December 2023), else the last attempt, interactive or
 * not. Graph writes 0001-01-01T00:00:00Z for "never".
 */
function lastSignIn(signIn: JsonFields): string | null {
  const time = (key: string) => {
    const value = signIn.time(key);
    return value?.startsWith('0001-01-01') ? null : value;
  };
  const attempts = [time('lastSignInDateTime'), time('lastNonInteractiveSignInDateTime')].filter((t) => t !== null).sort();
  return time('lastSuccessfulSignInDateTime') ?? attempts.at(-1) ?? null;
}
