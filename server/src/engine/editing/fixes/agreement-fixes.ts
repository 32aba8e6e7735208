// billing-model → `billing: actual-costs`; nda-public-staff → `confidentiality`.
import { replaceScalar, setKey } from '../yaml-edit';
import { dataIndex, fix, pick, q, type FixBuilder } from './shared';

export const setBillingActualCosts: FixBuilder = (parsed, finding, ctx) => {
  const index = dataIndex(finding);
  if (index === undefined) return [];
  const edit = setKey(parsed, ['agreements', index], 'billing', 'actual-costs');
  return fix('set-billing-actual-costs', pick(ctx.locale, `Set ${q('en', 'billing: actual-costs')}`, `Ange ${q('sv', 'billing: actual-costs')}`), edit, finding);
};

export const replaceNda: FixBuilder = (parsed, finding, ctx) => {
  const index = dataIndex(finding);
  if (index === undefined) return [];
  const edit = replaceScalar(parsed, ['agreements', index, 'type'], 'confidentiality');
  const title = pick(
    ctx.locale,
    `Replace ${q('en', 'nda')} by ${q('en', 'confidentiality')} (sekretessförbehåll)`,
    `Ersätt ${q('sv', 'nda')} med ${q('sv', 'confidentiality')} (sekretessförbehåll)`,
  );
  return fix('replace-nda', title, edit, finding);
};
