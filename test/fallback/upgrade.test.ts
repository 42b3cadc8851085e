import { expect } from '@open-wc/testing';
import type { FeedElement, LoadEventDetail } from '../../src/internal/feed-element.js';
import type { FallbackElement } from '../../src/render/index.js';
import { fallbackOf, feedText, jsonLdOf, placeFallback, withStylesheet } from '../support/fallback-page.js';

/** Each element, the demo feed it renders, and what its fallback and its shadow root show of it. */
const CASES: Record<FallbackElement, { feed: string; attributes?: Record<string, string>; fallback: string; count: number; shadow: string; ldType: string }> = {
  'soundtrack-chart': { feed: 'top-100', fallback: 'tbody tr', count: 100, shadow: 'tbody tr[part~="row"]', ldType: 'MusicAlbum' },
  'soundtrack-card': { feed: 'aged-well', attributes: { item: 'batman-1989' }, fallback: 'article', count: 1, shadow: '[part~="card"]', ldType: 'MusicAlbum' },
  'soundtrack-card-grid': { feed: 'aged-well', fallback: 'article', count: 10, shadow: '[part~="card"]', ldType: 'MusicAlbum' },
  'better-than-movie-list': { feed: 'better-than-the-movie', fallback: 'ol > li', count: 18, shadow: '[part~="entry"]', ldType: 'Movie' },
};

const DEFINE: Record<FallbackElement, () => Promise<unknown>> = {
  'soundtrack-chart': () => import('../../src/elements/soundtrack-chart/define.js'),
  'soundtrack-card': () => import('../../src/elements/soundtrack-card/define.js'),
  'soundtrack-card-grid': () => import('../../src/elements/soundtrack-card-grid/define.js'),
  'better-than-movie-list': () => import('../../src/elements/better-than-movie-list/define.js'),
};

/** Every `fetch` the page makes while `run` runs. */
async function requestsDuring(run: () => Promise<void>): Promise<string[]> {
  const requests: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return requests;
}

describe('the static fallback is the upgrade target', function () {
  this.timeout(20_000);
  before(withStylesheet);
  afterEach(() => document.querySelectorAll('body > article').forEach((node) => node.remove()));

  for (const [tag, expected] of Object.entries(CASES) as [FallbackElement, (typeof CASES)[FallbackElement]][]) {
    it(`<${tag}>: readable before its script runs, rendered from the inline feed after, the fallback gone`, async () => {
      const element = await placeFallback(await feedText(expected.feed), { element: tag, attributes: expected.attributes, source: `${expected.feed}.json` });
      expect(customElements.get(tag), 'defined too early').to.equal(undefined);
      const fallback = fallbackOf(element);
      expect(fallback.checkVisibility(), 'fallback visible before upgrade').to.equal(true);
      expect(fallback.querySelectorAll(expected.fallback)).to.have.length(expected.count);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(100);
      const ld = jsonLdOf(element);
      expect(ld['@type']).to.equal('ItemList');
      expect(ld.itemListElement).to.have.length(expected.count);
      expect(ld.itemListElement[0].item['@type']).to.equal(expected.ldType);

      let detail: LoadEventDetail | undefined;
      element.addEventListener('st-load', (event) => (detail = (event as CustomEvent<LoadEventDetail>).detail), { once: true });
      const requests = await requestsDuring(async () => {
        await DEFINE[tag]();
        const upgraded = element as FeedElement;
        await upgraded.updateComplete;
        for (let i = 0; i < 50 && !detail; i++) await new Promise((resolve) => setTimeout(resolve, 20));
        await upgraded.updateComplete;
      });
      expect(detail, 'st-load after upgrade').to.not.equal(undefined);
      expect(requests.filter((url) => !/\/(node_modules|src)\//.test(new URL(url, location.href).pathname)), 'requests for a feed').to.deep.equal([]);
      expect(element.shadowRoot!.querySelectorAll(expected.shadow)).to.have.length(expected.count);
      expect(fallback.checkVisibility(), 'fallback hidden after upgrade').to.equal(false);
      expect(element.querySelectorAll('script[type="application/ld+json"]'), 'one JSON-LD block, the element keeps it').to.have.length(1);
    });
  }
});
