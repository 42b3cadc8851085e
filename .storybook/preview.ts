import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

type Declaration = { members?: { privacy?: string; static?: boolean }[] };

// The manifest keeps private and protected members (for tools that want them); the docs pages
// show only what a page or a developer can use.
for (const module of manifest.modules) {
  for (const declaration of (module.declarations ?? []) as Declaration[]) {
    declaration.members = declaration.members?.filter((member) => !member.privacy && !member.static);
  }
}
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
