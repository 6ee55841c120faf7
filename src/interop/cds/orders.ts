/**
 * A FHIR draft order (ServiceRequest, Procedure, MedicationRequest …) read into the knowledge core's
 * neutral OrderDescription (src/knowledge/rules/orders.ts): the treatments its codes name, its texts,
 * its dose and its date. Which option an order is, and whether its dose and date are right, is the
 * core's reading; this file only knows the codes and where FHIR keeps things.
 */
import { AGENT_CLASSES, OPIOIDS, type AgentClass, type Opioid } from '../../knowledge/facts/index.js';
import { BMA_AGENTS, type BmaAgent } from '../../knowledge/rules/plan.js';
import { type OrderDescription, type OrderedItem, type OrderedTreatment } from '../../knowledge/rules/orders.js';
import { BONEMET_CS, BONE_AGENT_RXNORM, RADIOTHERAPY_COURSE, RXNORM } from '../fhir/codes.js';
import { CISPLATIN_RXNORM, OPIOID_RXNORM } from './facts.js';

type Json = Record<string, unknown>;
type Coding = { system?: unknown; code?: unknown; display?: unknown };

const obj = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const codingsOf = (concept: unknown): Coding[] => (Array.isArray(obj(concept)?.coding) ? (obj(concept)!.coding as unknown[]).map((c) => obj(c) ?? {}) : []);
const textsOf = (concept: unknown): string[] => [obj(concept)?.text, ...codingsOf(concept).map((c) => c.display)].filter((t): t is string => typeof t === 'string');

/** bonemet codes of treatments (the FHIR export's `treatment-`, `rt-`, `ablation-`, `surgery-` codes). */
const BONEMET_TREATMENT_CODES = new Map<string, OrderedTreatment>(Object.entries({
  'treatment-pvp': 'pvp', 'treatment-pkp': 'pkp', 'treatment-cementoplasty': 'cementoplasty', 'ablation-rfa': 'rfa', 'ablation-mwa': 'mwa',
  'rt-sbrt': 'sbrt', 'rt-ssrs': 'ssrs', 'treatment-radiotherapy': 'radiotherapy', 'treatment-bone-modifying-agent': 'bone-modifying-agent',
  'surgery-tes': 'tes', 'surgery-separation-surgery': 'separation-surgery', 'surgery-laminectomy-fixation': 'laminectomy-fixation', 'surgery-palliative-surgery': 'palliative-surgery',
} satisfies Record<string, OrderedTreatment>));

const isOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/** What one coding names, if bonemet knows the code. */
function itemOf({ system, code }: Coding): OrderedItem | undefined {
  if (typeof code !== 'string' || code === '') return undefined;
  if (system === BONEMET_CS) {
    const treatment = BONEMET_TREATMENT_CODES.get(code);
    if (treatment) return { kind: 'treatment', treatment };
    if (code.startsWith('agent-class-')) {
      const agentClass = code.slice('agent-class-'.length);
      return isOf<AgentClass>(AGENT_CLASSES, agentClass) ? { kind: 'agent-class', agentClass } : undefined;
    }
    if (code.startsWith('agent-')) {
      const agent = code.slice('agent-'.length);
      return isOf<BmaAgent>(BMA_AGENTS, agent) ? { kind: 'bone-agent', agent } : undefined;
    }
    return undefined;
  }
  if (system === RADIOTHERAPY_COURSE.system && code === RADIOTHERAPY_COURSE.code) return { kind: 'treatment', treatment: 'radiotherapy' };
  if (system === RXNORM) {
    const agent = Object.entries(BONE_AGENT_RXNORM).find(([, c]) => c.code === code)?.[0];
    if (agent && isOf<BmaAgent>(BMA_AGENTS, agent)) return { kind: 'bone-agent', agent };
    const opioid = Object.entries(OPIOID_RXNORM).find(([, c]) => c === code)?.[0];
    if (opioid && isOf<Opioid>(OPIOIDS, opioid)) return { kind: 'opioid', opioid };
    if (code === CISPLATIN_RXNORM) return { kind: 'cisplatin' };
  }
  return undefined;
}

/** The first dosage's dose when given in mg (`dosageInstruction[0].doseAndRate[0].doseQuantity`, UCUM `mg`, or unit `mg` without a code). */
function doseMgOf(order: Json): number | undefined {
  const dosage = obj(Array.isArray(order.dosageInstruction) ? order.dosageInstruction[0] : undefined);
  const rate = obj(Array.isArray(dosage?.doseAndRate) ? dosage.doseAndRate[0] : undefined);
  const q = obj(rate?.doseQuantity);
  return typeof q?.value === 'number' && (q.code === 'mg' || (q.code === undefined && q.unit === 'mg')) ? q.value : undefined;
}

/** The day an order is for: `occurrenceDateTime`, else `occurrencePeriod.start`. */
function dateOf(order: Json): string | undefined {
  const raw = typeof order.occurrenceDateTime === 'string' ? order.occurrenceDateTime : obj(order.occurrencePeriod)?.start;
  return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : undefined;
}

/** A FHIR draft order as the knowledge core reads it: codes of `code`, `medicationCodeableConcept` and `category`, in that order. */
export function describeOrder(order: Json): OrderDescription {
  const concepts = [order.code, order.medicationCodeableConcept, ...(Array.isArray(order.category) ? order.category : [])];
  const items = concepts.flatMap(codingsOf).map(itemOf).filter((i): i is OrderedItem => i !== undefined);
  const bodySites = Array.isArray(order.bodySite) ? order.bodySite : [];
  const doseMg = doseMgOf(order);
  const date = dateOf(order);
  return {
    items,
    medicationTexts: textsOf(order.medicationCodeableConcept),
    procedureTexts: [...textsOf(order.code), ...bodySites.flatMap(textsOf)],
    ...(doseMg !== undefined ? { doseMg } : {}),
    ...(date ? { date } : {}),
  };
}
