// Portfolio reports built by hand, so the HTML tests do not depend on the computation: one like the
// samples (16 cases), an empty one, and a generator for large portfolios.
import type { PortfolioReport, StaleCase, TimeInPhase, UnitLoad } from '../../server/src/engine/portfolio/types';

const tip = (id: string, title: string, phase: string, since: string, days: number, source: TimeInPhase['source'], stale = false): TimeInPhase => ({
  id,
  title,
  phase,
  since,
  days,
  source,
  file: `samples/cases/${id.toLowerCase()}.case.yaml`,
  limit: 90,
  stale,
});

export function sampleReport(): PortfolioReport {
  const timeInPhase = [
    tip('VGR-2026-001', 'Digital sårvårdsuppföljning i hemmet', 'needs', '2026-05-12', 195, 'opened', true),
    tip('VGR-2026-004', 'AI-stöd för triage på vårdcentral', 'needs', '2026-09-30', 54, 'log'),
    tip('RH-2026-011', 'Sensorer för fallprevention', 'needs', '2026-10-20', 34, 'opened'),
    tip('VGR-2026-002', 'Fjärrmonitorering av hjärtsviktspatienter', 'planning', '2026-06-02', 174, 'log', true),
    tip('VGR-2026-007', 'Läkemedelsrobot i hemtjänst', 'planning', '2026-08-15', 100, 'git'),
    tip('RH-2026-003', 'Digital rehab efter höftfraktur', 'planning', '2026-10-01', 53, 'log'),
    tip('VGR-2026-003', 'Taligenkänning för journalföring', 'execution', '2026-03-10', 258, 'log'),
    tip('VGR-2026-009', 'Smart plåster för sårinfektion', 'execution', '2026-07-01', 145, 'git', true),
    tip('RH-2026-005', 'Videotolk i akutmottagning', 'execution', '2026-09-14', 70, 'log'),
    tip('VGR-2026-012', 'Självprovtagning för HPV', 'execution', '2026-10-28', 26, 'log'),
    tip('VGR-2025-031', 'Beslutsstöd för antibiotika', 'result', '2026-04-20', 217, 'log'),
    tip('RH-2025-019', 'Digitalt stöd för diabetesvård', 'result', '2026-08-01', 114, 'opened'),
  ];
  const stale: StaleCase[] = [
    {
      id: 'VGR-2026-002',
      title: 'Fjärrmonitorering av hjärtsviktspatienter',
      phase: 'planning',
      days: 112,
      file: 'samples/cases/vgr-2026-002.case.yaml',
      last: '2026-08-03',
      owner: 'Anna Lindqvist',
      unit: 'VGR/Sahlgrenska/Kardiologi',
    },
    {
      id: 'VGR-2026-001',
      title: 'Digital sårvårdsuppföljning i hemmet',
      phase: 'needs',
      days: 195,
      file: 'samples/cases/vgr-2026-001.case.yaml',
      last: '2026-05-12',
      owner: 'Erik Johansson',
      unit: 'VGR/Primärvård/VC-Lerum',
    },
    {
      id: 'VGR-2026-009',
      title: 'Smart plåster för sårinfektion',
      phase: 'execution',
      days: 97,
      file: 'samples/cases/vgr-2026-009.case.yaml',
      last: '2026-08-18',
      unit: 'VGR/Primärvård/VC-Lerum',
    },
  ];
  const units: UnitLoad[] = [
    { unit: 'VGR/Primärvård/VC-Lerum', active: 4, phases: { needs: 2, execution: 2 } },
    { unit: 'VGR/Sahlgrenska/Kardiologi', active: 2, phases: { planning: 1, result: 1 } },
    { unit: 'Region Halland/Hallands sjukhus/Ortopedi', active: 2, phases: { planning: 1, execution: 1 } },
    { unit: 'VGR/NU-sjukvården/Akutmottagningen', active: 1, phases: { execution: 1 } },
    { unit: 'Region Halland/Närsjukvård/Hemsjukvård Kungsbacka', active: 3, phases: { needs: 1, planning: 1, result: 1 } },
    { unit: 'VGR/Kvinnosjukvård/Barnmorskemottagningar', active: 1, phases: { execution: 1 } },
  ];
  const months = [
    ['2025-09', 1, 0],
    ['2025-10', 0, 0],
    ['2025-11', 2, 0],
    ['2025-12', 0, 0],
    ['2026-01', 2, 1],
    ['2026-02', 1, 0],
    ['2026-03', 3, 0],
    ['2026-04', 1, 1],
    ['2026-05', 2, 0],
    ['2026-06', 1, 1],
    ['2026-07', 0, 0],
    ['2026-08', 1, 0],
    ['2026-09', 1, 1],
    ['2026-10', 1, 0],
    ['2026-11', 0, 0],
  ].map(([month, opened, closed]) => ({ month: month as string, opened: opened as number, closed: closed as number }));
  return {
    today: '2026-11-23',
    cases: 16,
    phases: { needs: 3, planning: 3, execution: 4, result: 2, closed: 4 },
    funnel: { needs: 16, planning: 11, execution: 7, result: 3 },
    outcomes: { implemented: 1, declined: 1, referred: 1, terminated: 1 },
    timeInPhase,
    stale,
    units,
    findings: { errors: 2, warnings: 5, infos: 0, byRule: { 'billing-model': 1, 'nda-public-staff': 1, 'missing-stakeholder': 2, 'unanchored-request': 1, 'stale-case': 3 } },
    active: 12,
    withoutPhase: 0,
    staleAfterDays: 90,
    months,
    git: 'used',
  };
}

