export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'format';

/** A feed that cannot be read at all. The message is written for the publisher who set it up. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** What was being read: a file name such as `top-100.json`, or "The inline feed". */
    readonly source: string,
    readonly status?: number,
  ) {
    super(message);
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
