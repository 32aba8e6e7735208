import { defineRule } from './api';
import { given, notMapping, obj } from '../model';

export default defineRule({
  meta: {
    id: 'reference-permission',
    defaultSeverity: 'warning',
    description: {
      en: 'At the result, a case with a company settles whether the company may name the region or municipality as a reference, and from when.',
      sv: 'I resultatfasen anger ett ärende med ett företag om företaget får ange regionen eller kommunen som referens, och från när.',
    },
    rationale: {
      en: 'Västerås Science Park (seed 004), under "Marknadsföring": "Är det OK för kommunen att innovatören hänvisar till kommunen i sin marknadsföring? Kan/vill kommunen bidra? Vara referenskommun? Från när?" — is it all right for the innovator to refer to the municipality in its marketing, should it be a reference municipality, and from when? Settled at the result, the answer protects both: the company knows what it may say, and the public body does not appear to endorse a supplier before it has decided to.',
      sv: 'Västerås Science Park (källa 004), under "Marknadsföring": "Är det OK för kommunen att innovatören hänvisar till kommunen i sin marknadsföring? Kan/vill kommunen bidra? Vara referenskommun? Från när?" Ett svar vid resultatet skyddar båda: företaget vet vad det får säga, och den offentliga parten framstår inte som att den rekommenderar en leverantör innan den har beslutat det.',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Vara referenskommun? Från när?' }],
    processRule: true,
    fixes: ['suppress'],
  },
  messages: {
    undecided: {
      en: 'The case is in its result phase with a company: decide whether the company may name the region or municipality as a reference, and record it in `marketing.reference_permission` (with `marketing.from` if yes).',
      sv: 'Ärendet är i resultatfasen och motparten är ett företag: besluta om företaget får ange regionen eller kommunen som referens, och ange beslutet i `marketing.reference_permission` (med `marketing.from` om ja).',
    },
    'no-from': {
      en: 'The company may name the region or municipality as a reference, but not from when: add `marketing.from`.',
      sv: 'Företaget får ange regionen eller kommunen som referens, men det framgår inte från när: lägg till `marketing.from`.',
    },
  },
  checkCase({ data, view, report }) {
    if (view.phase !== 'result' || obj(data.requester).type !== 'company') return;
    if (notMapping(data.marketing)) return;
    const marketing = obj(data.marketing);
    const permission = marketing.reference_permission;
    const messageId = !given(permission) ? 'undecided' : permission === true && !given(marketing.from) ? 'no-from' : undefined;
    if (!messageId) return;
    report({
      messageId,
      at: [
        { path: ['marketing'], part: 'key' },
        { path: ['phase'], part: 'value' },
      ],
    });
  },
});
