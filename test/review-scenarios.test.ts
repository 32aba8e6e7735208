// Golden scenario tests for `casefile review`: each test/review-scenarios/<name>/ builds a real git
// repository in a temporary folder and runs the built CLI in it, as CI runs it.
//
// A scenario folder holds:
//   base/     the tree of the base commit (on branch `main`), committed byte for byte
//   head/     the tree of the head commit (branch `topic`, checked out); files absent from head/ are deleted
//   main/     optional: the tree of a later commit on `main` after `topic` branched off, so that the
//             merge base differs from main's tip
//   work/     optional: copied over the head as uncommitted edits; `work/.deleted` lists paths to delete
//   from      optional: the name of another scenario whose base/, head/, main/, work/ (and setup, unless
//             this folder has its own) are used
//   args      one line; `{base}`, `{head}` and `{main}` become the commits' ids
//   setup     optional: one flag per line (below)
//   cwd       optional: a folder inside the repository to run in (default: its top)
//   env       optional: KEY=VALUE lines added to the CLI's environment
//   stdout, status, stderr (stderr is compared only where the file exists)
//   NOTE      optional: the expected output is written by hand (what the command should say, where it
//             does not yet); UPDATE_GOLDEN=1 leaves such a scenario's expected files alone
//
// Setup flags:
//   crlf      head/'s case files are committed with CRLF line ends
//   no-git    the CLI runs with a PATH that holds no git
//   no-repo   the CLI runs in a plain copy of the head tree (work/ applied), no git repository around it
//   shallow   the CLI runs in `git clone --depth 1 --branch topic file://…` of the built repository
//   shallow-all  as shallow, with --no-single-branch: origin/main is there, their merge base is not
//   clone     the CLI runs in a full `git clone --branch topic file://…`; origin/HEAD is origin/main
//   no-main   branch `main` is renamed `trunk`, so no default base can be found
//   no-origin-head  with clone: origin/HEAD is deleted, so origin/main must be found by name
//
// Commits have fixed names, e-mails and dates, so their ids (and the JSON's `base`/`head`) are stable.
// The folder the CLI runs in is written `<repo>` in the outputs, other temporary paths `<tmp>`.
// Every file under the folder the CLI runs in, `.git` included, must be byte-identical (with the
// same mtime) after the run: review never writes. Scenarios with the same inputs share a repository
// and HOME, and run in name order, so a result cache under HOME persists from one to the next.
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing it.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { snapshotTree } from './tree-snapshot';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SCENARIOS = path.join(__dirname, 'review-scenarios');
const BIN = path.join(ROOT, 'bin', 'casefile.js');
const update = process.env.UPDATE_GOLDEN === '1';
const FLAGS = new Set(['crlf', 'no-git', 'no-repo', 'shallow', 'shallow-all', 'clone', 'no-main', 'no-origin-head']);

// REVIEW_SCENARIOS_KEEP=1 keeps the repositories for a look after the run (the folder is printed).
const keep = process.env.REVIEW_SCENARIOS_KEEP === '1';
const TMP = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-review-')));
afterAll(() => (keep ? console.log(`review scenarios kept in ${TMP}`) : fs.rmSync(TMP, { recursive: true, force: true })));

/** Git's environment: no user or system configuration, no repository above the temporary folder. */
function gitEnv(home: string, date?: string): NodeJS.ProcessEnv {
  const who = { GIT_AUTHOR_NAME: 'Ada Reviewer', GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_COMMITTER_NAME: 'Ada Reviewer', GIT_COMMITTER_EMAIL: 'ada@example.org' };
  const when = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return { PATH: process.env.PATH, LANG: 'C', TZ: 'UTC', HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: TMP, ...who, ...when };
}

