import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatPartialDate, prepareDateFormats } from '../../feed/dates.js';
import type { PartialDate } from '../../feed/types.js';
import { ENGLISH, languageChain, onTermsChange, termSources } from './registry.js';
import { fillPlaceholders, validTerms, type Plural, type TermKey, type TermOverrides, type TermValue } from './terms.js';

export type Direction = 'ltr' | 'rtl';

/** The `Intl` formatters of one language, made once and shared by every element speaking it. */
class Formats {
  readonly number: Intl.NumberFormat;
  readonly decimal: Intl.NumberFormat;
  readonly plain: Intl.NumberFormat;
  readonly list: Intl.ListFormat;
  readonly unitList: Intl.ListFormat;
  readonly plural: Intl.PluralRules;

  constructor(readonly lang: string) {
    this.number = new Intl.NumberFormat(lang);
    this.decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    this.plain = new Intl.NumberFormat(lang, { useGrouping: false });
    this.list = new Intl.ListFormat(lang, { type: 'conjunction' });
    this.unitList = new Intl.ListFormat(lang, { type: 'unit', style: 'short' });
    this.plural = new Intl.PluralRules(lang);
    prepareDateFormats(lang);
  }
}

const formatsByLang = new Map<string, Formats>();

function formatsFor(lang: string): Formats {
  let formats = formatsByLang.get(lang);
  if (!formats) {
    formats = new Formats(lang);
    formatsByLang.set(lang, formats);
  }
  return formats;
}

/** `node`'s parent, stepping out of a shadow root to its host. */
const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** A language tag `Intl` knows, in canonical form; `undefined` for `""`, `"123"`, `"xx"`. */
function usableLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return Intl.DateTimeFormat.supportedLocalesOf(canonical).length ? canonical : undefined;
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
 * The language and direction an element speaks: the nearest `lang` (the element's own or an
 * ancestor's, through shadow roots), else the feed's `language`, else English. Each candidate
 * that `Intl` cannot use falls through to the next. The direction is the nearest `dir` when it is
 * nearer than that `lang`, else the language's own.
 */
export function resolveLanguage(element: Element, feedLanguage?: string | null): { lang: string; dir: Direction } {
  let declared: string | null = null;
  let dir: Direction | undefined;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const explicit = node.getAttribute('dir')?.toLowerCase();
    if (!dir && (explicit === 'ltr' || explicit === 'rtl')) dir = explicit;
    if (node.hasAttribute('lang')) {
      declared = node.getAttribute('lang');
      break;
    }
  }
  const lang = usableLanguage(declared) ?? usableLanguage(feedLanguage) ?? 'en';
  return { lang, dir: dir ?? directionOf(lang) };
}

const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

export interface LocalizeOptions {
  /** The feed's `language`, the fallback when no `lang` applies. */
  feedLanguage: () => string | null | undefined;
  /** The element's own replacement strings (its `strings` property). */
  overrides: () => unknown;
}

/**
 * The language of one element, as Shoelace's `LocalizeController` does it but for a widget on
 * someone else's page: it follows the nearest `lang` and `dir` (re-rendering when they change on
 * the element or any ancestor in the document), loads the shipped translation on demand (English
 * meanwhile), applies the page's and the element's replacement strings, and owns the cached `Intl`
 * formatters for numbers, years, lists, dates and plural rules.
 */
export class LocalizeController implements ReactiveController {
  lang = 'en';
  dir: Direction = 'ltr';
  private sources: TermOverrides[] = [ENGLISH];
  private overridesInput: unknown;
  private overrides: TermOverrides = {};
  private idle: number | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: LocalizeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    // Only the elements that speak the language whose strings changed render again.
    this.stopListening = onTermsChange((code) => {
      if (languageChain(this.lang).includes(code)) this.host.requestUpdate();
    });
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    this.resolve();
    // The page's first Intl formatter loads locale data (15 to 25 ms, npm run bench): make this
    // language's in idle time while the feed is on its way, not between its arrival and the rows.
    if (typeof requestIdleCallback === 'function') this.idle = requestIdleCallback(() => formatsFor(this.lang), { timeout: 2000 });
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.stopListening?.();
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    if (!controllers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Re-renders the host when its language or direction changed. */
  refresh(): void {
    const { lang, dir } = resolveLanguage(this.host, this.options.feedLanguage());
    if (lang !== this.lang || dir !== this.dir) this.host.requestUpdate();
  }

  private resolve(): void {
    const { lang, dir } = resolveLanguage(this.host, this.options.feedLanguage());
    const input = this.options.overrides();
    if (input !== this.overridesInput) {
      this.overridesInput = input;
      this.overrides = input == null ? {} : validTerms(input, ENGLISH, `<${this.host.localName}> strings`);
    }
    this.lang = lang;
    this.dir = dir;
    this.sources = [this.overrides, ...termSources(lang)];
  }

  /** Made on first use (or in idle time), not when the element is created. */
  private get formats(): Formats {
    return formatsFor(this.lang);
  }

  /** A built-in string in the element's language, its placeholders filled (numbers formatted). */
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
    const category = typeof count === 'number' ? this.formats.plural.select(count) : 'other';
    return term[category] ?? term.other;
  }

  /** A whole number with the language's digits and grouping: "1,000", "1.000". */
  number(value: number): string {
    return this.formats.number.format(value);
  }

  /** A score with at most one decimal: "7.5", "7,5". */
  decimal(value: number): string {
    return this.formats.decimal.format(value);
  }

  /** A number that is a name rather than an amount, never grouped: a year ("1994"), a rank ("1260"). */
  plainNumber(value: number): string {
    return this.formats.plain.format(value);
  }

  /** "Björk, Thom Yorke and Catherine Deneuve", each name isolated as in `parts`. */
  list(values: readonly string[]): string {
    return this.joinIsolated(this.formats.list, values);
  }

  /** A short list without a conjunction: "soundtrack, jazz". */
  unitList(values: readonly string[]): string {
    return this.joinIsolated(this.formats.unitList, values);
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
