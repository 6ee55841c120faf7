// Board report PDF: the zh and ja reports (CJK font slices) against the en report, each rendered in a
// fresh process (first report: fonts read and inflated) and then warm in the same process, A B A B …
// so the ratios survive the machine's speed drifting. `npm run bench:report` builds first; RUNS=10 for more.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const WARM = 5;

const child = `
const { buildBoardReport } = await import(${JSON.stringify(new URL('../dist/registry/report/board-report.js', import.meta.url).href)});
const { renderBoardReportPdf } = await import(${JSON.stringify(new URL('../dist/registry/report/pdf.js', import.meta.url).href)});
const facts = { decisionDate: '2026-11-25', patient: { age: 56, sex: 'male', weightKg: 62 }, primary: { histology: 'lung-nsclc', cancerHistory: 'known-active', boneMetastasisConfirmed: true }, kps: 70,
  pain: { score: 8, type: 'mechanical', limitsDailyLife: true }, neurology: { frankel: 'E', deficitProgressing: false },
  lesions: [{ level: 'L1', character: 'lytic', painful: true, escc: '1a', sins: 10, tomitaSites: ['body'] }], metastases: { spinal: 1, extraspinalBone: 2, visceral: 'none' },
  labs: { plateletsPerUl: 210000, ptRatio: 1, apttRatio: 1.1, creatinineMgDl: 1, calciumMgDl: 9.4 }, infection: { local: false, systemic: false }, pmmaAllergy: false, toleratesSurgery: true };
const decision = { decidedOn: '2026-11-25', knowledgeVersion: 'bench', chosenOptions: ['pvp', 'sbrt', 'bma', 'analgesia'], facts, plan: { schedules: { sbrt: 'sbrt-24x2' } }, recommendation: {} };
const lang = process.argv[1];
const times = [];
for (let i = 0; i < ${WARM + 1}; i++) {
  const t0 = performance.now();
  await renderBoardReportPdf(buildBoardReport(decision, 'BM-1', lang));
  times.push(performance.now() - t0);
}
console.log(JSON.stringify({ first: times[0], warm: times.slice(1).sort((a, b) => a - b)[${Math.floor(WARM / 2)}] }));
`;

const run = (lang) => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', child, lang], { cwd: ROOT, encoding: 'utf8' }).stdout);
const results = { en: [], zh: [], ja: [] };
for (let r = 0; r < RUNS; r++) for (const lang of ['en', 'zh', 'ja']) results[lang].push(run(lang));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = (lang, key) => median(results[lang].map((x, i) => x[key] / results.en[i][key]));
console.log(`board report PDF, ${RUNS} fresh processes per language, load ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
for (const lang of ['en', 'zh', 'ja']) {
  console.log(`${lang}: first ${median(results[lang].map((x) => x.first)).toFixed(0)} ms, warm ${median(results[lang].map((x) => x.warm)).toFixed(0)} ms` +
    (lang === 'en' ? '' : `; ratio to en: first ${ratio(lang, 'first').toFixed(2)}, warm ${ratio(lang, 'warm').toFixed(2)}`));
}
