import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import en from '../../src/translations/en.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { directionOf, resolveLanguage } from '../../src/internal/localize/localize-controller.js';
import { placeholdersOf } from '../../src/internal/localize/terms.js';
import { SHIPPED_LANGUAGES } from '../../src/internal/localize/registry.js';
import { setStrings } from '../../src/internal/localize/page-strings.js';
import type { FeedElement } from '../../src/internal/feed-element.js';

const VERSION = 'https://jsonfeed.org/version/1.1';
const LANGUAGES = SHIPPED_LANGUAGES.filter((code) => code !== 'en');
const translation = async (code: string) => (await import(`../../src/translations/${code}.ts`)).default as Record<string, unknown>;

/** Facts with no English UI word in them, so any English left on screen is ours. */
const feed = () => ({
  version: VERSION,
  title: 'Zyx',
  _soundtrack: { updated: '2026-11-01' },
  items: [
    {
      id: 'a',
      url: 'https://example.com/a',
      content_text: 'Qwv zyx.',
      _soundtrack: {
        rank: 1, previous_rank: 3, peak_rank: 1, weeks_on_chart: 4, artist: 'Vangelis', album: 'Qrtz', film: 'Zork', film_year: 1982, released: '1982-06',
        genres: ['synthpop', 'jazz'],
        peaks: [{ chart: 'Billboard 200', position: 4 }],
        certifications: [{ body: 'RIAA', level: 'Platin' }],
        awards: [{ name: 'Grammy', work: 'Zork', result: 'won', year: 1983 }, { name: 'Grammy', result: 'nominated' }],
        tracks: [{ title: 'Zorkx', artist: 'Kqx' }, { title: 'Vrr' }],
        artists: ['Vangelis', 'Kqx'],
        ratings: { film: 40, soundtrack: 90, scale: 100 },
      },
    },
    { id: 'b', content_text: 'Zyx '.repeat(90), _soundtrack: { rank: 2, previous_rank: null, artist: null, album: null, released: null, genres: ['jazz'], film: null, ratings: { film: 70, soundtrack: 75, scale: 100 } } },
    { id: 'c', _soundtrack: { rank: 3, reentry: true, artist: 'Bjørk', album: 'Zelmaz', released: '2000', genres: [] } },
    { id: 'd', _soundtrack: { rank: 4, previous_rank: 2, artist: 'Kqx', genres: ['jazz'] } },
    { id: 'e', _soundtrack: { rank: 5, previous_rank: 5, artist: 'Vrr', genres: ['jazz'] } },
  ],
});

/** Every English word of the UI that `words` (the target language's own words) does not also use. */
function englishOnly(target: Record<string, unknown>): Set<string> {
  const wordsOf = (value: unknown): string[] =>
    typeof value === 'string'
      ? (value.replace(/\{\w+\}/g, ' ').match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase())
      : typeof value === 'object' && value
        ? Object.values(value).flatMap(wordsOf)
        : [];
  const own = new Set(Object.entries(target).filter(([key]) => !key.startsWith('$')).flatMap(([, value]) => wordsOf(value)));
  return new Set(Object.entries(en).filter(([key]) => !key.startsWith('$')).flatMap(([, value]) => wordsOf(value)).filter((word) => !own.has(word)));
}

/** What a reader can see or hear in an element: its shadow text, labels, placeholders, alt texts and CSS-drawn labels. */
function readerText(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('[aria-label], [placeholder], [alt], [title]')].flatMap((node) =>
    ['aria-label', 'placeholder', 'alt', 'title'].map((name) => node.getAttribute(name) ?? ''),
  );
  const drawn = [...root.querySelectorAll<HTMLElement>('[style]')].flatMap((node) =>
    [...node.style].filter((name) => /^--_(label-|sort-by-label$)/.test(name)).map((name) => node.style.getPropertyValue(name)),
  );
  return [root.textContent ?? '', ...attributes, ...drawn].join(' ');
}

function expectNoEnglish(el: Element, forbidden: Set<string>, state: string) {
  const found = (readerText(el).match(/\p{L}{3,}/gu) ?? []).filter((word) => forbidden.has(word.toLowerCase()));
  expect(found, `${el.localName} (${state}) still says`).to.deep.equal([]);
}

const shadowQuery = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function settle(el: FeedElement, selector: string) {
  await waitUntil(() => shadowQuery(el, selector), `${el.localName} never showed ${selector}`, { timeout: 4000 });
  await el.updateComplete;
}

