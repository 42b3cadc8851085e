/** The class of the static fallback the render step (`soundtrack-widgets render`) writes into an element, which the element replaces. */
export const FALLBACK_CLASS = 'st-fallback';
