// Demo-page chrome only: a light/dark switch that sets the page theme the way a publisher's site would.
import { LANGUAGES } from './languages.js';

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

// A language switch: sets `lang` on the widgets, as a publisher who embeds them in that language
// would; they follow it live and take its direction from it. The article around them stays English.
const WIDGETS = 'soundtrack-chart, soundtrack-card, soundtrack-card-grid, better-than-movie-list';
const applyLanguage = (code) => {
  for (const widget of document.querySelectorAll(WIDGETS)) {
    if (code === 'en') widget.removeAttribute('lang');
    else widget.lang = code;
  }
};
const requested = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('demo-lang') ?? 'en';
const chosen = Object.hasOwn(LANGUAGES, requested) ? requested : 'en';
applyLanguage(chosen);

// The select is in each page's header already (sized in demo.css), so filling it moves nothing.
const switcher = document.querySelector('.language-switch');
if (switcher) {
  switcher.replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => new Option(name, code, false, code === chosen)));
  switcher.addEventListener('change', () => {
    localStorage.setItem('demo-lang', switcher.value);
    applyLanguage(switcher.value);
  });
}

// The strict-CSP page says what the browser reported: every Content-Security-Policy violation,
// counted from the start, once the widgets have rendered.
const report = document.querySelector('.csp-report');
if (report) {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} (${event.blockedURI || event.sample || 'inline'})`);
    show();
  });
  const show = () =>
    (report.textContent = violations.length
      ? `${violations.length} Content-Security-Policy violation${violations.length === 1 ? '' : 's'}: ${violations.join('; ')}`
      : 'No Content-Security-Policy violation on this page.');
  Promise.all([...document.querySelectorAll(WIDGETS)].map((widget) => customElements.whenDefined(widget.localName))).then(() => setTimeout(show, 500));
}
