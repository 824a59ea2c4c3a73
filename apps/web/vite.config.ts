import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.PTC_API_URL ?? 'http://localhost:3000';

/**
 * The web app: React through Vite's own JSX transform (no plugin). Built into apps/web/dist, which
 * the API serves at `/`; `npm run dev:web` serves it with the API proxied, for development.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    assetsDir: 'assets',
    // Which chunks each page needs (the size budget and bench:web read it).
    manifest: true,
    rolldownOptions: {
      // Staff pages are loaded on demand. Left to itself the bundler cuts every module they share
      // with the parent's pages into a chunk of its own, which the first page loads anyway, each
      // compressed on its own: the libraries go in one chunk and the app's shared modules
      // (components, API client, formatting, the session, the parent's queries; not the catalogues) in another.
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            { name: 'shared', test: /apps\/web\/src\/(ui\/|api\/|i18n\/|app\/session|features\/parent\/(api|meetings))[^/]*\.tsx?$/ },
          ],
        },
      },
      // React Server Components' "use client" markers mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': api, '/calendar': api } },
});
