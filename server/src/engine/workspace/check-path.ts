// Reads and checks one file from disk; the same call runs in the CLI's workers and in-process.
import { checkBytes, unreadableResult, type CheckOptions, type FileResult } from '../check';
import { MAX_FILE_BYTES } from '../text';
import type { CaseFileKind } from '../types';
import { readFileLimited } from './scan';

export function checkPath(absolute: string, file: string, kind: CaseFileKind, options: CheckOptions): FileResult {
  const read = readFileLimited(absolute, MAX_FILE_BYTES);
  if ('bytes' in read) return checkBytes(file, read.bytes, kind, options);
  if (read.error === 'too-large') return unreadableResult(file, kind, 'too-large', options, { size: (read.size / 1048576).toFixed(1) });
  return unreadableResult(file, kind, 'read-error', options, { detail: read.detail });
}
