// The customers grid as the app configures it: the default page size from config.json.
export { setDefaultPageSize } from './grid/grid-params';
