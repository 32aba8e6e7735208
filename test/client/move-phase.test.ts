// The client's words after a move, and the Cases view's "Move to <phase>" menu: one entry per phase
// the tree item's contextValue names, titled with the schema's phase titles in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstProblem, movedMessage } from '../../client/src/move-model';
import { caseContext, type L10n } from '../../client/src/tree-model';
import { enumLabel } from '../../client/src/labels';
import { PHASES } from '../../server/src/engine/model';
import type { CaseEntry, MoveProblem } from '../../server/src/shared/protocol';

const root = join(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
function l10nOf(bundle: Record<string, string>): L10n {
  return { t: (message, ...args) => (bundle[message] ?? message).replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)])) };
}
const en = l10nOf({});
const sv = l10nOf(json('l10n/bundle.l10n.sv.json') as Record<string, string>);

const problem = (rule: string, message: string, severity: MoveProblem['severity'] = 'error', line = 10): MoveProblem => ({ rule, message, severity, line, column: 3 });

describe('movedMessage', () => {
  it('says the move added nothing, as information', () => {
    expect(movedMessage('VGR-2025-017', 'Project execution', [], en)).toEqual({ worse: false, text: 'VGR-2025-017 is now in Project execution; the move added no problems.' });
    expect(movedMessage('VGR-2025-017', 'Projektgenomförande', [], sv).text).toBe('VGR-2025-017 är nu i fasen Projektgenomförande; flytten gav inga nya problem.');
  });

  it('names one new problem whole, with its rule, as a warning', () => {
    const one = movedMessage('A-1', 'Result', [problem('phase-gate', 'needs outcome.result')], en);
    expect(one).toEqual({ worse: true, text: 'A-1 is now in Result — 1 new problem: needs outcome.result (phase-gate)' });
    expect(movedMessage('A-1', 'Resultat', [problem('phase-gate', 'saknar outcome.result')], sv).text).toBe(
      'A-1 är nu i fasen Resultat — 1 nytt problem: saknar outcome.result (phase-gate)',
    );
  });

  it('counts several by rule and quotes the first error, the one Open case reveals', () => {
    const four = [
      problem('missing-role', 'no owner', 'warning'),
      problem('missing-agreement', 'needs an NDA'),
      problem('missing-agreement', 'needs a test agreement'),
      problem('missing-agreement', 'needs a DPA'),
    ];
    expect(movedMessage('VGR-2025-017', 'Project execution', four, en)).toEqual({
      worse: true,
      text: 'VGR-2025-017 is now in Project execution — 4 new problems (missing-role, missing-agreement ×3). First: needs an NDA',
    });
    expect(movedMessage('VGR-2025-017', 'Projektgenomförande', four.slice(1, 3), sv).text).toBe(
      'VGR-2025-017 är nu i fasen Projektgenomförande — 2 nya problem (missing-agreement ×2). Först: needs an NDA',
    );
  });

  it('opens the case at the first error, else the first problem', () => {
    expect(firstProblem([problem('w', 'w', 'warning', 4), problem('e', 'e', 'error', 9)])?.line).toBe(9);
    expect(firstProblem([problem('w', 'w', 'warning', 4)])?.line).toBe(4);
    expect(firstProblem([])).toBeUndefined();
  });
});

describe('the Move to <phase> menu', () => {
  const manifest = json('package.json') as {
    contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string; group?: string }[]> };
  };
  const nls = { en: json('package.nls.json'), sv: json('package.nls.sv.json') };
  const entry = (phase: string): CaseEntry => ({ uri: 'file:///r/cases/a.case.yaml', phase, errors: 0, warnings: 0, infos: 0 });
  /** The context menu's move entries shown for a contextValue, as VS Code evaluates `viewItem =~ /…/`. */
  const shown = (contextValue: string) =>
    manifest.contributes.menus['view/item/context']!.filter((m) => m.command.startsWith('casefile.moveTo.')).filter((m) => {
      const re = /viewItem =~ \/(.+)\/$/.exec(m.when ?? '')?.[1];
      return re !== undefined && new RegExp(re).test(contextValue);
    });

  it('has one command per phase, titled with the schema phase title in English and Swedish', () => {
    for (const phase of PHASES) {
      const command = manifest.contributes.commands.find((c) => c.command === `casefile.moveTo.${phase}`);
      expect(command?.title, phase).toBe(`%command.moveTo.${phase}%`);
      expect(nls.en[`command.moveTo.${phase}`]).toBe(`Move to ${enumLabel('phase', phase, 'en')}`);
      expect(nls.sv[`command.moveTo.${phase}`]).toBe(`Flytta till ${enumLabel('phase', phase, 'sv')}`);
    }
  });

  it('shows, for a case in each phase, the next phase first and the previous second', () => {
    for (const [at, phase] of PHASES.entries()) {
      const menu = shown(caseContext(entry(phase)));
      const expected = [PHASES[at + 1], PHASES[at - 1]].flatMap((p, i) => (p ? [{ command: `casefile.moveTo.${p}`, group: `1_phase@${i + 1}` }] : []));
      expect(
        menu.map(({ command, group }) => ({ command, group })),
        phase,
      ).toEqual(expected);
    }
    expect(shown(caseContext(entry('nonsense')))).toEqual([]);
  });

  it('keeps the per-phase commands out of the palette (they act on a tree item)', () => {
    const palette = manifest.contributes.menus.commandPalette!;
    for (const phase of PHASES) expect(palette.find((m) => m.command === `casefile.moveTo.${phase}`)?.when).toBe('false');
  });
});
