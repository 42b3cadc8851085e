import { FeedError, INLINE_SOURCE } from '../feed/errors.js';
import { parseJson, readFeed } from '../feed/load.js';
import { jsonLdText, structuredData, type StructuredDataKind } from '../feed/structured-data.js';
import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';
import { feedErrorMessage, feedProblems } from '../internal/feed-messages.js';
import { FALLBACK_CLASS } from '../internal/light-dom.js';
import { STRUCTURED_DATA_ATTRIBUTE } from '../internal/structured-data-script.js';
import { ENGLISH, languageReady, termSources } from '../internal/localize/registry.js';
import { validTerms, type TermKey } from '../internal/localize/terms.js';
import { Wording, directionOf, usableLanguage } from '../internal/localize/wording.js';
import { cardItem } from '../elements/soundtrack-card/card-text.js';
import { cardFallback, gridFallback } from './card.js';
import { chartFallback } from './chart.js';
import { listFallback } from './list.js';
import { Markup, attributeList, markup } from './markup.js';
import { attribute, type Attributes } from './shared.js';

/** The elements that have a fallback, each with what it is to a search engine, what it says when empty, and its markup. */
const ELEMENTS = {
  'soundtrack-chart': { kind: 'albums', empty: 'chartEmpty', render: chartFallback },
  'soundtrack-card': { kind: 'albums', empty: 'cardEmpty', render: cardFallback },
  'soundtrack-card-grid': { kind: 'albums', empty: 'cardEmpty', render: gridFallback },
  'better-than-movie-list': { kind: 'movies', empty: 'listEmpty', render: listFallback },
} satisfies Record<string, { kind: StructuredDataKind; empty: TermKey; render: (feed: SoundtrackFeed, attributes: Attributes, wording: Wording) => Markup | null }>;

export type FallbackElement = keyof typeof ELEMENTS;
export const FALLBACK_ELEMENTS = Object.keys(ELEMENTS) as FallbackElement[];

export interface RenderOptions {
  /** The element to write. */
  element: FallbackElement;
  /** Its attributes (`{ sort: 'artist', theme: 'dark', searchable: true }`); `lang`, `dir`, `strings` and the element's own options apply to the fallback too. */
  attributes?: Readonly<Record<string, string | true>>;
  /** The language of the fallback when the attributes name none; else the feed's `language`, else English. */
  lang?: string;
  /** Resolves relative links in the JSON-LD (search engines want absolute ones); defaults to the feed's `home_page_url`. */
  baseUrl?: string;
  /** How messages name the feed, e.g. its file name; default "The inline feed". */
  source?: string;
}

export interface RenderResult {
  /** The markup to paste: the element, its inline feed, its fallback and its JSON-LD. */
  readonly html: string;
  /** The language the fallback is worded in. */
  readonly lang: string;
  /** What the feed layer left out (the lines the element logs), for the publisher. */
  readonly problems: readonly string[];
}

/** A feed the fallback cannot be made from: `message` is what the element would show, `detail` the English for the publisher. */
export class FallbackError extends Error {
  override readonly name = 'FallbackError';

