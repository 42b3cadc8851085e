import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/soundtrack-chart/define.js';
import type { SoundtrackChart } from '../../src/elements/soundtrack-chart/soundtrack-chart.js';
import { longChartFeed } from '../fixtures/feeds.js';

const ROWS = 10_000;
const shadow = (el: SoundtrackChart) => el.shadowRoot!;
const rows = (el: SoundtrackChart) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr[part~="row"]')];
const cells = (el: SoundtrackChart, name: string) =>
  [...shadow(el).querySelectorAll(`tbody [part~="cell-${name}"]`)].map((cell) => cell.textContent!.trim());
const headerButton = (el: SoundtrackChart, name: string) =>
  [...shadow(el).querySelectorAll('thead th button')].find((button) => button.textContent!.trim().startsWith(name)) as HTMLButtonElement;

describe('<soundtrack-chart> with 10,000 rows', function () {
  this.timeout(20_000);
  let el: SoundtrackChart;
  const feed = longChartFeed(ROWS);
  const items = feed.items.map((item) => item._soundtrack);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

  beforeEach(async () => {
    el = await fixture<SoundtrackChart>(html`<soundtrack-chart lang="en" .feed=${feed}></soundtrack-chart>`);
    // A long feed paints its first rows while the rest are read: wait until the element is done.
    const done = () => shadow(el).querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false';
    await waitUntil(() => rows(el).length > 0 && done(), 'rows never finished loading', { timeout: 8000 });
  });

  afterEach(() => window.scrollTo(0, 0));

  it('keeps a bounded number of rows in the DOM and tells assistive technology the real count', async () => {
    expect(rows(el).length).to.be.within(10, 120);
    const table = shadow(el).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal(String(ROWS + 1));
    expect(shadow(el).querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
    expect(rows(el)[0].getAttribute('aria-rowindex')).to.equal('2');
    expect(cells(el, 'rank')[0]).to.equal('1');
    // The page is as tall as all the rows, so the scrollbar tells the truth.
    expect(table.getBoundingClientRect().height).to.be.above(ROWS * 30);
    await expect(el).to.be.accessible();
  });

  it('renders the rows under the viewport as the page scrolls', async () => {
    const table = shadow(el).querySelector('table')!;
    const top = table.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top + table.getBoundingClientRect().height / 2);
    // A page the runner keeps in the background gets no frames, so no scroll event of its own.
    document.dispatchEvent(new Event('scroll'));
    await waitUntil(() => Number(rows(el)[0].getAttribute('aria-rowindex')) > 4000, 'the window did not move');
    const visible = rows(el).filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
    expect(visible.length).to.be.above(3);
    const middle = Number(visible[0].getAttribute('aria-rowindex'));
    expect(middle).to.be.within(ROWS / 2 - 600, ROWS / 2 + 600);
    expect(rows(el).length).to.be.below(120);
  });

  it('follows the scroll container it is really in, not only the page', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="height: 400px; overflow: auto"><soundtrack-chart lang="en" .feed=${feed}></soundtrack-chart></div>`);
    const inner = box.querySelector('soundtrack-chart')!;
    await waitUntil(() => rows(inner).length > 0 && shadow(inner).querySelector('[part~="base"]')!.getAttribute('aria-busy') === 'false', 'rows never finished loading', { timeout: 8000 });
    box.scrollTop = box.scrollHeight / 2;
    box.dispatchEvent(new Event('scroll'));
    await waitUntil(() => Number(rows(inner)[0].getAttribute('aria-rowindex')) > 4000, 'the window did not follow the scrolling box');
    const boxArea = box.getBoundingClientRect();
    const visible = rows(inner).filter((row) => {
      const area = row.getBoundingClientRect();
      return area.bottom > boxArea.top && area.top < boxArea.bottom;
    });
    expect(visible.length, 'rows in the visible part of the box').to.be.above(3);
  });

  it('re-measures its rows when it turns into narrow cards, so the scroll height stays true', async () => {
    const wideHeight = shadow(el).querySelector('table')!.getBoundingClientRect().height;
    el.style.width = '320px';
    await waitUntil(
      () => shadow(el).querySelector('table')!.getBoundingClientRect().height > wideHeight * 1.8,
      'the space for the rows outside the window kept the wide row height',
    );
    el.style.width = '';
  });

  it('keeps focus with its album while the window moves, and lets go once the album scrolls away', async () => {
    const rankOfFocus = () => shadow(el).activeElement?.closest('tr')?.querySelector('[part~="cell-rank"]')?.textContent?.trim();
    expect(rows(el).length).to.be.above(31);
    rows(el)[30].querySelector<HTMLButtonElement>('[part~="genre-tag"]')!.focus();
    expect(rankOfFocus()).to.equal('31');
    const table = shadow(el).querySelector('table')!;
    const rowHeight = rows(el)[1].getBoundingClientRect().top - rows(el)[0].getBoundingClientRect().top;
    const top = table.getBoundingClientRect().top + window.scrollY;
    // Down by a screen: the window moves, row elements show other albums, the 31st is still rendered.
    window.scrollTo(0, top + rowHeight * 24);
    document.dispatchEvent(new Event('scroll'));
    await waitUntil(() => rows(el)[0].getAttribute('aria-rowindex') !== '2', 'the window did not move');
    await el.updateComplete;
    expect(rankOfFocus()).to.equal('31');
    expect(shadow(el).activeElement!.matches('[part~="genre-tag"]')).to.equal(true);
    // Far down: the album is no longer rendered, and focus is on no other album's row.
    window.scrollTo(0, top + rowHeight * 3000);
    document.dispatchEvent(new Event('scroll'));
    await waitUntil(() => Number(rows(el)[0].getAttribute('aria-rowindex')) > 2000, 'the window did not move');
    await el.updateComplete;
    expect(rankOfFocus()).to.equal(undefined);
  });

  it('sorts all rows, not only the rendered ones', async () => {
    headerButton(el, 'Artist').click();
    await el.updateComplete;
    const sortedArtists = items.map((item) => item.artist).sort(collator.compare);
    expect(cells(el, 'artist').slice(0, 5)).to.deep.equal(sortedArtists.slice(0, 5));
    headerButton(el, 'Artist').click();
    await el.updateComplete;
    expect(cells(el, 'artist').slice(0, 5)).to.deep.equal(sortedArtists.reverse().slice(0, 5));

    headerButton(el, 'Released').click();
    headerButton(el, 'Released').click();
    await el.updateComplete;
    // Newest first (December 2019), ties in feed order.
    const newest = items.filter((item) => item.released === '2019-12').map((item) => String(item.rank));
    expect(cells(el, 'rank').slice(0, 3)).to.deep.equal(newest.slice(0, 3));
  });

  it('filters all rows and stops windowing when few are left', async () => {
    el.genre = 'jazz';
    await el.updateComplete;
    const jazz = items.filter((item) => item.genres.includes('jazz'));
    expect(shadow(el).querySelector('[part~="count"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Showing ${jazz.length.toLocaleString('en')} of 10,000 in jazz`,
    );
    expect(cells(el, 'rank').slice(0, 3)).to.deep.equal(jazz.slice(0, 3).map((item) => String(item.rank)));
    expect(rows(el).length).to.be.below(120);

    el.setAttribute('searchable', '');
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'bjork 1';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const matches = jazz.filter((item) => item.artist.startsWith('Björk 1'));
    expect(matches.length).to.be.below(200);
    expect(rows(el)).to.have.length(matches.length);
    expect(shadow(el).querySelector('table')!.hasAttribute('aria-rowcount')).to.equal(false);
  });
});

