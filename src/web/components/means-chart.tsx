import { forwardRef } from 'react';
import { useI18n } from '../i18n.js';

/** Mean with its 95 % CI of one group at each visit (null where the group has no measurement). */
export interface MeansSeries {
  name: string;
  points: { month: number; mean: number | null; lower: number | null; upper: number | null }[];
}

const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];

/** Means ± 95 % CI per visit per group: visits evenly spaced, groups dodged, error bars with caps. */
export const MeansChart = forwardRef<SVGSVGElement, { series: readonly MeansSeries[]; months: readonly number[]; title: string; xLabel: string; yLabel: string; monthLabel(m: number): string }>(
  function MeansChart({ series, months, title, xLabel, yLabel, monthLabel }, ref) {
    const { number } = useI18n();
    const width = 640;
    const height = 320;
    const pad = { left: 70, right: 170, top: 16, bottom: 56 };
    const values = series.flatMap((s) => s.points.flatMap((p) => [p.lower, p.upper, p.mean])).filter((v): v is number => v !== null && Number.isFinite(v));
    const lo = values.length ? Math.min(...values) : 0;
    const hi = values.length ? Math.max(...values) : 1;
    const span = hi - lo || 1;
    const rawStep = span / 4;
    const magnitude = 10 ** Math.floor(Math.log10(rawStep));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rawStep) ?? rawStep;
    const y0 = Math.floor(lo / step) * step;
    const y1 = Math.ceil(hi / step) * step === y0 ? y0 + step : Math.ceil(hi / step) * step;
    const ticks = Array.from({ length: Math.round((y1 - y0) / step) + 1 }, (_, i) => y0 + i * step);
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    const slot = plotW / Math.max(1, months.length);
    const dodge = Math.min(14, slot / (series.length + 1));
    const sx = (k: number, g: number) => pad.left + slot * (k + 0.5) + (g - (series.length - 1) / 2) * dodge;
    const sy = (v: number) => pad.top + (1 - (v - y0) / (y1 - y0)) * plotH;
    const digits = step < 1 ? 1 : 0;
    return (
      <svg ref={ref} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg" className="km" fontFamily="system-ui, sans-serif">
        <title>{title}</title>
        <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={pad.left + plotW} y1={sy(v)} y2={sy(v)} stroke="#e5e7eb" />
            <text x={pad.left - 8} y={sy(v) + 4} textAnchor="end" fontSize="12" fill="#374151">{number(v, digits)}</text>
          </g>
        ))}
        <line x1={pad.left} x2={pad.left + plotW} y1={pad.top + plotH} y2={pad.top + plotH} stroke="#374151" />
        <line x1={pad.left} x2={pad.left} y1={pad.top} y2={pad.top + plotH} stroke="#374151" />
        {months.map((m, k) => (
          <text key={m} x={pad.left + slot * (k + 0.5)} y={pad.top + plotH + 18} textAnchor="middle" fontSize="12" fill="#374151">{monthLabel(m)}</text>
        ))}
        <text x={pad.left + plotW / 2} y={height - 10} textAnchor="middle" fontSize="13" fill="#111827">{xLabel}</text>
        <text transform={`translate(22 ${pad.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize="13" fill="#111827">{yLabel}</text>
        {series.map((s, g) => {
          const colour = COLOURS[g % COLOURS.length]!;
          const pts = s.points.map((p, k) => ({ ...p, x: sx(k, g) })).filter((p) => p.mean !== null);
          return (
            <g key={s.name}>
              <path d={pts.map((p, i) => `${i ? 'L' : 'M'}${p.x},${sy(p.mean!)}`).join(' ')} fill="none" stroke={colour} strokeWidth="1.5" />
              {pts.map((p) => (
                <g key={p.month}>
                  {p.lower !== null && p.upper !== null ? (
                    <path d={`M${p.x},${sy(p.lower)} V${sy(p.upper)} M${p.x - 4},${sy(p.lower)} H${p.x + 4} M${p.x - 4},${sy(p.upper)} H${p.x + 4}`} stroke={colour} strokeWidth="1.2" fill="none" />
                  ) : null}
                  <circle cx={p.x} cy={sy(p.mean!)} r="3.5" fill={colour} />
                </g>
              ))}
              <rect x={width - pad.right + 16} y={pad.top + 6 + g * 18} width="10" height="10" fill={colour} />
              <text x={width - pad.right + 31} y={pad.top + 15 + g * 18} fontSize="12" fill="#111827">{s.name}</text>
            </g>
          );
        })}
      </svg>
    );
  },
);
