import { describe, expect, it } from 'vitest';
import { documentFilters } from '../../client/src/selector';

describe('documentFilters', () => {
  it('serves case files of every scheme (disk, untitled, vscode-vfs), and the root yaml files on disk', () => {
    expect(documentFilters()).toEqual([{ language: 'casefile' }, { language: 'yaml', scheme: 'file', pattern: '**/{casefile,directory}.yaml' }]);
  });

  it('adds the schemes of a virtual workspace once each', () => {
    const filters = documentFilters(['vscode-vfs', 'vscode-vfs', 'file']);
    expect(filters.filter((f) => f.scheme === 'vscode-vfs')).toEqual([{ language: 'yaml', scheme: 'vscode-vfs', pattern: '**/{casefile,directory}.yaml' }]);
    expect(filters).toHaveLength(3);
  });
});
