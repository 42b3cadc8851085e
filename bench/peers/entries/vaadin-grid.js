// Vaadin Grid with its sort column (its styles are in the script), as one file for the peers bench page.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
