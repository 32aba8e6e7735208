// Value completions that come from the repository rather than the schema: units and people from
// directory.yaml, manager roles from the policy, case ids (with their titles) for links.
import { managerKeys, managesUnit, personKey, roleKey, type Directory, type Person } from '../directory';
import { isObj, items, text } from '../model';
import type { ParsedYaml } from '../parse';
import { DEFAULT_MANAGER_ROLES } from '../policy';
import type { Locale, Path } from '../types';
import type { Cursor } from './cursor';
import { enumLine, enumValues, schemaAt } from './schema-docs';
import type { CaseRef, CompletionEntry, EditingContext } from './types';

export type Candidate = Omit<CompletionEntry, 'insertText' | 'replace'>;

const T = {
  manager: { en: 'Holds a manager role for `{unit}`.', sv: 'Har en chefsroll för `{unit}`.' },
  heldBy: { en: 'Roles at this unit:', sv: 'Roller vid enheten:' },
  directed: { en: 'A unit the case is directed at.', sv: 'En enhet som ärendet riktas till.' },
  roleOf: { en: '`{name}` holds this role for `{unit}`.', sv: '`{name}` har denna roll för `{unit}`.' },
  holdsRole: { en: 'Holds the role `{role}` in the directory.', sv: 'Har rollen `{role}` i katalogen.' },
  unitOf: { en: 'A unit where `{name}` holds a role.', sv: 'En enhet där `{name}` har en roll.' },
};

function say(locale: Locale, key: keyof typeof T, args: Record<string, string> = {}): string {
  return T[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? '');
}

/** `anchoring.[].by`: the path with indexes folded, to match fields by name. */
function pattern(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? '[]' : s)).join('.');
}

export function referenceEntries(parsed: ParsedYaml, ctx: EditingContext, cursor: Cursor, valuePath: Path): Candidate[] {
  const at = pattern(valuePath);
  const dir = ctx.directory;
  const { unit, role, name, by } = cursor.siblingValues;
  if (ctx.kind === 'case') {
    switch (at) {
      case 'directed_at.[].unit':
        return dir ? unitEntries(dir, ctx.locale, []) : [];
      case 'stakeholders.[].unit':
        return dir ? unitEntries(dir, ctx.locale, [], name) : [];
      case 'anchoring.[].unit':
        return dir ? unitEntries(dir, ctx.locale, directedUnits(parsed.value), by) : [];
      case 'anchoring.[].by':
        return dir ? managersFirst(dir, ctx, unit) : [];
      case 'stakeholders.[].name':
        return dir ? holdersFirst(dir, ctx.locale, role, unit) : [];
      case 'need.verified_by':
        return dir ? peopleEntries(dir, (p) => (unit !== undefined && p.roles.some((r) => r.unit === unit) ? 0 : 1)) : [];
      case 'anchoring.[].role':
        return roleEntries(ctx, cursor);
      case 'links.related.[]': {
        const own = ownId(parsed);
        return caseEntries(
          ctx.cases.filter((c) => c.id !== own),
          ctx.locale,
        );
      }
      default:
        return [];
    }
  }
  if (ctx.kind === 'directory') {
    if (at === 'people.[].roles.[].unit') return unitEntries(mergedDirectory(parsed.value, dir), ctx.locale, []);
    if (at === 'people.[].roles.[].role') return ctx.policy.managerRoles.map((label) => ({ label, kind: 'value' as const }));
  }
  if (ctx.kind === 'policy' && at === 'manager_roles.[]') {
    return DEFAULT_MANAGER_ROLES.map((label) => ({ label, kind: 'value' as const }));
  }
  return [];
}

