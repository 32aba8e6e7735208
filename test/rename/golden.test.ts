// Golden renames: each folder holds a repository before, the rename request (the file, the first
// occurrence of `at` in it, the new name) and every file after. The request's file is open in the
// editor; the others are closed, and their edits are applied as VS Code applies them (to the text
// without its byte-order mark).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Harness } from '../lsp/harness';

const HERE = __dirname;
const NAMES = fs.readdirSync(HERE).filter((n) => fs.existsSync(path.join(HERE, n, 'request.json')));
const BOM = '\uFEFF';

interface Request {
  file: string;
  at: string;
  newName: string;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]));
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('golden renames', () => {
  it('has goldens', () => expect(NAMES.length).toBeGreaterThanOrEqual(3));

  for (const name of NAMES) {
    it(name, async () => {
      const dir = path.join(HERE, name);
      const request = JSON.parse(fs.readFileSync(path.join(dir, 'request.json'), 'utf8')) as Request;
      h = await Harness.start({ from: path.join(dir, 'before'), init: { locale: 'en' } });
      const opened = h.read(request.file);
      await h.open(request.file, opened);
      const doc = TextDocument.create(h.uri(request.file), 'casefile', 1, opened);
      const offset = opened.indexOf(request.at);
      expect(offset, request.at).toBeGreaterThanOrEqual(0);
      const edit = (await h.client.sendRequest('textDocument/rename', {
        textDocument: { uri: h.uri(request.file) },
        position: doc.positionAt(offset + 1),
        newName: request.newName,
      })) as WorkspaceEdit;
      const texts = new Map<string, string>();
      for (const change of edit.documentChanges as TextDocumentEdit[]) {
        const rel = path.relative(h.root, new URL(change.textDocument.uri).pathname).split(path.sep).join('/');
        const isOpen = rel === request.file;
        expect(change.textDocument.version).toBe(isOpen ? 1 : null);
        const raw = h.read(rel);
        const bom = !isOpen && raw.startsWith(BOM);
        const text = bom ? raw.slice(1) : raw;
        const after = TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'yaml', 0, text), change.edits as TextEdit[]);
        texts.set(rel, bom ? BOM + after : after);
      }
      for (const rel of filesUnder(path.join(dir, 'after'))) {
        const expected = fs.readFileSync(path.join(dir, 'after', rel), 'utf8');
        expect(texts.get(rel) ?? h.read(rel), `${name}: ${rel}`).toBe(expected);
      }
    });
  }
});
