// `npm start`: builds the console when there is no build or the sources changed since the last
// one, then serves it with `next start` on HOSTNAME:PORT (127.0.0.1:3000 by default).
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
if (process.env.SKIP_BUILD !== '1') buildIfNeeded(env);

const port = process.env.PORT || '3000';
// Docker and some shells export HOSTNAME as the machine's own name; that is not a listen address.
const given = process.env.HOSTNAME;
const hostname = given && given !== os.hostname() ? given : '127.0.0.1';
env.HOSTNAME = hostname;
env.PORT = port;

// Next's CLI run directly (not through npx), so a signal sent to `npm start` reaches the server.
const nextCli = path.join(root, 'node_modules/next/dist/bin/next');
const server = spawn(process.execPath, [nextCli, 'start', '--hostname', hostname, '--port', port], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
