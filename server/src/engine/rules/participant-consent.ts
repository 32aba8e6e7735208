import { defineRule } from './api';
import { atLeast, given, notMapping, obj } from '../model';
import { firstAsk } from '../conditions';

const KINDS = new Set(['test-activity', 'co-development', 'innovation-partnership']);

export default defineRule({
  meta: {
    id: 'participant-consent',
    defaultSeverity: 'error',
    description: {
      en: 'Tests and co-development with patients or care recipients record how participants give informed consent.',
      sv: 'Tester och samutveckling med patienter eller vårdtagare anger hur deltagarna lämnar informerat samtycke.',
    },
    rationale: {
      en: 'Västerås Science Park (seed 004): "Kommunernas vård- och omsorgsverksamhet med sin personal och sina vårdtagare är de främsta experterna på de behov som innovationer inom området kan tillgodose" (care, with its staff and care recipients, knows the needs best), so give care recipients and staff as much room in the innovation process as possible; tests may run "i verklig miljö hos vårdtagare i deras hem" (in a real setting, in care recipients\' homes). A participant must be informed, agree and be able to withdraw, and the consent is recorded: GDPR article 7 where consent is the legal basis, Patientlagen (2014:821) chapter 4 in health care, the Ethical Review Act (2003:460) for research. SKR\'s guidance on welfare technology and law, to which the seed points, adds that a particularly intrusive test should require explicit consent. So the case records the procedure and the consent form used.',
      sv: 'Västerås Science Park (källa 004): "Kommunernas vård- och omsorgsverksamhet med sin personal och sina vårdtagare är de främsta experterna på de behov som innovationer inom området kan tillgodose", så ge vårdtagare och personal så stort utrymme i innovationsprocessen som möjligt; tester kan ske "i verklig miljö hos vårdtagare i deras hem". Deltagaren ska informeras, samtycka och kunna återkalla sitt samtycke, och samtycket dokumenteras: GDPR artikel 7 när samtycke är den rättsliga grunden, patientlagen (2014:821) 4 kap. i hälso- och sjukvården, etikprövningslagen (2003:460) för forskning. SKR:s vägledning om välfärdsteknik och juridik, som källan hänvisar till, tillägger att särskilt ingripande tester bör kräva uttryckligt samtycke. Därför anger ärendet förfarandet och den samtyckesblankett som används.',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Om innovationen ska testas i verklig miljö hos vårdtagare i deras hem' }],
    processRule: true,
    fixes: ['add-consent', 'suppress'],
  },
  messages: {
    missing: {
      en: 'Patients or care recipients take part in this `{kind}` case, but `consent.procedure` is missing: describe how participants are informed, give and can withdraw consent, and which form is used.',
      sv: 'Patienter eller vårdtagare deltar i detta ärende (`{kind}`), men `consent.procedure` saknas: beskriv hur deltagarna informeras, hur de lämnar samtycke och kan återkalla det, och vilken blankett som används.',
    },
  },
  checkCase({ data, view, report }) {
    if (!view.kind || !KINDS.has(view.kind)) return;
    const ask = firstAsk(data, 'patients');
    // `consent:` left empty counts as missing (the fix fills it in); another type is the schema's.
    if (!ask || notMapping(data.consent) || given(obj(data.consent).procedure)) return;
    report({
      messageId: 'missing',
      args: { kind: view.kind },
      severity: atLeast(view.phase, 'execution') ? 'error' : 'warning',
      at: { path: ['directed_at', ask.index, 'asks', ask.askIndex], part: 'value' },
    });
  },
});
