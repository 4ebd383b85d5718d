/** Builds scripts/bench.ts for Node, so that `npm run bench` times the code as it ships. */
import { defineConfig } from 'vite';

export default defineConfig({
  define: { __LEDE_TEST__: 'false' },
  build: {
    ssr: 'scripts/bench.ts',
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
});
