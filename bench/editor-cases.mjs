// The case files the editor benchmark edits: a 60-line case and a 10,000-line one. Both are valid
// (no schema errors) with a few deliberate findings, and both list where the log event texts are,
// so the benchmark can edit them one character at a time without moving any other line.

const HEAD = (id, kind, phase) => `version: 1
id: ${id}
title: "Sensorsula för gånganalys vid knäartros"
kind: ${kind}
origin: need
phase: ${phase}
opened: 2025-03-10
summary: >-
  Stegvis Sensor AB vill testa en sensorsula som mäter belastning och gångmönster
  för att följa upp träningseffekt vid knäartros.
requester:
  organisation: Stegvis Sensor AB
  type: company
  contact:
    name: Hedda Lindqvist
    email: hedda.lindqvist@example.com
need:
  statement: Ortopedin behöver följa upp träning i hemmet utan fler besök.
  verified: true
  verified_by: Anna Berg
solution:
  description: Sensorsula med app som mäter belastning och steglängd.
  trl: 6
  digital: true
  medical_device: "no"
directed_at:
  - unit: SU/Ortopedi
    asks: [staff-time, test-environment]
anchoring:
  - unit: SU/Ortopedi
    by: Anna Berg
    role: verksamhetschef
    decision: approved
    date: 2025-03-20
    reference: Dnr SU 2025-00417
`;

/** Where each log event's marker character sits: a zero-based line and character. */
function markers(text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    const m = /^ {4}event: .*#(\d)$/.exec(line);
    if (m) out.push({ line: i, character: line.length - 1 });
  });
  return out;
}

/** 60 lines; findings: nda-public-staff, date-order (a log date before opened), stale-case. */
export function smallCase() {
  const text =
    HEAD('BENCH-SMALL', 'dialogue', 'needs') +
    `stakeholders:
  - { role: innovation-officer, name: Maria Holm, unit: VGR/Innovationsplattformen }
  - { role: it, name: Sara Nyström, unit: VGR/Strategisk-IT }
  - { role: care-representative, name: Anna Berg, unit: SU/Ortopedi }
  - { role: legal, name: Karin Ek, unit: VGR/Juridik }
  - { role: business-contact, name: Tobias Wikström, unit: SU/Ortopedi }
agreements:
  - type: nda
    status: draft
evaluation:
  benefit: 3
  feasibility: 4
  date: 2025-04-02
log:
  - date: 2025-03-01
    event: Förfrågan inkom via innovationsslussen, ärende 1 #0
  - date: 2025-03-20
    event: Förankrat hos verksamhetschefen på ortopedin, ärende 2 #0
  - date: 2025-04-02
    event: Bedömning av nytta och genomförbarhet i arbetsgruppen #0
  - date: 2025-04-15
    event: Dialogmöte med företaget om testupplägg och datafrågor #0
  - date: 2025-05-06
    event: Arbetsgruppen föreslår en mindre test i hemmiljö, ärende 5 #0
tags: [artros, bench]
`;
  return { text, markers: markers(text) };
}

/**
 * About `lines` lines: a test activity in execution with hundreds of stakeholders, agreements and
 * funding entries and thousands of log entries. Findings: nda-public-staff, date-order.
 */
export function largeCase(lines = 10_000) {
  const parts = [HEAD('BENCH-LARGE', 'test-activity', 'execution')];
  parts.push(`evaluation:
  benefit: 4
  feasibility: 3
  date: 2025-04-02
procurement:
  considered: true
  route: none
  notes: Inköp har deltagit i vägvalet.
`);
  const roles = ['innovation-officer', 'legal', 'it', 'procurement', 'care-representative', 'data-protection', 'finance', 'research', 'communications'];
  parts.push('stakeholders:\n');
  for (let i = 0; i < 300; i++) parts.push(`  - role: ${roles[i % roles.length]}\n    name: Person ${i} Andersson\n    unit: VGR/Enhet-${i % 40}\n`);
  parts.push('agreements:\n  - type: nda\n    status: draft\n');
  for (let i = 0; i < 150; i++) {
    parts.push(
      `  - type: assignment\n    status: signed\n    signed: 2025-${String(4 + (i % 9)).padStart(2, '0')}-15\n    billing: actual-costs\n    reference: Avtal ${i}\n    parties: [Västra Götalandsregionen, Stegvis Sensor AB]\n`,
    );
  }
  parts.push('funding:\n');
  for (let i = 0; i < 250; i++) parts.push(`  - source: Vinnova\n    reference: Dnr 2025-${String(i).padStart(5, '0')}\n    amount: ${10_000 + i * 250}\n`);
  parts.push('log:\n');
  // Lines so far, plus the closing tags line; each log entry is two lines, a comment evens it out.
  const used = parts.join('').split('\n').length - 1 + 1;
  const entries = Math.max(3, Math.floor((lines - used) / 2));
  if ((lines - used) % 2 === 1) parts[0] = `# A generated case of ${lines} lines for the editor benchmark.\n${parts[0]}`;
  for (let i = 0; i < entries; i++) {
    const day = new Date(Date.UTC(2025, 3, 1) + (i % 500) * 86_400_000).toISOString().slice(0, 10);
    // One date before `opened`: a date-order warning.
    parts.push(`  - date: ${i === 7 ? '2025-01-02' : day}\n    event: Avstämning med verksamheten om testupplägget, möte ${i} #0\n`);
  }
  parts.push('tags: [artros, bench]\n');
  const text = parts.join('');
  return { text, markers: markers(text) };
}
