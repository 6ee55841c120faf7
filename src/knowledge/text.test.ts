import { describe, expect, it } from 'vitest';
import { L } from '../i18n/lang.js';
import { defineTexts, join, render, renderText, text, unknownKeys, verbatim, type Text } from './text.js';

const T = defineTexts('textTest', {
  level: L('Painful lesion at {levels}', '{levels} 疼痛病灶', '{levels} の疼痛病変'),
  drug: { zoledronic: L('zoledronic acid', '唑来膦酸', 'ゾレドロン酸') },
  dose: L('{drug} {mg} mg', '{drug} {mg} mg', '{drug} {mg} mg'),
  arrow: L(' → ', ' → ', ' → '),
});

describe('language-neutral texts', () => {
  it('keys each text by its path, and renders one result in every language', () => {
    expect(T.drug.zoledronic.key).toBe('textTest.drug.zoledronic');
    const result = { because: [text(T.level, { levels: ['T12', 'L1'] }), text(T.dose, { drug: text(T.drug.zoledronic), mg: 3.3 })], id: 'x', n: 2 };
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(render(result, 'en')).toEqual({ because: ['Painful lesion at T12, L1', 'zoledronic acid 3.3 mg'], id: 'x', n: 2 });
    expect(render(result, 'zh').because).toEqual(['T12、L1 疼痛病灶', '唑来膦酸 3.3 mg']);
    expect(render(result, 'ja').because[1]).toBe('ゾレドロン酸 3.3 mg');
  });

  it('joins with a chosen separator and keeps verbatim strings', () => {
    expect(renderText(join([verbatim('PVP'), 'RT'], T.arrow), 'zh')).toBe('PVP → RT');
    expect(renderText(text(T.level, { levels: verbatim('T8') }), 'en')).toBe('Painful lesion at T8');
  });

  it('refuses a key defined twice and names keys no catalogue holds', () => {
    expect(() => defineTexts('textTest', { level: L('a', 'b', 'c') })).toThrow(/namespace defined twice/);
    expect(unknownKeys({ a: [{ key: 'nowhere.at.all' }], b: text(T.arrow) })).toEqual(['nowhere.at.all']);
    expect(renderText({ key: 'nowhere.at.all' } as Text, 'en')).toBe('[nowhere.at.all]');
    // an object with other fields is data, not a text
    expect(render({ step: { key: 'textTest.arrow', order: 1 } }, 'en')).toEqual({ step: { key: 'textTest.arrow', order: 1 } });
  });
});
