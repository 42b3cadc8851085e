import * as v from 'valibot';
import { parsePartialDate } from './dates.js';

/** The JSON Feed versions we read; 1.0 feeds are a subset of 1.1 for our fields. */
export const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/;

/** A trimmed string; empty means "not given". */
const text = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.transform((value) => value || null),
);
const optionalText = v.nullish(text, null);
/** A link: text like any other here; `safeUrl` drops any scheme but http(s) when the item is normalized. */
export const link = v.nullish(text, null);

/** Integers also arrive as digit strings from CMS exports ("12"); anything else is an error. */
const integer = (message: string) =>
  v.pipe(
    v.union(
      [v.number(), v.pipe(v.string(), v.trim(), v.regex(/^-?\d+$/), v.transform(Number))],
      message,
    ),
    v.integer(message),
  );
export const positiveInteger = v.pipe(integer('must be a whole number'), v.minValue(1, 'must be 1 or more'));
export const nonNegativeInteger = v.pipe(integer('must be a whole number'), v.minValue(0, 'must be 0 or more'));
export const year = v.pipe(
  integer('must be a year'),
  v.minValue(1000, 'must be a four-digit year'),
  v.maxValue(9999, 'must be a four-digit year'),
);

export const number = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.trim(), v.decimal(), v.transform(Number))], 'must be a number'),
  v.finite('must be a number'),
);

/**
 * A list of names; a single string (one name, or comma-separated) is read as a list. The list comes
 * first in the union: a failed branch costs an issue object, and lists are the usual case.
 */
export const nameList = v.pipe(
  v.nullish(v.union([v.array(v.string()), v.string()], 'must be a list of text'), []),
  v.transform((value) => (typeof value === 'string' ? value.split(',') : value)),
  v.transform((names) => [...new Set(names.map((name) => name.trim()).filter(Boolean))]),
);

export const releaseDate = v.nullish(
  v.pipe(
    v.string('must be a date like 2002-10-22, 1980-02 or 1976'),
    v.trim(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      if (!dataset.value) return null;
      const date = parsePartialDate(dataset.value);
      if (date) return date;
      addIssue({ message: `must be a real date like 2002-10-22, 1980-02 or 1976, not "${dataset.value}"` });
      return NEVER;
    }),
  ),
  null,
);

const requiredText = (message: string) => v.pipe(v.string(message), v.trim(), v.nonEmpty(message));
const flag = v.nullish(v.boolean('must be true or false'), false);
const count = v.nullish(positiveInteger, null);

/**
 * A chart peak: a position ("No. 4") or a bound ("Top 10"), on a named chart or not, of the album
 * or of one of its tracks (`work`), entered there (`debut`), in a region ("UK").
 */
const peak = v.pipe(
  v.object({
    chart: optionalText,
    position: v.nullish(positiveInteger, null),
    top: v.nullish(positiveInteger, null),
    work: optionalText,
    debut: flag,
    region: optionalText,
  }),
  v.check((entry) => (entry.position === null) !== (entry.top === null), 'must give either a position or a top bound'),
);

/** A certification: its level ("Gold"), by a body ("RIAA") or in a region ("multiple countries"), `count` times. */
const certification = v.object({
  level: requiredText('must name the level'),
  body: optionalText,
  region: optionalText,
  count,
});

/** An award won or a nomination; `name` may be unknown ("award nominations"), `count` says how many. */
const award = v.object({
  name: optionalText,
  work: optionalText,
  result: v.picklist(['won', 'nominated'], 'must be "won" or "nominated"'),
  year: v.nullish(year, null),
  count,
});

const track = v.object({
  title: requiredText('must give the track title'),
  artist: optionalText,
});

/**
 * The lists whose entries are checked one by one: a wrong entry is dropped with a warning and the
 * rest of the list stays.
 */
export const FACT_LISTS = { peaks: peak, certifications: certification, awards: award, tracks: track };

const listOf = <T extends v.GenericSchema>(entry: T) => v.nullish(v.array(entry, 'must be a list'), []);

/**
 * Every field of `_soundtrack`, each checked on its own: a wrong one is dropped with a warning
 * (and reads as unknown), never costing the item.
 */
export const SOUNDTRACK_FIELDS = {
  rank: v.nullish(positiveInteger, null),
  artist: optionalText,
  album: optionalText,
  film: optionalText,
  film_year: v.nullish(year, null),
  released: releaseDate,
  genres: nameList,
  artists: nameList,
  peaks: listOf(FACT_LISTS.peaks),
  certifications: listOf(FACT_LISTS.certifications),
  awards: listOf(FACT_LISTS.awards),
  tracks: listOf(FACT_LISTS.tracks),
  ratings: v.nullish(
    v.pipe(
      v.object({ film: number, soundtrack: number, scale: v.pipe(number, v.gtValue(0, 'must be above 0')) }),
      v.check(
        (ratings) => ratings.film <= ratings.scale && ratings.soundtrack <= ratings.scale,
        'scores must not exceed the scale',
      ),
    ),
    null,
  ),
  /** Last week's position; `null` means new this week, absent means not known. */
  previous_rank: v.optional(v.nullable(positiveInteger)),
  peak_rank: v.nullish(positiveInteger, null),
  weeks_on_chart: v.nullish(nonNegativeInteger, null),
  reentry: flag,
};

export const SoundtrackExtensionSchema = v.object(SOUNDTRACK_FIELDS);

/** JSON Feed says a non-string id must be coerced to a string. */
export const ITEM_ID = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.transform(String))], 'must be text'),
  v.trim(),
  v.nonEmpty('must not be empty'),
);

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
export const ItemSchema = v.object({
  id: ITEM_ID,
  ...ITEM_FIELDS,
  _soundtrack: v.nullish(SoundtrackExtensionSchema, {}),
});

/** What makes a document a JSON Feed: without it the feed cannot be read at all. */
export const FeedRequiredSchema = v.object({
  version: v.pipe(
    v.string('must be text'),
    v.regex(JSON_FEED_VERSION, 'must be https://jsonfeed.org/version/1.1'),
  ),
  items: v.array(v.unknown(), 'must be a list'),
});

/** The feed's other fields, each checked on its own like an item's. */
export const FEED_FIELDS = { title: optionalText, home_page_url: link, language: optionalText, next_url: link };
export const FEED_EXTENSION_FIELDS = { updated: releaseDate };

export const FeedDocumentSchema = v.object({
  version: FeedRequiredSchema.entries.version,
  ...FEED_FIELDS,
  items: FeedRequiredSchema.entries.items,
  _soundtrack: v.nullish(v.object(FEED_EXTENSION_FIELDS), { updated: null }),
});

export type ItemOutput = v.InferOutput<typeof ItemSchema>;
export type SoundtrackOutput = v.InferOutput<typeof SoundtrackExtensionSchema>;
export type FeedDocumentOutput = v.InferOutput<typeof FeedDocumentSchema>;

/** A short reason a publisher can act on: "missing items", "_soundtrack.rank must be a whole number". */
export function describeIssue(issue: v.BaseIssue<unknown>): { field: string; reason: string } {
  const field = v.getDotPath(issue) ?? '';
  if (issue.type === 'object' && issue.received === 'undefined' && field) {
    return { field, reason: `missing ${field}` };
  }
  if (!field) return { field, reason: issue.type === 'object' ? 'is not an object' : issue.message };
  return { field, reason: `${field} ${issue.message}` };
}
