import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

// Prints the fault matrix (fault × flow → pass/fail) after the run, from test titles of the
// form "<fault> × <flow>". A retried test counts by its last attempt.

export default class MatrixReporter implements Reporter {
  private readonly outcomes = new Map<string, Map<string, string>>();
  private readonly flows: string[] = [];

  /** Columns in the order the flows are declared, whatever order the tests finish in. */
  onBegin(_config: FullConfig, suite: Suite): void {
    for (const test of suite.allTests()) {
      const flow = test.title.split(' × ')[1];
      if (flow && !this.flows.includes(flow)) this.flows.push(flow);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const [fault, flow] = test.title.split(' × ');
    if (!fault || !flow) return;
    if (!this.flows.includes(flow)) this.flows.push(flow);
    const row = this.outcomes.get(fault) ?? new Map<string, string>();
    row.set(
      flow,
      result.status === 'passed' ? 'pass' : result.status === 'skipped' ? 'skip' : 'FAIL',
    );
    this.outcomes.set(fault, row);
  }

  onEnd(): void {
    const faultWidth = Math.max(5, ...[...this.outcomes.keys()].map((f) => f.length));
    const widths = this.flows.map((flow) => Math.max(flow.length, 4));
    const line = (cells: string[]) =>
      `| ${cells.map((cell, i) => cell.padEnd(i === 0 ? faultWidth : (widths[i - 1] ?? 4))).join(' | ')} |`;
    const rows = [
      line(['fault', ...this.flows]),
      line(['-'.repeat(faultWidth), ...widths.map((w) => '-'.repeat(w))]),
      ...[...this.outcomes].map(([fault, row]) =>
        line([fault, ...this.flows.map((flow) => row.get(flow) ?? '—')]),
      ),
    ];
    console.log(`\nFault matrix\n${rows.join('\n')}\n`);
  }
}
