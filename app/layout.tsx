import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { THEME_INIT_SCRIPT } from '@/components/shell/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'OpenAI organization console', template: '%s · OpenAI organization console' },
  description: 'Manage an OpenAI organization: projects, members, keys, limits and spend.',
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Set per request by proxy.ts; reading it also keeps every page dynamic, as nonces require.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
