import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepareDateFormats } from '../feed/dates.js';
import { formatCount } from './locale.js';

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * The first `Intl` formatter a page creates loads the browser's locale data: 15 to 25 ms on the
 * benchmark's machine (npm run bench). This makes the host's date and number formatters in idle
 * time after it connects, while its feed is still on the way, so that cost is not paid between the
 * feed's arrival and its first rows. Browsers without `requestIdleCallback` skip it.
 */
export class FormatWarmUpController implements ReactiveController {
  private handle: number | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const idle = globalThis as IdleWindow;
    this.handle = idle.requestIdleCallback?.(
      () => {
        this.handle = undefined;
        const locale = this.locale();
        prepareDateFormats(locale);
        formatCount(0, locale);
      },
      { timeout: 2000 },
    );
  }

  hostDisconnected(): void {
    if (this.handle !== undefined) (globalThis as IdleWindow).cancelIdleCallback?.(this.handle);
    this.handle = undefined;
  }
}
