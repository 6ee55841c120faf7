import { sinsInput, type SinsInput } from '../instruments/sins.js';

/** The SINS pain item (Fisher 2010; one of the six items of 002 §2.3). */
export type SinsPain = SinsInput['pain'];

/** The pain item of stored SINS inputs; undefined when there are none or the item is not one SINS accepts. */
export function sinsPainOf(inputs: unknown): SinsPain | undefined {
  const pain = sinsInput.shape.pain.safeParse((inputs as { pain?: unknown } | null | undefined)?.pain);
  return pain.success ? pain.data : undefined;
}

/**
 * What a lesion's SINS pain item says of the lesion, so the pain is entered once:
 * mechanical or occasional non-mechanical pain → the lesion is painful; a pain-free lesion → not
 * painful (Fisher 2010's options, 002 §2.3). No SINS pain recorded → nothing is said.
 */
export function lesionPainfulFromSins(pain: SinsPain | undefined): boolean | undefined {
  if (pain === undefined) return undefined;
  return pain !== 'pain-free';
}

const given = (value: unknown): boolean => value !== undefined && value !== null && String(value).trim() !== '';

/**
 * The patient's pain type read from the lesions' SINS pain items: SINS mechanical pain (relieved by
 * recumbency, worse on movement or loading) is the mechanical pain of 002 §1.2, so one lesion scoring
 * it makes the type `mechanical`. Only filled in when the pain has a score (the facts refuse a pain
 * type without one) and no type is recorded (a recorded type wins). Occasional non-mechanical pain is
 * left unread: 002 §1.2 would call it local or radicular and SINS does not say which.
 */
export function painTypeFromSins(lesionPains: readonly (SinsPain | undefined)[], pain: { score?: unknown; type?: unknown }): 'mechanical' | undefined {
  if (!given(pain.score) || given(pain.type)) return undefined;
  return lesionPains.includes('mechanical') ? 'mechanical' : undefined;
}
