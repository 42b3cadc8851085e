// Runs axe-core over every demo page (1280 and 360 px, light and dark, English and Arabic), with the elements' shadow
// roots, so colour contrast and names are checked on real article pages, not only in unit tests.
// Exits 1 on any violation.
import { DEMO_PAGES, axeViolations, startDemoServer, visitDemoViews } from './browser.mjs';

const server = await startDemoServer(5197);
let failures = 0;
try {
  await visitDemoViews(server.origin, DEMO_PAGES, async (page, { name, width, theme, lang }) => {
    const violations = await axeViolations(page);
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
