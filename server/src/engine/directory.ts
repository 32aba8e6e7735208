// directory.yaml: the organisation's units and people with the roles they hold.
import { isObj, items, str, text } from './model';

export interface Directory {
  units: Map<string, { id: string; name?: string }>;
  people: Map<string, Person>;
}

export interface Person {
  name: string;
  email?: string;
  roles: { role: string; unit: string }[];
}

/** Names compare without case and with runs of white space folded. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Role names compare without case, Unicode form or extra white space (`Verksamhetschef` = `verksamhetschef`). */
export function roleKey(role: string): string {
  return role.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function directoryFrom(value: unknown): Directory {
  const directory: Directory = { units: new Map(), people: new Map() };
  if (!isObj(value)) return directory;
  for (const { item } of items(value.units)) {
    const id = text(item.id);
    if (id) directory.units.set(id, { id, name: str(item.name) });
  }
  for (const { item } of items(value.people)) {
    const name = text(item.name);
    if (!name) continue;
    const roles = items(item.roles).flatMap(({ item: r }) => {
      const role = text(r.role);
      const unit = text(r.unit);
      return role && unit ? [{ role, unit }] : [];
    });
    directory.people.set(personKey(name), { name, email: str(item.email), roles });
  }
  return directory;
}

/** A policy's manager roles as roleKey compares them. */
export function managerKeys(roles: readonly string[]): Set<string> {
  return new Set(roles.map(roleKey));
}

/** True when the person holds one of the manager roles (`managerKeys`) for the unit. */
export function managesUnit(person: Person, unit: string, managers: ReadonlySet<string>): boolean {
  return person.roles.some((r) => r.unit === unit && managers.has(roleKey(r.role)));
}
