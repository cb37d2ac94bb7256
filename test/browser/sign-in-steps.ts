/**
 * The steps of joining and signing in, done in the browser the way a person does them, for the
 * tests that need a signed-in user. Codes come from the secret the enrolment page shows as text.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { totpCode } from '../../src/identity/totp.ts';

export interface Person {
  email: string;
  name: string;
  password: string;
}

export const maya: Person = { email: 'maya@brightline.example', name: 'Maya Lindqvist', password: 'correct horse battery staple' };

/** On an invite page: name, password twice, and the email too for the first-run setup link. */
export async function acceptInvite(page: Page, url: string, person: Person, options: { setup: boolean }): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Create my account' }).waitFor();
  if (options.setup) await page.getByLabel(/^Your work email/).fill(person.email);
  await page.getByLabel(/^Your name/).fill(person.name);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByLabel(/^Confirm password/).fill(person.password);
  await page.getByRole('button', { name: 'Create my account' }).click();
}

/** On the enrolment page: reads the key shown for manual entry and confirms with a code from it; returns the key. */
export async function enrolAuthenticator(page: Page): Promise<string> {
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}$/, 'the key is shown as base32 text');
  await page.getByLabel('6-digit code from the app').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByTestId('recovery-codes').waitFor();
  return secret;
}

const usedSteps = new Map<string, number>();

/**
 * The code an authenticator app would show, never one of a time step already used for this key:
 * the server takes each code once, so a second sign-in in the same 30 seconds uses the next
 * step's code, which it accepts for clock drift.
 */
export async function freshCode(secret: string): Promise<string> {
  const step = Math.max(Math.floor(Date.now() / 30_000), (usedSteps.get(secret) ?? 0) + 1);
  usedSteps.set(secret, step);
  return totpCode(secret, new Date(step * 30_000 + 1_000));
}

/** The sign-in page's password form, then the code page when the account has an authenticator app. */
export async function signIn(page: Page, person: Person, totpSecret?: string): Promise<void> {
  await page.getByLabel(/^Email/).fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (!totpSecret) return;
  await page.getByLabel(/^6-digit code/).fill(await freshCode(totpSecret));
  await page.getByRole('button', { name: 'Verify' }).click();
}

/** The app's header shows who is signed in once the session is ready. */
export async function waitForApp(page: Page, person: Person): Promise<void> {
  await page.getByTestId('user-menu').filter({ hasText: person.name }).waitFor();
}
