import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devTranslations } from './src/build/dev-translations.ts';
import { localeData } from './src/build/locale-plugin.ts';

export default defineConfig({
  plugins: [react(), localeData(import.meta.dirname), devTranslations(import.meta.dirname)],
  build: {
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { boot: 'index.html', root: 'root.html', notFound: 'not-found.html' },
    },
  },
});
