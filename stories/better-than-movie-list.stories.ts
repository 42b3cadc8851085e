import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

interface ListArgs {
  src?: string;
  feed?: unknown;
  sort?: string;
  limit?: number;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
}

const LONG_BLURB =
  'Nobody remembers the plot, and the studio would rather you did not try. The album is another matter: it was sequenced by ' +
  'someone who clearly loved every record on it, each song hands over to the next without a bump, and the lesser-known ' +
  'tracks near the end are the ones people still put on playlists decades later, long after the film left the cinemas.';

/** An inline feed with ratings, a lost film, an unknown year, a title-only track and a long blurb. */
const ratedFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Rated soundtracks',
  language: 'en',
  items: [
    {
      id: 'zabriskie-point',
      content_text: 'A muddled road film with a score that made careers.',
      _soundtrack: {
        rank: 1,
        film: 'Zabriskie Point',
        film_year: 1970,
        artists: ['Pink Floyd', 'The Grateful Dead'],
        tracks: [
          { title: 'Heart Beat, Pig Meat', artist: 'Pink Floyd' },
          { title: 'Love Scene', artist: null },
        ],
        ratings: { film: 41, soundtrack: 88, scale: 100 },
      },
    },
    {
      id: 'lost-heading',
      content_html: '<p>The heading was lost, but the <em>music</em> was not.</p>',
      _soundtrack: { rank: 2, film: null, film_year: null, artists: ['Björk'], tracks: [{ title: 'All Is Full of Love', artist: 'Björk' }] },
    },
    {
      id: 'empire-records',
      content_text: LONG_BLURB,
      _soundtrack: { rank: 3, film: 'Empire Records', film_year: 1995, artists: ['Gin Blossoms', 'The Cranberries'], ratings: { film: 6, soundtrack: 8.5, scale: 10 } },
    },
    {
      id: 'across-the-universe',
      content_text: 'For once the film edges out its album.',
      _soundtrack: { rank: 4, film: 'Across the Universe', film_year: null, ratings: { film: 70, soundtrack: 62, scale: 100 } },
    },
  ],
};

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
export const WithRatings: Story = { args: { src: undefined, feed: ratedFeed, sort: 'gap' } };

/** `limit="10"` on the 32-entry feed: the first ten, and a "Show all 32" button. */
export const Limited: Story = { args: { src: '/feeds/better-than-the-movie-32.json', limit: 10 } };

/** Blurbs over about 280 characters start collapsed behind a "Read more" button. */
export const LongBlurb: Story = { args: { src: undefined, feed: ratedFeed } };

/** `heading-level="2"` when the list is the page's main content. */
export const HeadingLevel: Story = { args: { 'heading-level': 2 } };

/** `theme="dark"`: the element's own dark colours instead of the page's. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  render: (args, context) => html`<div style="padding: 1rem; background: #17181c">${meta.render!(args, context)}</div>`,
};

/** No source yet: the list-shaped placeholder, sized by `limit`. */
export const Loading: Story = { args: { src: undefined, limit: 3 } };

/** The feed could not be loaded: a message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: '/feeds/missing.json' } };

/** The feed has no items. */
export const Empty: Story = {
  args: { src: undefined, feed: { version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: [] } },
};

/** An inline `<script type="application/json">` feed: no extra request. */
export const InlineFeed: Story = {
  args: { src: undefined },
  // Our own constant, so the JSON is safe to write into the script element as markup.
  render: (args) => html`<better-than-movie-list sort=${ifDefined(args.sort)} theme=${ifDefined(args.theme)}
    >${unsafeHTML(`<script type="application/json">${JSON.stringify(ratedFeed)}</script>`)}</better-than-movie-list
  >`,
};
