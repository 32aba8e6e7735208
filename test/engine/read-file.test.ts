// The one reader of files on disk: regular files only, capped by the bytes actually read.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../server/src/engine';
import { readHooks, readRegularFile, unreadableFrom } from '../../server/src/engine/workspace/read-file';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  readHooks.afterCheck = undefined;
});

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

describe('readRegularFile: a swap that races the root check', () => {
  /** A root with a file and a folder, and outside it a secret and a folder of the same shape. */
  function layout(name: string) {
    const base = path.join(dir, name);
    const root = path.join(base, 'root');
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    fs.mkdirSync(path.join(base, 'away'));
    fs.writeFileSync(path.join(root, 'mine'), 'mine');
    fs.writeFileSync(path.join(root, 'sub', 'f'), 'inside');
    fs.writeFileSync(path.join(base, 'secret'), 'secret');
    fs.writeFileSync(path.join(base, 'away', 'f'), 'outside');
    return { base, root };
  }
  /** Runs `swap` once, between the root check and the open of the next read. */
  const onceAfterCheck = (swap: () => void) => {
    readHooks.afterCheck = () => {
      readHooks.afterCheck = undefined;
      swap();
    };
  };

  it('a file replaced by a link out of the root after the check is not read', () => {
    const { base, root } = layout('file-swap');
    const file = path.join(root, 'mine');
    onceAfterCheck(() => {
      fs.rmSync(file);
      fs.symlinkSync(path.join(base, 'secret'), file);
    });
    expect(read(file, { maxBytes: 100, root })).toEqual({ error: 'outside-root' });
    expect(readHooks.afterCheck).toBeUndefined();
  });

  it('a link inside the root retargeted out of it after the check is not read (the inode differs)', () => {
    const { base, root } = layout('link-swap');
    const link = path.join(root, 'in');
    fs.symlinkSync('mine', link);
    expect(read(link, { maxBytes: 100, root })).toBe('mine');
    onceAfterCheck(() => {
      fs.rmSync(link);
      fs.symlinkSync(path.join(base, 'secret'), link);
    });
    expect(read(link, { maxBytes: 100, root })).toEqual({ error: 'outside-root' });
  });

  it('a file replaced by another regular file after the check is read afresh, not refused', () => {
    const { root } = layout('plain-swap');
    const file = path.join(root, 'mine');
    onceAfterCheck(() => {
      fs.writeFileSync(`${file}.new`, 'saved');
      fs.renameSync(`${file}.new`, file);
    });
    expect(read(file, { maxBytes: 100, root })).toBe('saved');
  });

  it('a folder swapped for a link out of the root right after a read is noticed at once (no cached real path)', () => {
    const { base, root } = layout('folder-swap');
    const file = path.join(root, 'sub', 'f');
    expect(read(file, { maxBytes: 100, root })).toBe('inside');
    fs.renameSync(path.join(root, 'sub'), path.join(base, 'old-sub'));
    fs.symlinkSync(path.join(base, 'away'), path.join(root, 'sub'));
    expect(read(file, { maxBytes: 100, root })).toEqual({ error: 'outside-root' });
    expect(read(file, { maxBytes: 100 })).toBe('outside');
  });

  it.runIf(process.platform === 'linux')('a folder swapped for a link out of the root between the check and the open is not read', () => {
    const { base, root } = layout('folder-race');
    const file = path.join(root, 'sub', 'f');
    onceAfterCheck(() => {
      fs.renameSync(path.join(root, 'sub'), path.join(base, 'old-sub'));
      fs.symlinkSync(path.join(base, 'away'), path.join(root, 'sub'));
    });
    expect(read(file, { maxBytes: 100, root })).toEqual({ error: 'outside-root' });
  });

  it('a link that led nowhere at the check but leads out of the root at the open is not read', () => {
    const { base, root } = layout('dangling');
    const link = path.join(root, 'later');
    fs.symlinkSync(path.join(base, 'not-yet'), link);
    expect(read(link, { maxBytes: 100, root })).toEqual({ error: 'not-found' });
    onceAfterCheck(() => fs.writeFileSync(path.join(base, 'not-yet'), 'outside'));
    expect(read(link, { maxBytes: 100, root })).toEqual({ error: 'outside-root' });
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
