// The Cases view's data and the move-phase commands, through the extension's API and commands.
import * as vscode from 'vscode';
import type { CaseIndex } from '../../../server/src/shared/protocol';
import { daysBetween, localToday } from '../../../server/src/engine/model';
import { assert, assertEqual, test } from './harness';
import { EXTENSION_ID, openCase, waitForText, workspaceUri } from './waits';

/** What the extension's activate() returns for tests and other extensions. */
interface CasefileApi {
  caseIndex(): CaseIndex | undefined | Promise<CaseIndex | undefined>;
  tree: vscode.TreeDataProvider<unknown>;
  portfolio?(): { visible: boolean; html: string } | undefined;
}

async function api(): Promise<CasefileApi> {
  const ext = vscode.extensions.getExtension<Partial<CasefileApi> | undefined>(EXTENSION_ID);
  assert(ext, `extension ${EXTENSION_ID} is not loaded`);
  const exports = await ext.activate();
  assert(
    typeof exports?.caseIndex === 'function' && typeof exports.tree?.getChildren === 'function',
    "activate() must return { caseIndex(), tree } (the case index and the Cases view's TreeDataProvider)",
  );
  return exports as CasefileApi;
}

// samples/README.md: the phase of every sample case.
const SAMPLE_PHASES: Record<string, number> = { needs: 3, planning: 3, execution: 4, result: 2, closed: 4 };
const PHASE_LABELS = ['Needs and landscape analysis', 'Planning and choice of path', 'Project execution', 'Result', 'Closed'];

test('the case index and the Cases tree group the samples by phase', async () => {
  const { caseIndex, tree } = await api();
  await vscode.commands.executeCommand('casefile.refresh');
  const index = await caseIndex();
  assert(index, 'no case index after casefile.refresh');
  const counts: Record<string, number> = Object.fromEntries(Object.keys(SAMPLE_PHASES).map((p) => [p, 0]));
  for (const c of index.cases) counts[c.phase ?? 'none'] = (counts[c.phase ?? 'none'] ?? 0) + 1;
  assertEqual(counts, SAMPLE_PHASES, 'cases per phase in the index');
  const vas = index.cases.find((c) => c.id === 'VAS-2026-003');
  // nda-public-staff is an error; missing-stakeholder a warning (stale-case may add one as time passes).
  assert(vas?.errors === 1 && vas.warnings >= 1, `problems of VAS-2026-003: ${vas?.errors} errors, ${vas?.warnings} warnings`);

  const roots = (await tree.getChildren()) ?? [];
  const items = await Promise.all(roots.map((r) => tree.getTreeItem(r)));
  const shown = items.map((i) => `${typeof i.label === 'string' ? i.label : i.label?.label} ${i.description}`);
  assertEqual(
    shown,
    PHASE_LABELS.map((l, n) => `${l} ${Object.values(SAMPLE_PHASES)[n]}`),
    'phase nodes of the tree',
  );
  const planning = (await tree.getChildren(roots[1])) ?? [];
  const labels = await Promise.all(planning.map(async (c) => (await tree.getTreeItem(c)).label));
  assert(
    labels.some((l) => typeof l === 'string' && l.startsWith('VGR-2025-017')),
    `planning lacks VGR-2025-017: ${JSON.stringify(labels)}`,
  );
});

test('the index and the tree carry the days in phase; closed cases have none', async () => {
  const { caseIndex, tree } = await api();
  await vscode.commands.executeCommand('casefile.refresh');
  const index = await caseIndex();
  assert(index, 'no case index after casefile.refresh');
  // VGR-2026-030: opened 2026-10-05, in needs, no log entry with a phase; the workspace has no git.
  const fresh = index.cases.find((c) => c.id === 'VGR-2026-030');
  assertEqual(
    { since: fresh?.since, source: fresh?.source, days: fresh?.days },
    { since: '2026-10-05', source: 'opened', days: daysBetween('2026-10-05', localToday()) },
    'time in phase of VGR-2026-030',
  );
  for (const c of index.cases) {
    if (c.phase === 'closed') assert(c.days === undefined && c.stale === undefined, `closed ${c.id} has days or stale`);
    else assert(typeof c.days === 'number' && c.source !== undefined, `${c.id} has no days in phase`);
  }
  const needs = (await tree.getChildren())?.[0];
  const items = await Promise.all(((await tree.getChildren(needs)) ?? []).map((c) => tree.getTreeItem(c)));
  const item = items.find((i) => typeof i.label === 'string' && i.label.startsWith('VGR-2026-030'));
  assertEqual(item?.description, `Dialogue · ${fresh?.days} d`, 'description of VGR-2026-030');
});

test('Open Portfolio shows the report the server built', async () => {
  const { portfolio } = await api();
  assert(typeof portfolio === 'function', 'activate() must return portfolio()');
  await vscode.commands.executeCommand('casefile.openPortfolio');
  const shown = portfolio();
  assert(shown?.visible, 'the Portfolio panel is not visible');
  assert(shown.html.includes('<section id="funnel"'), `no funnel in the panel's document: ${shown.html.slice(0, 300)}`);
  assert(/http-equiv="Content-Security-Policy"/i.test(shown.html), 'no Content-Security-Policy in the panel');
  const needs = /data-figure="phases\.needs"[^>]*>\s*(\d+)/.exec(shown.html)?.[1];
  assertEqual(needs, '3', 'cases in needs in the report');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

const phaseLine = (text: string) => /^phase: *(\S+)/m.exec(text)?.[1];

test('move to the next phase: refused when the gate is unmet, applied when it is met', async () => {
  // VGR-2026-030 is in needs without a verified need: planning's gate is not met.
  const refused = await openCase('cases/2026/vgr-2026-030.case.yaml');
  const before = refused.getText();
  await vscode.commands.executeCommand('casefile.movePhaseNext');
  // VGR-2025-017 is in planning with need and evaluation: it may go on to execution.
  const moved = await openCase('cases/2025/vgr-2025-017.case.yaml');
  assertEqual(phaseLine(moved.getText()), 'planning', 'phase before the move');
  await vscode.commands.executeCommand('casefile.movePhaseNext');
  await waitForText(moved, (t) => phaseLine(t) === 'execution', 'phase: execution');
  // The server answers in order, so the refused move is settled by now.
  assertEqual(refused.getText(), before, 'text of the case whose gate is unmet');
  // An unchanged file is saved after the move, so the change is on disk.
  const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('cases/2025/vgr-2025-017.case.yaml')));
  assertEqual(phaseLine(disk), 'execution', 'phase on disk');
  // The same edit logged the move (spec section 9): today's date, the UI language, the phase entered.
  const today = localToday();
  assert(
    disk.includes(`  - date: ${today}\n    event: "Phase: Planning and choice of path → Project execution"\n    phase: execution\n`),
    `no log entry for the move dated ${today}: …${disk.slice(-240)}`,
  );
});

test('move to the previous phase', async () => {
  const doc = await openCase('cases/2025/vgr-2025-017.case.yaml');
  assertEqual(phaseLine(doc.getText()), 'execution', 'phase before moving back');
  await vscode.commands.executeCommand('casefile.movePhasePrevious');
  await waitForText(doc, (t) => phaseLine(t) === 'planning', 'phase: planning');
});
