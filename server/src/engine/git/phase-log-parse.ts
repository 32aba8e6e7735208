// Parsing the two `git log` outputs that phase-log.ts reads: the file changes of every commit
// (`--name-status -z`), and the `phase:` lines each commit's patch removed and added (`-G -U0 -p`).
import { parse } from 'yaml';
import { OBJECT_ID } from './git';
import { pathOf } from './objects';

/** One changed path of a commit: `A`dded, `M`odified, `D`eleted, `R`enamed/`C`opied (from → path), … */
export interface PathChange {
  status: string;
  path: string;
  from?: string;
}

export interface CommitChanges {
  commit: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  paths: PathChange[];
}

/** The header our `--format` writes before each commit: \x01, the id, a space, the committer date. */
export const COMMIT_MARK = '\x01';
// The object id pattern of git.ts, without its anchors.
const ID = OBJECT_ID.source.slice(1, -1);
const HEADER = new RegExp(`^${COMMIT_MARK}(${ID}) (\\d{4}-\\d\\d-\\d\\d)$`);
const COMMIT_LINE = new RegExp(`^${COMMIT_MARK}(${ID})$`);
const STATUS = /^[ACDMRTUXB]\d*$/;
// A merge's dense combined entry: one letter per parent, one path (the merge's).
const COMBINED_STATUS = /^[ACDMRTUXB]{2,}$/;

// A path that is not UTF-8 cannot be named the same way on disk: left out, as objects.ts does.
const decode = pathOf;

/** `git log --name-status -z --format=%x01%H %cs`, newest commit first. */
export function parseNameStatus(out: Buffer): CommitChanges[] {
  const tokens: Buffer[] = [];
  for (let start = 0; start <= out.length;) {
    const end = out.indexOf(0, start);
    const stop = end < 0 ? out.length : end;
    tokens.push(out.subarray(start, stop));
    start = stop + 1;
  }
  const commits: CommitChanges[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.toString('latin1').replace(/^\n/, '');
    if (token === '') continue;
    const header = HEADER.exec(token);
    if (header) {
      commits.push({ commit: header[1]!, date: header[2]!, paths: [] });
      continue;
    }
    if (COMBINED_STATUS.test(token)) {
      const file = decode(tokens[++i] ?? Buffer.alloc(0));
      // New to every parent: created by the merge; else the merge's own change of the file.
      const status = /^A+$/.test(token) ? 'A' : /^D+$/.test(token) ? 'D' : 'M';
      if (file !== undefined) commits[commits.length - 1]?.paths.push({ status, path: file });
      continue;
    }
    if (!STATUS.test(token)) continue;
    const two = token[0] === 'R' || token[0] === 'C';
    const first = decode(tokens[++i] ?? Buffer.alloc(0));
    const second = two ? decode(tokens[++i] ?? Buffer.alloc(0)) : undefined;
    const current = commits[commits.length - 1];
    if (!current || first === undefined || (two && second === undefined)) continue;
    current.paths.push(two ? { status: token[0]!, from: first, path: second! } : { status: token[0]!, path: first });
  }
  return commits;
}

/** What a commit did to a file's `phase:` line: the value it set ('' when it removed the key). */
export interface PhaseLineChange {
  commit: string;
  /** The path after the commit, from the repository's top. */
  path: string;
  phase: string;
}

/**
 * `git log -p -U0 --diff-merges=dense-combined -G<phase line> --format=%x01%H --src-prefix=a/ --dst-prefix=b/`: per commit
 * and file, the value the top-level `phase:` line got, when the value changed. A changed comment or
 * spacing on that line is no change; a new file is a creation, not a move, and a deleted one has
 * no phase: neither is listed. A merge's combined diff (`diff --cc`, one column per parent) counts
 * when its phase line is new to every parent and its value is none of theirs.
 */
