// ESLint's and typescript-eslint's recommended rules. Without type information: type-aware linting
// would re-run the type checker (npm run typecheck already does) and triple the time.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node's globals for the plain JavaScript files (TypeScript files get them from @types/node).
const node = Object.fromEntries(
  'process console Buffer URL URLSearchParams TextDecoder TextEncoder AbortController AbortSignal structuredClone fetch performance globalThis queueMicrotask setTimeout clearTimeout setInterval clearInterval setImmediate clearImmediate'
    .split(' ')
    .map((name) => [name, 'readonly']),
);
const commonjs = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

export default defineConfig([
  globalIgnores(['dist/', 'out/', 'node_modules/', 'test/.tmp/', '.bench/', '**/*.vsix', 'samples/', 'test/scenarios/', 'test/fixes/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: node } },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...node, ...commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The formatters exist to find and neutralise control characters, and their tests to look for them.
  { files: ['server/src/cli/**', 'test/cli/**', 'test/formatters/**', 'test/fuzz/**'], rules: { 'no-control-regex': 'off' } },
  // Test patterns spell YAML indentation as it is written ("  - role"), which reads better than {2}.
  { files: ['test/**'], rules: { 'no-regex-spaces': 'off' } },
  // `const { key: _, ...rest } = x` leaves a key out of a copy on purpose.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] } },
]);
