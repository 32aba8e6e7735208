// GitHub Actions annotations for the new findings only: what the pull request brings in.
import { annotation } from '../formatters/github-command';
import type { ReviewFormatter } from './types';

export const github: ReviewFormatter = (report) => {
  const lines = report.findings.new.map((f) => annotation(f.severity, f.file, f, f.rule, f.message));
  return lines.length ? `${lines.join('\n')}\n` : '';
};
