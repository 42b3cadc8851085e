// Writes schema/soundtrack-feed.schema.json from the feed layer's own rules (src/feed/rules.ts,
// src/feed/schema.ts): each rule that reads a field also describes the canonical form a CMS should
// emit, so the JSON Schema and the rules the elements run cannot drift. This file adds the
// descriptions of single fields and the patterns of links and dates (the script-tag files need
// neither). `--check` only compares and fails when the file is stale (npm test runs that).
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
/** What the schema says of a link's and a date's text that the rules check elsewhere (`safeUrl`, `parsePartialDate`). */
const LINK = {
  pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)|^[hH][tT][tT][pP][sS]?:',
  description: 'An http:, https: or relative URL; any other scheme is dropped by the widgets.',
};
const DATE = {
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description:
    'ISO 8601 at day, month or year precision (2002-10-22, 1980-02, 1976), or null when unknown. An impossible day such as 2020-02-30 is left out with a warning.',
};
const TEXT_KEYWORDS = {
  '/properties/home_page_url/anyOf/0': LINK,
  '/properties/next_url/anyOf/0': LINK,
  [`${ITEM}/url/anyOf/0`]: LINK,
  [`${ITEM}/image/anyOf/0`]: LINK,
  [`${FACTS}/released/anyOf/0`]: DATE,
  '/properties/_soundtrack/anyOf/0/properties/updated/anyOf/0': DATE,
};

const nodeAt = (pointer) => {
  const node = pointer.split('/').slice(1).reduce((at, key) => at?.[key], json);
  if (!node) throw new Error(`build-schema: no ${pointer} in the generated schema`);
  return node;
};
for (const [pointer, keywords] of Object.entries(TEXT_KEYWORDS)) Object.assign(nodeAt(pointer), keywords);
for (const [pointer, description] of Object.entries(DESCRIPTIONS)) nodeAt(pointer).description = description;

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
