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

export function uriOf(absolute: string): string {
  return URI.file(absolute).toString();
}

export function kindOf(file: string): CaseFileKind | undefined {
  const name = path.basename(file);
  if (CASE_FILE.test(name)) return 'case';
  if (name === POLICY_FILE) return 'policy';
  if (name === DIRECTORY_FILE) return 'directory';
  return undefined;
}

export { isInside, relativeTo } from './scan';
