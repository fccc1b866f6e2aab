import type { TestProject } from 'vitest/node';
// @ts-expect-error -- a plain .mjs tool shared with the e2e runner; it has no type declarations.
import { startPostgres } from './postgres-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One real PostgreSQL server for the whole unit run; the DB tests use it beside PGlite. */
export default async function setup(project: TestProject) {
  const server = (await startPostgres()) as { url: string; stop: () => void };
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
