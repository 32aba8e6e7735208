// The one reader of files on disk: regular files only, capped by the bytes actually read.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../server/src/engine';
import { readRegularFile, unreadableFrom } from '../../server/src/engine/workspace/read-file';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The text read, or the failure. */
const read = (...args: Parameters<typeof readRegularFile>) => {
  const r = readRegularFile(...args);
  return 'bytes' in r ? Buffer.from(r.bytes).toString() : r;
};

describe('readRegularFile', () => {
  it('reads a file up to the cap; one byte over is too large, with its size', () => {
    const file = path.join(dir, 'ten');
    fs.writeFileSync(file, '0123456789');
    expect(read(file, { maxBytes: 10 })).toBe('0123456789');
    expect(readRegularFile(file, { maxBytes: 9 })).toEqual({ error: 'too-large', size: 10 });
  });

  it('caps by the bytes it reads, not by the size fstat claims (0 for /proc files)', () => {
    expect(fs.statSync('/proc/self/status').size).toBe(0);
    expect(readRegularFile('/proc/self/status', { maxBytes: 100 })).toEqual({ error: 'too-large-read' });
    expect(read('/proc/self/status', { maxBytes: 1 << 20 })).toMatch(/^Name:/);
  });

  it('names what is not a regular file, and never opens a device', () => {
    expect(readRegularFile(dir, { maxBytes: 10 })).toEqual({ error: 'folder' });
    expect(readRegularFile('/dev/zero', { maxBytes: 10 })).toEqual({ error: 'device' });
    expect(readRegularFile(path.join(dir, 'none'), { maxBytes: 10 })).toEqual({ error: 'not-found' });
    const a = path.join(dir, 'loop-a');
    fs.symlinkSync('loop-b', a);
    fs.symlinkSync('loop-a', path.join(dir, 'loop-b'));
    expect(readRegularFile(a, { maxBytes: 10 })).toEqual({ error: 'link-loop' });
  });

  it('does not follow a link out of the root; a link inside it is fine', () => {
    const root = path.join(dir, 'root');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(dir, 'secret'), 'x');
    fs.writeFileSync(path.join(root, 'mine'), 'y');
    fs.symlinkSync('../secret', path.join(root, 'out'));
    fs.symlinkSync('mine', path.join(root, 'in'));
    expect(readRegularFile(path.join(root, 'out'), { maxBytes: 10, root })).toEqual({ error: 'outside-root' });
    expect(read(path.join(root, 'in'), { maxBytes: 10, root })).toBe('y');
    // A plain file below a linked folder that leads out.
    fs.mkdirSync(path.join(dir, 'away'));
    fs.writeFileSync(path.join(dir, 'away', 'plain'), 'z');
    fs.symlinkSync('../away', path.join(root, 'linked'));
    expect(read(path.join(root, 'linked', 'plain'), { maxBytes: 10, root })).toEqual({ error: 'outside-root' });
    expect(read(path.join(root, 'linked', 'plain'), { maxBytes: 10 })).toBe('z');
    // The root itself reached through a link.
    const alias = path.join(dir, 'alias');
    fs.symlinkSync('root', alias);
    expect(read(path.join(alias, 'in'), { maxBytes: 10, root: alias })).toBe('y');
    expect(readRegularFile(path.join(alias, 'out'), { maxBytes: 10, root: alias })).toEqual({ error: 'outside-root' });
  });
});

describe('unreadableFrom', () => {
  const options = { locale: 'en' as const, policy: defaultPolicy() };
  const one = (failure: Parameters<typeof unreadableFrom>[2]) => unreadableFrom('f', 'case', failure, options).findings.map((f) => [f.rule, f.severity, f.message]);

  it('gives every failure its message in words', () => {
    expect(one({ error: 'too-large', size: 6 * 1048576 })).toEqual([
      ['unreadable-file', 'error', 'The file is 6.0 MB, over the 5 MB limit, and was not parsed. A case file should be small; move attachments out of the repository.'],
    ]);
    expect(one({ error: 'link-loop' })).toEqual([['unreadable-file', 'warning', 'This symbolic link leads round in a loop and never reaches a file; it was not followed.']]);
    expect(one({ error: 'permission' })[0]![2]).toBe('The file could not be read: permission denied. Give the user running Casefile read access.');
    expect(one({ error: 'read-error', detail: 'EIO' })[0]![2]).toBe('The file could not be read: EIO.');
    for (const error of ['too-large-read', 'fifo', 'socket', 'device', 'folder', 'not-found', 'outside-root'] as const) {
      const [f] = unreadableFrom('f', 'case', { error }, { ...options, locale: 'sv' }).findings;
      expect(f!.message).not.toMatch(/unreadable-file:|\{/);
    }
  });
});
