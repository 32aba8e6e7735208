// device-investigation → the rule's page, not an edit: whether the case is a clinical trial is a
// person's decision, which the page helps to make. The editor runs the command the fix names.
import { pick, type FixBuilder } from './shared';

export const openDocs: FixBuilder = (_parsed, finding, ctx) => [
  {
    id: 'open-docs',
    title: pick(ctx.locale, `Open the rule's page: ${finding.rule}`, `Öppna regelns sida: ${finding.rule}`),
    edits: [],
    command: { command: 'show-rule-docs', rule: finding.rule },
    finding,
    preferred: false,
  },
];
