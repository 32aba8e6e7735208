import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The scenario tests run the built CLI as a child process; the SARIF test starts a .NET tool.
    testTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets .ci/run print one plain closing line with the counts.
    reporters: ['default', ['json', { outputFile: 'test/.tmp/vitest.json' }]],
  },
});
