/** HTML that is ours (tags and attributes written here), as opposed to text, which is always escaped. */
export class Markup {
  constructor(readonly html: string) {}

  toString(): string {
    return this.html;
  }
}

/** What a `markup` template takes: text (escaped), numbers, markup, lists of them; `null`, `undefined` and `false` write nothing. */
export type Value = string | number | Markup | null | undefined | false | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML, in content and in quoted attribute values alike: no feed string can open or close a tag or an attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

function write(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(write).join('');
  return escapeHtml(String(value));
}

/**
 * A string-building cousin of Lit's `html`: the template's strings are markup, every value is
 * escaped unless it is `Markup` (another `markup` result). Attribute values go inside quotes.
 */
export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let html = strings[0];
  values.forEach((value, i) => (html += write(value) + strings[i + 1]));
  return new Markup(html);
}

/** ` name="value"` for each attribute, ` name` for a boolean one; names are checked by the caller. */
export function attributeList(attributes: Readonly<Record<string, string | true>>): Markup {
  return new Markup(
    Object.entries(attributes)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
      .join(''),
  );
}
