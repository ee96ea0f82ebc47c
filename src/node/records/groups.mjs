// The records' maps by key, folded a group at a time (a group: one locale file's keys, as a record
// writes them in one segment) when a key of it is first asked for. Plain JavaScript: see git.mjs.

/**
 * A record's part of a group: its content given (an older record's line held it), or its place in
 * the log, read when the group is folded.
 * @typedef {{ seq: number, content?: any, old?: boolean, source?: import('./log-file.mjs').Source, pos?: number, length?: number, hash?: string }} Part
 */

/**
 * A language's or the English's group of a key: the text before its first colon (a namespace).
 * @param {string} key
 * @returns {[string, string]}
 */
export function splitKey(key) {
  const at = key.indexOf(':');
  return at < 0 ? ['', key] : [key.slice(0, at), key.slice(at + 1)];
}

/**
 * A map by key whose entries are folded from the records' parts of the key's group, in the records'
 * order, when a key of the group is first asked for: a command asks only for the keys of the files
 * whose contents no record read, so a large log's every value is never put in maps (nor read from
 * disk) unless something iterates them all. The same map as folding every record in turn.
 * @template V
 * @extends {Map<string, V>}
 */
export class Grouped extends Map {
  /** @type {Map<string, Part[]>} parts not folded yet, by group */
  #parts = new Map();
  /** @type {Map<string, Set<string>>} */
  #members = new Map();
  #groupOf;
  #apply;
  #load;

  /**
   * @param {(key: string) => string} groupOf
   * @param {(entry: { get: (key: string) => V | undefined, set: (key: string, value: V) => void }, group: string, part: Part, content: any) => void} apply
   * @param {(part: Part) => any} load
   */
  constructor(groupOf, apply, load) {
    super();
    this.#groupOf = groupOf;
    this.#apply = apply;
    this.#load = load;
  }

  /** @param {string} group @param {Part} part */
  add(group, part) {
    const parts = this.#parts.get(group);
    if (parts) parts.push(part);
    else this.#parts.set(group, [part]);
  }

  /** @param {string} group */
  #fold(group) {
    const parts = this.#parts.get(group);
    if (!parts) return;
    // Taken off first: a part read or applied cannot start the same group's fold again.
    this.#parts.delete(group);
    const entry = {
      get: (/** @type {string} */ key) => super.get(key),
      set: (/** @type {string} */ key, /** @type {V} */ value) => {
        if (!super.has(key)) {
          const members = this.#members.get(group);
          if (members) members.add(key);
          else this.#members.set(group, new Set([key]));
        }
        super.set(key, value);
      },
    };
    for (const part of parts) this.#apply(entry, group, part, part.content ?? this.#load(part));
  }

  #foldAll() {
    for (const group of [...this.#parts.keys()]) this.#fold(group);
  }

  /** The keys of a group, folded. @param {string} group */
  keysOf(group) {
    this.#fold(group);
    return this.#members.get(group) ?? new Set();
  }

  /** @override @param {string} key */
  get(key) {
    this.#fold(this.#groupOf(key));
    return super.get(key);
  }

  /** @override @param {string} key */
  has(key) {
    this.#fold(this.#groupOf(key));
    return super.has(key);
  }

  /** @override */
  get size() {
    this.#foldAll();
    return super.size;
  }

  /** @override */
  entries() {
    this.#foldAll();
    return super.entries();
  }

  /** @override */
  keys() {
    this.#foldAll();
    return super.keys();
  }

  /** @override */
  values() {
    this.#foldAll();
    return super.values();
  }

  /** @override */
  [Symbol.iterator]() {
    return this.entries();
  }

  /** @override @param {(value: V, key: string, map: Map<string, V>) => void} callback @param {unknown} [self] */
  forEach(callback, self) {
    this.#foldAll();
    super.forEach(callback, self);
  }
}

/** The sighted texts' parts by group, each read when a text in it is asked for. */
export class Texts {
  /** @type {Map<string, Part[]>} */
  #parts = new Map();
  #load;

  /** @param {(part: Part) => any} load */
  constructor(load) {
    this.#load = load;
  }

  /** @param {string} group @param {Part} part */
  add(group, part) {
    const parts = this.#parts.get(group);
    if (parts) parts.push(part);
    else this.#parts.set(group, [part]);
  }

  /** A record's part of a group, read. @param {string} group @param {number} seq */
  part(group, seq) {
    const part = this.#parts.get(group)?.find((p) => p.seq === seq);
    if (part) part.content ??= this.#load(part);
    return part;
  }
}
