// What the stories of every element share: the page around a story (dark, narrow, a preset, a
// theme made of tokens only, right to left) as Storybook decorators, and the feeds they load.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/themes/newsprint.css';
import '../src/themes/dark-cinema.css';

/** A feed with no items (`stories/feeds/empty.json`, served by Storybook under `/story-feeds/`). */
export const EMPTY_FEED_URL = '/story-feeds/empty.json';

/** A URL that answers 404: the error state. */
export const MISSING_FEED_URL = '/feeds/missing.json';

/** A dark page around the story, for `theme="dark"`. */
export const onDarkPage: Decorator = (story) => html`<div style="padding: 1rem; background: #17181c">${story()}</div>`;

/** A column narrower than a phone's screen. */
export const inNarrowColumn: Decorator = (story) => html`<div style="max-width: 22rem">${story()}</div>`;

/** The page sets a preset's class on an ancestor (`st-theme-newsprint`, `st-theme-dark-cinema`). */
const inPreset =
  (preset: 'newsprint' | 'dark-cinema'): Decorator =>
  (story) => html`<div class=${`st-theme-${preset}`}>${story()}</div>`;

/** A publisher's own theme, from `--st-*` tokens only (no `theme` attribute, no `::part()`). */
export const TOKEN_THEME: Record<string, string> = {
  '--st-color-text': '#1d2b36',
  '--st-color-muted': '#4d5f6d',
  '--st-color-border': '#b6c8d4',
  '--st-color-surface': '#f1f7fa',
  '--st-color-surface-raised': '#e2edf3',
  '--st-color-accent': '#0b6e69',
  '--st-color-accent-text': '#ffffff',
  '--st-color-tag': '#d3ebe8',
  '--st-radius': '0',
  '--st-font-family': "ui-monospace, 'Cascadia Mono', Menlo, monospace",
};

/** `content` in a wrapper that sets the custom properties `tokens`; the elements inherit them. */
export const themedBy = (tokens: Record<string, string | undefined>, content: unknown) => html`<div style=${styleMap(tokens)}>${content}</div>`;

/** The story in a wrapper that sets the custom properties `tokens`. */
const withTokens =
  (tokens: Record<string, string | undefined>): Decorator =>
  (story) => themedBy(tokens, story());

/** The page is in Arabic: the element follows the nearest `lang`, and the language sets right to left. */
const inArabic: Decorator = (story) => html`<div lang="ar">${story()}</div>`;

/**
 * The looks every element has a story for. Spread one into a story: `export const Newsprint: Story = { ...looks.newsprint }`.
 * Storybook names the story after the export (it reads names without running the file), so a
 * look sets no `name`.
 */
export const looks = {
  dark: { args: { theme: 'dark' as const }, decorators: [onDarkPage] },
  narrow: { decorators: [inNarrowColumn] },
  newsprint: { decorators: [inPreset('newsprint')] },
  darkCinema: { decorators: [inPreset('dark-cinema')] },
  tokenTheme: { decorators: [withTokens(TOKEN_THEME)] },
  rightToLeft: { decorators: [inArabic] },
};
