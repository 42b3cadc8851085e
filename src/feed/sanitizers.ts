import type { Config } from 'dompurify';

// The rules of a blurb, for both sanitizers below: inline and simple block markup; any other
// element is unwrapped (its text kept), except those whose content is not text, which go whole.
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'em', 'i', 'li', 'ol', 'p', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];
/** http(s), relative and fragment links; no other scheme. */
const SAFE_URL = /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const LINK_REL = 'noopener noreferrer nofollow';
/** Removed with their content, as DOMPurify's `FORBID_CONTENTS` does. */
const DROPPED_WITH_CONTENT = [
  'audio', 'colgroup', 'head', 'iframe', 'math', 'noembed', 'noframes', 'noscript', 'plaintext', 'script',
  'style', 'svg', 'template', 'thead', 'title', 'video', 'xmp',
];
/** What a browser ignores in a URL ("java\tscript:"), as DOMPurify strips it before the test. */
// eslint-disable-next-line no-control-regex -- the control characters are what is stripped
const URL_IGNORED = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

export type Sanitize = (html: string) => string;
type SafeHtmlElement = Element & { setHTML(html: string, options: { sanitizer: object }): void };

/**
 * The browser's own sanitizer (`Element.setHTML`, which never keeps script, handlers or
 * `javascript:` links), in an inert document, narrowed to the rules above; undefined where the
 * browser has none.
 */
export function browserSanitizer(): Sanitize | undefined {
  if (typeof document === 'undefined' || !('setHTML' in Element.prototype)) return undefined;
  return (dirty) => {
    const body = document.implementation.createHTMLDocument('').body as unknown as SafeHtmlElement;
    // An empty configuration: the browser removes only what could run; `narrow` applies the rules.
    body.setHTML(dirty, { sanitizer: {} });
    narrow(body);
    return body.innerHTML;
  };
}

function narrow(parent: Element): void {
  for (const child of [...parent.children]) {
    const tag = child.tagName.toLowerCase();
    if (DROPPED_WITH_CONTENT.includes(tag)) {
      child.remove();
      continue;
    }
    narrow(child);
    if (!ALLOWED_TAGS.includes(tag)) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    for (const { name, value } of [...child.attributes]) {
      if (!ALLOWED_ATTR.includes(name) || (name === 'href' && !SAFE_URL.test(value.replace(URL_IGNORED, '')))) child.removeAttribute(name);
    }
    if (tag === 'a' && child.hasAttribute('href')) child.setAttribute('rel', LINK_REL);
  }
  for (const node of [...parent.childNodes]) if (node.nodeType === Node.COMMENT_NODE) node.remove();
}

const DOMPURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  RETURN_TRUSTED_TYPE: false,
};

/** DOMPurify, fetched on first use. */
export const domPurifySanitizer = (): Promise<Sanitize> =>
  import('dompurify').then(({ default: DOMPurify }) => {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', LINK_REL);
    });
    return (dirty) => DOMPurify.sanitize(dirty, DOMPURIFY_CONFIG) as string;
  });

/** The browser's own sanitizer where it has one, else DOMPurify. */
export const bestSanitizer = (): Promise<Sanitize> => {
  const own = browserSanitizer();
  return own ? Promise.resolve(own) : domPurifySanitizer();
};
