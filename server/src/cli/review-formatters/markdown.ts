// The pull-request comment of `casefile review` (spec section 10): a marker line, the verdict, a tally,
// then phase moves, added and removed cases, new and fixed findings and each changed case in words.
// It stays under MAX_COMMENT_CHARS by dropping whole blocks, never inside a table or a <details>.
import { enumTitle } from '../../engine/editing/schema-docs';
import type { Locale } from '../../engine/types';
import type { CaseRef, Phrase, PhaseMove, ReviewFinding, ReviewReport } from '../../engine/review/types';
import { counted } from '../report';
import { findingsDetails } from '../formatters/markdown-findings';
import { code, escaped, prose } from '../formatters/markdown-text';
import type { ReviewFormatOptions, ReviewFormatter } from './types';

/** GitHub refuses comments over 65,536 characters; this leaves room for what a CI step adds. */
export const MAX_COMMENT_CHARS = 60_000;

/** The first line, by which a CI step finds and updates its own comment. */
export const REVIEW_MARKER = '<!-- casefile-review -->';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TEXT = {
  en: {
    heading: '### Casefile review',
    newErrors: (n: number) => plural(n, 'new error', 'new errors'),
    noNew: 'No new errors',
    noErrors: 'No errors',
    allErrors: (n: number, fresh: number) => `${counted(n, 'error', 'en')} (${fresh} new)`,
    tally: {
      changed: (n: number) => plural(n, 'case changed', 'cases changed'),
      added: (n: number) => `${n} added`,
      removed: (n: number) => `${n} removed`,
      moves: (n: number) => plural(n, 'phase move', 'phase moves'),
      fresh: (n: number) => plural(n, 'new finding', 'new findings'),
      fixed: (n: number) => `${n} fixed`,
      unchanged: (n: number) => plural(n, 'unchanged finding', 'unchanged findings'),
    },
    sections: { moves: 'Phase moves', added: 'Added cases', removed: 'Removed cases', fresh: 'New findings', fixed: 'Fixed findings', changes: 'Changes per case' },
    // "3 more cases added" below a shortened section; "3 cases added" where none of it is shown.
    more: {
      moves: (n: string, some: boolean) => more(n, some, 'phase move', 'phase moves'),
      added: (n: string, some: boolean) => more(n, some, 'case added', 'cases added'),
      removed: (n: string, some: boolean) => more(n, some, 'case removed', 'cases removed'),
      fresh: (n: string, some: boolean) => more(n, some, 'case with new findings', 'cases with new findings'),
      fixed: (n: string, some: boolean) => more(n, some, 'case with fixed findings', 'cases with fixed findings'),
      changes: (n: string, some: boolean) => more(n, some, 'case changed', 'cases changed'),
    },
    note: (what: string) => `… ${what}; run \`casefile review\` locally for all.`,
    columns: ['Case', 'Phase', 'Gate needs', 'Days in old phase'],
    inPhase: 'in',
    settings: 'This change edits the settings every case is judged by, so findings may come or go because of them:',
  },
  sv: {
    heading: '### Casefile-granskning',
    newErrors: (n: number) => `${n} ${n === 1 ? 'nytt' : 'nya'} fel`,
    noNew: 'Inga nya fel',
    noErrors: 'Inga fel',
    allErrors: (n: number, fresh: number) => `${counted(n, 'error', 'sv')} (${fresh} ${fresh === 1 ? 'nytt' : 'nya'})`,
    tally: {
      changed: (n: number) => `${n} ${n === 1 ? 'ärende ändrat' : 'ärenden ändrade'}`,
      added: (n: number) => `${n} ${n === 1 ? 'tillagt' : 'tillagda'}`,
      removed: (n: number) => `${n} ${n === 1 ? 'borttaget' : 'borttagna'}`,
      moves: (n: number) => plural(n, 'fasbyte', 'fasbyten'),
      fresh: (n: number) => `${n} ${n === 1 ? 'nytt' : 'nya'} fynd`,
      fixed: (n: number) => `${n} ${n === 1 ? 'åtgärdat' : 'åtgärdade'}`,
      unchanged: (n: number) => `${n} ${n === 1 ? 'oförändrat' : 'oförändrade'} fynd`,
    },
    sections: { moves: 'Fasbyten', added: 'Nya ärenden', removed: 'Borttagna ärenden', fresh: 'Nya fynd', fixed: 'Åtgärdade fynd', changes: 'Ändringar per ärende' },
    more: {
      moves: (n: string, some: boolean) => `${n} ${n === '1' ? 'fasbyte' : 'fasbyten'}${some ? ' till' : ''}`,
      added: (n: string, some: boolean) => `${n} ${n === '1' ? 'nytt ärende' : 'nya ärenden'}${some ? ' till' : ''}`,
      removed: (n: string, some: boolean) => `${n} ${n === '1' ? 'borttaget ärende' : 'borttagna ärenden'}${some ? ' till' : ''}`,
      fresh: (n: string, some: boolean) => `${n} ${n === '1' ? 'ärende' : 'ärenden'}${some ? ' till' : ''} med nya fynd`,
      fixed: (n: string, some: boolean) => `${n} ${n === '1' ? 'ärende' : 'ärenden'}${some ? ' till' : ''} med åtgärdade fynd`,
      changes: (n: string, some: boolean) => `${n} ${n === '1' ? 'ändrat ärende' : 'ändrade ärenden'}${some ? ' till' : ''}`,
    },
    note: (what: string) => `… ${what}; kör \`casefile review\` lokalt för att se alla.`,
    columns: ['Ärende', 'Fas', 'Krav för fasen', 'Dagar i förra fasen'],
    inPhase: 'i',
    settings: 'Ändringen rör inställningarna som alla ärenden bedöms efter, så fynd kan tillkomma eller försvinna därför:',
  },
};

