// Golden scenario tests for the CLI: test/scenarios/<name>/ holds `args` (one line), the input
// (`input/`, or the project folder named in `cwd`), and the expected `stdout` and `status`
// (and `stderr` where it matters). The built CLI runs as a child process, as CI runs it.
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTree } from './tree-snapshot';

const ROOT = path.resolve(__dirname, '..');
const SCENARIOS = path.join(__dirname, 'scenarios');
const BIN = path.join(ROOT, 'bin', 'casefile.js');
const update = process.env.UPDATE_GOLDEN === '1';

describe('cli scenarios', () => {
  for (const name of fs.readdirSync(SCENARIOS).sort()) {
    const dir = path.join(SCENARIOS, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, () => {
      const args = fs.readFileSync(path.join(dir, 'args'), 'utf8').trim().split(/\s+/).filter(Boolean);
      const cwdFile = path.join(dir, 'cwd');
      const cwd = fs.existsSync(cwdFile) ? path.join(ROOT, fs.readFileSync(cwdFile, 'utf8').trim()) : path.join(dir, 'input');
      const before = snapshotTree(cwd);
      const run = spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        encoding: 'utf8',
        // The project's own git history is no input: `report` would date phases by its commits.
        env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1', TZ: 'UTC', GIT_CEILING_DIRECTORIES: ROOT },
      });
      const files = { stdout: run.stdout, status: `${run.status}\n` } as Record<string, string>;
      if (fs.existsSync(path.join(dir, 'stderr')) || (update && run.stderr)) files.stderr = run.stderr;
      for (const [file, actual] of Object.entries(files)) {
        const expectedFile = path.join(dir, file);
        if (update) fs.writeFileSync(expectedFile, actual);
        expect(actual, `${name}/${file}`).toBe(fs.readFileSync(expectedFile, 'utf8'));
      }
      // The command never writes to what it checks.
      expect(snapshotTree(cwd)).toEqual(before);
    });
  }
});
