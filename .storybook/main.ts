import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../stories/feeds', to: '/story-feeds' },
  ],
  core: { disableTelemetry: true },
};

export default config;
