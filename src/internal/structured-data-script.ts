import { jsonLdText, structuredData, type StructuredDataKind } from '../feed/structured-data.js';
import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';

type TrustedTypesWindow = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown } };
};

/** The Trusted Types policy the JSON-LD is written through: our own escaped JSON, nothing else. */
export const JSON_LD_POLICY = 'soundtrack-widgets#json-ld';
let policy: { createScript(text: string): unknown } | null | undefined;
let failed = false;

function scriptText(text: string): unknown {
  if (policy === undefined) {
    try {
      policy = (globalThis as TrustedTypesWindow).trustedTypes?.createPolicy(JSON_LD_POLICY, { createScript: (json) => json }) ?? null;
    } catch {
      // The page's CSP does not allow the policy: writing the script then fails and says so once.
      policy = null;
    }
  }
  return policy ? policy.createScript(text) : text;
}

/** Marks the JSON-LD script an element keeps up to date (the render step writes it too). */
export const STRUCTURED_DATA_ATTRIBUTE = 'data-soundtrack-structured-data';
const SELECTOR = `:scope > script[type="application/ld+json"][${STRUCTURED_DATA_ATTRIBUTE}]`;

/** Writes the JSON-LD of `items` into one `<script type="application/ld+json">` in the host's light DOM. */
export function writeStructuredData(host: HTMLElement, feed: SoundtrackFeed, items: readonly SoundtrackItem[], kind: StructuredDataKind): void {
  const text = jsonLdText(structuredData(feed, items, kind, document.baseURI));
  let script = host.querySelector<HTMLScriptElement>(SELECTOR);
  if (script?.text === text) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(STRUCTURED_DATA_ATTRIBUTE, '');
    host.append(script);
  }
  try {
    (script as { text: unknown }).text = scriptText(text);
  } catch (error) {
    if (!failed) console.warn(`soundtrack-widgets: the structured data could not be written (${String(error)}); allow the Trusted Types policy "${JSON_LD_POLICY}".`);
    failed = true;
  }
}

export function removeStructuredData(host: HTMLElement): void {
  host.querySelector(SELECTOR)?.remove();
}
