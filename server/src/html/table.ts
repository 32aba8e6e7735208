// Tables: the data of every chart in readable form, and what prints when a chart is not enough.
import { esc } from './escape';

export interface Column {
  label: string;
  /** Right-aligned figures. */
  num?: boolean;
  /** Dates and ids: kept on one line. */
  nowrap?: boolean;
}

function colClass(c: Column | undefined): string {
  const list = [c?.num ? 'num' : '', c?.nowrap ? 'nowrap' : ''].filter(Boolean);
  return list.length > 0 ? ` class="${list.join(' ')}"` : '';
}

/** `rows` and `foot` hold markup that the caller has escaped already. */
export function table(cls: string, caption: string, columns: Column[], rows: string[][], foot?: string[]): string {
  const head = columns.map((c) => `<th scope="col"${colClass(c)}>${esc(c.label)}</th>`).join('');
  const cell = (row: string[], tag: 'td' | 'th'): string =>
    row.map((v, i) => (i === 0 && tag === 'td' ? `<th scope="row"${colClass(columns[0])}>${v}</th>` : `<${tag}${colClass(columns[i])}>${v}</${tag}>`)).join('');
  const body = rows.map((r) => `<tr>${cell(r, 'td')}</tr>`).join('\n');
  const tfoot = foot ? `<tfoot><tr>${cell(foot, 'td')}</tr></tfoot>` : '';
  // The wrapper scrolls sideways when the table is wider than a narrow column (styles.ts).
  return `<div class="table-wrap"><table class="${cls}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody>${tfoot}</table></div>`;
}

export function empty(message: string): string {
  return `<p class="empty">${esc(message)}</p>`;
}
