import { css } from 'lit';

/**
 * Styles for `renderCardBody` and `renderCardSkeleton`. Each card is its own container, so a card
 * lays out by its own width: cover beside the text from 34rem, stacked below.
 */
export const cardBodyStyles = css`
  .card {
    container: st-card / inline-size;
    display: block;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  /* Narrow: a thumbnail beside the titles, the details below. */
  .layout {
    display: grid;
    grid-template-columns: var(--st-card-thumbnail-size, 5.5rem) minmax(0, 1fr);
    gap: 0.75rem var(--_space);
    align-items: center;
    padding: var(--_space);
  }

  .details {
    grid-column: 1 / -1;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }

  /* Wide: the cover beside everything. */
  @container st-card (width >= 34rem) {
    .layout {
      grid-template-columns: var(--st-card-cover-size, 11rem) minmax(0, 1fr);
      grid-template-rows: auto 1fr;
      align-items: start;
    }

    .media {
      grid-row: 1 / span 2;
    }

    .details {
      grid-column: 2;
    }

    /* Text wraps less beside a cover than under a thumbnail. */
    .skeleton .line.narrow-only {
      display: none;
    }
  }

  /* Cover art and its placeholder */
  .media {
    position: relative;
    aspect-ratio: 1 / 1;
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.75);
    background: color-mix(in srgb, currentColor 8%, transparent);
    container-type: inline-size;
  }

  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .placeholder {
    color: #fff;
    background: linear-gradient(
      145deg,
      hsl(var(--_hue, 220) 45% 42%),
      hsl(calc(var(--_hue, 220) + 45) 50% 20%)
    );
  }

  .initials {
    position: absolute;
    inset-block-start: 8cqi;
    inset-inline-start: 9cqi;
    font-size: 22cqi;
    font-weight: 700;
    line-height: 1;
    letter-spacing: -0.02em;
    opacity: 0.92;
  }

  .vinyl {
    position: absolute;
    inset-inline-end: -20%;
    inset-block-end: -20%;
    width: 82%;
    height: 82%;
  }

  .vinyl .disc {
    fill: #0d0d10;
    opacity: 0.88;
  }

  .vinyl .groove {
    fill: none;
    stroke: #fff;
    stroke-opacity: 0.09;
    stroke-width: 0.6;
  }

  .vinyl .label {
    fill: hsl(calc(var(--_hue, 220) + 180) 55% 62%);
  }

  .vinyl .hole {
    fill: #0d0d10;
  }

  /* Titles and facts */
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }

  .title {
    margin: 0;
    font-size: var(--st-card-title-size, 1.375rem);
    line-height: 1.2;
    text-wrap: balance;
  }

  .artist {
    margin: 0;
    font-size: 1.0625rem;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1.25rem;
    margin: 0;
    font-size: 0.875rem;
  }

  .meta div {
    display: flex;
    gap: 0.4em;
  }

  .meta dt {
    color: var(--_muted);
  }

  .meta dd {
    margin: 0;
  }

  .meta cite {
    font-style: italic;
  }

  /* Achievements */

  .badge {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    padding: 0.1875rem 0.625rem;
    border: 1px solid transparent;
    border-radius: 0.8rem;
    background: var(--_tag);
    font-size: 0.8125rem;
    line-height: 1.35;
  }

  .glyph {
    font-size: 0.85em;
  }

  .badge.won {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .badge.nominated {
    background: transparent;
    border: 1px dashed color-mix(in srgb, var(--_accent) 70%, currentColor);
  }

  /* Blurb and footer */
  .body {
    overflow-wrap: break-word;
  }

  .body > :first-child {
    margin-block-start: 0;
  }

  .body > :last-child {
    margin-block-end: 0;
  }

  .body a,
  .link {
    color: var(--st-color-link, currentColor);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .footer[hidden] {
    display: none;
  }

  .link {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    font-weight: 600;
  }

  .link::after {
    content: '→' / '';
    margin-inline-start: 0.3em;
  }

  /* Loading placeholder with the card's blocks */
  .skeleton {
    border-color: transparent;
  }

  .skeleton .media,
  .skeleton .line {
    background: color-mix(in srgb, currentColor 7%, transparent);
  }

  /* Each block has the height of the text it stands for. */
  .skeleton .line {
    display: block;
    width: 100%;
    height: 1em;
    margin-block: 0.25em;
    border-radius: 0.25rem;
  }

  .skeleton .title-line {
    width: 60%;
    font-size: var(--st-card-title-size, 1.375rem);
    height: 0.95em;
    margin-block: 0.125em;
  }

  .skeleton .artist-line {
    width: 35%;
    font-size: 1.0625rem;
  }

  .skeleton .meta-line {
    width: 45%;
    font-size: 0.875rem;
  }

  .skeleton .pill {
    width: 9rem;
    height: 1.625rem;
    margin: 0;
    border-radius: 0.8rem;
  }

  .skeleton .text-lines .line:last-child {
    width: 70%;
  }
`;

