import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/elements/soundtrack-chart/define.js';
import type { ChartSortEventDetail, SoundtrackChart } from '../../src/elements/soundtrack-chart/soundtrack-chart.js';
import { expectCustomPropertiesMatchDocumentation, expectPartsMatchDocumentation } from '../support/parts.js';

const smallFeed = () => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test chart',
  language: 'en',
  _soundtrack: { updated: '2026-11-01' },
  items: [
    { id: 'a', url: 'https://example.com/a', _soundtrack: { rank: 1, artist: 'Vangelis', album: 'Blade Runner', released: '1994-06', genres: ['electronic', 'soundtrack'] } },
    { id: 'b', _soundtrack: { rank: 2, artist: 'Björk', album: 'Selmasongs', released: '2000-09-18', genres: ['soundtrack'] } },
    { id: 'c', _soundtrack: { rank: 3, artist: 'blondie', album: null, released: '1980', genres: ['soundtrack'] } },
    { id: 'd', _soundtrack: { rank: 4, artist: 'Air', album: 'The Virgin Suicides', released: null, genres: [] } },
    { id: 'e', _soundtrack: { rank: 5, artist: 'Bernard Herrmann', album: '=1+1', released: '1976', genres: ['jazz'] } },
    { id: 'f', _soundtrack: { rank: 6, artist: null, album: 'Untitled, "live"', released: '1980-02', genres: ['Jazz'] } },
  ],
});

/** Six albums with every kind of move: up, new, down, none, back, and not known. */
const movementFeed = () => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'This week',
  items: [
    { id: 'up', _soundtrack: { rank: 1, artist: 'Riser', previous_rank: 4, peak_rank: 1, weeks_on_chart: 12 } },
    { id: 'new', _soundtrack: { rank: 2, artist: 'Newcomer', previous_rank: null, peak_rank: 2, weeks_on_chart: 1 } },
    { id: 'down', _soundtrack: { rank: 3, artist: 'Faller', previous_rank: 1, peak_rank: 1, weeks_on_chart: 30 } },
    { id: 'same', _soundtrack: { rank: 4, artist: 'Steady', previous_rank: 4, peak_rank: 4, weeks_on_chart: 5 } },
    { id: 'back', _soundtrack: { rank: 5, artist: 'Returner', reentry: true, peak_rank: 3, weeks_on_chart: 9 } },
    { id: 'unknown', _soundtrack: { rank: 6, artist: 'Unknown' } },
  ],
});

const shadow = (el: SoundtrackChart) => el.shadowRoot!;
const rows = (el: SoundtrackChart) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr[part~="row"]')];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The text of one column, top to bottom. */
const column = (el: SoundtrackChart, name: string) =>
  [...shadow(el).querySelectorAll(`tbody [part~="cell-${name}"]`)].map(text);
const headerButton = (el: SoundtrackChart, name: string) => {
  const header = [...shadow(el).querySelectorAll('thead th')].find((th) => text(th).startsWith(name));
  return header!.querySelector('button')!;
};
const header = (el: SoundtrackChart, name: string) => headerButton(el, name).closest('th')!;
const status = (el: SoundtrackChart) => text(shadow(el).querySelector('[role="status"]')!);
const count = (el: SoundtrackChart) => text(shadow(el).querySelector('[part~="count"]')!);

async function chart(template: ReturnType<typeof html>): Promise<SoundtrackChart> {
  const el = await fixture<SoundtrackChart>(template);
  await waitUntil(() => rows(el).length > 0, 'rows never appeared', { timeout: 4000 });
  // A long first render writes its rows in batches; updateComplete waits for the last.
  await el.updateComplete;
  return el;
}

const small = (attributes: Record<string, string | boolean> = {}) => {
  const el = document.createElement('soundtrack-chart');
  el.lang = 'en-GB';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  el.feed = smallFeed();
  return chart(html`${el}`);
};

