import { defineRule } from './api';

// Reported by engine/schema-findings.ts from ajv's errors; the module holds its metadata and messages.
export default defineRule({
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    description: {
      en: 'Every field must match the case format: known keys, right types, allowed values, required keys present.',
      sv: 'Varje fält ska följa ärendeformatet: kända nycklar, rätt typer, tillåtna värden och obligatoriska nycklar.',
    },
    rationale: {
      en: 'Unknown keys are errors so that a typo (e.g. `stakehoder`) is caught instead of silently ignored; the other rules can only trust fields that have the right shape.',
      sv: 'Okända nycklar är fel så att ett stavfel (t.ex. `stakehoder`) upptäcks i stället för att tyst ignoreras; övriga regler kan bara lita på fält med rätt form.',
    },
    sources: [],
    fixes: ['suppress'],
  },
  messages: {
    required: { en: 'Missing required key `{key}`{where}.', sv: 'Obligatorisk nyckel `{key}` saknas{where}.' },
    'required-signed': {
      en: 'Missing `signed`: a signed agreement needs the date it was signed.',
      sv: '`signed` saknas: ett undertecknat avtal behöver datumet då det undertecknades.',
    },
    'required-date': {
      en: 'Missing `date`: an anchoring decision needs its date (only a pending one may lack it).',
      sv: '`date` saknas: ett förankringsbeslut behöver sitt datum (bara ett väntande beslut får sakna det).',
    },
    'required-requester': {
      en: 'Missing `requester`: every case except a need announcement names the external party.',
      sv: '`requester` saknas: varje ärende utom en behovsannons anger den externa parten.',
    },
    unknown: { en: 'Unknown key `{key}`{where}.{suggestion}', sv: 'Okänd nyckel `{key}`{where}.{suggestion}' },
    enum: {
      en: '`{value}` is not allowed for `{field}`; use one of: {allowed}.{suggestion}',
      sv: '`{value}` är inte tillåtet för `{field}`; använd något av: {allowed}.{suggestion}',
    },
    const: { en: '`{field}` must be {expected}.', sv: '`{field}` ska vara {expected}.' },
    type: { en: '`{field}` must be {expected}, not {actual}.', sv: '`{field}` ska vara {expected}, inte {actual}.' },
    date: {
      en: '`{field}` must be a real date written YYYY-MM-DD, e.g. 2026-03-01.',
      sv: '`{field}` ska vara ett verkligt datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.',
    },
    email: { en: '`{field}` must be an e-mail address.', sv: '`{field}` ska vara en e-postadress.' },
    format: { en: '`{field}` must be a valid {format}.', sv: '`{field}` ska vara ett giltigt värde av formatet {format}.' },
    pattern: { en: '`{field}` has the wrong form: {hint}.', sv: '`{field}` har fel form: {hint}.' },
    range: { en: '`{field}` must be {range}.', sv: '`{field}` ska vara {range}.' },
    'min-length': { en: '`{field}` must not be empty.', sv: '`{field}` får inte vara tomt.' },
    'min-items': { en: '`{field}` needs at least {min} item(s).', sv: '`{field}` behöver minst {min} post(er).' },
    'unique-items': { en: '`{field}` lists this value twice.', sv: '`{field}` anger detta värde två gånger.' },
    other: { en: '`{field}` is not valid: {detail}.', sv: '`{field}` är ogiltigt: {detail}.' },
  },
});
