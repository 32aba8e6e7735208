import { defineRule } from './api';
import { atLeast, obj } from '../model';

const KINDS = new Set(['co-development', 'test-activity', 'need-announcement']);

export default defineRule({
  meta: {
    id: 'procurement-not-considered',
    defaultSeverity: 'warning',
    description: {
      en: 'Co-development, test activities and need announcements consider procurement from planning on.',
      sv: 'Samutveckling, testaktiviteter och behovsannonser överväger upphandling från planering.',
    },
    rationale: {
      en: 'Sweper Spelplan (seed 002), citing Upphandlingsmyndigheten: procurement can be a precondition for reaching implementation, "och då behöver man ta hänsyn till upphandling tidigt i projektet" (so procurement must be considered early), weaving the innovation and procurement processes together and avoiding "projektfällan" — solutions that ease the project but hinder implementation afterwards. Västerås Science Park (seed 004) adds that close development collaboration is no obstacle to a later procurement, if the documents are open.',
      sv: 'Swepers spelplan (källa 002), med Upphandlingsmyndigheten: upphandling kan vara en förutsättning för att nå implementering, "och då behöver man ta hänsyn till upphandling tidigt i projektet", genom att fläta samman innovations- och upphandlingsprocessen och undvika projektfällan. Västerås Science Park (källa 004): ett nära utvecklingssamarbete hindrar inte en framtida upphandling.',
    },
    sources: [
      { seed: '002', title: 'Sweper: Spelplan för innovation', quote: 'ta hänsyn till upphandling tidigt i projektet' },
      { seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'tro inte på myten' },
    ],
    processRule: true,
    fixes: ['suppress'],
  },
  messages: {
    missing: {
      en: 'Procurement has not been considered: from planning on, a {kind} case records `procurement.considered: true` (with the route) after talking to procurement, to avoid the project trap.',
      sv: 'Upphandling har inte övervägts: från planering anger ett ärende av typen {kind} `procurement.considered: true` (med vägen) efter samråd med inköp, för att undvika projektfällan.',
    },
  },
  checkCase({ data, view, report }) {
    if (!view.kind || !KINDS.has(view.kind) || !atLeast(view.phase, 'planning')) return;
    if (obj(data.procurement).considered === true) return;
    report({
      messageId: 'missing',
      args: { kind: view.kind },
      at: [
        { path: ['procurement'], part: 'key' },
        { path: ['kind'], part: 'value' },
      ],
    });
  },
});
