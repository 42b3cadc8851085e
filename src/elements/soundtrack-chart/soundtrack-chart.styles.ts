import { css } from 'lit';

export const styles = css`
  :host {
    /* The sticky header needs an opaque background. Without a surface colour, the inverse of the
       text colour stands in for the page's background: dark text, light header; light text, dark. */
    --_header-background: var(
      --st-header-background,
      color-mix(
        in srgb,
        currentColor 5%,
        var(--st-color-surface, rgb(from currentColor calc(255 - r) calc(255 - g) calc(255 - b)))
      )
    );
    --_stripe: var(--st-row-stripe, color-mix(in srgb, currentColor 3%, transparent));
    --_hover: var(--st-row-hover, color-mix(in srgb, currentColor 6%, transparent));
    --_row-height: var(--st-row-height, 3rem);
    /* A narrow container's card per row, with the gap below it, as the default columns make it
       (169 px a row at 360 px in the demo's chart); the static fallback reckons the same. */
    --_card-step: 10.5rem;
    --_cell-padding: var(--st-cell-padding, 0.5rem 0.75rem);
  }

  @supports not (color: rgb(from red r g b)) {
    :host {
      --_header-background: var(
        --st-header-background,
        color-mix(in srgb, currentColor 4%, var(--st-color-surface, Canvas))
      );
    }
  }

  /* Toolbar: search, count, buttons. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .search {
    position: relative;
    flex: 1 1 16rem;
    display: flex;
    align-items: center;
  }

  .search svg {
    position: absolute;
    inset-inline-start: 0.75rem;
    color: var(--_muted);
    pointer-events: none;
  }

  [part~='search-input'] {
    width: 100%;
    min-height: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 2.25rem 0.75rem;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  [part~='search-input']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  [part~='search-input']:focus-visible {
    outline-offset: 0;
    border-color: var(--_focus);
  }

  [part~='count'] {
    flex: 1 1 auto;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  [part~='count'] strong {
    color: var(--_text);
    font-weight: 600;
  }

  .action:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  /* The table. */
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding-block-end: 0.5rem;
    text-align: start;
    font-weight: 650;
    font-size: 1.0625em;
  }

  .updated {
    display: inline-block;
    margin-inline-start: 0.5rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 400;
  }

  thead th {
    position: sticky;
    top: var(--st-header-offset, 0px);
    z-index: 1;
    padding: 0;
    text-align: start;
    font-weight: 600;
    white-space: nowrap;
    color: var(--st-header-text, inherit);
    background: var(--_header-background);
    border-block-end: 2px solid var(--_border);
  }

  thead th:first-child {
    border-start-start-radius: var(--_radius);
  }

  thead th:last-child {
    border-start-end-radius: var(--_radius);
  }

  .col-rank {
    width: 5.5rem;
  }

  .col-released {
    width: 8.5rem;
  }

  .col-genres {
    width: 36%;
  }

  .col-movement,
  .col-peak,
  .col-weeks {
    width: 5rem;
  }

  .movement {
    justify-self: start;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .movement.up {
    color: var(--_accent-ink);
  }

  .movement.down,
  .movement.same {
    color: var(--_muted);
  }

  .movement.new,
  .movement.reentry {
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    background: var(--_tag);
    font-size: 0.8125em;
    font-weight: 600;
  }

  [part~='sort-button'] {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_cell-padding);
    border: 0;
    border-radius: inherit;
    background: transparent;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }

  [part~='sort-button']:hover {
    color: var(--_accent-ink);
  }

  [part~='sort-button']:focus-visible {
    outline-offset: -3px;
  }

  /* In the text colour, so the arrows show on any page; the active one at full strength. */
  .indicator {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
  }

  .indicator path {
    fill: currentColor;
    opacity: 0.35;
  }

  .sorted.asc .up,
  .sorted.desc .down {
    opacity: 1;
  }

  .key-position {
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1;
  }

  tbody tr[part~='row'] {
    height: var(--_row-height);
  }

  tbody tr.stripe {
    background: var(--_stripe);
  }

  tbody tr[part~='row']:hover {
    background: var(--_hover);
  }

  tbody td,
  tbody th {
    padding: var(--_cell-padding);
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid var(--_border);
  }

  tbody th {
    font-weight: 600;
  }

  tbody tr.spacer td {
    padding: 0;
    border: 0;
  }

  [part~='cell-released'] {
    white-space: nowrap;
  }

  [part~='cell'] a {
    color: inherit;
    text-decoration-color: color-mix(in srgb, var(--_accent) 60%, transparent);
    text-underline-offset: 0.15em;
  }

  [part~='genre-tag'] {
    min-height: 1.75rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_tag);
    font-size: 0.875em;
    line-height: 1.3;
    cursor: pointer;
  }

  [part~='genre-tag']:hover {
    border-color: var(--_accent);
  }

  [part~='genre-tag'][aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .no-match {
    margin-block-start: var(--_space);
  }

  .no-match p {
    margin: 0 0 0.75rem;
  }

  /* Loading: the toolbar, caption and header, then one line per expected row. */
  .skeleton {
    min-height: calc(8.5rem + var(--_rows) * var(--_row-height));
    background:
      var(--_shimmer),
      repeating-linear-gradient(
          to bottom,
          transparent 0 calc(var(--_row-height) - 1px),
          var(--_border) calc(var(--_row-height) - 1px) var(--_row-height)
        )
        0 8.5rem / 100% calc(100% - 8.5rem) no-repeat,
      linear-gradient(var(--_surface-raised), var(--_surface-raised)) 0 0 / 100% 8.5rem no-repeat;
  }

  /* Narrow containers: each row becomes a card whose cells carry their column's name. */
  @container (max-width: 36rem) {
    table,
    caption,
    thead,
    tbody {
      display: block;
    }

    thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem;
      padding-block: 0.25rem 0.75rem;
    }

    thead tr::before {
      content: var(--_sort-by-label) / '';
      margin-inline-end: 0.25rem;
      color: var(--_muted);
      font-size: 0.875em;
    }

    thead th,
    thead th[class] {
      display: block;
      position: static;
      width: auto;
      border: 0;
      background: none;
    }

    [part~='sort-button'] {
      min-height: 2.25rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-raised);
      font-weight: 500;
    }

    [part~='sort-button'].sorted {
      border-color: var(--_accent);
    }

    [part~='sort-button']:focus-visible {
      outline-offset: 2px;
    }

    tbody tr {
      display: block;
    }

    tbody tr[part~='row'] {
      height: auto;
      margin-block-end: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    /* Cards out of view are laid out when they come near it, not all on the first render. A
       windowed table (aria-rowcount) measures its rows, and renders only those near the view anyway. */
    table:not([aria-rowcount]) tbody tr[part~='row'] {
      content-visibility: auto;
      /* Its content: the step without the padding, the border and the gap. */
      contain-intrinsic-size: auto calc(var(--_card-step) - 1.5rem - 2px);
    }

    tbody tr.stripe {
      background: none;
    }

    tr[part~='row'] > * {
      display: grid;
      grid-template-columns: 6.5rem 1fr;
      gap: 0.75rem;
      align-items: baseline;
      padding: 0.125rem 0;
      border: 0;
    }

    [part~='cell-rank'] {
      --_label: var(--_label-rank);
    }
    [part~='cell-album'] {
      --_label: var(--_label-album);
    }
    [part~='cell-artist'] {
      --_label: var(--_label-artist);
    }
    [part~='cell-released'] {
      --_label: var(--_label-released);
    }
    [part~='cell-genres'] {
      --_label: var(--_label-genres);
    }
    [part~='cell-movement'] {
      --_label: var(--_label-movement);
    }
    [part~='cell-peak'] {
      --_label: var(--_label-peak);
    }
    [part~='cell-weeks'] {
      --_label: var(--_label-weeks);
    }

    tr[part~='row'] > *::before {
      content: var(--_label) / '';
      overflow-wrap: anywhere;
      color: var(--_muted);
      font-size: 0.8125em;
      font-weight: 400;
    }

    tbody tr.spacer td {
      display: block;
    }

    .skeleton {
      min-height: calc(8.5rem + var(--_rows) * var(--_card-step));
    }
  }
`;