/** "3 more cases added" (the count is already formatted for the locale). */
function more(n: string, some: boolean, one: string, many: string): string {
  return `${n} ${some ? 'more ' : ''}${n === '1' ? one : many}`;
}

type Section = keyof (typeof TEXT)['en']['sections'];

/** The order sections appear in. */
const ORDER: Section[] = ['moves', 'added', 'removed', 'fresh', 'fixed', 'changes'];
/** The order they get room in: what a reviewer must see first; the words per case go first when short of room. */
const PRIORITY: Section[] = ['moves', 'fresh', 'added', 'removed', 'fixed', 'changes'];

/** Whole blocks of one section: each a table, a <details> or a list item, never split. */
interface Blocks {
  head: string[];
  blocks: string[];
  /** How many items (cases, moves) each block shows, for the note on those left out; 1 when absent. */
  items?: number[];
}

export const markdown: ReviewFormatter = (report, options) => {
  const t = TEXT[options.locale];
  const top = [REVIEW_MARKER, t.heading, '', verdict(report, options), '', tally(report, options.locale)];
  // A policy or directory edit explains findings that come or go in cases nobody touched.
  if (report.settingsChanged.length) top.push('', `⚙️ ${t.settings} ${report.settingsChanged.map((f) => code(f)).join(', ')}`);
  const sections = new Map<Section, Blocks>();
  const add = (s: Section, blocks: string[], items?: number[]) => {
    if (blocks.length) sections.set(s, { head: [`#### ${t.sections[s]}`, ''], blocks, ...(items ? { items } : {}) });
  };
  // The moves table is one block: it shrinks whole.
  if (report.phaseMoves.length) add('moves', [movesTable(report.phaseMoves, options.locale).join('\n')], [report.phaseMoves.length]);
  add(
    'added',
    report.cases.added.map((c) => `- ${caseLine(c, options.locale)}`),
  );
  add(
    'removed',
    report.cases.removed.map((c) => `- ${caseLine(c, options.locale)}`),
  );
  add(
    'fresh',
    byCase(report.findings.new).map((list) => findingsDetails(label(list[0]!), list, true, report.docs, options.locale).join('\n')),
  );
  add(
    'fixed',
    byCase(report.findings.fixed).map((list) => findingsDetails(label(list[0]!), list, false, report.docs, options.locale).join('\n')),
  );
  add(
    'changes',
    report.cases.changed.filter((c) => c.said.length).map((c) => [`- ${caseLine(c, options.locale, false)}`, ...c.said.map((p) => `  - ${phrase(p)}`)].join('\n')),
  );
  const dropped = shrink(top, sections, options.locale);
  let out = render(top, sections, dropped, options.locale);
  // The estimate is generous; should it ever fall short, drop one more block at a time.
  while (out.length > MAX_COMMENT_CHARS) {
    const s = [...PRIORITY].reverse().find((x) => sections.get(x)?.blocks.length);
    if (!s) break;
    drop(s, sections.get(s)!, 1, dropped);
    out = render(top, sections, dropped, options.locale);
  }
  return out;
};

function render(top: string[], sections: Map<Section, Blocks>, dropped: Map<Section, number>, locale: Locale): string {
  const t = TEXT[locale];
  const out = [...top];
  for (const s of ORDER) {
    const section = sections.get(s);
    if (!section) continue;
    out.push('', ...section.head);
    // Blocks are separated by a blank line, except list items: a list stays one list.
    const list = s === 'added' || s === 'removed' || s === 'changes';
    if (section.blocks.length) out.push(section.blocks.join(list ? '\n' : '\n\n'));
    const n = dropped.get(s);
    if (n) out.push(...(section.blocks.length ? [''] : []), t.note(t.more[s](number(n, locale), section.blocks.length > 0)));
  }
  return `${out.join('\n')}\n`;
}

