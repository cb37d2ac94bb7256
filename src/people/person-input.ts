import { invalidInput } from '../errors.ts';
import { isEmail, normalizeEmail } from '../identity/user.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { isPersonKind, type PersonKind, personKinds, timeBoundKinds, withArticle } from './person-kind.ts';

/** What the directory knows about one engagement, as a person, a form or an HR export gives it. */
export interface PersonInput {
  name: string;
  email: string;
  aliases?: string[];
  kind: string;
  title?: string | null;
  department?: string | null;
  /** The manager's work email; they must be in the directory. */
  manager?: string | null;
  startOn: string;
  endOn?: string | null;
}

export interface CheckedPerson {
  name: string;
  email: string;
  aliases: string[];
  kind: PersonKind;
  title: string | null;
  department: string | null;
  manager: string | null;
  startOn: string;
  endOn: string | null;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Checks one person's fields; `where` prefixes each field in errors ("people.csv line 4: ").
 * End dates are required for contractors and short-term help, and never before the start.
 */
export function checkedPerson(input: PersonInput, where = (field: string) => field): CheckedPerson {
  const name = input.name.trim();
  if (!name) throw invalidInput('a person needs a name', where('name'));
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw invalidInput(`"${input.email}" is not an email address`, where('email'));
  const aliases = [...new Set((input.aliases ?? []).map(normalizeEmail).filter((a) => a && a !== email))];
  for (const alias of aliases) if (!isEmail(alias)) throw invalidInput(`the alias "${alias}" is not an email address`, where('aliases'));
  if (!isPersonKind(input.kind)) throw invalidInput(`"${input.kind}" is not a kind of person (${personKinds.join(', ')})`, where('kind'));
  const startOn = parseLocalDate(input.startOn.trim(), where('startOn')).toString();
  const endText = blankToNull(input.endOn);
  const endOn = endText === null ? null : parseLocalDate(endText, where('endOn')).toString();
  if (endOn === null && timeBoundKinds.includes(input.kind)) throw invalidInput(`${withArticle(input.kind)} needs an end date: their access is time-bounded`, where('endOn'));
  if (endOn !== null && endOn < startOn) throw invalidInput(`the end date ${endOn} is before the start date ${startOn}`, where('endOn'));
  const manager = blankToNull(input.manager);
  if (manager !== null && !isEmail(manager)) throw invalidInput(`the manager "${manager}" is not an email address`, where('manager'));
  if (manager !== null && [email, ...aliases].includes(normalizeEmail(manager))) throw invalidInput('a person cannot be their own manager', where('manager'));
  return { name, email, aliases, kind: input.kind, title: blankToNull(input.title), department: blankToNull(input.department), manager: manager && normalizeEmail(manager), startOn, endOn };
}
