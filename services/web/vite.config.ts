import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// Static files the gateway serves at `/`; the app talks only to `/api` on the same origin.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Lists each page's chunks: the bundle budget test reads it.
    manifest: true,
    // The resident pages ship ≤ 200 kB of gzipped JavaScript (checked by the build test).
    chunkSizeWarningLimit: 200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