/**
 * Gives each section, in PRIORITY order, the blocks from its start that fit in what is left of the
 * bound; the rest of a section is dropped (a block too big, like a long moves table, goes whole).
 * Returns how many were dropped per section.
 */
function shrink(top: string[], sections: Map<Section, Blocks>, locale: Locale): Map<Section, number> {
  const t = TEXT[locale];
  const dropped = new Map<Section, number>();
  // Generous overhead per section: its heading, blank lines, the note with a large count.
  let budget = MAX_COMMENT_CHARS - top.join('\n').length - 1;
  for (const [s, { head }] of sections) budget -= head.join('\n').length + t.note(t.more[s]('1,000,000,000', true)).length + 8;
  for (const s of PRIORITY) {
    const section = sections.get(s);
    if (!section) continue;
    let keep = 0;
    while (keep < section.blocks.length && section.blocks[keep]!.length + 2 <= budget) budget -= section.blocks[keep++]!.length + 2;
    drop(s, section, section.blocks.length - keep, dropped);
  }
  return dropped;
}

/** Drops a section's last `n` blocks, counting the items they showed. */
function drop(s: Section, section: Blocks, n: number, dropped: Map<Section, number>): void {
  if (n <= 0) return;
  const keep = section.blocks.length - n;
  const items = (section.items ?? section.blocks.map(() => 1)).slice(keep).reduce((a, b) => a + b, 0);
  dropped.set(s, (dropped.get(s) ?? 0) + items);
  section.blocks.length = keep;
  section.items?.splice(keep);
}

function verdict(report: ReviewReport, { locale, failOn }: ReviewFormatOptions): string {
  const t = TEXT[locale];
  if (failOn === 'any') return report.errors > 0 ? `❌ ${t.allErrors(report.errors, report.newErrors)}` : `✅ ${t.noErrors}`;
  if (report.newErrors === 0) return `✅ ${t.noNew}`;
  // With --fail-on none the run passes whatever it finds: a warning sign, not a failure.
  return `${failOn === 'none' ? '⚠️' : '❌'} ${t.newErrors(report.newErrors)}`;
}

function tally(report: ReviewReport, locale: Locale): string {
  const t = TEXT[locale].tally;
  const { added, removed, changed } = report.cases;
  const f = report.findings;
  return [
    t.changed(changed.length),
    t.added(added.length),
    t.removed(removed.length),
    t.moves(report.phaseMoves.length),
    t.fresh(f.new.length),
    t.fixed(f.fixed.length),
    t.unchanged(f.unchanged),
  ].join(' · ');
}

function movesTable(moves: readonly PhaseMove[], locale: Locale): string[] {
  const t = TEXT[locale];
  return [
    `| ${t.columns.join(' | ')} |`,
    '| --- | --- | --- | ---: |',
    ...moves.map((m) => {
      const gate = m.gate.length ? m.gate.map((g) => `${g.holds ? '✅' : '❌'} ${code(g.field)}`).join('<br>') : '—';
      return `| ${caseLine(m, locale, false)} | ${phaseName(m.from, locale)} → ${phaseName(m.to, locale)} | ${gate} | ${m.days ?? '—'} |`;
    }),
  ];
}

/** `VGR-2026-001` Title — its phase, its file; every value quoted, so it works in a cell and a list item. */
function caseLine(c: Pick<CaseRef, 'id' | 'title' | 'phase' | 'file'>, locale: Locale, withPhase = true): string {
  const parts = [c.id !== undefined ? code(c.id) : code(c.file)];
  if (c.title !== undefined) parts.push(prose(c.title));
  if (withPhase && c.phase !== undefined) parts.push(`— ${phaseName(c.phase, locale)}`);
  if (c.id !== undefined) parts.push(`(${code(c.file)})`);
  return parts.join(' ');
}

/** The phase in the reader's language, from the case schema; an unknown value quoted as it is. */
function phaseName(phase: string, locale: Locale): string {
  const title = enumTitle('case', ['phase'], phase, locale);
  return title !== undefined ? escaped(title) : code(phase);
}

/** Our words escaped as prose, the file's values as code. */
function phrase(p: Phrase): string {
  return p.map((part) => (typeof part === 'string' ? prose(part) : code(part.value))).join('');
}

/** The file a group of findings is shown under, with its case id when it has one. */
function label(f: ReviewFinding): string {
  return f.id !== undefined ? `${f.file} (${f.id})` : f.file;
}

/** Findings grouped by case (file), in the order they come (sorted by file). */
function byCase(findings: readonly ReviewFinding[]): ReviewFinding[][] {
  const groups = new Map<string, ReviewFinding[]>();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  return [...groups.values()];
}

function number(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-US');
}
