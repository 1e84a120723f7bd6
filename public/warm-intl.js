// Loaded async by index.html and run while the app's code is still downloading (the main thread
// has nothing else to do then). The first use of Intl in a tab loads the browser's locale data,
// 30-60 ms of main thread; done here, the grid's formatters (src/lib/warm-formatters.ts) are
// built in a few milliseconds when the first rows render instead of delaying them by as much.
// Plain JS outside the build, so it can run before any module: it does nothing else, and a
// browser without these Intl parts just skips it.
(() => {
  try {
    const saved = JSON.parse(localStorage.getItem('customer-desk.locale') ?? 'null');
    const locale = typeof saved === 'string' ? saved : navigator.language;
    const now = new Date();
    new Intl.NumberFormat(locale).format(0);
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(now);
    new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(now);
    new Intl.DisplayNames([locale], { type: 'region' }).of('DE');
    new Intl.PluralRules(locale).select(1);
  } catch {
    // Storage blocked, an unknown locale or an older browser: the app builds them itself.
  }
})();
