// The extension-host suite's entry, as @vscode/test-electron and code-server's extensionTestsPath
// load it: run() resolves when every test passed and rejects otherwise.
import { runAll } from './harness';
import './language';
import './cases';
import './tasks';
import './rule-docs';
import './navigation';
import './research-pack';

export async function run(): Promise<void> {
  const { passed, failed } = await runAll();
  if (failed > 0 || passed === 0) throw new Error(`${failed} of ${passed + failed} extension-host tests failed`);
}
