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
 * Case files on disk and unsaved ones, and the two root files. In a virtual workspace the server
 * cannot read the folder, so the documents of its schemes are added: then the server works on
 * the open documents only.
 */
export function documentFilters(virtualSchemes: readonly string[] = []): DocumentFilterData[] {
  const filters: DocumentFilterData[] = [
    { language: 'casefile', scheme: 'file' },
    { language: 'casefile', scheme: 'untitled' },
    { language: 'yaml', scheme: 'file', pattern: ROOT_FILES_PATTERN },
  ];
  for (const scheme of new Set(virtualSchemes)) {
    if (scheme === 'file' || scheme === 'untitled') continue;
    filters.push({ language: 'casefile', scheme }, { language: 'yaml', scheme, pattern: ROOT_FILES_PATTERN });
  }
  return filters;
}
