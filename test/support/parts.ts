import { expect } from '@open-wc/testing';

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

/** The `@csspart` names `custom-elements.json` documents for `tagName`. */
export async function documentedParts(tagName: string): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tagName);
  return (declaration?.cssParts ?? []).map((part) => part.name);
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
