// Generates a realistic case repository of N cases (deterministic), with a policy and a directory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';

const KINDS = ['dialogue', 'advice', 'test-activity', 'co-development', 'innovation-procurement', 'innovation-partnership', 'need-announcement', 'clinical-trial'];
const PHASES = ['needs', 'planning', 'execution', 'result', 'closed'];
const UNITS = Array.from({ length: 40 }, (_, i) => `VGR/Område-${Math.floor(i / 8) + 1}/Enhet-${i + 1}`);
const COMPANIES = [
  'Artrosappen AB',
  'Medicinteknik Väst AB',
  'Välfärdsrobot Sverige AB',
  'Sensorvård AB',
  'Göteborgs universitet',
  'Chalmers tekniska högskola',
  'HemDialys Nordic AB',
  'Trygghetslarm Mälardalen AB',
];
const PEOPLE = Array.from({ length: 60 }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${i} Andersson`);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const day = (r) => {
  const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 600) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

export function makeCase(i) {
  const r = rng(i + 1);
  const kind = KINDS[i % KINDS.length];
  const phase = PHASES[Math.floor(r() * PHASES.length)];
  const opened = day(r);
  const unit = UNITS[i % UNITS.length];
  const c = {
    version: 1,
    id: `BENCH-${String(i).padStart(5, '0')}`,
    title: `Samverkansärende ${i}: ${pick(r, ['digital egenvård', 'fallprevention', 'sårvård', 'läkemedelsrobot', 'distansmonitorering'])}`,
    kind,
    origin: pick(r, ['need', 'idea']),
    phase,
    opened,
    summary: 'Ett företag vill testa en lösning i vården. Behovet utreds tillsammans med verksamheten och stödfunktionerna.',
  };
  if (kind !== 'need-announcement') c.requester = { organisation: pick(r, COMPANIES), type: 'company', contact: { name: 'Kim Kontakt', email: 'kim@example.org' } };
  c.need = { statement: 'Verksamheten behöver minska tiden för uppföljning.', verified: true, verified_by: PEOPLE[i % 60] };
  c.solution = { description: 'En app med sensorer.', trl: 1 + (i % 9), digital: true, medical_device: pick(r, ['yes', 'no', 'unclear']) };
  c.data = { personal_data: r() < 0.5, patient_data: false, requester_access: false };
  c.directed_at = [{ unit, asks: ['staff-time', 'test-environment'] }];
  c.anchoring = [{ unit, by: PEOPLE[i % UNITS.length], role: 'verksamhetschef', decision: 'approved', date: opened, reference: `Dnr ${i}` }];
  c.stakeholders = ['innovation-officer', 'legal', 'it', 'procurement', 'care-representative', 'regulatory', 'data-protection'].map((role, k) => ({
    role,
    name: PEOPLE[(i + k) % 60],
    unit,
  }));
  c.agreements = [
    {
      type: kind === 'co-development' ? 'research-collaboration' : 'assignment',
      status: 'signed',
      signed: opened,
      billing: 'actual-costs',
      parties: ['Västra Götalandsregionen', c.requester?.organisation ?? 'VGR'],
    },
  ];
  if (kind === 'co-development') c.agreements[0].financing = { VGR: 50, Företaget: 50 };
  c.risk_sharing = { resources: 'Var part står för sin tid.', risk: 'Delas lika.', profit: 'Royalty om produkten säljs.' };
  c.procurement = { considered: true, route: 'none', notes: 'Inköp har deltagit i vägvalet.' };
  c.evaluation = { benefit: 1 + (i % 5), feasibility: 1 + ((i + 2) % 5), date: opened };
  if (phase === 'closed') c.outcome = { result: 'implemented', date: opened, lessons: 'Förankra tidigt.', reached: 'result' };
  c.links = { related: [`BENCH-${String((i + 1) % 10_000).padStart(5, '0')}`] };
  c.log = [
    { date: opened, event: 'Förfrågan inkom' },
    { date: '2026-11-02', event: 'Möte med verksamheten' },
  ];
  c.tags = ['bench', kind];
  return stringify(c, { lineWidth: 0 });
}

export function generate(root, count) {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'casefile.yaml'), 'organisation: Bench\nstale_after_days: 120\n');
  const directory = {
    units: UNITS.map((id) => ({ id, name: id })),
    people: PEOPLE.map((name, i) => ({ name, roles: [{ role: 'verksamhetschef', unit: UNITS[i % UNITS.length] }] })),
  };
  fs.writeFileSync(path.join(root, 'directory.yaml'), stringify(directory));
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'cases', String(2025 + (i % 2)), String(Math.floor(i / 500)));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `bench-${i}.case.yaml`), makeCase(i));
  }
}
