// The cold open's floor: the grid's first 100 rows drawn with no React at all, to know how far
// under the app's own time a cold open can go on this machine. The page sends the list request
// the app's boot sends (same module, same remembered connection and settings, same zod parse),
// formats the cells with the app's own formatters (Intl's locale data included), and draws the
// rows into the grid's table with the grid's classes and stylesheets, by DOM calls. It leaves out
// all the rest of the first screen (top bar, toolbar, sort buttons, pager, row actions), so it is
// a bound that the app cannot beat, not a screen to ship (docs/decisions/0008). react-floor.tsx
// draws the same rows with React.
import { floorTable, GRID_CLASS, GRID_HEAD_CLASS, type FloorCell } from './floor-rows';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}

function drawCell(cell: FloorCell): HTMLTableCellElement {
  if (cell.kind === 'text') return element('td', cell.className, cell.text);
  const td = element('td');
  if (cell.kind === 'parts') {
    cell.parts.forEach((part, index) => {
      if (index > 0) td.append(', ');
      td.append(element('bdi', undefined, part));
    });
    return td;
  }
  const box = element('div', GRID_CLASS.name);
  const avatar = element('span', 'cd-avatar', cell.initials);
  avatar.dataset.tone = cell.tone;
  avatar.setAttribute('aria-hidden', 'true');
  const link = element('a', GRID_CLASS.link, cell.text);
  link.href = cell.href;
  box.append(avatar, link);
  td.append(box);
  return td;
}

const table = await floorTable;
const frame = element('div', GRID_HEAD_CLASS.frame);
const grid = element('table', GRID_HEAD_CLASS.table);
grid.dataset.density = 'standard';
grid.setAttribute('aria-label', table.label);
grid.style.minWidth = `${table.minWidth}px`;
grid.style.setProperty('--cd-cols', table.tracks);
const head = grid.createTHead().insertRow();
for (const header of table.headers) head.append(element('th', header.className, header.label));
const body = grid.createTBody();
body.className = GRID_CLASS.body;
for (const row of table.rows) {
  const tr = element('tr');
  tr.tabIndex = 0;
  tr.dataset.id = row.id;
  const check = element('td', GRID_CLASS.check);
  const box = element('input');
  box.type = 'checkbox';
  box.setAttribute('aria-label', row.selectLabel);
  check.append(element('label'));
  check.firstElementChild?.append(box);
  tr.append(check, ...row.cells.map(drawCell), element('td', GRID_CLASS.actions));
  body.append(tr);
}
frame.append(grid);
document.getElementById('root')?.append(frame);
