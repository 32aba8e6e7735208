// Hover on a links.related id: the case it names, as the index knows it.
import { enumLine } from '../editing/schema-docs';
import { codeSpan, markdownText } from '../text';
import type { Locale } from '../types';

export interface CaseCard {
  id: string;
  title?: string;
  kind?: string;
  phase?: string;
  /** Relative to the repository root. */
  file: string;
  errors: number;
  warnings: number;
}

const T = {
  problems: { en: 'Problems', sv: 'Problem' },
  none: { en: 'none', sv: 'inga' },
  error: { en: ['error', 'errors'], sv: ['fel', 'fel'] },
  warning: { en: ['warning', 'warnings'], sv: ['varning', 'varningar'] },
  file: { en: 'File', sv: 'Fil' },
};

/** Markdown for the cases with the id (several when the id is not unique). */
export function relatedCaseMarkdown(cards: readonly CaseCard[], locale: Locale): string {
  return cards.map((c) => cardMarkdown(c, locale)).join('\n\n---\n\n');
}

function cardMarkdown(c: CaseCard, locale: Locale): string {
  const lines = [c.title ? `**${markdownText(c.id)}** — ${markdownText(c.title)}` : `**${markdownText(c.id)}**`];
  const fields = (['kind', 'phase'] as const).flatMap((field) => (c[field] ? [enumLine(field, c[field], locale)] : []));
  if (fields.length) lines.push(fields.join(' · '));
  const counts = [
    ...(c.errors ? [`${c.errors} ${T.error[locale][c.errors === 1 ? 0 : 1]}`] : []),
    ...(c.warnings ? [`${c.warnings} ${T.warning[locale][c.warnings === 1 ? 0 : 1]}`] : []),
  ];
  lines.push(`**${T.problems[locale]}:** ${counts.length ? counts.join(', ') : T.none[locale]}`);
  lines.push(`**${T.file[locale]}:** ${codeSpan(c.file)}`);
  return lines.join('\n\n');
}
