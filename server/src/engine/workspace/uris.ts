// File names decide what a document is, never the language id the client gave it.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CASE_FILE, DIRECTORY_FILE, POLICY_FILE } from './scan';
import type { CaseFileKind } from '..';

/** The file system path of a file: URI; undefined for other schemes (untitled, git, …). */
export function pathOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A document with no file on disk (untitled:, vscode-vfs:, …): the last segment of its URI's path,
 * which names its kind as a file name would; undefined for file: URIs and what does not parse.
 */
export function virtualName(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? undefined : path.posix.basename(parsed.path);
  } catch {
    return undefined;
  }
}

// Building a file URI costs about 10 µs; the case index names every case at each request (10,000 cases: 100 ms).
const uris = new Map<string, string>();
const MAX_URIS = 200_000;

export function uriOf(absolute: string): string {
  let uri = uris.get(absolute);
  if (uri === undefined) {
    if (uris.size >= MAX_URIS) uris.clear();
    uri = URI.file(absolute).toString();
    uris.set(absolute, uri);
  }
  return uri;
}

export function kindOf(file: string): CaseFileKind | undefined {
  const name = path.basename(file);
  if (CASE_FILE.test(name)) return 'case';
  if (name === POLICY_FILE) return 'policy';
  if (name === DIRECTORY_FILE) return 'directory';
  return undefined;
}

export { isInside, relativeTo } from './scan';
