// Definition, references, rename (with prepareRename and its refusals), workspace symbols and the
// related-id hover, over the protocol, in a small repository whose files are mostly closed.
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover, Location, Range, SymbolInformation, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Harness } from './harness';
import { A, B, C, DIRECTORY, FILES } from './navigation-repo';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

/** The position of the `nth` occurrence of `needle` (plus `delta` characters). */
function at(text: string, needle: string, delta = 1, nth = 1): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i < nth; i++) offset = text.indexOf(needle, offset + 1);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** The text a range covers in a file of the repository. */
function covered(text: string, range: Range): string {
  const doc = TextDocument.create('x:', 'yaml', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

async function start(language?: string): Promise<Harness> {
  return Harness.start({ from: null, files: FILES, init: { locale: language ?? 'en' } });
}

const request = <T>(method: string, rel: string, position: { line: number; character: number }, extra: object = {}) =>
  h!.client.sendRequest(method, { textDocument: { uri: h!.uri(rel) }, position, ...extra }) as Promise<T>;

/** Locations as `file: covered text`, file relative to the root. */
function where(locations: Location[] | null): string[] {
  return (locations ?? []).map((l) => {
    const rel = Object.keys(FILES).find((f) => h!.uri(f) === l.uri)!;
    return `${rel}: ${covered(h!.read(rel), l.range)}@${l.range.start.line}`;
  });
}

/** The texts after a workspace edit, by file. */
function applied(edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const change of edit.documentChanges as TextDocumentEdit[]) {
    const rel = Object.keys(FILES).find((f) => h!.uri(f) === change.textDocument.uri)!;
    out[rel] = TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'yaml', 0, h!.read(rel)), change.edits as TextEdit[]);
  }
  return out;
}

describe('definition', () => {
  it('goes from a related id to the id of a closed case file', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const found = await request<Location[]>('textDocument/definition', 'cases/a.case.yaml', at(A, 'VGR-2026-002', 4));
    expect(where(found)).toEqual(['cases/b.case.yaml: VGR-2026-002@0']);
  });

  it('goes from a person and from a unit to their directory entries, also from the directory itself', async () => {
    h = await start();
    await h.open('cases/c.case.yaml');
    expect(where(await request('textDocument/definition', 'cases/c.case.yaml', at(C, 'anna berg')))).toEqual(['directory.yaml: Anna Berg@7']);
    await h.open('cases/a.case.yaml');
    expect(where(await request('textDocument/definition', 'cases/a.case.yaml', at(A, 'unit: SU/Ortopedi', 8)))).toEqual(['directory.yaml: SU/Ortopedi@2']);
    await h.open('directory.yaml');
    expect(where(await request('textDocument/definition', 'directory.yaml', at(DIRECTORY, 'unit: NU/Medicin', 8)))).toEqual(['directory.yaml: NU/Medicin@4']);
  });

  it('finds nothing for an unknown id or a title', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    expect(await request('textDocument/definition', 'cases/a.case.yaml', at(A, 'VGR-2026-404'))).toBeNull();
    expect(await request('textDocument/definition', 'cases/a.case.yaml', at(A, 'Sårvård'))).toBeNull();
  });

  it('follows the open text of another document, not the disk', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const moved = `# moved down\n${B}`;
    await h.open('cases/b.case.yaml', moved);
    const found = await request<Location[]>('textDocument/definition', 'cases/a.case.yaml', at(A, 'VGR-2026-002'));
    expect(found.map((l) => l.range.start)).toEqual([{ line: 1, character: 4 }]);
  });
});

describe('references', () => {
  it('lists every link to a case id, and its declaration when asked', async () => {
    h = await start();
    await h.open('cases/b.case.yaml');
    const position = at(B, 'VGR-2026-002');
    expect(where(await request('textDocument/references', 'cases/b.case.yaml', position, { context: { includeDeclaration: false } }))).toEqual([
      'cases/a.case.yaml: VGR-2026-002@25',
      'cases/c.case.yaml: VGR-2026-002@15',
    ]);
    const all = where(await request('textDocument/references', 'cases/b.case.yaml', position, { context: { includeDeclaration: true } }));
    expect(all).toEqual(['cases/a.case.yaml: VGR-2026-002@25', 'cases/b.case.yaml: VGR-2026-002@0', 'cases/c.case.yaml: VGR-2026-002@15']);
  });

  it('lists every use of a person in the cases, from the directory', async () => {
    h = await start();
    await h.open('directory.yaml');
    const position = at(DIRECTORY, 'Anna Berg');
    expect(where(await request('textDocument/references', 'directory.yaml', position, { context: { includeDeclaration: true } }))).toEqual([
      'cases/a.case.yaml: Anna Berg@13',
      'cases/a.case.yaml: Anna Berg@22',
      "cases/b.case.yaml: 'Anna Berg'@12",
      'cases/c.case.yaml: anna berg@10',
      'directory.yaml: Anna Berg@7',
    ]);
  });

  it('lists the uses of a unit in cases and in the directory roles', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const found = where(await request('textDocument/references', 'cases/a.case.yaml', at(A, 'NU/Medicin'), { context: { includeDeclaration: false } }));
    expect(found).toEqual(['cases/a.case.yaml: NU/Medicin@20', 'directory.yaml: NU/Medicin@13']);
  });
});

