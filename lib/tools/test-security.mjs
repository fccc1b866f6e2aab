// `npm run test:security`: proves SECURITY.md's bar with figures. Builds when needed, starts the
// console on a fresh data folder against its own sandbox (through a relay that counts every
// upstream call), signs in an admin, a viewer and an operator through the pages, then prints one
// line per check, `name: figure — PASS|FAIL`, and exits 1 when any fails. Routes come from the
// build and operations from the registry, so new ones are covered without editing this.
//   SECURITY_PORT / SECURITY_UPSTREAM_PORT   ports for the console and the relay (free ones by default)
//   SKIP_BUILD=1                             use the existing build as it is
//   SECURITY_VERBOSE=1                       list every failing request under its line
//   SECURITY_AUDIT_UNREACHABLE=pass          let `npm audit` pass when the registry has no advisory service
import net from 'node:net';
import { buildIfNeeded } from './build-if-needed.mjs';
import { checkCanary } from './security/check-canary.mjs';
import { checkFaults } from './security/check-faults.mjs';
import { checkFuzz } from './security/check-fuzz.mjs';
import { checkOrigin } from './security/check-origin.mjs';
import { checkRoles } from './security/check-roles.mjs';
import { checkSecretOnce } from './security/check-secret-once.mjs';
import { checkSessions } from './security/check-sessions.mjs';
import { checkBuild } from './security/check-build.mjs';
import { checkUnauthenticated } from './security/check-unauthenticated.mjs';
import { checkCrossProject } from './security/check-cross-project.mjs';
import { checkJournal } from './security/check-journal.mjs';
import { checkLoad } from './security/check-load.mjs';
import { builtActions, builtRoutes, loadOperations, sandboxIds } from './security/routes.mjs';
import { startConsole } from './security/server.mjs';
import { makeSessions } from './security/sessions.mjs';

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

if (process.env.SKIP_BUILD !== '1') buildIfNeeded({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });

const port = Number(process.env.SECURITY_PORT || (await freePort()));
const relayPort = Number(process.env.SECURITY_UPSTREAM_PORT || (await freePort()));
const server = await startConsole({ port, relayPort });
let failed = 0;
try {
  const context = {
    ...server,
    routes: builtRoutes(),
    actions: builtActions(),
    operations: await loadOperations(),
    ids: await sandboxIds(server.base),
    sessions: await makeSessions(server.base),
  };
  // Sessions last: it stops and restarts the console to age its sessions.
  const checks = [checkUnauthenticated, checkRoles, checkCrossProject, checkOrigin, checkFuzz, checkFaults, checkJournal, checkLoad, checkCanary, checkSecretOnce, checkBuild, checkSessions];
  for (const check of checks) {
    const { lines, details } = await check(context);
    for (const result of lines) {
      console.log(result.text);
      if (!result.pass) failed += 1;
    }
    const shown = process.env.SECURITY_VERBOSE === '1' ? details : details.slice(0, 10);
    for (const detail of shown) console.log(`    ${detail}`);
    if (shown.length < details.length) console.log(`    … and ${details.length - shown.length} more (SECURITY_VERBOSE=1 lists them)`);
  }
} catch (error) {
  console.error('The security suite could not run:', error);
  failed += 1;
} finally {
  await server.stop();
}
process.exit(failed > 0 ? 1 : 0);
