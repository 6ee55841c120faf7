import type { KmGroup } from './stats.js';

const WIDTH = 760;
const RIGHT = 30;
const TOP = 50;
const PLOT_HEIGHT = 360;
const ROW_HEIGHT = 20;
const COLOURS = ['#1b6ca8', '#c0392b', '#2e8b57', '#8e44ad', '#d68910', '#566573', '#17a589', '#a04000'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** About six round tick values from 0 to at least max. */
function ticks(max: number): number[] {
  if (!(max > 0)) return [0];
  const raw = max / 6;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const values: number[] = [];
  for (let t = 0; t <= max + step * 1e-9; t += step) values.push(Number(t.toPrecision(12)));
  if (values[values.length - 1]! < max) values.push(Number((values.length * step).toPrecision(12)));
  return values;
}

function format(value: number): string {
  return Number(value.toFixed(2)).toString();
}

/**
 * Right-continuous step path through (time, value) starting at (0, start). A limit undefined
 * before the first event (log-log at S = 1) stays at the start; one undefined later (S = 0) ends it.
 */
function stepPoints(time: Float64Array, values: Float64Array, start: number, end: number): [number, number][] {
  const points: [number, number][] = [[0, start]];
  let current = start;
  let defined = false;
  for (let k = 0; k < time.length; k++) {
    const value = values[k]!;
    if (Number.isNaN(value) && !defined) continue;
    if (Number.isNaN(value)) return points.concat([[time[k]!, current]]);
    defined = true;
    if (value !== current) {
      points.push([time[k]!, current], [time[k]!, value]);
      current = value;
    }
  }
  points.push([end, current]);
  return points;
}

/** Subjects still at risk at t: those whose time is ≥ t. */
function atRisk(group: KmGroup, t: number): number {
  const { time, nRisk } = group.curve;
  for (let k = 0; k < time.length; k++) if (time[k]! >= t) return nRisk[k]!;
  return 0;
}

export interface KmPlotOptions {
  title: string;
  logRankP?: number | undefined;
  timeLabel?: string;
}

/** Kaplan–Meier curves as SVG: steps, censoring ticks, confidence bands and a numbers-at-risk table. */
export function renderKaplanMeierSvg(groups: readonly KmGroup[], options: KmPlotOptions): string {
  const maxTime = Math.max(0, ...groups.map((g) => (g.curve.time.length ? g.curve.time[g.curve.time.length - 1]! : 0)));
  const xTicks = ticks(maxTime);
  const xMax = xTicks[xTicks.length - 1]!;
  // room for the group names of the numbers-at-risk table (about 7.5 px a character at 12 px)
  const LEFT = Math.max(70, 30 + 7.5 * Math.max(0, ...groups.map((g) => g.name.length)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (t: number): number => LEFT + (t / (xMax || 1)) * plotWidth;
  const y = (s: number): number => TOP + (1 - s) * PLOT_HEIGHT;
  const tableTop = TOP + PLOT_HEIGHT + 70;
  const height = tableTop + 28 + groups.length * ROW_HEIGHT + 10;
  const path = (points: [number, number][]): string => points.map(([t, s], i) => `${i ? 'L' : 'M'}${format(x(t))},${format(y(s))}`).join(' ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="15">${escapeXml(options.title)}</text>`,
  ];
  // axes and grid
  for (const s of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${format(y(s))}" y2="${format(y(s))}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${LEFT - 8}" y="${format(y(s) + 4)}" text-anchor="end">${s}</text>`);
  }
  for (const t of xTicks) {
    parts.push(`<line x1="${format(x(t))}" x2="${format(x(t))}" y1="${TOP + PLOT_HEIGHT}" y2="${TOP + PLOT_HEIGHT + 5}" stroke="black"/>`);
    parts.push(`<text x="${format(x(t))}" y="${TOP + PLOT_HEIGHT + 19}" text-anchor="middle">${t}</text>`);
  }
  parts.push(`<path d="M${LEFT},${TOP} V${TOP + PLOT_HEIGHT} H${LEFT + plotWidth}" fill="none" stroke="black"/>`);
  parts.push(`<text x="${LEFT + plotWidth / 2}" y="${TOP + PLOT_HEIGHT + 38}" text-anchor="middle">${escapeXml(options.timeLabel ?? 'time')}</text>`);
  parts.push(`<text transform="translate(20 ${TOP + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle">survival probability</text>`);
  groups.forEach((group, g) => {
    const colour = COLOURS[g % COLOURS.length]!;
    const { curve } = group;
    const end = curve.time.length ? curve.time[curve.time.length - 1]! : 0;
    const upper = stepPoints(curve.time, curve.upper, 1, end);
    const lower = stepPoints(curve.time, curve.lower, 1, end);
    const bandEnd = Math.min(upper[upper.length - 1]![0], lower[lower.length - 1]![0]);
    const clip = (points: [number, number][]): [number, number][] => points.filter(([t]) => t <= bandEnd);
    const band = [...clip(upper), ...clip(lower).reverse()];
    parts.push(`<path d="${path(band)} Z" fill="${colour}" fill-opacity="0.15" stroke="none"/>`);
    parts.push(`<path d="${path(stepPoints(curve.time, curve.survival, 1, end))}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (let k = 0; k < curve.time.length; k++) {
      if (curve.nCensor[k]! === 0) continue;
      const cx = format(x(curve.time[k]!));
      const cy = y(curve.survival[k]!);
      parts.push(`<line x1="${cx}" x2="${cx}" y1="${format(cy - 5)}" y2="${format(cy + 5)}" stroke="${colour}" stroke-width="1.5"/>`);
    }
    const legendY = TOP + 14 + g * 18;
    parts.push(`<line x1="${WIDTH - RIGHT - 170}" x2="${WIDTH - RIGHT - 150}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${colour}" stroke-width="2"/>`);
    parts.push(`<text x="${WIDTH - RIGHT - 144}" y="${legendY}">${escapeXml(group.name)}</text>`);
  });
  if (options.logRankP !== undefined) {
    const p = options.logRankP < 0.001 ? 'p < 0.001' : `p = ${options.logRankP.toFixed(3)}`;
    parts.push(`<text x="${WIDTH - RIGHT - 170}" y="${TOP + 18 + groups.length * 18}">log-rank ${escapeXml(p)}</text>`);
  }
  parts.push(`<text x="${LEFT}" y="${tableTop}" font-weight="bold">Number at risk</text>`);
  groups.forEach((group, g) => {
    const rowY = tableTop + 24 + g * ROW_HEIGHT;
    const colour = COLOURS[g % COLOURS.length]!;
    parts.push(`<text x="${LEFT - 22}" y="${rowY}" text-anchor="end" fill="${colour}">${escapeXml(group.name)}</text>`);
    for (const t of xTicks) parts.push(`<text x="${format(x(t))}" y="${rowY}" text-anchor="middle">${atRisk(group, t)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
