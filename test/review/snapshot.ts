// Hand-made checked snapshots for the review tests: YAML texts checked by the real engine.
import { createHash } from 'node:crypto';
import { checkText, finishRepository, defaultPolicy, type Locale } from '../../server/src/engine';
import type { CheckedSnapshot } from '../../server/src/engine/review/checked';
import { compareSnapshots } from '../../server/src/engine/review/compare';
import type { ReviewReport } from '../../server/src/engine/review/types';
import { CLEAN_CASE, dedent } from '../helpers';

export const TODAY = '2026-11-23';
export const DOCS = (rule: string) => `https://example.com/rules/${rule}.md`;

/** git's blob id of a text. */
const blobOf = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');

/** A snapshot of case files (path → YAML, dedented), checked as `casefile check` would. */
export function snapshot(files: Record<string, string>, commit: string | null = 'a'.repeat(40), locale: Locale = 'en'): CheckedSnapshot {
  const options = { today: TODAY, locale, policy: defaultPolicy() };
  const texts = Object.entries(files).map(([file, yaml]) => [file, dedent(yaml)] as const);
  const results = finishRepository(
    texts.map(([file, text]) => checkText(file, text, 'case', options)),
    options,
  );
  return {
    commit,
    files: results.map((r, i) => {
      const text = texts[i]![1];
      const s = r.summary ?? {};
      return {
        file: r.file,
        rel: r.file,
        kind: 'case' as const,
        blob: blobOf(text),
        ...(s.id !== undefined ? { id: s.id } : {}),
        ...(s.title !== undefined ? { title: s.title } : {}),
        ...(s.phase !== undefined ? { phase: s.phase } : {}),
        findings: r.findings,
        value: () => r.parsed?.value,
      };
    }),
  };
}

export function compare(base: CheckedSnapshot, head: CheckedSnapshot, locale: Locale = 'en'): ReviewReport {
  return compareSnapshots(base, head, { today: TODAY, locale, tool: { name: 'casefile', version: '0.1.0' }, rules: [], docs: DOCS });
}

/** helpers.ts's clean case with a few of the pieces tests vary; `extra` goes before the log. */
export function caseYaml(over: { id?: string; phase?: string; extra?: string; title?: string } = {}): string {
  return CLEAN_CASE.replace('id: VGR-2026-001', `id: ${over.id ?? 'VGR-2026-001'}`)
    .replace('title: Digital egenvård vid artros', `title: ${over.title ?? 'Digital egenvård vid artros'}`)
    .replace('phase: needs', `phase: ${over.phase ?? 'needs'}`)
    .replace('\nlog:', `\n${over.extra ?? ''}\nlog:`);
}
