import { ZodError } from 'zod';
import { ProblemError, badRequest, notFound, validationProblem, type FieldError } from '../boundary/problem.js';
import { LOCAL_POLICY, type AccessPolicy, type Action, type Actor, type AuditSink, type Resource } from './access.js';
import { FOLLOW_UP_ENDING_OUTCOMES, LAB_ANALYTES, LOCAL_TREATMENT_KINDS, type LabAnalyte, type OutcomeKind, type TreatmentKind } from '../boundary/codes.js';
import { openDatabase, sql, type Database, type Executor, type SQL, type StoreOptions } from './db.js';
import { ENTITIES, ENTITY_NAMES, inputSchema, patchSchema, storedFields, type EntityDef, type EntityName, type Fields } from './entities.js';
import { SAME_COURSE_DAYS, todayUtc, visitsAfter } from './followup.js';
import { migrate } from './migrate.js';
import { duplicate, forbidden, preconditionRequired } from './problems.js';
import { followUpQuerySchema, listQuerySchema, toListQuery, type FollowUpQuery } from './query.js';
import { checkReference, repository, type EntityRecord, type Page, type PreparedCopy } from './repository.js';
import { addDays } from '../knowledge/facts/common.js';
import type { InstrumentId } from '../knowledge/instruments/index.js';

export interface RegistryOptions {
  policy?: AccessPolicy;
  /**
   * Where the gate reports every access: required, so no shell can open a registry that forgets
   * to audit. Shells pass trust's `databaseAudit` (src/trust/registry-audit.ts), the hash-chained
   * log; a function is called with the opened database.
   */
  audit: AuditSink | ((db: Database) => AuditSink);
}

function parse<T>(schema: { parse(value: unknown, params?: object): T }, value: unknown, detail: string, root: string): T {
  try {
    return schema.parse(value, { reportInput: true });
  } catch (error) {
    if (error instanceof ZodError) throw new ProblemError(validationProblem(error, detail, root, true));
    throw error;
  }
}

export interface DueVisit extends EntityRecord {
  patientCode: string;
  state: 'due' | 'overdue' | 'upcoming';
}

/**
 * The registry and its access gate: every read and write of patient data passes through one
 * of these methods, each naming the actor. The gate asks the policy, reports to the audit sink
 * and hides records the actor may not see (404, so existence does not leak).
 */
/** A decision's sign-off is written only by signing off (PUT /api/decisions/:id/plan with signOff: true), never taken from a body. */
function refuseSignOff(name: EntityName, fields: Fields): void {
  const plan = fields.plan as { signOff?: unknown } | null | undefined;
  if (name === 'decisions' && plan?.signOff !== undefined) {
    throw new ProblemError(badRequest('a sign-off is not accepted in the body', [{ path: 'body.plan.signOff', message: 'set by signing off: PUT /api/decisions/{id}/plan with "signOff": true, as the signed-in user' }]));
  }
}

export interface DecisionVersion {
  version: number;
  chosenOptions: string[];
  plan: unknown;
  planNote: string | null;
  savedAt: string;
  savedBy: string;
}

export class Registry {
  private readonly policy: AccessPolicy;
  private readonly audit: AuditSink;

  constructor(readonly db: Database, options: RegistryOptions) {
    this.policy = options.policy ?? LOCAL_POLICY;
    this.audit = typeof options.audit === 'function' ? options.audit(db) : options.audit;
  }

