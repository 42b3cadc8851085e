import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/better-than-movie-list/define.js';
import type { BetterThanMovieList, ListSortEventDetail } from '../../src/elements/better-than-movie-list/better-than-movie-list.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { expectCustomPropertiesMatchDocumentation, expectPartsMatchDocumentation } from '../support/parts.js';
import { LONG_BLURB, listFeed as feed, ratedListFeed as ratedFeed } from '../fixtures/feeds.js';

function manyEntries(count: number) {
  return feed(
    Array.from({ length: count }, (_, i) => ({
      id: `entry-${i + 1}`,
      content_text: `Entry ${i + 1}.`,
      _soundtrack: { rank: i + 1, film: `Film ${i + 1}`, artists: ['Someone'] },
    })),
  );
}

async function list(template = html`<better-than-movie-list .feed=${ratedFeed}></better-than-movie-list>`) {
  const el = await fixture<BetterThanMovieList>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"], [part~="empty"], [part~="error"]'), 'the list did not render');
  await el.updateComplete;
  return el;
}

const parts = (el: HTMLElement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const films = (el: HTMLElement) => parts(el, 'film').map(text);
const positions = (el: HTMLElement) => parts(el, 'position').map(text);
const select = (el: HTMLElement) => part(el, 'sort-control') as HTMLSelectElement;

async function choose(el: BetterThanMovieList, value: string) {
  const control = select(el);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<better-than-movie-list>', () => {
  beforeEach(() => clearFeedCache());

  describe('entries', () => {
    it('renders an ordered list of entries with position, film, year, artists, songs and blurb', async () => {
      const el = await list();
      const list_ = part(el, 'list')!;
      expect(list_.localName).to.equal('ol');
      const entries = parts(el, 'entry');
      expect(entries).to.have.length(4);
      expect(entries.map((entry) => entry.getAttribute('value'))).to.deep.equal(['1', '2', '3', '4']);
      expect(positions(el)).to.deep.equal(['1', '2', '3', '4']);
      expect(films(el)).to.deep.equal(['Zabriskie Point', 'Film unknown', 'Empire Records', 'Across the Universe']);
      expect(parts(el, 'year').map(text)).to.deep.equal(['1970', '1995']);

      const first = entries[0];
      const highlights = text(first.querySelector('[part~="highlights"]'));
      expect(highlights).to.contain('Pink Floyd and The Grateful Dead');
      const songs = [...first.querySelectorAll('.songs li')].map(text);
      expect(songs).to.deep.equal(['Heart Beat, Pig Meat by Pink Floyd', 'Love Scene']);
      expect(text(first.querySelector('[part~="blurb"]'))).to.equal('Short and sharp.');
    });

    it('renders sanitized content_html as HTML and content_text as text', async () => {
      const el = await list(html`<better-than-movie-list
        .feed=${feed([
          { id: 'a', content_html: '<p>Really <strong>good</strong><img src=x onerror="window.hacked=1"></p><script>window.hacked=1</script>', _soundtrack: { rank: 1, film: 'A' } },
          { id: 'b', content_text: '<b>not bold</b>', _soundtrack: { rank: 2, film: 'B' } },
        ])}
      ></better-than-movie-list>`);
      const [html_, plain] = parts(el, 'blurb');
      expect(html_.querySelector('strong')?.textContent).to.equal('good');
      expect(html_.querySelector('script')).to.equal(null);
      expect(html_.querySelector('[onerror]')).to.equal(null);
      expect(plain.querySelector('b')).to.equal(null);
      expect(text(plain)).to.equal('<b>not bold</b>');
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('says "Film unknown" for an entry whose film was lost, and still shows its artists and songs', async () => {
      const el = await list();
      const entry = parts(el, 'entry')[1];
      const film = entry.querySelector('[part~="film"]')!;
      expect(text(film)).to.equal('Film unknown');
      expect(film.classList.contains('unknown')).to.equal(true);
      expect(text(entry.querySelector('[part~="highlights"]'))).to.contain('Björk');
      expect(text(entry.querySelector('.songs'))).to.equal('All Is Full of Love by Björk');
      expect(entry.querySelector('[part~="blurb"] em')?.textContent).to.equal('excellent');
    });

    it('never shows "null" or "undefined", also for the demo feed with lost headings', async () => {
      for (const el of [await list(), await list(html`<better-than-movie-list src="/demo/feeds/better-than-the-movie.json"></better-than-movie-list>`)]) {
        const shown = el.shadowRoot!.textContent!;
        expect(shown).not.to.match(/null|undefined|NaN/);
        expect(el.shadowRoot!.innerHTML).not.to.match(/="(null|undefined)"/);
      }
    });

    it('renders the 18-entry demo feed with its two lost films', async () => {
      const el = await list(html`<better-than-movie-list src="/demo/feeds/better-than-the-movie.json"></better-than-movie-list>`);
      expect(parts(el, 'entry')).to.have.length(18);
      expect(films(el).filter((film) => film === 'Film unknown')).to.have.length(2);
      expect(parts(el, 'ratings')).to.have.length(0);
    });

    it('uses the heading level it is given', async () => {
      const el = await list();
      expect(part(el, 'heading')!.localName).to.equal('h2');
      el.headingLevel = 3;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h3');
      const nested = await list(html`<better-than-movie-list heading-level="4" .feed=${ratedFeed}></better-than-movie-list>`);
      expect(parts(nested, 'heading').map((heading) => heading.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
      expect(text(part(nested, 'heading'))).to.equal('1. Zabriskie Point 1970');
    });
  });

  describe('ratings', () => {
    it('draws the gap and says both scores in text when an entry has ratings', async () => {
      const el = await list();
      const [first, second] = parts(el, 'entry');
      const ratings = first.querySelector('[part~="ratings"]')!;
      expect(text(ratings.querySelector('.visually-hidden'))).to.equal('Film 41 of 100, soundtrack 88 of 100');
      expect(ratings.querySelector('.dumbbell')!.getAttribute('aria-hidden')).to.equal('true');
      const film = ratings.querySelector<HTMLElement>('.dot-film')!.getBoundingClientRect();
      const soundtrack = ratings.querySelector<HTMLElement>('.dot-soundtrack')!.getBoundingClientRect();
      expect(soundtrack.left).to.be.greaterThan(film.left);
      expect(second.querySelector('[part~="ratings"]')).to.equal(null);
      expect(text(parts(el, 'entry')[2].querySelector('[part~="ratings"] .visually-hidden'))).to.equal('Film 6 of 10, soundtrack 8 of 10');
    });

    it('mirrors the scale in a right-to-left page: the higher score sits further left', async () => {
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><better-than-movie-list .feed=${ratedFeed}></better-than-movie-list></div>`);
      const el = page.querySelector('better-than-movie-list')!;
      await waitUntil(() => part(el, 'ratings'), 'the ratings did not render');
      const ratings = part(el, 'ratings')!;
      const track = ratings.querySelector<HTMLElement>('.dumbbell')!.getBoundingClientRect();
      const film = ratings.querySelector<HTMLElement>('.dot-film')!.getBoundingClientRect();
      const soundtrack = ratings.querySelector<HTMLElement>('.dot-soundtrack')!.getBoundingClientRect();
      expect(soundtrack.left).to.be.lessThan(film.left);
      // 88 of 100 from the right-hand start of the track.
      expect(track.right - (soundtrack.left + soundtrack.width / 2)).to.be.closeTo(track.width * 0.88, 1);
    });

    it('draws nothing for entries without ratings', async () => {
      const el = await list(html`<better-than-movie-list .feed=${manyEntries(3)}></better-than-movie-list>`);
      expect(parts(el, 'ratings')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.dumbbell')).to.equal(null);
    });
  });

  describe('sorting', () => {
    it('sorts by film title both ways, keeping each entry\'s list position and putting the unknown film last', async () => {
      const el = await list();
      el.sort = 'film';
      await el.updateComplete;
      expect(films(el)).to.deep.equal(['Across the Universe', 'Empire Records', 'Zabriskie Point', 'Film unknown']);
      expect(positions(el)).to.deep.equal(['4', '3', '1', '2']);
      expect(parts(el, 'entry').map((entry) => entry.getAttribute('value'))).to.deep.equal(['4', '3', '1', '2']);
      el.sort = 'film:desc';
      await el.updateComplete;
      expect(films(el)).to.deep.equal(['Zabriskie Point', 'Empire Records', 'Across the Universe', 'Film unknown']);
      expect(positions(el)).to.deep.equal(['1', '3', '4', '2']);
    });

    it('sorts by year both ways with unknown years last', async () => {
      const el = await list(html`<better-than-movie-list sort="year" .feed=${ratedFeed}></better-than-movie-list>`);
      expect(films(el)).to.deep.equal(['Zabriskie Point', 'Empire Records', 'Film unknown', 'Across the Universe']);
      el.sort = 'year:desc';
      await el.updateComplete;
      expect(films(el)).to.deep.equal(['Empire Records', 'Zabriskie Point', 'Film unknown', 'Across the Universe']);
      expect(positions(el)).to.deep.equal(['3', '1', '2', '4']);
    });

    it('sorts by rating gap, biggest first, with unrated entries last', async () => {
      const el = await list(html`<better-than-movie-list sort="gap" .feed=${ratedFeed}></better-than-movie-list>`);
      // Gaps: 47 of 100, 2 of 10 (20 of 100), -8 of 100; the unrated entry last.
      expect(positions(el)).to.deep.equal(['1', '3', '4', '2']);
      el.sort = 'gap:desc';
      await el.updateComplete;
      expect(positions(el)).to.deep.equal(['4', '3', '1', '2']);
    });

    it('sorts by list position backwards', async () => {
      const el = await list(html`<better-than-movie-list sort="rank:desc" .feed=${ratedFeed}></better-than-movie-list>`);
      expect(positions(el)).to.deep.equal(['4', '3', '2', '1']);
    });

    it('offers the gap only when some entry has ratings, and ignores a gap sort without them', async () => {
      const rated = await list();
      const values = [...select(rated).options].map((option) => option.value);
      expect(values).to.deep.equal(['rank:asc', 'rank:desc', 'film:asc', 'film:desc', 'year:asc', 'year:desc', 'gap:asc', 'gap:desc']);
      expect(text(select(rated).labels![0])).to.contain('Sort by');

      const unrated = await list(html`<better-than-movie-list sort="gap" .feed=${manyEntries(3)}></better-than-movie-list>`);
      expect([...select(unrated).options].map((option) => option.value)).not.to.include('gap:asc');
      expect(select(unrated).value).to.equal('rank:asc');
      expect(films(unrated)).to.deep.equal(['Film 1', 'Film 2', 'Film 3']);
    });

    it('falls back to list position for an unknown sort and uses later keys as tie-breakers', async () => {
      const el = await list(html`<better-than-movie-list sort="colour" .feed=${ratedFeed}></better-than-movie-list>`);
      expect(positions(el)).to.deep.equal(['1', '2', '3', '4']);
      el.sort = 'year:desc,film';
      await el.updateComplete;
      expect(films(el)).to.deep.equal(['Empire Records', 'Zabriskie Point', 'Across the Universe', 'Film unknown']);
      expect(select(el).value).to.equal('year:desc');
    });

    it('reflects the choice, fires st-sort and announces the new order', async () => {
      const el = await list();
      const container = el.parentElement!;
      setTimeout(() => choose(el, 'film:asc'));
      const event = (await oneEvent(container, 'st-sort')) as CustomEvent<ListSortEventDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ key: 'film', direction: 'asc', keys: [{ key: 'film', direction: 'asc' }] });
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('film');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Sorted by film title, A to Z');

      setTimeout(() => choose(el, 'year:desc'));
      const second = (await oneEvent(el, 'st-sort')) as CustomEvent<ListSortEventDetail>;
      expect(second.detail.keys).to.deep.equal([{ key: 'year', direction: 'desc' }]);
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('year:desc');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Sorted by year, newest first');
    });

    it('does not fire st-sort when the page sets the attribute', async () => {
      const el = await list();
      let fired = 0;
      el.addEventListener('st-sort', () => fired++);
      el.setAttribute('sort', 'film');
      await el.updateComplete;
      expect(films(el)[0]).to.equal('Across the Universe');
      expect(select(el).value).to.equal('film:asc');
      expect(fired).to.equal(0);
    });

    it('can be sorted with the keyboard', async () => {
      const el = await list();
      const events: ListSortEventDetail[] = [];
      el.addEventListener('st-sort', (event) => events.push((event as CustomEvent<ListSortEventDetail>).detail));
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('rank:desc');
      expect(positions(el)).to.deep.equal(['4', '3', '2', '1']);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('film');
      expect(films(el)[0]).to.equal('Across the Universe');
      expect(events.map((detail) => `${detail.key}:${detail.direction}`)).to.deep.equal(['rank:desc', 'film:asc']);
      expect(el.shadowRoot!.activeElement).to.equal(select(el));
    });
  });

  describe('limit', () => {
    it('shows the first entries and a "Show all" button that reveals the rest, moves focus to the first new entry and becomes "Show fewer"', async () => {
      const el = await list(html`<better-than-movie-list limit="10" .feed=${manyEntries(32)}></better-than-movie-list>`);
      expect(parts(el, 'entry')).to.have.length(10);
      const button = part(el, 'show-all')!;
      expect(text(button)).to.equal('Show all 32');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(part(el, 'list'));

      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(parts(el, 'entry')).to.have.length(32);
      expect(part(el, 'show-all')).to.equal(button);
      expect(text(button)).to.equal('Show fewer');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // Focus moves to the first entry the button revealed, where reading continues.
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.getAttribute('part')).to.equal('heading');
      expect(text(focused)).to.equal('11. Film 11');
      expect(focused.closest('[part~="entry"]')).to.equal(parts(el, 'entry')[10]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Showing all 32 entries');

      button.click();
      await el.updateComplete;
      expect(parts(el, 'entry')).to.have.length(10);
      expect(text(button)).to.equal('Show all 32');
      expect(el.shadowRoot!.querySelector('[tabindex]')).to.equal(null);
    });

    it('limits the sorted order, and shows no button when nothing is hidden', async () => {
      const el = await list(html`<better-than-movie-list limit="3" sort="rank:desc" .feed=${manyEntries(5)}></better-than-movie-list>`);
      expect(positions(el)).to.deep.equal(['5', '4', '3']);
      el.limit = 5;
      await el.updateComplete;
      expect(parts(el, 'entry')).to.have.length(5);
      expect(part(el, 'show-all')).to.equal(null);
    });
  });

  describe('long blurbs', () => {
    it('collapse behind a disclosure button that toggles aria-expanded', async () => {
      const el = await list();
      const buttons = parts(el, 'disclosure');
      expect(buttons).to.have.length(1);
      const [button] = buttons;
      const blurb = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(blurb.getAttribute('part')).to.equal('blurb');
      expect(text(blurb)).to.equal(LONG_BLURB);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Read more about Empire Records');
      const collapsedHeight = blurb.getBoundingClientRect().height;

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Read less about Empire Records');
      expect(blurb.getBoundingClientRect().height).to.be.greaterThan(collapsedHeight);

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('states', () => {
    it('shows a list-shaped placeholder of the expected size while loading', async () => {
      const el = await fixture<BetterThanMovieList>(
        html`<better-than-movie-list limit="6" src="/test-server/delay/400?feed=slow"></better-than-movie-list>`,
      );
      const loading = part(el, 'loading')!;
      expect(loading.querySelectorAll('.skeleton-entry')).to.have.length(6);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'list'), 'the slow feed never rendered');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('sweeps a light over the placeholder blocks, and holds it still for readers who ask for less motion', async () => {
      const el = await fixture<BetterThanMovieList>(html`<better-than-movie-list src="/test-server/hang" timeout="3000"></better-than-movie-list>`);
      const blocks = [...part(el, 'loading')!.querySelectorAll('.skeleton-position, .skeleton-lines span')];
      expect(blocks.length).to.be.greaterThan(0);
      expect(blocks.map((block) => getComputedStyle(block).animationName)).to.satisfy((names: string[]) => names.every((name) => name === 'st-shimmer'));
      expect(getComputedStyle(part(el, 'loading')!).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(blocks.map((block) => getComputedStyle(block).animationName)).to.satisfy((names: string[]) => names.every((name) => name === 'none'));
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        el.remove();
      }
    });

    it('shows an error with a retry', async () => {
      const el = await list(html`<better-than-movie-list src="/test-server/status/404"></better-than-movie-list>`);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'retry'))).to.equal('Try again');
      await expect(el).to.be.accessible();
    });

    it('says when the list is empty', async () => {
      const el = await list(html`<better-than-movie-list .feed=${feed([])}></better-than-movie-list>`);
      expect(text(part(el, 'empty'))).to.equal('This list is empty.');
      await expect(el).to.be.accessible();
    });

    it('is accessible with data, sorted, limited and expanded', async () => {
      const el = await list(html`<better-than-movie-list limit="2" .feed=${ratedFeed}></better-than-movie-list>`);
      await expect(el).to.be.accessible();
      part(el, 'show-all')!.click();
      el.sort = 'gap';
      await el.updateComplete;
      part(el, 'disclosure')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible on the demo feed in a dark theme', async () => {
      const el = await list(html`<better-than-movie-list theme="dark" src="/demo/feeds/better-than-the-movie.json"></better-than-movie-list>`);
      await aTimeout(0);
      await expect(el).to.be.accessible();
    });
  });

  it('matches its documentation: every part styleable with ::part(), every --st-* property read, nothing undocumented', async () => {
    const full = await list(html`<better-than-movie-list .feed=${ratedFeed} limit="3"></better-than-movie-list>`);
    const empty = await list(html`<better-than-movie-list .feed=${feed([])}></better-than-movie-list>`);
    const loading = await fixture<BetterThanMovieList>(html`<better-than-movie-list src="/test-server/hang" timeout="3000"></better-than-movie-list>`);
    const failed = await list(html`<better-than-movie-list src="/test-server/status/404"></better-than-movie-list>`);
    await expectPartsMatchDocumentation('better-than-movie-list', [full, empty, loading, failed]);
    await expectCustomPropertiesMatchDocumentation(full);
    loading.remove();
  });
});
