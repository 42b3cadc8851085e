/** How precisely a release date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** An ISO 8601 date known to the day, the month or only the year. */
export interface PartialDate {
  /** The date as written in the feed: `1969-01-13`, `1980-02` or `1976`. */
  readonly iso: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1-12, present for month and day precision. */
  readonly month?: number;
  /** 1-31, present for day precision. */
  readonly day?: number;
}

/** A chart peak: exactly one of `position` ("No. 4") and `top` (a bound, "Top 10") is set. */
export interface ChartPeak {
  /** The chart's name; `null` when the source does not name it. */
  readonly chart: string | null;
  readonly position: number | null;
  readonly top: number | null;
  /** The track that peaked, when the peak is a single's rather than the album's. */
  readonly work: string | null;
  /** It entered the chart at this place. */
  readonly debut: boolean;
  readonly region: string | null;
}

export interface Certification {
  readonly level: string;
  readonly body: string | null;
  /** Free text: "UK", "multiple countries". */
  readonly region: string | null;
  /** How many times the level was reached: 2 for 2× Platinum. */
  readonly count: number | null;
}

export interface Award {
  /** `null` when the source says only "award nominations". */
  readonly name: string | null;
  readonly work: string | null;
  readonly result: 'won' | 'nominated';
  readonly year: number | null;
  /** How many: 5 for "five Grammys". */
  readonly count: number | null;
}

export interface Track {
  readonly title: string;
  readonly artist: string | null;
}

export interface Ratings {
  readonly film: number;
  readonly soundtrack: number;
  readonly scale: number;
}

/** One feed item after validation and normalization: every field has one shape. */
export interface SoundtrackItem {
  readonly id: string;
  /** Position of the item in the feed as published (0-based), the last tie-breaker when sorting. */
  readonly index: number;
  readonly title: string | null;
  /** Only `http:`, `https:` or relative URLs survive normalization; anything else is `null`. */
  readonly url: string | null;
  readonly image: string | null;
  readonly contentText: string | null;
  /** Sanitized HTML, safe to render. */
  readonly contentHtml: string | null;
  readonly tags: readonly string[];
  readonly rank: number | null;
  readonly artist: string | null;
  readonly album: string | null;
  readonly film: string | null;
  readonly filmYear: number | null;
  readonly released: PartialDate | null;
  readonly genres: readonly string[];
  readonly peaks: readonly ChartPeak[];
  readonly certifications: readonly Certification[];
  readonly awards: readonly Award[];
  readonly tracks: readonly Track[];
  readonly artists: readonly string[];
  readonly ratings: Ratings | null;
  /** Last week's chart position; `null` when new this week or not known (see `newEntry`). */
  readonly previousRank: number | null;
  /** New on the chart this week (`previous_rank: null` in the feed). */
  readonly newEntry: boolean;
  /** Back on the chart after dropping off. */
  readonly reentry: boolean;
  readonly peakRank: number | null;
  readonly weeksOnChart: number | null;
}

/**
 * Something dropped from an otherwise readable feed: an unsafe link in an item, or a `next_url`
 * page that could not be loaded (then `index` and `id` are `null`).
 */
export interface FeedWarning {
  /** 0-based position of the item in the feed's `items` (across `next_url` pages). */
  readonly index: number | null;
  readonly id: string | null;
  /** Dotted path of the offending field, e.g. `_soundtrack.rank`; empty for the item itself. */
  readonly field: string;
  readonly reason: string;
}

/** An item the feed contained but that could not be used, and why. */
export interface SkippedItem extends FeedWarning {
  readonly index: number;
}

export interface SoundtrackFeed {
  readonly title: string | null;
  readonly homePageUrl: string | null;
  readonly language: string | null;
  readonly updated: PartialDate | null;
  readonly items: readonly SoundtrackItem[];
  readonly skipped: readonly SkippedItem[];
  readonly warnings: readonly FeedWarning[];
}
