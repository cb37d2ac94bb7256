import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { invalidInput } from '../../errors.ts';
import { apiUrl } from './api-url.ts';

/** A Google Cloud service account's JSON key, as far as the JWT flow needs it. */
export interface ServiceAccountKey {
  clientEmail: string;
  privateKey: KeyObject;
  privateKeyId: string | null;
  /** Where the signed assertion is exchanged for an access token: https://oauth2.googleapis.com/token. */
  tokenUri: string;
}

/**
 * Reads a service account's JSON key file as Google Cloud gives it ({"type": "service_account",
 * "client_email", "private_key", "token_uri", …}); a wrong one is refused naming the field, under `where`.
 */
export function serviceAccountKey(json: string, where = 'credential'): ServiceAccountKey {
  let key: unknown;
  try {
    key = JSON.parse(json);
  } catch (error) {
    throw invalidInput(`the service account key is not JSON (${(error as Error).message}); give the key file Google Cloud downloads`, where);
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalidInput('the service account key is not a JSON object', where);
  const fields = key as Record<string, unknown>;
  const text = (name: string): string => {
    const value = fields[name];
    if (typeof value !== 'string' || !value.trim()) throw invalidInput(value === undefined ? 'missing' : 'not a text', `${where}.${name}`);
    return value.trim();
  };
  if (text('type') !== 'service_account') throw invalidInput(`"${String(fields.type)}" is not a service account key: give the key of a service account, "type": "service_account"`, `${where}.type`);
  const clientEmail = text('client_email');
  if (!/^[^@\s]+@[^@\s]+$/.test(clientEmail)) throw invalidInput(`"${clientEmail}" is not the service account's email`, `${where}.client_email`);
  const pem = text('private_key');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw invalidInput('not a PEM private key', `${where}.private_key`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') throw invalidInput(`an ${privateKey.asymmetricKeyType} key; Google signs service accounts' tokens with RSA`, `${where}.private_key`);
  const privateKeyId = typeof fields.private_key_id === 'string' ? fields.private_key_id : null;
  return { clientEmail, privateKey, privateKeyId, tokenUri: apiUrl(text('token_uri'), `${where}.token_uri`) };
}

/**
 * The JWT a service account signs (RS256) to ask for an access token acting as `subject`, a user
 * of the domain (domain-wide delegation), valid for an hour from `now`.
 */
export function signedAssertion(key: ServiceAccountKey, claims: { subject: string; scope: string }, now: Date): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', ...(key.privateKeyId ? { kid: key.privateKeyId } : {}) };
  const payload = { iss: key.clientEmail, sub: claims.subject, scope: claims.scope, aud: key.tokenUri, iat: issuedAt, exp: issuedAt + 3600 };
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key.privateKey).toString('base64url')}`;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
