import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { longChartFeed } from '../test/fixtures/feeds.js';
import { EMPTY_FEED_URL, looks, MISSING_FEED_URL } from './support.js';

interface ChartArgs {
  src?: string;
  feed?: unknown;
  columns?: string;
  sort?: string;
  genre?: string;
  searchable?: boolean;
  downloadable?: boolean;
  'loading-rows'?: number;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
  lang?: string;
  width?: number;
}

/** A small inline chart with an album link, unknown values of every kind and a feed updated date. */
const smallFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Six soundtracks',
  language: 'en',
  _soundtrack: { updated: '2026-11-01' },
  items: [
    { id: 'a', url: 'https://example.com/albums/a', _soundtrack: { rank: 1, artist: 'Vangelis', album: 'Blade Runner', released: '1994-06', genres: ['electronic', 'soundtrack'] } },
    { id: 'b', _soundtrack: { rank: 2, artist: 'Björk', album: 'Selmasongs', released: '2000-09-18', genres: ['soundtrack'] } },
    { id: 'c', _soundtrack: { rank: 3, artist: 'Blondie', album: null, released: '1980', genres: ['pop', 'soundtrack'] } },
    { id: 'd', _soundtrack: { rank: 4, artist: 'Air', album: 'The Virgin Suicides', released: null, genres: [] } },
    { id: 'e', _soundtrack: { rank: 5, artist: 'Bernard Herrmann', album: 'Taxi Driver', released: '1976', genres: ['jazz'] } },
    { id: 'f', _soundtrack: { rank: 6, artist: null, album: 'Untitled', released: '1980-02', genres: ['jazz', 'soundtrack'] } },
  ],
};

const longFeed = longChartFeed(10_000);

const meta: Meta<ChartArgs> = {
  title: 'Elements/soundtrack-chart',
  component: 'soundtrack-chart',
  // Long: on the docs page each story sits in a scrolling frame, so the controls stay in reach.
  parameters: { docs: { story: { inline: false, height: '560px' } } },
  args: { src: '/feeds/top-100.json', columns: 'rank,artist,released,genres', searchable: false, downloadable: false },
  argTypes: {
    columns: { control: 'text' },
    sort: {
      control: 'select',
      options: [undefined, 'rank', 'rank:desc', 'artist', 'artist:desc', 'released', 'released:desc', 'genres', 'genres,artist:desc', 'album'],
    },
    genre: { control: 'text' },
    'loading-rows': { control: { type: 'number', min: 1 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    timeout: { control: { type: 'number', min: 0 } },
    feed: { control: 'object' },
    lang: { control: 'text' },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 }, description: 'Width of the container (story only)' },
  },
  render: (args) => html`<div style=${args.width ? `max-width: ${args.width}px` : ''}>
    <soundtrack-chart
      src=${ifDefined(args.src)}
      .feed=${args.feed ?? undefined}
      columns=${ifDefined(args.columns)}
      sort=${ifDefined(args.sort)}
      genre=${ifDefined(args.genre || undefined)}
      ?searchable=${args.searchable}
      ?downloadable=${args.downloadable}
      loading-rows=${ifDefined(args['loading-rows'])}
      theme=${ifDefined(args.theme)}
      timeout=${ifDefined(args.timeout)}
      lang=${ifDefined(args.lang || undefined)}
    ></soundtrack-chart>
  </div>`,
};

export default meta;
type Story = StoryObj<ChartArgs>;

/** The 100-row chart of seed 001 in rank order. Album titles were lost, so the album column is left out. */
export const Default: Story = {};

/** All five columns (the element's default): the album column shows quiet dashes that read "unknown". */
export const AllColumns: Story = { args: { columns: undefined } };

/** `columns="rank,artist,released"` picks and orders the columns. */
export const ChosenColumns: Story = { args: { columns: 'artist,released,rank' } };

/** `sort="artist"`: locale-aware A to Z ("Björk" among the B's). */
export const SortedByArtist: Story = { args: { sort: 'artist' } };

/** `sort="released:desc"`: newest first; the five unknown dates stay last. */
export const NewestFirst: Story = { args: { sort: 'released:desc' } };

/** `sort="genres,artist:desc"`: two keys; the second breaks ties in the first (Shift+click a header). */
export const TwoSortKeys: Story = { args: { sort: 'genres,artist:desc' } };

/** `genre="pop"`: only pop albums, a count and a button that clears the filter. */
export const FilteredByGenre: Story = { args: { genre: 'pop' } };

/** `searchable`: a search box over artist and album; accents and case are ignored ("bjork"). */
export const Searchable: Story = { args: { searchable: true } };

/** `downloadable`: "Download CSV" of the rows shown, in their order. */
export const Downloadable: Story = { args: { downloadable: true } };

/** Everything on, as on the demo page. */
export const Everything: Story = { args: { searchable: true, downloadable: true } };

/** A filter that matches nothing: "No albums match" and a button that clears it. */
export const NoMatch: Story = { name: 'No Match (Empty)', args: { src: undefined, feed: smallFeed, genre: 'disco', columns: undefined } };

/** An inline feed with an album link, an `updated` date in the caption and unknown values in every column. */
export const UnknownValues: Story = { args: { src: undefined, feed: smallFeed, columns: undefined } };

/** `lang="de"`: dates and collation follow the element's language (else the nearest `lang`, else the page's). */
export const German: Story = { args: { src: undefined, feed: smallFeed, columns: undefined, lang: 'de' } };

/** `lang="ar"`: Arabic words, right to left (the language alone sets the direction); names from the feed keep their own. */
export const RightToLeft: Story = { name: 'Right To Left', args: { searchable: true, downloadable: true, lang: 'ar' } };

/** The chart's optional columns: movement since last week, peak and weeks on the chart (sample data). */
export const Movement: Story = { args: { src: '/feeds/sample-week.json', columns: 'rank,movement,artist,genres,peak,weeks' } };

/** In a container narrower than 36rem the rows become labelled cards; the headers become a sort bar. */
export const Narrow: Story = { args: { width: 340, searchable: true } };

/** 10,000 rows: windowed, with `aria-rowcount` and `aria-rowindex`; sorting and filtering stay quick. */
export const TenThousandRows: Story = { args: { src: undefined, feed: longFeed, searchable: true } };

/** `theme="dark"`: the element's own dark colours instead of the page's. */
export const DarkTheme: Story = { ...looks.dark, args: { ...looks.dark.args, searchable: true } };

/** `class="st-theme-newsprint"` on an ancestor, with `dist/themes/newsprint.css` on the page. */
export const Newsprint: Story = { ...looks.newsprint };

/** `class="st-theme-dark-cinema"` on an ancestor, with `dist/themes/dark-cinema.css` on the page: dark on a light page. */
export const DarkCinema: Story = { ...looks.darkCinema };

/** A publisher's own look from `--st-*` custom properties only, set on an ancestor. */
export const TokenTheme: Story = { ...looks.tokenTheme };

/** The feed is on its way (a promise that never settles): space reserved, `aria-busy`. */
export const Loading: Story = {
  args: { src: undefined, 'loading-rows': 8 },
  render: (args, context) => meta.render!({ ...args, feed: new Promise(() => {}) }, context),
};

/** No `src`, no `feed`, no inline feed: the chart says it has nothing to show instead of loading forever. */
export const NoSource: Story = { name: 'No Source (Empty)', args: { src: undefined } };

/** The feed could not be loaded: a message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: MISSING_FEED_URL } };

/** The feed has no items: "This chart is empty." */
export const Empty: Story = { args: { src: EMPTY_FEED_URL } };
