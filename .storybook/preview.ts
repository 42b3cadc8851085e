import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { SHIPPED_LANGUAGES } from '../src/internal/localize/registry.js';

/** Each shipped language in its own name, for the toolbar. */
const languageName = (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

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
  globalTypes: {
    language: {
      description: 'The language of the page around the story (the elements follow the nearest lang, and its direction)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: SHIPPED_LANGUAGES.map((code) => ({ value: code, title: languageName(code) })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { language: 'en' },
  decorators: [
    (story, { globals }) => html`<div lang=${String(globals.language ?? 'en')}>${story()}</div>`,
  ],
};

export default preview;
