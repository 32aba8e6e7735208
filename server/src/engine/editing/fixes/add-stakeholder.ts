// missing-stakeholder → a `stakeholders` item with the role and a name to fill in.
import { appendItem } from '../yaml-edit';
import { CASE_KEY_ORDER, NAME_PLACEHOLDER, dataString, fix, pick, q, type FixBuilder } from './shared';

export const addStakeholder: FixBuilder = (parsed, finding, ctx) => {
  const role = dataString(finding, 'role');
  if (!role || !/^[a-z][a-z-]*$/.test(role)) return [];
  const edit = appendItem(
    parsed,
    'stakeholders',
    { block: [`- role: ${role}`, `  name: ${NAME_PLACEHOLDER}`], flow: `{ role: ${role}, name: ${NAME_PLACEHOLDER} }` },
    CASE_KEY_ORDER,
  );
  return fix('add-stakeholder', pick(ctx.locale, `Add stakeholder ${q('en', role)}`, `Lägg till deltagare ${q('sv', role)}`), edit, finding);
};
