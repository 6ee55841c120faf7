import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n.js';

export interface Series {
  name: string;
  points: { x: number; y: number; label?: string }[];
}

/** A dated event drawn as a dashed vertical line with its number (e.g. a treatment). */
export interface Marker {
  x: number;
  label: string;
}

/** Text size in CSS pixels: the chart is drawn at its container's width, so this is the size on screen. */
const FONT = 12;
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c'];

/**
 * A small line chart of values over time (x in days since the first point), drawn as SVG at the
 * width of its container (never scaled down, so labels keep their size); edge labels are
 * anchored inwards so none is clipped. Markers (treatments) are numbered dashed lines, explained
 * in the caption.
 */
export function LineChart({ title, series, yMin, yMax, xLabel, formatX, markers = [], markerCaption }: {
  title: string;
  series: readonly Series[];
  yMin: number;
  yMax: number;
  xLabel: string;
  formatX(x: number): string;
  markers?: readonly Marker[];
  markerCaption?: (list: string) => string;
}) {
  const { number } = useI18n();
  const box = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(420);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(Math.max(260, w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const height = 220;
  const pad = { left: 44, right: 16, top: markers.length ? 22 : 12, bottom: 44 };
  const xs = [...series.flatMap((s) => s.points.map((p) => p.x)), ...markers.map((m) => m.x)];
  const x0 = Math.min(...xs, 0);
  const x1 = Math.max(...xs, x0 + 1);
  const sx = (x: number) => pad.left + ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const sy = (y: number) => pad.top + (1 - (y - yMin) / (yMax - yMin || 1)) * (height - pad.top - pad.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => yMin + f * (yMax - yMin));
  const xTicks = [x0, (x0 + x1) / 2, x1];
  return (
    <figure className="chart" ref={box}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg" fontSize={FONT}>
        <title>{title}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={sy(v)} y2={sy(v)} stroke="#e5e7eb" />
            <text x={pad.left - 6} y={sy(v) + 4} textAnchor="end" fill="#374151">{number(v)}</text>
          </g>
        ))}
        <line x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} stroke="#6b7280" />
        {xTicks.map((x, i) => (
          <text key={i} x={sx(x)} y={height - pad.bottom + 16} textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'} fill="#374151">{formatX(x)}</text>
        ))}
        <text x={(pad.left + width - pad.right) / 2} y={height - 6} textAnchor="middle" fill="#374151">{xLabel}</text>
        {markers.map((m, i) => (
          <g key={`${m.x}-${i}`} data-marker={m.label}>
            <line x1={sx(m.x)} x2={sx(m.x)} y1={pad.top - 4} y2={height - pad.bottom} stroke="#047857" strokeDasharray="4 3" strokeWidth="1.5" />
            <text x={sx(m.x)} y={pad.top - 8} textAnchor={sx(m.x) < pad.left + 10 ? 'start' : sx(m.x) > width - pad.right - 10 ? 'end' : 'middle'} fill="#065f46" fontWeight="700">{i + 1}</text>
          </g>
        ))}
        {series.map((s, i) => (
          <g key={s.name} stroke={COLOURS[i % COLOURS.length]} fill={COLOURS[i % COLOURS.length]}>
            <polyline fill="none" strokeWidth="2" points={s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')} />
            {s.points.map((p, j) => (
              <circle key={j} cx={sx(p.x)} cy={sy(p.y)} r="4">
                <title>{`${s.name}: ${p.label ?? number(p.y)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 || markers.length ? (
        <figcaption className="legend">
          {' '}
          {series.length > 1 ? series.map((s, i) => <span key={s.name}><span className="swatch" style={{ background: COLOURS[i % COLOURS.length] }} />{s.name}</span>) : null}
          {markers.length && markerCaption ? <span className="markers">{' '}{markerCaption(markers.map((m, i) => `${i + 1} ${m.label}`).join('; '))}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
