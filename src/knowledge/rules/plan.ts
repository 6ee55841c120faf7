/** The computed parts of a recommendation: doses, schedules, volumes and dates (words as texts, rendered at the edge). */
import type { Text } from '../text.js';

export interface CementLevelPlan {
  level: string;
  /** Usual injection per level (001 CQ5): 3–5 mL, no fixed upper limit. */
  volumeMl: { min: number; max: number };
  /** Target fill of the vertebral-body volume (001 CQ5). */
  fillPercent: { min: number; max: number };
  /** When to stop injecting. */
  stop: Text[];
}

export const BMA_AGENTS = ['zoledronic-acid', 'pamidronate', 'ibandronate', 'incadronate', 'denosumab'] as const;
export type BmaAgent = (typeof BMA_AGENTS)[number];

export interface BmaDose {
  agent: BmaAgent;
  /** null when the agent is not recommended at this renal function or the dose cannot be computed. */
  doseMg: number | null;
  note: Text;
}

export interface TaperStep {
  day: number;
  /** Oral morphine milligram equivalents per day. */
  totalMme: number;
}

export interface FractionationSchedule {
  label: Text;
  doseGy: number;
  fractions: number;
  dosePerFractionGy: number;
  /** BED and EQD2 (Gy) at the α/β values used (10 tumour, 3 late effects, 2 cord). */
  bed: Record<string, number>;
  eqd2: Record<string, number>;
}

export interface RadiotherapyPlan {
  radiosensitivity: 'sensitive' | 'insensitive' | 'unknown';
  schedules: FractionationSchedule[];
  /** The IMRT technique of 000 §1.2, when IMRT is planned. */
  imrt: {
    ctvMarginMm: number;
    ptvMarginMm: number;
    energyMv: number;
    fields: number;
    doseRangeGy: { min: number; max: number };
    dosePerFractionGy: number;
    fractionRange: { min: number; max: number };
    coverage: Text;
  } | null;
}

export interface DateWindow {
  from: string;
  to: string;
}

/** Dates computed from the facts (ISO `YYYY-MM-DD`), each with the rule that set it. */
export interface PlanDates {
  earliestSurgery?: string;
  targetedTherapyHoldUntil?: string;
  embolisationToSurgery?: { embolise: string; operateBy: string } | null;
  ssrsAfterSeparationSurgery?: DateWindow;
  postoperativeRadiotherapyFrom?: string;
  notes: Text[];
}

export interface Plan {
  crclMlPerMin: number | null;
  bma: BmaDose[];
  opioidTaper: TaperStep[];
  cement: CementLevelPlan[];
  /** 001 review 4, when PVP is not contraindicated. */
  postProcedureCare: Text[];
  radiotherapy: RadiotherapyPlan | null;
  dates: PlanDates;
}
