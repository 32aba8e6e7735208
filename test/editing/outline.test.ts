import { describe, expect, it } from 'vitest';
import { outline } from '../../server/src/engine/editing/outline';
import type { OutlineNode } from '../../server/src/engine/editing/types';
import { parseYaml } from '../../server/src/engine/parse';
import { sample } from './context';

const CASE = sample('cases/2026/vgr-2026-012.case.yaml');

/** Every node's selection lies inside its range, and children inside their parent. */
function checkNesting(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    expect(n.offset).toBeLessThanOrEqual(n.selectionOffset);
    expect(n.selectionEndOffset).toBeLessThanOrEqual(n.endOffset);
    if (parent) {
      expect(n.offset).toBeGreaterThanOrEqual(parent.offset);
      expect(n.endOffset).toBeLessThanOrEqual(parent.endOffset);
    }
    checkNesting(n.children, n);
  }
}

describe('outline of a case', () => {
  const [root, ...rest] = outline(parseYaml(CASE));

  it('has one root named by id and title, with the kind as detail', () => {
    expect(rest).toEqual([]);
    expect(root).toMatchObject({ name: 'VGR-2026-012 — Test av AI-baserad bemanningsplanering på medicinområdet NÄL', kind: 'case', detail: 'test-activity' });
    expect(CASE.slice(root!.selectionOffset, root!.selectionEndOffset)).toBe('id');
  });

  it('lists the top-level keys in order, phase and sections by their kind', () => {
    const names = root!.children.map((c) => `${c.kind}:${c.name}`);
    expect(names.slice(0, 8)).toEqual(['field:version', 'field:id', 'field:title', 'field:kind', 'field:origin', 'phase:phase: execution', 'field:opened', 'field:summary']);
    expect(names).toContain('section:stakeholders');
    expect(names).toContain('section:agreements');
    expect(names[names.length - 1]).toBe('field:tags');
  });

  it('stakeholders as "role — name", agreements as "type (status)"', () => {
    const stakeholders = root!.children.find((c) => c.name === 'stakeholders')!;
    expect(stakeholders.children.map((c) => c.name)).toEqual([
      'innovation-officer — Maria Holm',
      'legal — Henrik Dahl',
      'it — Sara Nyström',
      'procurement — Lars Ekman',
      'care-representative — Jenny Olausson',
      'data-protection — Amira Haddad',
    ]);
    const agreements = root!.children.find((c) => c.name === 'agreements')!;
    expect(agreements.children.map((c) => c.name)).toEqual(['assignment (signed)', 'confidentiality (signed)', 'data-processing (signed)']);
    expect(agreements.children.every((c) => c.kind === 'item')).toBe(true);
  });

  it('selects keys; an item selects its first key', () => {
    const phase = root!.children.find((c) => c.kind === 'phase')!;
    expect(CASE.slice(phase.selectionOffset, phase.selectionEndOffset)).toBe('phase');
    expect(CASE.slice(phase.offset, phase.endOffset)).toBe('phase: execution');
    const firstAgreement = root!.children.find((c) => c.name === 'agreements')!.children[0]!;
    expect(CASE.slice(firstAgreement.selectionOffset, firstAgreement.selectionEndOffset)).toBe('type');
    expect(CASE.slice(firstAgreement.offset, firstAgreement.endOffset)).toMatch(/^type: assignment[\s\S]*företagets offert\.$/);
  });

  it('nests ranges properly', () => {
    checkNesting(outline(parseYaml(CASE)));
  });

  it('scalar fields show their value as detail', () => {
    expect(root!.children.find((c) => c.name === 'opened')!.detail).toBe('2026-03-16');
  });
});

describe('outline of other files and broken YAML', () => {
  it('a policy: top-level keys, list items under them', () => {
    const nodes = outline(parseYaml(sample('casefile.yaml')));
    expect(nodes.map((n) => n.name)).toEqual(['organisation', 'rules', 'manager_roles', 'stale_after_days', 'required_stakeholders']);
    expect(nodes.every((n) => n.kind === 'field')).toBe(true);
    expect(nodes.find((n) => n.name === 'manager_roles')!.children.map((c) => c.name)).toContain('avdelningschef');
    expect(nodes.find((n) => n.name === 'required_stakeholders')!.children.map((c) => c.name)).toEqual(['procurement']);
  });

  it('a directory: units by id, people by name', () => {
    const nodes = outline(parseYaml(sample('directory.yaml')));
    const units = nodes.find((n) => n.name === 'units')!;
    expect(units.children[0]!.name).toBe('VGR/Innovationsplattformen');
    expect(nodes.find((n) => n.name === 'people')!.children[0]!.name).toBe('Maria Holm');
    checkNesting(nodes);
  });

  it('half-typed YAML: what can be found', () => {
    const nodes = outline(parseYaml('id: X\ntitle: T\nphase: \nstakeholders:\n  - role: legal\n  - ro\n'));
    expect(nodes[0]!.name).toBe('X — T');
    expect(nodes[0]!.children.find((c) => c.kind === 'phase')!.name).toBe('phase');
  });

  it('never throws', () => {
    for (const t of ['', '- a\n- b', 'a: [', '{', ': x', 'id:\n  - x', 'a: *b', '\t\tx: y']) {
      expect(() => outline(parseYaml(t))).not.toThrow();
    }
    expect(outline(parseYaml('- a\n- b'))).toEqual([]);
  });

  it('CRLF: ranges still point at the keys', () => {
    const text = CASE.replace(/\n/g, '\r\n');
    const [root] = outline(parseYaml(text));
    const tags = root!.children.find((c) => c.name === 'tags')!;
    expect(text.slice(tags.selectionOffset, tags.selectionEndOffset)).toBe('tags');
  });
});
