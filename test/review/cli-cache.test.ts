// review --cache gives what review without it gives, run after run over one cache (the Action's flow:
// check --cache, then review --cache).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commit, env, git, makeRepo, tempDir } from '../git/fixture';
import { caseYaml } from './snapshot';
import { dedent } from '../helpers';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'casefile.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...env, NO_COLOR: '1', TZ: 'UTC' }, encoding: 'utf8' });

describe('review --cache', () => {
  it('reports the same run after run, after check --cache filled it, as without a cache', () => {
    const dir = makeRepo();
    const a = dedent(caseYaml({ id: 'VGR-2026-001' }));
    commit(dir, { 'casefile.yaml': 'rules: {}\n', 'cases/a.case.yaml': a, 'cases/dup.case.yaml': a, 'cases/b.case.yaml': dedent(caseYaml({ id: 'VGR-2026-002' })) });
    git(dir, 'checkout', '-q', '-b', 'topic');
    // The head gives the copy an id of its own: both duplicate-id findings are fixed.
    fs.writeFileSync(path.join(dir, 'cases/dup.case.yaml'), a.replace('VGR-2026-001', 'VGR-2026-003'));
    const cache = path.join(tempDir(), 'cache');
    const args = ['review', '--base', 'main', '--format', 'json', '--today', '2026-11-23'];
    const plain = run(dir, ...args);
    expect(plain.status).toBe(0);
    const report = JSON.parse(plain.stdout);
    expect(report.findings.fixed.map((f: { rule: string }) => f.rule)).toEqual(['duplicate-id', 'duplicate-id']);
    expect(run(dir, 'check', '--cache-dir', cache, '--today', '2026-11-23').status).toBe(0);
    for (let i = 0; i < 3; i++) {
      const cached = run(dir, ...args, '--cache-dir', cache);
      expect(cached.stdout).toBe(plain.stdout);
      expect(cached.status).toBe(plain.status);
    }
  });
});
