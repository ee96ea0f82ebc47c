import { escapeForbidden } from './characters.ts';

/**
 * A catalog is one namespace of one language as an ordered map from flat keys
 * ("notice.unofficial") to strings. Files on disk hold the nested i18next JSON v4 form.
 */
export type Catalog = ReadonlyMap<string, string>;

export interface NestedCatalog {
  [key: string]: string | NestedCatalog;
}

export const KEY_SEPARATOR = '.';

/** Rebuild the nested form, keeping the catalog's key order. */
export function unflatten(catalog: Catalog): NestedCatalog {
  const root: NestedCatalog = Object.create(null) as NestedCatalog;
  for (const [path, value] of catalog) {
    const parts = path.split(KEY_SEPARATOR);
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'object') node = next;
      else {
        const child: NestedCatalog = Object.create(null) as NestedCatalog;
        node[part] = child;
        node = child;
      }
    }
    node[parts[parts.length - 1] ?? path] = value;
  }
  return root;
}

/**
 * The one serialisation of JSON files this project writes: 2 spaces, UTF-8 as is, final newline;
 * characters no text may hold (controls, bidi overrides) as escapes, so that they show in an editor.
 */
export function formatJson(value: unknown): string {
  return `${escapeForbidden(JSON.stringify(value, null, 2))}\n`;
}

export function formatCatalog(catalog: Catalog): string {
  return formatJson(unflatten(catalog));
}
