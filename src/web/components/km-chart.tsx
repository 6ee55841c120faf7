import { forwardRef } from 'react';
import { useI18n } from '../i18n.js';

/** One Kaplan–Meier curve as src/stats computes it (one entry per distinct time). */
export interface KmCurve {
  name: string;
  time: ArrayLike<number>;
  survival: ArrayLike<number>;
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  nRisk: ArrayLike<number>;
  nCensor: ArrayLike<number>;
  n: number;
}

const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];

/** Steps of S(t) from (0, 1): horizontal to each time, then down. */
function stepPath(time: ArrayLike<number>, value: ArrayLike<number>, sx: (t: number) => number, sy: (s: number) => number): string {
  let d = `M${sx(0)},${sy(1)}`;
  let last = 1;
  for (let i = 0; i < time.length; i++) {
    const v = value[i]!;
    if (Number.isNaN(v)) continue;
    d += ` H${sx(time[i]!)} V${sy(v)}`;
    last = v;
  }
  void last;
  return d;
}

/** The confidence band as a closed polygon of the upper steps forward and the lower steps back. */
function bandPath(curve: KmCurve, sx: (t: number) => number, sy: (s: number) => number): string {
  const pts: [number, number][] = [];
  const lows: [number, number][] = [];
  let up = 1;
  let lo = 1;
  let prev = 0;
  for (let i = 0; i < curve.time.length; i++) {
    const t = curve.time[i]!;
    pts.push([prev, up], [t, up]);
    lows.push([prev, lo], [t, lo]);
    const u = curve.upper[i]!;
    const l = curve.lower[i]!;
    if (!Number.isNaN(u)) up = u;
    if (!Number.isNaN(l)) lo = l;
    prev = t;
  }
  pts.push([prev, up]);
  lows.push([prev, lo]);
  const all = [...pts, ...lows.reverse()];
  return `M${all.map(([t, s]) => `${sx(t)},${sy(s)}`).join(' L')} Z`;
}

/** Number at risk at time t: those whose time is ≥ t. */
function atRisk(curve: KmCurve, t: number): number {
  for (let i = 0; i < curve.time.length; i++) if (curve.time[i]! >= t) return curve.nRisk[i]!;
  return 0;
}

export const KmChart = forwardRef<SVGSVGElement, { curves: readonly KmCurve[]; title: string; xLabel: string; yLabel: string; atRiskLabel: string; maxTime?: number }>(
  function KmChart({ curves, title, xLabel, yLabel, atRiskLabel, maxTime }, ref) {
    const { number } = useI18n();
    const tMax = maxTime ?? Math.max(1, ...curves.map((c) => (c.time.length ? c.time[c.time.length - 1]! : 0)));
    const step = tMax <= 12 ? 2 : tMax <= 36 ? 6 : 12;
    const ticks = Array.from({ length: Math.floor(tMax / step) + 1 }, (_, i) => i * step);
    const width = 640;
    const plotH = 260;
    const pad = { left: 84, right: 20, top: 16 };
    const riskTop = pad.top + plotH + 46;
    const height = riskTop + 18 * (curves.length + 1) + 8;
    const sx = (t: number) => pad.left + (t / tMax) * (width - pad.left - pad.right);
    const sy = (s: number) => pad.top + (1 - s) * plotH;
    return (
      <svg ref={ref} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg" className="km" fontFamily="system-ui, sans-serif">
        <title>{title}</title>
        <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
        {[0, 0.25, 0.5, 0.75, 1].map((s) => (
          <g key={s}>
            <line x1={pad.left} x2={width - pad.right} y1={sy(s)} y2={sy(s)} stroke="#e5e7eb" />
            <text x={pad.left - 8} y={sy(s) + 4} textAnchor="end" fontSize="11" fill="#374151">{number(s, 2)}</text>
          </g>
        ))}
        <line x1={pad.left} x2={width - pad.right} y1={sy(0)} y2={sy(0)} stroke="#374151" />
        <line x1={pad.left} x2={pad.left} y1={sy(0)} y2={sy(1)} stroke="#374151" />
        {ticks.map((t) => (
          <text key={t} x={sx(t)} y={sy(0) + 16} textAnchor="middle" fontSize="11" fill="#374151">{number(t, 0)}</text>
        ))}
        <text x={(pad.left + width - pad.right) / 2} y={sy(0) + 34} textAnchor="middle" fontSize="12" fill="#111827">{xLabel}</text>
        <text transform={`translate(40 ${pad.top + plotH / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#111827">{yLabel}</text>
        {curves.map((c, k) => (
          <g key={c.name}>
            <path d={bandPath(c, sx, sy)} fill={COLOURS[k % COLOURS.length]} fillOpacity="0.12" stroke="none" />
            <path d={stepPath(c.time, c.survival, sx, sy)} fill="none" stroke={COLOURS[k % COLOURS.length]} strokeWidth="2" data-curve={c.name} data-steps={c.time.length} />
            {Array.from({ length: c.time.length }, (_, i) =>
              c.nCensor[i]! > 0 ? <line key={i} x1={sx(c.time[i]!)} x2={sx(c.time[i]!)} y1={sy(c.survival[i]!) - 4} y2={sy(c.survival[i]!) + 4} stroke={COLOURS[k % COLOURS.length]} /> : null,
            )}
            <rect x={width - pad.right - 150} y={pad.top + 6 + k * 16} width="10" height="10" fill={COLOURS[k % COLOURS.length]} />
            <text x={width - pad.right - 135} y={pad.top + 15 + k * 16} fontSize="11" fill="#111827">{c.name}</text>
          </g>
        ))}
        <text x={4} y={riskTop} fontSize="12" fontWeight="bold" fill="#111827">{atRiskLabel}</text>
        {curves.map((c, k) => (
          <g key={c.name}>
            <text x={4} y={riskTop + 18 * (k + 1)} fontSize="11" fill={COLOURS[k % COLOURS.length]}>{c.name.length > 10 ? `${c.name.slice(0, 10)}…` : c.name}</text>
            {ticks.map((t) => (
              <text key={t} x={sx(t)} y={riskTop + 18 * (k + 1)} textAnchor="middle" fontSize="11" fill="#111827">{number(atRisk(c, t), 0)}</text>
            ))}
          </g>
        ))}
      </svg>
    );
  },
);
