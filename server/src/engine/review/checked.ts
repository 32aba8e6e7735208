// What compare.ts is given: one snapshot of a case repository, every file already checked.
// The pipeline (git → check) builds these; comparing them is pure.
import type { Finding } from '../types';

/** One checked file of a snapshot. */
export interface CheckedFile {
  /** Relative to the working directory, `/` separators, as check names files. */
  file: string;
  /** Path from the repository root (the folder of casefile.yaml), `/` separators: identity of a case without id. */
  rel: string;
  kind: 'case' | 'policy' | 'directory';
  /** git blob id of the content: equal blobs mean equal content, so their diff is skipped. */
  blob: string;
  /** The case's id, title and phase, where the file has them (strings only). */
  id?: string;
  title?: string;
  phase?: string;
  /** Final findings (cross-file ones included, suppressions applied; suppressed ones carry `suppressed`). */
  findings: Finding[];
  /** The parsed YAML value, computed on demand (only changed cases are asked). undefined when it does not parse. */
  value(): unknown;
}

/** A repository at one commit (or the working tree, `commit: null`). */
export interface CheckedSnapshot {
  commit: string | null;
  files: CheckedFile[];
  /** The policy's `docs_url` (rule links), when it sets one. */
  docsUrl?: string;
}
