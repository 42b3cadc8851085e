import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml, type TemplateResult } from 'lit';
import { clearFeedCache } from '../../src/feed/load.js';
import type { SoundtrackFeed } from '../../src/feed/types.js';
import { defineElement } from '../../src/internal/define-element.js';
import { FeedElement, type ErrorEventDetail, type LoadEventDetail } from '../../src/internal/feed-element.js';

/** The smallest element on the shared base: one line per item. */
class TestFeedElement extends FeedElement {
  protected override render(): TemplateResult {
    return this.renderStates({
      empty: 'listEmpty',
      loading: () => litHtml`<div part="loading" class="skeleton"></div>`,
      data: (feed: SoundtrackFeed) => litHtml`<ul>${feed.items.map((item) => litHtml`<li>${item.title}</li>`)}</ul>`,
    });
  }
}
defineElement('test-feed-element', TestFeedElement);

const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent);
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const VERSION = 'https://jsonfeed.org/version/1.1';

describe('FeedElement: the four states', () => {
  beforeEach(() => clearFeedCache());

  it('reserves space and is busy while the first load runs', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element src="/test-server/delay/400"></test-feed-element>`);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'loading')!.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    await oneEvent(el, 'st-load');
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(el, 'loading')).to.equal(null);
    expect(titles(el)).to.deep.equal(['delayed one', 'delayed two']);
  });

  it('fires st-load with the feed, the items and the skipped items, bubbling out of the element', async () => {
    const container = await fixture(html`<div></div>`);
    const listener = oneEvent(container, 'st-load');
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.feed = { version: VERSION, title: 'T', items: [{ id: 'a', title: 'A' }, { title: 'no id' }] };
    container.append(el);
    const event = (await listener) as CustomEvent<LoadEventDetail>;
    expect(event.composed).to.equal(true);
    expect(event.detail.items.map((item) => item.id)).to.deep.equal(['a']);
    expect(event.detail.skipped).to.deep.equal([{ index: 1, id: null, field: 'id', reason: 'missing id' }]);
    expect(event.detail.feed.title).to.equal('T');
  });

  it('shows an alert with the reason and a retry button when the feed cannot be loaded', async () => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    const failed = oneEvent(el, 'st-error');
    el.src = '/test-server/status/404';
    await fixture(html`<div>${el}</div>`);
    const event = (await failed) as CustomEvent<ErrorEventDetail>;
    expect(event.detail.message).to.equal('404 could not be loaded: the server answered 404.');
    expect(event.detail.error.message).to.equal('404 could not be loaded: the server answered 404 Not Found.');
    await el.updateComplete;
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('the server answered 404.');
    expect(part(el, 'retry')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('tells the reader a document is not a feed, and the publisher what is missing', async () => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    const failed = oneEvent(el, 'st-error');
    el.feed = { title: 'x' };
    await fixture(html`<div>${el}</div>`);
    const { detail } = (await failed) as CustomEvent<ErrorEventDetail>;
    await el.updateComplete;
    expect(part(el, 'error')!.querySelector('p')!.textContent).to.equal('The feed property is not a JSON Feed.');
    expect(detail.message).to.equal('The feed property is not a JSON Feed.');
    expect(detail.error.message).to.equal('The feed property is not a JSON Feed: missing version; missing items');
  });

  it('takes a promise of a feed, loading until it settles', async () => {
    let deliver!: (feed: unknown) => void;
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.feed = new Promise((resolve) => (deliver = resolve));
    await fixture(html`<div>${el}</div>`);
    await aTimeout(50);
    expect(part(el, 'loading')).to.not.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    deliver({ version: VERSION, items: [{ id: 'a', title: 'Promised' }] });
    await waitUntil(() => titles(el).length === 1, 'the promised feed never showed');
    expect(titles(el)).to.deep.equal(['Promised']);
  });

  it('says it has nothing to show when it has no source at all, instead of loading forever', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element></test-feed-element>`);
    await waitUntil(() => part(el, 'empty'), 'no message for an element without a feed');
    expect(part(el, 'empty')!.textContent).to.equal('Nothing to show here yet.');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(el, 'loading')).to.equal(null);
    el.feed = { version: VERSION, items: [{ id: 'a', title: 'Late' }] };
    await waitUntil(() => titles(el).length === 1, 'a feed set later never showed');
  });

  it('shows the empty state for a feed without items', async () => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.feed = { version: VERSION, items: [] };
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => part(el, 'empty'));
    expect(part(el, 'empty')!.textContent).to.equal('This list is empty.');
    await expect(el).to.be.accessible();
  });

  it('retries from the error state and shows the data when the server recovers', async () => {
    const name = `flaky-${Math.random().toString(36).slice(2)}`;
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.src = `/test-server/flaky/${name}`;
    const failed = oneEvent(el, 'st-error');
    await fixture(html`<div>${el}</div>`);
    await failed;
    await el.updateComplete;
    const loaded = oneEvent(el, 'st-load');
    (part(el, 'retry') as HTMLButtonElement).click();
    await loaded;
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(titles(el)).to.deep.equal([`${name} one`, `${name} two`]);
  });
});

