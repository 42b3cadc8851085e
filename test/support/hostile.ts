// The hostile strings every place that shows feed text is tested with (test/elements/hostile.test.ts,
// test/fallback/).

/** Script that must never run: every vector sets this flag if it does. */
export const PWN = 'window.__pwned=1';
/** Event-handler attributes, javascript: and data: links, <svg onload> and DOMPurify's mutation-XSS samples. */
export const VECTORS = [
  `<img src=x onerror="${PWN}">`,
  `<svg onload="${PWN}"></svg>`,
  `"><script>${PWN}</script>`,
  `javascript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `<a href="javascript:${PWN}">x</a>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${PWN}>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${PWN}>`,
  `{count} {genre} \${alert(1)} {{constructor.constructor('${PWN}')()}}`,
];

/** Every text field of an item holds `text`, so each string reaches every place the elements show text. */
export function hostileItem(text: string, index: number) {
  return {
    id: `hostile-${index}`,
    title: text,
    url: text,
    image: text,
    content_text: text,
    content_html: text,
    tags: [text],
    _soundtrack: {
      rank: index + 1,
      artist: text,
      album: text,
      film: text,
      film_year: 2000,
      released: '2000',
      genres: [text],
      artists: [text],
      peaks: [{ chart: text, position: 1, work: text, region: text }],
      certifications: [{ level: text, body: text, region: text }],
      awards: [{ name: text, work: text, result: 'won' }],
      tracks: [{ title: text, artist: text }],
      ratings: { film: 10, soundtrack: 90, scale: 100 },
    },
  };
}
