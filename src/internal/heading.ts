import { literal, type StaticValue } from 'lit/static-html.js';

/** Level 2: right under an article's `h1`, so the default never skips a level (Lighthouse's heading order); a page with sections sets 3. */
export const DEFAULT_HEADING_LEVEL = 2;

const HEADING_TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A `heading-level` attribute value as a level 2-6; anything else is the default, 2. */
export function headingLevelOf(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
}

/** The heading tag for a `heading-level` value, for `lit/static-html` templates. */
export function headingTag(value: unknown): StaticValue {
  return HEADING_TAGS[headingLevelOf(value)];
}
