import { defineRule } from './api';
import { atLeast, items, str } from '../model';
import { requiredNow } from '../requirements';

const SV_ROLE: Record<string, string> = {
  'innovation-officer': 'innovationsstöd (ärendeägare)',
  'business-contact': 'näringslivskontakt',
  legal: 'jurist',
  it: 'strategisk IT',
  procurement: 'inköp',
  'care-representative': 'representant för verksamheten',
  'clinical-trials': 'kliniska studier',
  regulatory: 'medicinteknik/MDR',
  'data-protection': 'dataskydd',
  finance: 'ekonomi',
  'user-representative': 'användarrepresentant',
  research: 'forskning',
  communications: 'kommunikation',
};

export default defineRule({
  meta: {
    id: 'missing-stakeholder',
    defaultSeverity: 'warning',
    description: {
      en: 'The competences the case needs take part: legal, IT, procurement, care representatives, clinical trials, MDR, data protection, users.',
      sv: 'De kompetenser ärendet behöver är med: jurist, IT, inköp, verksamhetens representanter, kliniska studier, MDR, dataskydd, användare.',
    },
    rationale: {
      en: 'Innovationsplattformen VGR (seed 000) learned that requests need support functions: "IT, inköp och jurist", representatives of the care administrations for faster anchoring, experts on medical devices and clinical trials (Gothia Forum, for requests "i gränslandet mellan innovation och klinisk prövning" — on the border between innovation and clinical trials). Region Skåne (seed 002) forms a working group with those who test, buy and implement. Västerås Science Park (seed 004) asks to involve those who will use the solution (user-driven innovation).',
      sv: 'Innovationsplattformen VGR (källa 000) lärde sig att förfrågningar behöver stödfunktioner som IT, inköp och jurist, representanter för vårdförvaltningarna för snabbare förankring och expertis inom medicinteknik och kliniska prövningar (Gothia Forum, för förfrågningar i gränslandet mellan innovation och klinisk prövning). Region Skåne (källa 002) bildar en arbetsgrupp med dem som testar, köper in och implementerar. Västerås Science Park (källa 004) vill att de som ska använda lösningen involveras.',
    },
    sources: [
      { seed: '000', title: 'Innovationsplattformen VGR', quote: 'viktigt att ha med stödfunktioner' },
      { seed: '002', title: 'Sweper: Spelplan för innovation', quote: 'i arbetsgruppen ska det … även finnas representanter' },
      { seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Användardriven innovation' },
    ],
    processRule: true,
    fixes: ['add-stakeholder', 'suppress'],
  },
  messages: {
    missing: {
      en: 'No stakeholder with role `{role}`, which is required because {because_en}; add one to `stakeholders`.',
      sv: 'Ingen deltagare med rollen `{role}` ({role_sv}), som krävs eftersom {because_sv}; lägg till en i `stakeholders`.',
    },
  },
  checkCase({ data, view, policy, report }) {
    const present = new Set(items(data.stakeholders).map(({ item }) => str(item.role)));
    const severity = atLeast(view.phase, 'execution') ? 'error' : 'warning';
    for (const [role, requirement] of requiredNow(policy.requiredStakeholders, data)) {
      if (present.has(role)) continue;
      report({
        messageId: 'missing',
        args: { role, role_sv: SV_ROLE[role] ?? role, because_en: requirement.because.en, because_sv: requirement.because.sv },
        at: [
          { path: ['stakeholders'], part: 'key' },
          { path: ['kind'], part: 'value' },
        ],
        severity,
        data: { role },
      });
    }
  },
});
