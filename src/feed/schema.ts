import {
  anything,
  check,
  flag,
  integer,
  list,
  matching,
  nameList,
  nullish,
  number,
  object,
  oneOf,
  partialDate,
  requiredText,
  text,
  type Infer,
  type Rule,
} from './rules.js';

/** The JSON Feed versions we read; 1.0 feeds are a subset of 1.1 for our fields. */
export const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/;

const optionalText = nullish(text, null);
/**
 * A link: text like any other here; `safeUrl` drops any scheme but http(s) when the item is
 * normalized. The JSON Schema's pattern for links and dates is in scripts/build-schema.mjs, where
 * the script-tag files do not carry it.
 */
const link = optionalText;

/** Integers also arrive as digit strings from CMS exports ("12"); anything else is an error. */
const positiveInteger = integer('must be a whole number', { min: 1, outside: 'must be 1 or more' });
const nonNegativeInteger = integer('must be a whole number', { min: 0, outside: 'must be 0 or more' });
const year = integer('must be a year', { min: 1000, max: 9999, outside: 'must be a four-digit year' });

const releaseDate = nullish(partialDate, null);

const count = nullish(positiveInteger, null);
const optionalFlag = nullish(flag, false);

/** In a JSON Schema: `a` is a whole number and `b` null or absent, or the other way round. */
const exactlyOne = (a: string, b: string) => [
  { required: [a], properties: { [a]: { type: 'integer' }, [b]: { type: 'null' } } },
  { required: [b], properties: { [b]: { type: 'integer' }, [a]: { type: 'null' } } },
];

/**
 * A chart peak: a position ("No. 4") or a bound ("Top 10"), on a named chart or not, of the album
 * or of one of its tracks (`work`), entered there (`debut`), in a region ("UK").
 */
const peak = check(
  object({
    chart: optionalText,
    position: nullish(positiveInteger, null),
    top: nullish(positiveInteger, null),
    work: optionalText,
    debut: optionalFlag,
    region: optionalText,
  }),
  (entry) => (entry.position === null) !== (entry.top === null),
  'must give either a position or a top bound',
  { oneOf: exactlyOne('position', 'top') },
);

/** A certification: its level ("Gold"), by a body ("RIAA") or in a region ("multiple countries"), `count` times. */
const certification = object({
  level: requiredText('must name the level'),
  body: optionalText,
  region: optionalText,
  count,
});

/** An award won or a nomination; `name` may be unknown ("award nominations"), `count` says how many. */
const award = object({
  name: optionalText,
  work: optionalText,
  result: oneOf(['won', 'nominated'], 'must be "won" or "nominated"'),
  year: nullish(year, null),
  count,
});

const track = object({
  title: requiredText('must give the track title'),
  artist: optionalText,
});

/**
 * The lists whose entries are checked one by one: a wrong entry is dropped with a warning and the
 * rest of the list stays.
 */
export const FACT_LISTS = { peaks: peak, certifications: certification, awards: award, tracks: track };

const listOf = <T>(entry: Rule<T>) => nullish(list(entry, 'must be a list'), []);

const ratings = check(
  object({ film: number(), soundtrack: number(), scale: number({ than: 0, message: 'must be above 0' }) }),
  (scores) => scores.film <= scores.scale && scores.soundtrack <= scores.scale,
  'scores must not exceed the scale',
);

/**
 * Every field of `_soundtrack`, each checked on its own: a wrong one is dropped with a warning
 * (and reads as unknown), never costing the item.
 */
export const SOUNDTRACK_FIELDS = {
  rank: nullish(positiveInteger, null),
  artist: optionalText,
  album: optionalText,
  film: optionalText,
  film_year: nullish(year, null),
  released: releaseDate,
  genres: nameList,
  artists: nameList,
  peaks: listOf(FACT_LISTS.peaks),
  certifications: listOf(FACT_LISTS.certifications),
  awards: listOf(FACT_LISTS.awards),
  tracks: listOf(FACT_LISTS.tracks),
  ratings: nullish(ratings, null),
  /** Last week's position; `null` means new this week, absent means not known. */
  previous_rank: nullish(positiveInteger),
  peak_rank: nullish(positiveInteger, null),
  weeks_on_chart: nullish(nonNegativeInteger, null),
  reentry: optionalFlag,
};

const idText = requiredText('must be text', 'must not be empty');
/** JSON Feed says a non-string id must be coerced to a string. */
export const ITEM_ID: Rule<string> = {
  read: (value) => idText.read(typeof value === 'number' && !Number.isNaN(value) ? String(value) : value),
  describe: idText.describe,
};

/** The item's own JSON Feed fields, each checked on its own like `SOUNDTRACK_FIELDS`. */
export const ITEM_FIELDS = {
  title: optionalText,
  url: link,
  image: link,
  content_text: optionalText,
  content_html: optionalText,
  tags: nameList,
};

/** An item: only a missing or unusable `id` costs the whole item. */
export const Item = object({
  id: ITEM_ID,
  ...ITEM_FIELDS,
  _soundtrack: nullish(object(SOUNDTRACK_FIELDS), {}),
});

/** What makes a document a JSON Feed: without it the feed cannot be read at all. */
export const FeedRequired = object({
  version: matching(JSON_FEED_VERSION, 'must be https://jsonfeed.org/version/1.1'),
  items: list(anything, 'must be a list'),
});

/** The feed's other fields, each checked on its own like an item's. */
export const FEED_FIELDS = { title: optionalText, home_page_url: link, language: optionalText, next_url: link };
export const FEED_EXTENSION_FIELDS = { updated: releaseDate };

export const FeedDocument = object({
  version: FeedRequired.fields.version,
  ...FEED_FIELDS,
  items: FeedRequired.fields.items,
  _soundtrack: nullish(object(FEED_EXTENSION_FIELDS), { updated: null }),
});

export type ItemOutput = Infer<typeof Item>;
export type SoundtrackOutput = ItemOutput['_soundtrack'];
export type FeedDocumentOutput = Infer<typeof FeedDocument>;
