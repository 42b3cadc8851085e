import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ratedListFeed } from '../test/fixtures/feeds.js';
import { EMPTY_FEED_URL, looks, MISSING_FEED_URL } from './support.js';

interface ListArgs {
  src?: string;
  feed?: unknown;
  sort?: string;
  limit?: number;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/better-than-movie-list',
  component: 'better-than-movie-list',
  // Long: on the docs page each story sits in a scrolling frame, so the controls stay in reach.
  parameters: { docs: { story: { inline: false, height: '560px' } } },
  args: { src: '/feeds/better-than-the-movie.json', sort: 'rank' },
  argTypes: {
    sort: {
      control: 'select',
      options: ['rank', 'rank:desc', 'film', 'film:desc', 'year', 'year:desc', 'gap', 'gap:desc'],
    },
    limit: { control: { type: 'number', min: 0 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    timeout: { control: { type: 'number', min: 0 } },
    feed: { control: 'object' },
  },
  render: (args) => html`<better-than-movie-list
    src=${ifDefined(args.src)}
    .feed=${args.feed ?? undefined}
    sort=${ifDefined(args.sort)}
    limit=${ifDefined(args.limit)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    timeout=${ifDefined(args.timeout)}
  ></better-than-movie-list>`,
};

export default meta;
type Story = StoryObj<ListArgs>;

/** The 18-entry demo feed in list order; two entries lost their film. */
export const Default: Story = {};

/** `sort="film"`: alphabetical by film, locale-aware; the list position stays beside each entry. */
export const SortedByFilm: Story = { args: { sort: 'film' } };

/** `sort="year:desc"`: newest film first; entries without a year come last in both directions. */
export const SortedByYearDescending: Story = { args: { sort: 'year:desc' } };

/** `sort="rank:desc"`: a countdown, last entry first. */
export const Countdown: Story = { args: { sort: 'rank:desc' } };

/** Entries with `ratings` show the gap between film and soundtrack; `sort="gap"` puts the biggest gap first. */
export const WithRatings: Story = { args: { src: undefined, feed: ratedListFeed, sort: 'gap' } };

/** `limit="10"` on the 32-entry feed: the first ten, and a "Show all 32" button. */
export const Limited: Story = { args: { src: '/feeds/better-than-the-movie-32.json', limit: 10 } };

/** Long data: all 32 entries of the second feed, with no limit. */
export const LongData: Story = { args: { src: '/feeds/better-than-the-movie-32.json' } };

/** Blurbs over about 280 characters start collapsed behind a "Read more" button. */
export const LongBlurb: Story = { args: { src: undefined, feed: ratedListFeed } };

/** `heading-level="3"` when the list sits under a section heading (the default, 2, fits right under the page title). */
export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

/** `theme="dark"`: the element's own dark colours instead of the page's. */
export const DarkTheme: Story = { ...looks.dark };

/** In a narrow column: smaller position numbers, the sort control on its own line. */
export const Narrow: Story = { ...looks.narrow };

/** `class="st-theme-newsprint"` on an ancestor, with `dist/themes/newsprint.css` on the page. */
export const Newsprint: Story = { ...looks.newsprint };

/** `class="st-theme-dark-cinema"` on an ancestor, with `dist/themes/dark-cinema.css` on the page: dark on a light page. */
export const DarkCinema: Story = { ...looks.darkCinema };

/** A publisher's own look from `--st-*` custom properties only, set on an ancestor. */
export const TokenTheme: Story = { ...looks.tokenTheme };

/** On an Arabic page (`lang="ar"` on an ancestor): Arabic words, right to left; names from the feed keep their own direction. */
export const RightToLeft: Story = { ...looks.rightToLeft };

/** The feed is on its way (a promise that never settles): space reserved, `aria-busy`. */
export const Loading: Story = {
  args: { src: undefined, limit: 3 },
  render: (args, context) => meta.render!({ ...args, feed: new Promise(() => {}) }, context),
};

/** The feed could not be loaded: a message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: MISSING_FEED_URL } };

/** The feed has no items. */
export const Empty: Story = { args: { src: EMPTY_FEED_URL } };

/** An inline `<script type="application/json">` feed: no extra request. */
export const InlineFeed: Story = {
  args: { src: undefined },
  // Our own constant, so the JSON is safe to write into the script element as markup.
  render: (args) => html`<better-than-movie-list sort=${ifDefined(args.sort)} theme=${ifDefined(args.theme)}
    >${unsafeHTML(`<script type="application/json">${JSON.stringify(ratedListFeed)}</script>`)}</better-than-movie-list
  >`,
};
