// Validates every demo feed against the shipped JSON Schema and checks ids are unique, and that
// the schema refuses what the widgets leave out.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, readdirSync } from 'node:fs';

const schema = JSON.parse(readFileSync('schema/soundtrack-feed.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const dir = 'demo/feeds';
let passed = 0;
let failed = 0;
for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
  const feed = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  const problems = validate(feed) ? [] : validate.errors.map((error) => `${error.instancePath || '/'} ${error.message}`);
  const ids = feed.items?.map((item) => item.id) ?? [];
  if (new Set(ids).size !== ids.length) problems.push('duplicate item ids');
  if (problems.length) {
    failed++;
    console.error(`✘ ${name}:\n  ${problems.slice(0, 10).join('\n  ')}`);
  } else {
    passed++;
    console.log(`✔ ${name}: ${ids.length} items`);
  }
}

// And the schema refuses what the widgets leave out with a warning.
const item = (facts, extra = {}) => ({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'x', ...extra, _soundtrack: facts }] });
const refused = {
  'a rank that is not a whole number': item({ rank: 'first' }),
  'an impossible month': item({ released: '1980-13' }),
  'a peak with both a position and a top bound': item({ peaks: [{ position: 3, top: 10 }] }),
  'a peak with neither': item({ peaks: [{ chart: 'Billboard 200' }] }),
  'a certification without a level': item({ certifications: [{ body: 'RIAA' }] }),
  'an award with an unknown result': item({ awards: [{ name: 'Grammy Award', result: 'maybe' }] }),
  'negative weeks on chart': item({ weeks_on_chart: -2 }),
  'a javascript: link': item({}, { url: 'javascript:alert(1)' }),
  'an item without an id': { version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'x' }] },
};
for (const [what, feed] of Object.entries(refused)) {
  if (validate(feed)) {
    failed++;
    console.error(`✘ the schema accepts ${what}`);
  } else {
    passed++;
    console.log(`✔ the schema refuses ${what}`);
  }
}
console.log(`feeds: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
