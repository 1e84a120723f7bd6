// Lighthouse scores of the built app, connected to the demo store, on the grid with 100 rows:
// mobile (Lighthouse's default) and desktop presets, several runs each, medians.
// Every run gets its own Chromium with a fresh profile, so each load is cold; the connection is
// put into localStorage first and Lighthouse is told not to reset storage, so it audits the grid
// and not the connect screen (checked in each result).
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { median, type BenchSession } from './app-session';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;
// Modes whose score is null or not a pass/fail: never listed as failing.
const UNSCORED = new Set(['informative', 'notApplicable', 'manual', 'error']);

export type Category = (typeof CATEGORIES)[number];
export type PresetName = 'mobile' | 'desktop';

export interface FailingAudit {
  id: string;
  title: string;
  /** Categories the audit counts in (by id). */
  categories: string[];
  /** In how many of the runs it scored below 0.9. */
  failedRuns: number;
  /** Its score (0–1) and display value in the median-performance run (null if it passed there). */
  score: number | null;
  displayValue?: string;
  /** Up to 3 of its items (element, URL or message), from the latest run it failed in. */
  examples: string[];
}

export interface PresetResult {
  /** Median score per category, 0–100. */
  scores: Record<Category, number>;
  /** Every run's scores, 0–100, in run order. */
  runScores: Record<Category, number>[];
  /** Metrics of the run with the median performance score (ms, CLS unitless). */
  metrics: Record<keyof typeof METRICS, number>;
  /** What showed that the grid was on screen, from the median-performance run. */
  gridCheck: string;
  failing: FailingAudit[];
  /** Lighthouse's own warnings (deduplicated over the runs). */
  warnings: string[];
}

export interface LighthouseResult {
  lighthouseVersion: string;
  chromium: string;
  /** Lighthouse's CPU benchmark of this machine (median over the runs); its throttling leans on it. */
  benchmarkIndex: number;
  runs: number;
  url: string;
  mobile: PresetResult;
  desktop: PresetResult;
}

async function launchChromium(): Promise<LaunchedChrome> {
  return launch({
    chromePath: chromiumExecutablePath(),
    // chrome-launcher makes (and removes on kill) a fresh temp profile and picks a free port.
    chromeFlags: [
      ...CHROMIUM_ARGS,
      '--headless=new', // CHROMIUM_ARGS already resolve no host but this machine
    ],
    logLevel: 'silent',
  });
}

/** Puts the connection (and the rest of what a returning user's browser keeps) into the app
 * origin's localStorage without loading (and caching) the app. */
async function seedConnection(
  port: number,
  origin: string,
  remembered: BenchSession['remembered'],
): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    const page = await context.newPage();
    const blank = `${origin}/lighthouse-seed`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '' }));
    await page.goto(blank);
    await page.evaluate((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, remembered);
    await page.close();
  } finally {
    await browser.close(); // over CDP this only disconnects; Chromium and its storage stay
  }
}

