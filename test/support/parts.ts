import { expect } from '@open-wc/testing';

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

let manifest: Promise<{ modules: { declarations?: ManifestDeclaration[] }[] }> | undefined;

async function declarationOf(tagName: string): Promise<ManifestDeclaration | undefined> {
  manifest ??= fetch('/custom-elements.json').then((response) => response.json());
  const { modules } = await manifest;
  return modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tagName);
}

/** The `@csspart` names `custom-elements.json` documents for `tagName`. */
async function documentedParts(tagName: string): Promise<string[]> {
  return ((await declarationOf(tagName))?.cssParts ?? []).map((part) => part.name);
}

function styleRules(rules: Iterable<CSSRule>): CSSStyleRule[] {
  return [...rules].flatMap((rule) =>
    rule instanceof CSSStyleRule ? [rule] : rule instanceof CSSGroupingRule ? styleRules(rule.cssRules) : [],
  );
}

const VARIABLE = /var\(\s*(--[\w-]+)/g;

/**
 * The custom properties an element's styles read, following its private aliases: a shared
 * `--_tag: var(--st-color-tag, …)` counts only when some declaration reads `--_tag`.
 */
function propertiesRead(element: HTMLElement): string[] {
  const aliases = new Map<string, Set<string>>();
  const direct = new Set<string>();
  for (const rule of styleRules(element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]))) {
    // cssText, not the longhands: a shorthand that holds var() leaves its longhands empty.
    for (const declaration of rule.style.cssText.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const name = declaration.slice(0, colon).trim();
      const used = [...declaration.slice(colon + 1).matchAll(VARIABLE)].map((match) => match[1]);
      if (name.startsWith('--')) used.forEach((variable) => aliases.set(name, (aliases.get(name) ?? new Set()).add(variable)));
      else used.forEach((variable) => direct.add(variable));
    }
  }
  const read = new Set<string>();
  const visit = (name: string) => {
    if (read.has(name)) return;
    read.add(name);
    aliases.get(name)?.forEach(visit);
  };
  direct.forEach(visit);
  return [...read].filter((name) => name.startsWith('--st-')).sort();
}

/**
 * Checks that the `--st-*` custom properties `custom-elements.json` documents for an element are
 * the ones its styles read: none documented and unused, none read and undocumented.
 */
export async function expectCustomPropertiesMatchDocumentation(element: HTMLElement): Promise<void> {
  const documented = ((await declarationOf(element.localName))?.cssProperties ?? []).map((property) => property.name).sort();
  expect(propertiesRead(element), `--st-* properties ${element.localName} reads`).to.deep.equal(documented);
}

/**
 * Checks the documentation against the rendering: every documented part is on some element of
 * `rendered` (the element in each of its states) and takes a page's `::part()` rule, and no
 * element carries a part the documentation leaves out.
 */
export async function expectPartsMatchDocumentation(tagName: string, rendered: HTMLElement[]): Promise<void> {
  const documented = await documentedParts(tagName);
  expect(documented.length, `${tagName} documents no parts`).to.be.greaterThan(0);
  const style = document.createElement('style');
  style.textContent = documented.map((name) => `${tagName}::part(${name}) { outline-offset: 7px; }`).join('\n');
  document.head.append(style);
  try {
    const withParts = rendered.flatMap((host) => [...host.shadowRoot!.querySelectorAll('[part]')]);
    for (const name of documented) {
      const element = withParts.find((candidate) => candidate.part.contains(name));
      expect(element, `no element has the documented part "${name}"`).not.to.equal(undefined);
      expect(getComputedStyle(element!).outlineOffset, `::part(${name})`).to.equal('7px');
    }
    const names = new Set(withParts.flatMap((element) => [...element.part]));
    expect([...names].filter((name) => !documented.includes(name)), 'parts rendered but not documented').to.deep.equal([]);
  } finally {
    style.remove();
  }
}
