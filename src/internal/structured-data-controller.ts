import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StructuredDataKind } from '../feed/structured-data.js';
import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';

export interface StructuredDataHost extends ReactiveControllerHost, HTMLElement {
  structuredData: boolean;
}

export interface StructuredDataOptions {
  readonly kind: () => StructuredDataKind;
  /** The feed shown, if any. */
  readonly feed: () => SoundtrackFeed | undefined;
  /** The items the element shows of it. */
  readonly items: (feed: SoundtrackFeed) => readonly SoundtrackItem[];
}

const sameItems = (a: readonly SoundtrackItem[], b: readonly SoundtrackItem[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/**
 * With the host's `structured-data` attribute, keeps one `<script type="application/ld+json">` in
 * the host's light DOM, where crawlers read it, in step with the data shown; removes it when the
 * attribute goes. The code that builds and writes the JSON-LD is loaded only when an element asks for it.
 */
export class StructuredDataController implements ReactiveController {
  private writer: Promise<typeof import('./structured-data-script.js')> | undefined;
  /** What the written JSON-LD describes, so an update that changed none of it does no work. */
  private describes: { feed: SoundtrackFeed; items: readonly SoundtrackItem[]; kind: StructuredDataKind } | undefined;

  constructor(
    private readonly host: StructuredDataHost,
    private readonly options: StructuredDataOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const feed = this.host.structuredData ? this.options.feed() : undefined;
    if (!feed) {
      if (this.describes) void this.writer!.then(({ removeStructuredData }) => removeStructuredData(this.host));
      this.describes = undefined;
      return;
    }
    const items = this.options.items(feed);
    const kind = this.options.kind();
    const last = this.describes;
    if (last && last.feed === feed && last.kind === kind && sameItems(last.items, items)) return;
    this.describes = { feed, items, kind };
    this.writer ??= import('./structured-data-script.js');
    void this.writer.then(({ writeStructuredData }) => {
      if (this.describes?.feed === feed && this.describes.items === items) writeStructuredData(this.host, feed, items, kind);
    });
  }
}