describe('FeedElement: keeping good data', () => {
  beforeEach(() => clearFeedCache());

  it('keeps the last good data when a reload fails, and says so', async () => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.src = '/test-server/delay/10?feed=good';
    const loaded = oneEvent(el, 'st-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    const failed = oneEvent(el, 'st-error');
    el.src = '/test-server/status/500';
    await failed;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['good one', 'good two']);
    expect(part(el, 'error')!.textContent).to.contain('Showing the last version that loaded.');
  });

  it('never shows the stale answer of a src replaced while in flight', async () => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.src = '/test-server/delay/600?feed=stale';
    const events: string[] = [];
    el.addEventListener('st-load', (event) => events.push(event.detail.feed.title!));
    await fixture(html`<div>${el}</div>`);
    await aTimeout(50);
    el.src = '/test-server/delay/10?feed=fresh';
    await waitUntil(() => titles(el).length > 0);
    await aTimeout(800);
    expect(titles(el)).to.deep.equal(['fresh one', 'fresh two']);
    expect(events).to.deep.equal(['fresh']);
  });

  it('reload() asks the server again even though the answer is cached', async () => {
    const name = `reload-${Math.random().toString(36).slice(2)}`;
    const el = await fixture<TestFeedElement>(html`<test-feed-element src=${`/test-server/counted/${name}`}></test-feed-element>`);
    await waitUntil(() => titles(el).length === 2);
    el.reload();
    await oneEvent(el, 'st-load');
    expect(await (await fetch(`/test-server/count/${name}`)).json()).to.equal(2);
  });
});

describe('FeedElement: long feeds', function () {
  this.timeout(15_000);

  it('paints the first rows of a long feed before it has read them all', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ id: `item-${i}`, title: `Album ${i}` }));
    const el = document.createElement('test-feed-element') as TestFeedElement;
    let rowsBeforeLoad = 0;
    let busyBeforeLoad = '';
    el.addEventListener('st-load', () => {
      rowsBeforeLoad = titles(el).length;
      busyBeforeLoad = part(el, 'base')!.getAttribute('aria-busy')!;
    });
    el.feed = { version: VERSION, items };
    const loaded = oneEvent(el, 'st-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    expect(rowsBeforeLoad).to.be.greaterThan(0).and.lessThan(20_000);
    expect(busyBeforeLoad).to.equal('true');
    await el.updateComplete;
    expect(titles(el)).to.have.length(20_000);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
  });
});

describe('FeedElement: sources', () => {
  beforeEach(() => clearFeedCache());

  it('reads an inline JSON feed without a request', async () => {
    const el = await fixture<TestFeedElement>(html`
      <test-feed-element>
        <script type="application/json">
          { "version": "https://jsonfeed.org/version/1.1", "items": [{ "id": "a", "title": "Inline album" }] }
        </script>
      </test-feed-element>
    `);
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Inline album']);
  });

  it('reports inline JSON that does not parse', async () => {
    const el = await fixture<TestFeedElement>(html`
      <test-feed-element><script type="application/json">{ "version": </script></test-feed-element>
    `);
    await waitUntil(() => part(el, 'error'));
    expect(part(el, 'error')!.textContent).to.contain('The inline feed is not valid JSON');
  });

  it('prefers the feed property over src', async () => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.src = '/test-server/status/404';
    el.feed = { version: VERSION, items: [{ id: 'a', title: 'From the property' }] };
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['From the property']);
  });

  it('never runs a script or handler that came from a feed', async () => {
    const win = window as unknown as { stPwned?: boolean };
    win.stPwned = false;
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.feed = {
      version: VERSION,
      items: [{ id: 'x', title: '<img src=x onerror="window.stPwned=true"><script>window.stPwned=true</script>' }],
    };
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => titles(el).length === 1);
    await aTimeout(50);
    expect(win.stPwned).to.equal(false);
    expect(shadow(el).querySelector('img, li script')).to.equal(null);
    expect(titles(el)[0]).to.equal('<img src=x onerror="window.stPwned=true"><script>window.stPwned=true</script>');
  });
});

describe('FeedElement: themes', () => {
  const colours = async (theme: string) => {
    const el = document.createElement('test-feed-element') as TestFeedElement;
    el.setAttribute('theme', theme);
    el.feed = { version: VERSION, items: [{ id: 'a', title: 'A' }] };
    await fixture(html`<div style="color: rgb(255, 0, 0)">${el}</div>`);
    await waitUntil(() => titles(el).length === 1);
    const style = getComputedStyle(part(el, 'base')!);
    return { text: style.color, surface: getComputedStyle(el).backgroundColor };
  };

  it('gives light and dark themes their own text and surface, whatever the page says', async () => {
    expect(await colours('light')).to.deep.equal({ text: 'rgb(28, 29, 33)', surface: 'rgb(255, 255, 255)' });
    expect(await colours('dark')).to.deep.equal({ text: 'rgb(236, 237, 241)', surface: 'rgb(23, 24, 28)' });
  });

  it('follows the page, with one warning, for a theme it does not know', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(await colours('blue')).to.deep.equal({ text: 'rgb(255, 0, 0)', surface: 'rgba(0, 0, 0, 0)' });
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((message) => message.includes('theme="blue"'))).to.have.length(1);
  });

  it('follows the reader’s colour scheme with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect((await colours('auto')).surface).to.equal('rgb(23, 24, 28)');
    await emulateMedia({ colorScheme: 'light' });
    expect((await colours('auto')).surface).to.equal('rgb(255, 255, 255)');
  });
});

describe('defineElement', () => {
  it('ignores a second registration of the same class and warns about a different class', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('test-feed-element', TestFeedElement);
      expect(warnings).to.have.length(0);
      defineElement('test-feed-element', class extends TestFeedElement {});
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('<test-feed-element> is already defined by another script');
    } finally {
      console.warn = original;
    }
  });
});
