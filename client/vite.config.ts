import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string) => resolve(here, `${name}.html`);

export default defineConfig({
  root: here,
  // The pages are served from nested paths (/e/123456), so assets are absolute.
  base: '/',
  publicDir: resolve(here, 'public'),
  // Hono's own JSX runtime for the DOM (about 7 KB), not React.
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx/dom' } },
  build: {
    outDir: resolve(here, '../dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    rollupOptions: {
      input: {
        index: page('index'),
        vote: page('vote'),
        present: page('present'),
        host: page('host'),
      },
      output: {
        // A catalogue's chunk says what it is (attendee.ka.<hash>.js): the size report counts it.
        chunkFileNames: (chunk) => {
          const catalogue = /i18n\/locales\/([\w-]+)\/(attendee|kinds|staff)\.ts$/.exec(
            chunk.facadeModuleId ?? '',
          );
          return catalogue
            ? `assets/${catalogue[2]}.${catalogue[1]}.[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    // `npm run dev:client` proxies the API and the socket to the dev server.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
      '/ws': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
