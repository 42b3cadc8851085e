import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ENGLISH, languageChain, onTermsChange, termSources } from './registry.js';
import { validTerms, type TermOverrides } from './terms.js';
import { Wording, directionOf, formatsFor, usableLanguage, type Direction } from './wording.js';

export { directionOf, type Direction };

/** `node`'s parent, stepping out of a shadow root to its host. */
const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

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
 * meanwhile) and applies the page's and the element's replacement strings; the words, numbers,
 * lists and dates themselves are its `Wording`'s.
 */
export class LocalizeController extends Wording implements ReactiveController {
  private overridesInput: unknown;
  private overrides: TermOverrides = {};
  private idle: number | undefined;
  private readonly alsoPrepared: ((lang: string) => unknown)[] = [];
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: LocalizeOptions,
  ) {
    super();
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
    // language's in idle time while the feed is on its way, not between its arrival and the rows,
    // one formatter after another while the idle period lasts, so that no one task does them all.
    this.prepareWhenIdle();
  }

  override prepareAlso(step: (lang: string) => unknown): void {
    this.alsoPrepared.push(step);
  }

  /**
   * Makes the language's formatters in idle time, one after another while an idle period lasts,
   * then what was asked for besides (`prepareAlso`), one step an idle period.
   */
  private prepareWhenIdle(formats = formatsFor(this.lang), step = 0): void {
    if (typeof requestIdleCallback !== 'function') return;
    this.idle = requestIdleCallback(
      (deadline) => {
        this.idle = undefined;
        if (formats.prepare(() => deadline.timeRemaining() > 5)) return this.prepareWhenIdle(formats, step);
        if (step >= this.alsoPrepared.length) return;
        this.alsoPrepared[step](formats.lang);
        this.prepareWhenIdle(formats, step + 1);
      },
      { timeout: 2000 },
    );
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
}
