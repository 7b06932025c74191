// Plumbing: builds the React app in src/web into dist/web; in dev, proxies /api to the server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const from = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const aliases = {
  '@domain': from('./src/domain'),
  '@contract': from('./src/contract'),
  '@server': from('./src/server'),
  '@web': from('./src/web'),
};

export default defineConfig({
  root: from('./src/web'),
  plugins: [react()],
  resolve: { alias: aliases },
  build: {
    outDir: from('./dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
