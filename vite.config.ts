import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devRecords } from './src/site/plugins/dev-records.ts';
import { devTranslations } from './src/site/plugins/dev-translations.ts';
import { glossaryNames } from './src/site/plugins/glossary-plugin.ts';
import { localeData } from './src/site/plugins/locale-plugin.ts';
import { pageShell } from './src/site/plugins/page-shell.ts';
import { stripDefaultValues } from './src/site/plugins/strip-defaults.ts';

export default defineConfig({
  // SITE_PUBLISHER names who publishes the site (docs/reading-and-deploying.md, "Building"); blank means not stated.
  plugins: [
    stripDefaultValues(),
    react(),
    pageShell(),
    localeData(import.meta.dirname, { publisher: process.env['SITE_PUBLISHER']?.trim() ?? '' }),
    devTranslations(import.meta.dirname),
    devRecords(import.meta.dirname),
    glossaryNames(import.meta.dirname),
  ],
  build: {
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { boot: 'index.html', root: 'root.html', notFound: 'not-found.html', record: 'record.html', views: 'src/app/views.css' },
      // No warning that plugins took long: the locale data plugin reads the project and its git history by design
      // (bench:extract measures it), and on a busy machine the warning came twice a build, as noise (issue 22).
      checks: { bundlerTimings: false },
    },
  },
});
