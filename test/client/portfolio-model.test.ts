// The Portfolio panel's decisions without an editor: a message from the page opens only a case of
// the index; nonces are fresh; a render that differs only in its nonce is the same document.
import { describe, expect, it } from 'vitest';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { caseToOpen, messagePage, newNonce, withoutNonce } from '../../client/src/portfolio-model';

const CASE = 'file:///ws/cases/2025/vgr-2025-017.case.yaml';
const index: CaseIndex = { cases: [{ uri: CASE, id: 'VGR-2025-017', errors: 0, warnings: 0, infos: 0 }], errors: 0, warnings: 0, infos: 0 };

describe('caseToOpen', () => {
  it('opens a case of the current index', () => {
    expect(caseToOpen({ open: CASE }, index)).toBe(CASE);
  });

  it('refuses anything else the page might post', () => {
    for (const message of [
      { open: 'file:///etc/passwd' },
      { open: 'command:workbench.action.terminal.new' },
      { open: 'https://example.com/' },
      { open: `${CASE}?x` },
      { open: CASE.toUpperCase() },
      { open: [CASE] },
      { open: { toString: () => CASE } },
      { uri: CASE },
      CASE,
      null,
      undefined,
      42,
    ]) {
      expect(caseToOpen(message, index), JSON.stringify(message)).toBeUndefined();
    }
    expect(caseToOpen({ open: CASE }, undefined)).toBeUndefined();
  });
});

describe('nonces and documents', () => {
  it('makes a fresh nonce of 128 bits each time, safe in an attribute', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('compares two renders apart from their nonces', () => {
    const page = (n: string) => `<meta content="script-src 'nonce-${n}'"><script nonce="${n}"></script>`;
    expect(withoutNonce(page('abc'), 'abc')).toBe(withoutNonce(page('xyz'), 'xyz'));
    expect(withoutNonce(page('abc'), 'abc')).not.toBe(withoutNonce(`${page('xyz')}<p>2</p>`, 'xyz'));
  });

  it('writes a message page without scripts or remote content, its text escaped', () => {
    const html = messagePage('Portfolio', 'Failed: <script>alert(1)</script> & "more"', 'sv');
    expect(html).toContain(`content="default-src 'none';"`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('<html lang="sv">');
  });
});
