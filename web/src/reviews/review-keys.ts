/** The review screen's keys, as the legend shows them and the handler reads them. */
export const reviewKeys: { keys: string[]; does: string }[] = [
  { keys: ['j', '↓'], does: 'next' },
  { keys: ['k', '↑'], does: 'previous' },
  { keys: ['a'], does: 'keep' },
  { keys: ['r'], does: 'revoke' },
  { keys: ['c'], does: 'change' },
  { keys: ['x'], does: 'select' },
  { keys: ['⇧A'], does: 'keep selected' },
  { keys: ['⇧R'], does: 'revoke selected' },
  { keys: ['/'], does: 'search' },
  { keys: ['[', ']'], does: 'page' },
];

export type ReviewKeyAction = 'next' | 'previous' | 'keep' | 'revoke' | 'change' | 'select' | 'keep-selected' | 'revoke-selected' | 'search' | 'next-page' | 'previous-page';

/** The action of a key press, or undefined for keys the screen leaves alone. */
export function actionOf(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): ReviewKeyAction | undefined {
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'a':
      return 'keep';
    case 'r':
      return 'revoke';
    case 'c':
      return 'change';
    case 'x':
      return 'select';
    case 'A':
      return event.shiftKey ? 'keep-selected' : undefined;
    case 'R':
      return event.shiftKey ? 'revoke-selected' : undefined;
    case '/':
      return 'search';
    case ']':
      return 'next-page';
    case '[':
      return 'previous-page';
    default:
      return undefined;
  }
}
