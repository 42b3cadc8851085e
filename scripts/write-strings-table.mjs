// Rewrites the README's table of the strings a publisher can replace (between the strings markers)
// from src/translations/en.ts. `npm test` checks the table against en.ts.
import { readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync('src/translations/en.ts', 'utf8');
const body = source.slice(source.indexOf("$dir: 'ltr',") + "$dir: 'ltr',".length, source.indexOf('} as const;'));
const rows = [];
for (const line of body.split('\n').map((text) => text.trim()).filter(Boolean)) {
  if (line.startsWith('//')) {
    rows.push(`| **${line.slice(2).trim()}** | |`);
    continue;
  }
  const [, key, value] = /^(\w+): (.*),$/.exec(line);
  const text = value.startsWith('{') ? [...value.matchAll(/(\w+): '([^']*)'/g)].map(([, form, words]) => `${form}: ${words}`).join('; ') : value.slice(1, -1);
  rows.push(`| \`${key}\` | ${text.replaceAll('|', '\\|')} |`);
}
const table = ['<!-- strings:start -->', '| key | English |', '| --- | --- |', ...rows, '<!-- strings:end -->'].join('\n');
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', readme.replace(/<!-- strings:start -->[\s\S]*<!-- strings:end -->/, table));
