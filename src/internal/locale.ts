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
