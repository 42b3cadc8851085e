import type { TermOverrides } from './terms.js';

/**
 * The page's replacement strings, kept on the page rather than in this module: the loader, the
 * one-element files and the all-in-one file each bundle their own copy of the library, and a
 * `setStrings` made through any of them must reach the elements of every copy.
 */
interface PageStrings {
  /** By lowercase language tag, in the order they were set. */
  readonly byLanguage: Map<string, object[]>;
  readonly listeners: Set<(code: string) => void>;
}

const KEY = Symbol.for('soundtrack-widgets.page-strings');
const page = globalThis as { [KEY]?: PageStrings };
const store: PageStrings = (page[KEY] ??= { byLanguage: new Map(), listeners: new Set() });

/** What `setStrings` was given for a language (`pt-br`), oldest first, not yet checked. */
export const pageStringsOf = (code: string): readonly object[] => store.byLanguage.get(code) ?? [];

/** Calls `listener` with the language whose page strings changed. */
export function onPageStrings(listener: (code: string) => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/**
 * Replaces built-in strings for every element on the page that speaks `lang` (`"en"`, `"de"`,
 * `"pt-BR"`): `setStrings('en', { albumCount: { one: '{count} record', other: '{count} records' } })`.
 * Unknown keys and values that are not strings are ignored with a warning. Calling it again for
 * the same language adds to what was set before.
 */
export function setStrings(lang: string, strings: TermOverrides): void {
  let code: string;
  try {
    code = Intl.getCanonicalLocales(lang)[0].toLowerCase();
  } catch {
    console.warn(`soundtrack-widgets: setStrings: "${lang}" is not a language tag; ignored.`);
    return;
  }
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
    console.warn(`soundtrack-widgets: setStrings('${lang}'): give an object of strings; ignored.`);
    return;
  }
  store.byLanguage.set(code, [...pageStringsOf(code), { ...strings }]);
  store.listeners.forEach((listener) => listener(code));
}
