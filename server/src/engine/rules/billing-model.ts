import { defineRule } from './api';
import { items, str } from '../model';

// The billing values the schema knows; anything else is the schema's finding, not this rule's.
const OTHER_BILLING = new Set(['fixed-price', 'free-of-charge', 'other']);

export default defineRule({
  meta: {
    id: 'billing-model',
    defaultSeverity: 'error',
    description: {
      en: 'An assignment agreement (uppdragsavtal) charges actual costs only.',
      sv: 'Ett uppdragsavtal debiterar enbart faktiska kostnader.',
    },
    rationale: {
      en: 'Innovationsplattformen VGR (seed 000) has an internal guideline "med tillhörande debiteringsmodell och avtalsmall för uppdragsavtal" (with a billing model and a contract template for assignments), and notes that care sometimes has no room for an assignment "då vi enbart får debitera faktiska kostnader" (as we may charge actual costs only). A fixed price, a free-of-charge assignment or another model breaks that rule, so the assignment must state `billing: actual-costs`; a missing billing model is a warning until it is stated.',
      sv: 'Innovationsplattformen VGR (källa 000) har en intern riktlinje "med tillhörande debiteringsmodell och avtalsmall för uppdragsavtal", och konstaterar att vården ibland inte har utrymme för ett uppdrag "då vi enbart får debitera faktiska kostnader". Fast pris, ett kostnadsfritt uppdrag eller en annan modell bryter mot det, så uppdragsavtalet ska ange `billing: actual-costs`; en debiteringsmodell som saknas ger en varning tills den är angiven.',
    },
    sources: [{ seed: '000', title: 'Innovationsplattformen VGR: stöd i näringslivssamverkan', quote: 'vi enbart får debitera faktiska kostnader' }],
    fixes: ['set-billing-actual-costs', 'suppress'],
  },
  messages: {
    missing: {
      en: 'The assignment agreement (uppdragsavtal) has no `billing`; care may charge actual costs only, so add `billing: actual-costs`.',
      sv: 'Uppdragsavtalet saknar `billing`; vården får enbart debitera faktiska kostnader, så lägg till `billing: actual-costs`.',
    },
    'not-actual-costs': {
      en: 'The assignment agreement (uppdragsavtal) is billed as `{billing}`, but care may charge actual costs only; change it to `actual-costs`.',
      sv: 'Uppdragsavtalet debiteras som `{billing}`, men vården får enbart debitera faktiska kostnader; ändra till `actual-costs`.',
    },
  },
  checkCase({ data, report }) {
    for (const { item, index } of items(data.agreements)) {
      if (str(item.type) !== 'assignment') continue;
      if (!('billing' in item)) {
        report({ messageId: 'missing', severity: 'warning', at: { path: ['agreements', index, 'type'], part: 'value' }, data: { index } });
        continue;
      }
      const billing = str(item.billing);
      if (billing !== undefined && OTHER_BILLING.has(billing)) {
        report({ messageId: 'not-actual-costs', severity: 'error', args: { billing }, at: { path: ['agreements', index, 'billing'], part: 'value' }, data: { index } });
      }
    }
  },
});
