import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { buildApp, WEB_DIST } from '../../http/app.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { createSetupLink } from '../../identity/invites.ts';
import { cliActor, type Command } from '../command.ts';

export const serve: Command = {
  usage: 'groundwork serve  (PORT, HOST, GROUNDWORK_DATA_DIR, DATABASE_URL, GROUNDWORK_PUBLIC_URL, GROUNDWORK_OIDC_*)',
  async run(io) {
    const config = loadConfig();
    const workspace = await openWorkspace(config);
    const app = await buildApp(workspace);
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      await workspace.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new AppError('config', `port ${config.port} on ${config.host} is already in use; set PORT to another port`, 'PORT');
      }
      if ((error as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL') {
        throw new AppError('config', `HOST ${config.host} is not an address of this machine`, 'HOST');
      }
      throw error;
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // Without GROUNDWORK_PUBLIC_URL, links point where the server listens (PORT=0 picks a port now).
    if (!process.env.GROUNDWORK_PUBLIC_URL?.trim()) workspace.config.publicUrl = `http://${config.host}:${port}`;
    const setup = await createSetupLink(workspace.context(cliActor()));
    const setupUrl = setup ? `${workspace.config.publicUrl}/invite/${setup.token}` : undefined;
    io.emit({ url: `http://${config.host}:${port}`, engine: workspace.store.engine, database: workspace.store.location, setupUrl }, () =>
      [
        `Groundwork is running at http://${config.host}:${port} (${workspace.store.engine}: ${workspace.store.location})`,
        ...(setupUrl
          ? ['', 'No one can sign in yet. Open this link within the hour to create the owner account:', `  ${setupUrl}`, '(or run: groundwork user add --email you@company.com --role owner)', '']
          : []),
      ].join('\n'),
    );
    await buildWebIfMissing(io.out);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await app.close();
    await workspace.close();
    return 0;
  },
};

/** `npm start` on a fresh clone has no built UI yet: build it once. */
async function buildWebIfMissing(out: (text: string) => void): Promise<void> {
  const configFile = path.resolve(WEB_DIST, '../vite.config.ts');
  if (existsSync(path.join(WEB_DIST, 'index.html')) || !existsSync(configFile)) return;
  out('building the web UI (first start only)…');
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
  out('the web UI is ready');
}
