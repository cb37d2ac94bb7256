import { invalidInput } from '../../errors.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An API's base URL, without a trailing slash: https, or plain http on this machine only (a local
 * fake or proxy), as a token travels with every request. `where` names the field in errors.
 */
export function apiUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidInput(`"${value}" is not a URL`, where);
  }
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback) throw invalidInput(`${value} must be an https:// URL; plain http is only for 127.0.0.1 and localhost`, where);
  if (url.search || url.hash || url.username) throw invalidInput(`${value} must be a base URL, without a query, fragment or user name`, where);
  return url.toString().replace(/\/+$/, '');
}
