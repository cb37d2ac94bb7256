import path from 'node:path';
import { AppError } from './errors.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset: an embedded SQLite file in the data directory. */
  databaseUrl: string | undefined;
  /** PKCS#8 PEM or base64 DER Ed25519 private key; unset: generated into the data directory. */
  signingKey: string | undefined;
  /** Base64 of 32 bytes that seal connector credentials; unset: generated into the data directory. */
  secretKey: string | undefined;
  /** A signed checkpoint is written every this many evidence events. */
  checkpointEvery: number;
  maxAttachmentBytes: number;
  /** Where people reach this server: links in invites and SSO redirects; https turns on Secure cookies. */
  publicUrl: string;
  /**
   * Behind a reverse proxy: which X-Forwarded-For hops to believe, so that sign-in back-off and
   * evidence see the person's address, not the proxy's. false: none; a number: that many hops;
   * a list: proxies by address or CIDR.
   */
  trustProxy: boolean | number | string[];
  /** SSO from the environment; when unset, the workspace's own SSO settings apply. */
  oidc: { issuer: string | undefined; clientId: string | undefined; clientSecret: string | undefined };
}

/** Reads and checks the environment; a bad value throws one clear line naming the setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integerSetting(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port,
    host,
    dataDir: path.resolve(env.GROUNDWORK_DATA_DIR?.trim() || 'data'),
    databaseUrl: databaseUrlSetting(env.DATABASE_URL),
    signingKey: env.GROUNDWORK_SIGNING_KEY?.trim() || undefined,
    secretKey: env.GROUNDWORK_SECRET_KEY?.trim() || undefined,
    checkpointEvery: integerSetting(env, 'GROUNDWORK_CHECKPOINT_EVERY', 1000, 1, 1_000_000),
    maxAttachmentBytes: integerSetting(env, 'GROUNDWORK_MAX_ATTACHMENT_MB', 25, 1, 1024) * 1024 * 1024,
    publicUrl: publicUrlSetting(env.GROUNDWORK_PUBLIC_URL, host, port),
    trustProxy: trustProxySetting(env.GROUNDWORK_TRUST_PROXY),
    oidc: {
      issuer: urlSetting(env, 'GROUNDWORK_OIDC_ISSUER'),
      clientId: env.GROUNDWORK_OIDC_CLIENT_ID?.trim() || undefined,
      clientSecret: env.GROUNDWORK_OIDC_CLIENT_SECRET?.trim() || undefined,
    },
  };
}

function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new AppError('config', `${name} must be a whole number from ${min} to ${max}, not "${raw}"`, name);
  }
  return value;
}

function databaseUrlSetting(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('config', 'DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database', 'DATABASE_URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new AppError('config', `DATABASE_URL must start with postgres://, not ${url.protocol}//; unset it to use the embedded SQLite database`, 'DATABASE_URL');
  }
  return value;
}

function trustProxySetting(raw: string | undefined): boolean | number | string[] {
  const value = raw?.trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const list = value.split(',').map((part) => part.trim());
  if (list.every((part) => /^[\d.:a-f]+(\/\d+)?$/.test(part))) return list;
  throw new AppError('config', `GROUNDWORK_TRUST_PROXY must be true, false, a number of hops, or proxy addresses such as 10.0.0.0/8, not "${raw}"`, 'GROUNDWORK_TRUST_PROXY');
}

function urlSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new AppError('config', `${name} must be an http:// or https:// URL, not "${value}"`, name);
  }
  return value.replace(/\/$/, '');
}

function publicUrlSetting(raw: string | undefined, host: string, port: number): string {
  const configured = urlSetting({ GROUNDWORK_PUBLIC_URL: raw }, 'GROUNDWORK_PUBLIC_URL');
  if (configured) return configured;
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** The URL with any password replaced, for messages and logs. */
export function redactUrl(value: string): string {
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
}
