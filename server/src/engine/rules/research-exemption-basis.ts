import { defineRule } from './api';
import { given, items, obj, str } from '../model';
import type { CaseData } from '../model';

export default defineRule({
  meta: {
    id: 'research-exemption-basis',
    defaultSeverity: 'warning',
    description: {
      en: 'A case that relies on the research exemption from public procurement shows shared results or shared financing, or records why it holds.',
      sv: 'Ett ärende som stöder sig på forskningsundantaget från upphandling visar delade resultat eller delad finansiering, eller anger varför undantaget gäller.',
    },
    rationale: {
      en: 'VGR som Innovationsmotor (seed 001): "Utrymmet för att samverka utan att upphandla är större för forskning- och utvecklingstjänster än för andra samverkansformer. Man måste då dela på resultatet av forskningen och/eller dela på finansieringen. Enligt LOU 1 kap, 5 §." — there is more room to collaborate without procuring for research and development services, but the results and/or the financing must then be shared (LOU 1 kap. 5 §). The exemption is narrow, and the contracting authority that uses it carries the burden of proving that its conditions are met (Upphandlingsmyndigheten); an unsupported exemption is an unlawful direct award.',
      sv: 'VGR som Innovationsmotor (källa 001): "Utrymmet för att samverka utan att upphandla är större för forskning- och utvecklingstjänster än för andra samverkansformer. Man måste då dela på resultatet av forskningen och/eller dela på finansieringen. Enligt LOU 1 kap, 5 §." Undantaget är snävt, och den upphandlande myndighet som åberopar det har bevisbördan för att villkoren är uppfyllda (Upphandlingsmyndigheten); ett undantag utan grund är en otillåten direktupphandling.',
    },
    sources: [{ seed: '001', title: 'VGR som Innovationsmotor', quote: 'dela på resultatet av forskningen och/eller dela på finansieringen' }],
    processRule: true,
    fixes: ['suppress'],
  },
  messages: {
    unsupported: {
      en: 'The research exemption (LOU 1 kap. 5 §) holds only when results and/or financing are shared, and the region or municipality must be able to prove it: add a `research-collaboration` agreement with shared `financing` or agreed `results`, or write in `procurement.notes` why the exemption applies.',
      sv: 'Forskningsundantaget (LOU 1 kap. 5 §) gäller bara när resultat och/eller finansiering delas, och regionen eller kommunen måste kunna visa det: lägg till ett `research-collaboration`-avtal med delad `financing` eller överenskomna `results`, eller skriv i `procurement.notes` varför undantaget gäller.',
    },
  },
  checkCase({ data, report }) {
    const procurement = obj(data.procurement);
    if (procurement.route !== 'research-exemption') return;
    if (sharesResultsOrFinancing(data) || given(procurement.notes)) return;
    report({ messageId: 'unsupported', at: { path: ['procurement', 'route'], part: 'value' } });
  },
});

/**
 * A research-collaboration agreement that gives more than 0 % to two parties, or states its `results`.
 * A share that is not a number is the schema's finding, so such financing is not judged here.
 */
function sharesResultsOrFinancing(data: CaseData): boolean {
  return items(data.agreements).some(({ item }) => {
    if (str(item.type) !== 'research-collaboration') return false;
    if (given(item.results)) return true;
    const shares = Object.values(obj(item.financing));
    if (shares.some((v) => typeof v !== 'number')) return true;
    return shares.filter((v) => (v as number) > 0).length >= 2;
  });
}
