import 'i18next';
import type ui from '../../locales/en/ui.json';
import type record from '../../locales/en/record.json';

// Interface keys are typed from the extracted English, so a misspelt key fails `tsc`. `record`: the strings of the
// pages about the text (history, versions, glossary), rendered at build time only and never sent to the browser.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui; record: typeof record };
  }
}
