import { it } from 'vitest';
import { recommendFromFacts } from './knowledge/rules/index.js';
import { patientFactsSchema } from './knowledge/facts/index.js';
it('dbg', () => {
  const f = patientFactsSchema.parse({ patient: { age: 60, sex: 'male' }, primary: { histology: 'lung-nsclc' }, metastases: { spinal: 1, extraspinalBone: 1, visceral: 'resectable' }, lesions: [{ site: 'spine', level: 'T10', escc: '3' }] });
  const r = recommendFromFacts(f);
  for (const o of r.options.filter(o => o.option.includes('surg') || o.option.includes('lamin'))) console.log(o.option, o.verdict, o.decidedBy, o.findings.map(f => `${f.id}:${f.verdict}:${f.tier}`).join(' | '));
});