/** Loading, error, empty, no source, data, and the element's own interactive states. */
async function walkStates(tag: string, lang: string, dir: string, forbidden: Set<string>) {
  const page = await fixture(html`<div lang=${lang} dir=${dir}></div>`);
  const make = (setup: (el: FeedElement) => void) => {
    const el = document.createElement(tag) as FeedElement;
    setup(el);
    page.append(el);
    return el;
  };
  const loading = make((el) => (el.src = '/test-server/delay/3000'));
  await settle(loading, '[part~="loading"]');
  expectNoEnglish(loading, forbidden, 'loading');

  const failed = make((el) => (el.src = '/test-server/status/404'));
  await settle(failed, '[part~="error"]');
  expectNoEnglish(failed, forbidden, 'error');

  const empty = make((el) => (el.feed = { version: VERSION, items: [] }));
  await settle(empty, '[part~="empty"]');
  expectNoEnglish(empty, forbidden, 'empty');

  const none = make(() => {});
  await settle(none, '[part~="empty"]');
  expectNoEnglish(none, forbidden, 'no source');

  const el = make((el) => (el.feed = feed()));
  await settle(el, '[part~="card"], [part~="table"], [part~="list"]');
  expectNoEnglish(el, forbidden, 'data');

  el.feed = { version: VERSION };
  await settle(el, '[part~="error"]');
  expectNoEnglish(el, forbidden, 'error with the last good data');
  return el;
}

