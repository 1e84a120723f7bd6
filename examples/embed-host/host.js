/* global document, window, location, URL, URLSearchParams, FormData -- a plain browser script */
// An example host page for Customer Desk's embed mode (protocol: docs/deployment.md).
// Open it as host.html?app=<URL of the app's index.html>, e.g.
//   http://127.0.0.1:8080/?app=http://127.0.0.1:4173/tools/customers/
// The app's config.json must list this page's origin in embed.allowedOrigins.

const PROTOCOL = { protocol: 'customer-desk', version: 1 };

const params = new URLSearchParams(location.search);
const appUrl = new URL(params.get('app') ?? 'http://127.0.0.1:5173/', location.href);
appUrl.searchParams.set('embed', '1');
const appOrigin = appUrl.origin;

const frame = document.getElementById('app');
const log = document.getElementById('log');
frame.src = appUrl.href;

function send(message) {
  // Always the app's exact origin, never '*': keys must reach only Customer Desk.
  frame.contentWindow.postMessage({ ...PROTOCOL, ...message }, appOrigin);
}

function record(message) {
  const item = document.createElement('li');
  item.textContent = JSON.stringify(message); // text, never HTML
  log.append(item);
}

window.addEventListener('message', (event) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (typeof message !== 'object' || message?.protocol !== PROTOCOL.protocol) return;
  record(message);
  if (message.type === 'height' && Number.isFinite(message.height)) {
    frame.style.height = `${Math.max(120, message.height)}px`;
  }
});

document.getElementById('connection').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  send({
    type: 'connect',
    storeUrl: String(form.get('storeUrl')),
    consumerKey: String(form.get('consumerKey')),
    consumerSecret: String(form.get('consumerSecret')),
  });
});

document.getElementById('send-theme').addEventListener('click', () => {
  send({
    type: 'theme',
    mode: document.getElementById('theme').value,
    primaryColor: document.getElementById('primary').value,
  });
});

document.getElementById('send-locale').addEventListener('click', () => {
  send({ type: 'locale', locale: document.getElementById('locale').value });
});

document.getElementById('send-route').addEventListener('click', () => {
  send({ type: 'navigate', path: document.getElementById('route').value });
});
