// A small repository for the navigation tests: three cases that link to each other, a directory
// whose people and units they name, in several quoting styles.
export const DIRECTORY = `# Units and people.
units:
  - id: SU/Ortopedi # ortho
    name: Ortopedi, Sahlgrenska
  - id: NU/Medicin
    name: Medicin
people:
  - name: Anna Berg
    roles:
      - { role: verksamhetschef, unit: SU/Ortopedi }
  - name: Bo Ek
    roles:
      - role: enhetschef
        unit: NU/Medicin
`;

export const A = `id: VGR-2026-001
title: Sårvård hemma
kind: dialogue
phase: needs
opened: 2026-01-10
requester:
  organisation: Sårbild AB
  type: company
directed_at:
  - unit: SU/Ortopedi
    asks: [staff-time]
anchoring:
  - unit: SU/Ortopedi
    by: Anna Berg
    role: verksamhetschef
    decision: approved
    date: 2026-01-12
stakeholders:
  - role: innovation-officer
    name: Bo Ek # owner
    unit: NU/Medicin
  - role: care-representative
    name: Anna Berg
    unit: SU/Ortopedi
links:
  related: [VGR-2026-002, VGR-2026-404]
`;

export const B = `id: VGR-2026-002 # the second case
title: Artrosvård i Göta
kind: dialogue
phase: planning
opened: 2026-01-11
requester:
  organisation: Ledbolaget AB
  type: company
need:
  statement: Fler ska få artrosskola.
  verified: true
stakeholders:
  - { role: innovation-officer, name: 'Anna Berg', unit: SU/Ortopedi }
links:
  related:
    - "VGR-2026-001"
`;

export const C = `id: VGR-2026-003
title: Digital artrosskola
kind: dialogue
phase: needs
opened: 2026-01-12
requester:
  organisation: Ledbolaget AB
  type: company
need:
  statement: Artrosskola på distans.
  verified_by: anna berg
stakeholders:
  - role: innovation-officer
    name: Bo Ek
links:
  related: [VGR-2026-002]
`;

export const FILES = { 'directory.yaml': DIRECTORY, 'cases/a.case.yaml': A, 'cases/b.case.yaml': B, 'cases/c.case.yaml': C };
