import type { Config } from 'dompurify';

/** Inline and simple block markup a blurb may use; everything else is removed, text kept. */
const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'em', 'i', 'li', 'ol', 'p', 'q', 's',
    'small', 'span', 'strong', 'sub', 'sup', 'u', 'ul',
  ],
  ALLOWED_ATTR: ['href', 'title', 'lang', 'dir'],
  ALLOWED_URI_REGEXP: /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: Promise<(html: string) => string> | undefined;

/**
 * Sanitizes `content_html` with DOMPurify. The library is loaded on first use, so pages whose
 * feeds carry only `content_text` never download it.
 */
export function sanitizeHtml(html: string): Promise<string> {
  purifier ??= import('dompurify').then(({ default: DOMPurify }) => {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
    });
    return (dirty: string) => DOMPurify.sanitize(dirty, SANITIZE_CONFIG) as string;
  });
  return purifier.then((sanitize) => sanitize(html));
}
