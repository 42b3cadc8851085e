import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { everyFieldAlbum, listFeed, ratedListFeed } from '../fixtures/feeds.js';
import { ELEMENT_TAGS, renderSettled, type Render } from '../support/render-settled.js';

const PRESETS = ['newsprint', 'dark-cinema'] as const;
const presetSource = (name: string) => fetch(`/src/themes/${name}.css`).then((response) => response.text());

/** How each look is applied: a preset's class, a `theme` attribute, and the page the elements sit on (the demo's colours). */
const LOOKS = [
  { name: 'default (no theme) on a light page', page: ['#fbfaf7', '#1f1e1c'] },
  { name: 'default (no theme) on a dark page', page: ['#141413', '#e9e6df'] },
  { name: 'default theme="light"', theme: 'light', page: ['#fbfaf7', '#1f1e1c'] },
  { name: 'default theme="dark"', theme: 'dark', page: ['#141413', '#e9e6df'] },
  { name: 'newsprint', preset: 'newsprint', page: ['#fbfaf7', '#1f1e1c'] },
  { name: 'newsprint theme="dark"', preset: 'newsprint', theme: 'dark', page: ['#141413', '#e9e6df'] },
  { name: 'dark-cinema on a light page', preset: 'dark-cinema', page: ['#fbfaf7', '#1f1e1c'] },
  { name: 'dark-cinema theme="dark"', preset: 'dark-cinema', theme: 'dark', page: ['#141413', '#e9e6df'] },
] as const;

/** Every element in each of its states, with the data that draws every kind of text: movement, badges, links, unknowns. */
const RENDERS: Render[] = [
  { tag: 'soundtrack-chart', attributes: { src: '/demo/feeds/sample-week.json', columns: 'rank,movement,artist,released,genres,peak,weeks', searchable: '', downloadable: '' } },
  { tag: 'soundtrack-chart', attributes: { src: '/demo/feeds/top-100.json', style: 'width: 20rem' } },
  { tag: 'soundtrack-card', feed: listFeed([everyFieldAlbum]) },
  { tag: 'soundtrack-card-grid', attributes: { src: '/demo/feeds/aged-well.json' } },
  { tag: 'better-than-movie-list', feed: ratedListFeed, attributes: { limit: '3' } },
  { tag: 'better-than-movie-list', feed: listFeed([]) },
  { tag: 'soundtrack-card', attributes: { src: '/test-server/status/404' } },
];

/** Text a reader must be able to read in every look: each of these (or text inside it) must be among the pairs measured. */
const MUST_MEASURE = [
  '[part~="count"]',
  '.unknown',
  '.movement.up',
  '[part~="genre-tag"][aria-pressed="true"]',
  '[part~="genre-tag"]:not([aria-pressed="true"])',
  '[part~="sort-button"]',
  '.badge.won',
  '.badge.nominated',
  '.meta dt',
  '.link',
  '.year',
  '.legend',
  '.disclosure',
  '[part~="show-all"]',
  '[part~="empty"]',
  '[part~="error"] p',
  'select',
];

