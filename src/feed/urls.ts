const SAFE_PROTOCOLS = new Set(['http:', 'https:']);
/** Absolute http(s) links need no parsing to be known safe; long feeds are full of them. */
const ABSOLUTE_HTTP = /^https?:\/\/[^\s]/i;

/**
 * Returns the URL when it is `http:`, `https:` or relative, resolved against `base` when one is
 * given; `null` for `javascript:`, `data:` and every other scheme.
 */
export function safeUrl(value: string, base?: string): string | null {
  const trimmed = value.trim();
  if (ABSOLUTE_HTTP.test(trimmed)) return trimmed;
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base ?? 'https://relative.invalid/');
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  return base || url.host !== 'relative.invalid' ? url.href : trimmed;
}
