import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/soundtrack-card/define.js';
import type { SoundtrackCard } from '../../src/elements/soundtrack-card/soundtrack-card.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { everyFieldAlbum, longChartFeed } from '../fixtures/feeds.js';
import { expectCustomPropertiesMatchDocumentation, expectPartsMatchDocumentation } from '../support/parts.js';

// Fictional albums: the tests need every field, not real facts.
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test albums',
  language: 'en',
  items: [
    // The cover comes from the test server, so the card shows a real image.
    { ...everyFieldAlbum, image: '/test-server/cover.svg' },
    {
      id: 'bare',
      title: 'Bare Bones',
      _soundtrack: { album: null, artist: null, film: null, film_year: null, released: null },
    },
    {
      id: 'broken-cover',
      title: 'Lost Reels',
      image: '/test-server/status/404',
      _soundtrack: { artist: 'Neon Fields', album: 'Lost Reels' },
    },
    {
      id: 'unsafe',
      title: 'Unsafe Sounds',
      url: 'javascript:alert(1)',
      content_html: '<p>A <em>fine</em> score<img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script></p>',
      _soundtrack: { artist: 'Mallory', album: 'Unsafe Sounds', released: '1980-02' },
    },
  ],
};

async function card(template: ReturnType<typeof html>): Promise<SoundtrackCard> {
  const element = await fixture<SoundtrackCard>(template);
  await waitUntil(() => element.shadowRoot!.querySelector('[part~="card"], [part~="empty"], [part~="error"]'));
  await element.updateComplete;
  return element;
}

