// The task `casefile: check` and its problem matcher `$casefile`: the matcher's regexp, read from
// package.json, parses what the built CLI prints for the task's command line into exactly the
// findings of the JSON format (file, line, column, severity, rule, message), in English and Swedish,
// file names with spaces and non-ASCII letters included. Needs `npm run build` (bin/ runs dist/).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({}));
const { checkArguments, PROBLEM_MATCHER, TASK_TYPE } = await import('../../client/src/tasks');

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'casefile.js');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    problemMatchers: { name: string; owner: string; source: string; fileLocation: string[]; pattern: Record<string, string | number> }[];
    taskDefinitions: { type: string }[];
  };
};
const matcher = manifest.contributes.problemMatchers.find((m) => `$${m.name}` === PROBLEM_MATCHER)!;

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/** What VS Code's problem matcher makes of each line (Severity.fromValue: case-insensitive). */
function match(output: string): Problem[] {
  const p = matcher.pattern;
  const regexp = new RegExp(p.regexp as string);
  return output.split(/\r?\n/).flatMap((line) => {
    const m = regexp.exec(line);
    if (!m) return [];
    const group = (key: string) => m[p[key] as number]!;
    return [
      {
        file: group('file'),
        line: Number(group('line')),
        column: Number(group('column')),
        severity: group('severity').toLowerCase(),
        code: group('code'),
        message: group('message'),
      },
    ];
  });
}

function cli(cwd: string, args: string[]): string {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', TZ: 'UTC' } });
  expect(run.status, run.stderr).toBe(1); // both folders have errors
  return run.stdout;
}

const TODAY = ['--today', '2026-11-23'];
const FOLDERS = { samples: path.join(ROOT, 'samples'), 'unix-names': path.join(ROOT, 'test', 'scenarios', 'unix-names', 'input') };

describe('the $casefile problem matcher', () => {
  it('is contributed with the task type, for files relative to the workspace folder', () => {
    expect(manifest.contributes.taskDefinitions.map((d) => d.type)).toEqual([TASK_TYPE]);
    expect(matcher).toMatchObject({ owner: 'casefile-check', source: 'casefile', fileLocation: ['autoDetect', '${workspaceFolder}'] });
    expect(checkArguments(BIN, undefined, 'sv')).toEqual([BIN, 'check', '.', '--format', 'unix', '--lang', 'sv']);
    expect(checkArguments(BIN, ' cases/2026 ', 'en')).toEqual([BIN, 'check', 'cases/2026', '--format', 'unix', '--lang', 'en']);
  });

  for (const [name, folder] of Object.entries(FOLDERS)) {
    for (const locale of ['en', 'sv']) {
      it(`reads the task's output into the JSON format's findings: ${name}, ${locale}`, () => {
        const problems = match(cli(folder, [...checkArguments(BIN, undefined, locale), ...TODAY]));
        const json = JSON.parse(cli(folder, [BIN, 'check', '--format', 'json', '--lang', locale, ...TODAY])) as { findings: (Problem & { rule: string })[] };
        const expected = json.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, code: f.rule, message: f.message }));
        expect(expected.length).toBeGreaterThan(2);
        expect(problems).toEqual(expected);
        // fileLocation: relative to the folder the task runs in.
        for (const p of problems) expect(fs.existsSync(path.join(folder, p.file)), p.file).toBe(true);
      });
    }
  }

  it('keeps a file name with spaces and non-ASCII letters whole', () => {
    const problems = match(cli(FOLDERS['unix-names'], [...checkArguments(BIN, undefined, 'sv'), ...TODAY]));
    expect(problems[0]).toMatchObject({ file: 'cases/Vård och omsorg/Ärende nr 1 (Borås).case.yaml', line: 16, column: 11, severity: 'warning', code: 'nda-public-staff' });
    expect(problems[0]!.message).toMatch(/^Ett NDA/);
  });

  it('keeps a file name that looks like a location whole: the file ends in .yaml or .yml', () => {
    expect(match('cases/evil:2:3: fake z.case.yaml:7:5: Something is wrong. [Error/schema]')).toEqual([
      { file: 'cases/evil:2:3: fake z.case.yaml', line: 7, column: 5, severity: 'error', code: 'schema', message: 'Something is wrong.' },
    ]);
  });

  it('reads a Windows path and a message with brackets and colons', () => {
    expect(match('C:\\Ärenden\\a b.case.yaml:3:5: Value `a: [b]` is odd: see x:1:2. [Info/schema]')).toEqual([
      { file: 'C:\\Ärenden\\a b.case.yaml', line: 3, column: 5, severity: 'info', code: 'schema', message: 'Value `a: [b]` is odd: see x:1:2.' },
    ]);
  });
});
