import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';

export interface SigningKey {
  /** First 16 hex digits of the SHA-256 of the public key (SPKI DER). */
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

export const SIGNING_KEY_FILE = 'evidence-signing-key.pem';

/**
 * The Ed25519 key that signs checkpoints: `GROUNDWORK_SIGNING_KEY` (PKCS#8 PEM, or its base64
 * DER) when set, else the key file in the data directory, generated on first start.
 */
export function loadSigningKey(options: { configured: string | undefined; dataDir: string }): SigningKey {
  if (options.configured) return fromPrivateKey(parseConfigured(options.configured), 'GROUNDWORK_SIGNING_KEY');
  const file = path.join(options.dataDir, SIGNING_KEY_FILE);
  try {
    return fromPrivateKey(createPrivateKey(readFileSync(file)), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('config', `cannot read the signing key ${file}: ${(error as Error).message}`, file);
    }
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    // 'wx': when two processes start at once, the second reads the first one's key.
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSigningKey(options);
    throw error;
  }
  return fromPrivateKey(privateKey, file);
}

function parseConfigured(value: string): KeyObject {
  try {
    if (value.includes('-----BEGIN')) return createPrivateKey(value.replaceAll('\\n', '\n'));
    return createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new AppError('config', 'GROUNDWORK_SIGNING_KEY is not a PKCS#8 private key (PEM, or base64 DER)', 'GROUNDWORK_SIGNING_KEY');
  }
}

function fromPrivateKey(privateKey: KeyObject, source: string): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AppError('config', `the signing key in ${source} is ${privateKey.asymmetricKeyType}, not Ed25519`, source);
  }
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return {
    keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** What a signature vouches for: the chain up to `seq` ends in `hash`. */
function checkpointMessage(seq: number, hash: string): Buffer {
  return Buffer.from(`groundwork-evidence-v1\n${seq}\n${hash}`);
}

export function signCheckpoint(key: SigningKey, seq: number, hash: string): string {
  return sign(null, checkpointMessage(seq, hash), key.privateKey).toString('base64');
}

export function checkpointSignatureValid(publicKey: KeyObject, seq: number, hash: string, signature: string): boolean {
  return verify(null, checkpointMessage(seq, hash), publicKey, Buffer.from(signature, 'base64'));
}
