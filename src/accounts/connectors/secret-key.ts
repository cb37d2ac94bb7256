import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors.ts';

export const SECRET_KEY_FILE = 'connector-secret.key';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';

/**
 * The AES-256 key that seals connector credentials: `GROUNDWORK_SECRET_KEY` (base64 of 32 bytes)
 * when set, else the key file in the data directory, generated on first use.
 */
export function loadSecretKey(options: { configured: string | undefined; dataDir: string }): KeyObject {
  if (options.configured) return parseConfigured(options.configured);
  const file = path.join(options.dataDir, SECRET_KEY_FILE);
  try {
    return fromFile(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('config', `cannot read the connector secret key ${file}: ${(error as Error).message}`, file);
    }
  }
  const key = randomBytes(KEY_BYTES);
  try {
    // 'wx': when two processes start at once, the second reads the first one's key.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSecretKey(options);
    throw error;
  }
  return createSecretKey(key);
}

function parseConfigured(value: string): KeyObject {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(value.trim())) {
    throw new AppError('config', `GROUNDWORK_SECRET_KEY must be ${KEY_BYTES} random bytes in base64, 44 characters as \`openssl rand -base64 32\` prints them`, 'GROUNDWORK_SECRET_KEY');
  }
  return createSecretKey(Buffer.from(value.trim(), 'base64'));
}

function fromFile(text: string, file: string): KeyObject {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new AppError('config', `the connector secret key ${file} is not ${KEY_BYTES} bytes in base64; restore it from a backup`, file);
  return createSecretKey(key);
}

/**
 * Seals a secret with AES-256-GCM under `key`, bound to `aad` (the system's id): "v1.<iv>.<tag>.<ciphertext>",
 * each part base64url. Sealing the same secret twice gives two different strings.
 */
export function sealSecret(key: KeyObject, plaintext: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/**
 * Opens what `sealSecret` sealed. A different key, a different `aad` or a changed byte all fail the
 * same way, as GCM cannot tell them apart; `what` names the secret in the error ("the connector credential of github").
 */
export function openSecret(key: KeyObject, sealed: string, aad: string, what = `the secret of ${aad}`): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0) {
    throw new AppError('config', `${what} is not a sealed secret Groundwork wrote (${VERSION}.<iv>.<tag>.<ciphertext>)`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('config', `${what} cannot be opened with this workspace's secret key: was GROUNDWORK_SECRET_KEY changed? Set the credential again if so`, 'GROUNDWORK_SECRET_KEY');
  }
}
