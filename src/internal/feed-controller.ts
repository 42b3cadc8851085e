import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { FeedError, INLINE_SOURCE, PROPERTY_SOURCE } from '../feed/errors.js';
import { loadFeed, parseJson, readFeed } from '../feed/load.js';
import type { SoundtrackFeed } from '../feed/types.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
  timeout: number;
}

/** `none`: the element has no source at all (no `feed`, `src` or inline feed). */
export type FeedStatus = 'none' | 'loading' | 'ready' | 'error';

const INLINE_FEED = ':scope > script[type="application/json"]';

/**
 * Inline feeds up to this many characters may be read ahead (`readAheadInline`); a longer one is read in
 * slices when the element starts, so that its first rows show while the rest are checked.
 */
const READ_AHEAD_CHARS = 100_000;

/**
 * Loads a host element's feed from its `feed` property, its `src` URL or an inline
 * `<script type="application/json">` child (in that order), through `@lit/task`: a new source
 * aborts the request in flight and its stale answer is dropped. The last feed that loaded stays
 * available while a reload runs and after a reload fails.
 */
export class FeedController {
  /** The newest feed that loaded; kept through a failed reload. */
  private lastGood: SoundtrackFeed | undefined;
  /** The first rows of a long feed that is still being read. */
  private preview: SoundtrackFeed | undefined;
  private runs = 0;
  private reloads = 0;
  private forceReload = false;
  /** The inline feed read ahead of the element's start, and the text it was read from. */
  private readAhead: { text: string; feed: Promise<SoundtrackFeed> } | undefined;
  private readonly task: Task<[string | null | undefined, unknown, number, number], SoundtrackFeed>;

  constructor(
    private readonly host: FeedHost,
    private readonly callbacks: {
      loaded: (feed: SoundtrackFeed) => void;
      failed: (error: Error) => void;
    },
  ) {
    this.task = new Task(host, {
      args: () => [host.src, host.feed, host.timeout, this.reloads] as const,
      task: async ([src, feed, timeout], { signal }) => {
        const reload = this.forceReload;
        this.forceReload = false;
        this.preview = undefined;
        const run = ++this.runs;
        const onPreview = (preview: SoundtrackFeed) => {
          if (run !== this.runs) return;
          this.preview = preview;
          host.requestUpdate();
        };
        // A promise (a CMS's own fetch) is awaited: the element shows its loading state meanwhile.
        if (feed !== undefined && feed !== null) return readFeed(await feed, PROPERTY_SOURCE, { signal, onPreview });
        if (src) return loadFeed(src, { signal, timeout, reload, onPreview });
        const inline = host.querySelector<HTMLScriptElement>(INLINE_FEED);
        const ahead = this.readAhead;
        this.readAhead = undefined;
        if (inline && ahead?.text === inline.text) return ahead.feed;
        if (inline) return readFeed(parseJson(inline.text, INLINE_SOURCE), INLINE_SOURCE, { signal, onPreview });
        return initialState;
      },
      onComplete: (feed) => {
        this.preview = undefined;
        this.lastGood = feed;
        this.callbacks.loaded(feed);
      },
      onError: (error) => {
        this.preview = undefined;
        if (error instanceof DOMException && error.name === 'AbortError') return;
        this.callbacks.failed(error instanceof Error ? error : new FeedError('format', String(error), 'The feed'));
      },
    });
  }

  /**
   * Reads the host's inline feed now, before the host starts updating, when that is where its
   * feed will come from (no `feed`, no `src`) and it is short: the element's first render then
   * finds it read, in a turn of its own.
   */
  readAheadInline(): void {
    if ((this.host.feed !== undefined && this.host.feed !== null) || this.host.src) return;
    const text = this.host.querySelector<HTMLScriptElement>(INLINE_FEED)?.text;
    if (text === undefined || text.length > READ_AHEAD_CHARS) return;
    const feed = (async () => readFeed(parseJson(text, INLINE_SOURCE), INLINE_SOURCE))();
    // Its error is the task's to report, when the task takes it.
    feed.catch(() => {});
    this.readAhead = { text, feed };
  }

  /** What to show: the first rows of a long feed being read, else the last feed that loaded. */
  get shown(): SoundtrackFeed | undefined {
    return this.preview ?? this.lastGood;
  }

  /** True while `shown` holds only the first rows of a long feed. */
  get partial(): boolean {
    return this.preview !== undefined;
  }

  get status(): FeedStatus {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'none';
    }
  }

  /** The error of the latest attempt, when it failed. */
  get error(): Error | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as Error) : undefined;
  }

  /** Loads the feed again, asking the server even if the answer is cached. */
  reload(): void {
    this.forceReload = true;
    this.reloads++;
    this.host.requestUpdate();
  }
}
