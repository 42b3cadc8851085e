// A publisher's page script: the loader, and page strings set through it before any element file
// has arrived (the strict CSP of the check allows no inline script).
import { setStrings } from '/dist/soundtrack-widgets.js';

setStrings('en', { columnRank: 'Place', cardEmpty: 'No record here yet.' });
