// Quick fixes over the protocol: one golden case per fix kind of test/fixes (the engine tests
// cover the variants), applied as the client would apply them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver/node';
import { Harness } from './harness';
import { PLACEHOLDERS } from '../../server/src/engine/placeholders';

const FIXES = path.join(__dirname, '..', 'fixes');

interface FixSpec {
  rule: string;
  fix: string;
  data?: Record<string, unknown>;
  locale?: 'en' | 'sv';
  policy?: string;
  directory?: string;
}

/** The first golden folder of each fix kind. */
function goldens(): { folder: string; spec: FixSpec }[] {
  const seen = new Set<string>();
  const out: { folder: string; spec: FixSpec }[] = [];
  for (const folder of fs.readdirSync(FIXES).sort()) {
    const file = path.join(FIXES, folder, 'fix.json');
    if (!fs.existsSync(file)) continue;
    const spec = JSON.parse(fs.readFileSync(file, 'utf8')) as FixSpec;
    if (seen.has(spec.fix)) continue;
    seen.add(spec.fix);
    out.push({ folder, spec });
  }
  return out;
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('code actions', () => {
  const cases = goldens();
  it('cover every fix kind', () => {
    expect(cases.map((c) => c.spec.fix).sort()).toEqual(['add-agreement', 'add-anchoring', 'add-stakeholder', 'replace-nda', 'set-billing-actual-costs', 'suppress']);
  });

  for (const { folder, spec } of cases) {
    it(`${spec.fix} (${folder}) turns before into after`, async () => {
      const before = fs.readFileSync(path.join(FIXES, folder, 'before.case.yaml'), 'utf8');
      const after = fs.readFileSync(path.join(FIXES, folder, 'after.case.yaml'), 'utf8');
      const rel = 'cases/x.case.yaml';
      // A .git folder makes the temporary folder the repository root, as the engine finds roots.
      const files: Record<string, string> = { '.git/HEAD': '' };
      if (spec.policy) files['casefile.yaml'] = spec.policy;
      if (spec.directory) files['directory.yaml'] = spec.directory;
      h = await Harness.start({ from: null, files, init: { locale: spec.locale ?? 'en' } });
      await h.open(rel, before);
      const published = await h.diagnostics(rel, (p) => p.version === 1);
      const diagnostic = published.diagnostics.find(
        (d) => d.code === spec.rule && Object.entries(spec.data ?? {}).every(([k, v]) => (d.data as { data?: Record<string, unknown> }).data?.[k] === v),
      );
      expect(diagnostic, `a ${spec.rule} diagnostic`).toBeDefined();
      const actions = (await h.client.sendRequest('textDocument/codeAction', {
        textDocument: { uri: h.uri(rel) },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) {
        expect(a.kind).toBe(CodeActionKind.QuickFix);
        expect(a.diagnostics).toEqual([diagnostic]);
      }
      const doc = TextDocument.create(h.uri(rel), 'casefile', 1, before);
      const results = actions.map((a) => {
        const change = a.edit!.documentChanges![0] as TextDocumentEdit;
        expect(change.textDocument).toEqual({ uri: h!.uri(rel), version: 1 });
        return TextDocument.applyEdits(doc, change.edits as { range: TextDocumentEdit['edits'][0]['range']; newText: string }[]);
      });
      expect(results).toContain(after);
      // A fix that writes a placeholder selects it afterwards, for the user to type over.
      actions.forEach((a, i) => {
        if (!a.command) return;
        expect(a.command.command).toBe('casefile.selectRange');
        const [uri, range] = a.command.arguments as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
        expect(uri).toBe(h!.uri(rel));
        const lines = results[i]!.split(/\r?\n/);
        expect(range.start.line).toBe(range.end.line);
        expect(PLACEHOLDERS).toContain(lines[range.start.line]!.slice(range.start.character, range.end.character));
      });
      if (spec.fix === 'suppress') expect(actions.find((a) => /REASON/.test(JSON.stringify(a.edit)))?.command).toBeDefined();
      // Every fixable finding also offers the suppression, never preferred over the rule's own fix.
      const suppress = actions.filter((a) => /casefile-disable-next-line/.test(JSON.stringify(a.edit)));
      expect(suppress).toHaveLength(1);
      expect(suppress[0]!.isPreferred).not.toBe(true);
      if (spec.fix !== 'suppress') expect(actions.filter((a) => a.isPreferred).length).toBeLessThanOrEqual(1);
    });
  }

  it('build each fix from its own diagnostic when several share a range', async () => {
    const rel = 'cases/2026/vgr-2026-012.case.yaml';
    h = await Harness.start();
    // Without legal and IT, both missing roles are reported on the same `stakeholders` key.
    const text = h
      .read(rel)
      .replace(/  - role: legal\n(    .*\n)*?(?=  - role)/, '')
      .replace(/  - role: it\n(    .*\n)*?(?=  - role)/, '');
    await h.open(rel, text);
    const published = await h.diagnostics(rel, (p) => p.version === 1);
    const missing = published.diagnostics.filter((d) => d.code === 'missing-stakeholder');
    expect(missing.map((d) => (d.data as { data: { role: string } }).data.role).sort()).toEqual(['it', 'legal']);
    expect(missing[0]!.range).toEqual(missing[1]!.range);
    for (const diagnostic of missing) {
      const role = (diagnostic.data as { data: { role: string } }).data.role;
      const actions = (await h.client.sendRequest('textDocument/codeAction', {
        textDocument: { uri: h.uri(rel) },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      const add = actions.filter((a) => a.isPreferred);
      expect(add.map((a) => a.title)).toEqual([`Add stakeholder “${role}”`]);
      const edits = (add[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits;
      expect(edits.map((e) => ('newText' in e ? e.newText : '')).join('')).toContain(`role: ${role}\n`);
    }
    // Both at once, as the editor asks for a line: one fix per role, none twice.
    const both = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: h.uri(rel) },
      range: missing[0]!.range,
      context: { diagnostics: missing },
    })) as CodeAction[];
    expect(
      both
        .filter((a) => a.isPreferred)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Add stakeholder “it”', 'Add stakeholder “legal”']);
  });

  it('offer nothing for diagnostics of a version that has moved on', async () => {
    const rel = 'cases/2026/vgr-2026-012.case.yaml';
    h = await Harness.start();
    await h.open(rel);
    const published = await h.diagnostics(rel, (p) => p.version === 1);
    const text = h.read(rel);
    await h.change(rel, `# moved\n${text}`);
    const actions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: h.uri(rel) },
      range: published.diagnostics[0]!.range,
      context: { diagnostics: published.diagnostics },
    })) as CodeAction[];
    expect(actions).toEqual([]);
  });
});
