// Phase, outcome and rule texts from their single sources: the schema's enum titles and the rule registry.
import { enumTitle } from '../engine/editing/schema-docs';
import { RULES_BY_ID } from '../engine/rules';
import type { Locale } from '../engine/types';

// enumTitle builds the enum's docs on each call; a large report asks for the same few labels thousands of times.
const cache = new Map<string, string>();

function title(field: 'phase' | 'outcome', path: string[], value: string, locale: Locale): string {
  const key = `${field}\u0000${locale}\u0000${value}`;
  let label = cache.get(key);
  if (label === undefined) {
    label = enumTitle('case', path, value, locale) ?? value;
    // Unknown values come from the files: keep the cache bounded.
    if (cache.size > 500) cache.clear();
    cache.set(key, label);
  }
  return label;
}

export function phaseLabel(phase: string, locale: Locale): string {
  return title('phase', ['phase'], phase, locale);
}

export function outcomeLabel(outcome: string, locale: Locale): string {
  return title('outcome', ['outcome', 'result'], outcome, locale);
}

/** What the rule checks, in the language; undefined for a rule the registry does not know. */
export function ruleDescription(rule: string, locale: Locale): string | undefined {
  return RULES_BY_ID.get(rule)?.meta.description[locale];
}
