'use client';

import { X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/states';
import { isModelId, type PolicyMode } from './model-policy';

export interface ModelPickerProps {
  mode: PolicyMode;
  /** The models offered: the project's, the ones it used, the ones listed now. */
  choices: readonly string[];
  picked: readonly string[];
  onChange: (picked: string[]) => void;
  loading?: boolean;
}

/** Search and tick models; a model id not offered can be added by typing it whole. */
export function ModelPicker({ mode, choices, picked, onChange, loading }: ModelPickerProps) {
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const shown = choices.filter((m) => m.toLowerCase().includes(needle));
  const typed = q.trim();
  const canAdd = typed !== '' && isModelId(typed) && !choices.includes(typed) && !picked.includes(typed);
  const toggle = (model: string) =>
    onChange(picked.includes(model) ? picked.filter((m) => m !== model) : [...picked, model]);
  const verb = mode === 'allow_list' ? 'allowed' : 'denied';

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-sm font-medium">Models {verb}</span>
        <span className="text-muted-foreground text-xs">{picked.length} picked</span>
      </div>
      {picked.length > 0 && (
        <ul aria-label={`Models ${verb}: picked`} className="flex flex-wrap gap-1.5">
          {picked.map((model) => (
            <li key={model} className="bg-muted flex items-center gap-1 rounded-md py-0.5 pr-1 pl-2 font-mono text-xs">
              {model}
              <button type="button" aria-label={`Remove ${model}`} onClick={() => toggle(model)} className="hover:bg-background rounded p-0.5">
                <X className="size-3" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <Input type="search" aria-label="Search models" placeholder="Search models, or type a model id" value={q} onChange={(e) => setQ(e.target.value)} />
      {loading ? (
        <Skeleton className="h-40 w-full" />
      ) : (
        <div className="border-border max-h-56 overflow-y-auto rounded-md border">
          {shown.length === 0 && !canAdd && (
            <p className="text-muted-foreground px-3 py-4 text-sm">No model matches “{q}”.</p>
          )}
          <ul aria-label="Models to pick from" className="divide-border divide-y">
            {shown.map((model) => (
              <li key={model}>
                <label className="hover:bg-muted/60 flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm">
                  <input type="checkbox" checked={picked.includes(model)} onChange={() => toggle(model)} />
                  <span className="font-mono text-xs">{model}</span>
                </label>
              </li>
            ))}
          </ul>
          {canAdd && (
            <div className="border-border border-t px-3 py-2">
              <Button variant="ghost" size="sm" onClick={() => { onChange([...picked, typed]); setQ(''); }}>
                Add “{typed}”
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