function git(cwd: string, home: string, args: string[], date?: string): string {
  const options: SpawnSyncOptions = { cwd, env: gitEnv(home, date), encoding: 'utf8' };
  const run = spawnSync('git', args, options);
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${run.stderr}`);
  return String(run.stdout).trim();
}

/** Every file under dir, relative, `/` separators; `.deleted` is an instruction, not a file. */
function filesUnder(dir: string, rel = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dir, r) : r === '.deleted' ? [] : [r];
  });
}

function copyTree(from: string, to: string, crlf = false): void {
  for (const rel of filesUnder(from)) {
    let bytes = fs.readFileSync(path.join(from, rel));
    if (crlf && /\.case\.ya?ml$/.test(rel)) bytes = Buffer.from(bytes.toString('utf8').replace(/\r?\n/g, '\r\n'), 'utf8');
    fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
    fs.writeFileSync(path.join(to, rel), bytes);
  }
}

/** Makes the work tree (outside .git) exactly the tree in `from`. */
function replaceTree(repo: string, from: string, crlf = false): void {
  for (const e of fs.readdirSync(repo)) if (e !== '.git') fs.rmSync(path.join(repo, e), { recursive: true, force: true });
  copyTree(from, repo, crlf);
}

function applyWork(repo: string, work: string): void {
  copyTree(work, repo);
  const deleted = path.join(work, '.deleted');
  if (fs.existsSync(deleted)) {
    for (const rel of fs.readFileSync(deleted, 'utf8').split('\n').filter(Boolean)) {
      const target = path.join(repo, rel);
      if (!fs.existsSync(target)) throw new Error(`work/.deleted names a file that is not there: ${rel}`);
      fs.rmSync(target);
    }
  }
}

function commitAll(repo: string, home: string, message: string, date: string): string {
  git(repo, home, ['add', '-A']);
  git(repo, home, ['commit', '-q', '--allow-empty', '-m', message], date);
  return git(repo, home, ['rev-parse', 'HEAD']);
}

interface Built {
  /** Where the CLI runs. */
  cwd: string;
  home: string;
  ids: Record<string, string>;
}

// Scenarios that share inputs and setup share one repository: review never writes (each run asserts it).
const built = new Map<string, Built>();

function build(inputs: string, flags: Set<string>): Built {
  const key = [path.basename(inputs), ...[...flags].sort()].join('+');
  if (!built.has(key)) built.set(key, buildRepository(path.join(TMP, key), inputs, flags));
  return built.get(key)!;
}

function buildRepository(top: string, inputs: string, flags: Set<string>): Built {
  const home = path.join(top, 'home');
  const origin = path.join(top, 'repo');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(origin, { recursive: true });
  const work = path.join(inputs, 'work');
  if (flags.has('no-repo')) {
    copyTree(path.join(inputs, 'head'), origin, flags.has('crlf'));
    applyWork(origin, work);
    return { cwd: origin, home, ids: {} };
  }
  git(origin, home, ['init', '-q', '-b', 'main']);
  copyTree(path.join(inputs, 'base'), origin);
  const ids: Record<string, string> = { base: commitAll(origin, home, 'base', '2026-11-01T10:00:00+0000') };
  git(origin, home, ['checkout', '-q', '-b', 'topic']);
  replaceTree(origin, path.join(inputs, 'head'), flags.has('crlf'));
  ids.head = commitAll(origin, home, 'head', '2026-11-02T10:00:00+0000');
  if (fs.existsSync(path.join(inputs, 'main'))) {
    // A later commit on main, made in a second work tree so that topic stays checked out.
    const side = path.join(top, 'main-side');
    git(origin, home, ['worktree', 'add', '-q', side, 'main']);
    replaceTree(side, path.join(inputs, 'main'));
    ids.main = commitAll(side, home, 'main moves on', '2026-11-03T10:00:00+0000');
    git(origin, home, ['worktree', 'remove', '--force', side]);
  }
  if (flags.has('no-main')) git(origin, home, ['branch', '-q', '-m', 'main', 'trunk']);
  let cwd = origin;
  if (flags.has('shallow') || flags.has('shallow-all') || flags.has('clone')) {
    // origin/HEAD of the clone follows the origin's HEAD: point it at main.
    git(origin, home, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
    cwd = path.join(top, 'clone');
    const depth = flags.has('shallow') ? ['--depth', '1'] : flags.has('shallow-all') ? ['--depth', '1', '--no-single-branch'] : [];
    git(top, home, ['clone', '-q', ...depth, '--branch', 'topic', `file://${origin}`, cwd]);
    if (flags.has('no-origin-head')) git(cwd, home, ['remote', 'set-head', 'origin', '--delete']);
  }
  applyWork(cwd, work);
  return { cwd, home, ids };
}

/** The temporary folder's path never reaches a golden file. */
const scrub = (text: string, cwd: string) => text.split(cwd).join('<repo>').split(TMP).join('<tmp>');

describe('review scenarios', () => {
  for (const name of fs.readdirSync(SCENARIOS).sort()) {
    const dir = path.join(SCENARIOS, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, () => {
      const fromFile = path.join(dir, 'from');
      const inputs = fs.existsSync(fromFile) ? path.join(SCENARIOS, fs.readFileSync(fromFile, 'utf8').trim()) : dir;
      const setupFile = fs.existsSync(path.join(dir, 'setup')) ? path.join(dir, 'setup') : path.join(inputs, 'setup');
      const flags = new Set(fs.existsSync(setupFile) ? fs.readFileSync(setupFile, 'utf8').split('\n').filter(Boolean) : []);
      for (const flag of flags) expect(FLAGS.has(flag), `${name}: unknown setup flag ${flag}`).toBe(true);
      const { cwd, home, ids } = build(inputs, flags);
      const args = fs
        .readFileSync(path.join(dir, 'args'), 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((a) =>
          a.replace(/\{(base|head|main)\}/g, (_, id: string) => {
            if (!ids[id]) throw new Error(`${name}: no ${id} commit for {${id}}`);
            return ids[id]!;
          }),
        );
      const noGit = path.join(TMP, 'no-git-bin');
      fs.mkdirSync(noGit, { recursive: true });
      const envFile = path.join(dir, 'env');
      const extra = fs.existsSync(envFile)
        ? fs
            .readFileSync(envFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split(/=(.*)/s).slice(0, 2))
        : [];
      const env = { ...gitEnv(home), NO_COLOR: '1', PATH: flags.has('no-git') ? noGit : process.env.PATH, ...Object.fromEntries(extra) };
      const before = snapshotTree(cwd);
      const cwdFile = path.join(dir, 'cwd');
      const runIn = fs.existsSync(cwdFile) ? path.join(cwd, fs.readFileSync(cwdFile, 'utf8').trim()) : cwd;
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: runIn, env, encoding: 'utf8' });
      const files = { stdout: scrub(run.stdout, cwd), status: `${run.status}\n` } as Record<string, string>;
      if (fs.existsSync(path.join(dir, 'stderr')) || (update && run.stderr && !fs.existsSync(path.join(dir, 'NOTE')))) files.stderr = scrub(run.stderr, cwd);
      for (const [file, actual] of Object.entries(files)) {
        const expectedFile = path.join(dir, file);
        if (update && !fs.existsSync(path.join(dir, 'NOTE'))) fs.writeFileSync(expectedFile, actual);
        expect(actual, `${name}/${file}`).toBe(fs.readFileSync(expectedFile, 'utf8'));
      }
      // The command never writes: not to the work tree, not to .git (no index refresh, no lock files).
      expect(snapshotTree(cwd)).toEqual(before);
    });
  }
});
