/** "the code is wrong" → "The code is wrong": the API words its messages to follow a colon. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
