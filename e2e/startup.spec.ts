import { spawnSync } from 'node:child_process';
import { expect, test } from './fixtures';

// Starting the built console with a wrong setting must stop at once with one line naming it.
test('a wrong setting stops the start with one line that names the variable', () => {
  const result = spawnSync('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: 'mysql://db.example.com/console', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.status).toBe(1);
  const errorLines = result.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm warn'));
  expect(errorLines).toEqual(['Configuration error: DATABASE_URL must start with postgres:// or postgresql://.']);
});
