import { defineRule } from './api';
import { atLeast, obj, text } from '../model';

const PARTS = [
  { key: 'resources', sv: 'resursåtgång' },
  { key: 'risk', sv: 'risk' },
  { key: 'profit', sv: 'eventuell vinst' },
] as const;

export default defineRule({
  meta: {
    id: 'missing-risk-sharing',
    defaultSeverity: 'warning',
    description: {
      en: 'Co-development and innovation partnerships agree, from planning on, how resources, risk and profit are shared.',
      sv: 'Samutveckling och innovationspartnerskap kommer från planering överens om hur resurser, risk och vinst delas.',
    },
    rationale: {
      en: 'Västerås Science Park (seed 004): "Sträva efter att redan från början klargöra hur ni ska se på resursåtgång, risk och eventuell vinst" — clarify from the start how you see the use of resources, risk and any profit. Should the innovator pay for time spent? Can the municipality get something back if the innovation is a great commercial success? Settle it early.',
      sv: 'Västerås Science Park (källa 004): "Sträva efter att redan från början klargöra hur ni ska se på resursåtgång, risk och eventuell vinst." Ska innovatören ersätta kommunen för nedlagd tid? Kan kommunen få något tillbaka om innovationen blir en kommersiell framgång? Reglera det tidigt.',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'klargöra hur ni ska se på resursåtgång, risk och eventuell vinst' }],
    processRule: true,
    fixes: ['suppress'],
  },
  messages: {
    missing: {
      en: 'A {kind} case needs `risk_sharing` from planning on; agree on and record {parts}.',
      sv: 'Ett ärende av typen {kind} behöver `risk_sharing` från planering; kom överens om och dokumentera {parts_sv}.',
    },
  },
  checkCase({ data, view, report }) {
    if (view.kind !== 'co-development' && view.kind !== 'innovation-partnership') return;
    if (!atLeast(view.phase, 'planning')) return;
    const sharing = obj(data.risk_sharing);
    const missing = PARTS.filter((p) => !text(sharing[p.key]));
    if (missing.length === 0) return;
    report({
      messageId: 'missing',
      args: { kind: view.kind, parts: missing.map((p) => `\`${p.key}\``).join(', '), parts_sv: missing.map((p) => `\`${p.key}\` (${p.sv})`).join(', ') },
      at: [
        { path: ['risk_sharing'], part: 'key' },
        { path: ['kind'], part: 'value' },
      ],
      data: { missing: missing.map((p) => p.key) },
    });
  },
});
