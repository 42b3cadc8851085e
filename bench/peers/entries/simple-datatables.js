// simple-datatables and its stylesheet, as one file and one stylesheet for the peers bench page.
import 'simple-datatables/dist/style.css';
export { DataTable } from 'simple-datatables';
