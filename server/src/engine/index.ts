// The engine's public face. No LSP or VS Code imports anywhere below this folder.
export type { Finding, Severity, SeveritySetting, Span, Locale, Localized, RuleMeta, CaseFileKind, Target, Path } from './types';
export { checkText, checkBytes, unreadableResult, type CheckOptions, type FileResult, type CaseSummary } from './check';
export { loadSettings, finishRepository, crossFileFindings, finalFindings, factsKey, moveCrossFindings, type Settings } from './repository';
export { defaultPolicy, policyFrom, type Policy } from './policy';
export { directoryFrom, type Directory } from './directory';
export { RULES, RULES_BY_ID, RULE_IDS } from './rules';
export { SCHEMAS, validator, enumOf } from './schemas';
export { PHASES, type Phase } from './model';
export { docsUrl, docsLink, type DocsLink } from './docs';
