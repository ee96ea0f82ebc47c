import 'i18next';
import type ui from '../../locales/en/ui.json';

// Interface keys are typed from the extracted English, so a misspelt key fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui };
  }
}
