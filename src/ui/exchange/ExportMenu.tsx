import { useEffect, useId, useRef, useState } from 'react';

export interface ExportFormat {
  id: string;
  label: string;
  /** Builds and downloads the file; may throw or reject, which is shown as an alert. */
  run: () => void | Promise<void>;
  /** Starts loading what `run` needs; called when the menu opens. */
  prepare?: () => unknown;
  /** Why this format cannot be exported yet (shown under it; choosing it shows it as the alert). */
  unavailable?: string;
  /** What the file will lack as things stand (shown under it; it still exports). */
  note?: string;
}

interface ExportMenuProps {
  formats: readonly ExportFormat[];
  onError: (message: string) => void;
  /** A last item, `Publishing details…`, that opens the publisher and report address form. */
  onPublishing?: () => void;
  /** Called when the menu opens, to load what its items open. */
  onOpen?: () => unknown;
}

/**
 * The `Export` button and its menu of formats. Arrow keys move through the menu, Escape closes
 * it and returns focus to the button.
 */
export function ExportMenu({ formats, onError, onPublishing, onOpen }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDocumentDown = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('mousedown', onDocumentDown);
    return () => document.removeEventListener('mousedown', onDocumentDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      items[(at + 1) % items.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at - 1 + items.length) % items.length]?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          // What the formats need starts loading now; it has usually arrived by the time one is chosen.
          if (!open) {
            for (const format of formats) format.prepare?.();
            onOpen?.();
          }
          setOpen(!open);
        }}
      >
        Export
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label="Export" className="menu" onKeyDown={onMenuKey}>
          {formats.map((format) => (
            <li key={format.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                // Not aria-disabled: choosing it must still say why, by mouse or keyboard.
                className={format.unavailable ? 'menu-unavailable' : undefined}
                aria-describedby={format.unavailable || format.note ? `${menuId}-${format.id}-why` : undefined}
                onClick={() => {
                  close();
                  if (format.unavailable) {
                    onError(`${format.label} cannot be exported yet. ${format.unavailable}`);
                    return;
                  }
                  // Async, so that a throw and a rejection both end in the alert.
                  void (async () => format.run())().catch((error: unknown) =>
                    onError(`The ${format.label} export failed: ${error instanceof Error ? error.message : String(error)}`),
                  );
                }}
              >
                {format.label}
              </button>
              {/* Beside the item, not in it: its name stays the format's name. */}
              {(format.unavailable ?? format.note) && (
                <span id={`${menuId}-${format.id}-why`} className="menu-why">
                  {format.unavailable ?? format.note}
                </span>
              )}
            </li>
          ))}
          {onPublishing && (
            <li role="none" className="menu-separated">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  onPublishing();
                }}
              >
                Publishing details…
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
