// Real git repositories in temporary folders, with the machine's git config and identity kept out.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
const root = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'casefile-git-'));
made.push(root);

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** The environment every git in these tests runs with: no GIT_* of the caller, no global or system config. */
export const env: NodeJS.ProcessEnv = (() => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  return {
    ...clean,
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    // A repository above the temp folder must never be found.
    GIT_CEILING_DIRECTORIES: root,
  };
})();

export function tempDir(): string {
  return fs.mkdtempSync(path.join(root, 'd-'));
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

/** A new repository whose first branch is `branch`. */
export function makeRepo(branch = 'main'): string {
  const dir = tempDir();
  git(dir, '-c', `init.defaultBranch=${branch}`, 'init', '-q');
  return dir;
}

/** Writes the files (creating folders), commits everything, and returns the commit id. */
export function commit(dir: string, files: Record<string, string | Uint8Array>, message = 'change'): string {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}
