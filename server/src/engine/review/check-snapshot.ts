// Checks a snapshot: settings first (its own casefile.yaml and directory.yaml judge it), then each
// distinct blob once — a blob already checked under the same settings (in this run, or in the
// result cache) is reused, since its single-file findings cannot differ — then the cross-file step
// over the whole index.
import type { CheckOptions, FileResult } from '../check';
import { parseYaml } from '../parse';
import { loadSettings, finishRepository } from '../repository';
import { decodeBytes } from '../text';
import type { Locale } from '../types';
import { checkByBlob, type ResultStore } from '../workspace/cached-check';
import { unreadableFrom, type ReadFailure } from '../workspace/read-file';
import { settingsDigest } from '../workspace/result-cache';
import type { CheckedFile, CheckedSnapshot } from './checked';
import type { Snapshot, SnapshotFile } from './snapshot';

/** Results of single files by settings digest and blob id, shared by the base and the head of one run. */
export type ResultMemo = Map<string, Map<string, FileResult>>;

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
  const store = memoized(run.memo, digest, run.store?.(digest));

  const byFile = new Map<SnapshotFile, FileResult>();
  const readable: SnapshotFile[] = [];
  for (const f of snap.cases) {
    if (f.content === undefined || f.content instanceof Uint8Array) readable.push(f);
    else byFile.set(f, unreadableFrom(run.display(f.rel), 'case', f.content, options));
  }
  const jobs = readable.map((f) => ({ blob: f.blob, file: run.display(f.rel), source: f }));
  const checked = await checkByBlob(jobs, options, store, (misses) => {
    // One read from git for what is checked and what a comparison will parse.
    const wanted = misses.map((m) => m.source);
    snap.load([...wanted, ...snap.cases.filter((f) => run.preload?.(f))]);
    return wanted.map((f) => f.content ?? { error: 'not-found' });
  });
  readable.forEach((f, i) => byFile.set(f, checked[i]!));
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
  return { commit: snap.commit, files, ...(settings.policy.docsUrl !== undefined && { docsUrl: settings.policy.docsUrl }) };
}

const bytesOf = (f: SnapshotFile | undefined) => (f?.content instanceof Uint8Array ? f.content : undefined);

/**
 * The run's memo for a settings digest over the persistent store: a blob checked for the base is
 * reused for the head without asking the store again. Each `get` gives an object of its own.
 */
function memoized(memo: ResultMemo, digest: string, persistent: ResultStore | undefined): ResultStore {
  let own = memo.get(digest);
  if (!own) memo.set(digest, (own = new Map()));
  const kept = own;
  return {
    get(blob, file) {
      const hit = kept.get(blob) ?? persistent?.get(blob, file);
      if (!hit) return undefined;
      kept.set(blob, hit);
      return { ...hit, file, facts: hit.facts && { ...hit.facts, file } };
    },
    set(blob, result) {
      kept.set(blob, result);
      persistent?.set(blob, result);
    },
  };
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
