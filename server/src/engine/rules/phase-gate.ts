import { defineRule } from './api';
import { unmetGate } from '../gates';
import { PHASES, type Phase } from '../model';

export default defineRule({
  meta: {
    id: 'phase-gate',
    defaultSeverity: 'error',
    description: {
      en: 'A case is only in a phase whose entry needs are met: a verified need for planning, benefit and feasibility for execution, an outcome with lessons to close.',
      sv: 'Ett ärende är bara i en fas vars ingångskrav är uppfyllda: verifierat behov för planering, nytta och genomförbarhet för genomförande, utfall med lärdomar för avslut.',
    },
    rationale: {
      en: 'Sweper Spelplan (seed 002) goes from identified need to implementation in four steps; in the needs phase "utreds verksamhetens egentliga behov" (the real need is investigated) before a path is chosen. VGR as Innovationsmotor (seed 001) assesses proposals "med avseende på nytta och genomförbarhet" (for benefit and feasibility) before projects are proposed. Västerås Science Park (seed 004) asks that a collaboration that ends is closed with "en gemensam historieskrivning" (a shared account) and reflection.',
      sv: 'Swepers spelplan (källa 002) går från identifierat behov till införande i fyra steg; i behovsfasen utreds verksamhetens egentliga behov innan vägval görs. VGR som Innovationsmotor (källa 001) analyserar förslag med avseende på nytta och genomförbarhet innan projekt föreslås. Västerås Science Park (källa 004) vill att ett avslutat samarbete får en gemensam historieskrivning och reflektion.',
    },
    sources: [
      { seed: '002', title: 'Sweper: Spelplan för innovation', quote: 'I behovsfasen utreds verksamhetens egentliga behov' },
      { seed: '001', title: 'VGR som Innovationsmotor: frågestund', quote: 'analys med avseende på nytta och genomförbarhet' },
      { seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Eftersträva en gemensam historieskrivning' },
    ],
    fixes: ['suppress'],
  },
  messages: {
    unmet: {
      en: 'The case cannot be in `{phase}` yet: it lacks {missing}. Fill them in, or move the case back.',
      sv: 'Ärendet kan inte vara i `{phase}` än: det saknar {missing_sv}. Fyll i dem, eller flytta tillbaka ärendet.',
    },
  },
  checkCase({ data, view, report }) {
    const phase = view.phase as Phase | undefined;
    if (!phase || !PHASES.includes(phase)) return;
    const missing = unmetGate(data, phase);
    if (missing.length === 0) return;
    const list = (word: string) => missing.map((m) => `\`${m.field === 'need.verified' ? 'need.verified: true' : m.field}\` (${word} ${m.phase})`).join(', ');
    report({
      messageId: 'unmet',
      args: { phase, missing: list('needed from'), missing_sv: list('krävs från') },
      at: { path: ['phase'], part: 'value' },
      data: { missing: missing.map((m) => m.field), gates: missing },
    });
  },
});
