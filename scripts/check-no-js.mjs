// Every demo article as a reader without JavaScript (or a crawler that runs none) meets it: the
// built demo with each element's static fallback (serveBuiltDemo), every script request refused.
// Each element must show its data in plain HTML (the chart a table with rows, the list an ordered
// list, the cards articles), carry one JSON-LD ItemList that parses, and the page must pass axe.
// Run after `npm run build` (it reads dist/npm). Exits 1 on any failure.
import { DEMO_PAGES, axeViolations, launchChromium, serveBuiltDemo } from './browser.mjs';

const TAGS = 'soundtrack-chart, soundtrack-card, soundtrack-card-grid, better-than-movie-list';
const { server, origin } = await serveBuiltDemo();
const browser = await launchChromium();
let failures = 0;
const check = (name, ok, detail) => {
  if (!ok) failures++;
  console.log(`${ok ? '✔' : '✘'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
};

try {
  for (const name of DEMO_PAGES) {
    for (const width of [1280, 360]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const scripts = [];
      await page.route(/\.(m?js|ts)(\?.*)?$/, (route) => (scripts.push(route.request().url()), route.abort()));
      await page.goto(`${origin}/demo/${name}`, { waitUntil: 'load' });
      const elements = await page.evaluate((tags) => {
        const visible = (node) => Boolean(node?.checkVisibility() && node.getBoundingClientRect().height > 0);
        return [...document.querySelectorAll(tags)].map((el) => {
          const fallback = el.querySelector(':scope > .st-fallback');
          const entries = fallback?.querySelectorAll('tbody tr, ol > li, article') ?? [];
          let ld = null;
          try {
            ld = JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')?.text ?? 'null');
          } catch {
            // Reported below as no JSON-LD.
          }
          return {
            tag: el.localName,
            defined: Boolean(customElements.get(el.localName)),
            shown: visible(fallback) && [...entries].filter(visible).length,
            text: fallback?.textContent.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '',
            itemList: ld?.['@type'] === 'ItemList' && ld.itemListElement.length > 0,
          };
        });
      }, TAGS);
      const where = `${name} at ${width} px`;
      const problems = elements.flatMap((el, i) => [
        ...(el.defined || !el.shown ? [`<${el.tag}> #${i + 1} shows no data without the script`] : []),
        ...(el.itemList ? [] : [`<${el.tag}> #${i + 1} has no JSON-LD ItemList`]),
      ]);
      problems.push(...(await axeViolations(page)).map(({ rule, nodes }) => `axe ${rule}: ${nodes.join(', ')}`));
      if (!elements.length && name !== 'index.html') problems.push('no soundtrack element on an article');
      const shown = elements.map((el) => `<${el.tag}> ${el.shown}`).join(', ') || 'no elements';
      check(`${where}: ${shown} entries shown, each with JSON-LD, axe clean`, !problems.length, problems.join(' | '));
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`no-js: ${failures ? `${failures} failed` : 'all passed'}`);
process.exit(failures ? 1 : 0);
