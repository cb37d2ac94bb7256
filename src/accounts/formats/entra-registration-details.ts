import { type AppError, invalidInput } from '../../errors.ts';
import type { SourceFile } from '../account-record.ts';
import { jsonEntries, type MemberUse } from './json-entries.ts';
import { JsonFields } from './json-fields.ts';

export const entraExpected = 'a Microsoft Graph users or userRegistrationDetails page (JSON)';

/** The members of a Graph page the readers look at: the `value` list and the paging links. */
export const graphPage = (key: string): MemberUse => (key === 'value' ? 'list' : key === '@odata.context' || key === '@odata.nextLink' ? 'value' : 'skip');

export interface Registration {
  isAdmin: boolean | null;
  isMfaRegistered: boolean | null;
  guest: boolean;
}

/** A registration as bits of one number, so that a report of 200,000 users stays small. */
const bits = { admin: 1, notAdmin: 2, mfa: 4, noMfa: 8, guest: 16 };
const either = (flags: number, yes: number, no: number) => (flags & yes ? true : flags & no ? false : null);

/**
 * The userRegistrationDetails report by user id. One number per user, so the map grows with the
 * number of users, not the size of the files, while the users pages stream past it.
 */
export class RegistrationDetails {
  private readonly byUser = new Map<string, number>();
  /** The report's pages, and those that say another page follows (@odata.nextLink). */
  readonly pages: { files: SourceFile[]; continued: string[] } = { files: [], continued: [] };

  /**
   * Reads a page of the report and returns true; returns false, reading no further, when the page
   * is of users. A page says which by its @odata.context, or by its first item (only the report has
   * isMfaRegistered).
   */
  async read(file: SourceFile): Promise<boolean> {
    let report: boolean | null = null;
    let continued = false;
    for await (const entry of jsonEntries(file, entraExpected, graphPage)) {
      const at = `${file.name} line ${entry.line}`;
      if (entry.kind === 'member') {
        if (entry.key === '@odata.nextLink') continued = true;
        else if (typeof entry.value === 'string' && /#users\b/.test(entry.value)) return false;
        else report ||= typeof entry.value === 'string' && /userRegistrationDetails/.test(entry.value);
        continue;
      }
      if (entry.list === null) throw invalidInput(`${file.name} is a JSON list, not ${entraExpected}`, at);
      const item = new JsonFields(entry.value, `${at}: value[${entry.index}]`, 'a user or a userRegistrationDetails entry');
      report ||= item.has('isMfaRegistered');
      if (!report) return false;
      const id = item.requiredString('id');
      if (this.byUser.has(id)) throw await this.listedTwice(id, item.where('id'), file);
      this.add(id, item);
    }
    this.pages.files.push(file);
    if (continued) this.pages.continued.push(file.name);
    return true;
  }

  get(userId: string): Registration | undefined {
    const flags = this.byUser.get(userId);
    return flags === undefined ? undefined : { isAdmin: either(flags, bits.admin, bits.notAdmin), isMfaRegistered: either(flags, bits.mfa, bits.noMfa), guest: Boolean(flags & bits.guest) };
  }

  private add(id: string, item: JsonFields): void {
    const flag = (value: boolean | null, yes: number, no: number) => (value === null ? 0 : value ? yes : no);
    const guest = item.string('userType')?.toLowerCase() === 'guest';
    this.byUser.set(id, flag(item.boolean('isAdmin'), bits.admin, bits.notAdmin) | flag(item.boolean('isMfaRegistered'), bits.mfa, bits.noMfa) | (guest ? bits.guest : 0));
  }

  /** Finds where the report first lists the user by reading it again: keeping a place per user would double the map. */
  private async listedTwice(id: string, where: string, current: SourceFile): Promise<AppError> {
    for (const file of [...this.pages.files, current]) {
      for await (const entry of jsonEntries(file, entraExpected, graphPage)) {
        if (entry.kind === 'item' && (entry.value as { id?: unknown }).id === id) return invalidInput(`the user ${id} is also on line ${entry.line} of ${file.name}; the report lists each user once`, where);
      }
    }
    return invalidInput(`the report lists the user ${id} twice`, where);
  }
}
