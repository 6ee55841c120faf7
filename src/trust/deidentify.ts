import { createHash, createHmac } from 'node:crypto';
import { BONE_AGENTS } from '../boundary/codes.js';
import { instrumentInputSchema, recordPhi, type PhiSpec } from '../registry/phi.js';
import { readAlong, researcherFacts } from './facts-view.js';
import { parseCsvRecords, toCsv, unneutraliseFormula } from '../boundary/csv.js';

/**
 * The researchers' view of patient data (docs/security.md, "De-identification"):
 * - names, codes and every record id become stable pseudonyms, HMAC-SHA-256(secret, id), so the
 *   same patient or record has the same pseudonym in every answer and export but cannot be
 *   traced back without the secret;
 * - every date (and timestamp) of a patient moves by that patient's fixed offset, a non-zero
 *   number of days in [-365, 365] derived from HMAC(secret, patient id): intervals within a
 *   patient (survival, time to visit) stay true, calendar dates do not;
 * - the birth year moves with the same offset (ages stay true to the year); ages of 90 or more
 *   become 90 (`90+` in exports) and such a patient's birth year is withheld (`ageOver89: true`);
 * - a record is built from its fields' classes (src/registry/phi.ts): free text (notes, plan notes,
 *   locations, RT targets, free-text drug names, the decision's recommendation text) and staff
 *   (createdBy/updatedBy, the entry times createdAt/updatedAt that would give the offset away, the
 *   board plan's attendees and sign-off) are removed, and a field with no class is withheld;
 * - export rows are ordered by research code, not by the real code.
 */

const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** A date, optionally with a time and zone, anywhere in a text. */
const DATE_ANYWHERE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])/g;

/**
 * Inside values kept whole (an instrument result, facts read along their schema), keys removed
 * wherever they appear: free text or staff by their name. Records' own fields go by phi.ts.
 */
const REMOVED = new Set(['notes', 'planNote', 'location', 'target', 'createdBy', 'updatedBy', 'createdAt', 'updatedAt', 'recommendation', 'attendees', 'signOff']);
const MAX_OFFSET_DAYS = 365;
/** HIPAA Safe Harbor: ages over 89 are shown as one group (90, "90+"), and a birth year that tells one is withheld. */
export const AGE_TOP = 90;
const DAY_MS = 86_400_000;

export class Deidentifier {
  constructor(private readonly secret: Buffer) {}

  private mac(label: string, value: string): Buffer {
    return createHmac('sha256', this.secret).update(`${label}\u0000${value}`).digest();
  }

  /**
   * The HMAC-SHA-256 key pads (hex) of pseudonymId, for the database to order a researcher's list by
   * pseudonym — sha256(outer || sha256(inner || "id\0" || id)) is the HMAC behind it — without the
   * secret itself in the query.
   */
  pseudonymPads(): { inner: string; outer: string } {
    const key = Buffer.alloc(64);
    (this.secret.length > 64 ? createHash('sha256').update(this.secret).digest() : this.secret).copy(key);
    return { inner: Buffer.from(key.map((b) => b ^ 0x36)).toString('hex'), outer: Buffer.from(key.map((b) => b ^ 0x5c)).toString('hex') };
  }

  /** The HMAC behind a record's pseudonym (researchers' lists are ordered by it). */
  pseudonymMac(id: string): Buffer {
    return this.mac('id', id.toLowerCase());
  }

  /** Names the secret without revealing it: which secret stored pseudonyms were made with. */
  keyId(): string {
    return this.mac('key-id', 'bonemet').subarray(0, 8).toString('hex');
  }

