import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localeData } from './src/build/locale-plugin.ts';

export default defineConfig({
  plugins: [react(), localeData(import.meta.dirname)],
  build: {
    manifest: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: 'index.html', root: 'root.html' },
    },
  },
});
