// Checks a snapshot: settings first (its own casefile.yaml and directory.yaml judge it), then each
// distinct blob once — a blob already checked under the same settings (in this run, or in the
// result cache) is reused, since its single-file findings cannot differ — then the cross-file step
// over the whole index.
import type { CheckOptions, FileResult } from '../check';
import { parseYaml } from '../parse';
import { loadSettings, finishRepository } from '../repository';
import { decodeBytes } from '../text';
import type { Locale } from '../types';
import { checkMany } from '../workspace/pool';
import { unreadableFrom, type ReadFailure } from '../workspace/read-file';
import { settingsDigest } from '../workspace/result-cache';
import type { CheckedFile, CheckedSnapshot } from './checked';
import type { Snapshot, SnapshotFile } from './snapshot';

/** Results of single files by settings digest and blob id, shared by the base and the head of one run. */
export type ResultMemo = Map<string, Map<string, FileResult>>;

/** A store that outlives the run (workspace/result-cache.ts), consulted after the memo. */
export interface ResultStore {
  get(blob: string, file: string): FileResult | undefined;
  set(blob: string, result: FileResult): void;
}

export interface SnapshotCheck {
  today: string;
  locale: Locale;
  /** A policy file given on the command line (--config): it judges both snapshots; one that cannot be read is reported and the defaults apply. */
  config?: { file: string; content: Uint8Array | ReadFailure };
  /** How findings name a file (relative to the working directory). */
  display: (rel: string) => string;
  /** The repository root on disk, for reading the working tree. */
  root: string;
  memo: ResultMemo;
  /** Opens the persistent store for a settings digest, when caching is on. */
  store?: (digest: string) => ResultStore;
  /** Files to read from git with the rest (in the same process): those a comparison will parse. */
  preload?: (f: SnapshotFile) => boolean;
}

export async function checkSnapshot(snap: Snapshot, run: SnapshotCheck): Promise<CheckedSnapshot> {
  const settingsFiles = [run.config ? undefined : snap.policy, snap.directory].filter((f): f is SnapshotFile => f !== undefined);
  snap.load(settingsFiles);
  const base = { today: run.today, locale: run.locale };
  const input = (f: SnapshotFile | undefined) => (f && f.content instanceof Uint8Array ? { file: run.display(f.rel), content: f.content } : undefined);
  const config = run.config && run.config.content instanceof Uint8Array ? { file: run.config.file, content: run.config.content } : undefined;
  const settings = loadSettings({ policy: run.config ? config : input(snap.policy), directory: input(snap.directory) }, base);
  const options: CheckOptions = { ...base, policy: settings.policy, directory: settings.directory, root: run.root };
  const results: FileResult[] = [...settings.files];
  for (const f of settingsFiles) {
    if (!(f.content instanceof Uint8Array) && f.content) results.push(unreadableFrom(run.display(f.rel), f.kind, f.content, options));
  }
  if (run.config && !config) results.push(unreadableFrom(run.config.file, 'policy', run.config.content as ReadFailure, options));

  // The digest check --cache uses too, so the two commands share stored results.
  const digest = settingsDigest({ policy: run.config ? config?.content : bytesOf(snap.policy), directory: bytesOf(snap.directory) });
  let memo = run.memo.get(digest);
  if (!memo) run.memo.set(digest, (memo = new Map()));
  const store = run.store?.(digest);
  const known = (f: SnapshotFile): FileResult | undefined => {
    const hit = memo.get(f.blob);
    if (hit) return restamp(hit, run.display(f.rel));
    const stored = store?.get(f.blob, run.display(f.rel));
    if (!stored) return undefined;
    // The memo keeps its own object: this snapshot's results are finished (mutated) by finishRepository.
    memo.set(f.blob, stored);
    return restamp(stored, run.display(f.rel));
  };

  const byFile = new Map<SnapshotFile, FileResult>();
  const misses: SnapshotFile[] = [];
  const missed = new Set<string>();
  for (const f of snap.cases) {
    const readable = !f.content || f.content instanceof Uint8Array;
    if (!readable) byFile.set(f, unreadableFrom(run.display(f.rel), 'case', f.content as Exclude<SnapshotFile['content'], Uint8Array | undefined>, options));
    else {
      const hit = known(f);
      if (hit) byFile.set(f, hit);
      else if (!missed.has(f.blob)) {
        missed.add(f.blob);
        misses.push(f);
      }
    }
  }
  snap.load([...misses, ...snap.cases.filter((f) => run.preload?.(f))]);
  // A blob that turned out too large or missing is reported below, never checked from a path on disk.
  const readable = misses.filter((f) => f.content instanceof Uint8Array);
  const jobs = readable.map((f) => ({ absolute: f.rel, file: run.display(f.rel), bytes: f.content as Uint8Array }));
  const checked = await checkMany(jobs, options);
  readable.forEach((f, i) => {
    memo.set(f.blob, checked[i]!);
    store?.set(f.blob, checked[i]!);
  });
  for (const f of snap.cases) {
    if (byFile.has(f)) continue;
    const done = memo.get(f.blob);
    byFile.set(f, done ? restamp(done, run.display(f.rel)) : unreadableFrom(run.display(f.rel), 'case', (f.content as never) ?? { error: 'not-found' }, options));
  }
  for (const f of snap.cases) results.push(byFile.get(f)!);
  finishRepository(results, options);

  const relOf = new Map<FileResult, SnapshotFile>();
  for (const f of snap.cases) relOf.set(byFile.get(f)!, f);
  const files: CheckedFile[] = results.map((r) => {
    const source = relOf.get(r) ?? settingsFiles.find((f) => run.display(f.rel) === r.file);
    return {
      file: r.file,
      rel: source?.rel ?? r.file,
      kind: r.kind,
      blob: source?.blob ?? `config:${r.file}`,
      id: r.summary?.id,
      title: r.summary?.title,
      phase: r.summary?.phase,
      findings: r.findings,
      value: lazyValue(snap, source),
    };
  });
  return { commit: snap.commit, files };
}

const bytesOf = (f: SnapshotFile | undefined) => (f?.content instanceof Uint8Array ? f.content : undefined);

/** A result reused under another name: its own object, so finishing one snapshot never touches another's. */
function restamp(result: FileResult, file: string): FileResult {
  return { ...result, file, facts: result.facts && { ...result.facts, file } };
}

/** The parsed value of a file, read and parsed only when a comparison asks (changed cases only). */
function lazyValue(snap: Snapshot, source: SnapshotFile | undefined): () => unknown {
  let done = false;
  let value: unknown;
  return () => {
    if (done || !source) return value;
    done = true;
    snap.load([source]);
    if (!(source.content instanceof Uint8Array)) return undefined;
    const decoded = decodeBytes(source.content);
    value = decoded.ok ? parseYaml(decoded.text).value : undefined;
    return value;
  };
}
