// Commented starting points for a repository's casefile.yaml and directory.yaml (the walkthrough's
// "add a policy / a directory" commands). Each key set is a default or an example that checks clean;
// the comments say what each key does. Pure: the client writes the file.
import { DEFAULT_MANAGER_ROLES, DEFAULT_STALE_AFTER_DAYS } from '../policy';
import type { Locale, Localized } from '../types';

export type TemplateKind = 'policy' | 'directory';

export const TEMPLATE_FILES: Readonly<Record<TemplateKind, string>> = { policy: 'casefile.yaml', directory: 'directory.yaml' };

const POLICY: Localized = {
  en: `# Casefile policy of this repository: how the rules of the case format apply here.
# Every key is optional; a key left out keeps the default. Hover a key for its description,
# Ctrl+Space offers keys and values, and \`casefile check\` checks this file too.

# The organisation the policy belongs to, shown in reports.
# organisation: Region Example

# Where your organisation hosts the rule pages (SARIF's helpUri, the report's rule links):
# <docs_url>/<rule>.md, or an address with {rule} where the rule id goes.
# docs_url: https://intranet.example.org/casefile/rules

# Severity per rule: off | info | warning | error (rule ids: hover a problem, or see the README).
rules:
  # For example, make an NDA signed by public staff fail the build instead of warning:
  # nda-public-staff: error
  stale-case: info

# The roles that may anchor a request to a unit (anchoring.by must hold one for that unit in
# directory.yaml). Setting the list replaces the defaults, which are these:
manager_roles:
{roles}

# Days without activity (opened, log) after which an open case is stale.
stale_after_days: {days}

# Stakeholder roles required in addition to the defaults: role, when (kind, origin, phase,
# digital, medical_device, personal_data…) and from_phase. For example:
required_stakeholders: []
#  - role: procurement
#    when:
#      kind: [test-activity]
#    from_phase: planning

# Agreement types required (signed) in addition to the defaults: type, when and from_phase.
required_agreements: []
#  - type: data-processing
#    when:
#      personal_data: true
`,
  sv: `# Casefile-policy för detta förråd: hur ärendeformatets regler gäller här.
# Alla nycklar är valfria; en nyckel som utelämnas behåller standardvärdet. Håll muspekaren över
# en nyckel för dess beskrivning, Ctrl+Mellanslag föreslår nycklar och värden, och
# \`casefile check\` kontrollerar även denna fil.

# Organisationen som policyn gäller, visas i rapporter.
# organisation: Region Exempel

# Var organisationen har regelsidorna (SARIF:s helpUri, rapportens regellänkar):
# <docs_url>/<regel>.md, eller en adress med {rule} där regelns id hamnar.
# docs_url: https://intranet.example.org/casefile/rules

# Allvarlighetsgrad per regel: off | info | warning | error (regel-id: håll muspekaren över ett
# problem, eller se README).
rules:
  # Till exempel: låt ett NDA som offentliganställda skrivit under stoppa bygget i stället för att varna:
  # nda-public-staff: error
  stale-case: info

# Rollerna som får förankra en förfrågan hos en enhet (anchoring.by måste ha en av dem för den
# enheten i directory.yaml). En lista här ersätter standardrollerna, som är dessa:
manager_roles:
{roles}

# Dagar utan aktivitet (opened, log) innan ett öppet ärende räknas som vilande.
stale_after_days: {days}

# Deltagarroller som krävs utöver standardkraven: role, when (kind, origin, phase, digital,
# medical_device, personal_data…) och from_phase. Till exempel:
required_stakeholders: []
#  - role: procurement
#    when:
#      kind: [test-activity]
#    from_phase: planning

# Avtalstyper som krävs (undertecknade) utöver standardkraven: type, when och from_phase.
required_agreements: []
#  - type: data-processing
#    when:
#      personal_data: true
`,
};

const DIRECTORY: Localized = {
  en: `# The organisation's units and people. Cases name them: a unit in directed_at, anchoring or
# stakeholders must be one of these units, and a person in anchoring.by or stakeholders one of
# these people (rule unknown-reference). Replace the examples with your own.

units:
  # id: how cases name the unit; name: its full name.
  - id: Region/Innovation
    name: Innovation office, Region Example
  - id: Region/Orthopaedics
    name: Orthopaedics clinic, Region Example hospital

people:
  # name: as cases write it; email (optional); roles: per unit. A request is anchored only by
  # someone who holds a manager role (manager_roles in casefile.yaml) for that very unit.
  - name: Alex Example
    email: alex.example@example.org
    roles:
      - { role: innovationsledare, unit: Region/Innovation }
  - name: Kim Example
    email: kim.example@example.org
    roles:
      - { role: verksamhetschef, unit: Region/Orthopaedics }
`,
  sv: `# Organisationens enheter och personer. Ärendena hänvisar till dem: en enhet i directed_at,
# anchoring eller stakeholders ska vara en av dessa enheter, och en person i anchoring.by eller
# stakeholders en av dessa personer (regeln unknown-reference). Byt exemplen mot era egna.

units:
  # id: så som ärendena anger enheten; name: enhetens fullständiga namn.
  - id: Region/Innovation
    name: Innovationskontoret, Region Exempel
  - id: Region/Ortopedi
    name: Ortopedkliniken, Region Exempels sjukhus

people:
  # name: så som ärendena skriver namnet; email (valfri); roles: per enhet. En förfrågan är
  # förankrad bara hos den som har en chefsroll (manager_roles i casefile.yaml) för just den enheten.
  - name: Alex Exempel
    email: alex.exempel@example.org
    roles:
      - { role: innovationsledare, unit: Region/Innovation }
  - name: Kim Exempel
    email: kim.exempel@example.org
    roles:
      - { role: verksamhetschef, unit: Region/Ortopedi }
`,
};

/** The template of a file kind in a language, ready to write as it is. */
export function templateText(kind: TemplateKind, locale: Locale): string {
  if (kind === 'directory') return DIRECTORY[locale];
  const roles = DEFAULT_MANAGER_ROLES.map((r) => `  - ${r}`).join('\n');
  return POLICY[locale].replace('{roles}', roles).replace('{days}', String(DEFAULT_STALE_AFTER_DAYS));
}
