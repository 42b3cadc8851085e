import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themedBy } from './support.js';

/** The small complete feed of the feed-format guide (`stories/feeds/example.json`). */
const EXAMPLE_FEED_URL = '/story-feeds/example.json';

interface PlaygroundArgs {
  accent: string;
  surface: string;
  text: string;
  radius: string;
  font: string;
}

/** Stories the guides show (the theming playground, the feed guide's example); their docs page is the Theming guide (`stories/docs/theming.mdx`). */
const meta: Meta<PlaygroundArgs> = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  args: {
    accent: '#b5121b',
    surface: '#fffdf8',
    text: '#1f1a17',
    radius: '2px',
    font: "Georgia, 'Times New Roman', serif",
  },
  argTypes: {
    accent: { control: 'color', name: '--st-color-accent' },
    surface: { control: 'color', name: '--st-color-surface' },
    text: { control: 'color', name: '--st-color-text' },
    radius: { control: 'text', name: '--st-radius' },
    font: { control: 'text', name: '--st-font-family' },
  },
};

export default meta;
type Story = StoryObj<PlaygroundArgs>;

/** A chart and a card on the example feed, themed by five `--st-*` tokens set on their container. */
export const Playground: Story = {
  render: (args) =>
    themedBy(
      {
        '--st-color-accent': args.accent,
        '--st-color-surface': args.surface,
        '--st-color-text': args.text,
        '--st-radius': args.radius,
        '--st-font-family': args.font,
      },
      html`<div style="display: grid; gap: 1.5rem">
        <soundtrack-chart src=${EXAMPLE_FEED_URL} columns="rank,movement,album,artist,released,genres" searchable></soundtrack-chart>
        <soundtrack-card src=${EXAMPLE_FEED_URL} item="night-drive-ost"></soundtrack-card>
      </div>`,
    ),
};

/** The example feed of the feed-format guide, as cards: every fact it gives, and what a lost one looks like. */
export const WorkedExample: Story = {
  parameters: { controls: { disable: true } },
  render: () => html`<soundtrack-card-grid src=${EXAMPLE_FEED_URL}></soundtrack-card-grid>`,
};
