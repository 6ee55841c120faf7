import { useI18n } from '../i18n.js';

export interface Series {
  name: string;
  points: { x: number; y: number; label?: string }[];
}

/** A small line chart of values over time (x in days since the first point), drawn as SVG. */
export function LineChart({ title, series, yMin, yMax, xLabel, formatX }: {
  title: string;
  series: readonly Series[];
  yMin: number;
  yMax: number;
  xLabel: string;
  formatX(x: number): string;
}) {
  const { number } = useI18n();
  const width = 420;
  const height = 200;
  const pad = { left: 40, right: 12, top: 12, bottom: 36 };
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const x0 = Math.min(...xs, 0);
  const x1 = Math.max(...xs, x0 + 1);
  const sx = (x: number) => pad.left + ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const sy = (y: number) => pad.top + (1 - (y - yMin) / (yMax - yMin || 1)) * (height - pad.top - pad.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => yMin + f * (yMax - yMin));
  const colours = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c'];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg">
        <title>{title}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={sy(v)} y2={sy(v)} stroke="#e5e7eb" />
            <text x={pad.left - 6} y={sy(v) + 4} textAnchor="end" fontSize="10" fill="#374151">{number(v)}</text>
          </g>
        ))}
        <line x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} stroke="#6b7280" />
        {[x0, (x0 + x1) / 2, x1].map((x) => (
          <text key={x} x={sx(x)} y={height - pad.bottom + 14} textAnchor="middle" fontSize="10" fill="#374151">{formatX(x)}</text>
        ))}
        <text x={(pad.left + width - pad.right) / 2} y={height - 4} textAnchor="middle" fontSize="10" fill="#374151">{xLabel}</text>
        {series.map((s, i) => (
          <g key={s.name} stroke={colours[i % colours.length]} fill={colours[i % colours.length]}>
            <polyline fill="none" strokeWidth="2" points={s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')} />
            {s.points.map((p, j) => (
              <circle key={j} cx={sx(p.x)} cy={sy(p.y)} r="3.5">
                <title>{`${s.name}: ${p.label ?? number(p.y)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 ? (
        <figcaption className="legend">
          {series.map((s, i) => <span key={s.name}><span className="swatch" style={{ background: colours[i % colours.length] }} />{s.name}</span>)}
        </figcaption>
      ) : null}
    </figure>
  );
}
