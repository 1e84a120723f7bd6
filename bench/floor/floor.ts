// The cold open's floor: the grid's first 100 rows drawn with no React at all, to know how far
// under the app's own time a cold open can go on this machine. The page sends the list request
// the app's boot sends (same module, same remembered connection and settings, same zod parse),
// formats the cells with the app's own formatters (Intl's locale data included), and draws the
// rows into the grid's table with the grid's classes and stylesheets, by DOM calls. It leaves out
// all the rest of the first screen (top bar, toolbar, sort buttons, pager, row actions), so it is
// a bound that the app cannot beat, not a screen to ship (docs/decisions/0008).
import '../../src/theme/theme-variables.css';
import '../../src/app/base.css';
import '../../src/components/customer-avatar.css';
import '../../src/config/zod-without-eval';
import { en } from '../../src/app/locales/en';
import { loadBootSettings } from '../../src/config/boot-settings';
import { requestGridPage } from '../../src/features/customers/boot';
import {
  COLUMN_SPECS,
  columnsFor,
  type GridColumnId,
} from '../../src/features/customers/grid/grid-columns';
import { GRID_CLASS } from '../../src/features/customers/grid/grid-body-styles';
import { GRID_HEAD_CLASS } from '../../src/features/customers/grid/grid-head-styles';
import { avatarInitials, avatarTone } from '../../src/lib/avatar-initials';
import { customerName } from '../../src/lib/customer-text';
import { formatCountry } from '../../src/lib/format-amount';
import { formatUtcInstant } from '../../src/lib/format-date';
import { clientFor } from '../../src/session/client-for';
import { loadConnection } from '../../src/session/connection-storage';
import type { CustomerPartial } from '../../src/api/schemas/customer';

const DASH = '—';
const LOCALE = 'en-US';
const SELECT_SIZE = 48;
const ACTIONS_SIZE = 56;

function cell(row: HTMLElement, text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.textContent = text;
  row.append(td);
  return td;
}

function nameCell(row: HTMLElement, customer: CustomerPartial, name: string): void {
  const td = cell(row, '');
  const box = document.createElement('div');
  box.className = GRID_CLASS.name;
  const avatar = document.createElement('span');
  avatar.className = 'cd-avatar';
  avatar.dataset.tone = String(avatarTone(customer));
  avatar.setAttribute('aria-hidden', 'true');
  avatar.textContent = avatarInitials(customer);
  const link = document.createElement('a');
  link.href = `#/customers/${customer.id}`;
  link.className = GRID_CLASS.link;
  link.textContent = name || `#${customer.id}`;
  box.append(avatar, link);
  td.append(box);
}

function locationCell(row: HTMLElement, customer: CustomerPartial): void {
  const { city = '', country = '' } = customer.billing ?? {};
  const parts = [city, country && formatCountry(country, LOCALE)].filter(Boolean);
  const td = cell(row, parts.length ? '' : DASH);
  parts.forEach((part, index) => {
    if (index > 0) td.append(', ');
    const bdi = document.createElement('bdi');
    bdi.textContent = part;
    td.append(bdi);
  });
}

function roleText(role: string | undefined): string {
  if (!role) return DASH;
  const roles: Record<string, string> = en.customers.roles;
  return roles[role] ?? role;
}

function drawRow(customer: CustomerPartial, columns: readonly GridColumnId[]): HTMLElement {
  const row = document.createElement('tr');
  row.tabIndex = 0;
  row.dataset.id = String(customer.id);
  const name = customerName(customer);
  const check = cell(row, '', GRID_CLASS.check);
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('aria-label', `Select ${name || `#${customer.id}`}`);
  check.append(document.createElement('label'));
  check.firstElementChild?.append(box);
  for (const column of columns) {
    if (column === 'name') nameCell(row, customer, name);
    else if (column === 'location') locationCell(row, customer);
    else if (column === 'registered') {
      const at = customer.date_created_gmt;
      cell(row, at ? formatUtcInstant(at, LOCALE) : DASH);
    } else if (column === 'paying') {
      const paying = customer.is_paying_customer;
      cell(row, paying === undefined ? DASH : paying ? en.customers.yes : en.customers.no);
    } else if (column === 'role') cell(row, roleText(customer.role));
    else if (column === 'id') cell(row, String(customer.id), GRID_CLASS.numeric);
    else cell(row, String(customer[column as 'email' | 'username'] ?? DASH));
  }
  cell(row, '', GRID_CLASS.actions);
  return row;
}

function drawTable(customers: readonly CustomerPartial[], columns: readonly GridColumnId[]) {
  const sizes = [SELECT_SIZE, ...columns.map((id) => COLUMN_SPECS[id].size), ACTIONS_SIZE];
  const frame = document.createElement('div');
  frame.className = GRID_HEAD_CLASS.frame;
  const table = document.createElement('table');
  table.className = GRID_HEAD_CLASS.table;
  table.dataset.density = 'standard';
  table.setAttribute('aria-label', en.customers.title);
  table.style.minWidth = `${sizes.reduce((a, b) => a + b, 0)}px`;
  table.style.setProperty('--cd-cols', sizes.map((s) => `minmax(${s}px, ${s}fr)`).join(' '));
  const head = table.createTHead().insertRow();
  const headers: [string, string?][] = [
    ['', GRID_HEAD_CLASS.checkbox],
    ...columns.map((id): [string, string?] => [
      en.customers.columns[id],
      id === 'id' ? GRID_HEAD_CLASS.numeric : undefined,
    ]),
    [en.customers.columns.actions, GRID_HEAD_CLASS.sticky],
  ];
  for (const [label, className] of headers) {
    const th = document.createElement('th');
    if (className) th.className = className;
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  body.className = GRID_CLASS.body;
  body.append(...customers.map((customer) => drawRow(customer, columns)));
  frame.append(table);
  document.getElementById('root')?.append(frame);
}

const connection = loadConnection();
const settings = loadBootSettings();
if (!connection || !settings) throw new Error('the floor page needs a remembered connection');
const client = clientFor(connection, settings.requestTimeoutSeconds);
// The request the app's boot sends for this address (app/boot.ts), and the columns it asks for.
const page = requestGridPage(client, window.location.hash.split('?')[1] ?? '', settings.avatars);
const columns = columnsFor(client.config.version).filter((id) =>
  page.params._fields?.some((field) =>
    COLUMN_SPECS[id].fields(client.config.version, settings.avatars).includes(field),
  ),
);
const { items } = await page.rows;
drawTable(items, columns);
