// Findings per rule, each rule linked to its page; the totals by severity at the foot.
import type { PortfolioReport } from '../engine/portfolio/types';
import { RULE_IDS } from '../engine/rules';
import { fig, type Ctx } from './context';
import { esc } from './escape';
import { num } from './format';
import { ruleDescription } from './labels';
import { empty, table } from './table';

export function findings(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const f = report.findings;
  const out = [`<h2>${esc(t.headings.findings)}</h2>`];
  const byRule = Object.entries(f.byRule);
  const totals = `<p class="totals">${esc(t.errors)}: ${fig(ctx, 'findings.errors', f.errors, 'strong')} · ${esc(t.warnings)}: ${fig(ctx, 'findings.warnings', f.warnings, 'strong')} · ${esc(t.infos)}: ${fig(ctx, 'findings.infos', f.infos, 'strong')}</p>`;
  if (byRule.length === 0 && f.errors + f.warnings + f.infos === 0) return [...out, empty(t.findingsEmpty), totals].join('\n');
  out.push(`<p class="intro">${esc(t.findingsIntro)}</p>`, totals);
  // Most findings first, then the registry's order, so equal counts read as the spec lists the rules.
  const order = (rule: string): number => (RULE_IDS.includes(rule) ? RULE_IDS.indexOf(rule) : RULE_IDS.length);
  byRule.sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
  const rows = byRule.map(([rule, n]) => {
    const description = ruleDescription(rule, locale);
    // Only the registry's rules get a link: their ids are known, and their pages exist.
    const name = description !== undefined ? `<a class="rule" href="${esc(ctx.docs(rule))}">${esc(rule)}</a>` : `<span class="rule">${esc(rule)}</span>`;
    return [name, esc(description ?? ''), fig(ctx, `findings.byRule.${rule}`, n)];
  });
  const total = byRule.reduce((s, [, n]) => s + n, 0);
  out.push(
    table('findings-table', t.headings.findings, [{ label: t.col.rule }, { label: t.col.checks }, { label: t.col.findings, num: true }], rows, [
      esc(t.col.total),
      '',
      `<strong>${esc(num(total, locale))}</strong>`,
    ]),
  );
  return out.join('\n');
}
