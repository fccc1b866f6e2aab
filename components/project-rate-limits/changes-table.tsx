import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { formatLimit, type LimitChange } from './rate-limit-edit';

/** What a save changes: each limit, its value now and the new one. */
export function ChangesTable({ changes }: { changes: readonly LimitChange[] }) {
  return (
    <Table label="Changes to save">
      <TableHead>
        <Th>Limit</Th>
        <Th className="text-right">Now</Th>
        <Th className="text-right">New</Th>
      </TableHead>
      <TableBody>
        {changes.map((change) => {
          const lower = change.from !== undefined && change.to < change.from;
          return (
            <tr key={change.field}>
              <Td>{change.label}</Td>
              <Td className="text-muted-foreground text-right tabular-nums line-through">{formatLimit(change.from)}</Td>
              <Td className="text-right font-medium tabular-nums">
                <span aria-hidden>→ </span>
                {formatLimit(change.to)}
                <span className="text-muted-foreground ml-1 text-xs font-normal">{lower ? '(lower)' : '(higher)'}</span>
              </Td>
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
