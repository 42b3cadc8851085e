import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/feed/sanitize.js';
import { browserSanitizer, domPurifySanitizer } from '../../src/feed/sanitizers.js';
import { VECTORS } from '../support/hostile.js';

/** Blurbs and what a reader must get of them, whichever sanitizer the browser uses. */
const CASES: [string, string][] = [
  ['<p>A <em>lush</em>, <strong>brassy</strong> <i>score</i><br>with <q>hooks</q></p>', '<p>A <em>lush</em>, <strong>brassy</strong> <i>score</i><br>with <q>hooks</q></p>'],
  ['<ul><li>one</li><li lang="fr" dir="ltr" title="deux">deux</li></ul>', '<ul><li>one</li><li lang="fr" dir="ltr" title="deux">deux</li></ul>'],
  ['<div><h1>Big</h1> <font color="red">red</font> <x-foo>custom</x-foo></div>', 'Big red custom'],
  ['<p class="x" style="color:red" id="y" onclick="alert(1)">styled</p>', '<p>styled</p>'],
  ['a<script>alert(1)</script><style>p{}</style><svg><text>svg</text></svg><math><mi>x</mi></math>b', 'ab'],
  ['a<template><b>hidden</b></template><iframe src="https://evil.example"></iframe><noscript>n</noscript>b', 'ab'],
  ['a<!-- a comment -->b', 'ab'],
  ['<a href="https://example.com/x">web</a>', '<a href="https://example.com/x" rel="noopener noreferrer nofollow">web</a>'],
  ['<a href="/review">relative</a> <a href="#notes">fragment</a>', '<a href="/review" rel="noopener noreferrer nofollow">relative</a> <a href="#notes" rel="noopener noreferrer nofollow">fragment</a>'],
  ['<a href="javascript:alert(1)">js</a>', '<a>js</a>'],
  ['<a href=" java\tscript:alert(1)">spaced</a>', '<a>spaced</a>'],
  ['<a href="data:text/html,<script>alert(1)</script>">data</a>', '<a>data</a>'],
  ['<a href="mailto:x@example.com">mail</a>', '<a>mail</a>'],
  ['<a>no link</a><img src="x.jpg" alt="cover">', '<a>no link</a>'],
];

/** Parses sanitized HTML as the element renders it and says whether anything in it could run. */
function couldRun(html: string): boolean {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('*')].some(
    (element) =>
      ['script', 'iframe', 'img', 'svg', 'math', 'object', 'style'].includes(element.localName) ||
      [...element.attributes].some(({ name, value }) => name.startsWith('on') || /^\s*(?:javascript|data):/i.test(value)),
  );
}

// First in the file: no test before it has fetched DOMPurify.
describe('sanitizeHtml', () => {
  it("uses the browser's own sanitizer where there is one, so the page never downloads DOMPurify", async () => {
    const before = performance.getEntriesByType('resource').length;
    expect(await sanitizeHtml('<p>x<img src=x onerror=alert(1)></p>')).to.equal('<p>x</p>');
    const fetched = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(fetched.filter((url) => url.includes('dompurify'))).to.deep.equal([]);
  });
});

const SANITIZERS = {
  "the browser's Element.setHTML": async () => {
    const sanitize = browserSanitizer();
    expect(sanitize, 'this Chromium has Element.setHTML').to.be.a('function');
    return sanitize!;
  },
  DOMPurify: domPurifySanitizer,
};

for (const [name, sanitizer] of Object.entries(SANITIZERS)) {
  describe(`sanitizing content_html with ${name}`, () => {
    it('keeps the blurb markup and links the rules allow, unwraps other elements and drops what could run', async () => {
      const sanitize = await sanitizer();
      for (const [dirty, clean] of CASES) expect(sanitize(dirty), dirty).to.equal(clean);
    });

    it('leaves nothing that could run from the mutation-XSS samples', async () => {
      const sanitize = await sanitizer();
      for (const vector of VECTORS) {
        const clean = sanitize(vector);
        expect(couldRun(clean), `${vector} gave ${clean}`).to.equal(false);
      }
    });
  });
}