  constructor(
    message: string,
    readonly detail: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The document with no `content_html` to read: the fallback leaves it out, and without a DOM it cannot be sanitized. */
function withoutHtml(document: unknown): unknown {
  if (!isObject(document) || !Array.isArray(document.items)) return document;
  const items = document.items.map((item: unknown) => {
    if (!isObject(item) || typeof item.content_html !== 'string') return item;
    const rest = { ...item };
    delete rest.content_html;
    return rest;
  });
  return { ...document, items };
}

async function wordingFor(lang: string, attributes: Attributes): Promise<Wording> {
  await languageReady(lang);
  const strings = attribute(attributes, 'strings');
  let overrides = {};
  try {
    if (strings !== null) overrides = validTerms(JSON.parse(strings), ENGLISH, 'the strings attribute');
  } catch {
    console.warn('soundtrack-widgets: the strings attribute is not valid JSON; the fallback ignores it, as the element does.');
  }
  const dir = attribute(attributes, 'dir');
  return new Wording(lang, dir === 'ltr' || dir === 'rtl' ? dir : directionOf(lang), [overrides, ...termSources(lang)]);
}

/** The JSON-LD of what the element shows, with links resolved against `base`; relative links without a base are left out. */
function jsonLd(feed: SoundtrackFeed, items: readonly SoundtrackItem[], kind: StructuredDataKind, base: string | null, problems: string[]): string {
  const relative = (url: string | null) => url !== null && !/^https?:/i.test(url);
  let described = items;
  if (base === null && items.some((item) => relative(item.url) || relative(item.image))) {
    problems.push('relative links are left out of the JSON-LD: give a base URL (--base-url) to resolve them');
    described = items.map((item) => ({ ...item, url: relative(item.url) ? null : item.url, image: relative(item.image) ? null : item.image }));
  }
  // Without a base every link left is absolute, so the base given to structuredData changes nothing.
  return jsonLdText(structuredData(feed, described, kind, base ?? 'https://schema.org/'));
}

/**
 * A feed file that is not there, worded as the element words a `src` the server does not have:
 * "top-100.json could not be loaded: the server answered 404." `reason` is the detail.
 */
export async function missingFeedError(source: string, reason: string, { lang }: Pick<RenderOptions, 'lang'> = {}): Promise<FallbackError> {
  const error = new FeedError('http', `${source} could not be read: ${reason}`, source, { status: 404 });
  return new FallbackError(feedErrorMessage(error, await wordingFor(usableLanguage(lang) ?? 'en', {})), error.message);
}

/**
 * The complete markup of `element` for a page: the element with its attributes and `structured-data`,
 * the feed inline (`<script type="application/json">`, so the upgraded element needs no request), a
 * fallback with the same facts in plain HTML in its light DOM (hidden once the element renders, as
 * its shadow root has no default slot) and the schema.org JSON-LD. `feed` is a JSON Feed's text or
 * object. Throws a `FallbackError` worded as the element would word it when the feed cannot be read
 * or has nothing to show.
 */
export async function renderFallback(feed: unknown, options: RenderOptions): Promise<RenderResult> {
  const { element } = options;
  if (!Object.hasOwn(ELEMENTS, element)) throw new Error(`no fallback for <${element}>: use one of ${FALLBACK_ELEMENTS.join(', ')}`);
  const attributes: Record<string, string | true> = { ...options.attributes };
  for (const name of Object.keys(attributes)) if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name`);
  const source = options.source ?? INLINE_SOURCE;
  const requested = usableLanguage(attribute(attributes, 'lang')) ?? usableLanguage(options.lang);
  let document: unknown;
  let read: SoundtrackFeed;
  try {
    document = typeof feed === 'string' ? parseJson(feed, source) : feed;
    read = await readFeed(withoutHtml(document), source);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new FallbackError(feedErrorMessage(error, await wordingFor(requested ?? 'en', attributes)), error.message);
  }
  const problems = feedProblems(read);
  const lang = requested ?? usableLanguage(read.language) ?? 'en';
  const wording = await wordingFor(lang, attributes);
  const { kind, empty, render } = ELEMENTS[element];
  if (!read.items.length) throw new FallbackError(wording.term(empty), `${source} has no item the elements can show`, problems);
  const fallback = render(read, attributes, wording);
  if (fallback === null) {
    const id = attribute(attributes, 'item') ?? '';
    throw new FallbackError(wording.term('albumNotFound', { id }), `${source} has no item with the id "${id}"`, problems);
  }
  const card = element === 'soundtrack-card' ? cardItem(read, attribute(attributes, 'item')) : undefined;
  const ld = jsonLd(read, card ? [card] : read.items, kind, options.baseUrl ?? read.homePageUrl, problems);
  attributes['structured-data'] = true;
  const html = markup`<${element}${attributeList(attributes)}>
<script type="application/json">${new Markup(jsonLdText(document as object))}</script>
<div class="${FALLBACK_CLASS}" lang="${wording.lang}" dir="${wording.dir}">
${fallback}
</div>
<script type="application/ld+json" ${new Markup(STRUCTURED_DATA_ATTRIBUTE)}>${new Markup(ld)}</script>
</${element}>
`;
  return { html: html.html, lang, problems };
}
