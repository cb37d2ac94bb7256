/** `plural(1, 'event')` → "1 event"; `plural(3, 'event')` → "3 events". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
