// Which documents the language server serves, as plain data (the shapes of VS Code's
// DocumentFilter), so the rule is tested without an editor.

export interface DocumentFilterData {
  language: string;
  scheme?: string;
  pattern?: string;
}

/** Policy and directory files keep the yaml language; the server reads them by name. */
export const ROOT_FILES_PATTERN = '**/{casefile,directory}.yaml';
/** Files whose changes on disk the server hears about. */
export const WATCHED_PATTERNS = ['**/*.case.{yaml,yml}', ROOT_FILES_PATTERN] as const;

/**
 * Case files of every scheme: on disk, unsaved (untitled:) and in virtual workspaces or opened from
 * one (vscode-vfs:); the server checks those without a file as loose files. The two root files keep
 * the yaml language, so they are named by pattern: on disk, and in the schemes of a virtual
 * workspace's folders.
 */
export function documentFilters(virtualSchemes: readonly string[] = []): DocumentFilterData[] {
  const filters: DocumentFilterData[] = [{ language: 'casefile' }, { language: 'yaml', scheme: 'file', pattern: ROOT_FILES_PATTERN }];
  for (const scheme of new Set(virtualSchemes)) {
    if (scheme === 'file' || scheme === 'untitled') continue;
    filters.push({ language: 'yaml', scheme, pattern: ROOT_FILES_PATTERN });
  }
  return filters;
}
