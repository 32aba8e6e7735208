import { defineRule } from './api';
import { given, obj } from '../model';

export default defineRule({
  meta: {
    id: 'third-country-data',
    defaultSeverity: 'error',
    description: {
      en: 'Personal or patient data reachable outside the EU/EEA needs a transfer basis under GDPR chapter V.',
      sv: 'Person- eller patientuppgifter som kan nås utanför EU/EES kräver en grund för överföringen enligt GDPR kapitel V.',
    },
    rationale: {
      en: 'Västerås Science Park (seed 004): care is governed by "Offentlighets- och sekretesslagen (OSL), Patientdatalagen och GDPR", and a developer working close to care may need access to confidential data. Data that is processed, stored or merely reachable (support, cloud operations) outside the EU/EEA is a transfer to a third country: GDPR chapter V (articles 44–49) allows it only on an adequacy decision, appropriate safeguards such as standard contractual clauses or binding corporate rules, or a narrow derogation. The Parliamentary Ombudsman (JO, dnr 6794-2017, 2019) criticised Region Halland for disclosing pseudonymised patient-record data to a partner in the USA within a development collaboration without meeting the requirements for a transfer to a third country: pseudonymised data is still personal data.',
      sv: 'Västerås Science Park (källa 004): verksamheten regleras av "Offentlighets- och sekretesslagen (OSL), Patientdatalagen och GDPR", och en innovatör som arbetar verksamhetsnära kan behöva tillgång till sekretessbelagda uppgifter. Uppgifter som behandlas, lagras eller bara kan nås (support, molndrift) utanför EU/EES förs över till tredjeland: GDPR kapitel V (artikel 44–49) tillåter det bara med adekvansbeslut, lämpliga skyddsåtgärder som standardavtalsklausuler eller bindande företagsbestämmelser, eller ett snävt undantag. JO (dnr 6794-2017, 2019) kritiserade Region Halland för att inom ett utvecklingssamarbete ha lämnat ut pseudonymiserade journaluppgifter till en samarbetspartner i USA utan att kraven för överföring till tredjeland var uppfyllda: pseudonymiserade uppgifter är fortfarande personuppgifter.',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Offentlighets- och sekretesslagen (OSL), Patientdatalagen och GDPR' }],
    fixes: ['suppress'],
  },
  messages: {
    personal: {
      en: 'Personal data is processed, stored or reachable outside the EU/EEA but no `data.transfer_basis` is recorded; settle the GDPR chapter V basis with legal and data protection (adequacy decision, standard contractual clauses, binding corporate rules or a derogation) before any data is shared.',
      sv: 'Personuppgifter behandlas, lagras eller kan nås utanför EU/EES men ingen `data.transfer_basis` är angiven; fastställ grunden enligt GDPR kapitel V med jurist och dataskyddsombud (adekvansbeslut, standardavtalsklausuler, bindande företagsbestämmelser eller undantag) innan några uppgifter delas.',
    },
    patient: {
      en: 'Patient data is processed, stored or reachable outside the EU/EEA but no `data.transfer_basis` is recorded; settle the GDPR chapter V basis with legal and data protection (adequacy decision, standard contractual clauses, binding corporate rules or a derogation) and check Patientdatalagen and OSL before any data is shared.',
      sv: 'Patientuppgifter behandlas, lagras eller kan nås utanför EU/EES men ingen `data.transfer_basis` är angiven; fastställ grunden enligt GDPR kapitel V med jurist och dataskyddsombud (adekvansbeslut, standardavtalsklausuler, bindande företagsbestämmelser eller undantag) och kontrollera vad patientdatalagen och OSL kräver innan några uppgifter delas.',
    },
  },
  checkCase({ data, report }) {
    const flags = obj(data.data);
    if (flags.third_country !== true) return;
    if (flags.patient_data !== true && flags.personal_data !== true) return;
    if (given(flags.transfer_basis)) return;
    report({ messageId: flags.patient_data === true ? 'patient' : 'personal', at: { path: ['data', 'third_country'], part: 'value' } });
  },
});
