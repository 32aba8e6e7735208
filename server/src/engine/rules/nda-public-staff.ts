import { defineRule } from './api';
import { items, str } from '../model';

export default defineRule({
  meta: {
    id: 'nda-public-staff',
    defaultSeverity: 'warning',
    description: {
      en: 'An NDA signed by public employees is generally not binding under OSL; use a confidentiality agreement and a written understanding.',
      sv: 'Ett NDA som offentliganställda skriver under är i regel inte bindande enligt OSL; använd sekretessförbehåll och en skriftlig överenskommelse.',
    },
    rationale: {
      en: 'Västerås Science Park (seed 004): "det förekommer att man skriver ett Non-disclosure agreement (NDA) med personal i kommunen, men enligt många jurister är det inte bindande på grund av just OSL" — public employees have a strongly protected freedom of expression. The municipality can use a sekretessförbehåll or sekretessavtal, and a written understanding that stresses not spreading information from the development work is still worth making.',
      sv: 'Västerås Science Park (källa 004): "det förekommer att man skriver ett Non-disclosure agreement (NDA) med personal i kommunen, men enligt många jurister är det inte bindande på grund av just OSL" som ger offentliganställda en starkt skyddad yttrandefrihet. Kommunen kan använda sekretessförbehåll eller sekretessavtal, och en skriftlig överenskommelse om att inte sprida information är ändå värd att göra.',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'enligt många jurister är det inte bindande på grund av just OSL' }],
    fixes: ['replace-nda', 'suppress'],
  },
  messages: {
    nda: {
      en: 'An NDA with public employees is generally not binding under OSL (offentlighets- och sekretesslagen); use a `confidentiality` agreement (sekretessförbehåll) plus a written understanding.',
      sv: 'Ett NDA med offentliganställda är i regel inte bindande enligt OSL (offentlighets- och sekretesslagen); använd ett `confidentiality`-avtal (sekretessförbehåll) och en skriftlig överenskommelse.',
    },
  },
  checkCase({ data, report }) {
    for (const { item, index } of items(data.agreements)) {
      if (str(item.type) === 'nda') {
        report({ messageId: 'nda', at: { path: ['agreements', index, 'type'], part: 'value' }, data: { index } });
      }
    }
  },
});
