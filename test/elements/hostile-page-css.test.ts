import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { everyFieldAlbum, listFeed, ratedListFeed } from '../fixtures/feeds.js';
import { renderSettled, type Render } from '../support/render-settled.js';

/**
 * A publisher stylesheet of the careless kind: global rules for every element, tables, buttons,
 * list items and headings. Scoped to `.hostile` only so that a control render without it can sit on
 * the same page; `.hostile *` matches the element hosts exactly as `*` would.
 */
const HOSTILE_CSS = `
  .hostile * { box-sizing: content-box; line-height: 3; letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase;
    text-align: center; text-indent: 2em; white-space: nowrap; font-family: 'Courier New', monospace; color: rgb(90, 20, 90); }
  .hostile table { display: block; border: 5px solid red; }
  .hostile button { all: unset; background: hotpink; }
  .hostile li { float: left; list-style: square; }
  .hostile h2, .hostile h3 { font-size: 4rem; text-transform: uppercase; }
`;

const RENDERS: Render[] = [
  { tag: 'soundtrack-chart', attributes: { src: '/demo/feeds/sample-week.json', columns: 'rank,movement,artist,released,genres' } },
  { tag: 'better-than-movie-list', feed: ratedListFeed, attributes: { 'heading-level': '3' } },
  { tag: 'soundtrack-card', feed: listFeed([everyFieldAlbum]) },
];

const rect = (el: Element) => {
  const { width, height } = el.getBoundingClientRect();
  return { width: Math.round(width), height: Math.round(height) };
};
const styleOf = (el: Element, properties: string[]) => Object.fromEntries(properties.map((property) => [property, getComputedStyle(el).getPropertyValue(property)]));
/** The inherited text properties the elements set for themselves; the page's value must not reach inside. */
const TEXT_PROPERTIES = ['line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent', 'white-space', 'box-sizing'];

describe('a publisher stylesheet that styles table, button, li, h2, h3 and * globally', function () {
  this.timeout(20_000);
  let sheet: HTMLStyleElement;
  let control: HTMLElement[];
  let hostile: HTMLElement[];
  const containers: HTMLDivElement[] = [];

  before(async () => {
    clearFeedCache();
    sheet = Object.assign(document.createElement('style'), { textContent: HOSTILE_CSS });
    document.head.append(sheet);
    const render = async (className: string) => {
      const container = Object.assign(document.createElement('div'), { className });
      // The font and colour the stylesheet gives every element, which the elements take from the page on purpose.
      Object.assign(container.style, { width: '50rem', fontFamily: "'Courier New', monospace", color: 'rgb(90, 20, 90)' });
      document.body.append(container);
      containers.push(container);
      return renderSettled(container, RENDERS);
    };
    control = await render('control');
    hostile = await render('hostile');
  });
  after(() => {
    sheet.remove();
    containers.forEach((container) => container.remove());
  });

  const inside = (hosts: HTMLElement[], index: number, selector: string) => [...hosts[index].shadowRoot!.querySelectorAll<HTMLElement>(selector)];

  it('the chart keeps a real table whose header buttons look, measure and sort as without the stylesheet', async () => {
    const [table] = inside(hostile, 0, 'table');
    expect(getComputedStyle(table).display).to.equal('table');
    expect(getComputedStyle(table).borderTopWidth).to.equal('0px');
    const buttons = (hosts: HTMLElement[]) => inside(hosts, 0, '[part~="sort-button"]');
    expect(buttons(hostile).map(rect), 'header button sizes').to.deep.equal(buttons(control).map(rect));
    expect(buttons(hostile).map((button) => styleOf(button, ['background-color', 'cursor', 'display', ...TEXT_PROPERTIES]))).to.deep.equal(
      buttons(control).map((button) => styleOf(button, ['background-color', 'cursor', 'display', ...TEXT_PROPERTIES])),
    );
    const rows = (hosts: HTMLElement[]) => inside(hosts, 0, 'tbody tr[part~="row"]').slice(0, 5);
    expect(rows(hostile).map(rect), 'row sizes').to.deep.equal(rows(control).map(rect));
    expect(rect(table), 'table size').to.deep.equal(rect(inside(control, 0, 'table')[0]));

    const artist = buttons(hostile).find((button) => button.textContent!.includes('Artist'))!;
    artist.focus();
    expect(artist.matches(':focus'), 'the header button takes focus').to.equal(true);
    artist.click();
    await waitUntil(() => artist.closest('th')!.getAttribute('aria-sort') === 'ascending', 'a click on the header did not sort');
  });

  it('the list stays a vertical ordered list, its headings keep their size, and the card keeps its layout', () => {
    const entries = inside(hostile, 1, '.entry');
    expect(entries.length).to.equal(4);
    const tops = entries.map((entry) => entry.getBoundingClientRect());
    for (let i = 1; i < tops.length; i++) {
      expect(tops[i].top, `entry ${i + 1} below entry ${i}`).to.be.at.least(tops[i - 1].bottom - 1);
      expect(tops[i].left, `entry ${i + 1} in the same column`).to.equal(tops[0].left);
    }
    expect(styleOf(entries[0], ['float', 'list-style-type', 'display'])).to.deep.equal({ float: 'none', 'list-style-type': 'none', display: 'grid' });
    expect(entries.map(rect), 'entry sizes').to.deep.equal(inside(control, 1, '.entry').map(rect));
    const headings = (hosts: HTMLElement[]) => inside(hosts, 1, 'h3').map((heading) => styleOf(heading, ['font-size', ...TEXT_PROPERTIES]));
    expect(headings(hostile), 'the list headings').to.deep.equal(headings(control));
    const card = (hosts: HTMLElement[]) => [...inside(hosts, 2, '.card, .title, .badge, .meta dt')].map((el) => ({ ...rect(el), ...styleOf(el, TEXT_PROPERTIES) }));
    expect(card(hostile), 'the card, its title, badges and facts').to.deep.equal(card(control));
  });

  it('the font family and text colour still come from the page, as documented', () => {
    for (const host of hostile) {
      const cell = host.shadowRoot!.querySelector('tbody th, .heading, .title')!;
      expect(getComputedStyle(cell).fontFamily, host.localName).to.contain('Courier New');
      expect(getComputedStyle(cell).color, host.localName).to.equal('rgb(90, 20, 90)');
    }
  });
});
