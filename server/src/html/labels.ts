// Phase, outcome and rule texts from their single sources: the schema's enum titles and the rule registry.
import { enumTitle } from '../engine/editing/schema-docs';
import { RULES_BY_ID } from '../engine/rules';
import type { Locale } from '../engine/types';

export function phaseLabel(phase: string, locale: Locale): string {
  return enumTitle('case', ['phase'], phase, locale) ?? phase;
}

export function outcomeLabel(outcome: string, locale: Locale): string {
  return enumTitle('case', ['outcome', 'result'], outcome, locale) ?? outcome;
}

/** What the rule checks, in the language; undefined for a rule the registry does not know. */
export function ruleDescription(rule: string, locale: Locale): string | undefined {
  return RULES_BY_ID.get(rule)?.meta.description[locale];
}
