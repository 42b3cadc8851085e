import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/soundtrack-card-grid/define.js';
import type { SoundtrackCardGrid } from '../../src/elements/soundtrack-card-grid/soundtrack-card-grid.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { everyFieldAlbum } from '../fixtures/feeds.js';
import { expectCustomPropertiesMatchDocumentation, expectPartsMatchDocumentation } from '../support/parts.js';

const part = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: HTMLElement, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function grid(template: ReturnType<typeof html>): Promise<SoundtrackCardGrid> {
  const element = await fixture<SoundtrackCardGrid>(template);
  await waitUntil(() => part(element, 'grid') ?? part(element, 'empty') ?? part(element, 'error'), 'grid did not render', {
    timeout: 4000,
  });
  await element.updateComplete;
  return element;
}

describe('<soundtrack-card-grid>', () => {
  beforeEach(() => clearFeedCache());

  it('renders one card per item, in feed order, as a list', async () => {
    const element = await grid(html`<soundtrack-card-grid src="/demo/feeds/aged-well.json"></soundtrack-card-grid>`);
    const list = part(element, 'grid')!;
    expect(list.tagName).to.equal('UL');
    expect(list.children).to.have.length(10);
    expect(parts(element, 'card').every((card) => card.tagName === 'ARTICLE')).to.equal(true);
    expect(parts(element, 'title').map(text).slice(0, 3)).to.deep.equal(['8 Mile', 'Batman', 'The Lion King']);
    expect(text(parts(element, 'badges')[0])).to.contain('Won: Academy Award, Lose Yourself');
    await expect(element).to.be.accessible();
  });

  it('gives every card the card parts and alt-free placeholder covers', async () => {
    const element = await grid(html`<soundtrack-card-grid src="/demo/feeds/aged-well.json"></soundtrack-card-grid>`);
    for (const name of ['card', 'media', 'header', 'title', 'body']) {
      expect(parts(element, name), name).to.have.length(10);
    }
    expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(element.shadowRoot!.textContent).not.to.match(/null|undefined/);
  });

  it('sets every heading to `heading-level`', async () => {
    const element = await grid(html`<soundtrack-card-grid src="/demo/feeds/aged-well.json" heading-level="4"></soundtrack-card-grid>`);
    expect(new Set(parts(element, 'title').map((title) => title.tagName))).to.deep.equal(new Set(['H4']));
  });

  it('fits more columns in a wider container, as tiles', async () => {
    const element = await grid(html`<soundtrack-card-grid src="/demo/feeds/aged-well.json" style="width: 70rem"></soundtrack-card-grid>`);
    const columns = () => new Set(parts(element, 'card').map((card) => Math.round(card.getBoundingClientRect().left))).size;
    expect(columns()).to.equal(4);
    const first = (name: string) => part(element, name)!.getBoundingClientRect();
    expect(first('header').top, 'tiles: cover above the title').to.be.greaterThan(first('media').bottom);

    element.style.width = '20rem';
    expect(columns()).to.equal(1);
    expect(first('header').left, 'one column: thumbnail beside the title').to.be.greaterThan(first('media').right);
  });

  it('holds card-sized placeholders while loading', async () => {
    const element = await fixture<SoundtrackCardGrid>(
      html`<soundtrack-card-grid src="/test-server/delay/300?feed=slow-grid"></soundtrack-card-grid>`,
    );
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(parts(element, 'loading').length).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
    await oneEvent(element, 'st-load');
    await element.updateComplete;
    expect(parts(element, 'title').map(text)).to.deep.equal(['slow-grid one', 'slow-grid two']);
  });

  it('shows an error with a retry when the feed fails', async () => {
    const element = await grid(html`<soundtrack-card-grid src="/test-server/status/404"></soundtrack-card-grid>`);
    expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(element).to.be.accessible();
  });

  it('shows the empty state for a feed without items', async () => {
    const element = await grid(html`<soundtrack-card-grid
      .feed=${{ version: 'https://jsonfeed.org/version/1.1', items: [] }}
    ></soundtrack-card-grid>`);
    expect(text(part(element, 'empty'))).to.equal('This feed has no albums yet.');
    await expect(element).to.be.accessible();
  });

  it('matches its documentation: every part styleable with ::part(), every --st-* property read, nothing undocumented', async () => {
    const full = await grid(html`<soundtrack-card-grid src="/demo/feeds/aged-well.json"></soundtrack-card-grid>`);
    const badges = await grid(html`<soundtrack-card-grid .feed=${{ version: 'https://jsonfeed.org/version/1.1', items: [everyFieldAlbum] }}></soundtrack-card-grid>`);
    const empty = await grid(html`<soundtrack-card-grid .feed=${{ version: 'https://jsonfeed.org/version/1.1', items: [] }}></soundtrack-card-grid>`);
    const loading = await fixture<SoundtrackCardGrid>(html`<soundtrack-card-grid src="/test-server/hang" timeout="3000"></soundtrack-card-grid>`);
    const failed = await grid(html`<soundtrack-card-grid src="/test-server/status/404"></soundtrack-card-grid>`);
    await expectPartsMatchDocumentation('soundtrack-card-grid', [full, badges, empty, loading, failed]);
    await expectCustomPropertiesMatchDocumentation(full);
    loading.remove();
  });
});
