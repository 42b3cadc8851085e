import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/load.js';
import '../../src/define.js';
import type { SoundtrackChart } from '../../src/elements/soundtrack-chart/soundtrack-chart.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent ?? '';
const requestsFor = async (name: string) => Number(await (await fetch(`/test-server/count/${name}`)).text());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The V8 heap in use after a full collection (the test browser runs with --expose-gc and precise
 * memory info), without the browser's own record of every request (its resource timing entries).
 */
async function heapAfterGc(): Promise<number> {
  const page = globalThis as unknown as { gc: () => void; performance: Performance & { memory: { usedJSHeapSize: number } } };
  page.performance.clearResourceTimings();
  for (let i = 0; i < 3; i++) {
    page.gc();
    await sleep(20);
  }
  return page.performance.memory.usedJSHeapSize;
}

describe('lifecycle under load', () => {
  beforeEach(() => clearFeedCache());

  // First, so that no other test's garbage sits in the heap it measures.
  it('holds no more heap after 100 src changes than after the first (within 10 %)', async function () {
    // 110 feeds of 100 rows, one after another.
    this.timeout(30_000);
    // A chart that shows a few feeds first and goes: V8 compiles the render path once per page,
    // which is no cost of changing src, and must not count as growth.
    const warmUp = await fixture<SoundtrackChart>(html`<soundtrack-chart></soundtrack-chart>`);
    const el = await fixture<SoundtrackChart>(html`<soundtrack-chart></soundtrack-chart>`);
    const showIn = async (chart: SoundtrackChart, src: string) => {
      const loaded = oneEvent(chart, 'st-load');
      chart.src = src;
      await loaded;
      await chart.updateComplete;
    };
    for (let i = 0; i < 10; i++) await showIn(warmUp, `/demo/feeds/top-100.json?warm-up=${i}`);
    warmUp.remove();
    clearFeedCache();
    const show = (i: number) => showIn(el, `/demo/feeds/top-100.json?change=${i}`);
    await show(0);
    const afterFirst = await heapAfterGc();
    for (let i = 1; i < 100; i++) await show(i);
    const afterHundred = await heapAfterGc();
    // eslint-disable-next-line no-console -- the heap figure belongs in the test output
    console.log(`heap after the first src: ${(afterFirst / 2 ** 20).toFixed(2)} MB, after 100: ${(afterHundred / 2 ** 20).toFixed(2)} MB (${((afterHundred / afterFirst - 1) * 100).toFixed(1)} %)`);
    expect(afterHundred, `${afterFirst} bytes after the first, ${afterHundred} after 100`).to.be.below(afterFirst * 1.1);
  });

  it('200 elements on one page sharing one feed make one request, and all of them show it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 200; i++) {
      container.append(Object.assign(document.createElement(i % 2 ? 'soundtrack-chart' : 'better-than-movie-list'), { src: '/test-server/counted/two-hundred' }));
    }
    const elements = [...container.children];
    const shows = (el: Element) =>
      el.localName === 'soundtrack-chart' ? shadowText(el).includes('Vangelis') : el.shadowRoot!.querySelectorAll('[part~="entry"]').length === 2;
    await waitUntil(() => elements.every(shows), 'not every element shows the feed', { timeout: 4000 });
    expect(await requestsFor('two-hundred')).to.equal(1);
  });

  it('ends on the last of 100 src changes in a row, with no stale answer rendered after it', async () => {
    const el = await fixture<SoundtrackChart>(html`<soundtrack-chart></soundtrack-chart>`);
    const loaded: string[] = [];
    el.addEventListener('st-load', (event) => loaded.push(event.detail.feed.title ?? ''));
    // Earlier requests answer later: a stale answer would land after the last one.
    for (let i = 0; i < 100; i++) {
      el.src = `/test-server/delay/${(100 - i) * 4}?feed=change-${i}`;
      await el.updateComplete;
    }
    await waitUntil(() => loaded.includes('change-99'), 'the last feed never loaded', { timeout: 4000 });
    await sleep(500);
    expect(loaded).to.deep.equal(['change-99']);
    expect(shadowText(el)).to.contain('change-99');
    expect(shadowText(el)).not.to.match(/change-\d\d? /);
  });

  it('keeps working when removed and added again: new feeds, language changes, no extra request', async () => {
    const first = await fixture<HTMLDivElement>(html`<div></div>`);
    const second = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('soundtrack-chart'), { src: '/test-server/counted/moved-a' });
    first.append(el);
    await waitUntil(() => shadowText(el).includes('moved-a'), 'the first feed never showed');
    el.remove();
    second.append(el);
    el.src = '/test-server/counted/moved-b';
    await waitUntil(() => shadowText(el).includes('moved-b'), 'no new feed after being added again');
    el.lang = 'de';
    await waitUntil(() => shadowText(el).includes('Interpret'), 'no German after being added again');
    el.remove();
    first.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('moved-b');
    expect(await requestsFor('moved-b')).to.equal(1);
  });

});
