import pg from 'pg';
import { inject } from 'vitest';

/**
 * A new, empty database on the PostgreSQL server Vitest's global setup started, so each test
 * file sees only its own rows. For tests only.
 */
export async function freshPostgresUrl(prefix = 't'): Promise<string> {
  const server = inject('postgresUrl');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const name = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  return server.replace(/\/postgres$/, `/${name}`);
}
