// Snippets offered by completion where they fit: agreements at a new item of `agreements`, case
// skeletons in an empty case file, and nowhere else. Each insertion is replayed as VS Code does it
// (later lines get the line's indentation, tabstops their defaults) and must give a valid case.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../server/src/engine';
import { complete } from '../../server/src/engine/editing/complete';
import { AGREEMENT_SNIPPETS, CASE_SNIPPETS, bodyText, expandSnippet } from '../../server/src/engine/editing/snippets';
import type { CompletionEntry, EditingContext } from '../../server/src/engine/editing/types';
import { bar, context } from './context';

const TODAY = '2026-11-23';
const ORG = 'Västra Götalandsregionen';
const withOrg = (): EditingContext => ({ ...context(), policy: { ...context().policy, organisation: ORG } });
const noOrg = (): EditingContext => {
  const { organisation: _, ...policy } = context().policy;
  return { ...context(), policy };
};

function snippets(textWithBar: string, ctx: EditingContext = withOrg()) {
  const { parsed, offset, text } = bar(textWithBar);
  const entries = complete(parsed, offset, ctx).filter((e) => e.kind === 'snippet');
  return { entries, text, by: (label: string) => entries.find((e) => e.label === label) };
}

/** The entry inserted as VS Code inserts a snippet with adjustIndentation, tabstops at their defaults. */
function insert(text: string, entry: CompletionEntry): string {
  const lineStart = text.lastIndexOf('\n', entry.replace.offset - 1) + 1;
  const leading = /^[ \t]*/.exec(text.slice(lineStart, entry.replace.offset))![0];
  const adjusted = entry.insertText
    .split('\n')
    .map((line, i) => (i === 0 ? line : leading + line))
    .join('\n');
  return text.slice(0, entry.replace.offset) + expandSnippet(adjusted, { today: TODAY }) + text.slice(entry.replace.endOffset);
}

const HEAD = 'id: A-1\ntitle: t\nkind: dialogue\nphase: needs\nopened: 2026-10-01\nrequester:\n  organisation: Medtech AB\n  type: company\n';
const broken = (text: string) =>
  checkText('cases/a.case.yaml', text, 'case', { policy: withOrg().policy, today: TODAY, locale: 'en' }).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');
const agreementsOf = (text: string) => {
  const result = checkText('cases/a.case.yaml', text, 'case', { policy: withOrg().policy, today: TODAY, locale: 'en' });
  return (result.parsed!.value as { agreements: Record<string, unknown>[] }).agreements;
};

