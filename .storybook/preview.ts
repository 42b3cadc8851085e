import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
