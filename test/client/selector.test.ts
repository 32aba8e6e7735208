import { describe, expect, it } from 'vitest';
import { documentFilters } from '../../client/src/selector';

describe('documentFilters', () => {
  it('serves case files on disk and unsaved, and the root yaml files on disk', () => {
    expect(documentFilters()).toEqual([
      { language: 'casefile', scheme: 'file' },
      { language: 'casefile', scheme: 'untitled' },
      { language: 'yaml', scheme: 'file', pattern: '**/{casefile,directory}.yaml' },
    ]);
  });

  it('adds the schemes of a virtual workspace once each', () => {
    const filters = documentFilters(['vscode-vfs', 'vscode-vfs', 'file']);
    expect(filters.filter((f) => f.scheme === 'vscode-vfs')).toEqual([
      { language: 'casefile', scheme: 'vscode-vfs' },
      { language: 'yaml', scheme: 'vscode-vfs', pattern: '**/{casefile,directory}.yaml' },
    ]);
    expect(filters).toHaveLength(5);
  });
});
