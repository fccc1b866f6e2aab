'use client';

import type { ReactNode } from 'react';
import type { KeyOwner } from './api-key-rules';

export interface ApiKeysToolbarProps {
  owners: KeyOwner[];
  owner: string;
  stale: boolean;
  onChange: (changes: { owner?: string; stale?: string }) => void;
  summary: ReactNode;
  actions: ReactNode;
}

/** The API keys tab's filters (owner, staleness: both in the URL), the count and the actions. */
export function ApiKeysToolbar({ owners, owner, stale, onChange, summary, actions }: ApiKeysToolbarProps) {
  const people = owners.filter((o) => o.type === 'user');
  const accounts = owners.filter((o) => o.type === 'service_account');
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Owner</span>
          <select value={owner} onChange={(e) => onChange({ owner: e.target.value })} className="border-input bg-card h-9 max-w-64 rounded-md border px-2 text-sm">
            <option value="">Everyone</option>
            <option value="users">People</option>
            <option value="service_accounts">Service accounts</option>
            {people.length > 0 && (
              <optgroup label="People">
                {people.map((o) => (
                  <option key={o.ref} value={o.ref}>
                    {o.detail ? `${o.name} (${o.detail})` : o.name}
                  </option>
                ))}
              </optgroup>
            )}
            {accounts.length > 0 && (
              <optgroup label="Service accounts">
                {accounts.map((o) => (
                  <option key={o.ref} value={o.ref}>
                    {o.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={stale} onChange={(e) => onChange({ stale: e.target.checked ? '1' : '' })} />
          Only stale keys (unused for 90+ days)
        </label>
      </div>
      <div className="flex items-center gap-3">
        <span className="text-muted-foreground text-sm tabular-nums">{summary}</span>
        {actions}
      </div>
    </div>
  );
}
