import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { EMPTY_FEED_URL, looks, MISSING_FEED_URL } from './support.js';

interface GridArgs {
  src?: string;
  feed?: unknown;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
  /** Not an attribute: the `--st-card-min-width` custom property. */
  minWidth?: string;
}

const meta: Meta<GridArgs> = {
  title: 'Elements/soundtrack-card-grid',
  component: 'soundtrack-card-grid',
  // Long: on the docs page each story sits in a scrolling frame, so the controls stay in reach.
  parameters: { docs: { story: { inline: false, height: '640px' } } },
  args: { src: '/feeds/aged-well.json' },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    timeout: { control: { type: 'number', min: 0 } },
    feed: { control: 'object' },
    minWidth: { control: 'text', name: '--st-card-min-width' },
  },
  render: (args) => html`<soundtrack-card-grid
    src=${ifDefined(args.src)}
    .feed=${args.feed ?? undefined}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    timeout=${ifDefined(args.timeout)}
    style=${styleMap({ '--st-card-min-width': args.minWidth })}
  ></soundtrack-card-grid>`,
};

export default meta;
type Story = StoryObj<GridArgs>;

/** All ten albums of the aged-well feed; as many columns as the width allows. */
export const Default: Story = {};

/** In a narrow container: one column of cards with thumbnails. */
export const Narrow: Story = { ...looks.narrow };

/** Long data: the 32 albums of the second better-than-the-movie feed, many without a cover or a date. */
export const LongData: Story = { args: { src: '/feeds/better-than-the-movie-32.json' } };

/** `--st-card-min-width: 34rem`: fewer, wider columns, each card with its cover beside the text. */
export const WideCards: Story = { args: { minWidth: '34rem' } };

/** `heading-level="3"` when the grid sits under a section heading (the default, 2, fits right under the page title). */
export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

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
  args: { src: undefined },
  render: (args, context) => meta.render!({ ...args, feed: new Promise(() => {}) }, context),
};

/** The feed could not be loaded: a message and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: MISSING_FEED_URL } };

/** The feed has no items. */
export const Empty: Story = { args: { src: EMPTY_FEED_URL } };
