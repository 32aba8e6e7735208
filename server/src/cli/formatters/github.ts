// GitHub Actions workflow commands: one annotation per finding.
import { active, type Formatter } from '../report';
import { annotation } from './github-command';

export const github: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of active(file)) lines.push(annotation(f.severity, file.file, f, f.rule, f.message));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
