import { expect } from '@open-wc/testing';
import { describeSource } from '../../src/feed/errors.js';
import { safeUrl } from '../../src/feed/urls.js';

describe('safeUrl', () => {
  it('keeps http, https and relative links', () => {
    expect(safeUrl('https://example.com/a?b=1')).to.equal('https://example.com/a?b=1');
    expect(safeUrl('http://example.com/')).to.equal('http://example.com/');
    expect(safeUrl('/albums/x')).to.equal('/albums/x');
    expect(safeUrl('covers/x.jpg')).to.equal('covers/x.jpg');
  });

  it('resolves relative links against the feed URL when one is given', () => {
    expect(safeUrl('covers/x.jpg', 'https://cdn.example.com/feeds/top.json')).to.equal('https://cdn.example.com/feeds/covers/x.jpg');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '   ']) {
      expect(safeUrl(bad), bad).to.equal(null);
    }
  });
});

describe('describeSource', () => {
  it('names a feed by its file name', () => {
    expect(describeSource('https://example.com/feeds/top-100.json?v=2')).to.equal('top-100.json');
    expect(describeSource('https://example.com/')).to.equal('example.com');
  });
});
