// GitHub Actions workflow commands, escaped as @actions/core escapes them, terminal controls made visible.
import { active, type Formatter } from '../report';
import { safeText } from './safe-text';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Controls other than line breaks (ESC above all) become visible first; line breaks are encoded as GitHub decodes them.
const escapeData = (s: string) => safeText(s, { keepLineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of active(file)) {
      const props: [string, string | number][] = [
        ['file', file.file],
        ['line', f.line],
      ];
      // GitHub accepts columns only for a range within one line.
      if (f.line === f.endLine) props.push(['col', f.column]);
      props.push(['endLine', f.endLine]);
      if (f.line === f.endLine) props.push(['endColumn', f.endColumn]);
      props.push(['title', f.rule]);
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${COMMAND[f.severity]} ${list}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