export function emptyReport(): PortfolioReport {
  return {
    today: '2026-11-23',
    cases: 0,
    phases: { needs: 0, planning: 0, execution: 0, result: 0, closed: 0 },
    funnel: { needs: 0, planning: 0, execution: 0, result: 0 },
    outcomes: {},
    timeInPhase: [],
    stale: [],
    units: [],
    findings: { errors: 0, warnings: 0, infos: 0, byRule: {} },
    active: 0,
    withoutPhase: 0,
    staleAfterDays: 90,
    months: [],
    git: 'none',
  };
}

/** A deterministic large portfolio (a linear congruential generator, no Math.random). */
export function largeReport(cases: number): PortfolioReport {
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor((seed / 2147483648) * n);
  };
  const open = ['needs', 'planning', 'execution', 'result'] as const;
  const phases = { needs: 0, planning: 0, execution: 0, result: 0, closed: 0 };
  const timeInPhase: TimeInPhase[] = [];
  const stale: StaleCase[] = [];
  const unitNames = Array.from({ length: 120 }, (_, i) => `Region ${['Halland', 'Skåne', 'Västra Götaland', 'Stockholm'][i % 4]}/Område ${Math.floor(i / 4) + 1}/Enhet ${i + 1}`);
  const load = new Map<string, UnitLoad>();
  for (let i = 0; i < cases; i++) {
    if (rand(5) === 0) {
      phases.closed++;
      continue;
    }
    const phase = open[rand(4)]!;
    phases[phase]++;
    const days = rand(400);
    const id = `R-${String(i).padStart(5, '0')}`;
    const file = `cases/${id}.case.yaml`;
    timeInPhase.push({ id, title: `Ärende ${i}`, phase, since: '2026-01-01', days, source: 'log', file, limit: 90, stale: days > 120 });
    if (days > 120) stale.push({ id, title: `Ärende ${i}`, phase, days, file, last: '2026-01-01', owner: `Person ${rand(300)}`, unit: unitNames[i % 120]! });
    const unit = unitNames[rand(120)]!;
    const u = load.get(unit) ?? { unit, active: 0, phases: {} };
    u.active++;
    u.phases[phase] = (u.phases[phase] ?? 0) + 1;
    load.set(unit, u);
  }
  const months = Array.from({ length: 60 }, (_, i) => ({ month: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, opened: rand(300), closed: rand(200) }));
  return {
    today: '2026-12-01',
    cases,
    phases,
    funnel: { needs: cases, planning: cases - phases.needs, execution: phases.execution + phases.result, result: phases.result },
    outcomes: { implemented: Math.floor(phases.closed / 2), declined: phases.closed - Math.floor(phases.closed / 2) },
    timeInPhase,
    stale: stale.sort((a, b) => b.days - a.days),
    units: [...load.values()].sort((a, b) => b.active - a.active),
    findings: { errors: 1234, warnings: 5678, infos: 0, byRule: { 'billing-model': 1234, 'stale-case': stale.length, 'missing-stakeholder': 5678 - stale.length } },
    active: cases - phases.closed,
    withoutPhase: 0,
    staleAfterDays: 90,
    months,
    git: 'shallow',
  };
}
