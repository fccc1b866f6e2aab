'use client';

import { useState, type FormEvent } from 'react';
import { describeError } from '@/lib/queries/admin-fetch';
import type { MemberRow } from '@/lib/queries/directory';
import { useAssignRole, type Role } from '@/lib/queries/roles';
import { Button } from '@/components/ui/button';
import { UserPicker } from '@/components/people/user-picker';
import { FormError } from '@/components/ui/form-error';

/** Pick a member and assign them the role (POST /organization/users/{user_id}/roles). */
export function RoleAssignForm({ role, holderIds }: { role: Role; holderIds: ReadonlySet<string> }) {
  const [picked, setPicked] = useState<MemberRow[]>([]);
  const assign = useAssignRole();

  function submit(event: FormEvent) {
    event.preventDefault();
    const user = picked[0];
    if (!user) return;
    assign.mutate({ role, user }, { onSuccess: () => setPicked([]) });
  }

  return (
    <form onSubmit={submit} aria-label={`Assign ${role.name}`} className="space-y-2">
      <UserPicker
        label={`Assign ${role.name} to a member`}
        selected={picked}
        onChange={(users) => {
          setPicked(users);
          assign.reset();
        }}
        exclude={holderIds}
        single
      />
      <FormError message={assign.isError ? describeError(assign.error) : null} />
      <Button type="submit" size="sm" disabled={picked.length === 0} pending={assign.isPending}>
        Assign role
      </Button>
    </form>
  );
}