const part = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: HTMLElement, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<soundtrack-card>', () => {
  beforeEach(() => clearFeedCache());

  it('shows the item named by `item`', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="unsafe"></soundtrack-card>`);
    expect(text(part(element, 'title'))).to.equal('Unsafe Sounds');
    expect(text(part(element, 'header'))).to.contain('Mallory');
    await expect(element).to.be.accessible();
  });

  it('shows the first item without `item`', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    expect(text(part(element, 'title'))).to.equal('Night Drive');
    expect(element.shadowRoot!.querySelectorAll('article')).to.have.length(1);
  });

  it('says which id is missing when the feed lacks the item', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="nope"></soundtrack-card>`);
    expect(text(part(element, 'empty'))).to.equal('No album with the id “nope” in this feed.');
    expect(part(element, 'card')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('holds its placeholder while a long feed is read, never saying the album is missing', async () => {
    const element = fixtureSync<SoundtrackCard>(html`<soundtrack-card .feed=${longChartFeed(3_000)} item="row-2500"></soundtrack-card>`);
    const seen = new Set<string>();
    while (part(element, 'base')?.getAttribute('aria-busy') !== 'false') {
      seen.add(part(element, 'loading') ? 'placeholder' : text(element.shadowRoot?.querySelector('[part~="base"]') ?? null));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await element.updateComplete;
    expect([...seen].filter((shown) => shown.includes('No album')), 'said the album is missing while reading').to.deep.equal([]);
    expect(seen.has('placeholder')).to.equal(true);
    expect(part(element, 'card')).to.not.equal(null);
  });

  it('switches album when `item` changes', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="bare"></soundtrack-card>`);
    element.item = 'night-drive';
    await element.updateComplete;
    expect(text(part(element, 'title'))).to.equal('Night Drive');
  });

  it('shows titles, artist, film and year, the release date at its precision and genres', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} lang="en-GB"></soundtrack-card>`);
    expect(text(element.shadowRoot!.querySelector('.artist'))).to.equal('Neon Fields');
    const meta = part(element, 'meta')!;
    const facts = [...meta.querySelectorAll('dt')].map((term) => `${text(term)}: ${text(term.nextElementSibling)}`);
    expect(facts).to.deep.equal(['Film: Night Drive: The Movie (2011)', 'Released: 16 Sept 2011', 'Genres: synthwave, ambient']);
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2011-09-16');

    const monthOnly = await card(html`<soundtrack-card .feed=${feed} item="unsafe" lang="en-GB"></soundtrack-card>`);
    expect(text(monthOnly.shadowRoot!.querySelector('time'))).to.equal('Feb 1980');
  });

  it('words what an article says of charts, certifications and awards, and loses nothing to one wrong fact', async () => {
    const article = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 'batman',
          _soundtrack: {
            album: 'Batman',
            artist: 'Prince',
            peaks: [
              { position: 1, debut: true },
              { work: 'Batdance', position: 1, chart: 'Billboard Hot 100' },
              { top: 10, region: 'UK' },
              { top: 10, chart: 'Billboard Soundtracks' },
              { chart: 'Billboard 200', position: 'first' },
            ],
            certifications: [{ level: 'Gold', region: 'multiple countries' }, 7, { level: 'Platinum', body: 'BPI', region: 'UK', count: 2 }],
            awards: [{ name: 'Grammy Award', result: 'won', count: 5 }, { result: 'nominated' }, { result: 'won', count: 3 }, { name: 'Oscar', result: 'maybe' }],
          },
        },
      ],
    };
    const element = await card(html`<soundtrack-card lang="en" .feed=${article}></soundtrack-card>`);
    expect(parts(element, 'badge').map(text)).to.deep.equal([
      '▲No. 1 debut',
      '▲“Batdance”: No. 1 Billboard Hot 100',
      '▲UK Top 10',
      '▲Top 10 Billboard Soundtracks',
      '◉Gold, multiple countries',
      '◉2× Platinum, BPI, UK',
      '★Won: 5 × Grammy Award',
      '☆Award nominations',
      '★3 awards won',
    ]);
    expect(text(part(element, 'title'))).to.equal('Batman');
  });

  it('shows every achievement as a badge, telling won from nominated in text and style', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    expect(part(element, 'badges')!.tagName).to.equal('UL');
    expect(parts(element, 'badge').map(text)).to.deep.equal([
      '▲No. 1 Billboard 200',
      '◉Diamond, RIAA',
      '★Won: Grammy Award, Best Score Soundtrack (2012)',
      '☆Nominated: Academy Award, Main Theme (2012)',
      '♪Key track: Main Theme',
      '♪Key track: Tunnel Lights (Guest Singer)',
    ]);
    const won = part(element, 'badge-won')!;
    const nominated = part(element, 'badge-nominated')!;
    expect(getComputedStyle(won).backgroundColor).not.to.equal(getComputedStyle(nominated).backgroundColor);
    expect(getComputedStyle(nominated).borderTopStyle).to.equal('dashed');
    expect(won.querySelector('[aria-hidden="true"]')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('leaves out what the feed does not know, never writing "null"', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="bare"></soundtrack-card>`);
    const shown = element.shadowRoot!.textContent!;
    expect(shown).not.to.match(/null|undefined/);
    expect(text(part(element, 'title'))).to.equal('Bare Bones');
    expect(part(element, 'meta')).to.equal(null);
    expect(part(element, 'badges')).to.equal(null);
    expect(part(element, 'body')).to.equal(null);
    expect(part(element, 'footer')!.hidden).to.equal(true);
    expect(element.shadowRoot!.querySelector('.artist')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows a title the feed lost as a quiet dash that reads "Album title unknown"', async () => {
    const untitled = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'untitled', _soundtrack: { artist: 'Someone' } }] };
    const element = await card(html`<soundtrack-card .feed=${untitled}></soundtrack-card>`);
    const title = part(element, 'title')!;
    expect(title.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
    expect(text(title.querySelector('.visually-hidden'))).to.equal('Album title unknown');
    // Muted, like every unknown value: not the title's own colour.
    expect(getComputedStyle(title.querySelector('.unknown')!).color).not.to.equal(getComputedStyle(title).color);
    await expect(element).to.be.accessible();
  });

  it('draws a placeholder cover with the initials when there is no image', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="bare"></soundtrack-card>`);
    const media = part(element, 'media')!;
    expect(media.querySelector('img')).to.equal(null);
    expect(media.getAttribute('aria-hidden')).to.equal('true');
    expect(text(media)).to.equal('BB');
    expect(media.getBoundingClientRect().width).to.be.closeTo(media.getBoundingClientRect().height, 1);
  });

  it('gives the cover lazy loading, a square box and alt text from album and artist', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    const image = part(element, 'media')!.querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Cover of Night Drive by Neon Fields');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(getComputedStyle(part(element, 'media')!).aspectRatio).to.equal('1 / 1');
    await waitUntil(() => image.complete, 'the cover did not load');
    expect(image.naturalWidth).to.be.greaterThan(0);
    expect(part(element, 'media')!.querySelector('img')).to.equal(image);
  });

  it('swaps a cover that fails to load for the placeholder, not a broken-image icon', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="broken-cover"></soundtrack-card>`);
    await waitUntil(() => part(element, 'media')!.classList.contains('placeholder'), 'the placeholder did not replace the broken cover');
    const media = part(element, 'media')!;
    expect(media.querySelector('img')).to.equal(null);
    expect(text(media)).to.equal('LR');
    expect(media.getBoundingClientRect().width).to.be.closeTo(media.getBoundingClientRect().height, 1);
    await expect(element).to.be.accessible();
  });

  it('renders the sanitized HTML blurb with its emphasis and without scripts or handlers', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="unsafe"></soundtrack-card>`);
    const body = part(element, 'body')!;
    expect(body.querySelector('em')!.textContent).to.equal('fine');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('[onerror]')).to.equal(null);
    await aTimeout(50);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('renders a plain-text blurb as text', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    expect(text(part(element, 'body'))).to.equal('A plain-text blurb about night driving.');
  });

  it('links to a safe url and leaves an unsafe one out', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    const link = part(element, 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.com/albums/night-drive');
    expect(text(link)).to.equal('Read more about Night Drive');

    const unsafe = await card(html`<soundtrack-card .feed=${feed} item="unsafe"></soundtrack-card>`);
    expect(unsafe.shadowRoot!.querySelector('a')).to.equal(null);
    expect(unsafe.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('is an article whose heading level follows `heading-level`', async () => {
    const plain = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    expect(part(plain, 'card')!.tagName).to.equal('ARTICLE');
    expect(part(plain, 'title')!.tagName).to.equal('H2');

    const element = await card(html`<soundtrack-card .feed=${feed} heading-level="3"></soundtrack-card>`);
    expect(part(element, 'title')!.tagName).to.equal('H3');
    element.headingLevel = 5;
    await element.updateComplete;
    expect(part(element, 'title')!.tagName).to.equal('H5');
    expect(element.getAttribute('heading-level')).to.equal('5');

    const invalid = await card(html`<soundtrack-card .feed=${feed} heading-level="9"></soundtrack-card>`);
    expect(part(invalid, 'title')!.tagName).to.equal('H2');
  });

  it('shows the publisher content slotted into `footer`', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} item="bare">
      <a slot="footer" href="https://example.com/listen">Listen</a>
    </soundtrack-card>`);
    await waitUntil(() => !part(element, 'footer')!.hidden);
    const slot = part(element, 'footer')!.querySelector<HTMLSlotElement>('slot[name="footer"]')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Listen']);
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('lays the cover beside all the text when wide, and beside only the titles when narrow', async () => {
    const element = await card(html`<soundtrack-card .feed=${feed} style="width: 44rem"></soundtrack-card>`);
    const box = (name: string) => part(element, name)!.getBoundingClientRect();
    expect(box('header').left).to.be.greaterThan(box('media').right);
    expect(box('body').left).to.be.greaterThan(box('media').right);

    element.style.width = '20rem';
    expect(box('header').left).to.be.greaterThan(box('media').right);
    expect(box('body').top).to.be.greaterThan(box('media').bottom);
    expect(box('body').left).to.be.closeTo(box('media').left, 1);
  });

  it('loads inline JSON', async () => {
    const element = await card(html`<soundtrack-card item="bare">
      <script type="application/json">
        ${JSON.stringify(feed)}
      </script>
    </soundtrack-card>`);
    expect(text(part(element, 'title'))).to.equal('Bare Bones');
  });

  it('shares one request between cards with the same src', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <p>Intro</p>
      <soundtrack-card src="/test-server/counted/card-shared"></soundtrack-card>
      <p>Between</p>
      <soundtrack-card src="/test-server/counted/card-shared" item="card-shared-2"></soundtrack-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('soundtrack-card')];
    await waitUntil(() => cards.every((element) => part(element, 'card')));
    expect(cards.map((element) => text(part(element, 'title')))).to.deep.equal(['card-shared one', 'card-shared two']);
    const count = await (await fetch('/test-server/count/card-shared')).json();
    expect(count).to.equal(1);
  });

  it('holds a card-sized placeholder while loading, then shows the card', async () => {
    const element = await fixture<SoundtrackCard>(html`<soundtrack-card src="/test-server/delay/300?feed=slow"></soundtrack-card>`);
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    const loading = part(element, 'loading')!;
    expect(loading.querySelector('.media')).not.to.equal(null);
    await expect(element).to.be.accessible();
    await oneEvent(element, 'st-load');
    await element.updateComplete;
    expect(part(element, 'loading')).to.equal(null);
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(text(part(element, 'title'))).to.equal('slow one');
  });

  it('shows an error with a retry when the feed fails', async () => {
    const element = await fixture<SoundtrackCard>(html`<soundtrack-card src="/test-server/status/404"></soundtrack-card>`);
    const event = await oneEvent(element, 'st-error');
    await element.updateComplete;
    expect(event.detail.message).to.contain('404');
    expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(element, 'retry')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the empty state for a feed without items', async () => {
    const element = await card(html`<soundtrack-card .feed=${{ version: feed.version, items: [] }}></soundtrack-card>`);
    expect(text(part(element, 'empty'))).to.equal('This feed has no albums yet.');
    await expect(element).to.be.accessible();
  });

  it("inherits the page's font and colour without a theme", async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<section style="color: rgb(120, 20, 40); font-family: monospace">
      <soundtrack-card .feed=${feed}></soundtrack-card>
    </section>`);
    const element = wrapper.querySelector('soundtrack-card')!;
    await waitUntil(() => part(element, 'card'));
    const title = getComputedStyle(part(element, 'title')!);
    expect(title.color).to.equal('rgb(120, 20, 40)');
    expect(title.fontFamily).to.equal('monospace');
  });

  it('fires st-load with the feed once it loads', async () => {
    const element = await fixture<SoundtrackCard>(html`<soundtrack-card src="/demo/feeds/aged-well.json" item="labyrinth"></soundtrack-card>`);
    const { detail } = await oneEvent(element, 'st-load');
    expect(detail.items).to.have.length(10);
    await element.updateComplete;
    expect(text(part(element, 'title'))).to.equal('Labyrinth');
  });

  it('is accessible with every field, in light and dark themes', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await card(html`<soundtrack-card .feed=${feed} theme=${theme}></soundtrack-card>`);
      await expect(element).to.be.accessible();
    }
  });

  it('matches its documentation: every part styleable with ::part(), every --st-* property read, nothing undocumented', async () => {
    const full = await card(html`<soundtrack-card .feed=${feed}></soundtrack-card>`);
    const missing = await card(html`<soundtrack-card .feed=${feed} item="no-such-album"></soundtrack-card>`);
    const loading = await fixture<SoundtrackCard>(html`<soundtrack-card src="/test-server/hang" timeout="3000"></soundtrack-card>`);
    const failed = await card(html`<soundtrack-card src="/test-server/status/404"></soundtrack-card>`);
    await expectPartsMatchDocumentation('soundtrack-card', [full, missing, loading, failed]);
    await expectCustomPropertiesMatchDocumentation(full);
    loading.remove();
  });
});
