// A pull-request comment: verdict, counts, then a collapsible table per file with findings.
import { active, counted, severityName, tooManyWarnings, type CheckReport, type FormatOptions, type Formatter } from '../report';
import { safeText } from './safe-text';

const TEXT = {
  en: {
    clean: 'No problems',
    noErrors: 'No errors or warnings',
    onlyWarnings: 'no errors',
    tooMany: (max: number) => `Too many warnings (maximum: ${max}).`,
    counts: ['Errors', 'Warnings', 'Infos', 'Suppressed', 'Files checked'],
    columns: ['Line', 'Severity', 'Rule', 'Message'],
  },
  sv: {
    clean: 'Inga problem',
    noErrors: 'Inga fel eller varningar',
    onlyWarnings: 'inga fel',
    tooMany: (max: number) => `För många varningar (högst: ${max}).`,
    counts: ['Fel', 'Varningar', 'Info', 'Undertryckta', 'Kontrollerade filer'],
    columns: ['Rad', 'Allvarlighet', 'Regel', 'Meddelande'],
  },
};

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Inside the raw HTML block of <details> Markdown is not parsed; a line break (a blank line ends the
// block) and controls are shown as escapes instead.
const inHtml = (s: string) => html(safeText(s));
// In a table cell: backslash-escape what could end the cell or open a code span, emphasis, HTML, a link
// or image (no `[`, no link: `(` and `!` need no escape); break autolinks (`http://`, `www.`); line
// breaks become <br> (a cell holds no heading); controls become visible.
const escaped = (s: string) =>
  safeText(s, { keepLineBreaks: true })
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/\r\n|\r|\n/g, '<br>');
// Outside code, also no @mention or e-mail link: a zero-width space after every `@` (written as a
// reference, so the raw text shows it), the way Dependabot and Renovate quote release notes. `&#64;`
// alone would not do: GitHub looks for mentions in the rendered text, where it is a plain `@` again.
const prose = (s: string) => escaped(s).replace(/@/g, '@&#8203;');
const REFERENCE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// A quoted value, between a message's backticks: <code> with every character that Markdown, a table
// or an autolink could act on written as a character reference, which is always literal text
// (GitHub neither links nor mentions inside <code>; the references also stop cmark-gfm's autolinks).
const code = (s: string) =>
  `<code>${safeText(s, { keepLineBreaks: true })
    .replace(/[&<>"\\`*_[\]|~@]/g, (ch) => REFERENCE[ch] ?? `&#${ch.charCodeAt(0)};`)
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/(www)\./gi, '$1&#46;')
    .replace(/\r\n|\r|\n/g, '<br>')}</code>`;
// A message cell: its backtick-quoted values as code, pairing backticks from the left; an odd one
// left over is escaped, as is everything around them.
function cell(message: string): string {
  const parts = message.split('`');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) out += prose(parts[i]!);
    else if (i === parts.length - 1) out += prose(`\`${parts[i]!}`);
    else out += code(parts[i]!);
  }
  return out;
}

function verdict(report: CheckReport, locale: FormatOptions['locale']): string {
  const t = TEXT[locale];
  const warnings = counted(report.warnings, 'warning', locale);
  if (report.errors > 0) return `❌ ${counted(report.errors, 'error', locale)}${report.warnings ? `, ${warnings}` : ''}`;
  if (tooManyWarnings(report)) return `❌ ${warnings}. ${t.tooMany(report.maxWarnings!)}`;
  if (report.warnings > 0) return `⚠️ ${warnings}, ${t.onlyWarnings}`;
  return `✅ ${report.infos > 0 ? `${t.noErrors} (${counted(report.infos, 'info', locale)})` : t.clean}`;
}

export const markdown: Formatter = (report, { locale }) => {
  const t = TEXT[locale];
  const counts = [report.errors, report.warnings, report.infos, report.suppressed, report.files.length];
  const out = ['### Casefile', '', verdict(report, locale), '', `| ${t.counts.join(' | ')} |`, `|${' ---: |'.repeat(counts.length)}`, `| ${counts.join(' | ')} |`];
  for (const file of report.files) {
    const findings = active(file);
    if (findings.length === 0) continue;
    const n = (s: 'error' | 'warning' | 'info') => findings.filter((f) => f.severity === s).length;
    const tally = (['error', 'warning', 'info'] as const).filter((s) => n(s) > 0).map((s) => counted(n(s), s, locale));
    out.push(
      '',
      `<details${n('error') > 0 ? ' open' : ''}>`,
      `<summary><code>${inHtml(file.file)}</code>: ${tally.join(', ')}</summary>`,
      '',
      `| ${t.columns.join(' | ')} |`,
      '| ---: | --- | --- | --- |',
      ...findings.map((f) => `| ${f.line}:${f.column} | ${severityName(f.severity, locale)} | [${escaped(f.rule)}](${report.docs(f.rule)}) | ${cell(f.message)} |`),
      '',
      '</details>',
    );
  }
  return `${out.join('\n')}\n`;
};
