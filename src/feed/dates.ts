import type { DatePrecision, PartialDate } from './types.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns `undefined` for anything that is not a real
 * date (`1980-13`, `2020-02-30`), so callers can tell "invalid" from "unknown" (`null`).
 */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return undefined;
  const [iso, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { iso, precision: 'year', year };
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  if (dayText === undefined) return { iso, precision: 'month', year, month };
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { iso, precision: 'day', year, month, day };
}

/**
 * A number that orders partial dates: a year sorts before any month of that year, a month before
 * any day of it.
 */
export function partialDateOrdinal(date: PartialDate): number {
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, FORMAT_OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats a date at its own precision in `locale`: "13 Jan 1969", "Feb 1980", "1976". */
export function formatPartialDate(date: PartialDate, locale: string): string {
  return dateFormat(locale, date.precision).format(new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)));
}

/** Makes the formatters `formatPartialDate` will need for `locale` ahead of time. */
export function prepareDateFormats(locale: string): void {
  for (const precision of Object.keys(FORMAT_OPTIONS) as DatePrecision[]) dateFormat(locale, precision);
}
