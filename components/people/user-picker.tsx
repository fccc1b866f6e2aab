'use client';

import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useId, useState } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import { membersOptions, personLabel, type MemberRow } from '@/lib/queries/directory';
import { Input } from '@/components/ui/input';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';

export interface UserPickerProps {
  label: string;
  /** The people picked so far (shown as removable chips). */
  selected: readonly MemberRow[];
  onChange: (selected: MemberRow[]) => void;
  /** Users who cannot be picked (already members, say), by id. */
  exclude?: ReadonlySet<string>;
  /** One person only: picking replaces the choice. */
  single?: boolean;
}

/** Search organization users by name or email (over all of them, on the server) and pick one or several. */
export function UserPicker({ label, selected, onChange, exclude, single }: UserPickerProps) {
  const id = useId();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const settledQ = useDebouncedValue(q.trim());
  const search = useQuery({ ...membersOptions({ q: settledQ, limit: 8, sort: 'name' }), enabled: open });
  // Until the answer for what is typed now arrives, no older list is offered (Enter would pick from it).
  const settling = settledQ !== q.trim() || search.isPlaceholderData;
  const picked = new Set(selected.map((u) => u.id));
  const options = settling ? [] : (search.data?.data ?? []).filter((u) => !picked.has(u.id) && !exclude?.has(u.id));

  const pick = (user: MemberRow) => {
    onChange(single ? [user] : [...selected, user]);
    setQ('');
    setActive(0);
    if (single) setOpen(false);
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {selected.length > 0 && (
        <ul aria-label={`${label}: picked`} className="flex flex-wrap gap-1.5">
          {selected.map((user) => (
            <li
              key={user.id}
              className="bg-muted inline-flex items-center gap-1 rounded-full py-0.5 pr-1 pl-2.5 text-xs"
            >
              {personLabel(user)}
              <button
                type="button"
                className="hover:bg-background rounded-full p-0.5"
                aria-label={`Remove ${personLabel(user)}`}
                onClick={() => onChange(selected.filter((u) => u.id !== user.id))}
              >
                <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <Input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          autoComplete="off"
          placeholder="Search by name or email"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'Enter' && options[active]) {
              e.preventDefault();
              pick(options[active]);
            } else return;
            e.preventDefault();
          }}
        />
        {open && (
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label={label}
            className="border-border bg-card absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border py-1 shadow-lg"
          >
            {search.isError ? (
              <li className="text-danger px-3 py-2 text-sm">{describeError(search.error)}</li>
            ) : search.isPending || settling ? (
              <li className="text-muted-foreground px-3 py-2 text-sm">Searching…</li>
            ) : options.length === 0 ? (
              <li className="text-muted-foreground px-3 py-2 text-sm">
                {q ? `No one else matches “${q}”.` : 'No one else to pick.'}
              </li>
            ) : (
              options.map((user, i) => (
                <li
                  key={user.id}
                  role="option"
                  aria-selected={i === active}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? 'bg-muted' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick(user)}
                >
                  <span className="font-medium">{user.name || user.email}</span>
                  {user.name && user.email && (
                    <span className="text-muted-foreground ml-2">{user.email}</span>
                  )}
                </li>
              ))
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
