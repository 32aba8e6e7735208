// The lines the server writes to the client's output channel ("Casefile"): one short line per
// event (start-up, a folder indexed, a settings change), never one per keystroke. Errors are logged
// apart, with their stacks (server.ts logError).
import type { Locale } from '../engine/types';
import { findRoot } from '../engine/workspace/scan';
import type { Workspace } from '../engine/workspace/editor-workspace';
import { VERSION } from '../shared/version';

export function startLine(folders: readonly string[], trusted: boolean): string {
  const where = folders.length ? folders.join(', ') : 'none';
  return `Casefile ${VERSION} on Node.js ${process.version}; workspace folders: ${where}; ${trusted ? 'trusted' : 'not trusted (no git history)'}`;
}

/** After a folder's repository is indexed: its root, how many cases and files, how long it took. */
export function indexedLine(workspace: Workspace, folder: string, ms: number): string {
  const root = findRoot(folder);
  const entries = [...(workspace.repos.get(root)?.entries.values() ?? [])];
  const cases = entries.filter((e) => e.kind === 'case').length;
  return `Indexed ${root}: ${cases} cases, ${entries.length} files in ${Math.round(ms)} ms`;
}

export function languageLine(setting: unknown, locale: Locale): string {
  return `Setting casefile.language: ${typeof setting === 'string' ? setting : JSON.stringify(setting)} → messages in ${locale === 'sv' ? 'Swedish (sv)' : 'English (en)'}`;
}
