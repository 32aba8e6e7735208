// One file's findings as a collapsible Markdown table: shared by the check and review comments.
import type { Finding, Locale } from '../../engine/types';
import { counted, severityName } from '../report';
import { cell, escaped, inHtml } from './markdown-text';

const COLUMNS = { en: ['Line', 'Severity', 'Rule', 'Message'], sv: ['Rad', 'Allvarlighet', 'Regel', 'Meddelande'] };

/** `<details>` with the file and its tally as summary, then a table of line, severity, rule (linked) and message. */
export function findingsDetails(file: string, findings: readonly Finding[], open: boolean, docs: (rule: string) => string, locale: Locale): string[] {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const tally = (['error', 'warning', 'info'] as const).filter((s) => n(s) > 0).map((s) => counted(n(s), s, locale));
  return [
    `<details${open ? ' open' : ''}>`,
    `<summary><code>${inHtml(file)}</code>: ${tally.join(', ')}</summary>`,
    '',
    `| ${COLUMNS[locale].join(' | ')} |`,
    '| ---: | --- | --- | --- |',
    ...findings.map((f) => `| ${f.line}:${f.column} | ${severityName(f.severity, locale)} | [${escaped(f.rule)}](${docs(f.rule)}) | ${cell(f.message)} |`),
    '',
    '</details>',
  ];
}
