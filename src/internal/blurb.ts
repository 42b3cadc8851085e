import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { SoundtrackItem } from '../feed/types.js';

/**
 * An item's blurb: its `content_html` (sanitized by the feed layer, the only feed text ever rendered
 * as HTML) when it has one, else its `content_text` as a paragraph; `nothing` when it has neither.
 */
export function blurbContent(item: SoundtrackItem) {
  if (item.contentHtml) return unsafeHTML(item.contentHtml);
  if (item.contentText) return html`<p>${item.contentText}</p>`;
  return nothing;
}
