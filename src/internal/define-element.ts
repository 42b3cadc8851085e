/**
 * Registers a custom element once. Loading the library twice is harmless: the same class is skipped
 * silently, and a different class under a taken name is reported instead of throwing.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registered = customElements.get(tagName);
  if (!registered) {
    customElements.define(tagName, elementClass);
  } else if (registered !== elementClass) {
    console.warn(
      `soundtrack-widgets: <${tagName}> is already defined by another script (another copy or version of the library?); this copy was not registered.`,
    );
  }
}
