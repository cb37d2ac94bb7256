/** A control names one checklist item ("nda-signed") or a family of them by prefix ("account:", one per system). */
export const itemKeyMatches = (key: string, wanted: string) => (wanted.endsWith(':') ? key.startsWith(wanted) : key === wanted);
