import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../state/services';
import { checkServerAddress } from '../../state/server-address';
import { useSyncStore } from '../../state/sync-store';
import { Dialog } from '../common/Dialog';
import { isSessionRunning, syncStatusText } from './sync-words';
import './sync.css';

/**
 * The `Sync` dialog: the team's server, its key and the reader's name. Nothing is sent before
 * `Connect`; `Disconnect` stops sending and receiving, and every annotation stays on this device.
 */
export function SyncDialog({ onClose }: { onClose: () => void }) {
  const { db } = useServices();
  const client = useQueryClient();
  const saved = useSyncStore((s) => s.saved);
  const status = useSyncStore((s) => s.status);
  const running = isSessionRunning(status);
  const [url, setUrl] = useState(saved?.settings.url ?? '');
  const [key, setKey] = useState(saved?.settings.key ?? '');
  const [name, setName] = useState(saved?.settings.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (running) {
      void useSyncStore.getState().disconnect();
      return;
    }
    const wrongAddress = checkServerAddress(url);
    const reason = wrongAddress ?? (key.trim() === '' ? 'Enter the team key your team gave you.' : null);
    setProblem(reason);
    if (reason) return;
    void useSyncStore.getState().connect({ db, client }, { url: url.trim(), key: key.trim(), name: name.trim() });
  };

  const fieldProps = { readOnly: running, 'aria-describedby': problem ? problemId : undefined, spellCheck: false, autoComplete: 'off' } as const;
  return (
    <Dialog title="Sync" onClose={onClose} className="sync-dialog">
      <p className="dialog-lead">
        Share your annotations with your other devices and your team through your team’s server. Nothing is sent until you press Connect, and everything stays on this
        device as well: without the server you keep working, and changes wait to be sent.
      </p>
      <form onSubmit={onSubmit} className="sync-form" noValidate>
        <label>
          Server address
          <input type="text" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="wss://sync.example.org" data-autofocus {...fieldProps} />
        </label>
        <label>
          Team key
          <input type="text" value={key} onChange={(e) => setKey(e.target.value)} className="sync-key" {...fieldProps} />
        </label>
        <label>
          Your name
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="Shown to your team on what you annotate" {...fieldProps} autoComplete="name" />
        </label>
        {problem && (
          <p id={problemId} className="sync-problem" role="alert">
            {problem}
          </p>
        )}
        <p className={`sync-dialog-status sync-status--${status.kind}`}>{syncStatusText(status)}</p>
        {running && <p className="sync-hint">Disconnect to change these.</p>}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {running ? 'Disconnect' : 'Connect'}
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
    </Dialog>
  );
}
