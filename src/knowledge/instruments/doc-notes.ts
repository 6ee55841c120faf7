/**
 * What docs/instruments.md says about results beyond their shape: the readings of 002 §2.2 and §2.3 the
 * scores apply. Clinical knowledge, so it lives here; src/cli/render/instrument-docs.ts only lays it out.
 */
export const RESULT_NOTES_DOC: readonly string[] = [
  '`total` is null for grades and classifications that have no numeric total, and for SINS at an operated, irradiated',
  'or chemotherapy-treated level, which 002 §2.3 says cannot be assessed (band `not-assessable`, the items still listed).',
  'Revised Tokuhashi and Tomita also return `publishedTotal`, `publishedBand` and `totalSources`: `total` and `band`',
  'apply 002 §2.2’s breast-cancer modifier (ER/HR-negative or triple-negative: Tokuhashi primary site 5 → 3, Tomita',
  'slow growth 1 → 2), `publishedTotal` and `publishedBand` are the scores as Tokuhashi 2005 and Tomita 2001 publish',
  'them (equal to `total` when the modifier does not apply); the CLI and the web show both, each named by its source.',
];
