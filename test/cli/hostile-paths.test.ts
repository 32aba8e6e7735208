// A path given on the command line is echoed in usage errors: it must not reach stderr as a
// terminal escape or a line that a CI runner takes for a workflow command.
import { expect, it } from 'vitest';
import { main } from '../../server/src/cli/main';

it('usage errors show hostile paths and options escaped, on one line', async () => {
  for (const argv of [
    ['check', 'no\u001b[2Jsuch\n::error::x'],
    ['check', '--format', 'x\n::error::y\u202e'],
    ['check', '--config', 'c\r\n##[error]z', '.'],
  ]) {
    let stderr = '';
    const code = await main(argv, { cwd: __dirname, env: { LANG: 'C' }, stdout: () => undefined, stderr: (t) => (stderr += t), isTTY: false });
    expect(code).toBe(2);
    const first = stderr.split('\n')[0]!;
    expect(first).toMatch(/^casefile: /);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    for (const line of stderr.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
  }
});
