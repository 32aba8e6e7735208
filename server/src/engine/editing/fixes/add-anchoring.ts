// unanchored-request → a pending `anchoring` entry for the unit, by its manager when the directory
// names one. A pending or declined decision is the team's to change, so it gets no fix.
import { roleKey } from '../../directory';
import { items, text } from '../../model';
import { appendItem, scalarText } from '../yaml-edit';
import { marked, NAME_PLACEHOLDER } from '../../placeholders';
import { CASE_KEY_ORDER, dataString, fix, pick, q, type FixBuilder } from './shared';

export const addAnchoring: FixBuilder = (parsed, finding, ctx) => {
  const unit = dataString(finding, 'unit');
  const verdict = dataString(finding, 'verdict');
  if (!unit || verdict === 'pending' || verdict === 'declined') return [];
  const entries = items((parsed.value as { anchoring?: unknown } | undefined)?.anchoring).filter(({ item }) => text(item.unit) === unit);
  if (entries.some(({ item }) => item.decision === 'pending' || item.decision === 'declined')) return [];
  const manager = managerOf(unit, ctx.policy.managerRoles, ctx.directory?.people.values());
  // The manager's name as YAML; else the placeholder, marked for the editor to select (after quoting).
  const by = manager ? scalarText(manager.name) : marked(NAME_PLACEHOLDER);
  const byFlow = manager ? scalarText(manager.name, { flow: true }) : marked(NAME_PLACEHOLDER);
  const role = manager?.role ?? ctx.policy.managerRoles[0] ?? 'verksamhetschef';
  const edit = appendItem(
    parsed,
    'anchoring',
    {
      block: [`- unit: ${scalarText(unit)}`, `  by: ${by}`, `  role: ${scalarText(role)}`, '  decision: pending'],
      flow: `{ unit: ${scalarText(unit, { flow: true })}, by: ${byFlow}, role: ${scalarText(role, { flow: true })}, decision: pending }`,
    },
    CASE_KEY_ORDER,
  );
  const title = pick(ctx.locale, `Add anchoring for ${q('en', unit)} (pending, ${role})`, `Lägg till förankring för ${q('sv', unit)} (väntar, ${role})`);
  return fix('add-anchoring', title, edit, finding);
};

/** The first person the directory lists with a manager role at the unit, in the policy's role order. */
function managerOf(unit: string, roles: string[], people: Iterable<{ name: string; roles: { role: string; unit: string }[] }> | undefined) {
  const all = [...(people ?? [])];
  for (const wanted of roles) {
    for (const person of all) {
      // As the rule compares roles (case, Unicode form and white space aside).
      const held = person.roles.find((r) => r.unit === unit && roleKey(r.role) === roleKey(wanted));
      if (held) return { name: person.name, role: held.role };
    }
  }
  return undefined;
}
