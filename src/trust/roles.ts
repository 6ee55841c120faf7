import type { AccessPolicy, Action, Actor, Resource } from '../registry/access.js';

/** The roles of bonemet's users (docs/security.md has the full matrix). */
export const ROLES = ['clinician', 'researcher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** A signed-in user as the registry gate sees them. */
export interface UserActor extends Actor {
  kind: 'user';
  roles: readonly [Role];
  userId: string;
}

export function roleOf(actor: Actor): Role | 'local' | undefined {
  if (actor.kind === 'local') return 'local';
  const role = actor.roles[0];
  return actor.roles.length === 1 && isRole(role) ? role : undefined;
}

/** What researchers may do with patient data: read de-identified views, analyse and export. */
export const RESEARCHER_ACTIONS: readonly Action[] = ['read', 'list', 'analyse', 'export'];

/**
 * The role policy behind the registry gate. Clinicians and admins read and write all patient
 * data (admins manage users on top, outside the registry); researchers only read, analyse and
 * export — de-identified by the HTTP shell — and never the follow-up worklist, which names
 * patients. The local actor (the CLI on the machine that holds the store) may do everything.
 * Anyone else: nothing.
 */
export const ROLE_POLICY: AccessPolicy = {
  allows(actor: Actor, action: Action, resource: Resource): boolean {
    const role = roleOf(actor);
    if (role === 'local' || role === 'clinician' || role === 'admin') return true;
    if (role === 'researcher') return RESEARCHER_ACTIONS.includes(action) && resource !== 'follow-up';
    return false;
  },
  patientScope(actor: Actor) {
    return roleOf(actor) === undefined ? [] : 'all';
  },
};
