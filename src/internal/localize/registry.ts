import en from '../../translations/en.js';
import { onPageStrings, pageStringsOf } from './page-strings.js';
import { validTerms, type TermOverrides, type Terms } from './terms.js';

/**
 * The shipped languages besides English, each a module of its own: the script-tag build writes
 * them as files beside `soundtrack-widgets.js`, fetched only when an element speaks one.
 */
const LOADERS: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  ar: () => import('../../translations/ar.js'),
  de: () => import('../../translations/de.js'),
  es: () => import('../../translations/es.js'),
  fr: () => import('../../translations/fr.js'),
  he: () => import('../../translations/he.js'),
  it: () => import('../../translations/it.js'),
  ja: () => import('../../translations/ja.js'),
  ko: () => import('../../translations/ko.js'),
  nl: () => import('../../translations/nl.js'),
  pl: () => import('../../translations/pl.js'),
  pt: () => import('../../translations/pt.js'),
  sv: () => import('../../translations/sv.js'),
  zh: () => import('../../translations/zh.js'),
};

/** The languages the package ships, English first. */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

export const ENGLISH: Terms = en;

const loaded = new Map<string, TermOverrides>([['en', en]]);
const requests = new Map<string, Promise<void>>();
const listeners = new Set<(code: string) => void>();
/** Each `setStrings` call's strings, checked once (the warnings come once) by this copy of the library. */
const checked = new WeakMap<object, TermOverrides>();

/** Calls `listener` with the language (`de`, `pt-br`) whose file arrived or whose page strings changed. */
export function onTermsChange(listener: (code: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notify = (code: string) => listeners.forEach((listener) => listener(code));

/** The page's replacements for one language, the latest `setStrings` first. */
function pageStrings(code: string): TermOverrides[] {
  return pageStringsOf(code)
    .map((strings) => {
      if (!checked.has(strings)) checked.set(strings, validTerms(strings, en, `setStrings('${code}')`));
      return checked.get(strings)!;
    })
    .reverse();
}

onPageStrings((code) => {
  // Checked now, so that a wrong key is reported where the publisher's setStrings ran.
  pageStrings(code);
  notify(code);
});

/** The languages whose strings an element speaking `lang` uses, most specific first: `pt-br`, `pt`, `en`. */
export const languageChain = (lang: string): string[] => [...new Set([lang.toLowerCase(), lang.toLowerCase().split('-')[0], 'en'])];

/**
 * Where a language's strings come from, most specific first: the page's replacements and the
 * shipped file for the full tag (`pt-BR`), then its language (`pt`), then English. Asks for a
 * shipped file that has not arrived yet; until it does, English stands in.
 */
export function termSources(lang: string): TermOverrides[] {
  const sources: TermOverrides[] = [];
  for (const code of languageChain(lang)) {
    sources.push(...pageStrings(code));
    const shipped = loaded.get(code);
    if (shipped) sources.push(shipped);
    else void requestLanguage(code);
  }
  return sources;
}

function requestLanguage(code: string): Promise<void> {
  const load = Object.hasOwn(LOADERS, code) ? LOADERS[code] : undefined;
  if (!load) return Promise.resolve();
  let request = requests.get(code);
  if (!request) {
    request = load().then(
      (module) => {
        loaded.set(code, validTerms(module.default, en, `the ${code} language file`));
        notify(code);
      },
      (error: unknown) => {
        // Stays requested: English stands in for the rest of the page's life, with one warning.
        console.warn(`soundtrack-widgets: the ${code} language file could not be loaded (${String(error)}); showing English.`);
      },
    );
    requests.set(code, request);
  }
  return request;
}

/** Resolves once the shipped files `lang` speaks have arrived (or failed, leaving English). */
export async function languageReady(lang: string): Promise<void> {
  await Promise.all(languageChain(lang).map(requestLanguage));
}