export function parsePhasePatches(out: Buffer): PhaseLineChange[] {
  const changes: PhaseLineChange[] = [];
  let commit: string | undefined;
  let file: { path?: string; created: boolean; removed?: string; added?: string; inHunks: boolean; parents: number; parentValues: Set<string> } | undefined;
  const finish = () => {
    if (commit && file?.path !== undefined && !file.created) {
      const { removed, added } = file;
      if (file.parents > 1) {
        // Only a value the merge made itself; taking one side's value leaves it to that side's commit.
        if (added !== undefined && !file.parentValues.has(added)) changes.push({ commit, path: file.path, phase: added });
      } else if (added !== undefined ? added !== removed : removed !== undefined) changes.push({ commit, path: file.path, phase: added ?? '' });
    }
    file = undefined;
  };
  for (const line of out.toString('utf8').split('\n')) {
    if (line.startsWith(COMMIT_MARK)) {
      finish();
      commit = COMMIT_LINE.exec(line)?.[1];
    } else if (line.startsWith('diff --git ')) {
      finish();
      file = { created: false, inHunks: false, parents: 1, parentValues: new Set() };
    } else if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      finish();
      file = { created: false, inHunks: false, parents: 2, parentValues: new Set() };
    } else if (!file) {
      continue;
    } else if (!file.inHunks) {
      // `index a,b..c`: one id per parent.
      if (file.parents > 1 && line.startsWith('index ')) file.parents = (line.slice(6).split('..')[0] ?? '').split(',').length;
      if (line.startsWith('--- ')) file.created = line === '--- /dev/null';
      else if (line.startsWith('+++ ')) {
        file.inHunks = true;
        file.path = line === '+++ /dev/null' ? undefined : headerPath(line.slice(4));
      }
    } else if (file.parents > 1) {
      const columns = line.slice(0, file.parents);
      const value = /^[-+ ]+$/.test(columns) ? phaseValue(line.slice(file.parents)) : undefined;
      if (value === undefined) continue;
      if (columns.includes('-')) file.parentValues.add(value);
      else if (!columns.includes(' ')) file.added = value;
    } else if (line.startsWith('-phase') || line.startsWith('+phase')) {
      const value = phaseValue(line.slice(1));
      if (value === undefined) continue;
      if (line[0] === '-') file.removed = value;
      else file.added = value;
    }
  }
  finish();
  return changes;
}

/** `b/path` (a tab follows a name with a space), or the C-quoted `"b/p\303\245th"`. */
function headerPath(text: string): string | undefined {
  const raw = text.startsWith('"') ? unquoteC(text) : text.replace(/\t$/, '');
  if (raw === undefined || !raw.startsWith('b/') || raw.includes('\uFFFD')) return undefined;
  return raw.slice(2);
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Git's C-style quoting, with octal escapes for bytes; undefined for a name that is not UTF-8. */
function unquoteC(text: string): string | undefined {
  const end = text.lastIndexOf('"');
  if (end <= 0) return undefined;
  const bytes: number[] = [];
  const body = Buffer.from(text.slice(1, end), 'utf8');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== 92) {
      bytes.push(c);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString('latin1'), 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next]!);
      i += 1;
    } else return undefined;
  }
  return decode(Buffer.from(bytes));
}

const SIMPLE_PHASE = /^phase[ \t]*:(?:[ \t]+(?:"([\w-]*)"|'([\w-]*)'|([\w-]+)))?[ \t]*(?:[ \t]#.*)?\r?$/;

/** The value of a top-level `phase: …` line (quotes and comment aside); undefined for another key such as `phases:`. */
export function phaseValue(line: string): string | undefined {
  if (!/^phase[ \t]*:/.test(line)) return undefined;
  // The usual forms without a YAML parser (a parse per line costs more than git's whole pass).
  const simple = SIMPLE_PHASE.exec(line);
  if (simple) return simple[1] ?? simple[2] ?? simple[3] ?? '';
  try {
    const value = (parse(line.replace(/\r$/, '')) as { phase?: unknown } | null)?.phase;
    return value === null || value === undefined ? '' : String(value);
  } catch {
    // Not readable alone (e.g. the start of a block scalar): compare the text.
    return line.slice(line.indexOf(':') + 1).trim();
  }
}