/** Keys that name things rather than fields: an agreement's `financing` is keyed by its parties. */
export function referenceKeys(parsed: ParsedYaml, ctx: EditingContext, path: Path): string[] {
  if (ctx.kind !== 'case' || pattern(path) !== 'agreements.[].financing') return [];
  const agreement = path[1];
  const list = isObj(parsed.value) ? parsed.value.agreements : undefined;
  const item = Array.isArray(list) && typeof agreement === 'number' ? list[agreement] : undefined;
  return isObj(item) && Array.isArray(item.parties) ? item.parties.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

/**
 * Units; those of the item's person (`name` or `by`, if the directory knows them) first, then the
 * preferred ones (e.g. the units the case is directed at).
 */
function unitEntries(dir: Directory, locale: Locale, preferred: string[], personName?: string): Candidate[] {
  const people = [...dir.people.values()];
  const person = personName ? dir.people.get(personKey(personName)) : undefined;
  const own = new Set(person?.roles.map((r) => r.unit) ?? []);
  return [...dir.units.values()].map((u) => {
    const holders = people.flatMap((p) => p.roles.filter((r) => r.unit === u.id).map((r) => `- ${p.name} — ${r.role}`));
    const docs = [
      person && own.has(u.id) ? say(locale, 'unitOf', { name: person.name }) : '',
      preferred.includes(u.id) ? say(locale, 'directed') : '',
      holders.length ? `${say(locale, 'heldBy')}\n\n${holders.slice(0, 8).join('\n')}` : '',
    ];
    const rank = own.has(u.id) ? 0 : preferred.includes(u.id) ? 1 : 2;
    const entry: Candidate = { label: u.id, kind: 'reference', sortText: `${rank}${u.id}` };
    if (u.name) entry.detail = u.name;
    const documentation = docs.filter(Boolean).join('\n\n');
    if (documentation) entry.documentation = documentation;
    return entry;
  });
}

/** Case ids, each with its title beside it and its kind and phase in the docs. */
function caseEntries(cases: CaseRef[], locale: Locale): Candidate[] {
  const seen = new Set<string>();
  return [...cases]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((c) => {
      const entry: Candidate = { label: c.id, kind: 'reference' };
      if (c.title) entry.detail = c.title;
      const docs = (['kind', 'phase'] as const).flatMap((field) => {
        const value = c[field];
        return value ? [enumLine(field, value, locale)] : [];
      });
      if (docs.length) entry.documentation = docs.join('\n\n');
      return entry;
    });
}

/** People for `anchoring.by`: the unit's managers (as the rule judges them) first. */
function managersFirst(dir: Directory, ctx: EditingContext, unit: string | undefined): Candidate[] {
  const managers = managerKeys(ctx.policy.managerRoles);
  return peopleEntries(
    dir,
    (p) => (unit !== undefined && managesUnit(p, unit, managers) ? 0 : 1),
    (p) => (unit !== undefined && managesUnit(p, unit, managers) ? say(ctx.locale, 'manager', { unit }) : ''),
  );
}

/**
 * People for `stakeholders[].name`: those who hold the item's role in the directory first (compared
 * as roleKey compares, with the role's English and Swedish titles too: `legal` is held by a
 * `Jurist`), and among both groups those at the item's unit first.
 */
function holdersFirst(dir: Directory, locale: Locale, role: string | undefined, unit: string | undefined): Candidate[] {
  const keys = role ? roleSpellings(role) : new Set<string>();
  const held = (p: Person) => p.roles.find((r) => keys.has(roleKey(r.role)));
  return peopleEntries(
    dir,
    (p) => (held(p) ? 0 : 2) + (unit !== undefined && p.roles.some((r) => r.unit === unit) ? 0 : 1),
    (p) => {
      const r = held(p);
      return r ? say(locale, 'holdsRole', { role: r.role }) : '';
    },
  );
}

/** A stakeholder role as roleKey compares: its value and its titles in both languages. */
function roleSpellings(role: string): Set<string> {
  const schema = schemaAt('case', ['stakeholders', 0, 'role']);
  const titles = schema ? (['en', 'sv'] as const).flatMap((l) => enumValues(schema, l).find((v) => v.value === role)?.doc.title ?? []) : [];
  return new Set([role, ...titles].map(roleKey));
}

/** People, ranked (0 first: e.g. managers of the item's unit), with why as the first line of the docs. */
function peopleEntries(dir: Directory, rank: (p: Person) => number, why: (p: Person) => string = () => ''): Candidate[] {
  return [...dir.people.values()].map((p) => {
    const entry: Candidate = { label: p.name, kind: 'reference', sortText: `${rank(p)}${p.name}` };
    const roles = p.roles.map((r) => `${r.role} (${r.unit})`).join(', ');
    if (roles) entry.detail = roles;
    const docs = [why(p), p.email ?? ''].filter(Boolean);
    if (docs.length) entry.documentation = docs.join('\n\n');
    return entry;
  });
}

/**
 * Manager roles; the role the named person really holds for the unit first. Roles compare as the
 * rule compares them (roleKey), so one role is offered once, in the spelling met first.
 */
function roleEntries(ctx: EditingContext, cursor: Cursor): Candidate[] {
  const { by, unit } = cursor.siblingValues;
  const person = by && ctx.directory ? ctx.directory.people.get(personKey(by)) : undefined;
  const heldRoles = person && unit ? person.roles.filter((r) => r.unit === unit).map((r) => r.role) : [];
  const seen = new Set<string>();
  const roles = [...heldRoles.map((role) => ({ role, held: true })), ...ctx.policy.managerRoles.map((role) => ({ role, held: false }))].filter(
    ({ role }) => !seen.has(roleKey(role)) && seen.add(roleKey(role)),
  );
  return roles.map(({ role, held }, i) => {
    const entry: Candidate = { label: role, kind: 'value', sortText: `${held ? 0 : 1}${String(i).padStart(3, '0')}` };
    if (held && by && unit) entry.documentation = say(ctx.locale, 'roleOf', { name: by, unit });
    return entry;
  });
}

function directedUnits(value: unknown): string[] {
  if (!isObj(value)) return [];
  return items(value.directed_at).flatMap(({ item }) => {
    const unit = text(item.unit);
    return unit ? [unit] : [];
  });
}

/** The case's own id, from the data or, in broken YAML, from the text. */
function ownId(parsed: ParsedYaml): string | undefined {
  if (isObj(parsed.value) && typeof parsed.value.id === 'string') return parsed.value.id;
  const m = /^id:[ \t]*['"]?([^\s'"#]+)/m.exec(parsed.text);
  return m?.[1];
}

/** Units of the directory being edited, plus those of the loaded directory. */
function mergedDirectory(value: unknown, dir: Directory | undefined): Directory {
  const merged: Directory = { units: new Map(dir?.units ?? []), people: new Map(dir?.people ?? []) };
  if (isObj(value)) {
    for (const { item } of items(value.units)) {
      const id = text(item.id);
      if (id && !merged.units.has(id)) merged.units.set(id, { id, ...(typeof item.name === 'string' ? { name: item.name } : {}) });
    }
  }
  return merged;
}
