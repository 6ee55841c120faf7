import { defineTexts } from '../text.js';
import { L } from '../../i18n/lang.js';

export const wbbText = defineTexts('wbb', {
  name: L('Weinstein–Boriani–Biagini (WBB) staging', 'WBB 分区（Weinstein–Boriani–Biagini）', 'WBB 分類（Weinstein–Boriani–Biagini）'),
  summary: L(
    'Transverse extent: 12 radial zones and layers A–E → anterior/posterior, pedicles, en-bloc route',
    '横断面范围：12 个扇区与 A~E 层 → 前/后部结构、椎弓根受累、整块切除方式',
    '横断面の進展：12 の放射状区域と A~E 層 → 前方／後方、椎弓根浸潤、一塊切除の方法',
  ),
  items: {
    zones: L('Zones involved (1–12, clockwise)', '受累扇区（1~12，顺时针）', '病変区域（1~12、時計回り）'),
    layers: L('Layers involved (A–E)', '受累层次（A~E）', '病変層（A~E）'),
  },
  layers: {
    A: L('A extraosseous soft tissue', 'A 骨外软组织', 'A 骨外軟部組織'),
    B: L('B intraosseous superficial', 'B 骨内浅层', 'B 骨内表層'),
    C: L('C intraosseous deep', 'C 骨内深层', 'C 骨内深層'),
    D: L('D extraosseous extradural', 'D 骨外硬膜外', 'D 骨外硬膜外'),
    E: L('E extraosseous intradural', 'E 骨外硬膜内', 'E 骨外硬膜内'),
  },
  bands: {
    'oncological-en-bloc': L(
      'Anterior disease with at most one pedicle involved: oncological en-bloc resection possible',
      '前部病变、至多一侧椎弓根受累：可行肿瘤学意义上的全脊椎整块切除',
      '片側までの椎弓根浸潤を伴う前方病変：腫瘍学的一塊切除が可能',
    ),
    'anatomical-en-bloc': L(
      'Anterior disease with both pedicles involved (zones 4–9): anatomical en bloc only',
      '前部病变且双侧椎弓根受累（4~9 区）：仅能行解剖学意义上的整块切除',
      '両側椎弓根に及ぶ前方病変（4~9 区）：解剖学的一塊切除のみ',
    ),
    'posterior-only': L(
      'Posterior elements only (zones 10–3): laminectomy with fixation',
      '仅后部结构（10~3 区）：后路椎板切除内固定术',
      '後方要素のみ（10~3 区）：椎弓切除と固定術',
    ),
    'anterior-and-posterior': L(
      'Anterior and posterior elements involved: no en-bloc route described by 002 §3.1',
      '前、后部结构均受累：002 §3.1 未描述整块切除方式',
      '前方・後方要素とも病変あり：002 §3.1 に一塊切除法の記載なし',
    ),
  },
  interpretation: {
    'oncological-en-bloc': L(
      'Zones {zones}: anterior (body) disease, pedicles involved: {pedicles}. Osteotomy through the uninvolved lamina and pedicle gives an oncological total en-bloc spondylectomy.',
      '受累 {zones} 区：前部（椎体）病变，椎弓根受累：{pedicles}。经肿瘤未累及侧的正常椎板及椎弓根截骨，可达到肿瘤学意义上的全脊椎整块切除。',
      '{zones} 区：前方（椎体）病変、椎弓根浸潤：{pedicles}。腫瘍のない側の椎弓板・椎弓根で骨切りすることで腫瘍学的な全脊椎一塊切除が可能。',
    ),
    'anatomical-en-bloc': L(
      'Zones {zones}: both pedicles involved. The pedicle osteotomy must cross tumour, so total en-bloc spondylectomy is anatomical (intralesional at the pedicles), not oncological.',
      '受累 {zones} 区：双侧椎弓根均受累。椎弓根截骨不可避免进入肿瘤，只能做到解剖学意义上的全脊椎整块切除（属瘤内切除）。',
      '{zones} 区：両側椎弓根に浸潤。椎弓根の骨切りで腫瘍に入るため、全脊椎一塊切除は解剖学的（椎弓根で腫瘍内）にとどまる。',
    ),
    'posterior-only': L(
      'Zones {zones}: only the posterior elements are involved; posterior laminectomy with internal fixation decompresses the cord. Avoid laminectomy without fixation.',
      '受累 {zones} 区：仅后侧附件受累，适用后路椎板切除内固定术减压。应避免单纯椎板切除而不行内固定。',
      '{zones} 区：後方要素のみの病変。後方からの椎弓切除と内固定で除圧する。固定を伴わない椎弓切除単独は避ける。',
    ),
    'anterior-and-posterior': L(
      'Zones {zones}: anterior and posterior elements involved, pedicles involved: {pedicles}. 002 §3.1 describes en-bloc routes only for zones 4–8/5–9 and 4–9; decide the resection individually in the MDT.',
      '受累 {zones} 区：前、后部结构均受累，椎弓根受累：{pedicles}。002 §3.1 仅描述了 4~8／5~9 区和 4~9 区的整块切除方式，需 MDT 个体化决定切除方式。',
      '{zones} 区：前方・後方要素とも病変あり、椎弓根浸潤：{pedicles}。002 §3.1 は 4~8／5~9 区と 4~9 区の一塊切除のみを記載しており、切除法は MDT で個別に決定する。',
    ),
  },
  pedicles: {
    none: L('none', '无', 'なし'),
    one: L('one (zones {side})', '一侧（{side} 区）', '片側（{side} 区）'),
    both: L('both', '双侧', '両側'),
  },
  caveats: {
    epidural: L(
      'Layer D: extradural extension into the canal — grade the compression (ESCC).',
      'D 层：肿瘤侵入椎管硬膜外 — 请进行 ESCC 分级。',
      'D 層：脊柱管内硬膜外への進展 — ESCC で圧迫を評価する。',
    ),
    intradural: L(
      'Layer E: intradural extension — en-bloc resection would require dural resection.',
      'E 层：硬膜内侵犯 — 整块切除需切除硬脊膜。',
      'E 層：硬膜内進展 — 一塊切除には硬膜切除が必要。',
    ),
    paravertebral: L(
      'Layer A: extraosseous paravertebral extension.',
      'A 层：骨外椎旁侵犯。',
      'A 層：骨外傍脊柱進展。',
    ),
    pedicleZones: L(
      'Pedicles are taken as zones 3–4 and 9–10, as 002 §3.1 reads zones 4–8 (or 5–9) as one pedicle and 4–9 as both.',
      '椎弓根按 3~4 区与 9~10 区计，与 002 §3.1 中 4~8（或 5~9）区为一侧、4~9 区为双侧椎弓根受累的表述一致。',
      '椎弓根は 3~4 区と 9~10 区とした。002 §3.1 が 4~8（または 5~9）区を片側、4~9 区を両側の椎弓根浸潤としていることに合わせた。',
    ),
  },
  /** Validation errors (a zod refusal's `params.text`). */
  refusals: {
    zoneTwice: L('each zone may be listed once', '每个扇区只填一次', '各区域は一度だけ'),
    layerTwice: L('each layer may be listed once', '每个层次只填一次', '各層は一度だけ'),
  },
});
