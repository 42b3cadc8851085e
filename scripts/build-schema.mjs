// Writes schema/soundtrack-feed.schema.json from the feed layer's own valibot schemas
// (src/feed/schema.ts), so the JSON Schema and the rules the elements run cannot drift.
// `--check` only compares and fails when the file is stale (npm test runs that).
// The schemas say what is read; this file adds what a JSON Schema needs beyond them: the canonical
// form a CMS should emit where the elements are lenient (digit strings, a single genre string),
// the link pattern, the rule valibot checks in code (a peak's position or top), and descriptions.
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { build } from 'vite';

const OUT = 'schema/soundtrack-feed.schema.json';
const root = resolve('.');

// Node 20 cannot import TypeScript: bundle the schema module (valibot stays external, so the
// schema objects and this script share one valibot) into a folder inside the repository.
const dir = mkdtempSync(join(root, 'node_modules', '.schema-'));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: dir,
    emptyOutDir: true,
    minify: false,
    lib: { entry: join(root, 'src/feed/schema.ts'), formats: ['es'], fileName: () => 'schema.mjs' },
    rolldownOptions: { external: ['valibot'] },
  },
});
const schema = await import(pathToFileURL(join(dir, 'schema.mjs')).href);
rmSync(dir, { recursive: true, force: true });

const LINK = '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)|^[hH][tT][tT][pP][sS]?:';
const PARTIAL_DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

/** The canonical JSON form of a schema the elements read leniently, by the schema object itself. */
const canonical = new Map([
  [schema.ITEM_ID, { type: 'string', minLength: 1 }],
  [schema.positiveInteger, { type: 'integer', minimum: 1 }],
  [schema.nonNegativeInteger, { type: 'integer', minimum: 0 }],
  [schema.year, { type: 'integer', minimum: 1000, maximum: 9999 }],
  [schema.number, { type: 'number' }],
]);

/** The same for optional fields (nullish in valibot): the JSON of the value when it is given. */
const canonicalWhenGiven = new Map([
  [schema.link, { type: 'string', pattern: LINK, description: 'An http:, https: or relative URL; any other scheme is dropped by the widgets.' }],
  [
    schema.releaseDate,
    {
      type: 'string',
      pattern: PARTIAL_DATE,
      description: 'ISO 8601 at day, month or year precision (2002-10-22, 1980-02, 1976), or null when unknown. An impossible day such as 2020-02-30 is left out with a warning.',
    },
  ],
]);

const exactlyOne = (a, b) => [
  { required: [a], properties: { [a]: { type: 'integer' }, [b]: { type: 'null' } } },
  { required: [b], properties: { [b]: { type: 'integer' }, [a]: { type: 'null' } } },
];
const CONFIG = { target: 'draft-2020-12', typeMode: 'input', errorMode: 'ignore' };

// The converter asks overrideSchema about every schema but pipelines, and most of the schemas
// above are pipelines: so they are swapped first for markers that carry their JSON.
const markers = new Map();
const marker = (json) => {
  const stand = v.any();
  markers.set(stand, json);
  return stand;
};
const convert = (valibot) =>
  toJsonSchema(canonicalize(valibot), { ...CONFIG, overrideSchema: ({ valibotSchema }) => markers.get(valibotSchema) });

function canonicalize(node) {
  if (canonical.has(node)) return marker(canonical.get(node));
  if (canonicalWhenGiven.has(node)) return { ...node, wrapped: marker(canonicalWhenGiven.get(node)) };
  // A list of names may be left out (valibot says so inside its pipeline, out of the converter's sight).
  if (node === schema.nameList) return v.optional(marker({ type: 'array', items: { type: 'string', minLength: 1 } }));
  if (node === schema.FACT_LISTS.peaks) {
    const peak = convert(node.pipe[0]);
    delete peak.$schema;
    return marker({ ...peak, oneOf: exactlyOne('position', 'top') });
  }
  if ('pipe' in node) {
    const base = canonicalize(node.pipe[0]);
    return base === node.pipe[0] ? node : { ...base, pipe: [base, ...node.pipe.slice(1)] };
  }
  if (node.entries) return { ...node, entries: Object.fromEntries(Object.entries(node.entries).map(([key, entry]) => [key, canonicalize(entry)])) };
  if (node.item) return { ...node, item: canonicalize(node.item) };
  if (node.wrapped) return { ...node, wrapped: canonicalize(node.wrapped) };
  if (node.type === 'union') return { ...node, options: node.options.map(canonicalize) };
  return node;
}

const json = convert(v.object({ ...schema.FeedDocumentSchema.entries, items: v.array(schema.ItemSchema) }));

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
