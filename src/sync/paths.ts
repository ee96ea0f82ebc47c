/** Where things live, relative to the project root. */
export const DOCUMENTS_DIR = 'src/documents';
export const CODE_DIR = 'src';
export const LOCALES_DIR = 'locales';
export const STATE_DIR = 'locales/.sync';
export const GLOSSARY_FILE = 'locales/glossary.json';

export const localeFile = (language: string, namespace: string): string => `${LOCALES_DIR}/${language}/${namespace}.json`;
export const stateFile = (language: string, namespace: string): string => `${STATE_DIR}/${language}/${namespace}.json`;
