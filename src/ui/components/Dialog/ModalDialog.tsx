// The frame every modal dialog shares: backdrop, labelled dialog element, Escape to cancel, Tab kept inside.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { trapFocus } from './trap-focus.ts';

interface ModalDialogProps {
  /** 'alertdialog' for a confirmation that interrupts the work. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  heading: ReactNode;
  description: ReactNode;
  onCancel: () => void;
  /** Whether a press on the backdrop outside the dialog cancels it. */
  closeOnBackdrop?: boolean;
  children: ReactNode;
}

export function ModalDialog({
  role = 'dialog',
  className = '',
  heading,
  description,
  onCancel,
  closeOnBackdrop = false,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const ids = { heading: useId(), description: useId() };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // Stopped here, so a menu or page shortcut under the dialog does not act on the same key.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    trapFocus(event, dialogRef.current);
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onCancel();
      }}
    >
      <div
        ref={dialogRef}
        className={`dialog ${className}`.trim()}
        role={role}
        aria-modal="true"
        aria-labelledby={ids.heading}
        aria-describedby={ids.description}
        onKeyDown={handleKeyDown}
      >
        <h2 id={ids.heading}>{heading}</h2>
        <p id={ids.description} className="dialog-description">
          {description}
        </p>
        {children}
      </div>
    </div>
  );
}
