/**
 * A fake of Google's OAuth token endpoint and the Admin SDK Directory API users.list, serving the
 * documented shapes (developers.google.com/identity/protocols/oauth2/service-account,
 * developers.google.com/workspace/admin/directory/reference/rest/v1/users/list): the service
 * account's JWT is checked against its public key, and users come in pages of at most
 * maxResults (500 at most), linked by nextPageToken.
 */
import { generateKeyPairSync, type KeyObject, randomBytes, verify } from 'node:crypto';
import { type FakeAnswer, type FakeServer, startFakeServer } from './fake-server.ts';

const SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.readonly';

/** A user as users.list gives it with projection=full, trimmed of the fields an access review does not read. */
export function directoryUser(email: string, id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const [given = '', family = ''] = email.split('@')[0]!.split('.').map((part) => part[0]!.toUpperCase() + part.slice(1));
  return {
    kind: 'admin#directory#user',
    id,
    etag: `"${randomBytes(8).toString('hex')}"`,
    primaryEmail: email,
    name: { givenName: given, familyName: family, fullName: `${given} ${family}`.trim() },
    isAdmin: false,
    isDelegatedAdmin: false,
    lastLoginTime: '2026-07-08T09:12:44.000Z',
    creationTime: '2025-01-06T10:00:00.000Z',
    agreedToTerms: true,
    suspended: false,
    archived: false,
    changePasswordAtNextLogin: false,
    ipWhitelisted: false,
    emails: [{ address: email, primary: true }],
    customerId: 'C03ly86ew',
    orgUnitPath: '/',
    isMailboxSetup: true,
    isEnrolledIn2Sv: true,
    isEnforcedIn2Sv: true,
    includeInGlobalAddressList: true,
    ...fields,
  };
}

/** A service account as Google Cloud makes one: an RSA key pair, and the JSON key file it gives for download. */
export function testServiceAccount(clientEmail = 'groundwork-reviews@brightline-it.iam.gserviceaccount.com'): { clientEmail: string; publicKey: KeyObject; keyFile(tokenUri: string): string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = (tokenUri: string) =>
    JSON.stringify({
      type: 'service_account',
      project_id: 'brightline-it',
      private_key_id: randomBytes(20).toString('hex'),
      private_key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      client_email: clientEmail,
      client_id: '104857361922847561234',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: tokenUri,
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
      universe_domain: 'googleapis.com',
    });
  return { clientEmail, publicKey, keyFile };
}

export interface GoogleWorkspaceTenant {
  customerId: string;
  /** The service account, by its email and public key, and the admins it may act as. */
  clientEmail: string;
  publicKey: KeyObject;
  admins: string[];
  users: Record<string, unknown>[];
}

export interface FakeGoogle extends FakeServer {
  tokenUri: string;
}

export async function fakeGoogleDirectoryApi(tenant: GoogleWorkspaceTenant): Promise<FakeGoogle> {
  const issued = new Set<string>();
  let tokenUri = '';
  const server = await startFakeServer((request, url) => {
    if (request.method === 'POST' && url.pathname === '/token') return token(request.body, tokenUri, tenant, issued);
    if (request.method !== 'GET' || url.pathname !== '/admin/directory/v1/users') return googleError(404, 'Not Found', 'notFound');
    const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (!issued.has(bearer)) return googleError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'authError', 'UNAUTHENTICATED');
    const customer = url.searchParams.get('customer');
    if (customer !== 'my_customer' && customer !== tenant.customerId) return googleError(400, 'Bad Request', 'badRequest');
    const size = Math.min(Number(url.searchParams.get('maxResults') ?? 100), 500);
    const start = Number(Buffer.from(url.searchParams.get('pageToken') ?? '', 'base64url').toString() || 0);
    const users = tenant.users.filter((u) => url.searchParams.get('showDeleted') === 'true' || !u.deletionTime);
    const next = start + size < users.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
    return { status: 200, body: { kind: 'admin#directory#users', etag: `"${randomBytes(8).toString('hex')}"`, users: users.slice(start, start + size), ...(next ? { nextPageToken: next } : {}) } };
  });
  tokenUri = `${server.url}/token`;
  return { ...server, tokenUri };
}

/** The JWT bearer grant: the assertion must be signed by the service account and ask for the read-only users scope as an admin. */
function token(body: string, tokenUri: string, tenant: GoogleWorkspaceTenant, issued: Set<string>): FakeAnswer {
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'Invalid grant_type: ' } };
  const [header = '', payload = '', signature = ''] = (form.get('assertion') ?? '').split('.');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;
  if (decode(header).alg !== 'RS256' || !verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), tenant.publicKey, Buffer.from(signature, 'base64url'))) {
    return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
  }
  const claims = decode(payload);
  const now = Math.floor(Date.now() / 1000);
  if (claims.iss !== tenant.clientEmail || claims.aud !== tokenUri || Number(claims.exp) - Number(claims.iat) > 3600 || Number(claims.exp) < now) {
    return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.' } };
  }
  if (claims.scope !== SCOPE || !tenant.admins.includes(String(claims.sub))) {
    return { status: 401, body: { error: 'unauthorized_client', error_description: 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.' } };
  }
  const accessToken = `ya29.${randomBytes(24).toString('base64url')}`;
  issued.add(accessToken);
  return { status: 200, body: { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' } };
}

function googleError(code: number, message: string, reason: string, status?: string): FakeAnswer {
  return { status: code, body: { error: { code, message, errors: [{ message, domain: 'global', reason }], ...(status ? { status } : {}) } } };
}

/** Google's answer to too many requests, asking to wait `seconds`. */
export function tooManyRequests(seconds: number): FakeAnswer {
  return { ...googleError(429, "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'.", 'rateLimitExceeded', 'RESOURCE_EXHAUSTED'), headers: { 'retry-after': String(seconds) } };
}

export const badGateway: FakeAnswer = { status: 502, body: '<!DOCTYPE html><html lang=en><title>Error 502 (Server Error)!!1</title><p><b>502.</b> That’s an error.' };
