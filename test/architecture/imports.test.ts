// The layers stay apart: the engine is pure (no LSP, no VS Code), and the protocol the client
// bundles imports only the protocol package, never server code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';

const SRC = path.join(__dirname, '..', '..', 'server', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = path.join(dir, d.name);
    return d.isDirectory() ? sources(abs) : d.name.endsWith('.ts') ? [abs] : [];
  });
}

/** The module specifiers a file imports or re-exports (static and dynamic). */
export function importsOf(text: string): string[] {
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g), ...text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => m[1]!);
}

it('finds the imports it checks', () => {
  expect(importsOf("import { a } from 'vscode-languageserver/node';\nimport type {\n  B,\n} from 'vscode';\nconst c = require('x');")).toEqual([
    'vscode-languageserver/node',
    'vscode',
    'x',
  ]);
});

it('keeps LSP and VS Code out of the engine', () => {
  const files = sources(path.join(SRC, 'engine'));
  expect(files.length).toBeGreaterThan(50);
  const offending = files.flatMap((f) =>
    importsOf(fs.readFileSync(f, 'utf8'))
      .filter((m) => m === 'vscode' || m.startsWith('vscode/') || m.startsWith('vscode-languageserver') || m.startsWith('vscode-languageclient') || m.startsWith('vscode-jsonrpc'))
      .map((m) => `${path.relative(SRC, f)}: ${m}`),
  );
  expect(offending).toEqual([]);
});

it('keeps the shared protocol free of server code', () => {
  const files = sources(path.join(SRC, 'shared'));
  expect(files.length).toBeGreaterThan(0);
  const imports = files.flatMap((f) => importsOf(fs.readFileSync(f, 'utf8')));
  expect(imports.filter((m) => m !== 'vscode-languageserver-protocol')).toEqual([]);
});
