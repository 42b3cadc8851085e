import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import type { FeedElement } from '../../src/internal/feed-element.js';

const VERSION = 'https://jsonfeed.org/version/1.1';
const HOSTILE = '</script><script>window.__pwned=1</script><!--';

const albums = () => ({
  version: VERSION,
  title: `Top albums ${HOSTILE}`,
  items: [
    {
      id: 'a',
      url: '/albums/a',
      image: 'https://example.com/a.jpg',
      _soundtrack: { rank: 1, artist: 'Vangelis', album: 'Blade Runner', released: '1994-06', genres: ['electronic'], film: 'Blade Runner', film_year: 1982 },
    },
    { id: 'b', _soundtrack: { rank: 2, artist: HOSTILE, album: null, released: null } },
  ],
});

const ldScripts = (el: Element) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
const jsonLd = (el: Element) => JSON.parse(ldScripts(el)[0].text);

async function element(tag: string, attributes = 'structured-data', feed: unknown = albums()) {
  const el = document.createElement(tag) as FeedElement;
  for (const name of attributes.split(' ').filter(Boolean)) el.setAttribute(name, '');
  el.feed = feed;
  await fixture(html`${el}`);
  if (el.structuredData) await waitUntil(() => ldScripts(el).length === 1, `<${tag}> wrote no JSON-LD`);
  return el;
}

describe('structured data', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => expect((window as { __pwned?: number }).__pwned).to.equal(undefined));

  it('the chart states an ItemList of MusicAlbums in its light DOM, with what the feed knows and nothing else', async () => {
    const el = await element('soundtrack-chart');
    const data = jsonLd(el);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('ItemList');
    expect(data.name).to.equal(`Top albums ${HOSTILE}`);
    expect(data.numberOfItems).to.equal(2);
    expect(data.itemListElement[0]).to.deep.equal({
      '@type': 'ListItem',
      position: 1,
      item: {
        '@type': 'MusicAlbum',
        name: 'Blade Runner',
        byArtist: { '@type': 'MusicGroup', name: 'Vangelis' },
        datePublished: '1994-06',
        genre: ['electronic'],
        url: new URL('/albums/a', location.href).href,
        image: 'https://example.com/a.jpg',
      },
    });
    expect(data.itemListElement[1]).to.deep.equal({ '@type': 'ListItem', position: 2, item: { '@type': 'MusicAlbum', byArtist: { '@type': 'MusicGroup', name: HOSTILE } } });
  });

  it('a string from the feed can never end its script element', async () => {
    const el = await element('soundtrack-chart');
    const [script] = ldScripts(el);
    expect(script.text).not.to.contain('</script');
    expect(script.text).not.to.contain('<!--');
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('follows the data, and leaves the page when the attribute goes', async () => {
    const el = await element('soundtrack-chart');
    el.feed = { version: VERSION, title: 'Next week', items: [{ id: 'z', _soundtrack: { rank: 1, album: 'Other' } }] };
    await waitUntil(() => jsonLd(el).name === 'Next week', 'the JSON-LD kept the old feed');
    expect(ldScripts(el)).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });

  it('the list states an ItemList of Movies; the card its one album; nothing without the attribute', async () => {
    const list = await element('better-than-movie-list');
    const movies = jsonLd(list).itemListElement.map((entry: { item: unknown }) => entry.item);
    expect(movies[0]).to.deep.equal({ '@type': 'Movie', name: 'Blade Runner', dateCreated: '1982', url: new URL('/albums/a', location.href).href, image: 'https://example.com/a.jpg' });

    const card = document.createElement('soundtrack-card') as FeedElement;
    card.setAttribute('item', 'b');
    card.structuredData = true;
    card.feed = albums();
    await fixture(html`${card}`);
    await waitUntil(() => ldScripts(card).length === 1);
    expect(jsonLd(card).itemListElement.map((entry: { item: { byArtist: { name: string } } }) => entry.item.byArtist.name)).to.deep.equal([HOSTILE]);

    const plain = await element('soundtrack-card-grid', '');
    await aTimeout(50);
    expect(ldScripts(plain)).to.have.length(0);
  });
});
