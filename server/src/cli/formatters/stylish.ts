// ESLint-style terminal output: findings grouped by file in aligned columns, then a summary.
import { createColors } from 'picocolors';
import { active, counted, severityName, tooManyWarnings, type Formatter } from '../report';
import { safeLineStart, safeText } from './safe-text';

export const stylish: Formatter = (report, { color, locale }) => {
  const c = createColors(color);
  const paint = { error: c.red, warning: c.yellow, info: c.cyan };
  const blocks: string[] = [];

  for (const file of report.files) {
    const findings = active(file);
    if (findings.length === 0) continue;
    const rows = findings.map((f) => ({ f, line: String(f.line), col: String(f.column), sev: severityName(f.severity, locale), msg: safeText(f.message), rule: safeText(f.rule) }));
    const width = (key: 'line' | 'col' | 'sev' | 'msg') => Math.max(...rows.map((r) => r[key].length));
    const [wl, wc, ws, wm] = [width('line'), width('col'), width('sev'), width('msg')];
    // Pad before colouring so escape codes do not upset the alignment.
    const lines = rows.map((r) => `  ${c.dim(`${r.line.padStart(wl)}:${r.col.padEnd(wc)}`)}  ${paint[r.f.severity](r.sev.padEnd(ws))}  ${r.msg.padEnd(wm)}  ${c.dim(r.rule)}`);
    // The file name starts a line: in CI it must not read as a workflow command.
    blocks.push(`${c.underline(safeLineStart(safeText(file.file)))}\n${lines.join('\n')}\n`);
  }

  const total = report.errors + report.warnings + report.infos;
  if (total === 0) return '';

  const parts = [counted(report.errors, 'error', locale), counted(report.warnings, 'warning', locale), counted(report.infos, 'info', locale)];
  if (report.suppressed > 0) parts.push(counted(report.suppressed, 'suppressed', locale));
  const summary = `\u2716 ${counted(total, 'problem', locale)} (${parts.join(', ')})`;
  const tone = report.errors > 0 ? c.red : report.warnings > 0 ? c.yellow : c.cyan;
  let out = `\n${blocks.join('\n')}\n${c.bold(tone(summary))}\n`;
  if (tooManyWarnings(report)) {
    const max = report.maxWarnings;
    out += locale === 'sv' ? `\nCasefile hittade för många varningar (högst: ${max}).\n` : `\nCasefile found too many warnings (maximum: ${max}).\n`;
  }
  return out;
};
