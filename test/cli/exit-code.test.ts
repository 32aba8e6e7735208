// The exit status around --max-warnings: as many warnings as allowed passes, one more fails
// (the golden scenario max-warnings runs the built CLI one over the limit).
import { expect, it } from 'vitest';
import { exitCode } from '../../server/src/cli/run';
import type { CheckReport } from '../../server/src/cli/report';

const report = (errors: number, warnings: number, maxWarnings?: number) => ({ errors, warnings, maxWarnings }) as CheckReport;

it('fails on errors, and on more warnings than --max-warnings allows', () => {
  expect(exitCode(report(0, 3))).toBe(0);
  expect(exitCode(report(0, 3, 3))).toBe(0);
  expect(exitCode(report(0, 3, 2))).toBe(1);
  expect(exitCode(report(0, 0, 0))).toBe(0);
  expect(exitCode(report(1, 0, 5))).toBe(1);
});
