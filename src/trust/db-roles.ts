import { sql, type Executor } from '../registry/db.js';

/** The tables the server may only add to and read: the audit trail. */
export const APPEND_ONLY_TABLES = ['audit_events', 'audit_seals', 'access_denials'] as const;

/**
 * PostgreSQL: makes `role` (created with LOGIN when missing) the server's runtime role in the
 * current schema: it may read and write the registry's tables, only INSERT and SELECT the audit
 * tables, and owns nothing, so it cannot ALTER a table, switch a trigger off, UPDATE, DELETE or
 * TRUNCATE audit rows. Run as the role that owns the schema (the one that migrates), after every
 * migration (`bonemet db grant ROLE`). See docs/security.md, "Database roles".
 */
export async function grantRuntimeRole(db: Executor, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`"${role}" is not accepted as a role name: lower-case letters, digits and _`);
  const [owner] = await db.rows<{ me: string; schema: string }>(sql`SELECT current_user AS me, current_schema() AS schema`);
  if (owner!.me === role) throw new Error(`the runtime role ${role} cannot be the role that owns the tables (${owner!.me})`);
  const who = sql.identifier(role);
  const schema = sql.identifier(owner!.schema);
  const [exists] = await db.rows(sql`SELECT 1 AS x FROM pg_roles WHERE rolname = ${role}`);
  if (!exists) await db.rows(sql`CREATE ROLE ${who} LOGIN`);
  await db.rows(sql`GRANT USAGE ON SCHEMA ${schema} TO ${who}`);
  await db.rows(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${who}`);
  await db.rows(sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${who}`);
  await db.rows(sql`REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${who}`);
  for (const table of APPEND_ONLY_TABLES) await db.rows(sql`REVOKE UPDATE, DELETE, TRUNCATE ON ${sql.identifier(table)} FROM ${who}`);
}