  /** Opens the store (PGlite unless a database URL is given) and applies the migrations. */
  static async open(store: StoreOptions, options: RegistryOptions): Promise<Registry> {
    const db = await openDatabase(store);
    await migrate(db);
    return new Registry(db, options);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // -- the gate --------------------------------------------------------------------------------

  /** Checks the policy; a denial is audited and thrown: 404 for reads (existence does not leak), 403 otherwise. */
  async permit(actor: Actor, action: Action, resource: Resource, ids: { recordId?: string; patientId?: string } = {}): Promise<void> {
    if (this.policy.allows(actor, action, resource, ids.patientId)) return;
    await this.audit.record({ actor: actor.id, action, resource, ...ids, outcome: 'denied' }, { actor });
    if (action === 'read') throw new ProblemError(notFound(`no ${resource} ${ids.recordId ?? ''}`.trim()));
    throw new ProblemError(forbidden(`${actor.id} may not ${action} ${resource}`));
  }

  /**
   * Checks the policy and reports the access. A write reports itself at the end of its own
   * transaction instead (`recordWrite`), so the write and its audit row commit together and the
   * audit chain's lock is always taken last.
   */
  async authorize(actor: Actor, action: Action, resource: Resource, ids: { recordId?: string; patientId?: string } = {}): Promise<void> {
    await this.permit(actor, action, resource, ids);
    await this.audit.record({ actor: actor.id, action, resource, ...ids, outcome: 'allowed' }, { actor });
  }

  /**
   * Reports an allowed access after it happened, with what it asked for (`detail`: the filters) and
   * the records it saw (ids only): lists, the follow-up worklist, exports. Checked with permit() before.
   */
  async reportAccess(actor: Actor, action: Action, resource: Resource, seen: { patientId?: string; detail?: string; records?: readonly string[] }): Promise<void> {
    await this.audit.record({ actor: actor.id, action, resource, ...(seen.patientId ? { patientId: seen.patientId } : {}), outcome: 'allowed', ...(seen.detail ? { detail: seen.detail } : {}), ...(seen.records ? { records: seen.records } : {}) }, { actor });
  }

  private recordWrite(tx: Executor, actor: Actor, action: Action, resource: EntityName, recordId: string, patientId: string | undefined): Promise<void> | void {
    return this.audit.record({ actor: actor.id, action, resource, recordId, ...(patientId ? { patientId } : {}), outcome: 'allowed' }, { tx, actor });
  }

  /** The patients the actor may see, for lists and cohort queries (undefined: all). */
  scope(actor: Actor): readonly string[] | undefined {
    const scope = this.policy.patientScope(actor);
    return scope === 'all' ? undefined : scope;
  }

  // -- records ---------------------------------------------------------------------------------

  async create(actor: Actor, name: EntityName, body: unknown): Promise<EntityRecord> {
    const def = ENTITIES[name];
    const fields = parse(inputSchema(def), body, `invalid ${def.singular}`, 'body');
    refuseSignOff(name, fields);
    const patientId = fields.patientId as string | undefined;
    await this.permit(actor, 'create', name, { patientId });
    return this.db.transaction(async (tx) => {
      await this.checkWrite(tx, def, fields, undefined);
      const record = await uniqueCode(() => this.createIn(tx, def, fields, actor));
      await this.recordWrite(tx, actor, 'create', name, record.id, patientOf(def, record));
      return record;
    });
  }

  /**
   * Inserts validated fields in an open transaction: checks the patient and the references,
   * derives computed fields and runs what the record sets in motion (follow-up visits …).
   * For the registry's own bulk writers (import, demo seed), which authorize once beforehand.
   */
  async createIn(tx: Executor, def: EntityDef, fields: Fields, actor: Actor): Promise<EntityRecord> {
    await this.checkReferences(tx, def, fields);
    const derived = def.derive ? def.derive(fields) : {};
    const record = await repository.insert(tx, def, { ...fields, ...derived }, actor.id);
    await this.afterCreate(tx, def, record, actor);
    return record;
  }

  /**
   * Inserts many validated records of one entity at once, deriving their computed fields: for
   * the registry's bulk writers, which have resolved the patient and every reference themselves
   * and run what the records set in motion (completeVisits) afterwards.
   */
  async insertManyIn(tx: Executor, def: EntityDef, rows: readonly Fields[], actor: Actor, ids?: readonly string[]): Promise<string[]> {
    const full = def.derive ? rows.map((fields) => ({ ...fields, ...def.derive!(fields) })) : rows;
    // a PostgreSQL bulk transaction (db.bulkTransaction) streams them through COPY
    return tx.copy ? repository.copyMany(tx, def, full, actor.id, ids) : repository.insertMany(tx, def, full, actor.id, ids);
  }

  /** insertManyIn in two steps for a COPY (PostgreSQL bulk transaction): the data made here, written by repository.runCopy. */
  prepareCopy(def: EntityDef, rows: readonly Fields[], actor: Actor, ids?: readonly string[]): PreparedCopy {
    return repository.prepareCopy(def, def.derive ? rows.map((fields) => ({ ...fields, ...def.derive!(fields) })) : rows, actor.id, ids);
  }

  /**
   * Writes a validated record in an open transaction, audited in it: a create, or — given the
   * record as read in this transaction — an update that keeps the fields not given. Unchanged
   * records are left alone (no new version). For the FHIR import.
   */
  async saveIn(tx: Executor, actor: Actor, name: EntityName, fields: Fields, current?: EntityRecord): Promise<{ record: EntityRecord; outcome: 'created' | 'updated' | 'unchanged' }> {
    const def = ENTITIES[name];
    const patientId = name === 'patients' ? current?.id : (fields.patientId as string | undefined);
    await this.permit(actor, current ? 'update' : 'create', name, { ...(current ? { recordId: current.id } : {}), ...(patientId ? { patientId } : {}) });
    if (!current) {
      const record = await this.createIn(tx, def, fields, actor);
      await this.recordWrite(tx, actor, 'create', name, record.id, patientOf(def, record));
      return { record, outcome: 'created' };
    }
    const merged: Fields = {};
    for (const field of Object.keys(def.base.shape)) merged[field] = fields[field] !== undefined ? fields[field] : current[field];
    const parsed = parse(inputSchema(def), stripNulls(merged), `invalid ${def.singular}`, 'body');
    if (Object.keys(def.base.shape).every((field) => stableJson(parsed[field]) === stableJson(current[field]))) return { record: current, outcome: 'unchanged' };
    await this.checkReferences(tx, def, parsed, current);
    const all = { ...parsed, ...(def.derive ? def.derive(parsed) : {}) };
    for (const field of storedFields(def)) if (all[field] === undefined) all[field] = null;
    const record = await repository.update(tx, def, current.id, current.version, all, actor.id);
    await this.recordWrite(tx, actor, 'update', name, record.id, patientOf(def, current));
    return { record, outcome: 'updated' };
  }

  /** Parses a create body of `name` (400 with field paths under `root`). */
  parseInput(name: EntityName, body: unknown, root = 'body'): Fields {
    const def = ENTITIES[name];
    return parse(inputSchema(def), body, `invalid ${def.singular}`, root);
  }

  async get(actor: Actor, name: EntityName, id: string): Promise<EntityRecord> {
    const def = ENTITIES[name];
    const record = await repository.get(this.db, def, id);
    if (!record) throw new ProblemError(notFound(`no ${def.singular} ${id}`));
    await this.authorize(actor, 'read', name, { recordId: id, patientId: patientOf(def, record) });
    return record;
  }

  async list(actor: Actor, name: EntityName, query: unknown): Promise<Page> {
    const def = ENTITIES[name];
    const parsed = parse(listQuerySchema(def), query ?? {}, `invalid query for ${def.name}`, 'query');
    const patientId = parsed.patientId as string | undefined;
    await this.permit(actor, 'list', name, { patientId });
    const page = await repository.list(this.db, def, { ...toListQuery(def, parsed), patientIds: this.scope(actor), ...(actor.listOrder ? { pseudonymOrder: actor.listOrder } : {}) });
    await this.reportAccess(actor, 'list', name, { ...(patientId ? { patientId } : {}), detail: filtersDetail(parsed), records: page.items.map((item) => item.id) });
    return page;
  }

  /**
   * Applies a partial change on the version the client read (`version` in the body or If-Match):
   * 428 without one, 409 when someone changed the record since.
   */
  async update(actor: Actor, name: EntityName, id: string, body: unknown, ifMatch?: number, options: { signOff?: boolean } = {}): Promise<EntityRecord> {
    const def = ENTITIES[name];
    const patch = parse(patchSchema(def), body, `invalid change to ${def.singular}`, 'body') as Fields;
    if (!options.signOff) refuseSignOff(name, patch);
    const { version: bodyVersion, ...changes } = patch;
    const expected = ifMatch ?? (bodyVersion as number | undefined);
    if (expected === undefined) throw new ProblemError(preconditionRequired(`give the version you changed: If-Match header or "version" in the body`));
    if (ifMatch !== undefined && bodyVersion !== undefined && ifMatch !== bodyVersion) {
      throw new ProblemError(badRequest('If-Match and body version disagree', [{ path: 'body.version', message: `${String(bodyVersion)} differs from If-Match ${ifMatch}` }]));
    }
    const before = await repository.get(this.db, def, id);
    if (!before) throw new ProblemError(notFound(`no ${def.singular} ${id}`));
    await this.permit(actor, 'update', name, { recordId: id, patientId: patientOf(def, before) });
    return this.db.transaction(async (tx) => {
      const current = await repository.get(tx, def, id, { forUpdate: true });
      if (!current) throw new ProblemError(notFound(`no ${def.singular} ${id}`));
      const merged: Fields = {};
      for (const field of Object.keys(def.base.shape)) merged[field] = field in changes ? changes[field] : current[field];
      const fields = parse(inputSchema(def), stripNulls(merged), `invalid ${def.singular}`, 'body');
      await this.checkReferences(tx, def, fields, current);
      await this.checkWrite(tx, def, fields, current);
      const all = { ...fields, ...this.derivedOnUpdate(def, fields, current) };
      for (const field of storedFields(def)) if (all[field] === undefined) all[field] = null;
      const updated = await uniqueCode(() => repository.update(tx, def, id, expected, all, actor.id));
      if (name === 'decisions') await this.recordDecisionVersion(tx, updated, actor);
      await this.recordWrite(tx, actor, 'update', name, id, patientOf(def, current));
      return updated;
    });
  }

  /** The derived fields after an update: recomputed only when a field they are derived from changed. */
  private derivedOnUpdate(def: EntityDef, fields: Fields, current: EntityRecord): Fields {
    if (!def.derive) return {};
    const unchanged = def.derivedFrom?.every((field) => sameJson(fields[field], current[field]));
    if (!unchanged || !def.derived) return def.derive(fields);
    return Object.fromEntries(Object.keys(def.derived.shape).map((field) => [field, current[field]]));
  }

  /** Soft delete; deleting a patient soft-deletes all their records in the same transaction. */
  async remove(actor: Actor, name: EntityName, id: string, ifMatch?: number): Promise<void> {
    const def = ENTITIES[name];
    const before = await repository.get(this.db, def, id);
    if (!before) throw new ProblemError(notFound(`no ${def.singular} ${id}`));
    await this.permit(actor, 'delete', name, { recordId: id, patientId: patientOf(def, before) });
    await this.db.transaction(async (tx) => {
      const current = await repository.get(tx, def, id, { forUpdate: true });
      if (!current) throw new ProblemError(notFound(`no ${def.singular} ${id}`));
      await repository.softDelete(tx, def, id, ifMatch ?? current.version, actor.id);
      if (name === 'patients') {
        for (const child of ENTITY_NAMES) if (child !== 'patients') await repository.softDeleteOfPatient(tx, ENTITIES[child], id, actor.id);
      } else if (name === 'treatments') {
        // a treatment recorded in error takes its visits that have not happened with it
        await tx.rows(sql`UPDATE follow_up_visits SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = ${actor.id}
          WHERE treatment_id = ${id} AND status = 'scheduled' AND deleted_at IS NULL`);
      }
      await this.recordWrite(tx, actor, 'delete', name, id, patientOf(def, current));
    });
  }

  // -- follow-up -------------------------------------------------------------------------------

  /** Scheduled visits due, overdue or upcoming on a day, with the patient's code. */
  async followUp(actor: Actor, query: unknown): Promise<{ on: string; items: DueVisit[]; total: number; limit: number; offset: number }> {
    const q: FollowUpQuery = parse(followUpQuerySchema, query ?? {}, 'invalid follow-up query', 'query');
    await this.permit(actor, 'list', 'follow-up', { patientId: q.patientId });
    const on = q.on ?? todayUtc();
    const state = q.state ?? 'due-or-overdue';
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const scope = this.scope(actor);
    const window =
      state === 'due' ? sql`v.window_start <= ${on} AND v.window_end >= ${on}`
        : state === 'overdue' ? sql`v.window_end < ${on}`
          : state === 'upcoming' ? sql`v.window_start > ${on}`
            : sql`v.window_start <= ${on}`;
    const rows = await this.db.rows(sql`
      SELECT v.id, v.patient_id AS "patientId", p.code AS "patientCode", v.treatment_id AS "treatmentId", v.month,
             v.due_on AS "dueOn", v.window_start AS "windowStart", v.window_end AS "windowEnd", v.instruments, v.status,
             v.version, CASE WHEN v.window_end < ${on} THEN 'overdue' WHEN v.window_start > ${on} THEN 'upcoming' ELSE 'due' END AS state,
             count(*) OVER ()::int AS "__total"
      FROM follow_up_visits v JOIN patients p ON p.id = v.patient_id AND p.deleted_at IS NULL
      WHERE v.deleted_at IS NULL AND v.status = 'scheduled' AND ${window}
        AND NOT EXISTS (SELECT 1 FROM outcome_events o WHERE o.patient_id = v.patient_id AND o.deleted_at IS NULL
          AND o.kind IN (${sql.join(FOLLOW_UP_ENDING_OUTCOMES.map((k) => sql`${k}`), sql`, `)}))
        ${q.patientId ? sql`AND v.patient_id = ${q.patientId}` : sql``}
        ${scope ? (scope.length ? sql`AND v.patient_id::text IN (${sql.join(scope.map((s) => sql`${s}`), sql`, `)})` : sql`AND false`) : sql``}
      ORDER BY v.due_on, p.code, v.id LIMIT ${limit} OFFSET ${offset}`);
    const total = (rows[0]?.__total as number | undefined) ?? 0;
    const items = rows.map(({ __total: _, ...row }) => row as DueVisit);
    await this.reportAccess(actor, 'list', 'follow-up', { ...(q.patientId ? { patientId: q.patientId } : {}), detail: filtersDetail(q as Fields), records: items.map((item) => item.id) });
    return { on, total, limit, offset, items };
  }

  // -- internals -------------------------------------------------------------------------------

  /**
   * The checks of an API write that need the store: a patient code already used by another live
   * patient (409 naming `code`), and dates that cannot be: in the future where the record is of
   * something that happened, or before the patient's birth year.
   */
  private async checkWrite(tx: Executor, def: EntityDef, fields: Fields, current: EntityRecord | undefined): Promise<void> {
    const errors: FieldError[] = [];
    const today = todayUtc();
    const latest = addDays(today, 1); // a day ahead of UTC: it is already tomorrow east of Greenwich
    let birthYear: number | undefined;
    if (def.name === 'patients') {
      const code = fields.code as string;
      if (!current || current.code !== code) {
        const taken = await tx.rows(sql`SELECT id FROM patients WHERE code = ${code} AND deleted_at IS NULL ${current ? sql`AND id <> ${current.id}` : sql``} LIMIT 1`);
        if (taken.length) throw new ProblemError(duplicateCode(code));
      }
      birthYear = fields.birthYear as number | undefined;
      if (birthYear !== undefined && birthYear > Number(today.slice(0, 4))) {
        errors.push({ path: 'body.birthYear', message: `${birthYear} is in the future`, code: 'future', limit: Number(today.slice(0, 4)) });
      }
    } else if (typeof fields.patientId === 'string') {
      const patient = await repository.get(tx, ENTITIES.patients, fields.patientId);
      birthYear = typeof patient?.birthYear === 'number' ? patient.birthYear : undefined;
    }
    for (const field of PAST_DATES[def.name] ?? []) {
      const value = fields[field];
      if (typeof value === 'string' && value > latest) errors.push({ path: `body.${field}`, message: `${value} is in the future (today is ${today})`, code: 'future', limit: today });
    }
    for (const field of Object.keys(def.base.shape)) {
      const value = fields[field];
      if (birthYear !== undefined && typeof value === 'string' && ISO_DATE.test(value) && Number(value.slice(0, 4)) < birthYear) {
        errors.push({ path: `body.${field}`, message: `${value} is before the patient's birth year ${birthYear}`, code: 'before-birth', limit: birthYear });
      }
    }
    if (errors.length) throw new ProblemError(badRequest(`invalid ${def.singular}: ${errors.length} invalid field${errors.length === 1 ? '' : 's'}`, errors));
  }

  /**
   * Every reference names a record of the same patient. On an update, a reference the record already held is
   * not checked again: a lesion deleted since must not block an edit of another field.
   */
  private async checkReferences(tx: Executor, def: EntityDef, fields: Fields, current?: EntityRecord): Promise<void> {
    const patientId = fields.patientId as string | undefined;
    if (def.name === 'patients' || patientId === undefined) return;
    const patient = await repository.get(tx, ENTITIES.patients, patientId);
    if (!patient) throw new ProblemError(badRequest('invalid reference', [{ path: 'body.patientId', message: `no patient ${patientId}` }]));
    for (const [field, target] of Object.entries(def.refs)) {
      const value = fields[field];
      const held = new Set((Array.isArray(current?.[field]) ? current[field] as unknown[] : [current?.[field]]).map(String));
      const named = typeof value === 'string' ? [[field, value]] : Array.isArray(value) ? value.map((id, i) => [`${field}[${i}]`, id]) : [];
      for (const [path, id] of named) if (!held.has(String(id))) await checkReference(tx, ENTITIES[target], path, String(id), patientId);
    }
    if (def.name === 'assessments' && typeof fields.lesionId === 'string') await checkScoredLesion(tx, fields);
  }

  /** What recording a record sets in motion, in the same transaction. */
  private async afterCreate(tx: Executor, def: EntityDef, record: EntityRecord, actor: Actor): Promise<void> {
    if (def.name === 'treatments' && LOCAL_TREATMENT_KINDS.includes(record.kind as TreatmentKind)) {
      await this.scheduleFollowUp(tx, record, actor);
    } else if (def.name === 'outcome-events' && FOLLOW_UP_ENDING_OUTCOMES.includes(record.kind as OutcomeKind)) {
      // death and last contact end the follow-up: the visits not yet open, with nothing recorded against them, are cancelled
      await tx.rows(sql`UPDATE follow_up_visits SET status = 'cancelled', version = version + 1, updated_at = now(), updated_by = ${actor.id}
        WHERE patient_id = ${record.patientId as string} AND status = 'scheduled' AND deleted_at IS NULL AND window_start > ${record.occurredOn as string}
          AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.visit_id = follow_up_visits.id AND a.deleted_at IS NULL)`);
    } else if (def.name === 'assessments' && typeof record.visitId === 'string') {
      await this.completeVisits(tx, [record.visitId], actor);
    } else if (def.name === 'decisions') {
      await this.recordDecisionAssessments(tx, record, actor);
      await this.recordDecisionVersion(tx, record, actor);
    }
  }

  /** Each saved version of a decision's choices and plan, for its history (issue 14). */
  private async recordDecisionVersion(tx: Executor, decision: EntityRecord, actor: Actor): Promise<void> {
    await tx.rows(sql`INSERT INTO decision_versions (decision_id, version, chosen_options, plan, plan_note, saved_by)
      VALUES (${decision.id as string}, ${decision.version as number}, ${JSON.stringify(decision.chosenOptions ?? [])}::jsonb, ${decision.plan === null || decision.plan === undefined ? null : JSON.stringify(decision.plan)}::jsonb,
        ${(decision.planNote as string | null | undefined) ?? null}, ${actor.id})`);
  }

  /** Every saved version of a decision, oldest first. */
  async decisionHistory(actor: Actor, id: string): Promise<DecisionVersion[]> {
    await this.get(actor, 'decisions', id);
    const rows = await this.db.rows<{ version: number; chosen_options: unknown; plan: unknown; plan_note: string | null; saved_at: Date | string; saved_by: string }>(
      sql`SELECT version, chosen_options, plan, plan_note, saved_at, saved_by FROM decision_versions WHERE decision_id = ${id} ORDER BY version`);
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) as unknown : v);
    return rows.map((r) => ({
      version: r.version,
      chosenOptions: json(r.chosen_options) as string[],
      plan: json(r.plan) ?? null,
      planNote: r.plan_note,
      savedAt: new Date(r.saved_at).toISOString(),
      savedBy: r.saved_by,
    }));
  }

  /**
   * A decision's KPS, pain score and Frankel grade become dated assessments (the baseline of the
   * follow-up), and its laboratory values dated laboratory values, unless one of that instrument or
   * analyte is already recorded for the patient on that day or the value is not one it accepts.
   */
  private async recordDecisionAssessments(tx: Executor, decision: EntityRecord, actor: Actor): Promise<void> {
    const facts = (decision.facts ?? {}) as { kps?: unknown; pain?: { score?: unknown }; neurology?: { frankel?: unknown } };
    const wanted: [InstrumentId, Record<string, unknown>][] = [];
    if (facts.kps !== undefined) wanted.push(['kps', { kps: facts.kps }]);
    if (facts.pain?.score !== undefined) wanted.push(['vas', { score: facts.pain.score }]);
    if (facts.neurology?.frankel !== undefined) wanted.push(['frankel', { grade: facts.neurology.frankel }]);
    const patientId = decision.patientId as string;
    const on = decision.decidedOn as string;
    /** Creates the record unless its value is not accepted or `existing` finds one already. */
    const recordOnce = async (name: 'assessments' | 'laboratory-values', fields: Fields, existing: SQL) => {
      const def = ENTITIES[name];
      const parsed = inputSchema(def).safeParse(fields);
      if (!parsed.success || (await tx.rows(existing)).length) return;
      const record = await this.createIn(tx, def, parsed.data as Fields, actor);
      await this.recordWrite(tx, actor, 'create', name, record.id, patientId);
    };
    for (const [instrument, inputs] of wanted) {
      await recordOnce('assessments', { patientId, instrument, assessedOn: on, inputs },
        sql`SELECT 1 FROM assessments WHERE patient_id = ${patientId} AND instrument = ${instrument} AND assessed_on = ${on} AND deleted_at IS NULL LIMIT 1`);
    }
    const labs = ((decision.facts ?? {}) as { labs?: Record<string, unknown> }).labs ?? {};
    for (const [analyte, { fact }] of Object.entries(LAB_ANALYTES) as [LabAnalyte, (typeof LAB_ANALYTES)[LabAnalyte]][]) {
      if (typeof labs[fact] !== 'number') continue;
      await recordOnce('laboratory-values', { patientId, analyte, measuredOn: on, value: labs[fact] },
        sql`SELECT 1 FROM laboratory_values WHERE patient_id = ${patientId} AND analyte = ${analyte} AND measured_on = ${on} AND deleted_at IS NULL LIMIT 1`);
    }
  }

  /**
   * Creates the visits of 000 §1.3 after a local treatment; when the patient's previous local
   * treatment ended within SAME_COURSE_DAYS and none of its visits happened yet, that course's
   * visits move to count from this treatment's end instead.
   */
  async scheduleFollowUp(tx: Executor, treatment: EntityRecord, actor: Actor): Promise<void> {
    const anchor = (treatment.endedOn ?? treatment.startedOn) as string;
    const patientId = treatment.patientId as string;
    const course = await tx.rows(sql`
      SELECT v.id, v.month FROM follow_up_visits v JOIN treatments t ON t.id = v.treatment_id
      WHERE v.patient_id = ${patientId} AND v.deleted_at IS NULL AND v.status = 'scheduled'
        AND coalesce(t.ended_on, t.started_on) >= ${addDays(treatment.startedOn as string, -SAME_COURSE_DAYS)}
        AND coalesce(t.ended_on, t.started_on) <= ${anchor}
        AND NOT EXISTS (SELECT 1 FROM follow_up_visits d WHERE d.treatment_id = v.treatment_id AND d.status <> 'scheduled' AND d.deleted_at IS NULL)`);
    const planned = visitsAfter(anchor);
    if (course.length > 0) {
      for (const visit of course) {
        const plan = planned.find((p) => p.month === visit.month);
        if (!plan) continue;
        await tx.rows(sql`UPDATE follow_up_visits SET treatment_id = ${treatment.id}, due_on = ${plan.dueOn}, window_start = ${plan.windowStart},
          window_end = ${plan.windowEnd}, version = version + 1, updated_at = now(), updated_by = ${actor.id} WHERE id = ${visit.id as string}`);
      }
      return;
    }
    await repository.insertMany(tx, ENTITIES['follow-up-visits'], planned.map((plan) => ({ patientId, treatmentId: treatment.id, status: 'scheduled', ...plan })), actor.id);
  }

  /**
   * Marks scheduled visits done once an assessment of each of their instruments is recorded
   * against them, on the day of the last of those assessments.
   */
  async completeVisits(tx: Executor, visitIds: readonly string[], actor: Actor): Promise<void> {
    for (let start = 0; start < visitIds.length; start += 1000) {
      const ids = sql.join(visitIds.slice(start, start + 1000).map((id) => sql`${id}`), sql`, `);
      // set-based: the assessments of all the visits grouped once (a bulk import completes tens of thousands)
      await tx.rows(sql`
        UPDATE follow_up_visits v SET status = 'done', version = v.version + 1, updated_at = now(), updated_by = ${actor.id}, completed_on = a.last
        FROM unnest(ARRAY[${ids}]::uuid[]) AS t(id)
        LEFT JOIN (
          SELECT visit_id, max(assessed_on) AS last, jsonb_agg(DISTINCT instrument) AS instruments
          FROM assessments WHERE visit_id IN (${ids}) AND deleted_at IS NULL GROUP BY visit_id
        ) a ON a.visit_id = t.id
        WHERE v.id = t.id AND v.status = 'scheduled' AND coalesce(a.instruments, '[]'::jsonb) @> v.instruments`);
    }
  }
}

