import { formatPartialDate, prepareDateFormats } from '../../feed/dates.js';
import type { PartialDate } from '../../feed/types.js';
import { ENGLISH, SHIPPED_LANGUAGES } from './registry.js';
import { fillPlaceholders, type Plural, type TermKey, type TermOverrides, type TermValue } from './terms.js';

export type Direction = 'ltr' | 'rtl';

/** How each formatter of a language is made, in the order a first render is likely to need them. */
const FORMATTERS = {
  plural: (lang: string) => new Intl.PluralRules(lang),
  plain: (lang: string) => new Intl.NumberFormat(lang, { useGrouping: false }),
  number: (lang: string) => new Intl.NumberFormat(lang),
  decimal: (lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }),
  list: (lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }),
  unitList: (lang: string) => new Intl.ListFormat(lang, { type: 'unit', style: 'short' }),
  /** The date formats `formatPartialDate` uses, one per precision (it keeps them). */
  dates: (lang: string) => (prepareDateFormats(lang), true),
};

type Formatters = { [K in keyof typeof FORMATTERS]: ReturnType<(typeof FORMATTERS)[K]> };

const PREPARATIONS = Object.keys(FORMATTERS) as (keyof Formatters)[];

/**
 * The `Intl` formatters of one language, shared by everything speaking it. Each is made on first
 * use: a page's first `Intl` formatters load locale data (a few milliseconds each, more for the
 * first), and a first render that needs only some of them should not pay for all.
 */
export class Formats {
  private readonly made: Partial<Formatters> = {};
  private prepared = 0;

  constructor(readonly lang: string) {}

  get<K extends keyof Formatters>(key: K): Formatters[K] {
    return (this.made[key] ??= FORMATTERS[key](this.lang) as Formatters[K]);
  }

  /** Makes the formatters not made yet, one after another while `goOn()`; false when none was left. */
  prepare(goOn: () => boolean): boolean {
    const before = this.prepared;
    while (this.prepared < PREPARATIONS.length) {
      this.get(PREPARATIONS[this.prepared++]);
      if (!goOn()) break;
    }
    return this.prepared > before;
  }
}

const formatsByLang = new Map<string, Formats>();

/** The formatters of `lang`, each made on first use. */
export function formatsFor(lang: string): Formats {
  let formats = formatsByLang.get(lang);
  if (!formats) {
    formats = new Formats(lang);
    formatsByLang.set(lang, formats);
  }
  return formats;
}

/** A language tag `Intl` knows, in canonical form; `undefined` for `""`, `"123"`, `"xx"`. */
export function usableLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    // Every Intl knows the languages the package ships; asking which locales it supports reads
    // the list of them, 10 to 30 ms on a page's first ask (every element's first update asks).
    return SHIPPED_LANGUAGES.includes(canonical.split('-')[0]) || Intl.DateTimeFormat.supportedLocalesOf(canonical).length
      ? canonical
      : undefined;
  } catch {
    return undefined;
  }
}

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_TEXT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const RTL_SCRIPTS = /^(ar|arc|ckb|dv|fa|he|iw|ku-arab|ps|sd|syr|ug|ur|yi)(-|$)/i;

/** The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu and the like. */
export const directionOf = (lang: string): Direction => (RTL_SCRIPTS.test(lang) ? 'rtl' : 'ltr');

/**
 * Words, numbers, lists and dates in one language, without a DOM: the terms of `sources` (most
 * specific first, English last) and the cached `Intl` formatters. The elements' `LocalizeController`
 * is one that follows the page; the static fallback renderer makes one for a fixed language.
 */
export class Wording {
  constructor(
    public lang = 'en',
    public dir: Direction = directionOf(lang),
    protected sources: readonly TermOverrides[] = [ENGLISH],
  ) {}

  /**
   * More of this language to make ahead of use, in idle time after its formatters (a sorting
   * element's collator). A fixed wording, as the static fallback renderer's, makes it when used.
   */
  prepareAlso(_step: (lang: string) => unknown): void {}

  /** Made on first use, not when the wording is created. */
  protected get formats(): Formats {
    return formatsFor(this.lang);
  }

  /** A built-in string in this language, its placeholders filled (numbers formatted). */
  term(key: TermKey, values: Readonly<Record<string, TermValue>> = {}): string {
    return this.parts(key, values).join('');
  }

  /**
   * The pieces of a term with its placeholders filled, for a template: a value can be markup
   * (`{ shown: html\`<strong>12</strong>\` }`). Numbers are formatted; `count` picks the plural.
   */
  parts<V>(key: TermKey, values: Readonly<Record<string, V | TermValue>>): (string | V)[] {
    const formatted: Record<string, V | string> = {};
    for (const [name, value] of Object.entries(values)) {
      formatted[name] = typeof value === 'number' ? this.number(value) : typeof value === 'string' ? this.isolate(value) : value;
    }
    return fillPlaceholders(this.text(key, values.count), formatted);
  }

  /**
   * A name inside a sentence, kept in its own direction (Unicode first-strong isolate): "Lose
   * Yourself" inside an Arabic badge, an Arabic title inside an English one. Needed only where the
   * two directions can differ, so English text with English names stays as it is.
   */
  isolate(value: string): string {
    return this.dir === 'rtl' || RTL_TEXT.test(value) ? `\u2068${value}\u2069` : value;
  }

  private text(key: TermKey, count: unknown): string {
    let term: string | Plural = ENGLISH[key];
    for (const source of this.sources) {
      const found = source[key];
      if (found !== undefined) {
        term = found;
        break;
      }
    }
    if (typeof term === 'string') return term;
    const category = typeof count === 'number' ? this.formats.get('plural').select(count) : 'other';
    return term[category] ?? term.other;
  }

  /** A whole number with the language's digits and grouping: "1,000", "1.000". */
  number(value: number): string {
    return this.formats.get('number').format(value);
  }

  /** A score with at most one decimal: "7.5", "7,5". */
  decimal(value: number): string {
    return this.formats.get('decimal').format(value);
  }

  /** A number that is a name rather than an amount, never grouped: a year ("1994"), a rank ("1260"). */
  plainNumber(value: number): string {
    return this.formats.get('plain').format(value);
  }

  /** "Björk, Thom Yorke and Catherine Deneuve", each name isolated as in `parts`. */
  list(values: readonly string[]): string {
    return this.joinIsolated(this.formats.get('list'), values);
  }

  /** A short list without a conjunction: "soundtrack, jazz". */
  unitList(values: readonly string[]): string {
    return this.joinIsolated(this.formats.get('unitList'), values);
  }

  private joinIsolated(format: Intl.ListFormat, values: readonly string[]): string {
    return format
      .formatToParts(values)
      .map((part) => (part.type === 'element' ? this.isolate(part.value) : part.value))
      .join('');
  }

  /** A date at its own precision: "13 Jan 1969", "Feb 1980", "1976". */
  date(date: PartialDate): string {
    return formatPartialDate(date, this.lang);
  }
}
