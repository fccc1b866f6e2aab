import { describe, expect, it } from 'vitest';
import { humanizeTool, toolEntries, toolSwitchEffect } from './hosted-tools';

describe('toolEntries', () => {
  it('lists every switch the API returns, known tools in order, unknown ones named from their key', () => {
    const entries = toolEntries({
      object: 'project.hosted_tool_permissions',
      shell: { enabled: false },
      code_interpreter: { enabled: true },
      file_search: { enabled: false },
      mcp: { enabled: true },
    });
    expect(entries.map((e) => [e.tool, e.label, e.enabled])).toEqual([
      ['file_search', 'File search', false],
      ['mcp', 'MCP', true],
      ['code_interpreter', 'Code interpreter', true],
      ['shell', 'Shell', false],
    ]);
  });
  it('names the effect of a switch', () => {
    const [ci] = toolEntries({ code_interpreter: { enabled: true } });
    expect(ci && toolSwitchEffect(ci, false, 'Docs Translation')).toContain('Docs Translation’s keys that ask for Code interpreter will be refused');
    expect(humanizeTool('computer_use')).toBe('Computer use');
  });
});