/** Dates of things that have happened: never in the future. Treatments may be planned ahead, visits are due ahead. */
const PAST_DATES: Partial<Record<EntityName, readonly string[]>> = {
  patients: ['enrolledOn', 'lastContactOn'],
  'primary-tumours': ['diagnosedOn'],
  'metastatic-sites': ['detectedOn'],
  lesions: ['detectedOn'],
  assessments: ['assessedOn'],
  decisions: ['decidedOn'],
  'adverse-events': ['occurredOn'],
  'outcome-events': ['occurredOn'],
  'laboratory-values': ['measuredOn'],
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function duplicateCode(code: string) {
  return duplicate(`another patient has the code ${code}`, 'body.code', `"${code}" is the code of another patient`);
}

/** A unique-index race (two creates of one code at once) answers as the check before it does: 409 on `code`. */
async function uniqueCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const e = error as { code?: string; constraint?: string; message?: string };
    if (e.code === '23505' && (e.constraint === 'patients_code_live' || /patients_code_live/.test(e.message ?? ''))) {
      throw new ProblemError(duplicate('another patient has this code', 'body.code', 'the code of another patient'));
    }
    throw error;
  }
}

function patientOf(def: EntityDef, record: EntityRecord): string {
  return def.name === 'patients' ? record.id : (record.patientId as string);
}

