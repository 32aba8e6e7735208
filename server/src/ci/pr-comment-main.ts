// The entry point of dist/pr-comment.js: `node dist/pr-comment.js <markdown-file>`.
import { run } from './pr-comment';

// A stack trace then names the .ts sources (dist/pr-comment.js.map).
process.setSourceMapsEnabled(true);
void run(process.argv.slice(2), process.env).then((code) => {
  process.exitCode = code;
});
