import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The sandbox SPA is built on its own (npm run build:sandbox) and served from /spa/ by tests/sandbox/serve.mjs.
// base './' keeps asset URLs relative, so any static host can serve dist/ under any path.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
