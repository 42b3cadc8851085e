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

/** Integers also arrive as digit strings from CMS exports ("12"); anything else is an error. */
const integer = (message: string) =>
  v.pipe(
    v.union(
      [v.number(), v.pipe(v.string(), v.trim(), v.regex(/^-?\d+$/), v.transform(Number))],
      message,
    ),
    v.integer(message),
  );
const positiveInteger = v.pipe(integer('must be a whole number'), v.minValue(1, 'must be 1 or more'));
const year = v.pipe(
  integer('must be a year'),
  v.minValue(1000, 'must be a four-digit year'),
  v.maxValue(9999, 'must be a four-digit year'),
);

const number = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.trim(), v.decimal(), v.transform(Number))], 'must be a number'),
  v.finite('must be a number'),
);

/**
 * A list of names; a single string (one name, or comma-separated) is read as a list. The list comes
 * first in the union: a failed branch costs an issue object, and lists are the usual case.
 */
const nameList = v.pipe(
  v.nullish(v.union([v.array(v.string()), v.string()], 'must be a list of text'), []),
  v.transform((value) => (typeof value === 'string' ? value.split(',') : value)),
  v.transform((names) => [...new Set(names.map((name) => name.trim()).filter(Boolean))]),
);

const releaseDate = v.nullish(
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

const listOf = <T extends v.GenericSchema>(entry: T) => v.nullish(v.array(entry, 'must be a list'), []);

const requiredText = (message: string) => v.pipe(v.string(message), v.trim(), v.nonEmpty(message));

export const SoundtrackExtensionSchema = v.object({
  rank: v.nullish(positiveInteger, null),
  artist: optionalText,
  album: optionalText,
  film: optionalText,
  film_year: v.nullish(year, null),
  released: releaseDate,
  genres: nameList,
  artists: nameList,
  peaks: listOf(
    v.object({
      chart: requiredText('must name the chart'),
      position: positiveInteger,
    }),
  ),
  certifications: listOf(
    v.object({
      body: requiredText('must name the certifying body'),
      level: requiredText('must name the level'),
    }),
  ),
  awards: listOf(
    v.object({
      name: requiredText('must name the award'),
      work: optionalText,
      result: v.picklist(['won', 'nominated'], 'must be "won" or "nominated"'),
      year: v.nullish(year, null),
    }),
  ),
  tracks: listOf(
    v.object({
      title: requiredText('must give the track title'),
      artist: optionalText,
    }),
  ),
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
});

/** JSON Feed says a non-string id must be coerced to a string. */
const itemId = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.transform(String))], 'must be text'),
  v.trim(),
  v.nonEmpty('must not be empty'),
);

export const ItemSchema = v.object({
  id: itemId,
  title: optionalText,
  url: optionalText,
  image: optionalText,
  content_text: optionalText,
  content_html: optionalText,
  tags: nameList,
  _soundtrack: v.nullish(SoundtrackExtensionSchema, {}),
});

export const FeedDocumentSchema = v.object({
  version: v.pipe(
    v.string('must be text'),
    v.regex(JSON_FEED_VERSION, 'must be https://jsonfeed.org/version/1.1'),
  ),
  title: optionalText,
  home_page_url: optionalText,
  language: optionalText,
  next_url: optionalText,
  items: v.array(v.unknown(), 'must be a list'),
  _soundtrack: v.nullish(v.object({ updated: releaseDate }), { updated: null }),
});

export type ItemOutput = v.InferOutput<typeof ItemSchema>;
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
