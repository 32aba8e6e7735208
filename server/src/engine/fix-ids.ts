// The ids of the editor's quick fixes, with what the editor may do with each. Rule metadata names
// them (`meta.fixes`) and the fix modules under editing/fixes emit them; both are typed with this
// union, so a typo does not compile.

export interface FixDefinition {
  /**
   * Needs no human input: the edit is the whole answer (no placeholder, no decision to make), so
   * "Fix all" and `source.fixAll` may apply it unasked. A fix that writes a placeholder never is.
   */
  auto: boolean;
}

export const FIXES = {
  'add-stakeholder': { auto: false },
  'add-anchoring': { auto: false },
  'add-agreement': { auto: false },
  'set-billing-actual-costs': { auto: true },
  'replace-nda': { auto: true },
  'add-consent': { auto: false },
  'add-announcement': { auto: false },
  /** Not an edit: opens the rule's page where a human must decide (e.g. whether a case is a clinical trial). */
  'open-docs': { auto: false },
  suppress: { auto: false },
} as const satisfies Record<string, FixDefinition>;

export type FixId = keyof typeof FIXES;

export const FIX_IDS = Object.keys(FIXES) as FixId[];

export function isAutoFix(id: string): boolean {
  return (FIXES as Record<string, FixDefinition>)[id]?.auto === true;
}
