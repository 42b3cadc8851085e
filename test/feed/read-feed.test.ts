import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { readFeed } from '../../src/feed/load.js';

const VERSION = 'https://jsonfeed.org/version/1.1';
const feedOf = (items: unknown[], extra: Record<string, unknown> = {}) => ({ version: VERSION, title: 'Test', items, ...extra });

async function formatError(json: unknown, source = 'top-100.json'): Promise<FeedError> {
  try {
    await readFeed(json, source);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('readFeed: documents that are not feeds', () => {
  it('names the missing items list', async () => {
    const error = await formatError({ version: VERSION, title: 'x' });
    expect(error.kind).to.equal('format');
    expect(error.message).to.equal('top-100.json is not a JSON Feed: missing items');
  });

  it('rejects a wrong version and a non-list items', async () => {
    const error = await formatError({ version: 'https://example.com/v2', items: {} });
    expect(error.message).to.contain('version must be https://jsonfeed.org/version/1.1');
    expect(error.message).to.contain('items must be a list');
  });

  it('rejects JSON that is not an object', async () => {
    expect((await formatError([1, 2])).message).to.equal('top-100.json is not a JSON Feed: it is a list, not an object with items');
    expect((await formatError(null)).message).to.contain('is not a JSON Feed');
  });

  it('keeps every item of a feed whose own title, language or date is wrong, and says what was left out', async () => {
    const feed = await readFeed({ version: VERSION, title: 5, language: ['en'], _soundtrack: { updated: '2020-13' }, items: [{ id: 'a' }] }, 'x.json');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a']);
    expect(feed).to.include({ title: null, language: null, updated: null });
    expect(feed.warnings.map((warning) => warning.reason)).to.deep.equal([
      'title must be text (left out)',
      'language must be text (left out)',
      '_soundtrack.updated must be a real date like 2002-10-22, 1980-02 or 1976, not "2020-13" (left out)',
    ]);
  });

  it('accepts a JSON Feed 1.0 document', async () => {
    const feed = await readFeed({ version: 'https://jsonfeed.org/version/1', items: [{ id: 'a' }] }, 'old.json');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a']);
  });
});

describe('readFeed: items a real CMS produces', () => {
  it('skips only items it cannot show, and keeps the rest of an item whose one fact is wrong', async () => {
    const feed = await readFeed(
      feedOf([
        { id: 'ok-1', _soundtrack: { rank: 1, artist: 'Prince' } },
        { id: 'bad-rank', _soundtrack: { rank: 'first', artist: 'Vangelis' } },
        { _soundtrack: { rank: 3 } },
        { id: 'ok-2', _soundtrack: { rank: '4' } },
        { id: 'ok-1', _soundtrack: { rank: 5 } },
        'not an item',
        { id: 'bad-artist', _soundtrack: { artist: 42, album: 'Kept' } },
        { id: 'bad-date', _soundtrack: { released: '1980-13' } },
        { id: 'bad-day', _soundtrack: { released: '2020-02-30' } },
        { id: 'ok-3', _soundtrack: { released: '' } },
        { id: { nested: true } },
        { id: 'bad-extension', title: 7, _soundtrack: 'soundtrack' },
      ]),
      'test.json',
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['ok-1', 'bad-rank', 'ok-2', 'bad-artist', 'bad-date', 'bad-day', 'ok-3', 'bad-extension']);
    expect(feed.skipped).to.deep.equal([
      { index: 2, id: null, field: 'id', reason: 'missing id' },
      { index: 4, id: 'ok-1', field: 'id', reason: 'duplicate id "ok-1" (first used by item 0)' },
      { index: 5, id: null, field: '', reason: 'is not an object' },
      { index: 10, id: null, field: 'id', reason: 'id must be text' },
    ]);
    expect(feed.warnings).to.deep.equal([
      { index: 1, id: 'bad-rank', field: '_soundtrack.rank', reason: '_soundtrack.rank must be a whole number (left out)' },
      { index: 6, id: 'bad-artist', field: '_soundtrack.artist', reason: '_soundtrack.artist must be text (left out)' },
      {
        index: 7,
        id: 'bad-date',
        field: '_soundtrack.released',
        reason: '_soundtrack.released must be a real date like 2002-10-22, 1980-02 or 1976, not "1980-13" (left out)',
      },
      {
        index: 8,
        id: 'bad-day',
        field: '_soundtrack.released',
        reason: '_soundtrack.released must be a real date like 2002-10-22, 1980-02 or 1976, not "2020-02-30" (left out)',
      },
      { index: 11, id: 'bad-extension', field: 'title', reason: 'title must be text (left out)' },
      { index: 11, id: 'bad-extension', field: '_soundtrack', reason: '_soundtrack must be an object (left out)' },
    ]);
    const byId = new Map(feed.items.map((item) => [item.id, item]));
    expect(byId.get('bad-rank')).to.include({ rank: null, artist: 'Vangelis' });
    expect(byId.get('bad-artist')).to.include({ artist: null, album: 'Kept' });
    expect(byId.get('bad-date')!.released).to.equal(null);
  });

  it('coerces digit-string ranks and numeric ids, and reads an empty date as unknown', async () => {
    const feed = await readFeed(feedOf([{ id: 7, _soundtrack: { rank: ' 12 ', film_year: '1982', released: '' } }]), 'x');
    const [item] = feed.items;
    expect(item.id).to.equal('7');
    expect(item.rank).to.equal(12);
    expect(item.filmYear).to.equal(1982);
    expect(item.released).to.equal(null);
  });

  it('reads genres given as one string as a list, trims and drops empty and repeated names', async () => {
    const feed = await readFeed(
      feedOf([
        { id: 'a', _soundtrack: { genres: 'soundtrack, jazz' } },
        { id: 'b', _soundtrack: { genres: [' soundtrack ', '', 'soundtrack', 'pop'] } },
        { id: 'c', _soundtrack: { genres: null } },
      ]),
      'x',
    );
    expect(feed.items.map((item) => item.genres)).to.deep.equal([['soundtrack', 'jazz'], ['soundtrack', 'pop'], []]);
  });

  it('trims text and turns blank text into null', async () => {
    const feed = await readFeed(feedOf([{ id: ' a ', title: '  Purple Rain  ', _soundtrack: { artist: '   ', album: '\tPurple Rain\n' } }]), 'x');
    const [item] = feed.items;
    expect([item.id, item.title, item.artist, item.album]).to.deep.equal(['a', 'Purple Rain', null, 'Purple Rain']);
  });

  it('keeps HTML in text fields as text', async () => {
    const feed = await readFeed(feedOf([{ id: 'a', title: '<img src=x onerror=alert(1)>', content_text: '<b>bold</b>' }]), 'x');
    expect(feed.items[0].title).to.equal('<img src=x onerror=alert(1)>');
    expect(feed.items[0].contentText).to.equal('<b>bold</b>');
  });

  it('drops javascript: and data: links with a warning, and keeps http(s) and relative ones', async () => {
    const feed = await readFeed(
      feedOf([
        { id: 'js', url: 'javascript:alert(1)', image: ' JAVASCRIPT:alert(1)' },
        { id: 'data', url: 'data:text/html,<script>alert(1)</script>', image: 'https://example.com/a.jpg' },
        { id: 'rel', url: '/albums/purple-rain', image: 'covers/a.jpg' },
      ]),
      'x',
    );
    expect(feed.items.map((item) => [item.url, item.image])).to.deep.equal([
      [null, null],
      [null, 'https://example.com/a.jpg'],
      ['/albums/purple-rain', 'covers/a.jpg'],
    ]);
    expect(feed.warnings.map((warning) => `${warning.id} ${warning.field}`)).to.deep.equal(['js url', 'js image', 'data url']);
  });

  it('reads the extension facts into one shape', async () => {
    const feed = await readFeed(
      feedOf(
        [
          {
            id: 'purple-rain',
            _soundtrack: {
              peaks: [{ chart: 'Billboard 200', position: 1 }],
              certifications: [{ body: 'RIAA', level: '13× Platinum' }],
              awards: [{ name: 'Academy Award', result: 'won', year: 1985 }],
              tracks: [{ title: 'When Doves Cry' }],
              artists: ['Prince', 'The Revolution'],
              ratings: { film: 70, soundtrack: '95', scale: 100 },
            },
          },
        ],
        { language: 'en-US', _soundtrack: { updated: '2026-11' } },
      ),
      'x',
    );
    const [item] = feed.items;
    expect(item.awards).to.deep.equal([{ name: 'Academy Award', work: null, result: 'won', year: 1985, count: null }]);
    expect(item.tracks).to.deep.equal([{ title: 'When Doves Cry', artist: null }]);
    expect(item.ratings).to.deep.equal({ film: 70, soundtrack: 95, scale: 100 });
    expect(item.artists).to.deep.equal(['Prince', 'The Revolution']);
    expect(feed.updated?.precision).to.equal('month');
    expect(feed.language).to.equal('en-US');
  });

  it('drops a wrong fact from a list with a warning and keeps the others and the item', async () => {
    const feed = await readFeed(
      feedOf([
        {
          id: 'a',
          _soundtrack: {
            artist: 'Prince',
            awards: [{ name: 'Grammy', result: 'maybe' }, { name: 'Academy Award', result: 'won', year: 1985 }],
            peaks: [{ chart: 'UK', position: 0 }, { chart: 'Billboard 200', position: 'first' }, { chart: 'Billboard 200', position: 1 }],
            certifications: [7, { level: 'Gold' }],
            ratings: { film: 120, soundtrack: 50, scale: 100 },
            tracks: 'When Doves Cry',
            weeks_on_chart: -2,
          },
        },
      ]),
      'x',
    );
    const [item] = feed.items;
    expect(item.artist).to.equal('Prince');
    expect(item.awards.map((award) => award.name)).to.deep.equal(['Academy Award']);
    expect(item.peaks.map((peak) => peak.position)).to.deep.equal([1]);
    expect(item.certifications.map((cert) => cert.level)).to.deep.equal(['Gold']);
    expect(item.ratings).to.equal(null);
    expect(item.tracks).to.deep.equal([]);
    expect(item.weeksOnChart).to.equal(null);
    expect(feed.skipped).to.deep.equal([]);
    expect(feed.warnings.map((warning) => warning.reason)).to.deep.equal([
      '_soundtrack.peaks.0.position must be 1 or more (left out)',
      '_soundtrack.peaks.1.position must be a whole number (left out)',
      '_soundtrack.certifications.0 is not an object (left out)',
      '_soundtrack.awards.0.result must be "won" or "nominated" (left out)',
      '_soundtrack.tracks must be a list (left out)',
      '_soundtrack.ratings scores must not exceed the scale (left out)',
      '_soundtrack.weeks_on_chart must be 0 or more (left out)',
    ]);
  });

  it('reads what an article says of charts, certifications and awards, and chart movement', async () => {
    const feed = await readFeed(
      feedOf([
        {
          id: 'batman',
          _soundtrack: {
            peaks: [
              { position: 1, debut: true },
              { work: 'Batdance', position: 1, chart: 'Billboard Hot 100' },
              { top: 10, region: 'UK' },
              { chart: 'Billboard 200', position: 3, top: 10 },
              { chart: 'Nowhere' },
            ],
            certifications: [{ level: 'Gold', region: 'multiple countries' }, { level: 'Platinum', body: 'RIAA', count: '2' }],
            awards: [{ name: 'Grammy Award', result: 'won', count: 5 }, { result: 'nominated' }],
            previous_rank: null,
            peak_rank: 1,
            weeks_on_chart: '0',
          },
        },
        { id: 'steady', _soundtrack: { rank: 4, previous_rank: 7, reentry: true } },
        { id: 'unknown', _soundtrack: { rank: 5 } },
      ]),
      'x',
    );
    const [batman, steady, unknown] = feed.items;
    expect(batman.peaks).to.deep.equal([
      { chart: null, position: 1, top: null, work: null, debut: true, region: null },
      { chart: 'Billboard Hot 100', position: 1, top: null, work: 'Batdance', debut: false, region: null },
      { chart: null, position: null, top: 10, work: null, debut: false, region: 'UK' },
    ]);
    expect(feed.warnings.map((warning) => warning.field)).to.deep.equal(['_soundtrack.peaks.3', '_soundtrack.peaks.4']);
    expect(feed.warnings[0].reason).to.equal('_soundtrack.peaks.3 must give either a position or a top bound (left out)');
    expect(batman.certifications).to.deep.equal([
      { level: 'Gold', body: null, region: 'multiple countries', count: null },
      { level: 'Platinum', body: 'RIAA', region: null, count: 2 },
    ]);
    expect(batman.awards).to.deep.equal([
      { name: 'Grammy Award', work: null, result: 'won', year: null, count: 5 },
      { name: null, work: null, result: 'nominated', year: null, count: null },
    ]);
    expect(batman).to.include({ newEntry: true, previousRank: null, peakRank: 1, weeksOnChart: 0, reentry: false });
    expect(steady).to.include({ newEntry: false, previousRank: 7, reentry: true });
    expect(unknown).to.include({ newEntry: false, previousRank: null, peakRank: null, weeksOnChart: null });
  });
});

describe('readFeed: what the items hold', () => {
  // Copies made by JSON.parse, as a feed read from text has them.
  const parsed = (items: unknown[]) => JSON.parse(JSON.stringify(feedOf(items))) as unknown;

  it('shares a repeated genre list and date between items, and one empty list between all', async () => {
    const facts = { artist: 'Björk', album: 'Dancer in the Dark', released: '2000-09', genres: ['soundtrack', 'art pop'] };
    const feed = await readFeed(parsed([
      { id: 'a', title: 'Dancer in the Dark', _soundtrack: facts },
      { id: 'b', title: 'Selmasongs', _soundtrack: facts },
      { id: 'c', _soundtrack: { ...facts, genres: ['soundtrack'] } },
    ]), 'x');
    const [a, b, c] = feed.items;
    // (Strings have no identity to compare; the heap test in test/elements/lifecycle.test.ts sees them.)
    expect([a.title, b.title]).to.deep.equal(['Dancer in the Dark', 'Selmasongs']);
    expect(b.released).to.equal(a.released);
    expect(b.genres).to.equal(a.genres);
    expect(c.genres).to.deep.equal(['soundtrack']);
    expect(a.peaks).to.equal(c.tracks);
    expect(a.tags).to.equal(b.artists);
  });

  it('freezes what it shares, so that no item can change another', async () => {
    const feed = await readFeed(parsed([{ id: 'a', _soundtrack: { released: '1999', genres: ['score'] } }, { id: 'b' }]), 'x');
    const [a, b] = feed.items;
    expect(Object.isFrozen(a.genres)).to.equal(true);
    expect(Object.isFrozen(a.released)).to.equal(true);
    expect(Object.isFrozen(b.peaks)).to.equal(true);
    expect(() => (b.genres as string[]).push('polka')).to.throw(TypeError);
  });

  it('shares a genre list only with the same names, even when a name holds a line break', async () => {
    const feed = await readFeed(parsed([
      { id: 'a', _soundtrack: { genres: ['jazz', 'soul'] } },
      { id: 'b', _soundtrack: { genres: ['jazz\nsoul'] } },
      { id: 'c', _soundtrack: { genres: ['jazz', 'soul'] } },
    ]), 'x');
    expect(feed.items.map((item) => item.genres)).to.deep.equal([['jazz', 'soul'], ['jazz\nsoul'], ['jazz', 'soul']]);
    expect(feed.items[2].genres).to.equal(feed.items[0].genres);
  });
});

describe('readFeed: content_html', () => {
  it('sanitizes HTML: keeps inline markup and safe links, removes scripts, handlers and unsafe links', async () => {
    const feed = await readFeed(
      feedOf([
        {
          id: 'a',
          content_html:
            '<p>A <em>lush</em> score <a href="https://example.com/x" onclick="alert(1)">listen</a><script>alert(1)</script>' +
            '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">bad</a><iframe src="https://evil.example"></iframe></p>',
        },
      ]),
      'x',
    );
    const html = feed.items[0].contentHtml!;
    expect(html).to.contain('<em>lush</em>');
    expect(html).to.contain('href="https://example.com/x"');
    expect(html).to.contain('rel="noopener noreferrer nofollow"');
    for (const forbidden of ['<script', 'onclick', 'onerror', '<img', 'javascript:', '<iframe']) {
      expect(html, forbidden).not.to.contain(forbidden);
    }
    expect(html).to.contain('bad');
  });
});

describe('readFeed: long feeds', function () {
  this.timeout(15_000);
  const longFeed = (count: number, extra: (i: number) => object = () => ({})) =>
    feedOf(Array.from({ length: count }, (_, i) => ({ id: `item-${i}`, _soundtrack: { rank: i + 1, artist: `Artist ${i}` }, ...extra(i) })));

  it('hands over the first items once while it reads the rest, then returns them all', async () => {
    const previews: number[][] = [];
    const feed = await readFeed(longFeed(50_000), 'long.json', {
      onPreview: (preview) => previews.push(preview.items.slice(0, 3).map((item) => item.rank!).concat(preview.items.length)),
    });
    expect(feed.items).to.have.length(50_000);
    expect(previews).to.have.length(1);
    const [first, second, third, previewLength] = previews[0];
    expect([first, second, third]).to.deep.equal([1, 2, 3]);
    expect(previewLength).to.be.greaterThan(0).and.lessThan(50_000);
  });

  it('sanitizes the HTML of previewed items before handing them over', async () => {
    let previewHtml: (string | null)[] = [];
    const withHtml = (i: number) => (i < 100 ? { content_html: '<em>ok</em><img src=x onerror=alert(1)>' } : {});
    await readFeed(longFeed(50_000, withHtml), 'long.json', {
      onPreview: (preview) => (previewHtml = preview.items.slice(0, 100).map((item) => item.contentHtml)),
    });
    expect(previewHtml).to.have.length(100);
    expect(previewHtml.every((html) => html === '<em>ok</em>')).to.equal(true);
  });

  it('stops reading when its signal aborts', async () => {
    const controller = new AbortController();
    const reading = readFeed(longFeed(50_000), 'long.json', { signal: controller.signal, onPreview: () => controller.abort() });
    let error: unknown;
    await reading.catch((caught: unknown) => (error = caught));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('reads a short feed in one go, without a preview', async () => {
    let previews = 0;
    const feed = await readFeed(longFeed(100), 'short.json', { onPreview: () => previews++ });
    expect(feed.items).to.have.length(100);
    expect(previews).to.equal(0);
  });
});
