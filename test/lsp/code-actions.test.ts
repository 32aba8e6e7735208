// Quick fixes over the protocol: one golden case per fix kind of test/fixes (the engine tests
// cover the variants), applied as the client would apply them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver/node';
import { Harness } from './harness';
import { PLACEHOLDERS } from '../../server/src/engine/placeholders';
import { FIX_IDS } from '../../server/src/engine/fix-ids';

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
    expect(cases.map((c) => c.spec.fix).sort()).toEqual([...FIX_IDS].sort());
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
      // A command (open the rule's page) edits nothing: the editor runs it, the text stays `before`.
      const commands = actions.filter((a) => !a.edit);
      expect(commands.map((a) => a.title)).toEqual(spec.fix === 'open-docs' ? [`Open the rule's page: ${spec.rule}`] : []);
      for (const a of commands) expect(a.command?.arguments).toEqual([expect.stringContaining(`/docs/rules/${spec.rule}.md`)]);
      if (spec.fix === 'open-docs') expect(after).toBe(before);
      const doc = TextDocument.create(h.uri(rel), 'casefile', 1, before);
      const edits = actions.filter((a) => a.edit);
      const results = edits.map((a) => {
        const change = a.edit!.documentChanges![0] as TextDocumentEdit;
        expect(change.textDocument).toEqual({ uri: h!.uri(rel), version: 1 });
        return TextDocument.applyEdits(doc, change.edits as { range: TextDocumentEdit['edits'][0]['range']; newText: string }[]);
      });
      if (spec.fix !== 'open-docs') expect(results).toContain(after);
      // A fix that writes a placeholder selects it afterwards, for the user to type over.
      edits.forEach((a, i) => {
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

describe('code actions of the research rules', () => {
  const HOVER = 'command:casefile.showRuleDocs?%5B%22{rule}%22%5D';
  const rel = 'cases/x.case.yaml';
  const fixture = (folder: string) => fs.readFileSync(path.join(FIXES, folder, 'before.case.yaml'), 'utf8');

  async function actionsOf(options: Parameters<typeof Harness.start>[0], text: string, rule: string) {
    h = await Harness.start({ from: null, files: { '.git/HEAD': '' }, ...options });
    await h.open(rel, text);
    const published = await h.diagnostics(rel, (p) => p.version === 1);
    const diagnostic = published.diagnostics.find((d) => d.code === rule);
    expect(diagnostic, `a ${rule} diagnostic`).toBeDefined();
    const actions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: h.uri(rel) },
      range: diagnostic!.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    return { actions, diagnostic: diagnostic! };
  }

  it('participant-consent: "Add a consent procedure" as a snippet edit, and the suppression', async () => {
    const { actions } = await actionsOf({ workspaceEdit: { snippetEditSupport: true } }, fixture('add-consent-missing-key'), 'participant-consent');
    expect(actions.map((a) => a.title)).toEqual(['Add a consent procedure', 'Suppress “participant-consent” on this line…']);
    const add = actions[0]!;
    expect(add.isPreferred).toBe(true);
    expect(add.command).toBeUndefined();
    const edits = (add.edit!.documentChanges![0] as TextDocumentEdit).edits as { snippet?: { kind: string; value: string }; newText?: string }[];
    expect(edits).toHaveLength(1);
    expect(edits[0]!.newText).toBeUndefined();
    expect(edits[0]!.snippet).toEqual({ kind: 'snippet', value: 'consent:\n  procedure: ${1:PROCEDURE}\n  form: ${2:FORM}$0\n' });
  });

  it('need-announcement-open: without snippet edits, a plain edit and the first placeholder selected', async () => {
    const { actions } = await actionsOf({}, fixture('add-announcement-missing-key'), 'need-announcement-open');
    const add = actions.find((a) => a.title === "Add the announcement's channel and publication date")!;
    const edits = (add.edit!.documentChanges![0] as TextDocumentEdit).edits as { newText: string }[];
    expect(edits.map((e) => e.newText)).toEqual(['announcement:\n  channel: CHANNEL\n  published: DATE\n']);
    expect(add.command?.command).toBe('casefile.selectRange');
    expect(add.command?.arguments?.[1]).toEqual({ start: { line: 11, character: 11 }, end: { line: 11, character: 18 } });
  });

  it('device-investigation: opens the rule’s page with the hover link’s command, edits nothing; the suppression too', async () => {
    const { actions, diagnostic } = await actionsOf({ init: { locale: 'sv', hoverDocsLink: HOVER } }, fixture('open-docs'), 'device-investigation');
    expect(actions.map((a) => a.title)).toEqual(['Öppna regelns sida: device-investigation', 'Undertryck ”device-investigation” på den här raden…']);
    const open = actions[0]!;
    expect(open).toEqual({
      title: 'Öppna regelns sida: device-investigation',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Öppna regelns sida: device-investigation', command: 'casefile.showRuleDocs', arguments: ['device-investigation'] },
    });
    expect(actions[1]!.edit).toBeDefined();
    // Neither is automatic: source.fixAll leaves the file (and opens nothing).
    const all = (await h!.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: h!.uri(rel) },
      range: diagnostic.range,
      context: { diagnostics: [], only: ['source.fixAll.casefile'] },
    })) as CodeAction[];
    expect(all.filter((a) => a.command || JSON.stringify(a.edit ?? {}).includes('device-investigation'))).toEqual([]);
  });

  it('device-investigation: with the organisation’s docsUrl, the editor opens that page', async () => {
    h = await Harness.start({ from: null, files: { '.git/HEAD': '' }, init: { locale: 'en', hoverDocsLink: HOVER } });
    await h.open(rel, fixture('open-docs'));
    await h.diagnostics(rel, (p) => p.version === 1);
    h.settings.docsUrl = 'https://intranet.example.org/casefile/rules';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { docsUrl: h.settings.docsUrl } } });
    const published = await h.diagnostics(rel, (p) => p.version === 1 && !!p.diagnostics[0]?.codeDescription?.href.startsWith('https://intranet.'));
    const diagnostic = published.diagnostics.find((d) => d.code === 'device-investigation')!;
    const actions = (await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: h.uri(rel) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    expect(actions[0]!.command).toEqual({
      title: "Open the rule's page: device-investigation",
      command: 'vscode.open',
      arguments: ['https://intranet.example.org/casefile/rules/device-investigation.md'],
    });
  });
});
