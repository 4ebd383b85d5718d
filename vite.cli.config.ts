/** Builds the Node command line (`bin/lede.mjs` runs dist-cli/lede.mjs). */
import { defineConfig } from 'vite';

export default defineConfig({
  define: { __LEDE_TEST__: 'false' },
  build: {
    ssr: 'src/cli/index.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'lede.mjs' } },
  },
});
