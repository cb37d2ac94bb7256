/**
 * What every browser test shares: Debian's Chromium, the built web UI, and where screenshots go.
 * A test file is skipped without Chromium unless CI=true.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { buildApp, WEB_DIST } from '../../src/http/app.ts';
import type { Workspace } from '../../src/open-workspace.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
export const skipWithoutChromium = !existsSync(CHROMIUM) && process.env.CI !== 'true' ? `Chromium not found at ${CHROMIUM} (apt-get install chromium); required when CI=true` : false;

/** A desktop window, as the screenshots in docs/ are taken. */
export const DESKTOP = { width: 1360, height: 900 };

export async function buildWebIfMissing(): Promise<void> {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: path.resolve(WEB_DIST, '../vite.config.ts'), logLevel: 'warn' });
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The workspace served on loopback with the built web UI, and Chromium to open it. What it opens
 * is pushed onto `opened`, for the caller to close last-opened first.
 */
export async function serveToChromium(workspace: Workspace, opened: (() => Promise<void>)[]): Promise<{ base: string; browser: Browser }> {
  await buildWebIfMissing();
  const app = await buildApp(workspace, { logger: false });
  opened.push(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  opened.push(() => browser.close());
  return { base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, browser };
}
