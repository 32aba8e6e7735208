// One line per finding, `file:line:column: message [Severity/rule]`, as ESLint's `unix` format: what
// editors' problem matchers (VS Code's `$casefile`) and Vim's errorformat read. The severity word is
// English in every language, so a matcher can map it; the message follows --lang. No summary line.
import { active, type Formatter } from '../report';
import { safeLineStart, safeText } from './safe-text';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const unix: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    const name = safeText(file.file);
    // The line starts with the file name: in CI it must not read as a workflow command (a file named `:` too).
    for (const f of active(file)) lines.push(safeLineStart(`${name}:${f.line}:${f.column}: ${safeText(f.message)} [${SEVERITY[f.severity]}/${safeText(f.rule)}]`));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
