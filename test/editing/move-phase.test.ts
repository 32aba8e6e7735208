// Moving a case's phase: the value and a log entry in one edit list, gated forward, free backward, refused at the ends.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { movePhase, type MovePhaseOptions } from '../../server/src/engine/editing/move-phase';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';

const CASE = (phase: string, extra = '') => `id: A-1\ntitle: t\nkind: dialogue\nphase: ${phase}\nopened: 2026-10-01\n${extra}`;

const TODAY = '2026-11-23';
const OPTIONS: MovePhaseOptions = { today: TODAY, locale: 'en' };
const LOGGED = (from: string, to: string, eol = '\n') => [`log:`, `  - date: ${TODAY}`, `    event: "Phase: ${from} → ${to}"`, `    phase: ${PHASE_OF[to]}`, ''].join(eol);
const PHASE_OF: Record<string, string> = {
  'Needs and landscape analysis': 'needs',
  'Planning and choice of path': 'planning',
  'Project execution': 'execution',
  Result: 'result',
  Closed: 'closed',
};

function move(text: string, direction: 'next' | 'previous', options = OPTIONS) {
  const outcome = movePhase(parseYaml(text), direction, options);
  return 'edits' in outcome ? { text: applyEdits(text, outcome.edits), phase: outcome.phase } : outcome;
}

describe('movePhase', () => {
  it('moves forward when the gate is met, changing the value (keeping quotes and the comment) and logging the move', () => {
    const text = CASE(`"needs"   # where it is`, 'need:\n  statement: s\n  verified: true\n');
    expect(move(text, 'next')).toEqual({
      text: text.replace('"needs"', '"planning"') + LOGGED('Needs and landscape analysis', 'Planning and choice of path'),
      phase: 'planning',
    });
  });

  it('keeps single quotes and CRLF line endings', () => {
    const text = CASE(`'result'`).replace(/\n/g, '\r\n');
    expect(move(text, 'previous')).toEqual({ text: text.replace(`'result'`, `'execution'`) + LOGGED('Result', 'Project execution', '\r\n'), phase: 'execution' });
  });

  it('writes the event in the UI language with the phase titles', () => {
    const moved = move(CASE('execution', 'log:\n  - { date: 2026-10-02, event: Start }\n'), 'previous', { today: TODAY, locale: 'sv' });
    expect(moved).toEqual({
      text: CASE('planning', `log:\n  - { date: 2026-10-02, event: Start }\n  - { date: ${TODAY}, event: "Fas: Projektgenomförande → Planering och vägval", phase: planning }\n`),
      phase: 'planning',
    });
  });

  it('refuses when log is not a list (the move could not be logged)', () => {
    expect(move(CASE('execution', 'log: soon\n'), 'previous')).toMatchObject({ refused: { en: expect.stringMatching(/log/) } });
  });

  it('refuses to move forward past an unmet gate and names the missing fields in both languages', () => {
    const text = CASE('planning', 'need: { statement: s, verified: true }\nevaluation: { notes: soon }\n');
    expect(move(text, 'next')).toEqual({
      refused: {
        en: 'Cannot move to Project execution (execution): evaluation.benefit and evaluation.feasibility are missing.',
        sv: 'Kan inte flytta till Projektgenomförande (execution): evaluation.benefit och evaluation.feasibility saknas.',
      },
    });
  });

  it('names a single missing field, and need.verified as needing true', () => {
    const refused = move(CASE('needs', 'need: { statement: s, verified: false }\n'), 'next');
    expect(refused).toEqual({
      refused: {
        en: 'Cannot move to Planning and choice of path (planning): need.verified: true is missing.',
        sv: 'Kan inte flytta till Planering och vägval (planning): need.verified: true saknas.',
      },
    });
  });

  it('gates closing on the outcome only', () => {
    const open = CASE('result');
    expect(move(open, 'next')).toMatchObject({ refused: { en: 'Cannot move to Closed (closed): outcome.result, outcome.date and outcome.lessons are missing.' } });
    const done = CASE('result', 'outcome: { result: implemented, date: 2026-11-01, lessons: l }\n');
    expect(move(done, 'next')).toMatchObject({ phase: 'closed' });
  });

  it('never gates moving back', () => {
    expect(move(CASE('execution'), 'previous')).toEqual({ text: CASE('planning') + LOGGED('Project execution', 'Planning and choice of path'), phase: 'planning' });
  });

  it('refuses at the ends', () => {
    expect(move(CASE('needs'), 'previous')).toEqual({
      refused: {
        en: 'The case is in Needs and landscape analysis (needs), the first phase; there is no previous phase.',
        sv: 'Ärendet är i fasen Behovs- och omvärldsanalys (needs), den första; det finns ingen föregående fas.',
      },
    });
    expect(move(CASE('closed'), 'next')).toEqual({
      refused: {
        en: 'The case is in Closed (closed), the last phase; there is no next phase.',
        sv: 'Ärendet är i fasen Avslutad (closed), den sista; det finns ingen nästa fas.',
      },
    });
  });

  it('refuses a missing or unknown phase and broken YAML', () => {
    for (const text of ['id: A-1\ntitle: t\n', CASE('planing'), CASE('[needs]'), CASE('needs', 'need: [\n'), '']) {
      const outcome = movePhase(parseYaml(text), 'next', OPTIONS);
      expect('refused' in outcome, text).toBe(true);
      if ('refused' in outcome) {
        expect(outcome.refused.en.length).toBeGreaterThan(10);
        expect(outcome.refused.sv).not.toBe(outcome.refused.en);
      }
    }
  });

  it('moves to the phase the menu named, and refuses when the step leads elsewhere (the file changed meanwhile)', () => {
    expect(move(CASE('execution'), 'previous', { ...OPTIONS, to: 'planning' })).toMatchObject({ phase: 'planning' });
    expect(move(CASE('result'), 'previous', { ...OPTIONS, to: 'planning' })).toEqual({
      refused: {
        en: 'The case is in Result (result) now, so it cannot move to Planning and choice of path (planning) in one step; nothing was changed.',
        sv: 'Ärendet är nu i fasen Resultat (result) och kan inte flyttas till Planering och vägval (planning) i ett steg; inget ändrades.',
      },
    });
  });
});
