// The languages of the demo's switch, each named in itself as its translation's `$name` names it
// (test/elements/languages.test.ts checks that they match). A table rather than Intl.DisplayNames,
// whose first use costs about 20 ms of ICU loading while the page starts.
export const LANGUAGES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
  nl: 'Nederlands',
  pl: 'Polski',
  sv: 'Svenska',
  ja: '日本語',
  ko: '한국어',
  zh: '简体中文',
  ar: 'العربية',
  he: 'עברית',
};
