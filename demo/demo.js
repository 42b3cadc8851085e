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
