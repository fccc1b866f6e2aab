import 'server-only';
import { FaultSpecError, parseFault, type FaultAction, type FaultRule } from './spec';

/**
 * Faults for a share of requests (SANDBOX_FAULTS, the control API, the Settings card):
 * `fault:share` items, comma-separated, e.g. `rate-limit:0.1,500:0.05,latency=300:0.2`. Each item
 * is rolled on its own for every request that names no fault itself (faults/plan.ts). With
 * `;method=` and `;times=` an item can aim at one request: `reset-after-apply;method=POST;times=1:1`
 * drops the connection after the next create, update or delete, and then is spent.
 */
export interface FaultShare extends FaultRule {
  /** In (0, 1]: the chance a request gets this fault. */
  share: number;
}

export function parseFaultShares(text: string): FaultShare[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.lastIndexOf(':');
      if (colon < 0)
        throw new FaultSpecError(`"${item}" has no share: write fault:share, e.g. "${item}:0.1".`);
      const shareText = item.slice(colon + 1).trim();
      const share = Number(shareText);
      if (shareText === '' || !Number.isFinite(share) || share <= 0 || share > 1)
        throw new FaultSpecError(`The share in "${item}" must be a number above 0 and at most 1.`);
      return { ...parseFault(item.slice(0, colon)), share };
    });
}

function formatAction(action: FaultAction): string {
  switch (action.kind) {
    case 'latency':
      return `latency=${action.ms}`;
    case 'rate-limit':
      return [
        'rate-limit',
        `retry-after=${action.retryAfterSeconds}`,
        ...(action.retryAfterMs === null ? [] : [`retry-after-ms=${action.retryAfterMs}`]),
      ].join(';');
    case 'server-error':
      return String(action.status);
    case 'stall':
      return `${action.phase === 'headers' ? 'stall' : 'stall-body'};max=${action.maxMs / 1000}`;
    case 'reset':
      return action.afterApply ? 'reset-after-apply' : 'reset';
    case 'truncated':
      return 'truncated';
  }
}

/** The canonical text of one fault, as parseFault reads it back. */
export function formatFault(rule: FaultRule): string {
  return [
    formatAction(rule.action),
    ...(rule.method === null ? [] : [`method=${rule.method}`]),
    ...(rule.path === null ? [] : [`path=${rule.path}`]),
    ...(rule.times === null ? [] : [`times=${rule.times}`]),
  ].join(';');
}

export function formatFaultShares(shares: FaultShare[]): string {
  return shares.map((s) => `${formatFault(s)}:${s.share}`).join(',');
}
