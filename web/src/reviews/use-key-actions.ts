import { useEffect, useRef } from 'react';
import { actionOf, type ReviewKeyAction } from './review-keys.ts';

/**
 * Calls `onAction` for the review screen's keys, unless the user is typing in a field, a dialog is
 * open, or a modifier other than shift is held (so the browser's own shortcuts still work).
 */
export function useKeyActions(enabled: boolean, onAction: (action: ReviewKeyAction) => void): void {
  const latest = useRef(onAction);
  latest.current = onAction;
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"]')) return;
      const action = actionOf(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
