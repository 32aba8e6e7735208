import { defineRule } from './api';
import { items, str } from '../model';
import { requiredNow } from '../requirements';

export default defineRule({
  meta: {
    id: 'missing-agreement',
    defaultSeverity: 'error',
    description: {
      en: 'From execution on, the agreements the case needs are signed: assignment, research collaboration, innovation partnership, confidentiality and data processing.',
      sv: 'Från genomförande är de avtal ärendet behöver undertecknade: uppdragsavtal, FoU-samverkansavtal, innovationspartnerskap, sekretess och personuppgiftsbiträdesavtal.',
    },
    rationale: {
      en: 'Innovationsplattformen VGR (seed 000) runs tests as assignments under an "avtalsmall för uppdragsavtal" (an assignment-agreement template). VGR as Innovationsmotor (seed 001) and the research exemption need an agreement that shares results or financing. Västerås Science Park (seed 004): when the innovator\'s staff get access to confidential data the municipality uses "sekretessförbehåll eller sekretessavtal" (confidentiality reservations or agreements), and GDPR asks for a data processing agreement.',
      sv: 'Innovationsplattformen VGR (källa 000) genomför tester som uppdrag med en avtalsmall för uppdragsavtal. FoU-samverkan och forskningsundantaget (källa 001) kräver ett avtal som delar resultat eller finansiering. Västerås Science Park (källa 004): när innovatörens personal får tillgång till sekretessbelagda uppgifter använder kommunen sekretessförbehåll eller sekretessavtal, och GDPR kräver ett personuppgiftsbiträdesavtal.',
    },
    sources: [
      { seed: '000', title: 'Innovationsplattformen VGR', quote: 'avtalsmall för uppdragsavtal' },
      { seed: '001', title: 'VGR som Innovationsmotor: frågestund', quote: 'dela på resultatet av forskningen och/eller dela på finansieringen' },
      { seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'sekretessförbehåll eller sekretessavtal' },
    ],
    processRule: true,
    fixes: ['add-agreement', 'suppress'],
  },
  messages: {
    missing: {
      en: 'A `{type}` agreement is required because {because_en}, and none is listed; add it and get it signed.',
      sv: 'Ett avtal av typen `{type}` krävs eftersom {because_sv}, men inget finns; lägg till det och se till att det undertecknas.',
    },
    unsigned: {
      en: 'The `{type}` agreement is required because {because_en}, but it is `{status}`, not signed; record the signing date when it is signed.',
      sv: 'Avtalet av typen `{type}` krävs eftersom {because_sv}, men det är `{status}`, inte undertecknat; ange datumet när det undertecknats.',
    },
  },
  checkCase({ data, policy, report }) {
    const agreements = items(data.agreements);
    for (const [type, requirement] of requiredNow(policy.requiredAgreements, data)) {
      const ofType = agreements.filter(({ item }) => str(item.type) === type);
      if (ofType.some(({ item }) => item.status === 'signed')) continue;
      const status = ofType.map(({ item }) => str(item.status)).find(Boolean);
      report({
        messageId: ofType.length === 0 ? 'missing' : 'unsigned',
        args: { type, status: status ?? '?', because_en: requirement.because.en, because_sv: requirement.because.sv },
        at: [
          { path: ['agreements'], part: 'key' },
          { path: ['kind'], part: 'value' },
        ],
        data: { type },
      });
    }
  },
});
