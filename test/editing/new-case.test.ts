// New cases: the kind's skeleton with id, title and date, and the next id in the repository's style.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy, enumOf } from '../../server/src/engine';
import { caseFileName, MAX_ID_LENGTH, newCaseIdProblem, newCaseSnippet, newCaseText, proposeId } from '../../server/src/engine/editing/new-case';
import { expandSnippet } from '../../server/src/engine/editing/snippets';

const options = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const };

describe('newCaseText', () => {
  it('fills in the id, the title and today, ending with a newline', () => {
    const text = newCaseText('test-activity', 'VGR-2026-031', 'Test av fallsensor', '2026-11-23');
    expect(text).toMatch(/^version: 1\nid: VGR-2026-031\ntitle: Test av fallsensor\nkind: test-activity\n/);
    expect(text).toContain('opened: 2026-11-23\n');
    expect(text).toContain('  - date: 2026-11-23\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\$\{?\d/);
  });

  it('quotes a title that YAML would misread', () => {
    const text = newCaseText('dialogue', 'A-1', 'Dialog: tolk #1', '2026-11-23');
    const result = checkText('cases/a.case.yaml', text, 'case', options);
    expect(result.summary?.title).toBe('Dialog: tolk #1');
  });

  it('gives a schema-valid case for every kind', () => {
    for (const kind of enumOf('kind')) {
      const text = newCaseText(kind, 'A-1', 'T', '2026-11-23');
      const result = checkText('cases/a.case.yaml', text, 'case', options);
      expect(
        result.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'),
        kind,
      ).toEqual([]);
      expect(result.summary).toMatchObject({ id: 'A-1', title: 'T', kind, phase: 'needs', timeline: { opened: '2026-11-23', lastActivity: '2026-11-23' } });
    }
  });

  it('writes an unknown kind in, so that the schema reports it, instead of failing', () => {
    const result = checkText('cases/a.case.yaml', newCaseText('dialog', 'A-1', 'T', '2026-11-23'), 'case', options);
    expect(result.findings.filter((f) => f.rule === 'schema').map((f) => f.line)).toEqual([4]);
  });
});

describe('newCaseSnippet', () => {
  it('is the skeleton with id, title and today written in, every placeholder a tab stop, and expands to newCaseText', () => {
    const snippet = newCaseSnippet('test-activity', 'VGR-2026-031', 'Test av fallsensor', '2026-11-23');
    expect(snippet).toMatch(/^version: 1\nid: VGR-2026-031\ntitle: Test av fallsensor\n/);
    expect(snippet).toContain('organisation: ${6:ORGANISATION}');
    expect(snippet).toContain('name: ${8:CONTACT NAME}');
    expect(snippet).toContain('opened: ${4:2026-11-23}');
    expect(snippet).not.toContain('CURRENT_');
    expect(snippet.endsWith('$0')).toBe(true);
    expect(expandSnippet(snippet)).toBe(newCaseText('test-activity', 'VGR-2026-031', 'Test av fallsensor', '2026-11-23'));
  });

  it('escapes $, } and \\ in the title and id, so they stay text', () => {
    const title = 'Pris $1 {rabatt} \\ ${2:x}';
    const snippet = newCaseSnippet('dialogue', 'A-$0}', title, '2026-11-23');
    const text = expandSnippet(snippet);
    const result = checkText('cases/a.case.yaml', text, 'case', options);
    expect(result.summary).toMatchObject({ id: 'A-$0}', title });
    expect(text).toBe(newCaseText('dialogue', 'A-$0}', title, '2026-11-23'));
  });

  it('keeps an empty title as the TITLE tab stop', () => {
    expect(newCaseSnippet('dialogue', 'A-1', ' ', '2026-11-23')).toContain('title: ${2:TITLE}');
  });
});

describe('proposeId', () => {
  it('follows the commonest prefix with this year and the next free number, padded like the others', () => {
    expect(proposeId(['VGR-2026-012', 'VGR-2026-008', 'SKANE-2026-004', 'VGR-2025-017'], '2026-11-23')).toBe('VGR-2026-013');
  });

  it('starts at 1 in a new year', () => {
    expect(proposeId(['VGR-2025-017', 'VGR-2025-018'], '2026-01-02')).toBe('VGR-2026-001');
  });

  it('keeps the width and separator the ids use', () => {
    expect(proposeId(['ab_2026_7', 'ab_2026_9'], '2026-05-01')).toBe('ab_2026_10');
    expect(proposeId(['R.2026.0041', 'R.2026.0040'], '2026-05-01')).toBe('R.2026.0042');
  });

  it('breaks a tie between prefixes by their use this year', () => {
    expect(proposeId(['A-2025-001', 'B-2026-001'], '2026-05-01')).toBe('B-2026-002');
    expect(proposeId(['B-2025-001', 'A-2026-001'], '2026-05-01')).toBe('A-2026-002');
  });

  it('falls back to CASE-<year>-001 when no id has the shape', () => {
    expect(proposeId([], '2026-11-23')).toBe('CASE-2026-001');
    expect(proposeId(['foo', 'bar-1'], '2027-01-01')).toBe('CASE-2027-001');
  });
});

describe('newCaseIdProblem', () => {
  const existing = [
    { id: 'VGR-2025-017', file: 'cases/2025/vgr-2025-017.case.yaml' },
    { id: 'Odd-Name', file: 'cases/2024/other-file.case.yaml' },
    { file: 'cases/2026/no-id-yet.case.yaml' },
  ];
  const problem = (id: string) => newCaseIdProblem(id, caseFileName(id), existing);

  it('accepts a free id in the schema pattern', () => {
    for (const id of ['VGR-2026-031', 'R.2026.0041', 'ab_2026_7', '7', 'CONSULT-1', 'COM10', 'LPT0-1', 'a'.repeat(MAX_ID_LENGTH)]) expect(problem(id), id).toBeUndefined();
  });

  it('refuses an id another case has, in any folder and in any case', () => {
    expect(problem('VGR-2025-017')?.en).toMatch(/cases\/2025\/vgr-2025-017\.case\.yaml already has the id `VGR-2025-017`/);
    expect(problem('vgr-2025-017')?.sv).toMatch(/har redan id:t/);
    expect(problem('odd-name')?.en).toMatch(/other-file\.case\.yaml already has/);
  });

  it('refuses an id whose file name another case file has', () => {
    expect(problem('No-Id-Yet')?.en).toMatch(/named no-id-yet\.case\.yaml already exists \(cases\/2026\/no-id-yet\.case\.yaml\)/);
    // A dot and a dash give the same file name.
    expect(newCaseIdProblem('VGR.2025.017', caseFileName('VGR.2025.017'), [{ file: 'cases/2025/vgr-2025-017.case.yaml' }])?.en).toMatch(/already exists/);
  });

  it('refuses paths, dots, spaces and what the pattern does not allow', () => {
    for (const id of ['../x', 'a/b', 'a\\b', '.', '..', '.hidden', '-a', 'a b', 'Å-1', 'a:b', '/etc/passwd', 'C:', 'x\n']) {
      const p = problem(id);
      expect(p?.en, JSON.stringify(id)).toMatch(/cannot name a case file/);
      expect(p?.sv).toMatch(/går inte att använda som namn på en ärendefil/);
    }
  });

  it('refuses the device names Windows reserves, in any case and with an extension', () => {
    for (const id of ['CON', 'con', 'Prn', 'AUX', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'CON.txt', 'nul.2026', 'aux.case']) {
      const p = problem(id);
      expect(p?.en, id).toMatch(/device name Windows reserves/);
      expect(p?.sv).toMatch(/enhetsnamn som Windows reserverar/);
    }
  });

  it('refuses an empty or over-long id', () => {
    expect(problem('')?.en).toMatch(/empty/);
    expect(problem('a'.repeat(MAX_ID_LENGTH + 1))?.en).toMatch(/101 characters long; keep it to at most 100/);
  });
});
