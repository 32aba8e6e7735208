// The real-editor tools install from inside `npm test`: the outer npm's settings must not reach
// code-server's postinstall (it read Node 20 from the inherited user agent and refused).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(__dirname, '../../scripts/e2e-install.sh');

function cleanedEnv(extra: Record<string, string>): Map<string, string> {
  const out = execFileSync('bash', [SCRIPT, '--print-env'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', ...extra },
    encoding: 'utf8',
  });
  return new Map(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('scripts/e2e-install.sh environment', () => {
  it("drops the outer npm's settings, as npm test would pass them", () => {
    const env = cleanedEnv({
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64',
      npm_node_execpath: '/usr/bin/node',
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      npm_lifecycle_event: 'test',
      npm_package_name: 'casefile',
      npm_config_nodedir: '/usr',
      npm_config_prefix: '/work/main',
      NODE: '/usr/bin/node',
      INIT_CWD: '/work/main',
    });
    for (const name of [
      'npm_config_user_agent',
      'npm_node_execpath',
      'npm_execpath',
      'npm_lifecycle_event',
      'npm_package_name',
      'npm_config_nodedir',
      'npm_config_prefix',
      'NODE',
      'INIT_CWD',
    ]) {
      expect(env.has(name), name).toBe(false);
    }
  });

  it('keeps what a machine needs to reach the registry, and everything else', () => {
    const env = cleanedEnv({
      npm_config_registry: 'http://127.0.0.1:4873/',
      npm_config_https_proxy: 'http://127.0.0.1:3128',
      npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
      CASEFILE_E2E_HOME: '/tmp/x',
    });
    expect(env.get('npm_config_registry')).toBe('http://127.0.0.1:4873/');
    expect(env.get('npm_config_https_proxy')).toBe('http://127.0.0.1:3128');
    expect(env.get('npm_config_cafile')).toBe('/etc/ssl/certs/ca-certificates.crt');
    expect(env.get('CASEFILE_E2E_HOME')).toBe('/tmp/x');
  });
});