describe('agreement snippets', () => {
  it('are offered at `  - ` under agreements, one per type, labelled by the English prefix, found by either prefix or the type', () => {
    const { entries, by } = snippets(`${HEAD}agreements:\n  - |\n`);
    expect(entries.map((e) => e.label).sort()).toEqual(
      Object.values(AGREEMENT_SNIPPETS)
        .map((s) => (s.prefix as string[])[0])
        .sort(),
    );
    const nda = by('agreement-nda')!;
    expect(nda).toMatchObject({ kind: 'snippet', snippet: true, detail: AGREEMENT_SNIPPETS['Agreement: NDA (weak under OSL)']!.description });
    expect(nda.filterText!.split(' ')).toEqual(['agreement-nda', 'avtal-nda', 'nda']);
    expect(nda.documentation).toMatch(/^```yaml\n- type: nda\n[\s\S]*\n```$/);
    expect(nda.documentation).toContain(`parties: [${ORG}, Medtech AB]`);
    expect(nda.documentation).toContain('valid_until: YYYY-12-31');
  });

  it('after the dash: the body without `- `, later lines relative to the line, parties pre-filled as tabstop defaults', () => {
    const { text, by } = snippets(`${HEAD}agreements:\n  - |\n`);
    const entry = by('agreement-assignment')!;
    expect(entry.insertText.split('\n').slice(0, 3)).toEqual(['type: assignment', '  status: ${1|draft,negotiating|}', `  parties: [\${2:${ORG}}, \${3:Medtech AB}]`]);
    expect(text.slice(entry.replace.offset, entry.replace.endOffset)).toBe('');
    const after = insert(text, entry);
    expect(after).toContain(`agreements:\n  - type: assignment\n    status: draft\n    parties: [${ORG}, Medtech AB]\n`);
    expect(broken(after)).toEqual([]);
    expect(agreementsOf(after)[0]).toMatchObject({ type: 'assignment', parties: [ORG, 'Medtech AB'], billing: 'actual-costs' });
  });

  it('replaces the prefix typed after the dash', () => {
    const { text, by, entries } = snippets(`${HEAD}agreements:\n  - type: nda\n    status: draft\n  - avtal-fo|\n`);
    expect(entries).toHaveLength(8);
    const entry = by('agreement-research-collaboration')!;
    expect(text.slice(entry.replace.offset, entry.replace.endOffset)).toBe('avtal-fo');
    const after = insert(text, entry);
    expect(broken(after)).toEqual([]);
    expect(agreementsOf(after)[1]).toMatchObject({ type: 'research-collaboration', financing: { [ORG]: 50, 'Medtech AB': 50 } });
  });

  it('keeps the item column when the dash has more spaces after it', () => {
    const { text, by } = snippets(`${HEAD}agreements:\n  -   |\n`);
    const after = insert(text, by('agreement-loan')!);
    expect(after).toContain('  -   type: loan\n      status: draft\n');
    expect(broken(after)).toEqual([]);
  });

  it('at `  -` (no space yet): the space comes with the item', () => {
    const { text, by } = snippets(`${HEAD}agreements:\n  -|\n`);
    const entry = by('agreement-testbed')!;
    expect(entry.insertText.startsWith(' type: testbed\n  status:')).toBe(true);
    const after = insert(text, entry);
    expect(after).toContain('agreements:\n  - type: testbed\n    status: draft\n');
    expect(broken(after)).toEqual([]);
  });

  it("on an empty line under agreements: the whole item, at the list's column", () => {
    for (const [source, expected] of [
      [`${HEAD}agreements:\n  |\n`, 'agreements:\n  - type: data-processing\n    status: draft\n'],
      [`${HEAD}agreements:\n|\n`, 'agreements:\n  - type: data-processing\n    status: draft\n'],
      [`${HEAD}agreements:\n  - type: nda\n    status: draft\n  |\n`, '    status: draft\n  - type: data-processing\n    status: draft\n'],
      [`${HEAD}agreements:\n    - type: nda\n      status: draft\n  |\ntags: []\n`, '      status: draft\n    - type: data-processing\n      status: draft\n'],
      [`${HEAD}agreements:\n  avtal-pers|\n`, 'agreements:\n  - type: data-processing\n    status: draft\n'],
    ] as const) {
      const { text, by } = snippets(source);
      const entry = by('agreement-data-processing');
      expect(entry, source).toBeDefined();
      const after = insert(text, entry!);
      expect(after, source).toContain(expected);
      expect(broken(after), after).toEqual([]);
    }
  });

  it('in a compact list (dashes at column 0), a new item right under agreements:', () => {
    const { text, by } = snippets(`${HEAD}agreements:\n|\n- type: nda\n  status: draft\n`);
    const after = insert(text, by('agreement-confidentiality')!);
    expect(after).toContain('agreements:\n- type: confidentiality\n  status: draft\n');
    expect(broken(after)).toEqual([]);
  });

  it('keeps REGION and COMPANY as defaults when neither party is known, and quotes names YAML would misread', () => {
    const none = snippets('id: A-1\nagreements:\n  - |\n', noOrg()).by('agreement-assignment')!;
    expect(none.insertText).toContain('parties: [${2:REGION}, ${3:COMPANY}]');
    const odd = snippets('id: A-1\nrequester: { organisation: "Foo, Bar & Co $1" }\nagreements:\n  - |\n', noOrg()).by('agreement-assignment')!;
    expect(odd.insertText).toContain('parties: [${2:REGION}, ${3:"Foo, Bar & Co \\$1"}]');
  });

  it('are offered nowhere else', () => {
    for (const place of [
      `${HEAD}|\n`,
      `${HEAD}agr|\n`,
      'id: A-1\nkind: |\n',
      'id: A-1\nlinks:\n  |\n',
      'id: A-1\nlinks:\n  related:\n    - |\n',
      'id: A-1\nstakeholders:\n  - |\n',
      'id: A-1\nagreements:\n  - type: nda\n    |\n',
      'id: A-1\nagreements:\n  - type: nda\n    parties:\n      - |\n',
      'id: A-1\nagreements:\n  - type: |\n',
      'id: A-1\nagreements:\n  - |\n    status: draft\n',
      'id: A-1\nagreements: [|]\n',
      'id: A-1\nagreements:\n  - type: nda\n|\n',
      'id: A-1\nagreements:\n  # |\n',
      'id: A-1\nnotes: >\n  agreements:\n  - |\n',
    ]) {
      expect(
        snippets(place).entries.map((e) => e.label),
        place,
      ).toEqual([]);
    }
    expect(complete(bar('agreements:\n  - |\n').parsed, bar('agreements:\n  - |\n').offset, context('policy')).filter((e) => e.kind === 'snippet')).toEqual([]);
  });
});