describe('rename', () => {
  it('prepares a rename with the value inside its quotes as the placeholder', async () => {
    h = await start();
    await h.open('cases/b.case.yaml');
    const prepared = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', 'cases/b.case.yaml', at(B, "'Anna Berg'", 3));
    expect(prepared.placeholder).toBe('Anna Berg');
    expect(covered(B, prepared.range)).toBe('Anna Berg');
    const onQuote = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', 'cases/b.case.yaml', at(B, "'Anna Berg'", 0));
    expect([covered(B, onQuote.range), onQuote.placeholder]).toEqual(["'Anna Berg'", 'Anna Berg']);
  });

  it('refuses to prepare where nothing can be renamed, saying why, in the UI language', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    await expect(request('textDocument/prepareRename', 'cases/a.case.yaml', at(A, 'Sårvård'))).rejects.toThrow(/Nothing to rename here/);
    await expect(request('textDocument/prepareRename', 'cases/a.case.yaml', at(A, 'VGR-2026-404'))).rejects.toThrow(/No case in the repository has the id `VGR-2026-404`/);
    await h.dispose();
    h = await start('sv');
    await h.open('cases/a.case.yaml');
    await expect(request('textDocument/prepareRename', 'cases/a.case.yaml', at(A, 'Sårvård'))).rejects.toThrow(/Här finns inget att byta namn på/);
  });

  it('refuses to rename a duplicate id, or a person or unit the directory does not list', async () => {
    h = await Harness.start({ from: null, files: { ...FILES, 'cases/d.case.yaml': C } });
    await h.open('cases/c.case.yaml');
    const prepare = (rel: string, text: string, needle: string) => request('textDocument/prepareRename', rel, at(text, needle));
    await expect(prepare('cases/c.case.yaml', C, 'VGR-2026-003')).rejects.toThrow('Several cases have the id `VGR-2026-003` (cases/c.case.yaml, cases/d.case.yaml)');
    await h.open('cases/d.case.yaml', C.replace('Bo Ek', 'Cai Ny'));
    await expect(prepare('cases/d.case.yaml', C.replace('Bo Ek', 'Cai Ny'), 'Cai Ny')).rejects.toThrow('`Cai Ny` is not among the people in directory.yaml');
  });

  it('renames a case id and every link to it in one edit, open documents versioned', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const edit = await request<WorkspaceEdit>('textDocument/rename', 'cases/a.case.yaml', at(A, 'VGR-2026-002'), { newName: 'VGR-2026-020' });
    const versions = (edit.documentChanges as TextDocumentEdit[]).map((d) => [d.textDocument.uri.split('/').pop(), d.textDocument.version]);
    expect(versions).toEqual([
      ['a.case.yaml', 1],
      ['b.case.yaml', null],
      ['c.case.yaml', null],
    ]);
    expect(applied(edit)).toEqual({
      'cases/a.case.yaml': A.replace('[VGR-2026-002,', '[VGR-2026-020,'),
      'cases/b.case.yaml': B.replace('id: VGR-2026-002 #', 'id: VGR-2026-020 #'),
      'cases/c.case.yaml': C.replace('[VGR-2026-002]', '[VGR-2026-020]'),
    });
  });

  it('renames a person in the directory and in every case, each in its own quoting', async () => {
    h = await start();
    await h.open('cases/c.case.yaml');
    const edit = await request<WorkspaceEdit>('textDocument/rename', 'cases/c.case.yaml', at(C, 'anna berg'), { newName: 'Anna Lind-Berg' });
    expect(applied(edit)).toEqual({
      'cases/a.case.yaml': A.replaceAll('Anna Berg', 'Anna Lind-Berg'),
      'cases/b.case.yaml': B.replace("'Anna Berg'", "'Anna Lind-Berg'"),
      'cases/c.case.yaml': C.replace('anna berg', 'Anna Lind-Berg'),
      'directory.yaml': DIRECTORY.replace('Anna Berg', 'Anna Lind-Berg'),
    });
  });

  it('renames a unit with its comment kept', async () => {
    h = await start();
    await h.open('directory.yaml');
    const edit = await request<WorkspaceEdit>('textDocument/rename', 'directory.yaml', at(DIRECTORY, 'SU/Ortopedi'), { newName: 'SU/Ortopedi och handkirurgi' });
    const texts = applied(edit);
    expect(texts['directory.yaml']).toBe(DIRECTORY.replaceAll('SU/Ortopedi', 'SU/Ortopedi och handkirurgi'));
    expect(texts['directory.yaml']).toContain('  - id: SU/Ortopedi och handkirurgi # ortho\n');
    // In a flow mapping the new value is plain only where it may be.
    expect(texts['cases/b.case.yaml']).toContain('unit: SU/Ortopedi och handkirurgi }');
    expect(Object.keys(texts)).toEqual(['cases/a.case.yaml', 'cases/b.case.yaml', 'directory.yaml']);
  });

  it('refuses a new name that exists, breaks the id pattern or is empty, with a message', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const rename = (needle: string, newName: string) => request('textDocument/rename', 'cases/a.case.yaml', at(A, needle), { newName });
    await expect(rename('VGR-2026-002', 'VGR-2026-003')).rejects.toThrow('A case with the id `VGR-2026-003` exists already; choose another id.');
    await expect(rename('VGR-2026-001', 'VGR 2026')).rejects.toThrow(/breaks the id pattern/);
    await expect(rename('Bo Ek', 'anna BERG')).rejects.toThrow('`Anna Berg` is in directory.yaml already');
    await expect(rename('NU/Medicin', ' ')).rejects.toThrow(/unit id is empty/);
    expect(h.errors).toEqual([]);
  });
});

