// What the Portfolio panel decides without an editor: which case a message from the page may open,
// the nonce, when a new document is the one already shown, and the page that says why there is no report.
import { randomBytes } from 'node:crypto';
import type { CaseIndex } from '../../server/src/shared/protocol';

/**
 * The case file a message from the webview asks to open, as the index names it: only a case of the
 * current index, never any other URI the page might post.
 */
export function caseToOpen(message: unknown, index: CaseIndex | undefined): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const open = (message as { open?: unknown }).open;
  if (typeof open !== 'string') return undefined;
  return index?.cases.find((c) => c.uri === open)?.uri;
}

/** A fresh CSP nonce: 128 random bits, base64url (no characters that need escaping in HTML). */
export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

/** The document with its nonce taken out: two renders of the same report compare equal. */
export function withoutNonce(html: string, nonce: string): string {
  return html.split(nonce).join('');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page with one message (no script, nothing loaded), for when there is no report to show. */
export function messagePage(title: string, message: string, lang: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none';">`,
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`,
  ].join('\n');
}
