// The repositories of the workspace: one per workspace folder's root (scanned), and loose ones for
// files opened outside the folders; which repository a file belongs to.
import * as path from 'node:path';
import { findRoot } from './scan';
import { isInside } from './uris';
import { Repo } from './indexed-repository';

export class RepositoryIndex {
  readonly repos = new Map<string, Repo>();
  /** Workspace folder → the root of its repository (two folders may share one). */
  readonly folders = new Map<string, string>();

  /** `loadSettings` fills a new loose repository's options. */
  constructor(private readonly loadSettings: (repo: Repo) => void) {}

  /** The repository new cases go to: the first workspace folder's. */
  primary(): Repo | undefined {
    for (const repo of this.repos.values()) if (repo.scanned) return repo;
    return undefined;
  }

  scannedRepoOf(abs: string): Repo | undefined {
    let best: Repo | undefined;
    for (const repo of this.repos.values()) {
      if (repo.scanned && isInside(repo.root, abs) && (!best || repo.root.length > best.root.length)) best = repo;
    }
    return best;
  }

  repoOfCase(abs: string): Repo {
    return this.scannedRepoOf(abs) ?? this.loose(findRoot(path.dirname(abs)));
  }

  repoOfSettings(abs: string): Repo {
    return this.repos.get(path.dirname(abs)) ?? this.loose(path.dirname(abs));
  }

  /** A repository for files opened outside the workspace folders: only its open files are checked. */
  loose(root: string): Repo {
    let repo = this.repos.get(root);
    if (!repo) {
      repo = new Repo(root, false);
      this.repos.set(root, repo);
      this.loadSettings(repo);
    }
    return repo;
  }
}
