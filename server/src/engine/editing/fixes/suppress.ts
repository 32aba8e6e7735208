// Any finding → `# casefile-disable-next-line <rule> -- REASON` on the line before it (spec section 8),
// or the rule added to a directive already there. The reason is a placeholder the user must replace.
import { findDirectives, REASON_PLACEHOLDER } from '../../suppressions';
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
  const title = pick(ctx.locale, `Suppress ${q('en', finding.rule)} on this line…`, `Undertryck ${q('sv', finding.rule)} på den här raden…`);
  const previous = findDirectives(text, parsed.lines).find((d) => d.line === finding.line - 1 && d.target === finding.line);
  if (!previous) {
    return fix('suppress', title, insertLineBefore(parsed, finding.line, `# casefile-disable-next-line ${finding.rule} -- ${REASON_PLACEHOLDER}`), finding, false);
  }
  if (previous.rules.includes(finding.rule)) return [];
  const at = previous.rulesEnd;
  const newText = (previous.rules.length === 0 ? ` ${finding.rule}` : `, ${finding.rule}`) + (previous.hasReason ? '' : ` -- ${REASON_PLACEHOLDER}`);
  return fix('suppress', title, { offset: at, endOffset: at, newText }, finding, false);
};
