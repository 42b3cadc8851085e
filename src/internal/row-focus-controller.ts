import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RowFocusOptions {
  /** The rendered rows, top to bottom. */
  readonly rows: () => readonly Element[];
  /** What each rendered row shows (an item's position in the feed), in the same order. */
  readonly keys: () => readonly number[];
  /** The selector of what a reader can focus inside a row. */
  readonly controls: string;
}

/**
 * Keeps focus with the item for rows keyed by their place (whose row elements show other items
 * after a sort or a filter, or, written with `map`, after a scroll): before a render it
 * notes which item's row held focus and which of its controls; after it, focus goes to the same
 * control in that item's new row, or leaves when the item is no longer rendered.
 */
export class RowFocusController implements ReactiveController {
  private focused?: { key: number; control: number };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RowFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Every update passes here (each scroll step of a windowed table): rows are looked at only
    // when something in the host has focus.
    const active = this.host.shadowRoot?.activeElement;
    if (!active) return;
    const rows = this.options.rows();
    const row = rows.find((candidate) => candidate.contains(active));
    if (!row) return;
    this.focused = {
      key: this.options.keys()[rows.indexOf(row)],
      control: [...row.querySelectorAll(this.options.controls)].indexOf(active),
    };
  }

  hostUpdated(): void {
    const { focused } = this;
    if (!focused) return;
    this.focused = undefined;
    const row = this.options.rows()[this.options.keys().indexOf(focused.key)];
    const control = row?.querySelectorAll<HTMLElement>(this.options.controls)[focused.control];
    if (control) control.focus({ preventScroll: true });
    else (this.host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  }
}
