// Next.js calls register() once when a server starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startConsole } = await import('./lib/server/startup');
    await startConsole();
  }
}
