// The ids of the editor's quick fixes. Rule metadata names them (`meta.fixes`) and the fix modules
// under editing/fixes emit them; both are typed with this union, so a typo does not compile.
export const FIX_IDS = ['add-stakeholder', 'add-anchoring', 'add-agreement', 'set-billing-actual-costs', 'replace-nda', 'suppress'] as const;

export type FixId = (typeof FIX_IDS)[number];