/** JSON with sorted keys, null for absent (jsonb does not keep key order). */
function stableJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object') return `{${Object.keys(value).sort().filter((k) => (value as Fields)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableJson((value as Fields)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Stored nulls are absent fields to the input schema. */
function stripNulls(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
}

/** The filters an access asked with, for its audit row (`filters {"cohort":"x","limit":50}`). */
export function filtersDetail(filters: Readonly<Record<string, unknown>>): string {
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  return `filters ${JSON.stringify(given)}`;
}

/** Equal as JSON values, whatever the key order (jsonb does not keep it). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical)
      : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(canonical(a ?? null)) === JSON.stringify(canonical(b ?? null));
}

/** Instruments that score one spinal level, and those that score a long bone (Mirels). */
const SPINAL_LESION_INSTRUMENTS = ['sins', 'escc', 'tomita-type', 'wbb'];
const LONG_BONE_INSTRUMENTS = ['mirels'];

/** An assessment of a lesion scores the kind of lesion its instrument speaks of. */
async function checkScoredLesion(tx: Executor, fields: Fields): Promise<void> {
  const [lesion] = await tx.rows<{ site: string }>(sql`SELECT site FROM lesions WHERE id = ${fields.lesionId as string} AND deleted_at IS NULL`);
  if (!lesion) return;
  const instrument = String(fields.instrument);
  const spinal = lesion.site === 'spine';
  const longBone = lesion.site === 'long-bone' || lesion.site === 'proximal-femur';
  if ((SPINAL_LESION_INSTRUMENTS.includes(instrument) && !spinal) || (LONG_BONE_INSTRUMENTS.includes(instrument) && !longBone)) {
    const accepted = SPINAL_LESION_INSTRUMENTS.includes(instrument) ? 'a spinal lesion' : 'a long-bone lesion (site long-bone or proximal-femur)';
    throw new ProblemError(badRequest('invalid reference', [{ path: 'body.lesionId', message: `${instrument} scores ${accepted}; this lesion's site is ${lesion.site}` }]));
  }
}
