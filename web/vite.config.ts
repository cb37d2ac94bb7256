import { defineConfig } from 'vite';

/**
 * The web UI: a React SPA built into web/dist, which the server serves at / with an SPA
 * fallback. JSX is compiled by Vite's own Oxc transform with the automatic runtime, so no
 * React plugin is needed (there is no fast refresh; a full reload on change is enough here).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Libraries in their own files: they change less often than the app, so browsers keep them
      // cached across releases, and no file grows past Vite's 500 kB warning.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'libraries', test: /node_modules[\\/]/ },
          ],
        },
      },
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" for React Server Components; a SPA has none.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // `vite --config web/vite.config.ts` during development: the API runs on `groundwork serve`.
    proxy: { '/api': process.env.GROUNDWORK_API ?? 'http://127.0.0.1:3000' },
  },
});
