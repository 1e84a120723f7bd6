// `npx tsx bench/lighthouse-cli.ts`: Lighthouse scores of the grid (100 rows), mobile and desktop,
// medians of 3 cold runs each, printed as tables. LIGHTHOUSE_JSON=1 prints the result as JSON.
import { startBenchSession } from './app-session';
import { lighthouseScores, type PresetName } from './lighthouse';

const session = await startBenchSession(6000);
try {
  const result = await lighthouseScores(session, 3);
  if (process.env.LIGHTHOUSE_JSON) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const presets: PresetName[] = ['mobile', 'desktop'];
    const ms = (n: number) => `${Math.round(n)} ms`;
    const row = (label: string, values: string[]) =>
      `${label.padEnd(22)}${values.map((v) => v.padStart(20)).join('')}`;
    console.log(`Lighthouse ${result.lighthouseVersion}, ${result.chromium}`);
    console.log(`benchmarkIndex ${result.benchmarkIndex}, ${result.runs} runs per preset`);
    console.log(result.url);
    console.log();
    console.log(row('', presets));
    for (const category of ['performance', 'accessibility', 'best-practices'] as const) {
      console.log(
        row(
          category,
          presets.map((p) => {
            const runs = result[p].runScores.map((s) => s[category]).join('/');
            return `${result[p].scores[category]} (${runs})`;
          }),
        ),
      );
    }
    const metric = (label: string, pick: (p: PresetName) => string) =>
      console.log(row(label, presets.map(pick)));
    metric('FCP', (p) => ms(result[p].metrics.fcpMs));
    metric('LCP', (p) => ms(result[p].metrics.lcpMs));
    metric('TBT', (p) => ms(result[p].metrics.tbtMs));
    metric('CLS', (p) => result[p].metrics.cls.toFixed(3));
    metric('Speed Index', (p) => ms(result[p].metrics.speedIndexMs));
    for (const p of presets) {
      console.log();
      console.log(`${p}: ${result[p].gridCheck}`);
      console.log(`${p}, failing audits (score < 0.9; runs failed / ${result.runs}):`);
      for (const a of result[p].failing) {
        const score = a.score === null ? 'passed in median run' : `score ${a.score}`;
        const shown = a.displayValue ? `, ${a.displayValue}` : '';
        console.log(
          `  ${a.failedRuns}/${result.runs} ${a.id} [${a.categories.join(', ')}]: ${a.title} (${score}${shown})`,
        );
        for (const example of a.examples) console.log(`      ${example}`);
      }
      for (const w of result[p].warnings) console.log(`  warning: ${w}`);
    }
  }
} finally {
  await session.close();
}