describe('workspace symbols', () => {
  it('finds cases by title words without regard to case or diacritics, and directory people and units', async () => {
    h = await start();
    const symbols = (query: string) => h!.client.sendRequest('workspace/symbol', { query }) as Promise<SymbolInformation[]>;
    expect((await symbols('gota')).map((s) => s.name)).toEqual(['VGR-2026-002 — Artrosvård i Göta']);
    expect((await symbols('artros')).map((s) => s.name)).toEqual(['VGR-2026-002 — Artrosvård i Göta', 'VGR-2026-003 — Digital artrosskola']);
    expect((await symbols('vgr-2026-00')).map((s) => s.name.slice(0, 12))).toEqual(['VGR-2026-001', 'VGR-2026-002', 'VGR-2026-003']);
    const anna = (await symbols('anna'))[0]!;
    expect(anna).toMatchObject({ name: 'Anna Berg', containerName: 'verksamhetschef' });
    expect(covered(DIRECTORY, anna.location.range)).toBe('Anna Berg');
    const unit = (await symbols('ortopedi'))[0]!;
    expect(unit.name).toBe('SU/Ortopedi — Ortopedi, Sahlgrenska');
    expect(covered(DIRECTORY, unit.location.range)).toBe('SU/Ortopedi');
    const closed = (await symbols('sarvard'))[0]!;
    expect(closed.location.uri).toBe(h.uri('cases/a.case.yaml'));
    expect(covered(A, closed.location.range)).toBe('VGR-2026-001');
  });
});

describe('hover on a related id', () => {
  it('shows the case it names: title, kind, phase, problems and file', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const hover = await request<Hover>('textDocument/hover', 'cases/a.case.yaml', at(A, 'VGR-2026-002'));
    const value = (hover.contents as { value: string }).value;
    expect(value).toMatch(
      /^\*\*VGR-2026-002\*\* — Artrosvård i Göta\n\n\*\*Kind:\*\* Dialogue \(`dialogue`\) · \*\*Phase:\*\* .+ \(`planning`\)\n\n\*\*Problems:\*\* .+\n\n\*\*File:\*\* `cases\/b.case.yaml`/,
    );
    expect(covered(A, hover.range!)).toBe('VGR-2026-002');
  });

  it('adds nothing for an id no case has', async () => {
    h = await start();
    await h.open('cases/a.case.yaml');
    const hover = await request<Hover | null>('textDocument/hover', 'cases/a.case.yaml', at(A, 'VGR-2026-404'));
    expect(JSON.stringify(hover)).not.toContain('**File:**');
  });
});

describe('a closed case file with a YAML error', () => {
  // The index has no facts for it; its recovered text is still searched.
  const BROKEN = `id: VGR-2026-009
title: [broken
links:
  related: [VGR-2026-001]
`;
  const startBroken = () => Harness.start({ from: null, files: { ...FILES, 'cases/broken.case.yaml': BROKEN }, init: { locale: 'en' } });

  it('is among the references and the rename of an id it links to', async () => {
    h = await startBroken();
    await h.open('cases/a.case.yaml');
    const found = await request<Location[]>('textDocument/references', 'cases/a.case.yaml', at(A, 'VGR-2026-001', 4), { context: { includeDeclaration: false } });
    expect(found?.map((l) => l.uri)).toContain(h.uri('cases/broken.case.yaml'));
    const edit = await request<WorkspaceEdit>('textDocument/rename', 'cases/a.case.yaml', at(A, 'VGR-2026-001', 4), { newName: 'VGR-2026-077' });
    const uris = (edit.documentChanges as TextDocumentEdit[]).map((c) => c.textDocument.uri);
    expect(uris).toContain(h.uri('cases/broken.case.yaml'));
  });

  it('keeps its id: a rename to it is refused', async () => {
    h = await startBroken();
    await h.open('cases/a.case.yaml');
    await expect(request('textDocument/rename', 'cases/a.case.yaml', at(A, 'VGR-2026-001', 4), { newName: 'VGR-2026-009' })).rejects.toThrow(/VGR-2026-009/);
  });
});
