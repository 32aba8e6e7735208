import { defineRule } from './api';

// Reported by engine/suppressions.ts (spec section 8); the module holds its metadata and messages.
export default defineRule({
  meta: {
    id: 'suppression',
    defaultSeverity: 'warning',
    description: {
      en: 'A casefile-disable-next-line comment lacks a reason, names an unknown rule, or suppresses nothing.',
      sv: 'En casefile-disable-next-line-kommentar saknar motivering, nämner en okänd regel eller undertrycker ingenting.',
    },
    rationale: {
      en: 'Accepting a finding is a decision the team must be able to see and review; a stale suppression would hide the next real problem on that line.',
      sv: 'Att acceptera ett fynd är ett beslut som teamet ska kunna se och granska; en inaktuell undertryckning skulle dölja nästa verkliga problem på raden.',
    },
    sources: [],
  },
  messages: {
    'missing-reason': {
      en: 'The suppression needs a reason: `# casefile-disable-next-line <rule> -- <why the team accepts it>`. It suppresses nothing until it has one.',
      sv: 'Undertryckningen behöver en motivering: `# casefile-disable-next-line <regel> -- <varför teamet accepterar det>`. Den undertrycker ingenting förrän den har en.',
    },
    'placeholder-reason': {
      en: 'Replace the placeholder `REASON` with why the team accepts this finding. The suppression suppresses nothing until then.',
      sv: 'Ersätt platshållaren `REASON` med varför teamet accepterar fyndet. Undertryckningen undertrycker ingenting förrän dess.',
    },
    'missing-rule': {
      en: 'The suppression names no rule: `# casefile-disable-next-line <rule> -- <reason>`.',
      sv: 'Undertryckningen nämner ingen regel: `# casefile-disable-next-line <regel> -- <motivering>`.',
    },
    'unknown-rule': { en: 'Unknown rule `{rule}` in the suppression.{suggestion}', sv: 'Okänd regel `{rule}` i undertryckningen.{suggestion}' },
    unused: {
      en: 'This suppression of `{rule}` suppresses nothing on the next line; remove it.',
      sv: 'Denna undertryckning av `{rule}` undertrycker ingenting på nästa rad; ta bort den.',
    },
  },
});
