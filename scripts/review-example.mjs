// Renders docs/review-example.md (and .sv.md): the pull-request comment `casefile review` writes for
// a realistic change to samples/, made in a throwaway git repository. With --check, fails when the
// committed files differ from a fresh render (a test runs that), so the README's example never lies.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'casefile.js');

/** The pull request: what an innovation officer's week of edits looks like. */
const EDITS = [
  {
    file: 'cases/2025/vgr-2025-017.case.yaml',
    replace: [
      ['phase: planning', 'phase: execution'],
      ['  - type: assignment\n    status: draft\n', '  - type: assignment\n    status: signed\n    signed: 2026-11-20\n'],
      ['  - type: confidentiality\n    status: draft\n', '  - type: confidentiality\n    status: signed\n    signed: 2026-11-20\n'],
      ['  - type: data-processing\n    status: draft\n', '  - type: data-processing\n    status: signed\n    signed: 2026-11-20\n'],
      ['tags: [artros', '  - date: 2026-11-20\n    event: Avtalen undertecknade; testet startar i december.\ntags: [artros'],
    ],
  },
  {
    file: 'cases/2026/vgr-2026-027.case.yaml',
    replace: [
      [
        '    decision: approved\n    date: 2026-10-14\n',
        '    decision: approved\n    date: 2026-10-14\n  - unit: VGR/Primärvård/VC-Alingsås\n    by: Mikael Strand\n    role: verksamhetschef\n    decision: approved\n    date: 2026-11-18\n',
      ],
    ],
  },
  { file: 'cases/2026/vgr-2026-030.case.yaml', replace: [['phase: needs', 'phase: planning']] },
  {
    file: 'cases/2026/vgr-2026-031.case.yaml',
    create: `version: 1
id: VGR-2026-031
title: "Behov: digitalt stöd för läkemedelsgenomgångar"
kind: need-announcement
origin: need
phase: needs
opened: 2026-11-19
need:
  statement: Vårdcentralerna hinner inte genomföra läkemedelsgenomgångar för alla äldre med många läkemedel.
  verified: false
stakeholders:
  - role: innovation-officer
    name: Karin Sjöberg
    unit: VGR/FoUUI-Primär-och-nära-vård
log:
  - date: 2026-11-19
    event: Behovet lyft av primärvårdens läkemedelsråd.
tags: [behov, läkemedel, primärvård]
`,
  },
];

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Casefile example',
  GIT_AUTHOR_EMAIL: 'example@example.org',
  GIT_COMMITTER_NAME: 'Casefile example',
  GIT_COMMITTER_EMAIL: 'example@example.org',
  GIT_AUTHOR_DATE: '2026-11-23T09:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-23T09:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd, ...args) {
  const run = spawnSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

export function renderExample() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-example-'));
  try {
    GIT_ENV.HOME = dir;
    const repo = path.join(dir, 'repo');
    fs.cpSync(path.join(ROOT, 'samples'), repo, { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'The sample cases');
    git(repo, 'checkout', '-q', '-b', 'week-47');
    for (const edit of EDITS) {
      const file = path.join(repo, edit.file);
      if (edit.create) fs.writeFileSync(file, edit.create);
      let text = fs.readFileSync(file, 'utf8');
      for (const [from, to] of edit.replace ?? []) {
        if (!text.includes(from)) throw new Error(`${edit.file}: '${from}' not found`);
        text = text.replace(from, to);
      }
      fs.writeFileSync(file, text);
    }
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'Week 47');
    const out = {};
    for (const lang of ['en', 'sv']) {
      const run = spawnSync(process.execPath, [BIN, 'review', '--base', 'main', '--today', '2026-11-23', '--lang', lang], {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, TZ: 'UTC', NO_COLOR: '1' },
      });
      if (run.status !== 0 && run.status !== 1) throw new Error(`casefile review exited ${run.status}: ${run.stderr}`);
      out[lang] = run.stdout;
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const EXAMPLE_FILES = { en: path.join(ROOT, 'docs', 'review-example.md'), sv: path.join(ROOT, 'docs', 'review-example.sv.md') };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = renderExample();
  const check = process.argv.includes('--check');
  let stale = false;
  for (const lang of ['en', 'sv']) {
    const file = EXAMPLE_FILES[lang];
    const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === out[lang];
    if (check && !same) stale = true;
    if (!check && !same) {
      fs.writeFileSync(file, out[lang]);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  if (stale) {
    console.error('docs/review-example*.md are stale: run node scripts/review-example.mjs');
    process.exit(1);
  }
}
