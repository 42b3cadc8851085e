export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'format';

/** The `source` of a feed written inside the element as `<script type="application/json">`. */
export const INLINE_SOURCE = 'The inline feed';
/** The `source` of a feed given as the `feed` property. */
export const PROPERTY_SOURCE = 'The feed property';

export interface FeedErrorFacts {
  /** The HTTP status of an `http` error. */
  readonly status?: number;
  /** The status as the server wrote it: "404 Not Found". */
  readonly statusText?: string;
  /** How long a `timeout` error waited. */
  readonly seconds?: number;
}

/**
 * A feed that cannot be read at all. The message is English, written for the publisher who set it
 * up; the elements word it for readers in their language from `kind`, `source` and the facts.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly status?: number;
  readonly statusText?: string;
  readonly seconds?: number;

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** What was being read: a file name such as `top-100.json`, `INLINE_SOURCE` or `PROPERTY_SOURCE`. */
    readonly source: string,
    facts: FeedErrorFacts = {},
  ) {
    super(message);
    Object.assign(this, facts);
  }
}

/** The short name a publisher recognises: the last path segment of a URL. */
export function describeSource(url: string): string {
  try {
    const { pathname, host } = new URL(url);
    return decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? host) || host;
  } catch {
    return url;
  }
}
