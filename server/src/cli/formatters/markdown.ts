// A pull-request comment: verdict, counts, then a collapsible table per file with findings.
import { active, counted, tooManyWarnings, type CheckReport, type FormatOptions, type Formatter } from '../report';
import { findingsDetails } from './markdown-findings';

const TEXT = {
  en: {
    clean: 'No problems',
    noErrors: 'No errors or warnings',
    onlyWarnings: 'no errors',
    tooMany: (max: number) => `Too many warnings (maximum: ${max}).`,
    counts: ['Errors', 'Warnings', 'Infos', 'Suppressed', 'Files checked'],
  },
  sv: {
    clean: 'Inga problem',
    noErrors: 'Inga fel eller varningar',
    onlyWarnings: 'inga fel',
    tooMany: (max: number) => `För många varningar (högst: ${max}).`,
    counts: ['Fel', 'Varningar', 'Info', 'Undertryckta', 'Kontrollerade filer'],
  },
};

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
    out.push(
      '',
      ...findingsDetails(
        file.file,
        findings,
        findings.some((f) => f.severity === 'error'),
        report.docs,
        locale,
      ),
    );
  }
  return `${out.join('\n')}\n`;
};
