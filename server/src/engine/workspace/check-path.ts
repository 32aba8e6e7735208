// Reads and checks one file from disk; the same call runs in the CLI's workers and in-process.
import { checkBytes, type CheckOptions, type FileResult } from '../check';
import { MAX_FILE_BYTES } from '../text';
import type { CaseFileKind } from '../types';
import { readRegularFile, unreadableFrom } from './read-file';

export function checkPath(absolute: string, file: string, kind: CaseFileKind, options: CheckOptions): FileResult {
  const read = readRegularFile(absolute, { maxBytes: MAX_FILE_BYTES, root: options.root });
  return 'bytes' in read ? checkBytes(file, read.bytes, kind, options) : unreadableFrom(file, kind, read, options);
}
