// Reading a repository's casefile.yaml and directory.yaml from disk (or from an editor's open text).
import * as path from 'node:path';
import type { CheckOptions, FileResult } from '../check';
import { defaultPolicy } from '../policy';
import { loadSettings, type Settings } from '../repository';
import { MAX_FILE_BYTES } from '../text';
import type { Locale } from '../types';
import { readRegularFile, unreadableFrom } from './read-file';
import { settingsDigest } from './result-cache';
import { present, relativeTo, DIRECTORY_FILE, POLICY_FILE } from './scan';

export interface RepositorySettings {
  settings: Settings;
  options: CheckOptions;
  /** The checked settings files and those that could not be read, named relative to the root. */
  files: FileResult[];
  /** What judges single files, for a result cache's scope: the policy and directory used, or their absence. */
  digest: string;
}

export interface SettingsSources {
  /** The policy file to use instead of `<root>/casefile.yaml` (the CLI's --config). */
  policy?: string;
  /** How findings name a file; default: relative to the root, with `/`. */
  name?: (absolute: string) => string;
  /** The editor's text of an open file; it wins over the disk. */
  openText?: (absolute: string) => string | undefined;
}

/**
 * Loads the settings of the repository at `root` for the CLI and the language server alike.
 * An unreadable file is reported and the defaults apply.
 */
export function readSettings(root: string, base: { today: string; locale: Locale }, sources: SettingsSources = {}): RepositorySettings {
  const name = sources.name ?? ((abs: string) => relativeTo(root, abs));
  const unreadable: FileResult[] = [];
  const input = (abs: string, kind: 'policy' | 'directory', explicit: boolean) => {
    const text = sources.openText?.(abs);
    if (text !== undefined) return { file: name(abs), content: text };
    if (!present(abs)) return undefined;
    // A --config file is the user's choice wherever it is; the repository's own may not lead out of it.
    const read = readRegularFile(abs, { maxBytes: MAX_FILE_BYTES, root: explicit ? undefined : root });
    if ('bytes' in read) return { file: name(abs), content: read.bytes };
    unreadable.push(unreadableFrom(name(abs), kind, read, { locale: base.locale, policy: defaultPolicy() }));
    return undefined;
  };
  const inputs = {
    policy: input(sources.policy ?? path.join(root, POLICY_FILE), 'policy', sources.policy !== undefined),
    directory: input(path.join(root, DIRECTORY_FILE), 'directory', false),
  };
  const settings = loadSettings(inputs, base);
  const options: CheckOptions = { ...base, policy: settings.policy, directory: settings.directory, root };
  const digest = settingsDigest({ policy: inputs.policy?.content, directory: inputs.directory?.content });
  return { settings, options, files: [...settings.files, ...unreadable], digest };
}
