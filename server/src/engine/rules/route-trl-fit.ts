import { defineRule } from './api';
import { obj } from '../model';

export default defineRule({
  meta: {
    id: 'route-trl-fit',
    defaultSeverity: 'info',
    description: {
      en: "The collaboration route fits the solution's maturity (TRL): co-development for early solutions, a partnership only where the market has none.",
      sv: 'Samverkansformen passar lösningens mognadsgrad (TRL): samutveckling för tidiga lösningar, partnerskap bara där marknaden saknar lösning.',
    },
    rationale: {
      en: 'VGR som Innovationsmotor (seed 001): "Det är anledningen till att mognadsgrad (TRL nivå) efterfrågas, eftersom det underlättar vår bedömning av vilken typ av projekt det kan bli tal om" — the maturity level tells what kind of project it can be; research and development collaboration (FoU-samverkan) fits early maturity, while a mature solution is tested or procured. For solutions that are not finished the seed points to Sweper\'s Spelplan (seed 002), which starts from a unit that "idag saknar en godtagbar lösning" (lacks an acceptable solution today); an innovation partnership may be used only when the authority needs solutions that do not exist on the market (Upphandlingsmyndigheten), and at TRL 9 the solution exists on the market.',
      sv: 'VGR som Innovationsmotor (källa 001): "Det är anledningen till att mognadsgrad (TRL nivå) efterfrågas, eftersom det underlättar vår bedömning av vilken typ av projekt det kan bli tal om." FoU-samverkan passar tidig mognad, medan en mogen lösning testas eller upphandlas. För lösningar som inte är färdiga hänvisar källan till Swepers spelplan (källa 002), som utgår från en verksamhet som "idag saknar en godtagbar lösning"; innovationspartnerskap får användas bara när myndigheten behöver lösningar som inte finns på marknaden (Upphandlingsmyndigheten), och vid TRL 9 finns lösningen på marknaden.',
    },
    sources: [
      { seed: '001', title: 'VGR som Innovationsmotor', quote: 'mognadsgrad (TRL nivå) efterfrågas' },
      { seed: '002', title: 'Sweper: Spelplan för innovation', quote: 'saknar en godtagbar lösning' },
    ],
    processRule: true,
    fixes: ['suppress'],
  },
  messages: {
    'co-development': {
      en: 'The solution is at TRL {trl}: research and development collaboration (FoU-samverkan) fits early maturity, preferably TRL 1–3; a mature solution is usually tested (`test-activity`) or procured. Check that co-development is the right route.',
      sv: 'Lösningen har TRL {trl}: FoU-samverkan passar tidig mognad, helst TRL 1–3; en mogen lösning testas oftast (`test-activity`) eller upphandlas. Pröva om samutveckling är rätt väg.',
    },
    'innovation-partnership': {
      en: 'The solution is at TRL 9, on the market: an innovation partnership needs a need the market cannot meet. Consider a procurement instead, or record why the market cannot meet the need.',
      sv: 'Lösningen har TRL 9 och finns på marknaden: ett innovationspartnerskap kräver ett behov som marknaden inte kan möta. Överväg en upphandling i stället, eller dokumentera varför marknaden inte kan möta behovet.',
    },
  },
  checkCase({ data, view, report }) {
    const trl = obj(data.solution).trl;
    // TRL is an integer 1–9; anything else is the schema's finding.
    if (typeof trl !== 'number' || !Number.isInteger(trl) || trl < 1 || trl > 9) return;
    const misfit = (view.kind === 'co-development' && trl >= 7) || (view.kind === 'innovation-partnership' && trl === 9);
    if (!misfit) return;
    report({ messageId: view.kind as 'co-development' | 'innovation-partnership', args: { trl }, at: { path: ['solution', 'trl'], part: 'value' } });
  },
});