describe('languages', () => {
  beforeEach(() => clearFeedCache());

  it('the demo\'s language switch offers every shipped language, named as its translation names itself', async () => {
    const demo = '/demo/languages.js';
    const { LANGUAGES: offered } = (await import(/* @vite-ignore */ demo)) as { LANGUAGES: Record<string, string> };
    const names: Record<string, unknown> = {};
    for (const code of SHIPPED_LANGUAGES) names[code] = (await translation(code)).$name;
    expect(offered).to.deep.equal(names);
  });

  it('every shipped language has every English placeholder and the plural forms its language uses', async () => {
    for (const code of LANGUAGES) {
      const terms = await translation(code);
      expect(terms.$code, `${code}.ts names its language`).to.equal(code);
      expect(terms.$dir, `${code}.ts says the direction the elements take for it`).to.equal(directionOf(code));
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(en)) {
        if (key.startsWith('$')) continue;
        const value = terms[key];
        const texts = typeof value === 'string' ? [value] : Object.values(value as Record<string, string>);
        const wanted = (typeof english === 'string' ? placeholdersOf(english) : Object.values(english).flatMap(placeholdersOf)).filter((name) => name !== 'count');
        for (const text of texts) {
          expect(new Set(placeholdersOf(text).filter((name) => name !== 'count')), `${code}.${key}`).to.deep.equal(new Set(wanted));
        }
        if (typeof english !== 'string') {
          expect(Object.keys(value as object).sort(), `${code}.${key} plural forms`).to.deep.equal([...categories].sort());
        }
      }
    }
  });

  it('resolves the nearest lang, then the feed language, then English, skipping tags Intl cannot use', async () => {
    const page = await fixture(html`<div lang="de"><p><span id="inner"></span></p><span id="bad" lang="123"></span><span id="unknown" lang="xx"></span><span id="empty" lang=""></span><span id="region" lang="es-PE"></span><span id="rtl" lang="ar"></span><span id="ltr-in-rtl" lang="ar" dir="ltr"></span></div>`);
    const at = (id: string, feedLanguage?: string) => resolveLanguage(page.querySelector(`#${id}`)!, feedLanguage);
    expect(at('inner')).to.deep.equal({ lang: 'de', dir: 'ltr' });
    expect(at('bad', 'fr')).to.deep.equal({ lang: 'fr', dir: 'ltr' });
    expect(at('unknown')).to.deep.equal({ lang: 'en', dir: 'ltr' });
    expect(at('empty', 'ja')).to.deep.equal({ lang: 'ja', dir: 'ltr' });
    expect(at('region')).to.deep.equal({ lang: 'es-PE', dir: 'ltr' });
    expect(at('rtl')).to.deep.equal({ lang: 'ar', dir: 'rtl' });
    expect(at('ltr-in-rtl')).to.deep.equal({ lang: 'ar', dir: 'ltr' });
  });

  it('speaks Spanish for es-PE and English for a language it does not ship', async () => {
    const chart = (lang: string) => fixture(html`<soundtrack-chart lang=${lang} .feed=${feed()}></soundtrack-chart>`);
    const peru = await chart('es-PE');
    await waitUntil(() => peru.shadowRoot!.querySelector('[part~="count"]')?.textContent?.includes('5 álbumes'), 'no Spanish count');
    const swahili = await chart('sw');
    await waitUntil(() => swahili.shadowRoot!.querySelector('[part~="count"]'));
    expect(swahili.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('5 albums');
  });

  for (const [lang, dir] of [['de', 'ltr'], ['ja', 'ltr'], ['ar', 'rtl']] as const) {
    describe(`<html lang="${lang}"${dir === 'rtl' ? ' dir="rtl"' : ''}`, () => {
      let forbidden: Set<string>;
      before(async () => {
        forbidden = englishOnly(await translation(lang));
      });

      it('the chart has no English word in any state, filtered or sorted', async () => {
        const el = await walkStates('soundtrack-chart', lang, dir, forbidden);
        el.setAttribute('searchable', '');
        el.setAttribute('downloadable', '');
        el.setAttribute('columns', 'rank,movement,album,artist,released,genres,peak,weeks');
        el.feed = feed();
        await settle(el, '[part~="table"]');
        expect(shadowQuery(el, '[part~="base"]')!.getAttribute('dir')).to.equal(dir);
        shadowQuery<HTMLButtonElement>(el, '[part~="sort-button"]')!.click();
        await el.updateComplete;
        const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="sort-button"]');
        buttons[2].dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
        await el.updateComplete;
        expectNoEnglish(el, forbidden, 'sorted by two keys');
        shadowQuery<HTMLButtonElement>(el, '[part~="genre-tag"]')!.click();
        await el.updateComplete;
        expectNoEnglish(el, forbidden, 'filtered by genre');
        const input = shadowQuery<HTMLInputElement>(el, '[part~="search-input"]')!;
        input.value = 'qqqq';
        input.dispatchEvent(new InputEvent('input'));
        await aTimeout(800);
        await el.updateComplete;
        expectNoEnglish(el, forbidden, 'searched, nothing matches');
        el.style.width = '320px';
        await aTimeout(50);
        expectNoEnglish(el, forbidden, 'narrow');
      });

      it('the list has no English word in any state, sorted or expanded', async () => {
        const el = await walkStates('better-than-movie-list', lang, dir, forbidden);
        el.setAttribute('limit', '1');
        el.feed = feed();
        await settle(el, '[part~="list"]');
        const select = shadowQuery<HTMLSelectElement>(el, '[part~="sort-control"]')!;
        select.value = 'gap:asc';
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expectNoEnglish(el, forbidden, 'sorted by gap');
        shadowQuery<HTMLButtonElement>(el, '[part~="show-all"]')!.click();
        await el.updateComplete;
        shadowQuery<HTMLButtonElement>(el, '[part~="disclosure"]')!.click();
        await el.updateComplete;
        expectNoEnglish(el, forbidden, 'all shown, blurb expanded');
      });

      it('the card and the grid have no English word in any state', async () => {
        const card = await walkStates('soundtrack-card', lang, dir, forbidden);
        card.setAttribute('item', 'missing');
        card.feed = feed();
        await settle(card, '[part~="empty"]');
        expectNoEnglish(card, forbidden, 'item not found');
        card.setAttribute('item', 'b');
        await settle(card, '[part~="card"]');
        expectNoEnglish(card, forbidden, 'an album with lost facts');
        await walkStates('soundtrack-card-grid', lang, dir, forbidden);
      });
    });
  }

  it('re-renders live when <html lang> changes', async () => {
    const root = document.documentElement;
    const before = root.lang;
    try {
      root.lang = 'en';
      const el = await fixture(html`<soundtrack-chart .feed=${feed()}></soundtrack-chart>`);
      const count = () => el.shadowRoot!.querySelector('[part~="count"]')?.textContent?.trim();
      await waitUntil(() => count() === '5 albums', 'no English count');
      root.lang = 'de';
      await waitUntil(() => count() === '5 Alben', `still "${count()}" after <html lang="de">`);
      root.lang = 'ar';
      root.dir = 'rtl';
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir') === 'rtl', 'no right-to-left after dir="rtl"');
    } finally {
      root.lang = before;
      root.removeAttribute('dir');
    }
  });

  it('takes a publisher\'s strings for one element or for the page, and ignores unknown keys and non-strings', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const own = await fixture(html`<soundtrack-chart lang="en" strings='{"albumCount": {"one": "{count} record", "other": "{count} records"}, "nope": "x", "retry": 3}' .feed=${feed()}></soundtrack-chart>`);
      await waitUntil(() => own.shadowRoot!.querySelector('[part~="count"]'));
      expect(own.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('5 records');
      expect(warnings.join('\n')).to.contain('nope (unknown key)').and.to.contain('retry (not a string)');

      setStrings('en-GB', { chartEmpty: 'No records this week.' });
      const british = await fixture(html`<soundtrack-chart lang="en-GB" .feed=${{ version: VERSION, items: [] }}></soundtrack-chart>`);
      const american = await fixture(html`<soundtrack-chart lang="en-US" .feed=${{ version: VERSION, items: [] }}></soundtrack-chart>`);
      await waitUntil(() => british.shadowRoot!.querySelector('[part~="empty"]') && american.shadowRoot!.querySelector('[part~="empty"]'));
      expect(british.shadowRoot!.querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('No records this week.');
      expect(american.shadowRoot!.querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('This chart is empty.');
      setStrings('en-GB', { chartEmpty: 'Nothing charted yet.' });
      const empty = (el: Element) => el.shadowRoot!.querySelector('[part~="empty"]')!.textContent!.trim();
      await waitUntil(() => empty(british) === 'Nothing charted yet.', 'a page string set later did not reach the element on screen');
      expect(empty(american)).to.equal('This chart is empty.');

      setStrings('en-GB', { chartEmpty: 42 } as never);
      setStrings('en-GB', 'Nothing at all.' as never);
      await waitUntil(() => warnings.some((text) => text.includes('chartEmpty (not a string)')), 'no warning for a value that is not a string');
      expect(warnings.join('\n')).to.contain("setStrings('en-GB'): give an object of strings");
      expect(empty(british)).to.equal('Nothing charted yet.');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps feed text in its own direction inside a right-to-left element', async () => {
    const album = { version: VERSION, items: [{ id: 'm', _soundtrack: { album: '8 Mile', artist: 'Eminem', awards: [{ name: 'Academy Award', work: 'Lose Yourself', result: 'won' }] } }] };
    const el = await fixture<FeedElement>(html`<soundtrack-card lang="ar" dir="rtl" .feed=${album}></soundtrack-card>`);
    await settle(el, '[part~="title"]');
    await waitUntil(() => shadowQuery(el, '[part~="badge-won"]')?.textContent?.includes('فائز'), 'no Arabic badge');
    const title = shadowQuery<HTMLElement>(el, '[part~="title"]')!;
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode() as Text;
    while (!text.data.includes('8 Mile')) text = walker.nextNode() as Text;
    const offset = text.data.indexOf('8 Mile');
    const box = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, offset + start);
      range.setEnd(text, offset + end);
      return range.getBoundingClientRect();
    };
    expect(box(0, 1).left, '"8" reads before "Mile", left of it').to.be.below(box(2, 6).left);
    expect(title.getBoundingClientRect().right - box(0, 6).right, 'the title sits on the right, the start of an Arabic line').to.be.below(2);
    // The names inside a translated badge are isolated, so they do not reorder the Arabic around them.
    expect(shadowQuery(el, '[part~="badge-won"]')!.textContent).to.contain('\u2068Lose Yourself\u2069');
  });

  it('never reads feed text as a term or as markup', async () => {
    const hostile = feed();
    hostile.items[0]._soundtrack.artist = '{count} <img src=x onerror=alert(1)> retry';
    hostile.items[0]._soundtrack.genres = ['{genre}', 'jazz'];
    const el = await fixture<FeedElement>(html`<soundtrack-chart lang="de" .feed=${hostile}></soundtrack-chart>`);
    await settle(el, '[part~="table"]');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('{count} <img src=x onerror=alert(1)> retry');
    const tag = el.shadowRoot!.querySelector('[part~="genre-tag"]')!;
    expect(tag.textContent).to.equal('{genre}');
  });
});

describe('the README', () => {
  it('lists every string a publisher can replace, with its English text', async () => {
    const readme = await (await fetch('/README.md')).text();
    const missing = Object.entries(en)
      .filter(([key]) => !key.startsWith('$'))
      .filter(([key, value]) => {
        const row = readme.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
        const english = typeof value === 'string' ? value : value.other;
        return !row || !row.includes(english.replace(/\|/g, '\\|'));
      })
      .map(([key]) => key);
    expect(missing).to.deep.equal([]);
  });
});
