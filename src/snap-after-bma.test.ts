// Temporary: copy to src/snap-after.test.ts, run `SNAP_OUT=/tmp/x.json npx vitest run src/snap-after.test.ts`, delete.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { patientFactsSchema } from './knowledge/facts/index.js';
import { INSTRUMENTS } from './knowledge/instruments/index.js';
import { recommendFromFacts, sequencePlan, prognosisPanel, type OptionId } from './knowledge/rules/index.js';
import { randomFacts, PAINFUL_LYTIC_L1 } from './knowledge/rules/test-support.js';
import { render } from './knowledge/texts.js';
import { LANGS } from './i18n/lang.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
it('dumps', () => {
  const out: Record<string, unknown> = {};
  const inputs = [PAINFUL_LYTIC_L1, ...Array.from({ length: 300 }, (_, i) => randomFacts(i))];
  inputs.forEach((input, i) => {
    const parsed = patientFactsSchema.safeParse(input);
    if (!parsed.success) return;
    const neutral = (recommendFromFacts as any)(parsed.data, 'en');
    const chosen = neutral.options.filter((o: any) => o.verdict === 'recommended' || o.verdict === 'consider').map((o: any) => o.option as OptionId);
    for (const lang of LANGS) {
      // lang passed as an extra argument while some modules still take it (ignored by converted ones)
      const rec = render((recommendFromFacts as any)(parsed.data, lang), lang);
      const plan = render((sequencePlan as any)(parsed.data, (recommendFromFacts as any)(parsed.data, lang).options, chosen, { startDate: '2026-01-05' }, lang), lang);
      out[`facts${i}.${lang}`] = { rec, plan, panel: render((prognosisPanel as any)(parsed.data, {}, lang), lang) };
    }
  });
  for (const [id, def] of Object.entries(INSTRUMENTS)) {
    (def.examples as unknown[]).forEach((example, i) => {
      for (const lang of LANGS) out[`${id}${i}.${lang}`] = render((def as any).score(example, lang), lang);
    });
  }
  writeFileSync(process.env.SNAP_OUT ?? '/tmp/snap-after.json', JSON.stringify(out));
});
