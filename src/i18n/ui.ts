import { L } from './lang.js';

/** Words of the renderers (CLI tables, later the web UI). */
export const ui = {
  item: L('Item', '项目', '項目'),
  answer: L('Answer', '回答', '回答'),
  points: L('Points', '分值', '点数'),
  total: L('Total', '总分', '合計'),
  band: L('Band', '分级', '区分'),
  derived: L('Derived', '推导值', '導出値'),
  interpretation: L('Interpretation', '解读', '解釈'),
  caveats: L('Caveats', '注意事项', '注意点'),
  sources: L('Sources', '来源', '出典'),
  instrument: L('Instrument', '量表', '評価尺度'),
  description: L('Description', '说明', '説明'),
  version: L('version', '版本', 'バージョン'),
};
