import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer is served by the gateway under /explore/ (docs/explorer.md). The build writes into
// this module's target/classes, so that its jar carries the page for the gateway to serve.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explore/',
  build: {
    outDir: 'target/classes/twintowns-explorer',
    emptyOutDir: true,
    // Every asset a file of its own: a hashed name the gateway lets browsers keep for a year.
    assetsInlineLimit: 0,
    target: 'es2020',
    reportCompressedSize: true,
  },
});
