/**
 * "the code is wrong" → "The code is wrong": the API words its messages to follow a colon. A
 * message that starts with a name, such as an email address, is left as it is.
 */
export function sentence(text: string): string {
  return /^[a-z]+(?=[\s,;:]|$)/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
