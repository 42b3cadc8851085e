// Grid.js and its theme, as one file and one stylesheet for the peers bench page.
import 'gridjs/dist/theme/mermaid.css';
export { Grid } from 'gridjs';
