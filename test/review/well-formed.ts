// What GitHub needs to render a review comment as meant, checked by a Markdown parser.
import MarkdownIt, { type Token } from 'markdown-it';
import { expect } from 'vitest';
import { MAX_COMMENT_CHARS } from '../../server/src/cli/review-formatters/markdown';

export const md = new MarkdownIt({ html: true, linkify: true });

/** Asserts what GitHub needs to render the comment as meant: whole tables, closed <details>. */
export function wellFormed(text: string): Token[] {
  const tokens = md.parse(text, {});
  let columns = 0;
  let cells = 0;
  for (const t of tokens) {
    if (t.type === 'thead_open') columns = -1;
    if (t.type === 'tr_open') cells = 0;
    if (t.type === 'th_open' || t.type === 'td_open') cells++;
    if (t.type === 'tr_close') {
      if (columns === -1) columns = cells;
      else expect(cells).toBe(columns);
    }
  }
  // GitHub's HTML blocks: each <details> opens and closes in a block of its own, in order.
  let depth = 0;
  for (const t of tokens) {
    const html =
      t.type === 'html_block'
        ? t.content
        : t.type === 'inline'
          ? (t.children ?? [])
              .filter((c) => c.type === 'html_inline')
              .map((c) => c.content)
              .join('')
          : '';
    for (const tag of html.match(/<\/?details\b/g) ?? []) {
      expect(t.type).toBe('html_block');
      depth += tag === '<details' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
  }
  expect(depth).toBe(0);
  expect(text.length).toBeLessThan(MAX_COMMENT_CHARS);
  return tokens;
}
