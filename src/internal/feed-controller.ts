import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { FeedError, INLINE_SOURCE, PROPERTY_SOURCE } from '../feed/errors.js';
import { loadFeed, parseJson, readFeed } from '../feed/load.js';
import type { SoundtrackFeed } from '../feed/types.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  timeout: number;
}

/** `none`: the element has no source at all (no `feed`, `src` or inline feed). */
export type FeedStatus = 'none' | 'loading' | 'ready' | 'error';

const INLINE_FEED = ':scope > script[type="application/json"]';

/**
 * Loads a host element's feed from its `feed` property (held here), its `src` URL or an inline
 * `<script type="application/json">` child (in that order), through `@lit/task`: a new source
 * aborts the request in flight and its stale answer is dropped. The last feed that loaded stays
 * available while a reload runs and after a reload fails.
 */
export class FeedController {
  /** The host's `feed`: the object given until it is read, then the feed read from it. */
  private given: unknown;
  /** Counts the objects given, so the task sees a change without holding on to one. */
  private gifts = 0;
  /** The object the feed in `given` was read from, so that giving it again reads nothing. */
  private readFrom: WeakRef<object> | undefined;
  /** The newest feed that loaded; kept through a failed reload. */
  private lastGood: SoundtrackFeed | undefined;
  /** The first rows of a long feed that is still being read. */
  private preview: SoundtrackFeed | undefined;
  private runs = 0;
  private reloads = 0;
  private forceReload = false;
  private readonly task: Task<[string | null | undefined, number, number, number], SoundtrackFeed>;

  constructor(
    private readonly host: FeedHost,
    private readonly callbacks: {
      /** A feed that loaded, or the first rows of a long one, is about to be shown for the first time. */
      showing: () => void;
      loaded: (feed: SoundtrackFeed) => void;
      failed: (error: Error) => void;
    },
  ) {
    this.task = new Task(host, {
      args: () => [host.src, this.gifts, host.timeout, this.reloads] as const,
      task: async ([src, , timeout], { signal }) => {
        const reload = this.forceReload;
        this.forceReload = false;
        this.preview = undefined;
        const run = ++this.runs;
        const onPreview = (preview: SoundtrackFeed) => {
          if (run !== this.runs) return;
          this.preview = preview;
          this.callbacks.showing();
          host.requestUpdate();
        };
        const given = this.given;
        if (given !== undefined && given !== null) {
          // A promise (a CMS's own fetch) is awaited: the element shows its loading state meanwhile.
          const feed = await readFeed(await given, PROPERTY_SOURCE, { signal, onPreview });
          // What was read takes the place of the page's object, which the element then no longer
          // keeps alive (a 100,000-row feed object is 18 MB of heap besides its items).
          if (this.given === given) {
            this.given = feed;
            this.readFrom = typeof given === 'object' ? new WeakRef(given) : undefined;
          }
          return feed;
        }
        if (src) return loadFeed(src, { signal, timeout, reload, onPreview });
        const inline = host.querySelector<HTMLScriptElement>(INLINE_FEED);
        if (inline) return readFeed(parseJson(inline.text, INLINE_SOURCE), INLINE_SOURCE, { signal, onPreview });
        return initialState;
      },
      onComplete: (feed) => {
        // After its first rows, the whole feed replaces them where they are.
        if (!this.preview) this.callbacks.showing();
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

  get feed(): unknown {
    return this.given;
  }

  set feed(value: unknown) {
    if (value === this.given || (typeof value === 'object' && value !== null && value === this.readFrom?.deref())) return;
    this.given = value;
    this.readFrom = undefined;
    this.gifts++;
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
