// The spec's default tables of required stakeholders and agreements, in the same condition
// language the policy uses, so that defaults and policy additions are checked by one mechanism.
import { holds, type Condition } from './conditions';
import { atLeast, type CaseData, type Phase } from './model';
import type { Localized } from './types';

export interface Requirement {
  /** The stakeholder role or agreement type that is required. */
  what: string;
  /** Any of these conditions makes it required. */
  when: Condition;
  fromPhase: Phase;
  because: Localized;
}

const ALL_AGREEMENTS: Condition = { any_agreement: true };
const KIND: Localized = { en: 'the case is of this kind', sv: 'ärendet är av denna typ' };

export const DEFAULT_STAKEHOLDERS: readonly Requirement[] = [
  { what: 'innovation-officer', when: {}, fromPhase: 'needs', because: { en: 'every case has an owner', sv: 'varje ärende har en ägare' } },
  { what: 'legal', when: ALL_AGREEMENTS, fromPhase: 'needs', because: { en: 'an agreement is listed', sv: 'ett avtal finns med' } },
  {
    what: 'legal',
    when: { kind: ['co-development', 'innovation-procurement', 'innovation-partnership'] },
    fromPhase: 'needs',
    because: KIND,
  },
  { what: 'legal', when: { personal_data: true }, fromPhase: 'needs', because: { en: 'personal data is involved', sv: 'personuppgifter berörs' } },
  { what: 'legal', when: { patient_data: true }, fromPhase: 'needs', because: { en: 'patient data is involved', sv: 'patientuppgifter berörs' } },
  { what: 'it', when: { digital: true }, fromPhase: 'needs', because: { en: 'the solution is digital', sv: 'lösningen är digital' } },
  {
    what: 'procurement',
    when: { kind: ['innovation-procurement', 'innovation-partnership', 'need-announcement'] },
    fromPhase: 'needs',
    because: KIND,
  },
  {
    what: 'procurement',
    when: { procurement_route: ['innovation-procurement', 'innovation-partnership', 'pre-commercial', 'direct-award', 'framework-agreement', 'research-exemption'] },
    fromPhase: 'needs',
    because: { en: 'a procurement route is set', sv: 'en upphandlingsväg är vald' },
  },
  { what: 'procurement', when: { agreements: ['loan'] }, fromPhase: 'needs', because: { en: 'a loan agreement is listed', sv: 'ett låneavtal finns med' } },
  {
    what: 'care-representative',
    when: { directed_at: true },
    fromPhase: 'needs',
    because: { en: 'the case is directed at care units', sv: 'ärendet riktar sig till vårdens enheter' },
  },
  {
    what: 'regulatory',
    when: { medical_device: ['yes', 'unclear'] },
    fromPhase: 'needs',
    because: { en: 'the solution is or may be a medical device', sv: 'lösningen är eller kan vara en medicinteknisk produkt' },
  },
  { what: 'clinical-trials', when: { kind: ['clinical-trial'] }, fromPhase: 'needs', because: KIND },
  {
    what: 'clinical-trials',
    when: { medical_device: ['yes', 'unclear'], asks: ['patients'] },
    fromPhase: 'needs',
    because: {
      en: 'a possible medical device is to be used with patients (the border between innovation and clinical investigation)',
      sv: 'en möjlig medicinteknisk produkt ska användas med patienter (gränslandet mellan innovation och klinisk prövning)',
    },
  },
  { what: 'data-protection', when: { personal_data: true }, fromPhase: 'needs', because: { en: 'personal data is involved', sv: 'personuppgifter berörs' } },
  { what: 'data-protection', when: { patient_data: true }, fromPhase: 'needs', because: { en: 'patient data is involved', sv: 'patientuppgifter berörs' } },
  {
    what: 'user-representative',
    when: { kind: ['co-development', 'innovation-partnership'] },
    fromPhase: 'execution',
    because: { en: 'user-driven innovation involves those who will use the solution', sv: 'användardriven innovation involverar dem som ska använda lösningen' },
  },
];

const SHARED_DATA: Localized = {
  en: "the requester's staff get access to personal or patient data",
  sv: 'beställarens personal får tillgång till person- eller patientuppgifter',
};

export const DEFAULT_AGREEMENTS: readonly Requirement[] = [
  { what: 'assignment', when: { kind: ['test-activity'] }, fromPhase: 'execution', because: KIND },
  { what: 'research-collaboration', when: { kind: ['co-development'] }, fromPhase: 'execution', because: KIND },
  { what: 'innovation-partnership', when: { kind: ['innovation-partnership'] }, fromPhase: 'execution', because: KIND },
  ...(['confidentiality', 'data-processing'] as const).flatMap((what) => [
    { what, when: { requester_access: true, personal_data: true }, fromPhase: 'execution' as Phase, because: SHARED_DATA },
    { what, when: { requester_access: true, patient_data: true }, fromPhase: 'execution' as Phase, because: SHARED_DATA },
  ]),
];

export const POLICY_BECAUSE: Localized = { en: 'the policy in casefile.yaml requires it', sv: 'policyn i casefile.yaml kräver det' };

/** The things required of a case now, each with the first requirement that makes it so, in table order. */
export function requiredNow(requirements: readonly Requirement[], data: CaseData): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  const phase = typeof data.phase === 'string' ? data.phase : undefined;
  for (const r of requirements) {
    if (!out.has(r.what) && atLeast(phase, r.fromPhase) && holds(r.when, data)) out.set(r.what, r);
  }
  return out;
}
