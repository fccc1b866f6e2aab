import { Card, Facts } from '@/components/ui/card';
import { Badge } from '@/components/ui/states';

export interface ConnectionCardProps {
  sandbox: boolean;
  organizationName: string;
  upstreamUrl: string;
  reachable: boolean;
  latencyMs: number | null;
  problem: string | null;
}

export function ConnectionCard({ sandbox, organizationName, upstreamUrl, reachable, latencyMs, problem }: ConnectionCardProps) {
  return (
    <Card title="Connection" description="Which organization this console manages, and whether it answers.">
      <Facts
        items={[
          { term: 'Organization', value: organizationName },
          {
            term: 'Mode',
            value: sandbox ? (
              <>
                <Badge tone="warning">Sandbox</Badge> <span className="text-muted-foreground">built-in emulated organization; set OPENAI_ADMIN_KEY for a real one</span>
              </>
            ) : (
              <Badge tone="success">Real organization</Badge>
            ),
          },
          { term: 'Admin API', value: <code className="font-mono text-xs">{upstreamUrl}</code> },
          { term: 'Key', value: sandbox ? 'The sandbox’s own admin key (console admins see it below)' : 'Admin key from OPENAI_ADMIN_KEY (kept on the server)' },
          {
            term: 'Status',
            value: reachable ? (
              <span>
                <Badge tone="success">Reachable</Badge> <span className="text-muted-foreground">answered in {latencyMs} ms</span>
              </span>
            ) : (
              <span className="space-y-1">
                <Badge tone="danger">Not reachable</Badge>
                <span className="block text-danger">{problem}</span>
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
