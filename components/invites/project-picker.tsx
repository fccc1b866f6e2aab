'use client';

import { X } from 'lucide-react';
import { useId, useState } from 'react';
import type { InviteProject } from '@/lib/queries/invites';
import { Input } from '@/components/ui/input';
import type { PickableProject } from './use-invites-data';

export interface PickedProject extends PickableProject {
  role: InviteProject['role'];
}

export interface ProjectPickerProps {
  /** Active projects, by name. */
  projects: readonly PickableProject[];
  ready: boolean;
  error: string | null;
  value: readonly PickedProject[];
  onChange: (value: PickedProject[]) => void;
  /** Whether the project owner role may be granted. */
  ownerAllowed: boolean;
}

/** Pick active projects by name, each with the project role the invitee gets on accepting. */
export function ProjectPicker({
  projects,
  ready,
  error,
  value,
  onChange,
  ownerAllowed,
}: ProjectPickerProps) {
  const id = useId();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const picked = new Set(value.map((p) => p.id));
  const needle = q.trim().toLowerCase();
  const options = projects
    .filter((p) => !picked.has(p.id) && (!needle || p.name.toLowerCase().includes(needle)))
    .slice(0, 50);

  const pick = (project: PickableProject) => {
    onChange([...value, { ...project, role: 'member' }]);
    setQ('');
    setActive(0);
  };
  const setRole = (projectId: string, role: PickedProject['role']) =>
    onChange(value.map((p) => (p.id === projectId ? { ...p, role } : p)));

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Projects <span className="text-muted-foreground font-normal">(optional)</span>
      </label>
      {value.length > 0 && (
        <ul
          aria-label="Projects to join"
          className="border-border divide-border divide-y rounded-md border"
        >
          {value.map((project) => (
            <li key={project.id} className="flex items-center gap-2 px-3 py-1.5 text-sm">
              <span className="min-w-0 flex-1 truncate">{project.name}</span>
              <select
                aria-label={`Role in ${project.name}`}
                value={project.role}
                onChange={(e) => setRole(project.id, e.target.value as PickedProject['role'])}
                className="border-input bg-card h-8 rounded-md border px-2 text-sm"
              >
                <option value="member">Member</option>
                <option value="owner" disabled={!ownerAllowed}>
                  Owner
                </option>
              </select>
              <button
                type="button"
                className="hover:bg-muted rounded p-1"
                aria-label={`Remove ${project.name}`}
                onClick={() => onChange(value.filter((p) => p.id !== project.id))}
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          autoComplete="off"
          placeholder="Add a project by name"
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
            else if (e.key === 'Escape' && open) setOpen(false);
            else if (e.key === 'Enter' && open && options[active]) pick(options[active]);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        {open && (
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label="Projects"
            className="border-border bg-card mt-1 max-h-48 w-full overflow-auto rounded-md border py-1 shadow-sm"
          >
            {error ? (
              <li className="text-danger px-3 py-2 text-sm">{error}</li>
            ) : !ready ? (
              <li className="text-muted-foreground px-3 py-2 text-sm">Loading projects…</li>
            ) : options.length === 0 ? (
              <li className="text-muted-foreground px-3 py-2 text-sm">
                {needle
                  ? `No other active project matches “${q.trim()}”.`
                  : 'No other active projects.'}
              </li>
            ) : (
              options.map((project, i) => (
                <li
                  key={project.id}
                  role="option"
                  aria-selected={i === active}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? 'bg-muted' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => pick(project)}
                >
                  {project.name}
                </li>
              ))
            )}
          </ul>
        )}
      </div>
      <p className="text-muted-foreground text-xs">
        {value.length === 0
          ? 'With no project chosen, OpenAI adds the person to the organization’s default project.'
          : 'They join these projects when they accept.'}
      </p>
    </div>
  );
}
