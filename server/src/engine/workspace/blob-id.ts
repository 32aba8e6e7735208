// Git's blob id of file bytes (sha1 of `blob <length>\0` + bytes): the key under which a case
// file's single-file result is cached, the same id `git` gives the file in any commit.
import { createHash } from 'node:crypto';

export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
