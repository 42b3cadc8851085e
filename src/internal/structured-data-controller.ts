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

type TrustedTypesWindow = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown } };
};

/** The Trusted Types policy the JSON-LD is written through: our own escaped JSON, nothing else. */
export const JSON_LD_POLICY = 'soundtrack-widgets#json-ld';
let policy: { createScript(text: string): unknown } | null | undefined;

function scriptText(text: string): unknown {
  if (policy === undefined) {
    try {
      policy = (globalThis as TrustedTypesWindow).trustedTypes?.createPolicy(JSON_LD_POLICY, { createScript: (json) => json }) ?? null;
    } catch {
      // The page's CSP does not allow the policy: writing the script then fails and says so once.
      policy = null;
    }
  }
  return policy ? policy.createScript(text) : text;
}

const SELECTOR = ':scope > script[type="application/ld+json"][data-soundtrack-structured-data]';

const sameItems = (a: readonly SoundtrackItem[], b: readonly SoundtrackItem[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/**
 * With the host's `structured-data` attribute, keeps one `<script type="application/ld+json">` in
 * the host's light DOM, where crawlers read it, in step with the data shown; removes it when the
 * attribute goes. The code that builds the JSON-LD is loaded only when an element asks for it.
 */
export class StructuredDataController implements ReactiveController {
  private builder: Promise<typeof import('../feed/structured-data.js')> | undefined;
  private written = '';
  private failed = false;
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
      if (this.describes) this.host.querySelector(SELECTOR)?.remove();
      this.describes = undefined;
      this.written = '';
      return;
    }
    const items = this.options.items(feed);
    const kind = this.options.kind();
    const last = this.describes;
    if (last && last.feed === feed && last.kind === kind && sameItems(last.items, items)) return;
    this.describes = { feed, items, kind };
    this.builder ??= import('../feed/structured-data.js');
    void this.builder.then(({ structuredData, jsonLdText }) => {
      if (this.describes?.feed !== feed || this.describes.items !== items) return;
      this.write(jsonLdText(structuredData(feed, items, kind, document.baseURI)));
    });
  }

  private write(text: string): void {
    let script = this.host.querySelector<HTMLScriptElement>(SELECTOR);
    if (script && text === this.written) return;
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.soundtrackStructuredData = '';
      this.host.append(script);
    }
    try {
      (script as { text: unknown }).text = scriptText(text);
      this.written = text;
    } catch (error) {
      if (!this.failed) console.warn(`soundtrack-widgets: the structured data could not be written (${String(error)}); allow the Trusted Types policy "${JSON_LD_POLICY}".`);
      this.failed = true;
    }
  }
}
