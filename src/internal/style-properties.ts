import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM on every render, including the first. Lit's
 * `styleMap` writes a `style` attribute on first render, which a strict Content-Security-Policy
 * (`style-src` without 'unsafe-inline') blocks. Used as an element binding:
 * `<div ${styleProperties({ '--share': '40%' })}>`.
 */
class StylePropertiesDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() must be used as an element binding');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);

/**
 * `text` as a CSS string token, for a custom property that `content` reads (`content:
 * var(--_label)`): quotes, backslashes and line breaks escaped, so no text can end the string.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
