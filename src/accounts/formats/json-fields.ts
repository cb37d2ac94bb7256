import { invalidInput } from '../../errors.ts';
import { isEmail, normalizeEmail } from '../../identity/user.ts';
import { utcInstant } from './utc-instant.ts';

/**
 * The fields of one object of a JSON export, read with their types checked. A missing or null field
 * reads as null; errors name the field by its path: with `at` "users.json line 12: users[3]", the
 * field primaryEmail is "users.json line 12: users[3].primaryEmail".
 */
export class JsonFields {
  private readonly at: string;
  private readonly object: Record<string, unknown>;

  /** `value` must be an object; `what` says what it should be ("a Google Workspace user"). */
  constructor(value: unknown, at: string, what: string) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidInput(`${describe(value)} is not ${what}`, at);
    this.object = value as Record<string, unknown>;
    this.at = at;
  }

  where(field: string): string {
    return `${this.at}.${field}`;
  }

  has(key: string): boolean {
    return key in this.object;
  }

  string(key: string): string | null {
    const value = this.object[key] ?? null;
    if (value !== null && typeof value !== 'string') throw invalidInput(`${describe(value)} is not text`, this.where(key));
    return value;
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (!value) throw invalidInput(value === null ? 'missing' : 'empty', this.where(key));
    return value;
  }

  /** An email address in lower case. */
  email(key: string): string | null {
    const value = this.string(key);
    if (value === null) return null;
    if (!isEmail(normalizeEmail(value))) throw invalidInput(`${describe(value)} is not an email address`, this.where(key));
    return normalizeEmail(value);
  }

  boolean(key: string): boolean | null {
    const value = this.object[key] ?? null;
    if (value !== null && typeof value !== 'boolean') throw invalidInput(`${describe(value)} is not true or false`, this.where(key));
    return value;
  }

  /** An ISO 8601 time as UTC with milliseconds. */
  time(key: string): string | null {
    const value = this.string(key);
    return value === null ? null : (apiTime(value) ?? utcInstant(value, this.where(key)));
  }

  fields(key: string, what: string): JsonFields | null {
    const value = this.object[key] ?? null;
    return value === null ? null : new JsonFields(value, this.where(key), what);
  }
}

/** A value as an error shows it: text and numbers as they are (shortened), containers by their kind. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/**
 * A time in the APIs' own form ("2026-06-30T14:00:00.000Z"), read without the slower general parser;
 * null for any other form, or a date that does not exist (February 30 would read back as March 2).
 */
function apiTime(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return null;
  const time = new Date(value);
  const iso = Number.isNaN(time.getTime()) ? '' : time.toISOString();
  return iso.slice(0, 19) === value.slice(0, 19) ? iso : null;
}
