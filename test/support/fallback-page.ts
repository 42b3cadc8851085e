// Helpers of the static fallback tests: a demo feed, the markup `renderFallback` makes of it, put
// into the page the way a publisher's HTML would carry it (its scripts able to run), with the
// package's stylesheet.
import { renderFallback, type RenderOptions } from '../../src/render/index.js';

export const feedText = async (name: string): Promise<string> => (await fetch(`/demo/feeds/${name}.json`)).text();

/** Links `src/soundtrack-widgets.css` once, as the publisher's snippet does. */
export async function withStylesheet(): Promise<void> {
  if (document.querySelector('link[data-test-stylesheet]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/src/soundtrack-widgets.css' });
  link.dataset.testStylesheet = '';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
}

/**
 * Renders the fallback of `feed` for `options.element` and puts it in the page between two
 * paragraphs. A fragment made by `createContextualFragment` runs its scripts when inserted, as a
 * page would, so a feed string that escaped into markup would run.
 */
export async function placeFallback(feed: unknown, options: RenderOptions): Promise<HTMLElement> {
  const { html } = await renderFallback(feed, options);
  const article = document.createElement('article');
  article.append(document.createRange().createContextualFragment(`<p>Before.</p>${html}<p>After.</p>`));
  document.body.append(article);
  return article.querySelector<HTMLElement>(options.element)!;
}

/** The JSON-LD child of `element`, parsed. */
export function jsonLdOf(element: Element): { '@type': string; numberOfItems: number; itemListElement: { position: number; item: Record<string, unknown> }[] } {
  const scripts = element.querySelectorAll(':scope > script[type="application/ld+json"]');
  if (scripts.length !== 1) throw new Error(`expected one JSON-LD script, found ${scripts.length}`);
  return JSON.parse(scripts[0].textContent!);
}

export const fallbackOf = (element: Element): HTMLElement => element.querySelector<HTMLElement>(':scope > .st-fallback')!;
