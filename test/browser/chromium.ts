/**
 * What every browser test shares: Debian's Chromium, the built web UI, and where screenshots go.
 * A test file is skipped without Chromium unless CI=true.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { WEB_DIST } from '../../src/http/app.ts';

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
