import { normalSf, normalUpperQuantile } from '../distributions.js';
import { InsufficientDataError } from '../errors.js';
import type { KaplanMeierCurve } from './kaplan-meier.js';

export interface RestrictedMean {
  /** the horizon τ */
  tau: number;
  /** ∫₀^τ S(t) dt */
  estimate: number;
  standardError: number;
}

/**
 * Restricted mean survival time up to τ: the area under the Kaplan–Meier curve from 0 to τ, and
 * its standard error √Σ_{tᵢ ≤ τ} A(tᵢ)²·dᵢ/(nᵢ(nᵢ − dᵢ)), A(tᵢ) being the area from tᵢ to τ (R's
 * print(survfit, rmean = τ), the "rmean" and "se(rmean)" columns; start time 0).
 */
export function restrictedMean(curve: KaplanMeierCurve, tau: number): RestrictedMean {
  if (!(tau > 0) || !Number.isFinite(tau)) throw new RangeError(`the horizon τ must be a positive number, got ${tau}`);
  // rectangles: [0, t₁] at S = 1, then [tₖ, tₖ₊₁] at S(tₖ), the last one ending at τ
  const widths: number[] = [];
  const heights: number[] = [];
  const hazards: number[] = [];
  let previousTime = 0;
  let previousSurvival = 1;
  for (let k = 0; k < curve.time.length && curve.time[k]! <= tau; k++) {
    widths.push(curve.time[k]! - previousTime);
    heights.push(previousSurvival);
    const atRisk = curve.nRisk[k]!;
    const events = curve.nEvent[k]!;
    hazards.push(atRisk - events === 0 ? 0 : events / (atRisk * (atRisk - events)));
    previousTime = curve.time[k]!;
    previousSurvival = curve.survival[k]!;
  }
  widths.push(tau - previousTime);
  heights.push(previousSurvival);
  let estimate = 0;
  for (let k = 0; k < widths.length; k++) estimate += widths[k]! * heights[k]!;
  // area beyond the k-th time: the rectangles after it
  let variance = 0;
  let beyond = 0;
  for (let k = widths.length - 1; k >= 1; k--) {
    beyond += widths[k]! * heights[k]!;
    variance += beyond * beyond * hazards[k - 1]!;
  }
  return { tau, estimate, standardError: Math.sqrt(variance) };
}

export interface RestrictedMeanDifference {
  /** second − first */
  difference: number;
  standardError: number;
  z: number;
  p: number;
  lower: number;
  upper: number;
}

/** The difference of two independent restricted means, Wald z test and normal confidence limits. */
export function restrictedMeanDifference(first: RestrictedMean, second: RestrictedMean, confidence = 0.95): RestrictedMeanDifference {
  const difference = second.estimate - first.estimate;
  const standardError = Math.hypot(first.standardError, second.standardError);
  if (!(standardError > 0)) throw new InsufficientDataError('neither group has an event before τ: the restricted means have no variance');
  const z = difference / standardError;
  const half = normalUpperQuantile((1 - confidence) / 2) * standardError;
  return { difference, standardError, z, p: 2 * normalSf(Math.abs(z)), lower: difference - half, upper: difference + half };
}
