import { webText as W } from '../../i18n/web/ui.js';
import { SPINAL_LEVELS, regionOf, type SpinalLevel, type SpineRegion } from '../../knowledge/anatomy/index.js';
import { useI18n } from '../i18n.js';

/** Body width and height per region, in the drawing's units: small cervical, large lumbar. */
const SIZE: Record<SpineRegion, { w: number; h: number }> = {
  cervical: { w: 46, h: 18 },
  thoracic: { w: 58, h: 21 },
  lumbar: { w: 74, h: 26 },
  sacral: { w: 0, h: 17 },
};
const GAP = 4;

/**
 * A drawn spine, C1 at the top to S5 at the bottom. Each vertebra is a real button (aria-pressed
 * when chosen) drawn as a vertebral body with its spinous process; the sacrum narrows downwards.
 */
export function SpineMap({ selected, marks, onSelect }: {
  selected: SpinalLevel | null;
  /** Per level: a CSS class for what is recorded there (e.g. the SINS band), or 'lesion'. */
  marks: ReadonlyMap<SpinalLevel, string>;
  onSelect(level: SpinalLevel): void;
}) {
  const { t } = useI18n();
  let region: SpineRegion | null = null;
  return (
    <div className="spine-map" role="group" aria-label={t(W.spine.title)}>
      <p className="hint" id="spine-help">{t(W.spine.help)}</p>
      <ol className="spine" aria-describedby="spine-help">
        {SPINAL_LEVELS.map((level, i) => {
          const r = regionOf(level);
          const heading = r !== region ? t(W.spine.regions[r]) : null;
          region = r;
          const size = SIZE[r];
          const sacralIndex = r === 'sacral' ? Number(level.slice(1)) : 0;
          const width = r === 'sacral' ? 80 - sacralIndex * 11 : size.w;
          const mark = marks.get(level);
          const pressed = selected === level;
          return (
            <li key={level} className={`vertebra-row region-${r}`} style={{ marginTop: i === 0 ? 0 : GAP }}>
              {heading ? <span className="region-label" aria-hidden="true">{heading}</span> : null}
              <button
                type="button"
                className={`vertebra${mark ? ` mark-${mark}` : ''}${pressed ? ' selected' : ''}`}
                aria-pressed={pressed}
                aria-label={`${level}${mark ? ` — ${t(W.spine.hasLesion)}` : ''}`}
                data-level={level}
                style={{ width, height: size.h }}
                onClick={() => onSelect(level)}
              >
                <span className="vertebra-name">{level}</span>
              </button>
              {r !== 'sacral' ? <span className="process" aria-hidden="true" style={{ height: Math.max(6, size.h - 10) }} /> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
