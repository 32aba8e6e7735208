// Small text helpers for reading half-typed YAML lines.

/** The line without its comment: a `#` at the start or after white space, outside quotes. */
export function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return line.slice(0, i);
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:-]/.test(line[i - 1]!))) {
      quote = ch;
    }
  }
  return line;
}

/** A scalar as written → its text (quotes removed, `''` and simple escapes undone). */
export function unquote(raw: string): string {
  const s = raw.trim();
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\(.)/g, '$1');
  return s;
}
