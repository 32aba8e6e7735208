// The rule API, the quick-fix ids and the CLI's format names are unions, not strings: every line of
// test/types/wrong-ids.ts marked `@ts-expect-error` fails to compile, for the reason it names, and
// nothing else in that file does. One compile, with the directives removed.
import * as path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'test', 'types', 'wrong-ids.ts');
const DIRECTIVE = /\/\/ @ts-expect-error (\S+)/;

/** What each kind of mistake must be told, in tsc's words. */
const REASON: Record<string, RegExp> = {
  'wrong-message-id': /"unknown"/,
  'wrong-fix-id': /"add-stakeholders"|"supress"/,
  'wrong-format-name': /"text"|"xml"|'checkstyle'/,
};

it('wrong message ids, fix ids and format names do not compile', () => {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const original = ts.sys.readFile(FILE)!;
  const lines = original.split('\n');
  // Directive on line i (0-based) covers line i + 1, which is 1-based line i + 2.
  const expected = new Map<number, string>();
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (m) expected.set(i + 2, m[1]!);
  });
  expect([...new Set(expected.values())].sort()).toEqual(Object.keys(REASON).sort());

  const host = ts.createCompilerHost(config.options);
  const stripped = lines.map((line) => line.replace(DIRECTIVE, '//')).join('\n');
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => (path.resolve(name) === FILE ? ts.createSourceFile(name, stripped, version) : getSourceFile(name, version, ...rest));
  const program = ts.createProgram([FILE], config.options, host);
  const errors = new Map<number, string>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    expect(d.file && path.resolve(d.file.fileName), ts.flattenDiagnosticMessageText(d.messageText, '\n')).toBe(FILE);
    const line = d.file!.getLineAndCharacterOfPosition(d.start!).line + 1;
    errors.set(line, `${errors.get(line) ?? ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n`);
  }
  expect([...errors.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()]);
  for (const [line, reason] of expected) expect(errors.get(line), `line ${line}: ${reason}`).toMatch(REASON[reason]!);
});
