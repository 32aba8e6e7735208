import { defineRule } from './api';

// TODO: implement (stub so the registry compiles).
export default defineRule({
  meta: {
    id: 'missing-stakeholder',
    defaultSeverity: 'warning',
    description: { en: '', sv: '' },
    rationale: { en: '', sv: '' },
    sources: [],
  },
  messages: {},
});
