import { redirect } from 'next/navigation';
import { requirePageSession } from '@/lib/server/auth/session';

// The overview arrives with the usage and costs pages; until then the console opens on projects.
export default async function Home() {
  await requirePageSession();
  redirect('/projects');
}
