#!/usr/bin/env node
// npx soundtrack-widgets render <feed.json> --element <tag> [--lang xx] [--base-url URL] [--<attribute> [value]]…
// Prints the markup to paste: the element, its feed inline, a static fallback and JSON-LD.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { FALLBACK_ELEMENTS, FallbackError, missingFeedError, renderFallback } from '../dist/npm/render/index.js';

const USAGE = `Usage: soundtrack-widgets render <feed.json> --element <tag> [options] [--<attribute> [value]]...

Prints the markup to paste into a page: the element with its attributes, the feed inline as
<script type="application/json">, a static fallback (a table, list or articles with the same facts,
in the feed's language) that readers and search engines see before the script runs, and the
schema.org JSON-LD.

  --element <tag>     one of ${FALLBACK_ELEMENTS.join(', ')}
  --lang <code>       the language of the element and its fallback (default: the feed's language)
  --base-url <url>    the page's address, to make relative links in the JSON-LD absolute
                      (default: the feed's home_page_url)
  --<attribute> [v]   any other attribute of the element, e.g. --sort artist --theme dark
                      --heading-level 2 --item 8-mile --limit 10; without a value it is boolean
                      (--searchable)
  --help              this text

Exit status: 0 printed, 1 the feed cannot be shown (the message the element would show is
printed), 2 wrong usage.`;

function fail(message, status) {
  process.stderr.write(`soundtrack-widgets: ${message}\n`);
  process.exit(status);
}

/** `render <file> --name value --flag` into the file, the element, the options and the attributes. */
function parse(args) {
  if (args.includes('--help') || args.includes('-h')) return { help: true };
  const [command, ...rest] = args;
  if (command !== 'render') fail(command ? `unknown command "${command}"\n\n${USAGE}` : USAGE, 2);
  const attributes = {};
  const files = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    const next = rest[i + 1];
    attributes[name] = inline ?? (next !== undefined && !next.startsWith('--') ? (i++, next) : true);
  }
  const { element, 'base-url': baseUrl, ...elementAttributes } = attributes;
  if (files.length !== 1) fail(`give one feed file (got ${files.length})\n\n${USAGE}`, 2);
  if (typeof element !== 'string') fail(`--element is required: one of ${FALLBACK_ELEMENTS.join(', ')}`, 2);
  if (!FALLBACK_ELEMENTS.includes(element)) fail(`--element must be one of ${FALLBACK_ELEMENTS.join(', ')} (got "${element}")`, 2);
  if (baseUrl !== undefined && typeof baseUrl !== 'string') fail('--base-url needs a URL', 2);
  return { file: files[0], element, baseUrl, attributes: elementAttributes };
}

const options = parse(process.argv.slice(2));
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const source = basename(options.file);
try {
  let text;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (error) {
    throw await missingFeedError(source, error.message, { lang: options.attributes.lang });
  }
  const result = await renderFallback(text, { element: options.element, attributes: options.attributes, baseUrl: options.baseUrl, source });
  for (const line of result.problems) process.stderr.write(`warning: ${line}\n`);
  process.stdout.write(result.html);
} catch (error) {
  if (!(error instanceof FallbackError)) fail(error instanceof Error ? error.message : String(error), 2);
  for (const line of error.problems) process.stderr.write(`warning: ${line}\n`);
  fail(`${error.message}\n  ${error.detail}`, 1);
}
