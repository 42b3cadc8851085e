import { html, nothing, type TemplateResult } from 'lit';

/** Level 2: right under an article's `h1`, so the default never skips a level (Lighthouse's heading order); a page with sections sets 3. */
export const DEFAULT_HEADING_LEVEL = 2;

/** A heading's `part`, its `class` and, for a focus target, `tabindex="-1"`. */
export interface HeadingAttributes {
  part: string;
  class: string;
  tabindex?: '-1';
}

type Heading = (attributes: HeadingAttributes, content: unknown) => TemplateResult;

// One template per level: a tag name cannot be a binding, and lit/static-html weighs more than these.
const HEADINGS: Record<number, Heading> = {
  2: (a, content) => html`<h2 part=${a.part} class=${a.class} tabindex=${a.tabindex ?? nothing}>${content}</h2>`,
  3: (a, content) => html`<h3 part=${a.part} class=${a.class} tabindex=${a.tabindex ?? nothing}>${content}</h3>`,
  4: (a, content) => html`<h4 part=${a.part} class=${a.class} tabindex=${a.tabindex ?? nothing}>${content}</h4>`,
  5: (a, content) => html`<h5 part=${a.part} class=${a.class} tabindex=${a.tabindex ?? nothing}>${content}</h5>`,
  6: (a, content) => html`<h6 part=${a.part} class=${a.class} tabindex=${a.tabindex ?? nothing}>${content}</h6>`,
};

/** A `heading-level` attribute value as a level 2-6; anything else is the default, 2. */
export function headingLevelOf(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
}

/** A heading at the level a `heading-level` value asks for. */
export function heading(level: unknown, attributes: HeadingAttributes, content: unknown): TemplateResult {
  return HEADINGS[headingLevelOf(level)](attributes, content);
}
