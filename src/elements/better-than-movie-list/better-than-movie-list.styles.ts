import { css } from 'lit';

export const styles = css`
  :host {
    --_film: var(--st-color-film, color-mix(in srgb, currentColor 55%, transparent));
    --_position-size: var(--st-position-size, 2rem);
    --_position-column: calc(var(--_position-size) * 1.6);
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    max-width: 100%;
    font-size: 0.875em;
  }

  .sort-label {
    flex: none;
    color: var(--_muted);
  }

  select.action {
    min-width: 0;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
  }

  /* The open menu is drawn by the browser: give it the system's own matching pair of colours. */
  option {
    color: CanvasText;
    background-color: Canvas;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .entry {
    display: grid;
    grid-template-columns: var(--_position-column) minmax(0, 1fr);
    align-items: first baseline;
    column-gap: var(--_space);
    padding-block: calc(var(--_space) * 1.25);
    border-block-start: 1px solid var(--_border);
  }

  .entry:last-child {
    border-block-end: 1px solid var(--_border);
  }

  .position {
    font-size: var(--_position-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    text-align: end;
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .year {
    margin-inline-start: 0.5em;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }

  .unknown {
    font-style: italic;
    font-weight: 400;
    color: var(--_muted);
  }

  /* One label column for every row, as wide as the longest label in the reader's language
     ("Interpreten" is longer than "Artists"). */
  .highlights {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    font-size: 0.9375em;
  }

  .highlights > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }

  dt {
    padding-block-start: 0.15em;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  dd {
    margin: 0;
  }

  .songs {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .songs li {
    display: inline;
  }

  .songs li + li::before {
    content: '·' / '';
    margin-inline: 0.5em;
    color: var(--_muted);
  }

  .blurb p {
    margin: 0.5rem 0 0;
  }

  .blurb > :first-child {
    margin-block-start: 0.5rem;
  }

  .blurb > :last-child {
    margin-block-end: 0;
  }

  .blurb.collapsed {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  .disclosure {
    min-height: 1.5rem;
    margin-block-start: 0.25rem;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .disclosure:hover {
    text-decoration-thickness: 2px;
  }

  .ratings {
    max-width: 22rem;
    margin-block: 0.625rem 0.25rem;
  }

  /* The lines stop at the dots' edges, so the translucent film dot never shows a line through it. */
  .dumbbell {
    --_dot: 0.875rem;
    --_low: min(var(--film), var(--soundtrack));
    --_high: max(var(--film), var(--soundtrack));
    position: relative;
    height: var(--_dot);
    margin-inline: calc(var(--_dot) / 2);
  }

  .dumbbell::before,
  .dumbbell::after,
  .gap {
    content: '';
    position: absolute;
    top: 50%;
    height: 2px;
    margin-block-start: -1px;
    background: var(--_border);
  }

  .dumbbell::before {
    inset-inline-start: 0;
    width: max(0px, calc(var(--_low) - var(--_dot) / 2));
  }

  .dumbbell::after {
    inset-inline-end: 0;
    width: max(0px, calc(100% - var(--_high) - var(--_dot) / 2));
  }

  .gap {
    inset-inline-start: calc(var(--_low) + var(--_dot) / 2);
    width: max(0px, calc(var(--_high) - var(--_low) - var(--_dot)));
    height: 4px;
    margin-block-start: -2px;
    background: color-mix(in srgb, var(--_accent) 55%, transparent);
  }

  .dot {
    position: absolute;
    top: 0;
    width: var(--_dot);
    height: var(--_dot);
    margin-inline-start: calc(var(--_dot) / -2);
    border-radius: 50%;
  }

  .dot-film {
    inset-inline-start: var(--film);
    background: var(--_film);
  }

  .dot-soundtrack {
    inset-inline-start: var(--soundtrack);
    background: var(--_accent);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.875rem;
    margin-block-start: 0.25rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .legend-film::before,
  .legend-soundtrack::before {
    content: '';
    display: inline-block;
    width: 0.5rem;
    height: 0.5rem;
    margin-inline-end: 0.375rem;
    border-radius: 50%;
    background: var(--_film);
  }

  .legend-soundtrack::before {
    background: var(--_accent);
  }

  @media (forced-colors: active) {
    .dot-film,
    .legend-film::before {
      background: CanvasText;
    }

    .dot-soundtrack,
    .gap,
    .legend-soundtrack::before {
      background: Highlight;
    }
  }

  .show-all {
    margin-block-start: var(--_space);
  }

  [part~='loading'].skeleton {
    min-height: auto;
    background: none;
    animation: none;
  }

  .skeleton-entry {
    display: grid;
    grid-template-columns: var(--_position-column) minmax(0, 1fr);
    column-gap: var(--_space);
    padding-block: calc(var(--_space) * 1.25);
    border-block-start: 1px solid var(--_border);
  }

  .skeleton-position,
  .skeleton-lines span {
    display: block;
    border-radius: calc(var(--_radius) / 2);
  }

  .skeleton-position {
    justify-self: end;
    width: calc(var(--_position-size) * 0.9);
    height: var(--_position-size);
  }

  .skeleton-lines span {
    height: 0.875rem;
    margin-block: 0.375rem 0.75rem;
  }

  .skeleton-lines span:first-child {
    width: 45%;
    height: 1.25rem;
  }

  .skeleton-lines span:nth-child(2) {
    width: 85%;
  }

  .skeleton-lines span:last-child {
    width: 65%;
  }

  @container (max-width: 30rem) {
    .entry,
    .skeleton-entry {
      --_position-size: var(--st-position-size, 1.5rem);
      --_position-column: calc(var(--_position-size) * 1.35);
    }

    .toolbar {
      justify-content: flex-start;
    }

    .entry,
    .skeleton-entry {
      column-gap: calc(var(--_space) * 0.75);
    }

    .highlights {
      grid-template-columns: minmax(0, 1fr);
    }

    .songs li {
      display: block;
    }

    .songs li + li::before {
      content: none;
    }
  }
`;
