// Compile-time checks, not run: each `@ts-expect-error` line must fail to compile (tsc reports an
// unused directive otherwise), and test/engine/typing.test.ts checks the errors are the ones meant.
import { defineRule } from '../../server/src/engine/rules/api';
import type { RuleMeta } from '../../server/src/engine/types';
import { fix } from '../../server/src/engine/editing/fixes/shared';
import { FORMATTERS, type FormatName } from '../../server/src/cli/formatters';
import type { CheckArgs } from '../../server/src/cli/args';

const meta: RuleMeta = { id: 'typing', defaultSeverity: 'warning', description: { en: '', sv: '' }, rationale: { en: '', sv: '' }, sources: [], fixes: ['suppress'] };

export const rule = defineRule({
  meta,
  messages: { known: { en: 'Known.', sv: 'Känd.' } },
  checkCase({ report }) {
    report({ messageId: 'known', at: { path: [], part: 'key' } });
    // @ts-expect-error wrong-message-id
    report({ messageId: 'unknown', at: { path: [], part: 'key' } });
  },
  checkRepository({ report, cases }) {
    // @ts-expect-error wrong-message-id
    for (const c of cases) report(c.file, c.related[0]!.span, { messageId: 'unknown' });
  },
});

// @ts-expect-error wrong-fix-id
export const badMeta: RuleMeta = { ...meta, fixes: ['add-stakeholders'] };

// @ts-expect-error wrong-fix-id
export const badFix = () => fix('supress', 'title', undefined, undefined!);

export const format: FormatName = 'sarif';
// @ts-expect-error wrong-format-name
export const badFormat: FormatName = 'text';
// @ts-expect-error wrong-format-name
export const badArgs: Pick<CheckArgs, 'format'> = { format: 'xml' };
// @ts-expect-error wrong-format-name
export const badFormatter = FORMATTERS.checkstyle;
