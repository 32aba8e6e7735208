// `# casefile-disable-next-line <rule>[, <rule>…] -- <reason>` (spec section 8).
// A directive applies to the next line that is not blank or a comment, so directives may stack.
import { makeFinding } from './findings';
import { REASON_PLACEHOLDER } from './placeholders';
import { lineSpan } from './parse';
import type { LineCounter } from 'yaml';
import { RULES_BY_ID, RULE_IDS } from './rules';
import { closest } from './suggest';
import type { Policy } from './policy';
import type { Finding, Locale, Span } from './types';

export interface Directive {
  /** 1-based line of the comment. */
  line: number;
  /** 1-based line it applies to. */
  target: number;
  rules: string[];
  /** Offset just after the rule list (after the keyword when it names none): where a rule is added. */
  rulesEnd: number;
  /** Whether it has the ` -- ` that starts the reason, even if no reason follows. */
  hasReason: boolean;
  reason: string;
  span: Span;
}

/** What the editor's suppress fix writes for the user to type over; it is not a reason. */
export { REASON_PLACEHOLDER };

const DIRECTIVE = /^\s*#\s*casefile-disable-next-line\b(.*)$/;

export function findDirectives(text: string, lines: LineCounter): Directive[] {
  if (!text.includes('casefile-disable')) return [];
  const all = text.split(/\r?\n/);
  const out: Directive[] = [];
  all.forEach((lineText, i) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const rest = match[1]!;
    const cut = rest.indexOf('--');
    const rulesPart = cut >= 0 ? rest.slice(0, cut) : rest;
    const reason = cut >= 0 ? rest.slice(cut + 2).trim() : '';
    const rulesEnd = (lines.lineStarts[i] ?? 0) + lineText.length - rest.length + rulesPart.trimEnd().length;
    let target = i + 1;
    while (target < all.length && /^\s*(#.*)?$/.test(all[target]!)) target++;
    out.push({
      line: i + 1,
      target: target + 1,
      rules: rulesPart.split(/[\s,]+/).filter(Boolean),
      rulesEnd,
      hasReason: cut >= 0,
      reason,
      span: lineSpan({ text, lines }, i + 1),
    });
  });
  return out;
}

/**
 * Marks the findings that valid directives accept, and reports directives that are malformed
 * or suppress nothing. Returns the findings of the file, with the directives' own.
 */
export function applyDirectives(findings: Finding[], directives: Directive[], policy: Policy, locale: Locale): Finding[] {
  const extra: Finding[] = [];
  const report = (d: Directive, messageId: string, args?: Record<string, string | number>) => {
    const f = makeFinding('suppression', messageId, d.span, { locale, policy, args });
    if (f) extra.push(f);
  };
  for (const d of directives) {
    if (d.rules.length === 0) {
      report(d, 'missing-rule');
      continue;
    }
    if (!d.reason) {
      report(d, 'missing-reason');
      continue;
    }
    if (d.reason === REASON_PLACEHOLDER) {
      report(d, 'placeholder-reason');
      continue;
    }
    for (const rule of d.rules) {
      if (!RULES_BY_ID.has(rule)) {
        const best = closest(rule, RULE_IDS);
        const suggestion = best ? (locale === 'sv' ? ` Menade du \`${best}\`?` : ` Did you mean \`${best}\`?`) : '';
        report(d, 'unknown-rule', { rule, suggestion });
        continue;
      }
      const hits = findings.filter((f) => f.rule === rule && f.line === d.target && !f.suppressed);
      for (const f of hits) f.suppressed = { reason: d.reason, line: d.line };
      if (hits.length === 0 && policy.rules[rule] !== 'off') report(d, 'unused', { rule });
    }
  }
  return extra.length ? [...findings, ...extra] : findings;
}
