// Editing features over the engine: pure functions of a parsed document, no LSP or VS Code imports.
export type { TextEdit, EditingContext, CaseRef, CompletionEntry, CompletionKind, HoverInfo, Fix, OutlineNode, OutlineKind } from './types';
export { complete } from './complete';
export { hover } from './hover';
export { outline } from './outline';
export { fixesFor } from './fixes';
export { fixAll, automaticFixes, type FixAllResult, type FixAllInput } from './fix-all';
export { movePhase, type MovePhaseOptions, type MovePhaseOutcome } from './move-phase';
export { caseTextFindings, newProblems } from './move-problems';
export { phaseLens, type PhaseLens } from './phase-lens';
export { newCaseText, proposeId } from './new-case';
