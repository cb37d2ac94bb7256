import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie, link or token: 32 bytes, URL-safe, with a prefix that says what it is. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** How a secret is stored: SHA-256 is enough for 256 random bits; nothing can guess them. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
