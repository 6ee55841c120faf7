import type { Database } from '../registry/db.js';
import { createUser, findUser } from './accounts.js';
import { ROLES, type Role } from './roles.js';

/** The demo's sign-in password for `clinician`, `researcher` and `admin` (demo mode only: README, docs/security.md). */
export const DEMO_PASSWORD = 'bonemet-demo-2026';
export const DEMO_USERS: readonly { username: string; role: Role }[] = ROLES.map((role) => ({ username: role, role }));

/** Creates the demo users that do not exist yet; returns the names created. Never call it outside demo mode. */
export async function seedDemoUsers(db: Database): Promise<string[]> {
  const created: string[] = [];
  for (const { username, role } of DEMO_USERS) {
    if (await findUser(db, username)) continue;
    await createUser(db, { username, role, password: DEMO_PASSWORD }, { actor: 'local', actorRole: 'local' });
    created.push(username);
  }
  return created;
}
