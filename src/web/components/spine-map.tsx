import { useRef, type KeyboardEvent } from 'react';
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

/** The marks the map draws, in the order the legend explains them. */
export const SPINE_MARKS = ['lesion', 'stable', 'potentially-unstable', 'unstable', 'not-assessable'] as const;

/**
 * A drawn spine, C1 at the top to S5 at the bottom. Each vertebra is a real button (aria-pressed
 * when chosen) drawn as a vertebral body with its spinous process; the sacrum narrows downwards.
 * One vertebra is in the tab order (the chosen one, else C1); the arrow keys, Home and End move
 * between vertebrae (roving tabindex).
 */
export function SpineMap({ selected, marks, onSelect }: {
  selected: SpinalLevel | null;
  /** Per level: a CSS class for what is recorded there (e.g. the SINS band), or 'lesion'. */
  marks: ReadonlyMap<SpinalLevel, string>;
  onSelect(level: SpinalLevel): void;
}) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const tabStop = selected ?? SPINAL_LEVELS[0];
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = SPINAL_LEVELS.length - 1;
    const next = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? Math.min(last, index + 1)
      : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? Math.max(0, index - 1)
        : event.key === 'Home' ? 0
          : event.key === 'End' ? last
            : null;
    if (next === null) return;
    event.preventDefault();
    const level = SPINAL_LEVELS[next]!;
    list.current?.querySelector<HTMLButtonElement>(`button[data-level="${level}"]`)?.focus();
    onSelect(level);
  };
  let region: SpineRegion | null = null;
  const used = new Set(marks.values());
  return (
    <div className="spine-map" role="group" aria-label={t(W.spine.title)}>
      <p className="hint" id="spine-help">{t(W.spine.help)}</p>
      <ol className="spine" aria-describedby="spine-help" ref={list}>
        {SPINAL_LEVELS.map((level, i) => {
          const r = regionOf(level);
          const heading = r !== region ? t(W.spine.regions[r]) : null;
          region = r;
          const size = SIZE[r];
          const sacralIndex = r === 'sacral' ? Number(level.slice(1)) : 0;
          const width = r === 'sacral' ? 80 - sacralIndex * 11 : size.w;
          const mark = marks.get(level);
          const pressed = selected === level;
          const markText = mark && (SPINE_MARKS as readonly string[]).includes(mark) ? t(W.spine.marks[mark as (typeof SPINE_MARKS)[number]]) : mark ? t(W.spine.hasLesion) : null;
          return (
            <li key={level} className={`vertebra-row region-${r}`} style={{ marginTop: i === 0 ? 0 : GAP }}>
              {heading ? <span className="region-label" aria-hidden="true">{heading}</span> : null}
              <button
                type="button"
                className={`vertebra${mark ? ` mark-${mark}` : ''}${pressed ? ' selected' : ''}`}
                aria-pressed={pressed}
                aria-label={`${level}${markText ? ` — ${markText}` : ''}`}
                tabIndex={level === tabStop ? 0 : -1}
                data-level={level}
                style={{ width, height: size.h }}
                onClick={() => onSelect(level)}
                onKeyDown={(e) => move(e, i)}
              >
                <span className="vertebra-name">{level}</span>
              </button>
              {r !== 'sacral' ? <span className="process" aria-hidden="true" style={{ height: Math.max(6, size.h - 10) }} /> : null}
            </li>
          );
        })}
      </ol>
      <section className="spine-legend" aria-labelledby="spine-legend-title" data-testid="spine-legend">
        <h3 id="spine-legend-title">{t(W.spine.legend)}</h3>
        <ul>
          {SPINE_MARKS.filter((m) => m !== 'not-assessable' || used.has(m)).map((m) => (
            <li key={m}><span className={`swatch vertebra mark-${m}`} aria-hidden="true" />{t(W.spine.marks[m])}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
