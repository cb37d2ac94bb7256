/**
 * A CSV cell as a spreadsheet should show it: text that would run as a formula (=, +, -, @, tab,
 * carriage return first) is kept as text with a leading quote (OWASP, CSV injection). Names and
 * reasons are whatever someone typed, in Groundwork or in the system an export came from.
 */
export function spreadsheetCell(value: string | number | boolean | null | undefined): string | number | boolean {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? '');
}
