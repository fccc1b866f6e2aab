export function SandboxBanner() {
  return (
    <div role="note" className="border-b border-border bg-warning-bg px-6 py-2 text-sm text-warning-fg">
      <strong>Sandbox organization.</strong> You are managing the console&rsquo;s built-in emulated organization; nothing here reaches OpenAI. Set{' '}
      <code className="font-mono">OPENAI_ADMIN_KEY</code> on the server to manage your real organization.
    </div>
  );
}
