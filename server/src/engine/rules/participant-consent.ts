import { defineRule } from './api';
import { atLeast, obj, text } from '../model';
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
      en: 'Västerås Science Park (seed 004): care staff and "sina vårdtagare är de främsta experterna på de behov som innovationer inom området kan" meet — users and care recipients take part in development, and "Om innovationen ska testas i verklig miljö hos vårdtagare i deras hem" there are things to be aware of. Its testbed references (MISTEL, Välfärd och hälsa) include consent forms in their model agreements: a participant must be informed and agree, may withdraw, and the consent must be recorded (GDPR article 7; Patientlagen 4 kap.; for research, the Ethical Review Act).',
      sv: 'Västerås Science Park (källa 004): personalen och "sina vårdtagare är de främsta experterna på de behov som innovationer inom området kan" möta — användare och vårdtagare deltar i utvecklingen, och "Om innovationen ska testas i verklig miljö hos vårdtagare i deras hem" finns mycket att tänka på. Testbäddarna den hänvisar till (MISTEL, Välfärd och hälsa) har samtyckesblanketter i sina avtalsmallar: deltagaren ska informeras och samtycka, kunna återkalla, och samtycket dokumenteras (GDPR artikel 7, patientlagen 4 kap., för forskning etikprövningslagen).',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Om innovationen ska testas i verklig miljö hos vårdtagare i deras hem' }],
    processRule: true,
    fixes: ['add-consent', 'suppress'],
  },
  messages: {
    missing: {
      en: 'Patients or care recipients take part in this {kind}, but `consent.procedure` is missing: describe how participants are informed, give and can withdraw consent, and which form is used.',
      sv: 'Patienter eller vårdtagare deltar i denna {kind}, men `consent.procedure` saknas: beskriv hur deltagarna informeras, lämnar och kan återkalla samtycke, och vilken blankett som används.',
    },
  },
  checkCase({ data, view, report }) {
    if (!view.kind || !KINDS.has(view.kind)) return;
    const ask = firstAsk(data, 'patients');
    if (!ask || text(obj(data.consent).procedure)) return;
    report({
      messageId: 'missing',
      args: { kind: view.kind },
      severity: atLeast(view.phase, 'execution') ? 'error' : 'warning',
      at: { path: ['directed_at', ask.index, 'asks', ask.askIndex], part: 'value' },
    });
  },
});
