// The related-id hover's text: the case's title, kind and phase in the UI language, problems, file.
import { expect, it } from 'vitest';
import { relatedCaseMarkdown } from '../../server/src/engine/navigation';

const card = { id: 'VGR-2026-012', title: 'Bemanning', kind: 'test-activity', phase: 'execution', file: 'cases/vgr-2026-012.case.yaml', errors: 1, warnings: 2 };

it('shows the case in English', () => {
  expect(relatedCaseMarkdown([card], 'en')).toBe(
    [
      '**VGR-2026-012** — Bemanning',
      '**Kind:** Test activity (`test-activity`) · **Phase:** Project execution (`execution`)',
      '**Problems:** 1 error, 2 warnings',
      '**File:** `cases/vgr-2026-012.case.yaml`',
    ].join('\n\n'),
  );
});

it('shows the case in Swedish, with no problems said so', () => {
  const md = relatedCaseMarkdown([{ ...card, errors: 0, warnings: 0 }], 'sv');
  expect(md).toContain('**Fas:** Projektgenomförande (`execution`)');
  expect(md).toContain('**Problem:** inga');
  expect(md).toContain('**Fil:** `cases/vgr-2026-012.case.yaml`');
});

it('shows each case of a duplicate id', () => {
  expect(relatedCaseMarkdown([card, { ...card, file: 'b.case.yaml' }], 'en').split('---')).toHaveLength(2);
});
