import './update-notice.css';
import { useUpdateStore } from '../../state/update-store';

/** Offers `Reload to update` once a newer version of the app is installed; renders nothing until then. */
export function UpdateNotice() {
  const apply = useUpdateStore((s) => s.apply);
  if (!apply) return null;
  return (
    <div role="status" className="update-notice">
      <span>A new version of Marginalia is ready.</span>
      <button type="button" className="primary" onClick={apply}>
        Reload to update
      </button>
    </div>
  );
}
