/** Where things live, relative to the project root. */
export const DOCUMENTS_DIR = 'src/documents';
export const CODE_DIR = 'src';
export const LOCALES_DIR = 'locales';
export const STATE_DIR = 'locales/.sync';
export const GLOSSARY_FILE = 'locales/glossary.json';

export const localeFile = (language: string, namespace: string): string => `${LOCALES_DIR}/${language}/${namespace}.json`;
export const stateFile = (language: string, namespace: string): string => `${STATE_DIR}/${language}/${namespace}.json`;

/**
 * What a namespace may be called: it becomes a file name under every language, a PO msgctxt
 * prefix and part of a URL, so nothing that a file system, gettext or an address would treat specially.
 */
const NAMESPACE_PATTERN = /^[A-Za-z0-9][\w-]*$/;
export const isNamespace = (name: string): boolean => NAMESPACE_PATTERN.test(name);
