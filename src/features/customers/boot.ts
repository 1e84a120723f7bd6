// What the app's boot (app/boot.ts) needs of the grid: the first page's list request and the page
// size it asks for. Nothing here imports React, so the boot's chunk stays small and can send that
// request while the rest of the app's code is still on its way.
export { setDefaultPageSize } from './grid/grid-params';
export { requestGridPage, type EarlyGridPage } from './grid/request-grid-page';