describe('<soundtrack-chart>', () => {
  beforeEach(() => clearFeedCache());

  describe('the demo chart (seed 001)', () => {
    it('renders all 100 rows in rank order with the columns the demo asks for', async () => {
      const el = await chart(
        html`<soundtrack-chart src="/demo/feeds/top-100.json" columns="rank,artist,released,genres"></soundtrack-chart>`,
      );
      expect(rows(el)).to.have.length(100);
      expect([...shadow(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['Rank', 'Artist', 'Released', 'Genres']);
      expect(column(el, 'rank').slice(0, 3)).to.deep.equal(['1', '2', '3']);
      expect(column(el, 'artist')[0]).to.equal('Lana Del Rey');
      expect(text(shadow(el).querySelector('caption')!)).to.equal('Top 100 soundtrack albums');
      expect(count(el)).to.equal('100 albums');
    });

    it('shows its first screen of rows in the first frame and the rest after it, all in rank order', async () => {
      const response = await fetch('/demo/feeds/top-100.json');
      const el = document.createElement('soundtrack-chart');
      el.lang = 'en';
      el.feed = await response.json();
      const loaded = oneEvent(el, 'st-load');
      document.body.prepend(el);
      try {
        await loaded;
        // The first render of the feed has run once the next frame is about to be painted.
        const firstFrame = await new Promise<HTMLTableRowElement[]>((resolve) => requestAnimationFrame(() => resolve(rows(el))));
        expect(firstFrame.length).to.be.within(1, 99);
        expect(firstFrame.at(-1)!.getBoundingClientRect().bottom).to.be.at.least(innerHeight);
        await el.updateComplete;
        expect(rows(el)).to.have.length(100);
        expect(column(el, 'rank')).to.deep.equal(Array.from({ length: 100 }, (_, i) => String(i + 1)));
      } finally {
        el.remove();
      }
    });

    it('re-sorts the rows on screen in the frame after the click and the rest after it, wherever the reader is', async () => {
      const el = await chart(html`<soundtrack-chart src="/demo/feeds/top-100.json"></soundtrack-chart>`);
      const onScreen = () => rows(el).filter((row) => row.getBoundingClientRect().bottom > 0 && row.getBoundingClientRect().top < innerHeight);
      const artists = (list: HTMLTableRowElement[]) => list.map((row) => text(row.querySelector('[part~="cell-artist"]')!));
      for (const scrolledTo of [0, 50]) {
        rows(el)[scrolledTo].scrollIntoView();
        const before = artists(rows(el));
        headerButton(el, 'Artist').click();
        // The click's render has run once the next frame is about to be painted.
        const firstFrame = await new Promise<{ seen: number[]; all: string[] }>((resolve) =>
          requestAnimationFrame(() => resolve({ seen: onScreen().map((row) => rows(el).indexOf(row)), all: artists(rows(el)) })),
        );
        await el.updateComplete;
        const sorted = artists(rows(el));
        expect(sorted).to.not.deep.equal(before);
        expect(firstFrame.seen.length).to.be.above(3);
        expect(firstFrame.seen.map((i) => firstFrame.all[i]), `rows on screen at row ${scrolledTo + 1}`).to.deep.equal(firstFrame.seen.map((i) => sorted[i]));
        // The rows below and above the screen wait a frame, so the click's costs only the rows the reader sees.
        expect(firstFrame.all, 'every row was written in the first frame').to.not.deep.equal(sorted);
      }
      window.scrollTo(0, 0);
    });

    it('makes its collator while the page is idle, so a first sort by text does not wait for collation data', async () => {
      const el = await chart(html`<soundtrack-chart lang="fi" src="/demo/feeds/top-100.json"></soundtrack-chart>`);
      for (let i = 0; i < 10; i++) await new Promise((resolve) => requestIdleCallback(resolve));
      const made: unknown[] = [];
      const Collator = Intl.Collator;
      Intl.Collator = new Proxy(Collator, {
        construct: (target, args: ConstructorParameters<typeof Intl.Collator>) => (made.push(args[0]), Reflect.construct(target, args)),
      });
      try {
        headerButton(el, 'Artist').click();
        await el.updateComplete;
      } finally {
        Intl.Collator = Collator;
      }
      expect(column(el, 'artist')[0]).to.not.equal(undefined);
      expect(made, 'collators made by the click').to.deep.equal([]);
    });

    it('sorts every column both ways with unknown dates last', async () => {
      const el = await chart(html`<soundtrack-chart src="/demo/feeds/top-100.json"></soundtrack-chart>`);
      headerButton(el, 'Released').click();
      await el.updateComplete;
      const ascending = [...shadow(el).querySelectorAll('tbody [part~="cell-released"]')];
      expect(ascending.slice(-5).map(text)).to.deep.equal(Array(5).fill('–unknown'));
      const years = ascending.slice(0, -5).map((cell) => Number(cell.querySelector('time')!.dateTime.slice(0, 4)));
      expect(years).to.deep.equal([...years].sort((a, b) => a - b));
      headerButton(el, 'Released').click();
      await el.updateComplete;
      const descending = [...shadow(el).querySelectorAll('tbody [part~="cell-released"]')];
      expect(descending.slice(-5).map(text)).to.deep.equal(Array(5).fill('–unknown'));
      expect(Number(descending[0].querySelector('time')!.dateTime.slice(0, 4))).to.equal(Math.max(...years));

      headerButton(el, 'Rank').click();
      headerButton(el, 'Rank').click();
      await el.updateComplete;
      expect(column(el, 'rank').slice(0, 2)).to.deep.equal(['100', '99']);

      headerButton(el, 'Artist').click();
      await el.updateComplete;
      const artists = column(el, 'artist');
      expect(artists).to.deep.equal([...artists].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));

      headerButton(el, 'Genres').click();
      await el.updateComplete;
      const firstGenres = [...shadow(el).querySelectorAll('tbody [part~="cell-genres"]')].map(
        (cell) => {
          const tag = cell.querySelector('[part~="genre-tag"]');
          return tag ? text(tag) : null;
        },
      );
      const known = firstGenres.filter((genre) => genre !== null);
      expect(known[0]).to.equal('classical');
      expect(known).to.deep.equal([...known].sort());
      expect(firstGenres.slice(known.length).every((genre) => genre === null)).to.equal(true);
      expect(column(el, 'genres').at(-1)).to.equal('–unknown');
      headerButton(el, 'Album').click();
      await el.updateComplete;
      expect(el.sort).to.equal('album');
      // Every album is unknown: feed order stands.
      expect(column(el, 'rank').slice(0, 3)).to.deep.equal(['1', '2', '3']);
    });
  });

  describe('table', () => {
    it('has a caption with the updated date, column headers with buttons and no aria-sort when unsorted', async () => {
      const el = await small();
      const caption = shadow(el).querySelector('caption')!;
      expect(text(caption)).to.equal('Test chart Updated 1 Nov 2026');
      expect(caption.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-01');
      const headers = [...shadow(el).querySelectorAll('thead th')];
      expect(headers.map(text)).to.deep.equal(['Rank', 'Album', 'Artist', 'Released', 'Genres']);
      for (const th of headers) {
        expect(th.getAttribute('scope')).to.equal('col');
        expect(th.querySelector('button[part~="sort-button"]')).not.to.equal(null);
        expect(th.hasAttribute('aria-sort')).to.equal(false);
      }
      expect(el.hasAttribute('sort')).to.equal(false);
    });

    it('picks and orders columns with the columns attribute, ignoring unknown names', async () => {
      const el = await small({ columns: 'released, artist,nonsense' });
      expect([...shadow(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['Released', 'Artist']);
      expect(rows(el)[0].cells).to.have.length(2);
    });

    it('shows a missing value as a quiet dash that reads "unknown"', async () => {
      const el = await small();
      const cell = shadow(el).querySelectorAll('tbody [part~="cell-album"]')[2];
      expect(text(cell)).to.equal('–unknown');
      expect(cell.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
      expect(cell.querySelector('.visually-hidden')!.textContent).to.equal('unknown');
      expect(shadow(el).querySelector('tbody')!.textContent).not.to.match(/null|undefined/);
      expect(column(el, 'artist')[5]).to.equal('–unknown');
      expect(column(el, 'genres')[3]).to.equal('–unknown');
    });

    it('shows dates at their own precision in the element language, with the ISO value in <time>', async () => {
      const el = await small({ lang: 'en-GB' });
      expect(column(el, 'released')).to.deep.equal(['Jun 1994', '18 Sept 2000', '1980', '–unknown', '1976', 'Feb 1980']);
      const times = [...shadow(el).querySelectorAll('tbody time')].map((time) => time.getAttribute('datetime'));
      expect(times).to.deep.equal(['1994-06', '2000-09-18', '1980', '1976', '1980-02']);
    });

    it('takes the language from the nearest lang ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en-US"><soundtrack-chart .feed=${smallFeed()}></soundtrack-chart></div>`);
      const el = wrapper.querySelector('soundtrack-chart')!;
      await waitUntil(() => rows(el).length > 0);
      expect(column(el, 'released')[1]).to.equal('Sep 18, 2000');
    });

    it('shows an unsorted chart in rank order even when the feed lists items out of order', async () => {
      const feed = smallFeed();
      feed.items.reverse();
      const el = await chart(html`<soundtrack-chart .feed=${feed}></soundtrack-chart>`);
      expect(column(el, 'rank')).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    });

    it('links the album when the item has a URL', async () => {
      const el = await small();
      const link = shadow(el).querySelector<HTMLAnchorElement>('tbody [part~="cell-album"] a')!;
      expect(link.textContent).to.equal('Blade Runner');
      expect(link.href).to.equal('https://example.com/a');
    });

    it('is accessible with data', async () => {
      const el = await small({ searchable: true, downloadable: true });
      await expect(el).to.be.accessible();
    });
  });

  describe('sorting', () => {
    it('sorts ascending on a click, descending on the next, reflecting sort and aria-sort', async () => {
      const el = await small();
      headerButton(el, 'Artist').click();
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Air', 'Bernard Herrmann', 'Björk', 'blondie', 'Vangelis', '–unknown']);
      expect(el.getAttribute('sort')).to.equal('artist');
      expect(header(el, 'Artist').getAttribute('aria-sort')).to.equal('ascending');
      expect(status(el)).to.equal('Sorted by artist, A to Z');

      headerButton(el, 'Artist').click();
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Vangelis', 'blondie', 'Björk', 'Bernard Herrmann', 'Air', '–unknown']);
      expect(el.getAttribute('sort')).to.equal('artist:desc');
      expect(header(el, 'Artist').getAttribute('aria-sort')).to.equal('descending');
      expect(status(el)).to.equal('Sorted by artist, Z to A');

      headerButton(el, 'Released').click();
      await el.updateComplete;
      expect(header(el, 'Artist').hasAttribute('aria-sort')).to.equal(false);
      expect(header(el, 'Released').getAttribute('aria-sort')).to.equal('ascending');
      expect(column(el, 'released')).to.deep.equal(['1976', '1980', 'Feb 1980', 'Jun 1994', '18 Sept 2000', '–unknown']);
    });

    it('fires st-sort, bubbling out of the element, with the key, direction and keys', async () => {
      const el = await small();
      setTimeout(() => headerButton(el, 'Released').click());
      const event = await oneEvent(document, 'st-sort');
      const detail = (event as CustomEvent<ChartSortEventDetail>).detail;
      expect(event.composed).to.equal(true);
      expect(detail).to.deep.equal({ key: 'released', direction: 'asc', keys: [{ key: 'released', direction: 'asc' }] });
    });

    it('sorts when the sort attribute is set, including several keys', async () => {
      const el = await small({ sort: 'released:desc' });
      expect(column(el, 'released')).to.deep.equal(['18 Sept 2000', 'Jun 1994', 'Feb 1980', '1980', '1976', '–unknown']);
      expect(header(el, 'Released').getAttribute('aria-sort')).to.equal('descending');

      el.setAttribute('sort', 'genres,artist:desc');
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Vangelis', 'Bernard Herrmann', '–unknown', 'blondie', 'Björk', 'Air']);
      expect(header(el, 'Genres').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Artist').hasAttribute('aria-sort')).to.equal(false);

      el.removeAttribute('sort');
      await el.updateComplete;
      expect(column(el, 'rank')).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    });

    it('adds a secondary key on Shift+click and flips it on the next one', async () => {
      const el = await small();
      headerButton(el, 'Genres').click();
      headerButton(el, 'Artist').dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
      await el.updateComplete;
      expect(el.sort).to.equal('genres,artist');
      expect(column(el, 'artist')).to.deep.equal(['Vangelis', 'Bernard Herrmann', '–unknown', 'Björk', 'blondie', 'Air']);
      expect(status(el)).to.equal('Sorted by genres, A to Z, then artist, A to Z');
      expect(text(header(el, 'Artist'))).to.contain('2');

      headerButton(el, 'Artist').dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
      await el.updateComplete;
      expect(el.sort).to.equal('genres,artist:desc');
      expect(column(el, 'artist')).to.deep.equal(['Vangelis', 'Bernard Herrmann', '–unknown', 'blondie', 'Björk', 'Air']);
      expect(header(el, 'Genres').getAttribute('aria-sort')).to.equal('ascending');

      headerButton(el, 'Rank').click();
      await el.updateComplete;
      expect(el.sort).to.equal('rank');
    });

    it('sorts from the keyboard: Enter ascending, Space descending, Shift+Enter adds a key, Shift+Space flips it', async () => {
      const el = await small();
      headerButton(el, 'Artist').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.sort).to.equal('artist');
      expect(column(el, 'artist')[0]).to.equal('Air');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.sort).to.equal('artist:desc');
      expect(column(el, 'artist')[0]).to.equal('Vangelis');
      headerButton(el, 'Rank').focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(el.sort).to.equal('artist:desc,rank');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(el.sort).to.equal('artist:desc,rank:desc');
      expect(headerButton(el, 'Artist').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    });
  });

  describe('filtering', () => {
    it('filters to a genre when its tag is activated, reflecting genre and announcing the count', async () => {
      const el = await small();
      const jazz = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="genre-tag"]')].find((tag) => tag.getAttribute('aria-label') === 'Show only jazz')!;
      jazz.click();
      await el.updateComplete;
      expect(el.getAttribute('genre')).to.equal('jazz');
      expect(column(el, 'artist')).to.deep.equal(['Bernard Herrmann', '–unknown']);
      expect(count(el)).to.equal('Showing 2 of 6 in jazz');
      expect(status(el)).to.equal('Showing 2 of 6 albums in jazz');
      const pressed = shadow(el).querySelectorAll('[part~="genre-tag"][aria-pressed="true"]');
      expect([...pressed].map((tag) => [text(tag), tag.getAttribute('aria-label')])).to.deep.equal([
        ['jazz', 'Show only jazz'],
        ['Jazz', 'Show only Jazz'],
      ]);
      await expect(el).to.be.accessible();

      shadow(el).querySelector<HTMLButtonElement>('[part~="clear-filter"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.hasAttribute('genre')).to.equal(false);
      expect(rows(el)).to.have.length(6);
      expect(count(el)).to.equal('6 albums');
      expect(status(el)).to.equal('Filter cleared, showing all 6 albums');
      // The button went away with the filter; focus waits on the first sort button, not the page.
      await waitUntil(() => shadow(el).activeElement?.matches('[part~="sort-button"]'), 'focus was lost');
      expect(text(shadow(el).activeElement!)).to.contain('Rank');
    });

    it('keeps focus on the activated genre tag as its album moves to another row', async () => {
      const el = await small();
      const jazzTag = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="genre-tag"]')].find((tag) => text(tag) === 'jazz')!;
      const before = jazzTag();
      expect(text(before.closest('tr')!.querySelector('[part~="cell-rank"]')!)).to.equal('5');
      before.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // Bernard Herrmann's album was the fifth row and is the first now.
      expect(column(el, 'rank')).to.deep.equal(['5', '6']);
      await waitUntil(() => shadow(el).activeElement === jazzTag(), 'focus did not follow the album');
      expect(text(shadow(el).activeElement!.closest('tr')!.querySelector('[part~="cell-rank"]')!)).to.equal('5');

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(rows(el)).to.have.length(6);
      await waitUntil(() => shadow(el).activeElement === jazzTag(), 'focus did not follow the album back');
      expect(text(shadow(el).activeElement!.closest('tr')!.querySelector('[part~="cell-rank"]')!)).to.equal('5');
    });

    it('keeps focus on an album\'s link when the order changes under it', async () => {
      const el = await small();
      const link = () => shadow(el).querySelector<HTMLAnchorElement>('a[href="https://example.com/a"]')!;
      link().focus();
      el.sort = 'rank:desc';
      await el.updateComplete;
      expect(column(el, 'rank')[5]).to.equal('1');
      expect(shadow(el).activeElement).to.equal(link());
      expect(text(link().closest('tr')!.querySelector('[part~="cell-rank"]')!)).to.equal('1');
    });

    it('activating the active tag again clears the genre', async () => {
      const el = await small({ genre: 'electronic' });
      expect(column(el, 'artist')).to.deep.equal(['Vangelis']);
      shadow(el).querySelector<HTMLButtonElement>('[part~="genre-tag"][aria-pressed="true"]')!.click();
      await el.updateComplete;
      expect(el.genre).to.equal(null);
      expect(rows(el)).to.have.length(6);
    });

    it('filters by the genre attribute and keeps the sort', async () => {
      const el = await small({ genre: 'soundtrack', sort: 'artist' });
      expect(column(el, 'artist')).to.deep.equal(['Björk', 'blondie', 'Vangelis']);
      el.genre = 'electronic';
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Vangelis']);
    });

    it('searches artist and album from a labelled search box, ignoring case and accents', async () => {
      const el = await small({ searchable: true });
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(input.closest('label')!.textContent).to.contain('Search artists and albums');
      input.focus();
      await sendKeys({ type: 'bjork' });
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Björk']);
      expect(count(el)).to.equal('Showing 1 of 6');
      await waitUntil(() => status(el) === 'Showing 1 of 6 albums matching “bjork”', 'search was not announced');

      input.value = 'suicides';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Air']);
    });

    it('says "No albums match" with a button that clears the filter', async () => {
      const el = await small({ searchable: true, genre: 'jazz' });
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'vangelis';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      const empty = shadow(el).querySelector('[part~="empty"]')!;
      expect(text(empty)).to.equal('No albums match. Clear filter');
      await expect(el).to.be.accessible();
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(rows(el)).to.have.length(6);
      expect(input.value).to.equal('');
      expect(el.hasAttribute('genre')).to.equal(false);
      await waitUntil(() => shadow(el).activeElement === input, 'focus did not return to the search box');
    });
  });

  describe('chart movement, peak and weeks', () => {
    const marks = (el: SoundtrackChart) =>
      [...shadow(el).querySelectorAll('tbody [part~="cell-movement"]')].map((cell) => cell.querySelector('[aria-hidden="true"]')?.textContent ?? text(cell));
    const spoken = (el: SoundtrackChart) =>
      [...shadow(el).querySelectorAll('tbody [part~="cell-movement"] .visually-hidden')].map((node) => node.textContent);

    it('shows each move as an arrow with the places, and says it in words', async () => {
      const el = await chart(html`<soundtrack-chart lang="en" columns="rank,movement,artist,peak,weeks" .feed=${movementFeed()}></soundtrack-chart>`);
      expect(marks(el)).to.deep.equal(['▲3', 'New', '▼2', '=', 'Re-entry', '–']);
      expect(spoken(el)).to.deep.equal(['up 3 places', 'new this week', 'down 2 places', 'no change', 'back on the chart this week', 'unknown']);
      expect(column(el, 'peak')).to.deep.equal(['1', '2', '1', '4', '3', '–unknown']);
      expect(column(el, 'weeks')).to.deep.equal(['12', '1', '30', '5', '9', '–unknown']);
      await expect(el).to.be.accessible();
    });

    it('sorts by movement with new entries together and unknown last both ways, and announces it', async () => {
      const el = await chart(html`<soundtrack-chart lang="en" columns="rank,movement,artist,peak,weeks" .feed=${movementFeed()}></soundtrack-chart>`);
      headerButton(el, 'Move').click();
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Riser', 'Steady', 'Faller', 'Returner', 'Newcomer', 'Unknown']);
      expect(status(el)).to.equal('Sorted by movement, biggest rise first');
      headerButton(el, 'Move').click();
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Newcomer', 'Returner', 'Faller', 'Steady', 'Riser', 'Unknown']);
      headerButton(el, 'Weeks').click();
      await el.updateComplete;
      expect(column(el, 'artist')).to.deep.equal(['Newcomer', 'Steady', 'Returner', 'Riser', 'Faller', 'Unknown']);
      expect(status(el)).to.equal('Sorted by weeks on chart, fewest first');
    });
  });

  describe('CSV', () => {
    let created: Blob[];
    let clicked: HTMLAnchorElement[];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;

    beforeEach(() => {
      created = [];
      clicked = [];
      URL.createObjectURL = (blob: Blob) => {
        created.push(blob);
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
    });

    /** The file's text, after checking it starts with a UTF-8 byte order mark. */
    async function csvText(): Promise<string> {
      await waitUntil(() => created.length, 'no file was offered');
      const [blob] = created;
      expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      return blob.text();
    }

    afterEach(() => {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    });

    it('downloads the shown rows in their order, with safe quoting', async () => {
      const el = await small({ downloadable: true, sort: 'artist:desc', genre: 'soundtrack', columns: 'rank,album,artist,released,genres' });
      shadow(el).querySelector<HTMLButtonElement>('[part~="download"]')!.click();
      const csv = await csvText();
      expect(clicked).to.have.length(1);
      expect(clicked[0].download).to.equal('test-chart.csv');
      expect(clicked[0].getAttribute('href')).to.equal('blob:test');
      expect(csv).to.equal(
        'Rank,Album,Artist,Released,Genres\r\n' +
          '1,Blade Runner,Vangelis,1994-06,electronic; soundtrack\r\n' +
          '3,,blondie,1980,soundtrack\r\n' +
          '2,Selmasongs,Björk,2000-09-18,soundtrack\r\n',
      );
    });

    it('protects spreadsheet cells from formulas', async () => {
      const el = await small({ downloadable: true, genre: 'jazz', columns: 'album' });
      shadow(el).querySelector<HTMLButtonElement>('[part~="download"]')!.click();
      expect(await csvText()).to.equal('Album\r\n\'=1+1\r\n"Untitled, ""live"""\r\n');
    });

    it('exports movement as places gained, new entries and re-entries by name', async () => {
      const el = await chart(html`<soundtrack-chart lang="en" downloadable columns="rank,movement,artist,peak,weeks" .feed=${movementFeed()}></soundtrack-chart>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="download"]')!.click();
      expect(await csvText()).to.equal(
        'Rank,Move,Artist,Peak,Weeks\r\n1,3,Riser,1,12\r\n2,New,Newcomer,2,1\r\n3,-2,Faller,1,30\r\n4,0,Steady,4,5\r\n5,Re-entry,Returner,3,9\r\n6,,Unknown,,\r\n',
      );
    });

    it('has no download button without the attribute', async () => {
      const el = await small();
      expect(shadow(el).querySelector('[part~="download"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('reserves the height of the expected rows while loading', async () => {
      const el = await fixture<SoundtrackChart>(
        html`<soundtrack-chart src="/test-server/hang" timeout="3000" loading-rows="20"></soundtrack-chart>`,
      );
      const placeholder = shadow(el).querySelector<HTMLElement>('[part~="loading"]')!;
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      const rowHeight = 48;
      expect(placeholder.getBoundingClientRect().height).to.be.at.least(20 * rowHeight);
      el.loadingRows = 5;
      await el.updateComplete;
      expect(placeholder.getBoundingClientRect().height).to.be.below(20 * rowHeight);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('keeps about the same height when the rows arrive', async () => {
      const holder = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
      const loading = document.createElement('soundtrack-chart');
      loading.src = '/test-server/hang';
      loading.timeout = 3000;
      loading.loadingRows = 6;
      const loaded = document.createElement('soundtrack-chart');
      loaded.feed = smallFeed();
      holder.append(loading, loaded);
      await waitUntil(() => rows(loaded).length === 6);
      const before = loading.getBoundingClientRect().height;
      const after = loaded.getBoundingClientRect().height;
      expect(Math.abs(before - after) / after).to.be.below(0.15);
      loading.remove();
    });

    it('shows an error with a retry button', async () => {
      const el = await fixture<SoundtrackChart>(html`<soundtrack-chart src="/test-server/status/404"></soundtrack-chart>`);
      await waitUntil(() => shadow(el).querySelector('[part~="error"]'));
      expect(shadow(el).querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(shadow(el).querySelector('[part~="retry"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says the chart is empty for a feed without items', async () => {
      const el = await fixture<SoundtrackChart>(
        html`<soundtrack-chart .feed=${{ version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: [] }}></soundtrack-chart>`,
      );
      await waitUntil(() => shadow(el).querySelector('[part~="empty"]'));
      expect(text(shadow(el).querySelector('[part~="empty"]')!)).to.equal('This chart is empty.');
      await expect(el).to.be.accessible();
    });
  });

  describe('narrow containers', () => {
    it('turns rows into labelled cards and keeps the sort buttons working', async () => {
      const holder = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('soundtrack-chart');
      el.feed = smallFeed();
      holder.append(el);
      await waitUntil(() => rows(el).length === 6);
      const cell = shadow(el).querySelector('tbody [part~="cell-released"]')!;
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(cell, '::before').content).to.contain('Released');
      expect(getComputedStyle(rows(el)[0]).display).to.equal('block');
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(shadow(el).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(320);
      const button = headerButton(el, 'Artist');
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
      button.click();
      await el.updateComplete;
      expect(column(el, 'artist')[0]).to.equal('Air');
      await expect(el).to.be.accessible();
    });

    it('keeps a table layout in a wide container', async () => {
      const holder = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('soundtrack-chart');
      el.feed = smallFeed();
      holder.append(el);
      await waitUntil(() => rows(el).length === 6);
      expect(getComputedStyle(rows(el)[0]).display).to.equal('table-row');
    });
  });

  it('gives every control a target of at least 24 px', async () => {
    const el = await small({ searchable: true, downloadable: true });
    for (const control of shadow(el).querySelectorAll('button, input')) {
      const box = control.getBoundingClientRect();
      expect(box.height, text(control) || control.localName).to.be.at.least(24);
      expect(box.width, text(control) || control.localName).to.be.at.least(24);
    }
  });

  it('shows a visible focus ring on the sort buttons', async () => {
    const el = await small();
    headerButton(el, 'Rank').focus();
    await sendKeys({ press: 'Tab' });
    await aTimeout(0);
    const focused = shadow(el).activeElement!;
    expect(focused.getAttribute('part')).to.equal('sort-button');
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
  });
});

describe('<soundtrack-chart> theming', () => {
  it("inherits the page's font and text colour by default", async () => {
    const holder = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"></div>`);
    const el = document.createElement('soundtrack-chart');
    el.feed = smallFeed();
    holder.append(el);
    await waitUntil(() => rows(el).length === 6);
    const cell = shadow(el).querySelector('tbody [part~="cell-rank"]')!;
    expect(getComputedStyle(cell).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(cell).color).to.equal('rgb(10, 20, 30)');
  });

  it('takes colours, font, spacing and radius from --st-* custom properties', async () => {
    const el = await small({
      searchable: true,
      genre: 'jazz',
      style: [
        '--st-color-accent: rgb(200, 0, 0)',
        '--st-color-accent-text: rgb(255, 255, 0)',
        '--st-color-text: rgb(0, 90, 0)',
        '--st-font-family: monospace',
        '--st-radius: 3px',
        '--st-cell-padding: 20px',
        '--st-row-stripe: rgb(1, 2, 3)',
      ].join(';'),
    });
    const activeTag = shadow(el).querySelector('[part~="genre-tag"][aria-pressed="true"]')!;
    expect(getComputedStyle(activeTag).backgroundColor).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(activeTag).color).to.equal('rgb(255, 255, 0)');
    const cell = shadow(el).querySelector('tbody [part~="cell-rank"]')!;
    expect(getComputedStyle(cell).color).to.equal('rgb(0, 90, 0)');
    expect(getComputedStyle(cell).fontFamily).to.equal('monospace');
    expect(getComputedStyle(cell).paddingTop).to.equal('20px');
    expect(getComputedStyle(shadow(el).querySelector('[part~="search-input"]')!).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(rows(el)[1]).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('matches its documentation: every part styleable with ::part(), every --st-* property read, nothing undocumented', async () => {
    const data = await small({ searchable: true, downloadable: true, genre: 'jazz' });
    const movement = await chart(html`<soundtrack-chart columns="rank,movement,artist,peak,weeks" .feed=${movementFeed()}></soundtrack-chart>`);
    const noMatch = await fixture<SoundtrackChart>(html`<soundtrack-chart genre="polka" .feed=${smallFeed()}></soundtrack-chart>`);
    await waitUntil(() => shadow(noMatch).querySelector('.no-match'), 'the no-match message never appeared');
    const loading = await fixture<SoundtrackChart>(html`<soundtrack-chart src="/test-server/hang" timeout="3000"></soundtrack-chart>`);
    const failed = await fixture<SoundtrackChart>(html`<soundtrack-chart src="/test-server/status/404"></soundtrack-chart>`);
    await waitUntil(() => shadow(failed).querySelector('[part~="error"]'));
    await expectPartsMatchDocumentation('soundtrack-chart', [data, movement, noMatch, loading, failed]);
    await expectCustomPropertiesMatchDocumentation(data);
    loading.remove();
  });
});

describe('<soundtrack-chart> on a page of its own colours', () => {
  const lightness = (color: string) => {
    const channels = color.match(/[\d.]+/g)!.map(Number).slice(0, 3);
    const scale = color.startsWith('color(') ? 1 : 255;
    return channels.reduce((sum, channel) => sum + channel / scale, 0) / 3;
  };

  for (const [page, text, expectDark] of [
    ['dark', '#eeeeee', true],
    ['light', '#1c1d21', false],
  ] as const) {
    it(`gives the sticky header a ${page} background under ${page === 'dark' ? 'light' : 'dark'} text, without color-scheme`, async () => {
      const wrapper = await fixture(html`<div style="background: ${page === 'dark' ? '#111' : '#fff'}; color: ${text}">
        <soundtrack-chart .feed=${smallFeed()}></soundtrack-chart>
      </div>`);
      const el = wrapper.querySelector('soundtrack-chart')!;
      await waitUntil(() => rows(el).length > 0);
      const header = shadow(el).querySelector('thead th')!;
      const background = lightness(getComputedStyle(header).backgroundColor);
      expect(background < 0.3, `header background lightness ${background}`).to.equal(expectDark);
      expect(background > 0.7, `header background lightness ${background}`).to.equal(!expectDark);
    });
  }
});
