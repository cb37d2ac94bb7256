/** Headers and values compare this way: "Work_Email", "work email" and "WORK-EMAIL" are the same, and so are "PBC No." and "PBC No". */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s_.-]+/g, ' ').trim();
}
