// A customer's downloads, as the detail screen shows them.
export { DownloadsPanel } from './downloads-panel';
