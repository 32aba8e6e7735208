// missing-stakeholder → a `stakeholders` item with the role and a name to fill in.
import { appendItem } from '../yaml-edit';
import { marked, NAME_PLACEHOLDER } from '../../placeholders';
import { CASE_KEY_ORDER, dataString, fix, pick, q, type FixBuilder } from './shared';

export const addStakeholder: FixBuilder = (parsed, finding, ctx) => {
  const role = dataString(finding, 'role');
  if (!role || !/^[a-z][a-z-]*$/.test(role)) return [];
  const name = marked(NAME_PLACEHOLDER);
  const edit = appendItem(parsed, 'stakeholders', { block: [`- role: ${role}`, `  name: ${name}`], flow: `{ role: ${role}, name: ${name} }` }, CASE_KEY_ORDER);
  return fix('add-stakeholder', pick(ctx.locale, `Add stakeholder ${q('en', role)}`, `Lägg till deltagare ${q('sv', role)}`), edit, finding);
};
