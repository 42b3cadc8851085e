import { waitUntil } from '@open-wc/testing';

export const ELEMENT_TAGS = ['soundtrack-chart', 'soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'] as const;

export interface Render {
  tag: (typeof ELEMENT_TAGS)[number];
  /** Attributes to set (`src`, `item`, `columns`, `limit`, …). */
  attributes?: Record<string, string>;
  /** A feed object, given as the `feed` property instead of `src`. */
  feed?: unknown;
}

/**
 * Renders each of `renders` into `container` and resolves once every one has left its loading
 * state (data, empty or error) and the browser has laid it out.
 */
export async function renderSettled(container: HTMLElement, renders: Render[]): Promise<HTMLElement[]> {
  const elements = renders.map(({ tag, attributes = {}, feed }) => {
    const el = document.createElement(tag);
    el.lang = 'en';
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (feed) (el as HTMLElement & { feed: unknown }).feed = feed;
    container.append(el);
    return el;
  });
  const settled = (el: HTMLElement) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false';
  await waitUntil(() => elements.every(settled), 'an element never left its loading state', { timeout: 4000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return elements;
}
