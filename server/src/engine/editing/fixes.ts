// Quick fixes for a finding: the rule's own fix where it has one, and a suppression for any finding
// that a directive can suppress. Each fix is a minimal edit; titles are in the context's locale.
import type { ParsedYaml } from '../parse';
import { RULES_BY_ID } from '../rules';
import type { Finding } from '../types';
import { addAgreement } from './fixes/add-agreement';
import { addAnchoring } from './fixes/add-anchoring';
import { addAnnouncement, addConsent } from './fixes/add-mapping';
import { addStakeholder } from './fixes/add-stakeholder';
import { replaceNda, setBillingActualCosts } from './fixes/agreement-fixes';
import type { FixBuilder } from './fixes/shared';
import { openDocs } from './fixes/open-docs';
import { suppress } from './fixes/suppress';
import { isAutoFix } from '../fix-ids';
import { hasMarkers, placeholderSpans, plainText, snippetText } from '../placeholders';
import type { EditingContext, Fix } from './types';

/** Keyed by rule id; the fix ids match each rule's `meta.fixes`. */
export const RULE_FIXES: Readonly<Record<string, FixBuilder>> = {
  'missing-stakeholder': addStakeholder,
  'unanchored-request': addAnchoring,
  'billing-model': setBillingActualCosts,
  'nda-public-staff': replaceNda,
  'missing-agreement': addAgreement,
  'participant-consent': addConsent,
  'need-announcement-open': addAnnouncement,
  'device-investigation': openDocs,
};

/** Findings no directive can suppress (the file itself is broken, or it is about a directive): rules without the fix. */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set([...RULES_BY_ID.values()].filter((r) => !r.meta.fixes?.includes('suppress')).map((r) => r.meta.id));

export function fixesFor(parsed: ParsedYaml, finding: Finding, ctx: EditingContext): Fix[] {
  const fixes: Fix[] = [];
  const sound = parsed.problems.length === 0 && parsed.value !== undefined;
  const own = RULE_FIXES[finding.rule];
  if (own && sound && ctx.kind === 'case') fixes.push(...own(parsed, finding, ctx));
  if (!UNSUPPRESSIBLE.has(finding.rule)) fixes.push(...suppress(parsed, finding, ctx));
  return fixes.map(finish);
}

/**
 * The fix as the editor gets it: builders mark the placeholders they write; here each edit gets its
 * plain text and, where it holds placeholders, its snippet; the first placeholder is the selection
 * for editors without snippet edits. A fix that writes a placeholder is never automatic.
 */
function finish(fix: Fix): Fix {
  const marked = fix.edits.some((e) => hasMarkers(e.newText));
  const edits = fix.edits.map((e) => (hasMarkers(e.newText) ? { ...e, newText: plainText(e.newText), snippet: snippetText(e.newText) } : e));
  const out: Fix = { ...fix, edits };
  // Automatic only with something to apply: a command fix (open a page) has no edits.
  if (isAutoFix(fix.id) && !marked && edits.length > 0) out.auto = true;
  // One edit: the text before it is unchanged, so the offset carries over.
  const span = fix.edits.length === 1 ? placeholderSpans(fix.edits[0]!.newText)[0] : undefined;
  if (span) out.select = { offset: fix.edits[0]!.offset + span.offset, endOffset: fix.edits[0]!.offset + span.endOffset };
  return out;
}
