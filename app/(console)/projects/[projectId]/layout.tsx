import type { ReactNode } from 'react';
import { ProjectHeader } from '@/components/project/project-header';
import { ProjectTabs } from '@/components/project/project-tabs';
import { requirePageSession } from '@/lib/server/auth/session';

type Props = { children: ReactNode; params: Promise<{ projectId: string }> };

export default async function ProjectLayout({ children, params }: Props) {
  await requirePageSession();
  const { projectId } = await params;
  return (
    <>
      <ProjectHeader projectId={projectId} />
      <ProjectTabs projectId={projectId} />
      {children}
    </>
  );
}
