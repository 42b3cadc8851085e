// Runs axe-core over every demo page (1280 and 360 px, light and dark, English and Arabic), with the elements' shadow
// roots, so colour contrast and names are checked on real article pages, not only in unit tests.
// Exits 1 on any violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEMO_PAGES, startDemoServer, visitDemoViews } from './browser.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const server = await startDemoServer(5197);
let failures = 0;
try {
  await visitDemoViews(server.origin, DEMO_PAGES, async (page, { name, width, theme, lang }) => {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((violation) => ({
        rule: violation.id,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' >> ')),
      }));
    });
    const view = `${name} in ${lang} at ${width} px, ${theme}`;
    if (!violations.length) {
      console.log(`ok   ${view}`);
      return;
    }
    failures += violations.length;
    console.log(`FAIL ${view}`);
    for (const { rule, help, nodes } of violations) console.log(`     ${rule}: ${help}\n       ${nodes.join('\n       ')}`);
  }, ['en', 'ar']);
} finally {
  server.close();
}
process.exit(failures ? 1 : 0);
