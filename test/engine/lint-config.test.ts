// The lint step's configuration: ESLint applies typescript-eslint's rules to our TypeScript, and
// prettier leaves alone the files whose bytes tests compare (goldens, samples, generated schemas).
import * as path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

it('eslint reports typescript-eslint findings in TypeScript and ignores build output', async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText('export const x: any = 1;\n', { filePath: path.join(ROOT, 'server', 'src', 'probe.ts') });
  expect(result!.messages.map((m) => m.ruleId)).toEqual(['@typescript-eslint/no-explicit-any']);
  expect(await eslint.isPathIgnored(path.join(ROOT, 'dist', 'cli.js'))).toBe(true);
  expect(await eslint.isPathIgnored(path.join(ROOT, 'test', 'scenarios', 'help', 'stdout'))).toBe(true);
});

it('prettier keeps the code style and skips files whose bytes matter', async () => {
  const options = await prettier.resolveConfig(path.join(ROOT, 'server', 'src', 'cli', 'main.ts'));
  expect(options).toMatchObject({ singleQuote: true, semi: true, trailingComma: 'all', printWidth: 180 });
  const ignorePath = [path.join(ROOT, '.prettierignore')];
  const ignored = async (file: string) => (await prettier.getFileInfo(path.join(ROOT, file), { ignorePath })).ignored;
  for (const file of [
    'test/scenarios/help/stdout',
    'test/fixes/replace-nda/after.case.yaml',
    'samples/casefile.yaml',
    'schemas/policy.schema.json',
    'docs/rules/README.md',
    'package-lock.json',
  ]) {
    expect(await ignored(file), file).toBe(true);
  }
  expect(await ignored('server/src/cli/main.ts')).toBe(false);
});
