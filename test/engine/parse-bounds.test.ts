// A file under the size cap cannot make the checker's work or its report unbounded: parse problems
// are capped, and flow nesting beyond the depth limit is refused before the parser runs.
import { LineCounter, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy } from '../../server/src/engine';
import { finalFindings } from '../../server/src/engine/repository';
import { flowTooDeep, parseYaml, MAX_DEPTH, MAX_PROBLEMS } from '../../server/src/engine/parse';

const options = { today: '2026-11-23', locale: 'en' as const, policy: defaultPolicy() };
const deepMessage = `Lists or mappings are nested too deeply here (more than ${MAX_DEPTH} levels inside each other) to be read; a case file is never nested this deep.`;

describe('many syntax errors', () => {
  it('20,000 broken lines are the first 20 errors and one finding that counts the rest', () => {
    const text = 'version: 1\nid: X-3\n' + 'x: [a\n'.repeat(20_000);
    const all = parseAllDocuments(text, { version: '1.2', schema: 'core', logLevel: 'error' });
    const total = (Array.isArray(all) ? all[0]! : all).errors.length;
    expect(total).toBeGreaterThan(MAX_PROBLEMS + 1);

    const p = parseYaml(text);
    expect(p.problems).toHaveLength(MAX_PROBLEMS + 1);
    const last = p.problems[MAX_PROBLEMS]!;
    expect(last.code).toBe('more-errors');
    expect(last.message).toBe(String(total - MAX_PROBLEMS));
    expect(p.problems.slice(0, MAX_PROBLEMS).every((x) => x.code !== 'more-errors')).toBe(true);
    expect(last.span.offset).toBeGreaterThanOrEqual(p.problems[MAX_PROBLEMS - 1]!.span.offset);

    const findings = checkText('b.case.yaml', text, 'case', options).findings;
    expect(findings).toHaveLength(MAX_PROBLEMS + 1);
    expect(findings.every((f) => f.rule === 'yaml-syntax')).toBe(true);
    expect(findings[MAX_PROBLEMS]!.message).toBe(
      `… and ${total - MAX_PROBLEMS} more YAML syntax errors in this file, not listed; fix the first ones, the rest often follow from them.`,
    );
  });

  it('says it in Swedish too', () => {
    const text = 'id: A\n' + 'x: [a\n'.repeat(12);
    const sv = checkText('b.case.yaml', text, 'case', { ...options, locale: 'sv' }).findings;
    expect(sv).toHaveLength(MAX_PROBLEMS + 1);
    expect(sv[MAX_PROBLEMS]!.message).toMatch(/^… och ytterligare \d+ syntaxfel i YAML i den här filen, som inte visas; rätta de första, resten följer ofta av dem\.$/);
  });

  it('lists every error up to one past the cap: the count never stands in for a single error', () => {
    for (const lines of [1, 5, 10, 11, 12]) {
      const text = 'id: A\n' + 'x: [a\n'.repeat(lines);
      const all = parseAllDocuments(text, { version: '1.2', schema: 'core', logLevel: 'error' });
      const total = (Array.isArray(all) ? all[0]! : all).errors.length;
      const p = parseYaml(text);
      if (total <= MAX_PROBLEMS + 1) {
        expect(p.problems, String(lines)).toHaveLength(total);
        expect(p.problems.some((x) => x.code === 'more-errors')).toBe(false);
      } else {
        expect(p.problems).toHaveLength(MAX_PROBLEMS + 1);
        expect(Number(p.problems[MAX_PROBLEMS]!.message)).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('flow nesting beyond the limit, before parsing', () => {
  it('200,000 opening brackets are one too-deep finding at level 101, without parsing', () => {
    const text = 'version: 1\nid: X-4\nsummary: ' + '['.repeat(200_000) + '\n';
    const p = parseYaml(text);
    expect(p.doc).toBeUndefined();
    expect(p.value).toBeUndefined();
    // The mapping is level 1, so the 100th bracket opens level 101.
    expect(p.problems.map((x) => [x.code, x.span.line, x.span.column, x.span.offset, x.span.endOffset])).toEqual([
      ['too-deep', 3, 10 + MAX_DEPTH - 1, text.indexOf('[') + MAX_DEPTH - 1, text.indexOf('[') + MAX_DEPTH - 1],
    ]);
    const findings = checkText('c.case.yaml', text, 'case', options).findings;
    expect(findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([['yaml-syntax', 3, 10 + MAX_DEPTH - 1, deepMessage]]);
  });

  it('anchored brackets (`&a [` × 5,000) are one too-deep finding, not hundreds of parser errors', () => {
    const text = 'id: A\nsummary: ' + '&a ['.repeat(5_000) + '\n';
    const p = parseYaml(text);
    expect(p.problems.map((x) => [x.code, x.span.line, x.span.column])).toEqual([['too-deep', 2, 10 + 4 * (MAX_DEPTH - 1) + 3]]);
  });

  it('a mapping nested in flow counts as a list does, and a top-level flow list is level 1', () => {
    expect(parseYaml(`id: A\nx: ${'{a: '.repeat(5_000)}`).problems.map((x) => [x.code, x.span.column])).toEqual([['too-deep', 4 + 4 * (MAX_DEPTH - 1)]]);
    expect(parseYaml('['.repeat(5_000)).problems.map((x) => [x.code, x.span.column])).toEqual([['too-deep', MAX_DEPTH + 1]]);
    expect(flowTooDeep('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBeUndefined();
  });

  it('keeps the line starts the parser would have, so spans and suppressions work', () => {
    const text = 'id: A\r\n# casefile-disable-next-line yaml-syntax -- test\r\nx: ' + '['.repeat(MAX_DEPTH + 5) + '\r\n\r\n';
    const p = parseYaml(text);
    const lines = new LineCounter();
    parseAllDocuments(text.replace(/\[/g, 'a'), { lineCounter: lines });
    expect(p.lines.lineStarts).toEqual(lines.lineStarts);
    const result = checkText('a.case.yaml', text, 'case', options);
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([[3, 4 + MAX_DEPTH - 1]]);
    expect(result.directives).toHaveLength(1);
    expect(finalFindings(result, [], options).filter((f) => !f.suppressed)).toEqual([]);
  });

  it('a legitimate 100-level flow nesting still parses', () => {
    const text = `${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}\n`;
    expect(flowTooDeep(text)).toBeUndefined();
    const p = parseYaml(text);
    expect(p.doc).toBeDefined();
    expect(p.problems.map((x) => x.code)).toEqual(['not-mapping']);
    // Under a key, 99 brackets are 100 levels: read in full.
    const keyed = `id: A\nx: ${'['.repeat(MAX_DEPTH - 1)}1${']'.repeat(MAX_DEPTH - 1)}\n`;
    expect(flowTooDeep(keyed)).toBeUndefined();
    expect(parseYaml(keyed).problems).toEqual([]);
  });

  it('closed brackets do not add up: many shallow lists in a row are fine', () => {
    const text = `id: A\nx: [${'[[a], {b: [c]}], '.repeat(10_000)}d]\n`;
    expect(flowTooDeep(text)).toBeUndefined();
    expect(parseYaml(text).problems).toEqual([]);
  });

  const many = '['.repeat(MAX_DEPTH + 50);
  it.each([
    ['double quotes', `id: A\ntitle: "${many} \\" ${many}"\n`],
    ['single quotes', `id: A\ntitle: '${many} '' ${many}'\n`],
    ['quotes inside a flow list', `id: A\nx: ["${many}", '${many}', {k: "${many}"}]\n`],
    ['a comment', `id: A\n# ${many}\ntitle: a # ${many}\nx: [a, # ${many}\n  b]\n`],
    ['a plain scalar', `id: A\ntitle: a${many}\nother: b ${many}{{{\n`],
    ['a plain key', `id: A\nk${many}: 1\n`],
    ['a literal block scalar', `id: A\nnotes: |\n  ${many}\n\n  ${many}\nx: 1\n`],
    ['a folded block scalar under a list item', `id: A\nitems:\n  - text: >-\n      ${many}\n    more: 1\n  - |\n    ${many}\n`],
    ['an apostrophe inside a plain word in a flow list', `id: A\nx: [it's, "${many}"]\n`],
  ])('brackets in %s do not count', (_name, text) => {
    expect(flowTooDeep(text)).toBeUndefined();
    expect(parseYaml(text).problems.map((x) => x.code)).not.toContain('too-deep');
  });

  it('after a quoted key, a JSON-like `:` still opens the value', () => {
    expect(flowTooDeep(`{"a":${'['.repeat(MAX_DEPTH + 1)}`)).toBeDefined();
    expect(flowTooDeep(`id: A\n"k":${'['.repeat(MAX_DEPTH + 1)}`)).toBeDefined();
  });

  it('block nesting is still checked after parsing', () => {
    const block = `id: A\nx:\n${Array.from({ length: MAX_DEPTH + 5 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`;
    expect(flowTooDeep(block)).toBeUndefined();
    expect(parseYaml(block).problems.map((x) => x.code)).toEqual(['too-deep']);
  });
});
