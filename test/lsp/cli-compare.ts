// The CLI's report of a workspace, to hold the server's diagnostics against.
import { expect } from 'vitest';
import { runCheck } from '../../server/src/cli/run';
import type { CheckReport } from '../../server/src/cli/report';
import type { Locale } from '../../server/src/engine';
import { message, type Harness } from './harness';

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

export function cliReport(root: string, locale: Locale = 'en'): Promise<CheckReport> {
  return runCheck({ command: 'check', paths: ['.'], format: 'stylish', quiet: false, today: '2026-11-23', locale }, root, 'test', '2026-11-23');
}

/** Every file's latest diagnostics equal the CLI's findings (rule, severity, message); returns the report. */
export async function expectLikeCli(h: Harness, locale: Locale = 'en'): Promise<CheckReport> {
  // A round trip: whatever was published before it has arrived.
  await h.client.sendRequest('casefile/index');
  const report = await cliReport(h.root, locale);
  for (const file of report.files) {
    const shown = file.findings.filter((f) => !f.suppressed).map((f) => [f.rule, SEVERITY[f.severity], f.message]);
    const published = (h.latest(file.file)?.diagnostics ?? []).map((d) => [d.code, d.severity, message(d)]);
    expect(published, file.file).toEqual(shown);
  }
  return report;
}
