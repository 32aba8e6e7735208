// A file's text for a rename or a look into directory.yaml: read as the workspace reads files
// (regular files only, inside the root, under the size cap), the byte-order mark dropped.
import { readRegularFile } from '../workspace/read-file';
import { decodeBytes, MAX_FILE_BYTES, withoutBom } from '../text';

/** The text of a file on disk, or undefined when it cannot be read or is not UTF-8 text. */
export function readText(abs: string, root: string): string | undefined {
  const read = readRegularFile(abs, { maxBytes: MAX_FILE_BYTES, root });
  if (!('bytes' in read)) return undefined;
  const decoded = decodeBytes(read.bytes);
  return decoded.ok ? withoutBom(decoded.text) : undefined;
}
