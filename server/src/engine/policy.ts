// The effective policy: the spec's defaults, changed by a valid casefile.yaml.
import type { Condition } from './conditions';
import { DOCS_URL_PATTERN } from './docs';
import { isObj, items, str, strings, type Phase, PHASES } from './model';
import { DEFAULT_AGREEMENTS, DEFAULT_STAKEHOLDERS, POLICY_BECAUSE, type Requirement } from './requirements';
import type { SeveritySetting } from './types';

export const DEFAULT_MANAGER_ROLES = ['verksamhetschef', 'områdeschef', 'förvaltningschef', 'sjukhusdirektör', 'enhetschef', 'socialchef'];
export const DEFAULT_STALE_AFTER_DAYS = 90;

export interface Policy {
  organisation?: string;
  /** `docs_url`: where the organisation hosts the rule pages (a base or a `{rule}` template; engine/docs.ts). */
  docsUrl?: string;
  /** Per-rule overrides; a rule not listed keeps its own severity. */
  rules: Record<string, SeveritySetting>;
  managerRoles: string[];
  staleAfterDays: number;
  requiredStakeholders: Requirement[];
  requiredAgreements: Requirement[];
}

export function defaultPolicy(): Policy {
  return {
    rules: {},
    managerRoles: [...DEFAULT_MANAGER_ROLES],
    staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
    requiredStakeholders: [...DEFAULT_STAKEHOLDERS],
    requiredAgreements: [...DEFAULT_AGREEMENTS],
  };
}

/** Builds the policy from casefile.yaml's data, which the caller has already found schema-valid. */
export function policyFrom(value: unknown): Policy {
  const policy = defaultPolicy();
  if (!isObj(value)) return policy;
  const organisation = str(value.organisation);
  if (organisation) policy.organisation = organisation;
  const docsUrl = str(value.docs_url);
  // As the schema's pattern: a bad value never becomes a link.
  if (docsUrl && DOCS_URL_PATTERN.test(docsUrl)) policy.docsUrl = docsUrl;
  if (isObj(value.rules)) {
    for (const [id, setting] of Object.entries(value.rules)) {
      if (setting === 'off' || setting === 'info' || setting === 'warning' || setting === 'error') policy.rules[id] = setting;
    }
  }
  const roles = strings(value.manager_roles);
  if (roles.length > 0) policy.managerRoles = roles;
  if (typeof value.stale_after_days === 'number' && value.stale_after_days >= 1) policy.staleAfterDays = value.stale_after_days;
  policy.requiredStakeholders.push(...extraRequirements(value.required_stakeholders, 'role', 'needs'));
  policy.requiredAgreements.push(...extraRequirements(value.required_agreements, 'type', 'execution'));
  return policy;
}

function extraRequirements(list: unknown, key: 'role' | 'type', defaultPhase: Phase): Requirement[] {
  return items(list).flatMap(({ item }) => {
    const what = str(item[key]);
    if (!what) return [];
    const from = str(item.from_phase) as Phase | undefined;
    return [
      {
        what,
        when: (isObj(item.when) ? item.when : {}) as Condition,
        fromPhase: from && PHASES.includes(from) ? from : defaultPhase,
        because: POLICY_BECAUSE,
      },
    ];
  });
}
