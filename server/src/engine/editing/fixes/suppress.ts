// Any finding → `# casefile-disable-next-line <rule> -- REASON` on the line before it (spec section 8),
// or the rule added to a directive already there. The reason is a placeholder the user must replace.
// Offered only where the directive will apply: the finding must move down with its line.
import { isScalar, visit } from 'yaml';
import { lineSpan, type ParsedYaml } from '../../parse';
import { marked, REASON_PLACEHOLDER } from '../../placeholders';
import { findDirectives } from '../../suppressions';
import type { Finding } from '../../types';
import { insertLineBefore } from '../yaml-edit';
import { fix, pick, q, type FixBuilder } from './shared';

export { REASON_PLACEHOLDER };

export const suppress: FixBuilder = (parsed, finding, ctx) => {
  if (finding.suppressed) return [];
  const text = parsed.text;
  const starts = parsed.lines.lineStarts;
  const start = starts[finding.line - 1];
  if (start === undefined) return [];
  const lineText = text.slice(start, starts[finding.line] ?? text.length);
  // A directive applies to the next line that is not blank or a comment: such a line cannot be targeted.
  if (/^\s*(#.*)?\s*$/.test(lineText)) return [];
  if (isLineOneFallback(parsed, finding) || insideScalar(parsed, start)) return [];
  const title = pick(ctx.locale, `Suppress ${q('en', finding.rule)} on this line…`, `Undertryck ${q('sv', finding.rule)} på den här raden…`);
  const previous = findDirectives(text, parsed.lines).find((d) => d.line === finding.line - 1 && d.target === finding.line);
  if (!previous) {
    return fix('suppress', title, insertLineBefore(parsed, finding.line, `# casefile-disable-next-line ${finding.rule} -- ${marked(REASON_PLACEHOLDER)}`), finding, false);
  }
  if (previous.rules.includes(finding.rule)) return [];
  const at = previous.rulesEnd;
  const newText = (previous.rules.length === 0 ? ` ${finding.rule}` : `, ${finding.rule}`) + (previous.hasReason ? '' : ` -- ${marked(REASON_PLACEHOLDER)}`);
  return fix('suppress', title, { offset: at, endOffset: at, newText }, finding, false);
};

/**
 * A finding with nothing in the file to point at (a key missing from `{}`, a required key) is put
 * on the whole of line 1 and stays there whatever is inserted above it: no directive reaches it.
 * (A flow mapping that is exactly line 1 looks the same: it loses the fix rather than get a dud.)
 */
function isLineOneFallback(parsed: ParsedYaml, finding: Finding): boolean {
  if (finding.line !== 1) return false;
  const whole = lineSpan(parsed, 1);
  return finding.offset === whole.offset && finding.endOffset === whole.endOffset;
}

/** A comment line there would become text of a block or multi-line scalar, not a directive. */
function insideScalar(parsed: ParsedYaml, offset: number): boolean {
  if (!parsed.doc) return false;
  let inside = false;
  visit(parsed.doc, {
    Scalar(_key, node) {
      const range = isScalar(node) ? node.range : undefined;
      if (!range || range[0] >= offset || offset >= range[1]) return undefined;
      inside = true;
      return visit.BREAK;
    },
  });
  return inside;
}
