// The script-tag files of dist/, by name, with the element kinds each defines:
// - soundtrack-widgets.js, the loader a publisher's snippet names (no kinds);
// - one file per element kind, which the loader fetches for a page with one kind of element;
// - one file per combination of kinds, for a page with several (`soundtrack-card_better-than-movie-list.js`:
//   the tags in the loader's order, joined by `_`), and all-elements.js for all four,
// so that a page pays for the kinds it uses and no other, in one file.

/** The element kinds, in the loader's order (TAGS in src/script-tag.ts). */
export const KINDS = ['soundtrack-chart', 'soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'];

/** The file the loader fetches for a page whose elements are of `kinds` (in KINDS order): the loader's rule. */
export const fileForKinds = (kinds) => (kinds.length === KINDS.length ? 'all-elements' : kinds.join('_'));

/** Every combination of two kinds or more, each in KINDS order. */
const combinations = KINDS.reduce((sets, kind) => [...sets, ...sets.map((set) => [...set, kind])], [[]]).filter((set) => set.length > 1);

/** Each script-tag file by name, with the element kinds it defines (none: the loader). */
export const SCRIPT_FILES = Object.fromEntries([
  ['soundtrack-widgets', []],
  ...KINDS.map((kind) => [kind, [kind]]),
  ...combinations.map((kinds) => [fileForKinds(kinds), kinds]),
]);
