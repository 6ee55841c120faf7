import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scoreInstrument } from '../../knowledge/instruments/index.js';
import { I18nProvider } from '../i18n.js';
import { InstrumentResultView } from './instrument-form.js';

/** The language-neutral result as the web shows it, server-rendered in the browser language `lang`. */
function html(id: Parameters<typeof scoreInstrument>[0], input: unknown, lang: 'en' | 'zh' | 'ja' = 'en'): string {
  vi.stubGlobal('navigator', { language: lang });
  const result = scoreInstrument(id, input);
  return renderToStaticMarkup(createElement(I18nProvider, null, createElement(InstrumentResultView, { result })))
    .replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/\s+/g, ' ');
}

beforeAll(() => vi.stubGlobal('localStorage', undefined));
afterAll(() => vi.unstubAllGlobals());

describe('InstrumentResultView', () => {
  it('shows the 002 §2.2 and the published Tokuhashi total, each with its band and source', () => {
    const text = html('tokuhashi', {
      kps: 80, extraspinalBoneMetastases: 1, vertebralBodyMetastases: 2, visceralMetastases: 'none', primary: 'breast', breastSubtype: 'triple-negative', frankel: 'D',
    });
    // Published 2+1+1+2+5+1 = 12 (> 12 months); 002 §2.2 scores the primary 3: 10 (6–12 months).
    expect(text).toContain('Total per 002 §2.2 10 9–11: predicted survival 6–12 months');
    expect(text).toContain('Total as published (Tokuhashi 2005) 12 12–15: predicted survival > 12 months');
  });
  it('shows a Tomita band change in Chinese', () => {
    const text = html('tomita', { primary: 'breast', breastSubtype: 'er-hr-negative', visceralMetastases: 'none', boneMetastases: 'multiple' }, 'zh');
    expect(text).toContain('按 002 §2.2 计算的总分 4 4~5 分：边缘或病灶内切除');
    expect(text).toContain('原版总分（Tomita 2001） 3 2~3 分：广泛或边缘切除');
  });
  it('shows one total for the other instruments', () => {
    const text = html('sins', { level: 'T11', pain: 'mechanical', boneLesion: 'lytic', alignment: 'normal', collapse: 'under-50', posterolateral: 'unilateral' });
    expect(text).toContain('score 11 Potentially unstable (7–12)');
    expect(text).not.toContain('published');
  });
  it('shows a Mirels total with its band and the caveat that the sources do not print it, in en, zh and ja', () => {
    // peritrochanteric 3 + functional 3 + lytic 3 + 1/3–2/3 2 = 11 (Mirels 1989, Table 1)
    const input = { site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'third-to-two-thirds' };
    const en = html('mirels', input);
    expect(en).toContain('score 11 ≥ 9: impending fracture — prophylactic fixation before irradiation (Mirels)');
    expect(en).toContain('A public score the sources do not print: 004 §4.5.2');
    expect(en).toContain('Sources: public: Mirels H.');
    expect(html('mirels', input, 'zh')).toContain('来源文件未列出此评分：004 §4.5.2');
    expect(html('mirels', input, 'ja')).toContain('9 点以上：切迫骨折——照射前の予防的固定（Mirels）');
  });
});
