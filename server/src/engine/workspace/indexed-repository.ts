// One repository as the server holds it: its settings and, per file, only what later steps need.
import { countFindings } from '../findings';
import type { CaseFacts } from '../rules/api';
import type { CaseFileKind, CheckOptions, FileResult, Finding } from '..';
import type { CaseRef } from '../editing';

export interface Entry {
  abs: string;
  /** The name the engine uses: relative to the root, forward slashes. */
  rel: string;
  kind: CaseFileKind;
  /** The file's own check; `parsed` is kept only while the document is open. */
  local: FileResult;
  /** The open document's version the local result is for; undefined when read from disk. */
  version?: number;
  /** Settings generation and day the local result was computed under. */
  stamp: string;
  /** The cross-file findings last applied, as JSON ('' for none). */
  crossKey: string;
  /** Those findings, and the facts they were computed from (a later edit may only move them). */
  cross?: Finding[];
  crossFacts?: CaseFacts;
  /** Final findings: local and cross-file, directives applied, sorted. */
  findings: Finding[];
  /** What the index shows of it (signatureOf), to notice when the index changes. */
  signature: string;
}

export class Repo {
  /** Bumped whenever the settings (or the locale) change: every local result is then stale. */
  gen = 0;
  /** The day the settings were loaded; a new day re-checks everything (stale-case). */
  today = '';
  options!: CheckOptions;
  readonly entries = new Map<string, Entry>();
  /** Case files found on disk and not yet checked (a reload that was cut short leaves them here). */
  pending: string[] = [];
  /** Symbolic links that loop, reported like the CLI does. */
  loops: string[] = [];
  /** Bumped when a case comes or goes or its facts change beyond positions: cross-file findings may change. */
  factsGen = 0;
  /** The factsGen and stamp the last cross-file step ran at. */
  crossAt = '';
  /** A worker-pool run is under way; `again` asks for another when it ends. */
  pooling = false;
  again = false;

  constructor(
    readonly root: string,
    /** True for a workspace folder's repository (closed files indexed); false for a loose file's. */
    readonly scanned: boolean,
  ) {}

  stamp(): string {
    return `${this.gen}|${this.today}`;
  }

  facts(): CaseFacts[] {
    const out: CaseFacts[] = [];
    for (const e of this.entries.values()) if (e.local.facts) out.push(e.local.facts);
    return out;
  }

  /** The cases' ids, titles, kinds and phases, the first file of a duplicate id winning. */
  caseRefs(): CaseRef[] {
    const refs = new Map<string, CaseRef>();
    for (const e of this.entries.values()) {
      const id = e.local.facts?.id?.value;
      if (!id || refs.has(id)) continue;
      const { title, kind, phase } = e.local.summary ?? {};
      refs.set(id, { id, ...(title ? { title } : {}), ...(kind ? { kind } : {}), ...(phase ? { phase } : {}) });
    }
    return [...refs.values()];
  }

  caseIds(): string[] {
    const ids = new Set<string>();
    for (const e of this.entries.values()) if (e.local.facts?.id) ids.add(e.local.facts.id.value);
    return [...ids];
  }

  cases(): Entry[] {
    return [...this.entries.values()].filter((e) => e.kind === 'case');
  }
}

/** What the index shows of an entry: counts, summary, the timeline (time in phase) and the day it counts to. */
export function signatureOf(e: Pick<Entry, 'findings' | 'local' | 'stamp'>): string {
  const { errors, warnings, infos } = countFindings(e.findings);
  const s = e.local.summary;
  const day = e.stamp.slice(e.stamp.indexOf('|') + 1);
  return JSON.stringify([errors, warnings, infos, s?.id, s?.title, s?.kind, s?.phase, s?.timeline, day]);
}
