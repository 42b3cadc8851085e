import type en from '../../translations/en.js';

/** A term that changes with a number: the form for each plural category of `Intl.PluralRules`. */
export type Plural = { readonly other: string } & { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

type English = typeof en;

/** The name of every built-in string. */
export type TermKey = Exclude<keyof English, `$${string}`>;

/** A language's strings: every key English has, each a string or, where English has one, a plural. */
export type Terms = { readonly [K in TermKey]: English[K] extends string ? string : Plural };

/**
 * One shipped language. A file that misses a key fails the type-check. `$code` is its BCP 47 tag,
 * `$name` its own name for itself, `$dir` its writing direction.
 */
export type Translation = Terms & {
  readonly $code: string;
  readonly $name: string;
  readonly $dir: 'ltr' | 'rtl';
};

/** Replacement strings from a publisher: any subset of the keys. */
export type TermOverrides = Partial<Terms>;

export type TermValue = string | number;

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const PLACEHOLDER = /\{(\w+)\}/g;

function isPlural(value: unknown): value is Plural {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    entries.every(([category, form]) => PLURAL_CATEGORIES.has(category) && typeof form === 'string')
  );
}

/**
 * Keeps the well-formed terms of a language file or a publisher's overrides and warns once about
 * the rest: unknown keys, values that are neither a string nor a plural object, and a plural where
 * English has a plain string (or the reverse). `reference` is English, the list of known keys.
 */
export function validTerms(input: unknown, reference: Terms, source: string): TermOverrides {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    console.warn(`soundtrack-widgets: ${source} is not an object of strings; it is ignored.`);
    return {};
  }
  const kept: Record<string, string | Plural> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('$')) continue;
    const expected = Object.hasOwn(reference, key) ? reference[key as TermKey] : undefined;
    const fits = expected !== undefined && (typeof expected === 'string' ? typeof value === 'string' : isPlural(value) || typeof value === 'string');
    if (fits) kept[key] = value as string | Plural;
    else ignored.push(expected === undefined ? `${key} (unknown key)` : `${key} (not ${typeof expected === 'string' ? 'a string' : 'a string or plural forms'})`);
  }
  if (ignored.length) console.warn(`soundtrack-widgets: ${source}: ignored ${ignored.join(', ')}.`);
  return kept as TermOverrides;
}

/** The placeholders a term's text uses, in order: `{count} albums` gives `['count']`. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/**
 * Splits a term's text at its placeholders and puts each value in its place: the strings between
 * and the values as given, so a value can be a template (`<strong>12</strong>`) as well as text.
 * A placeholder without a value is left out. Values are never parsed: feed text stays text.
 */
export function fillPlaceholders<V>(text: string, values: Readonly<Record<string, V>>): (string | V)[] {
  const pieces: (string | V)[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    if (Object.hasOwn(values, match[1])) pieces.push(values[match[1]]);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}