describe('case skeletons', () => {
  it('are offered in an empty case file, one per kind, with the skeleton as it is in snippets/cases.json', () => {
    const { entries, by } = snippets('|');
    expect(entries).toHaveLength(Object.keys(CASE_SNIPPETS).length);
    const dialogue = by('case-dialogue')!;
    expect(dialogue).toMatchObject({ kind: 'snippet', snippet: true, insertText: bodyText(CASE_SNIPPETS['Case: dialogue']!), replace: { offset: 0, endOffset: 0 } });
    expect(dialogue.filterText!.split(' ')).toEqual(['case-dialogue', 'ärende-dialog', 'dialogue']);
    expect(dialogue.detail).toBe(CASE_SNIPPETS['Case: dialogue']!.description);
    expect(dialogue.documentation).toMatch(/^```yaml\nversion: 1\nid: ID\n[\s\S]*\nopened: YYYY-MM-DD\n[\s\S]*```$/);
  });

  it('in a file of only white space and comments, replacing the prefix typed', () => {
    const { text, by, entries } = snippets('# new case\n\n  ärende-te|\n# end\n');
    expect(entries).toHaveLength(8);
    const entry = by('case-test-activity')!;
    expect(text.slice(entry.replace.offset, entry.replace.endOffset)).toBe('  ärende-te');
    const after = insert(text, entry);
    expect(after.startsWith('# new case\n\nversion: 1\n')).toBe(true);
    expect(broken(after)).toEqual([]);
    expect(snippets('\n\n   |\n').entries).toHaveLength(8);
  });

  it('not in a file with content, nor in a comment, nor with agreements', () => {
    for (const place of ['id: A-1\n|\n', '|\nid: A-1\n', '# |\n', 'case-|\nkind: dialogue\n']) {
      expect(
        snippets(place).entries.filter((e) => e.label.startsWith('case-')),
        place,
      ).toEqual([]);
    }
    const { parsed, offset } = bar('|');
    expect(complete(parsed, offset, context('directory')).filter((e) => e.kind === 'snippet')).toEqual([]);
  });
});

describe('snippet completion never throws', () => {
  it('at every offset of half-typed lists', () => {
    for (const t of ['agreements:\n  - \n  -', 'agreements:\n-\n  - a\n    - ', 'agreements:\n\t- x\n', '  \n#\n']) {
      const { parsed } = bar(`${t}|`);
      for (let i = 0; i <= t.length; i++) expect(() => complete(parsed, i, withOrg())).not.toThrow();
    }
  });
});
