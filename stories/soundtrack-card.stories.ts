import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { everyFieldAlbum } from '../test/fixtures/feeds.js';
import { EMPTY_FEED_URL, looks, MISSING_FEED_URL } from './support.js';

interface CardArgs {
  src?: string;
  feed?: unknown;
  item?: string;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
}

const AGED_WELL_IDS = [
  '8-mile',
  'batman-1989',
  'the-lion-king',
  'tron-legacy',
  'labyrinth',
  'flash-gordon',
  'the-virgin-suicides',
  'scott-pilgrim-vs-the-world',
  'black-panther',
  'barbie',
];

/** The fictional album with every field the card can show, and one with almost none. */
const richFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Story albums',
  language: 'en',
  items: [
    everyFieldAlbum,
    {
      id: 'sparse',
      title: 'Sparse Sessions',
      _soundtrack: {},
    },
  ],
};

const meta: Meta<CardArgs> = {
  title: 'Elements/soundtrack-card',
  component: 'soundtrack-card',
  args: { src: '/feeds/aged-well.json', item: '8-mile' },
  argTypes: {
    item: { control: 'select', options: [undefined, ...AGED_WELL_IDS, 'no-such-album'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    timeout: { control: { type: 'number', min: 0 } },
    feed: { control: 'object' },
  },
  render: (args) => html`<soundtrack-card
    src=${ifDefined(args.src)}
    .feed=${args.feed ?? undefined}
    item=${ifDefined(args.item)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    timeout=${ifDefined(args.timeout)}
  ></soundtrack-card>`,
};

export default meta;
type Story = StoryObj<CardArgs>;

/** One album from the aged-well feed, picked with `item`. */
export const Default: Story = {};

/** Without `item`, the card shows the feed's first album. */
export const FirstItem: Story = { args: { item: undefined } };

/** Chart peaks, a certification, a won and a nominated award, key tracks, an HTML blurb and a link. */
export const EveryField: Story = { args: { src: undefined, feed: richFeed, item: 'night-drive' } };

/** An album with nothing but a title: no empty labels, no "null". */
export const SparseItem: Story = { args: { src: undefined, feed: richFeed, item: 'sparse' } };

/** `item` names an id the feed does not have. */
export const UnknownItem: Story = { name: 'Unknown Item (Empty)', args: { item: 'no-such-album' } };

/** The `footer` slot carries the publisher's own link. */
export const FooterSlot: Story = {
  render: (args) => html`<soundtrack-card
    src=${ifDefined(args.src)}
    item=${ifDefined(args.item)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
  >
    <a slot="footer" href="https://example.com/listen">Listen to the album</a>
  </soundtrack-card>`,
};

/** `heading-level="3"` when the card sits under a section heading (the default, 2, fits right under the page title). */
export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

/** In a narrow column the cover shrinks to a thumbnail beside the titles. */
export const Narrow: Story = { ...looks.narrow };

/** Between paragraphs of an article, the way a publisher uses it. */
export const InAnArticle: Story = {
  render: (args, context) => html`<article style="max-width: 46rem; font-family: Georgia, serif; line-height: 1.6">
    <p>The paragraph before the card introduces the album in the publisher's own words.</p>
    ${meta.render!(args, context)}
    <p>The paragraph after it carries the story on to the next entry.</p>
  </article>`,
};

/** `theme="dark"`: the element's own dark colours instead of the page's. */
export const DarkTheme: Story = { ...looks.dark };

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
  args: { src: undefined, item: undefined },
  render: (args, context) => meta.render!({ ...args, feed: new Promise(() => {}) }, context),
};

/** The feed could not be loaded: a message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: MISSING_FEED_URL } };

/** The feed has no items. */
export const Empty: Story = { args: { src: EMPTY_FEED_URL, item: undefined } };

/** An inline `<script type="application/json">` feed: no extra request. */
export const InlineFeed: Story = {
  args: { src: undefined, item: 'night-drive' },
  // Our own constant, so the JSON is safe to write into the script element as markup.
  render: (args) => html`<soundtrack-card item=${ifDefined(args.item)} theme=${ifDefined(args.theme)}
    >${unsafeHTML(`<script type="application/json">${JSON.stringify(richFeed)}</script>`)}</soundtrack-card
  >`,
};
