import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { publisherChartFeedUrl } from '../fixtures/feeds.js';

async function loadError(src: string, options: Parameters<typeof loadFeed>[1] = {}): Promise<FeedError> {
  try {
    await loadFeed(src, options);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

const requestCount = async (name: string): Promise<number> => (await fetch(`/test-server/count/${name}`)).json();

describe('loadFeed', () => {
  beforeEach(() => clearFeedCache());

  it('loads, validates and normalizes a feed from a URL', async () => {
    const feed = await loadFeed('/demo/feeds/top-100.json');
    expect(feed.title).to.equal('Top 100 soundtrack albums');
    expect(feed.items).to.have.length(100);
    expect(feed.skipped).to.have.length(0);
  });

  it('reports a 404 and a 500 with the status and the file name', async () => {
    const missing = await loadError('/test-server/status/404');
    expect(missing.kind).to.equal('http');
    expect(missing.status).to.equal(404);
    expect(missing.message).to.equal('404 could not be loaded: the server answered 404 Not Found.');
    expect((await loadError('/feeds/top-100.json')).message).to.equal('top-100.json could not be loaded: the server answered 404 Not Found.');
    expect((await loadError('/test-server/status/500')).message).to.contain('answered 500 Internal Server Error');
  });

  it('reports a truncated body as invalid JSON', async () => {
    const error = await loadError('/test-server/truncated');
    expect(error.kind).to.equal('json');
    expect(error.message).to.match(/^truncated is not valid JSON \(.+\)\.$/);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const error = await loadError('/test-server/hang', { timeout: 150 });
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal('hang did not answer within 0.15 seconds.');
  });

  it('reports a server that cannot be reached', async () => {
    const error = await loadError('http://127.0.0.1:9/feed.json');
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('feed.json could not be reached');
  });

  it('shares one request and one cached result between callers of the same absolute URL', async () => {
    const name = `shared-${Math.random().toString(36).slice(2)}`;
    const [a, b] = await Promise.all([loadFeed(`/test-server/counted/${name}`), loadFeed(`${location.origin}/test-server/counted/${name}`)]);
    expect(a).to.equal(b);
    await loadFeed(`/test-server/counted/${name}`);
    expect(await requestCount(name)).to.equal(1);
    await loadFeed(`/test-server/counted/${name}`, { reload: true });
    expect(await requestCount(name)).to.equal(2);
  });

  it('forgets older feeds beyond 50,000 items in all, so switching between long feeds does not keep them all', async function () {
    this.timeout(20_000);
    const [long, other, short] = [publisherChartFeedUrl(30_000), publisherChartFeedUrl(30_000), publisherChartFeedUrl(10)];
    const first = await loadFeed(long);
    const second = await loadFeed(other);
    expect(await loadFeed(other), 'the newest feed is kept').to.equal(second);
    const again = await loadFeed(long);
    expect(again, 'a long feed beyond the bound is read again').not.to.equal(first);
    const shortFeed = await loadFeed(short);
    expect(await loadFeed(long), 'within the bound, feeds are kept').to.equal(again);
    expect(await loadFeed(short)).to.equal(shortFeed);
    [long, other, short].forEach((url) => URL.revokeObjectURL(url));
  });

  it('does not cache a failure, so a retry asks again', async () => {
    await loadError('/test-server/status/503');
    const error = await loadError('/test-server/status/503');
    expect(error.status).to.equal(503);
  });

  it('lets one caller cancel without cancelling the others', async () => {
    const name = `cancel-${Math.random().toString(36).slice(2)}`;
    const controller = new AbortController();
    const cancelled = loadFeed(`/test-server/counted/${name}`, { signal: controller.signal });
    const kept = loadFeed(`/test-server/counted/${name}`, { signal: new AbortController().signal });
    controller.abort();
    let cancelError: unknown;
    await cancelled.catch((error: unknown) => (cancelError = error));
    expect((cancelError as DOMException).name).to.equal('AbortError');
    expect((await kept).items).to.have.length(2);
    expect(await requestCount(name)).to.equal(1);
  });

  it('follows next_url pages and keeps their items in order', async () => {
    const feed = await loadFeed('/test-server/pages/1?of=3');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['p1-1', 'p1-2', 'p2-1', 'p2-2', 'p3-1', 'p3-2']);
    expect(feed.warnings).to.have.length(0);
  });

  it('stops following next_url at the bound and says so', async () => {
    const feed = await loadFeed('/test-server/pages/1?of=10', { maxPages: 2 });
    expect(feed.items).to.have.length(6);
    expect(feed.warnings.map((warning) => warning.reason)).to.deep.equal(['Stopped after 3 pages; later pages were not loaded.']);
  });

  it('does not loop on a next_url that points back', async () => {
    const feed = await loadFeed('/test-server/loop');
    expect(feed.items).to.have.length(2);
  });
});

describe('demo feeds', () => {
  for (const name of ['top-100', 'aged-well', 'better-than-the-movie', 'better-than-the-movie-32']) {
    it(`${name}.json reads without skipped items or warnings`, async () => {
      const feed = await loadFeed(`/demo/feeds/${name}.json`);
      expect(feed.items.length).to.be.greaterThan(0);
      expect(feed.skipped).to.deep.equal([]);
      expect(feed.warnings).to.deep.equal([]);
    });
  }

  it('top-100.json has ranks 1 to 100, no invented albums and dates at their own precision', async () => {
    const feed = await loadFeed('/demo/feeds/top-100.json');
    expect(feed.items.map((item) => item.rank)).to.deep.equal(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(feed.items.every((item) => item.album === null)).to.equal(true);
    const precisions = new Set(feed.items.map((item) => item.released?.precision ?? 'unknown'));
    expect([...precisions].sort()).to.deep.equal(['day', 'month', 'unknown', 'year']);
    const byRank = (rank: number) => feed.items.find((item) => item.rank === rank)!;
    expect(byRank(54).artist).to.equal('The Beatles');
    expect(byRank(54).released?.iso).to.equal('1969-01-13');
    expect(byRank(8).released?.iso).to.equal('1980-02');
    expect(byRank(64).genres).to.deep.equal(['soundtrack', 'jazz']);
  });
});
