/*
 * Hosted tools: the switches the API lists for a project, in its order, each with what turning it
 * off does. Tools the console does not know yet are still shown, named from their key.
 */

interface ToolInfo {
  label: string;
  /** What the tool lets the project's requests do. */
  does: string;
}

const KNOWN: Record<string, ToolInfo> = {
  file_search: { label: 'File search', does: 'search the project’s vector stores' },
  web_search: { label: 'Web search', does: 'search the web and cite what they find' },
  image_generation: { label: 'Image generation', does: 'generate and edit images inside a response' },
  mcp: { label: 'MCP', does: 'call tools on remote MCP servers' },
  code_interpreter: { label: 'Code interpreter', does: 'run Python code in a sandboxed container' },
};

const ORDER = Object.keys(KNOWN);

export interface HostedToolEntry extends ToolInfo {
  tool: string;
  enabled: boolean;
}

/** `some_new_tool` → `Some new tool`. */
export function humanizeTool(tool: string): string {
  const words = tool.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isSwitch = (value: unknown): value is { enabled: boolean } =>
  typeof value === 'object' && value !== null && typeof (value as { enabled?: unknown }).enabled === 'boolean';

/** Every tool in the answer that has an on/off state: known ones in the API's order, then others by name. */
export function toolEntries(answer: Record<string, unknown>): HostedToolEntry[] {
  const entries = Object.entries(answer)
    .filter((entry): entry is [string, { enabled: boolean }] => isSwitch(entry[1]))
    .map(([tool, { enabled }]) => ({
      tool,
      enabled,
      ...(KNOWN[tool] ?? { label: humanizeTool(tool), does: `use the ${humanizeTool(tool).toLowerCase()} tool` }),
    }));
  const rank = (tool: string) => {
    const i = ORDER.indexOf(tool);
    return i < 0 ? ORDER.length : i;
  };
  return entries.sort((a, b) => rank(a.tool) - rank(b.tool) || a.tool.localeCompare(b.tool));
}

/** The sentence of the confirm dialog: what changes for the project's requests. */
export function toolSwitchEffect(entry: Pick<HostedToolEntry, 'label' | 'does'>, enabled: boolean, project: string): string {
  return enabled
    ? `Requests from ${project}’s keys will be able to ${entry.does} again with ${entry.label}.`
    : `Requests from ${project}’s keys that ask for ${entry.label} will be refused: they can no longer ${entry.does}. Nothing else changes, and you can turn it back on at any time.`;
}