// Colours as the browser paints them: a 1x1 canvas composites the layers and reads back sRGB bytes,
// whatever syntax getComputedStyle returns (rgb(), color(srgb …), oklab(), a color-mix() result).
const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
function paint(layers: string[], alpha = 1): [number, number, number, number] {
  context.clearRect(0, 0, 1, 1);
  layers.forEach((colour, index) => {
    context.fillStyle = '#010203';
    context.fillStyle = colour;
    if (context.fillStyle === '#010203' && colour !== '#010203') throw new Error(`the canvas cannot read the colour ${colour}`);
    context.globalAlpha = index === layers.length - 1 ? alpha : 1;
    context.fillRect(0, 0, 1, 1);
  });
  context.globalAlpha = 1;
  return [...context.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
}

const luminance = ([r, g, b]: number[]) => {
  const linear = (byte: number) => (byte / 255 <= 0.04045 ? byte / 255 / 12.92 : ((byte / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
const hex = (rgb: number[]) => `#${rgb.slice(0, 3).map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** The parent in the flat tree: a shadow root's host, a slotted node's slot. */
const parentOf = (node: Element): Element | null => node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);

/**
 * The background layers under `el`, top one last, down to the first opaque one; `null` over an
 * image or gradient (the cover art placeholder), where no single colour is painted.
 */
function backgroundUnder(el: Element): { layers: string[]; opacity: number } | null {
  const layers: string[] = [];
  let opacity = 1;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return null;
    opacity *= Number(style.opacity);
    layers.unshift(style.backgroundColor);
    if (paint([style.backgroundColor])[3] === 255) return { layers, opacity };
  }
  return { layers: ['#fff', ...layers], opacity };
}

interface Pair {
  where: string;
  foreground: string;
  background: string;
  ratio: number;
  needed: number;
}

const label = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

function visible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && el.checkVisibility({ visibilityProperty: true });
}

/** What `el` shows as text of its own: its text nodes, generated content, a select's choice, a placeholder. */
function ownTexts(el: Element): { text: string; pseudo: string | null }[] {
  const texts: { text: string; pseudo: string | null }[] = [];
  const own = [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent!.trim()).join(' ').trim();
  if (own) texts.push({ text: own, pseudo: null });
  if (el instanceof HTMLSelectElement) texts.push({ text: el.selectedOptions[0]?.text ?? '', pseudo: null });
  if (el instanceof HTMLInputElement && el.placeholder && !el.value) texts.push({ text: el.placeholder, pseudo: '::placeholder' });
  for (const pseudo of ['::before', '::after']) {
    const content = getComputedStyle(el, pseudo).content;
    const strings = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]).join('').trim();
    if (strings && !/^\/\s*""$/.test(content)) texts.push({ text: strings, pseudo });
  }
  return texts;
}

/** Every piece of visible text in the shadow roots of `hosts`, with the colour it is painted in and the one behind it. */
function measure(hosts: HTMLElement[], look: string): { pairs: Pair[]; measured: Set<Element> } {
  const pairs: Pair[] = [];
  const measured = new Set<Element>();
  for (const host of hosts) {
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      // Disabled controls are exempt from contrast minimums (WCAG 1.4.3).
      if (!visible(el) || el.closest(':disabled')) continue;
      for (const { text, pseudo } of ownTexts(el)) {
        const style = getComputedStyle(el, pseudo);
        const under = backgroundUnder(el);
        if (!under) continue;
        const background = paint(under.layers);
        const foreground = paint([...under.layers, style.color], under.opacity);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        measured.add(el);
        pairs.push({
          where: `${look}: <${host.localName}> ${label(el)}${pseudo ?? ''} "${text.slice(0, 24)}"`,
          foreground: hex(foreground),
          background: hex(background),
          ratio: contrast(foreground, background),
          needed: large ? 3 : 4.5,
        });
      }
    }
  }
  return { pairs, measured };
}

describe('theme presets', function () {
  this.timeout(60_000);
  const sheets = new Map<string, HTMLStyleElement>();
  let container: HTMLDivElement;

  before(async () => {
    for (const name of PRESETS) {
      const style = Object.assign(document.createElement('style'), { textContent: await presetSource(name) });
      document.head.append(style);
      sheets.set(name, style);
    }
  });
  after(() => sheets.forEach((style) => style.remove()));
  beforeEach(() => {
    clearFeedCache();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const name of PRESETS) {
    it(`${name}.css sets only --st-* custom properties, on the four elements, in under 1 KB gzipped`, async () => {
      const source = await presetSource(name);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(source);
      const rules = [...sheet.cssRules] as CSSStyleRule[];
      expect(rules.map((rule) => rule.constructor.name)).to.deep.equal(['CSSStyleRule']);
      const properties = [...rules[0].style];
      expect(properties.filter((property) => !property.startsWith('--st-')), 'properties other than --st-*').to.deep.equal([]);
      expect(properties.length).to.be.greaterThan(10);
      const gzipped = await new Response(new Blob([source]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
      expect(gzipped.byteLength, 'gzipped bytes').to.be.below(1024);
    });
  }

  it('a preset styles the elements with its class or inside an ancestor with it, and no others', async () => {
    container.innerHTML = `
      <soundtrack-card class="st-theme-dark-cinema"></soundtrack-card>
      <div class="st-theme-newsprint"><section><better-than-movie-list></better-than-movie-list></section></div>
      <soundtrack-chart></soundtrack-chart>`;
    const [card, list, chart] = [...container.querySelectorAll<HTMLElement>(ELEMENT_TAGS.join(','))];
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(18, 17, 16)');
    expect(getComputedStyle(list).backgroundColor).to.equal('rgb(247, 242, 232)');
    expect(getComputedStyle(list).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(chart).backgroundColor, 'an element outside any preset').to.equal('rgba(0, 0, 0, 0)');
    // light-dark(): the newsprint element turns dark with theme="dark", dark cinema stays dark with theme="light".
    list.setAttribute('theme', 'dark');
    card.setAttribute('theme', 'light');
    expect(getComputedStyle(list).backgroundColor).to.equal('rgb(28, 25, 21)');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(18, 17, 16)');
    // Zero specificity: the publisher's own rule for the element wins over the preset.
    const own = Object.assign(document.createElement('style'), { textContent: 'better-than-movie-list { --st-color-surface: rgb(1, 2, 3); }' });
    document.head.append(own);
    expect(getComputedStyle(list).backgroundColor).to.equal('rgb(1, 2, 3)');
    own.remove();
  });

  for (const look of LOOKS) {
    it(`every text in every element reaches WCAG AA contrast: ${look.name}`, async () => {
      const [background, color] = look.page;
      Object.assign(container.style, { background, color, padding: '1rem', width: '60rem' });
      if ('preset' in look) container.className = `st-theme-${look.preset}`;
      const renders = RENDERS.map((render) => ({ ...render, attributes: { ...render.attributes, ...('theme' in look ? { theme: look.theme } : {}) } }));
      const hosts = await renderSettled(container, renders);
      // A pressed genre tag: button text on the accent.
      hosts[0].shadowRoot!.querySelector<HTMLButtonElement>('[part~="genre-tag"]')!.click();
      await (hosts[0] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      const { pairs, measured } = measure(hosts, look.name);
      const missing = MUST_MEASURE.filter((selector) => !hosts.some((host) => [...host.shadowRoot!.querySelectorAll(`${selector}, ${selector} *`)].some((el) => measured.has(el))));
      expect(missing, 'text the test should have measured').to.deep.equal([]);
      const failing = pairs
        .filter((pair) => pair.ratio < pair.needed)
        .map((pair) => `${pair.where}: ${pair.foreground} on ${pair.background} is ${pair.ratio.toFixed(2)}:1, needs ${pair.needed}:1`);
      expect([...new Set(failing)], 'text below WCAG AA contrast').to.deep.equal([]);
    });
  }
});
