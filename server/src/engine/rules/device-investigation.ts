import { defineRule } from './api';
import { atLeast, given, obj } from '../model';
import { holds } from '../conditions';
import { enumOf } from '../schema-data';

const KINDS = new Set(enumOf('kind'));

export default defineRule({
  meta: {
    id: 'device-investigation',
    defaultSeverity: 'error',
    description: {
      en: 'A medical device without CE marking used with patients is a clinical investigation, not a test activity.',
      sv: 'En medicinteknisk produkt utan CE-märkning som används på patienter är en klinisk prövning, inte en testaktivitet.',
    },
    rationale: {
      en: 'Innovationsplattformen VGR (seed 000): many requests lie "i gränslandet mellan innovation och klinisk prövning" (on the border between innovation and clinical investigation), which is why a resource from Gothia Forum, the clinical-studies node, takes part. Västerås Science Park (seed 004): "Det är också viktigt att ta ställning till om regelverket för medicintekniska produkter är tillämpligt" — settle early whether the medical-device regulation applies (Läkemedelsverket). Under MDR (EU 2017/745, articles 62–82) a device without CE marking for the use in question may be used on patients only in a clinical investigation, notified to or approved by Läkemedelsverket and reviewed by the Ethical Review Authority (Etikprövningsmyndigheten).',
      sv: 'Innovationsplattformen VGR (källa 000): många förfrågningar rör sig "i gränslandet mellan innovation och klinisk prövning", därför deltar en resurs från Gothia Forum. Västerås Science Park (källa 004): "Det är också viktigt att ta ställning till om regelverket för medicintekniska produkter är tillämpligt." Enligt MDR (EU 2017/745, artikel 62–82) får en produkt som inte är CE-märkt för användningen bara användas på patienter i en klinisk prövning som anmälts till eller godkänts av Läkemedelsverket och etikprövats av Etikprövningsmyndigheten.',
    },
    sources: [
      { seed: '000', title: 'Innovationsplattformen VGR', quote: 'i gränslandet mellan innovation och klinisk prövning' },
      { seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'ta ställning till om regelverket för medicintekniska produkter är tillämpligt' },
    ],
    processRule: true,
    fixes: ['open-docs', 'suppress'],
  },
  messages: {
    yes: {
      en: 'A medical device without CE marking for this use is to be used with patients: that is a clinical investigation (notified to or approved by Läkemedelsverket, with ethics review), not a case of kind `{kind}`. Bring in the clinical trials unit (e.g. Gothia Forum) and decide whether the case is a `clinical-trial`; if the product is CE marked for this use, record `solution.ce_marked: true`.',
      sv: 'En medicinteknisk produkt utan CE-märkning för denna användning ska användas på patienter: det är en klinisk prövning (anmäld till eller godkänd av Läkemedelsverket, med etikprövning), inte ett ärende av typen `{kind}`. Ta in enheten för kliniska studier (t.ex. Gothia Forum) och avgör om ärendet är en `clinical-trial`; om produkten är CE-märkt för användningen, ange `solution.ce_marked: true`.',
    },
    unrecorded: {
      en: 'A medical device is to be used with patients, and the case does not record that it is CE marked for this use: without that marking it is a clinical investigation (notified to or approved by Läkemedelsverket, with ethics review), not a case of kind `{kind}`. If the product is CE marked for this use, record `solution.ce_marked: true`; if not, bring in the clinical trials unit (e.g. Gothia Forum) and decide whether the case is a `clinical-trial`.',
      sv: 'En medicinteknisk produkt ska användas på patienter, och ärendet anger inte att den är CE-märkt för denna användning: utan den märkningen är det en klinisk prövning (anmäld till eller godkänd av Läkemedelsverket, med etikprövning), inte ett ärende av typen `{kind}`. Om produkten är CE-märkt för användningen, ange `solution.ce_marked: true`; annars, ta in enheten för kliniska studier (t.ex. Gothia Forum) och avgör om ärendet är en `clinical-trial`.',
    },
    unclear: {
      en: 'It is unclear whether the product is a medical device, and it is to be used with patients: settle MDR first — without CE marking for this use it is a clinical investigation (notified to or approved by Läkemedelsverket, with ethics review), not a case of kind `{kind}`. Ask the regulatory and clinical trials experts; record `solution.medical_device` and, if it applies, `solution.ce_marked`.',
      sv: 'Det är oklart om produkten är en medicinteknisk produkt, och den ska användas på patienter: reda ut MDR först — utan CE-märkning för användningen är det en klinisk prövning (anmäld till eller godkänd av Läkemedelsverket, med etikprövning), inte ett ärende av typen `{kind}`. Fråga experterna på medicinteknik och kliniska studier; ange `solution.medical_device` och vid behov `solution.ce_marked`.',
    },
  },
  checkCase({ data, view, report }) {
    // A missing or unknown kind, or a CE marking that is not a boolean, is the schema's finding.
    if (!view.kind || !KINDS.has(view.kind) || view.kind === 'clinical-trial') return;
    const solution = obj(data.solution);
    if (solution.ce_marked === true || (given(solution.ce_marked) && typeof solution.ce_marked !== 'boolean')) return;
    if (!holds({ medical_device: ['yes', 'unclear'], asks: ['patients'] }, data)) return;
    report({
      // `yes` with `ce_marked: false` says what the case says; with no `ce_marked`, that it is not recorded.
      messageId: solution.medical_device === 'unclear' ? 'unclear' : solution.ce_marked === false ? 'yes' : 'unrecorded',
      args: { kind: view.kind },
      severity: atLeast(view.phase, 'planning') ? 'error' : 'warning',
      at: { path: ['solution', 'medical_device'], part: 'value' },
    });
  },
});
