import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { CustomerPartial } from '../../src/api/schemas/customer';
import { COLUMN_SPECS } from '../../src/features/customers/grid/grid-columns';
import { formatCountry } from '../../src/lib/format-amount';
import { formatUtcInstant } from '../../src/lib/format-date';
import { AppTheme } from './app-theme';
import { CUSTOMERS, ROW_COUNT, ROW_SELECTOR } from './customers';
import { renderAndTime } from './timing';

// MUI X DataGrid (community) over the same rows, with the app's v3 columns, widths and text
// (without our avatar and link in the name cell). `?rows=all`: virtualisation off and the grid
// as tall as its rows, so all 100 are in the DOM; otherwise a viewport-high grid, virtualised,
// and the page reports its first row.

const all = new URLSearchParams(location.search).get('rows') === 'all';
const LOCALE = 'en';
const ROLE_LABELS: Record<string, string> = {
  customer: 'Customer',
  subscriber: 'Subscriber',
  shop_manager: 'Shop manager',
};
const text = (value: string | undefined) => value || '—';

const columns: GridColDef<CustomerPartial>[] = [
  // Not `type: 'number'`, which would print 1,001 where our grid prints 1001.
  {
    field: 'id',
    headerName: 'ID',
    width: COLUMN_SPECS.id.size,
    align: 'right',
    headerAlign: 'right',
  },
  {
    field: 'name',
    headerName: 'Name',
    width: COLUMN_SPECS.name.size,
    valueGetter: (_value, row) => [row.first_name, row.last_name].filter(Boolean).join(' '),
  },
  { field: 'email', headerName: 'Email', width: COLUMN_SPECS.email.size },
  { field: 'username', headerName: 'Username', width: COLUMN_SPECS.username.size },
  {
    field: 'role',
    headerName: 'Role',
    width: COLUMN_SPECS.role.size,
    valueGetter: (_value, row) => text(row.role && (ROLE_LABELS[row.role] ?? row.role)),
  },
  {
    field: 'location',
    headerName: 'Location',
    width: COLUMN_SPECS.location.size,
    valueGetter: (_value, row) => {
      const country = row.billing?.country;
      return text(
        [row.billing?.city, country && formatCountry(country, LOCALE)].filter(Boolean).join(', '),
      );
    },
  },
  {
    field: 'paying',
    headerName: 'Paying',
    width: COLUMN_SPECS.paying.size,
    valueGetter: (_value, row) =>
      row.is_paying_customer === undefined ? '—' : row.is_paying_customer ? 'Yes' : 'No',
  },
  {
    field: 'registered',
    headerName: 'Registered',
    width: COLUMN_SPECS.registered.size,
    valueGetter: (_value, row) =>
      row.date_created_gmt ? formatUtcInstant(row.date_created_gmt, LOCALE) : '—',
  },
];

renderAndTime(
  <AppTheme>
    <div style={all ? undefined : { height: '100vh' }}>
      <DataGrid
        rows={CUSTOMERS}
        columns={columns}
        checkboxSelection
        disableVirtualization={all}
        autoHeight={all}
        pageSizeOptions={[ROW_COUNT]}
        initialState={{ pagination: { paginationModel: { pageSize: ROW_COUNT } } }}
      />
    </div>
  </AppTheme>,
  ROW_SELECTOR.dataGrid,
  all ? ROW_COUNT : 1,
);
