// The floor with React: the same rows as floor.ts (floor-rows.ts), drawn by React DOM with
// nothing of the app around them: no providers, router, query cache, theme or table model, one
// plain component per row and no time slicing (the app's first render is a transition). What it
// adds to floor.ts is what React itself costs a cold open on this machine: React DOM's code
// evaluated and compiled, and its first render and commit of 100 rows.
import {
  floorTable,
  GRID_CLASS,
  GRID_HEAD_CLASS,
  type FloorCell,
  type FloorRow,
} from './floor-rows';
import { Fragment } from 'react';
import { createRoot } from 'react-dom/client';

function Cell({ cell }: { cell: FloorCell }) {
  if (cell.kind === 'text') return <td className={cell.className}>{cell.text}</td>;
  if (cell.kind === 'parts') {
    return (
      <td>
        {cell.parts.map((part, index) => (
          <Fragment key={index}>
            {index > 0 && ', '}
            <bdi>{part}</bdi>
          </Fragment>
        ))}
      </td>
    );
  }
  return (
    <td>
      <div className={GRID_CLASS.name}>
        <span className="cd-avatar" data-tone={cell.tone} aria-hidden>
          {cell.initials}
        </span>
        <a href={cell.href} className={GRID_CLASS.link}>
          {cell.text}
        </a>
      </div>
    </td>
  );
}

function Row({ row }: { row: FloorRow }) {
  return (
    <tr tabIndex={0} data-id={row.id}>
      <td className={GRID_CLASS.check}>
        <label>
          <input type="checkbox" aria-label={row.selectLabel} />
        </label>
      </td>
      {row.cells.map((cell, index) => (
        <Cell key={index} cell={cell} />
      ))}
      <td className={GRID_CLASS.actions} />
    </tr>
  );
}

const table = await floorTable;
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <div className={GRID_HEAD_CLASS.frame}>
    <table
      className={GRID_HEAD_CLASS.table}
      data-density="standard"
      aria-label={table.label}
      style={{ minWidth: table.minWidth, ['--cd-cols' as string]: table.tracks }}
    >
      <thead>
        <tr>
          {table.headers.map((header, index) => (
            <th key={index} className={header.className}>
              {header.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={GRID_CLASS.body}>
        {table.rows.map((row) => (
          <Row key={row.id} row={row} />
        ))}
      </tbody>
    </table>
  </div>,
);
