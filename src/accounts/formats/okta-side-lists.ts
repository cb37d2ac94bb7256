import { type AppError, invalidInput } from '../../errors.ts';
import type { SourceFile } from '../account-record.ts';
import { jsonEntries } from './json-entries.ts';
import { describe, JsonFields } from './json-fields.ts';

export const oktaExpected = 'Okta users, factors or roles (JSON)';

/** What the factors and roles files say of a user: whether they have an active second factor, and their admin roles. */
export interface SideLists {
  mfa?: boolean;
  roles?: string[];
}

/**
 * The factors and roles files by user id. A boolean and a few role names per user, so the map grows
 * with the number of users, not with the size of the files, while the users list streams past it.
 */
export class OktaSideLists {
  private readonly byUser = new Map<string, SideLists>();
  private readonly files = { factors: [] as SourceFile[], roles: [] as SourceFile[] };

  /**
   * Reads a factors or roles file, `{"<user id>": [the user's /factors or /roles list], ...}`, and
   * returns true; returns false, reading no further, when the file is a users list. The file says
   * which it is by its first factor (factorType) or role (type); a file whose lists are all empty
   * says it by its name (okta-factors.json, okta-roles.json).
   */
  async read(file: SourceFile): Promise<boolean> {
    let kind: Kind | null = null;
    const empty: { userId: string; line: number }[] = [];
    for await (const entry of jsonEntries(file, oktaExpected, () => 'value')) {
      if (entry.kind === 'item') return notOneUsersList(file, entry.value, entry.line);
      const at = `${file.name} line ${entry.line}: ${entry.key}`;
      if (!Array.isArray(entry.value)) throw invalidInput(`${file.name} is not ${oktaExpected}: ${entry.key} holds ${describe(entry.value)}, not a user's list of factors or roles`, at);
      kind ??= kindOf(entry.value[0], `${at}[0]`);
      if (!kind) {
        empty.push({ userId: entry.key, line: entry.line });
        continue;
      }
      for (const { userId, line } of empty.splice(0)) await this.add(kind, userId, [], file, line);
      await this.add(kind, entry.key, entry.value, file, entry.line);
    }
    if (empty.length > 0) {
      kind = /factor/i.test(file.name) ? 'factors' : /role/i.test(file.name) ? 'roles' : null;
      if (!kind) throw invalidInput(`every list in ${file.name} is empty, so it does not say whether it lists factors or roles: put "factors" or "roles" in its name`, file.name);
      for (const { userId, line } of empty) await this.add(kind, userId, [], file, line);
    }
    if (kind) this.files[kind].push(file);
    return true;
  }

  get(userId: string): SideLists | undefined {
    return this.byUser.get(userId);
  }

  private async add(kind: Kind, userId: string, items: unknown[], file: SourceFile, line: number): Promise<void> {
    const at = `${file.name} line ${line}: ${userId}`;
    const lists = this.byUser.get(userId) ?? {};
    if ((kind === 'factors' ? lists.mfa : lists.roles) !== undefined) throw await this.listedTwice(kind, userId, at, file);
    if (kind === 'factors') lists.mfa = items.map((item, i) => isSecondFactor(new JsonFields(item, `${at}[${i}]`, 'an Okta factor'))).includes(true);
    else lists.roles = items.map((item, i) => roleName(new JsonFields(item, `${at}[${i}]`, 'an Okta admin role')));
    this.byUser.set(userId, lists);
  }

  /** Finds where the user's list first is by reading the files again: keeping a place per user would double the map. */
  private async listedTwice(kind: Kind, userId: string, where: string, current: SourceFile): Promise<AppError> {
    for (const file of [...this.files[kind], current]) {
      for await (const entry of jsonEntries(file, oktaExpected, () => 'value')) {
        if (entry.kind === 'member' && entry.key === userId) return invalidInput(`the user ${userId} is also on line ${entry.line} of ${file.name}; each user's ${kind} are listed once`, where);
      }
    }
    return invalidInput(`the user ${userId} has two lists of ${kind}`, where);
  }
}

type Kind = 'factors' | 'roles';

/** False, for a users list; a list of one user's factors or roles is refused, as it does not say whose they are. */
function notOneUsersList(file: SourceFile, first: unknown, line: number): false {
  const item = first !== null && typeof first === 'object' ? first : {};
  const kind = 'factorType' in item ? 'factors' : 'assignmentType' in item ? 'roles' : null;
  if (kind) throw invalidInput(`${file.name} is one user's list of ${kind}, which does not say whose they are: give the ${kind} of every user as {"<user id>": [their list], ...}`, `${file.name} line ${line}`);
  return false;
}

function kindOf(first: unknown, at: string): Kind | null {
  if (first === undefined) return null;
  const item = new JsonFields(first, at, 'an Okta factor or admin role');
  if (item.has('factorType')) return 'factors';
  if (item.has('type')) return 'roles';
  throw invalidInput('neither a factor (it has no factorType) nor an admin role (it has no type)', at);
}

/** An enrolled factor other than a security question, which is something the user knows, like the password. */
function isSecondFactor(factor: JsonFields): boolean {
  const type = factor.requiredString('factorType');
  return factor.requiredString('status') === 'ACTIVE' && type !== 'question';
}

/** The role's type (ORG_ADMIN, APP_ADMIN …), or the label of a custom role. */
function roleName(role: JsonFields): string {
  const type = role.requiredString('type');
  return type === 'CUSTOM' ? (role.string('label') ?? type) : type;
}
