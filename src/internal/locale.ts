/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else the feed's,
 * else the browser's.
 */
export function resolveLocale(element: Element, feedLanguage?: string | null): string {
  const candidates = [element.closest('[lang]')?.getAttribute('lang'), feedLanguage, navigator.language];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // An invalid lang attribute ("english") falls through to the next candidate.
    }
  }
  return 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in `locale`'s digits and grouping: "1,000", "1.000", "١٬٠٠٠". */
export function formatCount(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
