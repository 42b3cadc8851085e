import type { ReactiveControllerHost } from 'lit';

/**
 * Remembers the image URLs that failed to load in a host, so its next render can show a drawn
 * placeholder instead of the browser's broken-image icon.
 */
export class BrokenImages {
  private readonly failed = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  has(url: string): boolean {
    return this.failed.has(url);
  }

  /** For an `<img>`'s `error` event. */
  readonly failedToLoad = (url: string): void => {
    if (this.failed.has(url)) return;
    this.failed.add(url);
    this.host.requestUpdate();
  };
}
