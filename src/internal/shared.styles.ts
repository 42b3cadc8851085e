import { css } from 'lit';

/**
 * Tokens, themes and the loading, error and empty states shared by every element. Without a
 * `theme`, colours derive from the page's own text colour, so the widgets sit in any article.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--st-color-text, inherit);
    --_muted: var(--st-color-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_border: var(--st-color-border, color-mix(in srgb, currentColor 18%, transparent));
    --_surface: var(--st-color-surface, transparent);
    --_surface-raised: var(--st-color-surface-raised, color-mix(in srgb, currentColor 5%, transparent));
    --_accent: var(--st-color-accent, #2f5fd0);
    --_accent-text: var(--st-color-accent-text, #fff);
    /* The accent as text on the page's own background, which the element cannot see: drawn a third
       of the way towards the text colour, so it reads on a light page and on a dark one. */
    --_accent-ink: color-mix(in oklab, var(--_accent) 65%, currentColor);
    --_tag: var(--st-color-tag, color-mix(in srgb, var(--_accent) 12%, transparent));
    --_focus: var(--st-color-focus, var(--_accent));
    --_radius: var(--st-radius, 0.5rem);
    --_space: var(--st-space, 1rem);
    --_font-size: var(--st-font-size, 1rem);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--st-font-family, inherit);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--_surface);
  }

  /* A page's rules for every element (\`* { line-height: 3; letter-spacing: 0.2em }\`) reach the host,
     and the shadow tree would inherit them: the text properties the layout depends on start again
     here. The font family and size and the text colour still come from the page, on purpose. */
  [part~='base'] {
    box-sizing: border-box;
    line-height: var(--st-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  /* One palette for the three themes: light-dark() picks by the colour scheme each theme sets. */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    --st-color-text: light-dark(#1c1d21, #ecedf1);
    --st-color-surface: light-dark(#ffffff, #17181c);
    --st-color-accent: light-dark(#2f5fd0, #8fb0ff);
    --st-color-accent-text: light-dark(#ffffff, #0f1115);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Text from the feed keeps its own direction inside the element's ("8 Mile" stays "8 Mile" in an
     Arabic chart) and still lines up with the element's side. Names inside a line of other text
     are isolated in the text itself (LocalizeController.isolate). */
  .feed-text,
  [part~='genre-tag'] {
    unicode-bidi: plaintext;
  }

  [dir='rtl'] .feed-text {
    text-align: right;
  }

  [dir='ltr'] .feed-text {
    text-align: left;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .unknown {
    color: var(--_muted);
  }

  /* A wrapping row of pills (genres, achievements); the gap is wider than a focus ring and its offset. */
  .tag-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .action {
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    cursor: pointer;
  }

  .action:hover {
    border-color: var(--_accent);
  }

  /* A loading placeholder, or a block inside one (.shimmer), with a light sweeping across it. The
     sweep is the first background layer, so a placeholder can draw its own layers under it. */
  :host {
    --_shimmer: linear-gradient(100deg, transparent 30%, color-mix(in srgb, currentColor 6%, transparent) 50%, transparent 70%)
      0 0 / 200% 100%;
  }

  [part~='loading'],
  .shimmer {
    background: var(--_shimmer), var(--_surface-raised);
    animation: st-shimmer 1.4s linear infinite;
  }

  [part~='loading'] {
    min-height: var(--st-loading-height, 12rem);
    border-radius: var(--_radius);
  }

  @keyframes st-shimmer {
    to {
      background-position: -200% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='loading'],
    .shimmer {
      animation: none;
    }
  }

  [part~='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: var(--_space);
    padding: 0.75rem 1rem;
    border: 1px solid var(--st-color-error, #c62828);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }

  [part~='error'] p {
    flex: 1 1 16rem;
    margin: 0;
  }

  [part~='empty'] {
    margin: 0;
    padding: 2rem 1rem;
    text-align: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
