import { defineRule } from './api';
import { atLeast, given, notMapping, obj } from '../model';

export default defineRule({
  meta: {
    id: 'need-announcement-open',
    defaultSeverity: 'warning',
    description: {
      en: 'A need announcement records, from planning on, where and when it was published as an open call.',
      sv: 'En behovsannons anger från och med planeringsfasen var och när den publicerades som en öppen förfrågan.',
    },
    rationale: {
      en: 'VGR som Innovationsmotor (seed 001): "Genom att vi skapat denna förfrågan öppet, transparent och konkurrensneutralt skapar vi möjligheten att nå ett nyttiggörande genom att vi kan välja vägen upphandling" — because the call was made openly, transparently and competitively neutral, procurement remains a possible route to implementation; care is the initiator, "det är vi som ställer frågan och bjuder in och att alla har chans att bidra, vilket skapar en konkurrensneutralitet". A call that cannot be shown to have been public (where, from when) cannot show that every supplier had the same chance.',
      sv: 'VGR som Innovationsmotor (källa 001): "Genom att vi skapat denna förfrågan öppet, transparent och konkurrensneutralt skapar vi möjligheten att nå ett nyttiggörande genom att vi kan välja vägen upphandling", och "det är vi som ställer frågan och bjuder in och att alla har chans att bidra, vilket skapar en konkurrensneutralitet". En förfrågan som inte kan visas ha varit offentlig (var, från när) kan inte visa att alla leverantörer haft samma chans.',
    },
    sources: [{ seed: '001', title: 'VGR som Innovationsmotor', quote: 'öppet, transparent och konkurrensneutralt' }],
    processRule: true,
    fixes: ['add-announcement', 'suppress'],
  },
  messages: {
    missing: {
      en: 'A need announcement must be an open, competitively neutral call: from planning on, record where and when it was published ({missing}).',
      sv: 'En behovsannons ska vara en öppen, konkurrensneutral förfrågan: ange från och med planeringsfasen var och när den publicerades ({missing}).',
    },
  },
  checkCase({ data, view, report }) {
    if (view.kind !== 'need-announcement' || !atLeast(view.phase, 'planning')) return;
    if (notMapping(data.announcement)) return;
    const announcement = obj(data.announcement);
    const missing = (['channel', 'published'] as const).filter((key) => !given(announcement[key]));
    if (missing.length === 0) return;
    report({
      messageId: 'missing',
      args: { missing: missing.map((key) => `\`announcement.${key}\``).join(', ') },
      at: [
        { path: ['announcement'], part: 'key' },
        { path: ['kind'], part: 'value' },
      ],
      data: { missing },
    });
  },
});
