// Random edit sequences through the in-process language server: whatever was typed, the diagnostics
// the server ends with equal the CLI's findings on the final text, in every file of the workspace.
import * as fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expectLikeCli } from '../lsp/cli-compare';
import { Harness } from '../lsp/harness';
import { CASES, SPECIAL } from './mutate';
import { runProperty, TIMEOUT } from './runs';

// Lone surrogates cannot be written to disk as UTF-8, so the CLI would read another text.
const WELL_FORMED = SPECIAL.filter((s) => !/[\ud800-\udfff]/.test(s));
const SNIPPETS = [
  'id: VGR-2026-012\n',
  'phase: needs\n',
  'kind: dialogue\n',
  '  - role: legal\n    name: X\n',
  'agreements:\n  - { type: nda }\n',
  '# casefile-disable-next-line schema -- ok\n',
  'links:\n  related: [VGR-2026-008]\n',
];

const edit = fc.record({
  at: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat(30)),
  text: fc.oneof(fc.constantFrom(...WELL_FORMED, ...SNIPPETS), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constant('')),
});

const session = fc.record({
  sample: fc.nat({ max: CASES.length - 1 }),
  // Each inner list is one didChange notification of several changes, applied in order.
  changes: fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
});

let h: Harness;
/** Files open in the editor, by path, with the text the editor holds. */
const opened = new Map<string, string>();

beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h?.dispose();
});

async function run({ sample, changes }: { sample: number; changes: { at: number; length: number; text: string }[][] }): Promise<void> {
  const { file, text: original } = CASES[sample]!;
  // Every run starts from the samples' texts, on disk and in the editor (a shrinking run repeats inputs).
  for (const [other, text] of opened) {
    const sampleText = CASES.find((c) => c.file === other)!.text;
    if (text !== sampleText) await h.change(other, sampleText);
    opened.set(other, sampleText);
  }
  let version: number;
  if (opened.has(file)) version = h.version(file)!;
  else {
    await h.open(file, original);
    opened.set(file, original);
    version = 1;
  }
  let doc = TextDocument.create(h.uri(file), 'casefile', version, original);
  for (const group of changes) {
    const sent: { range: ReturnType<typeof rangeOf>; text: string }[] = [];
    // Ranges are computed on the text as the changes before them left it, as editors send them
    // (on a copy: TextDocument.update changes the document it is given).
    const scratch = TextDocument.create(doc.uri, 'casefile', doc.version, doc.getText());
    for (const e of group) {
      const current = scratch.getText();
      const at = whole(current, e.at % (current.length + 1));
      const change = { range: rangeOf(scratch, at, whole(current, Math.min(at + e.length, current.length))), text: e.text };
      sent.push(change);
      TextDocument.update(scratch, [change], scratch.version);
    }
    version = await h.edit(file, sent);
    doc = TextDocument.update(doc, sent, version);
  }
  const final = doc.getText();
  opened.set(file, final);
  await h.diagnostics(file, (p) => p.version === version);
  fs.writeFileSync(h.path(file), final);
  try {
    await expectLikeCli(h);
  } finally {
    fs.writeFileSync(h.path(file), original);
  }
  expect(h.errors).toEqual([]);
}

/** An offset moved off the middle of a surrogate pair: a split pair could not be saved as UTF-8 for the CLI. */
function whole(text: string, offset: number): number {
  return /[\ud800-\udbff]/.test(text[offset - 1] ?? '') && /[\udc00-\udfff]/.test(text[offset] ?? '') ? offset - 1 : offset;
}

function rangeOf(doc: TextDocument, start: number, end: number) {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

describe('fuzz: language server', () => {
  it(
    'after random edit sequences, every file shows what the CLI finds on the final text',
    () => runProperty('server: random edit sequences', fc.asyncProperty(session, run), { runs: 150, share: 0.002, seconds: 15 }),
    TIMEOUT,
  );
});
