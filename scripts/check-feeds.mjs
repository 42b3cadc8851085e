// Validates every demo feed against the shipped JSON Schema and checks ids are unique.
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
console.log(`feeds: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
