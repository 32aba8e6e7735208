// Markdown text that GitHub shows and never acts on: escaping for table cells, prose, code and raw
// HTML. Shared by the check and review Markdown formats.
import { safeText } from './safe-text';

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Inside the raw HTML block of <details> Markdown is not parsed; a line break (a blank line ends the
// block) and controls are shown as escapes instead.
export const inHtml = (s: string) => html(safeText(s));
// In a table cell: backslash-escape what could end the cell or open a code span, emphasis, HTML, a link
// or image (no `[`, no link: `(` and `!` need no escape); break autolinks (`http://`, `www.`); line
// breaks become <br> (a cell holds no heading); controls become visible.
export const escaped = (s: string) =>
  safeText(s, { keepLineBreaks: true })
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/\r\n|\r|\n/g, '<br>');
// Outside code, also no @mention or e-mail link: a zero-width space after every `@` (written as a
// reference, so the raw text shows it), the way Dependabot and Renovate quote release notes. `&#64;`
// alone would not do: GitHub looks for mentions in the rendered text, where it is a plain `@` again.
export const prose = (s: string) => escaped(s).replace(/@/g, '@&#8203;');
const REFERENCE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// A quoted value, between a message's backticks: <code> with every character that Markdown, a table
// or an autolink could act on written as a character reference, which is always literal text
// (GitHub neither links nor mentions inside <code>; the references also stop cmark-gfm's autolinks).
export const code = (s: string) =>
  `<code>${safeText(s, { keepLineBreaks: true })
    .replace(/[&<>"\\`*_[\]|~@]/g, (ch) => REFERENCE[ch] ?? `&#${ch.charCodeAt(0)};`)
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/(www)\./gi, '$1&#46;')
    .replace(/\r\n|\r|\n/g, '<br>')}</code>`;
// A message cell: its backtick-quoted values as code, pairing backticks from the left; an odd one
// left over is escaped, as is everything around them.
export function cell(message: string): string {
  const parts = message.split('`');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) out += prose(parts[i]!);
    else if (i === parts.length - 1) out += prose(`\`${parts[i]!}`);
    else out += code(parts[i]!);
  }
  return out;
}
