// Navigation over the repository: definition, references, rename, workspace symbols, the related-id hover.
export { occurrences, occurrencesOf, targetAt, keyOf, sameRef, type Occurrence, type Ref, type RefKind } from './occurrences';
export { renameEdits, replacementText, newNameProblem, refusal, type RenameRefusal } from './rename';
export { fold, searchableOf, searchableFor, searchSymbols, rankOf, type Searchable } from './symbols';
export { relatedCaseMarkdown, type CaseCard } from './hover';
export { readText } from './files';
