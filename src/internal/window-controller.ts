import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowOptions {
  /** Above this many rows only the rows near the visible area are in the DOM. */
  readonly threshold: number;
  /** The rendered rows, to measure their height (in the host's shadow root). */
  readonly rows: () => ArrayLike<Element>;
  /** The element the rows sit in, whose top is where row 0 starts. */
  readonly body: () => Element | null;
}

/** Rows rendered beyond each edge of the visible area. */
const OVERSCAN = 10;
/** The window moves in steps of this many rows, so small scrolls do not re-render. */
const STEP = 8;
const INITIAL_SIZE = 40;
const ESTIMATED_ROW_HEIGHT = 48;

/** The nearest ancestor that scrolls its content (through shadow roots), or `null` for the page. */
function scrollContainer(element: Element): Element | null {
  for (let node: Element | null = element; node; ) {
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    if (!node || node === document.documentElement || node === document.body) return null;
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') return node;
  }
  return null;
}

/**
 * Windowing for a long table that stays a real `<table>`: tells the host which rows to render
 * (`range`) and how much space stands in for the rest (`before`, `after`). It follows the scroll
 * container the host is really in (an overflowing ancestor or the page), re-measures the row
 * height when the host's size changes (the narrow card layout has taller rows), and moves only
 * after the frame showing new rows is painted, so measuring never delays the first rows.
 */
export class WindowController implements ReactiveController {
  /** First row in the DOM. */
  private start = 0;
  private size = INITIAL_SIZE;
  /** Measured height of one row. */
  rowHeight = ESTIMATED_ROW_HEIGHT;
  private total = 0;
  private container: Element | null = null;
  private listening = false;
  private frame = 0;
  private afterPaint: ReturnType<typeof setTimeout> | undefined;
  private readonly resizeObserver = new ResizeObserver(() => this.schedule());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: WindowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resizeObserver.observe(this.host);
    if (this.windowed(this.total)) this.listen();
  }

  hostDisconnected(): void {
    if (this.listening) {
      (this.container ?? window).removeEventListener('scroll', this.update);
      window.removeEventListener('resize', this.update);
      this.listening = false;
    }
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.afterPaint);
    this.frame = 0;
    this.afterPaint = undefined;
  }

  hostUpdated(): void {
    if (!this.windowed(this.total)) return;
    this.listen();
    this.schedule();
  }

  /**
   * Follows the scroll container, found once the table is long enough to be windowed: finding it
   * reads the computed style of every ancestor, which a short table need not pay for.
   */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.container = scrollContainer(this.host);
    (this.container ?? window).addEventListener('scroll', this.update, { passive: true });
    window.addEventListener('resize', this.update, { passive: true });
  }

  /** Whether `total` rows are windowed. */
  windowed(total: number): boolean {
    return total > this.options.threshold;
  }

  /** The rows to render of `total`: all of them up to the threshold, else the window. */
  range(total: number): { start: number; end: number } {
    this.total = total;
    if (!this.windowed(total)) return { start: 0, end: total };
    const start = Math.max(0, Math.min(this.start, total - this.size));
    return { start, end: Math.min(total, start + this.size) };
  }

  /** Measures once the frame with the new rows is painted: before, it would force a layout of its own. */
  private schedule(): void {
    if (this.frame || this.afterPaint) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.afterPaint = setTimeout(() => {
        this.afterPaint = undefined;
        this.update();
      });
    });
  }

  /** Moves the window to the rows in the visible part of the scroll container. */
  private readonly update = (): void => {
    const body = this.options.body();
    if (!body || !this.windowed(this.total)) return;
    const rows = this.options.rows();
    let changed = false;
    if (rows.length > 1) {
      const measured = (rows[rows.length - 1].getBoundingClientRect().bottom - rows[0].getBoundingClientRect().top) / rows.length;
      if (Math.abs(measured - this.rowHeight) > 0.5) {
        this.rowHeight = measured;
        changed = true;
      }
    }
    const area = this.container?.getBoundingClientRect();
    const visibleTop = Math.max(area?.top ?? 0, 0);
    const visibleBottom = Math.min(area?.bottom ?? innerHeight, innerHeight);
    const firstVisible = Math.floor(Math.max(0, visibleTop - body.getBoundingClientRect().top) / this.rowHeight);
    const start = Math.max(0, Math.floor((firstVisible - OVERSCAN) / STEP) * STEP);
    const size = Math.ceil(Math.max(0, visibleBottom - visibleTop) / this.rowHeight) + 2 * OVERSCAN + STEP;
    if (changed || start !== this.start || size !== this.size) {
      this.start = start;
      this.size = size;
      this.host.requestUpdate();
    }
  };
}
