// Quick fixes for a finding: the rule's own fix where it has one, and a suppression for any finding
// that a directive can suppress. Each fix is a minimal edit; titles are in the context's locale.
import type { ParsedYaml } from '../parse';
import { RULES_BY_ID } from '../rules';
import type { Finding } from '../types';
import { addAgreement } from './fixes/add-agreement';
import { addAnchoring } from './fixes/add-anchoring';
import { addStakeholder } from './fixes/add-stakeholder';
import { replaceNda, setBillingActualCosts } from './fixes/agreement-fixes';
import { NAME_PLACEHOLDER, type FixBuilder } from './fixes/shared';
import { REASON_PLACEHOLDER, suppress } from './fixes/suppress';
import type { EditingContext, Fix } from './types';

/** Keyed by rule id; the fix ids match each rule's `meta.fixes`. */
export const RULE_FIXES: Readonly<Record<string, FixBuilder>> = {
  'missing-stakeholder': addStakeholder,
  'unanchored-request': addAnchoring,
  'billing-model': setBillingActualCosts,
  'nda-public-staff': replaceNda,
  'missing-agreement': addAgreement,
};

/** Findings no directive can suppress (the file itself is broken, or it is about a directive): rules without the fix. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set([...RULES_BY_ID.values()].filter((r) => !r.meta.fixes?.includes('suppress')).map((r) => r.meta.id));

export function fixesFor(parsed: ParsedYaml, finding: Finding, ctx: EditingContext): Fix[] {
  const fixes: Fix[] = [];
  const sound = parsed.problems.length === 0 && parsed.value !== undefined;
  const own = RULE_FIXES[finding.rule];
  if (own && sound && ctx.kind === 'case') fixes.push(...own(parsed, finding, ctx));
  if (!UNSUPPRESSIBLE.has(finding.rule)) fixes.push(...suppress(parsed, finding, ctx));
  return fixes.map(withSelection);
}

const PLACEHOLDER = new RegExp(`\\b(${NAME_PLACEHOLDER}|${REASON_PLACEHOLDER})\\b`);

/** Marks the placeholder a fix wrote, so the editor can select it for the user to type over. */
function withSelection(fix: Fix): Fix {
  const edit = fix.edits.length === 1 ? fix.edits[0]! : undefined;
  const match = edit ? PLACEHOLDER.exec(edit.newText) : null;
  if (!edit || !match) return fix;
  // One edit: the text before it is unchanged, so the offset carries over.
  const offset = edit.offset + match.index;
  return { ...fix, select: { offset, endOffset: offset + match[0].length } };
}
