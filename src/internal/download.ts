import { toCsv, type CsvCell } from '../feed/csv.js';

/** Offers `text` to the reader as a file download named `name`, without leaving the page. */
function downloadText(name: string, text: string, type: string): void {
  // The byte order mark makes spreadsheets read the file as UTF-8 ("Björk", not "BjÃ¶rk").
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: "Top 100 soundtrack albums" gives "top-100-soundtrack-albums". */
function fileNameOf(title: string | null, fallback: string): string {
  return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || fallback;
}

/**
 * Offers `rows` as a CSV file named after `title` (else `fallback`). Elements load this module
 * when the reader asks for a download, so pages that never download never fetch it.
 */
export function downloadCsv(rows: readonly (readonly CsvCell[])[], title: string | null, fallback: string): void {
  downloadText(`${fileNameOf(title, fallback)}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
}
