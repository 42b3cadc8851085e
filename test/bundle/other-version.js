// Another version of the library, from another folder, loaded once this page's own elements are
// defined: its elements must warn instead of throwing, and must not take the page's tags.
await Promise.all(['soundtrack-chart', 'soundtrack-card', 'better-than-movie-list'].map((tag) => customElements.whenDefined(tag)));
await import('/other-version/soundtrack-widgets.js');
