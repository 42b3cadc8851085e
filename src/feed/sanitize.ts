import type { Sanitize } from './sanitizers.js';

let sanitizer: Promise<Sanitize> | undefined;

/**
 * Sanitizes `content_html` to the blurb's rules (src/feed/sanitizers.ts): with the browser's
 * `Element.setHTML` where it has one, else with DOMPurify. Both load on first use, so pages whose
 * feeds carry only `content_text` never download them, nor DOMPurify where the browser sanitizes.
 */
export function sanitizeHtml(html: string): Promise<string> {
  sanitizer ??= import('./sanitizers.js').then(({ bestSanitizer }) => bestSanitizer());
  return sanitizer.then((sanitize) => sanitize(html));
}
