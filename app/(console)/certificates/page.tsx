import type { Metadata } from 'next';
import { CertificatesView } from '@/components/certificates/certificates-view';
import { mayCall, requirePageSession } from '@/lib/server/auth/session';

export const metadata: Metadata = { title: 'Certificates' };

export default async function CertificatesPage() {
  const { role } = (await requirePageSession()).user;
  return (
    <CertificatesView
      can={{
        upload: mayCall(role, 'certificates.create'),
        rename: mayCall(role, 'certificates.update'),
        remove: mayCall(role, 'certificates.delete'),
        activate: mayCall(role, 'certificates.activate'),
        deactivate: mayCall(role, 'certificates.deactivate'),
      }}
    />
  );
}