describe('<soundtrack-chart> while a long feed is read', function () {
  this.timeout(20_000);

  it('paints its first rows before it has read the rest, then the rest of its window', async () => {
    const el = document.createElement('soundtrack-chart');
    el.lang = 'en';
    el.feed = longChartFeed(2_000);
    await fixture(html`<div>${el}</div>`);
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (!rows(el).length) await nextFrame();
    const count = shadow(el).querySelector('[part~="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(count, 'the first frame with rows came after the whole feed was read').to.match(/more loading…$/);
    expect(rows(el).length, 'the first frame wrote the whole window at once').to.be.within(1, 20);
    expect(cells(el, 'rank')[0]).to.equal('1');
    await el.updateComplete;
    expect(rows(el).length).to.be.above(20);
    expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('2001');
  });

  it('shows the first rows at once and says more are loading until the rest are read', async () => {
    const el = document.createElement('soundtrack-chart');
    el.lang = 'en';
    el.feed = longChartFeed(50_000);
    let countWhileReading = '';
    el.addEventListener('st-load', () => {
      countWhileReading = shadow(el).querySelector('[part~="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
    });
    const loaded = new Promise((resolve) => el.addEventListener('st-load', resolve, { once: true }));
    await fixture(html`<div>${el}</div>`);
    await loaded;
    expect(countWhileReading).to.match(/^[\d,]+ albums, more loading…$/);
    expect(countWhileReading.startsWith('50,000')).to.equal(false);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="count"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('50,000 albums');
  });
});