function auditNumber(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

/**
 * Throws unless the audited page was the grid with its 100 rows: the element with the most
 * children (from the dom-size audit) must be the customers table's body, with at least 100.
 */
function checkGrid(lhr: Result): string {
  // dom-size's details are a table of statistics; the row types are loose, so read them as records.
  const details = lhr.audits['dom-size']?.details as
    { items?: Record<string, unknown>[] } | undefined;
  const widest = details?.items?.find((item) => {
    const statistic = item.statistic;
    return typeof statistic === 'string' && /child/i.test(statistic);
  });
  const node = widest?.node as { snippet?: string; selector?: string } | undefined;
  const value = widest?.value as { value?: number } | undefined;
  const children = value?.value ?? 0;
  const where = `${node?.selector ?? ''} ${node?.snippet ?? ''}`;
  const elements = auditNumber(lhr, 'dom-size');
  if (!/tbody/i.test(where) || children < 100) {
    throw new Error(
      `Lighthouse did not audit the grid (widest element: ${where.trim() || 'none'}, ` +
        `${children} children, ${elements} elements): ${lhr.finalDisplayedUrl}`,
    );
  }
  return `widest element ${node?.snippet ?? node?.selector} has ${children} children; ${elements} DOM elements`;
}

function categoryScores(lhr: Result): Record<Category, number> {
  const entries = CATEGORIES.map((id) => {
    const score = lhr.categories[id]?.score;
    if (score === null || score === undefined)
      throw new Error(`no ${id} score: ${lhr.runtimeError?.message}`);
    return [id, Math.round(score * 100)] as const;
  });
  return Object.fromEntries(entries) as Record<Category, number>;
}

/** Short descriptions of an audit's first few detail items. */
function examples(lhr: Result, id: string): string[] {
  // Detail items differ per audit type; read the few fields that name something as records.
  const details = lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined;
  return (details?.items ?? []).slice(0, 3).flatMap((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const text = (value: unknown) =>
      typeof value === 'string' && value !== '' ? value : undefined;
    const what = text(item.description) ?? text(node?.snippet);
    // `source` is a location in some audits and a string (e.g. "network") in errors-in-console.
    const urlOf = (value: unknown) =>
      typeof value === 'object' && value !== null && 'url' in value ? text(value.url) : undefined;
    const where = text(item.url) ?? urlOf(item.source) ?? urlOf(item.sourceLocation);
    const example = what && where ? `${what} (${where})` : (what ?? where);
    return example ? [example.replace(/\s+/g, ' ').slice(0, 160)] : [];
  });
}

function failingIds(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((a) => !UNSCORED.has(a.scoreDisplayMode) && a.score !== null && a.score < 0.9)
    .map((a) => a.id);
}

async function runOnce(
  url: string,
  origin: string,
  remembered: BenchSession['remembered'],
  config: Config | undefined,
): Promise<Result> {
  const chrome = await launchChromium();
  try {
    await seedConnection(chrome.port, origin, remembered);
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
      disableStorageReset: true, // keeps the connection; the profile is fresh, so the cache is cold
    };
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function summarise(lhrs: Result[]): PresetResult {
  const runScores = lhrs.map(categoryScores);
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, median(runScores.map((s) => s[id]))]),
  ) as Record<Category, number>;
  // The run whose performance score is nearest the median (the median itself for odd counts).
  let pick = 0;
  runScores.forEach((s, i) => {
    const best = runScores[pick]?.performance ?? Number.NaN;
    if (Math.abs(s.performance - scores.performance) < Math.abs(best - scores.performance)) {
      pick = i;
    }
  });
  const medianRun = lhrs[pick];
  if (!medianRun) throw new Error('no Lighthouse runs');
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [key, auditNumber(medianRun, id)]),
  ) as Record<keyof typeof METRICS, number>;

  const categoriesOf = (auditId: string) =>
    Object.values(medianRun.categories)
      .filter((c) => c.auditRefs.some((ref) => ref.id === auditId))
      .map((c) => c.id);
  const failingPerRun = lhrs.map((lhr) => new Set(failingIds(lhr)));
  const failedRuns = new Map<string, number>();
  for (const ids of failingPerRun) {
    for (const id of ids) failedRuns.set(id, (failedRuns.get(id) ?? 0) + 1);
  }
  const failing = [...failedRuns]
    .map(([id, count]): FailingAudit => {
      const audit = medianRun.audits[id] ?? lhrs.map((l) => l.audits[id]).find(Boolean);
      const failedHere = failingPerRun[pick]?.has(id) ?? false;
      const lastFailed = lhrs.findLast((_, i) => failingPerRun[i]?.has(id)) ?? medianRun;
      return {
        id,
        title: audit?.title ?? id,
        categories: categoriesOf(id),
        failedRuns: count,
        score: failedHere ? (medianRun.audits[id]?.score ?? null) : null,
        ...(audit?.displayValue ? { displayValue: audit.displayValue } : {}),
        examples: examples(lastFailed, id),
      };
    })
    .sort((a, b) => b.failedRuns - a.failedRuns || (a.score ?? 1) - (b.score ?? 1));
  const warnings = [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings))];
  return {
    scores,
    runScores,
    metrics,
    gridCheck: checkGrid(medianRun),
    failing,
    warnings,
  };
}

/**
 * Lighthouse (performance, accessibility, best practices) on `#/customers?per_page=100` of the
 * session's built app, connected to its store: `runs` cold runs per preset, medians.
 */
export async function lighthouseScores(
  session: BenchSession,
  runs: number,
): Promise<LighthouseResult> {
  const { remembered } = session;
  const origin = new URL(session.app.url).origin;
  const url = `${session.app.url}#/customers?per_page=100`;
  const presets: [PresetName, Config | undefined][] = [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ];
  const all: Result[] = [];
  const results = {} as Record<PresetName, PresetResult>;
  for (const [name, config] of presets) {
    const lhrs: Result[] = [];
    for (let i = 0; i < runs; i += 1) {
      const lhr = await runOnce(url, origin, remembered, config);
      checkGrid(lhr);
      lhrs.push(lhr);
    }
    all.push(...lhrs);
    results[name] = summarise(lhrs);
  }
  const first = all[0];
  return {
    lighthouseVersion: first?.lighthouseVersion ?? 'unknown',
    chromium: first?.environment.hostUserAgent ?? 'unknown',
    benchmarkIndex: median(all.map((lhr) => lhr.environment.benchmarkIndex)),
    runs,
    url,
    mobile: results.mobile,
    desktop: results.desktop,
  };
}
