import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The component-kit pages (issue 17): Dutch care forms built with real libraries from npm, one HTML page
// per library. Built by `npm run build:sandbox` into kits/dist/ and served from /kits/ by serve.mjs.
const root = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  // Only the Vue page uses SFCs; React's plugin is limited to the .tsx pages so the two never overlap.
  plugins: [vue(), react({ include: /\.tsx$/ })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The kits are big libraries; their size is not what this build checks.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: page('index.html'),
        vue: page('vue.html'),
        angular: page('angular.html'),
        mui: page('mui.html'),
        antd: page('antd.html'),
        'react-select': page('react-select.html'),
        shoelace: page('shoelace.html'),
        editors: page('editors.html'),
        'editor-frame': page('editor-frame.html'),
      },
    },
  },
});
