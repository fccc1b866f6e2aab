'use client';

import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { CertificateAttention } from './certificate-attention';
import { InviteAttention } from './invite-attention';

/** What in the organization should be looked at soon; each group loads and fails on its own. */
export function NeedsAttentionCard() {
  // One moment for every group, in Unix seconds.
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  return (
    <Card title="Needs attention" description="Certificates about to expire or expired while still trusted, and invites nobody has accepted.">
      {/* Side by side when the card, not the window, is wide enough. */}
      <div className="@container">
        <div className="grid gap-8 @2xl:grid-cols-2">
          <CertificateAttention now={now} />
          <InviteAttention now={now} />
        </div>
      </div>
    </Card>
  );
}