  /** A stable UUID-shaped pseudonym of a record id (version nibble 4, variant 10xx). */
  pseudonymId(id: string): string {
    const b = Buffer.from(this.pseudonymMac(id).subarray(0, 16));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** A patient's research code, `S-` and 10 base-32 characters. */
  pseudonymCode(patientId: string): string {
    const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';
    const bytes = this.mac('code', patientId.toLowerCase());
    let code = '';
    for (let i = 0; i < 10; i++) code += alphabet[bytes[i]! & 31];
    return `S-${code}`;
  }

  /** The patient's date offset in days: never 0, within ±365. */
  offsetDays(patientId: string): number {
    const n = this.mac('offset', patientId.toLowerCase()).readUInt32BE(0) % (2 * MAX_OFFSET_DAYS);
    return n < MAX_OFFSET_DAYS ? n - MAX_OFFSET_DAYS : n - MAX_OFFSET_DAYS + 1;
  }

  /** Shifts every date and timestamp in a text by the patient's offset and replaces every UUID by its pseudonym. */
  text(value: string, patientId: string): string {
    const offset = this.offsetDays(patientId) * DAY_MS;
    return value
      .replace(UUID_ANYWHERE, (id) => this.pseudonymId(id))
      .replace(DATE_ANYWHERE, (match, y: string, m: string, d: string, time: string | undefined) => {
        if (!time) {
          const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
          return Number.isNaN(t) ? match : new Date(t + offset).toISOString().slice(0, 10);
        }
        const t = Date.parse(match);
        if (Number.isNaN(t)) return match;
        const shifted = new Date(t + offset).toISOString();
        return /\.\d+/.test(time) ? shifted : shifted.replace(/\.\d{3}Z$/, 'Z');
      });
  }

  /** A birth year moved with the patient's offset (taken from mid-year). */
  birthYear(year: number, patientId: string): number {
    return new Date(Date.UTC(year, 6, 2) + this.offsetDays(patientId) * DAY_MS).getUTCFullYear();
  }

  private value(value: unknown, patientId: string, key: string | undefined): unknown {
    if (typeof value === 'string') return this.text(value, patientId);
    if (key === 'age' && typeof value === 'number' && value >= AGE_TOP) return AGE_TOP;
    if (Array.isArray(value)) return value.map((v) => this.value(v, patientId, undefined));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (REMOVED.has(k)) continue;
        if (k === 'agent' && !(typeof v === 'string' && (BONE_AGENTS as readonly string[]).includes(v))) continue;
        out[k] = this.value(v, patientId, k);
      }
      return out;
    }
    void key;
    return value;
  }

  /**
   * One value as its declaration (src/registry/phi.ts) says a researcher sees it; undefined when
   * withheld (free text, staff, a field or kind with no declaration).
   */
  private classified(spec: PhiSpec | undefined, value: unknown, patientId: string, record: Record<string, unknown>): unknown {
    if (spec === undefined || spec === 'free-text' || spec === 'staff') return undefined;
    if (value === null || value === undefined) return value;
    const shift = (date: string) => date; // dates are moved by value() below, with the rest
    if (typeof spec === 'string') {
      switch (spec) {
        case 'identifier': case 'date': case 'code': case 'derived':
          return this.value(value, patientId, undefined);
        case 'number': case 'birth-year':
          return typeof value === 'number' ? value : undefined;
        case 'boolean':
          return typeof value === 'boolean' ? value : undefined;
        case 'facts':
          // by the facts schema: codes, numbers and moved dates only, never free text (facts-view.ts); ages over 89 grouped
          return this.value(researcherFacts(value, shift), patientId, undefined);
        case 'instrument-inputs': {
          const schema = instrumentInputSchema(record.instrument);
          return schema ? this.value(readAlong(schema, value, shift), patientId, undefined) : undefined;
        }
      }
    }
    if ('along' in spec) return this.value(readAlong(spec.along, value, shift), patientId, undefined);
    if ('each' in spec) {
      return Array.isArray(value) ? value.map((v) => this.classified(spec.each, v, patientId, record)).filter((v) => v !== undefined) : undefined;
    }
    if ('byKind' in spec) return this.classified(typeof record.kind === 'string' ? spec.byKind[record.kind] : undefined, value, patientId, record);
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const seen = this.classified('values' in spec ? spec.values : Object.hasOwn(spec.fields, k) ? spec.fields[k] : undefined, v, patientId, record);
      if (seen !== undefined) out[k] = seen;
    }
    return out;
  }

  /**
   * One stored record of `entity` as a researcher sees it, built from the fields' declarations
   * (src/registry/phi.ts): a field with none is withheld. The patient is the record's own id for a
   * patient, else its patientId.
   */
  record(entity: string, record: Record<string, unknown>): Record<string, unknown> {
    const patientId = String(entity === 'patients' ? record.id : record.patientId);
    const out = this.classified(recordPhi(entity), record, patientId, record) as Record<string, unknown>;
    if (entity === 'patients') {
      const code = this.pseudonymCode(patientId);
      out.code = code;
      out.name = code;
      if (typeof record.birthYear === 'number') {
        const over89 = new Date().getUTCFullYear() - record.birthYear >= AGE_TOP;
        out.birthYear = over89 ? null : this.birthYear(record.birthYear, patientId);
        if (over89) out.ageOver89 = true;
      }
    }
    return out;
  }

  /**
   * A CSV export as a researcher gets it: `patient_code` replaced by the research code, dates
   * shifted by each row's patient, ids replaced by pseudonyms. `patientOf` maps a registry code
   * to the patient id; rows of an unknown code are dropped (never passed through).
   */
  csv(text: string, patientOf: (code: string) => string | undefined): string {
    const [header, ...rows] = parseCsvRecords(text);
    if (!header) return text;
    const codeColumn = header.fields.indexOf('patient_code');
    if (codeColumn < 0) return text;
    const ageColumn = header.fields.indexOf('age');
    const out: string[][] = [];
    for (const { fields } of rows) {
      const code = fields[codeColumn] ?? '';
      const patientId = patientOf(code) ?? patientOf(unneutraliseFormula(code)); // a code such as "=1" is written "'=1"
      if (patientId === undefined) continue;
      out.push(fields.map((field, i) => (i === codeColumn ? this.pseudonymCode(patientId) : i === ageColumn && Number(field) >= AGE_TOP ? `${AGE_TOP}+` : this.text(field, patientId))));
    }
    // in research-code order: the real codes' order (often the enrolment order) would hint at them
    out.sort((a, b) => (a[codeColumn]! < b[codeColumn]! ? -1 : a[codeColumn]! > b[codeColumn]! ? 1 : 0));
    return toCsv(header.fields, out);
  }
}
