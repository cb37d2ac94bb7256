import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';
import { commonPasswords } from './common-passwords.ts';

// scrypt with N=2^15, r=8: 32 MiB and about 50 ms per hash (OWASP's minimum is N=2^17 with
// r=8, p=1 or an equivalent; 2^15 with p=3 is listed as equivalent in cost). Stored as
// "scrypt$N$r$p$salt$hash" so the parameters can be raised later without breaking old hashes.
const PARAMS = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 128 * options.N * options.r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, scryptOptions, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A stored hash to compare against when the email is unknown, so both cases take as long. */
export const UNKNOWN_USER_HASH = await hashPassword(randomBytes(16).toString('hex'));

/**
 * Why a new password is refused, or undefined when it is acceptable: the NIST SP 800-63B rules
 * (long enough, not a known-breached or predictable value, not derived from the account) without
 * composition rules, which make passwords weaker rather than stronger.
 */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `the password is ${password.length} characters long; use at least ${MIN_PASSWORD_LENGTH}, such as a few unrelated words`;
  if (password.length > MAX_PASSWORD_LENGTH) return `the password is longer than ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  if (local.length >= 3 && lower.includes(local)) return 'the password contains your email address; choose one that does not';
  const company = domain.split('.')[0] ?? '';
  if (company.length >= 4 && lower.includes(company)) return `the password contains "${company}" from your email address; choose one that does not`;
  if (new Set(lower).size <= 3) return 'the password repeats the same few characters; choose one that does not';
  if (isSequence(lower)) return 'the password is a keyboard or alphabet sequence; choose one that is not';
  if (commonPasswords.has(lower) || commonPasswords.has(rootOf(lower))) return 'the password is a common breached password with a few characters added; choose one that is not';
  return undefined;
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't' };

/** "P@ssw0rd2024!" → "password": trailing digits and symbols dropped, look-alike characters read as letters. */
function rootOf(lower: string): string {
  const stripped = lower.replace(/[^a-z]+$/, '').replace(/^[^a-z]+/, '');
  return [...stripped].map((c) => LEET[c] ?? c).join('').replace(/[^a-z]/g, '');
}

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiopasdfghjklzxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn'];

function isSequence(value: string): boolean {
  return SEQUENCES.some((sequence) => sequence.includes(value) || [...sequence].reverse().join('').includes(value));
}
