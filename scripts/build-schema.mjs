// Writes schema/soundtrack-feed.schema.json from the feed layer's own rules (src/feed/rules.ts,
// src/feed/schema.ts): each rule that reads a field also describes the canonical form a CMS should
// emit, so the JSON Schema and the rules the elements run cannot drift. This file adds the
// descriptions of single fields. `--check` only compares and fails when the file is stale (npm
// test runs that).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const OUT = 'schema/soundtrack-feed.schema.json';
const root = resolve('.');

// Node 20 cannot import TypeScript: bundle the schema module and the rules into a folder inside
// the repository.
const dir = mkdtempSync(join(root, 'node_modules', '.schema-'));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: dir,
    emptyOutDir: true,
    minify: false,
    lib: { entry: { schema: join(root, 'src/feed/schema.ts'), rules: join(root, 'src/feed/rules.ts') }, formats: ['es'], fileName: (_, name) => `${name}.mjs` },
  },
});
const [schema, rules] = await Promise.all(['schema', 'rules'].map((name) => import(pathToFileURL(join(dir, `${name}.mjs`)).href)));
rmSync(dir, { recursive: true, force: true });

// The document as a CMS writes it: its items checked by the item's rules.
const json = rules.object({ ...schema.FeedDocument.fields, items: rules.list(schema.Item, 'must be a list') }).describe();

/** Descriptions by JSON pointer; a pointer that no longer exists fails the build. */
const ITEM = '/properties/items/items/properties';
const FACTS = `${ITEM}/_soundtrack/anyOf/0/properties`;
const DESCRIPTIONS = {
  '/properties/language': 'BCP 47 language tag; the elements speak it when the page gives no lang.',
  '/properties/next_url': 'The next page of a long feed; the widgets follow a bounded number of pages.',
  [`${ITEM}/id`]: 'Unique within the feed; soundtrack-card selects an item by it. The only field whose absence skips the item.',
  [`${ITEM}/image`]: 'Cover art.',
  [`${ITEM}/content_html`]: 'The blurb as HTML; always sanitized before it renders.',
  [`${FACTS}/rank`]: 'Chart or list position.',
  [`${FACTS}/album`]: 'Album title; null when the source lost it.',
  [`${FACTS}/peaks`]: 'Chart peaks: an exact position or a top bound ("Top 10"), on a named chart or not, of the album or of one track (work), entered there (debut), in a region.',
  [`${FACTS}/certifications`]: 'Certifications: a level ("Gold"), by a body ("RIAA") or in a region (free text, "multiple countries"), count times (2 for 2× Platinum).',
  [`${FACTS}/awards`]: 'Awards won or nominations; name null when the source names none ("award nominations"); count 5 for "five Grammys".',
  [`${FACTS}/previous_rank`]: "Last week's position; null means new this week; absent means not known.",
  [`${FACTS}/peak_rank`]: 'The best position reached on this chart.',
  [`${FACTS}/reentry`]: 'Back on the chart after dropping off.',
};
for (const [pointer, description] of Object.entries(DESCRIPTIONS)) {
  const node = pointer.split('/').slice(1).reduce((at, key) => at?.[key], json);
  if (!node) throw new Error(`build-schema: no ${pointer} in the generated schema`);
  node.description = description;
}

const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/soundtrack-widgets/schema/soundtrack-feed.schema.json',
  title: 'Soundtrack feed',
  description:
    'A JSON Feed 1.1 document whose items carry film-soundtrack facts in the `_soundtrack` extension, as soundtrack-widgets read it. Generated from the widgets\' own rules (npm run schema). It describes the canonical form a CMS should emit; the widgets also read numeric ids, digit-string numbers and a single genre string, check that a date exists and that a rating does not exceed its scale, and leave a field that breaks a rule out of its item with a warning: only an item without a usable id is skipped.',
  ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
};
const text = `${JSON.stringify(document, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const fresh = readFileSync(OUT, 'utf8') === text;
  console.log(fresh ? `${OUT} matches the feed layer's rules.` : `${OUT} is stale: run npm run schema and commit it.`);
  process.exit(fresh ? 0 : 1);
}
writeFileSync(OUT, text);
console.log(`wrote ${OUT}`);
