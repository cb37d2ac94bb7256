/**
 * Writes web/src/api/openapi.d.ts: the web UI's types for the API, generated from the OpenAPI
 * document the server publishes at GET /api/openapi.json, so the UI cannot drift from the
 * route schemas. Run `npm run api-types` after changing a route's schema;
 * test/api-types.test.ts fails while the checked-in file is out of date.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/http/app.ts';
import { openWorkspace } from '../src/open-workspace.ts';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../web/src/api/openapi.d.ts');

const HEADER = `/**
 * Generated from GET /api/openapi.json by scripts/api-types.ts. Do not edit:
 * regenerate with \`npm run api-types\` after changing a route's schema.
 */

`;

/** The contents of web/src/api/openapi.d.ts for the current route schemas; the same input gives the same text. */
export async function apiTypes(): Promise<string> {
  return HEADER + astToString(await openapiTS(await openApiDocument(), { silent: true }));
}

/** The document as the server serves it, from an app on a throwaway SQLite workspace. */
async function openApiDocument(): Promise<OpenAPI3> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'groundwork-api-types-'));
  try {
    const workspace = await openWorkspace(loadConfig({ GROUNDWORK_DATA_DIR: dataDir }));
    try {
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      try {
        const response = await app.inject('/api/openapi.json');
        if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}: ${response.body}`);
        return response.json<OpenAPI3>();
      } finally {
        await app.close();
      }
    } finally {
      await workspace.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  writeFileSync(API_TYPES_FILE, await apiTypes());
  process.stdout.write(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}\n`);
}
