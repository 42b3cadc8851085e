import { html, type TemplateResult } from 'lit';

/** How every element shows a value the feed lost: a quiet dash that screen readers read as `label`. */
export function unknownValue(label = 'unknown'): TemplateResult {
  return html`<span class="unknown"><span aria-hidden="true">–</span><span class="visually-hidden">${label}</span></span>`;
}
