import { verdictById, type VerdictId } from '../../core/model/fact-check';
import type { LostFieldChange, SyncStatus } from '../../state/sync-store';

/** What the `Sync status` control says (UI-CONTRACT.md). */
export function syncStatusText(status: SyncStatus): string {
  switch (status.kind) {
    case 'off':
      return 'Not connected';
    case 'connecting':
      return 'Connecting…';
    case 'synced':
      return 'Synced';
    case 'offline':
      return status.waiting === 0 ? 'Offline' : `Offline, ${status.waiting} ${status.waiting === 1 ? 'change' : 'changes'} waiting`;
    case 'refused':
      return `Refused: ${status.reason}`;
  }
}

/** Whether the dialog offers `Disconnect` (a session runs or keeps trying) rather than `Connect`. */
export function isSessionRunning(status: SyncStatus): boolean {
  return status.kind !== 'off' && !(status.kind === 'refused' && !status.readOnly);
}

/**
 * A concurrent change that lost, as the card says it: “Ben also set Misleading”. Nobody's
 * change disappears without trace; setting the field again, having seen this, settles it.
 */
export function lostChangeText(change: LostFieldChange): string {
  const who = change.by?.trim() || 'Another device';
  return `${who} also set ${describeValue(change)}`;
}

function describeValue({ field, value }: LostFieldChange): string {
  switch (field) {
    case 'verdict':
      return value ? (verdictById(value as VerdictId)?.label ?? String(value)) : 'no verdict';
    case 'tags':
      return Array.isArray(value) && value.length > 0 ? `the tags ${value.join(', ')}` : 'no tags';
    case 'evidence':
      return Array.isArray(value) && value.length > 0 ? `${value.length} other ${value.length === 1 ? 'source' : 'sources'}` : 'no sources';
    case 'claim':
      return value && typeof value === 'object' && typeof (value as { summary?: unknown }).summary === 'string' ? `the claim “${(value as { summary: string }).summary}”` : 'other claim details';
    case 'target':
      return 'another passage';
  }
}
