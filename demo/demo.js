// Demo-page chrome only: a light/dark switch that sets the page theme the way a publisher's site would.
const root = document.documentElement;
const stored = new URLSearchParams(location.search).get('theme') ?? localStorage.getItem('demo-theme');
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
root.dataset.theme = stored ?? (prefersDark ? 'dark' : 'light');

const toggle = document.querySelector('.theme-toggle');
if (toggle) {
  const label = () => (toggle.textContent = root.dataset.theme === 'dark' ? 'Light page' : 'Dark page');
  label();
  toggle.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('demo-theme', root.dataset.theme);
    label();
  });
}

// A language switch: sets `lang` and `dir` on the widgets, as a publisher who embeds them in that
// language would; they follow it live. The article around them stays as written, in English.
const LANGUAGES = {
  en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', it: 'Italiano', pt: 'Português', nl: 'Nederlands',
  pl: 'Polski', sv: 'Svenska', ja: '日本語', ko: '한국어', zh: '简体中文', ar: 'العربية', he: 'עברית',
};
const RIGHT_TO_LEFT = new Set(['ar', 'he']);
const WIDGETS = 'soundtrack-chart, soundtrack-card, soundtrack-card-grid, better-than-movie-list';
const applyLanguage = (code) => {
  for (const widget of document.querySelectorAll(WIDGETS)) {
    if (code === 'en') widget.removeAttribute('lang');
    else widget.lang = code;
    if (RIGHT_TO_LEFT.has(code)) widget.dir = 'rtl';
    else widget.removeAttribute('dir');
  }
};
const requested = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('demo-lang') ?? 'en';
const chosen = requested in LANGUAGES ? requested : 'en';
applyLanguage(chosen);

// The select is in each page's header already (sized in demo.css), so filling it moves nothing.
const switcher = document.querySelector('.language-switch');
if (switcher) {
  for (const [code, name] of Object.entries(LANGUAGES)) switcher.add(new Option(name, code, false, code === chosen));
  switcher.addEventListener('change', () => {
    localStorage.setItem('demo-lang', switcher.value);
    applyLanguage(switcher.value);
  });
}
