const PROCESSING_INTEGRITY =
  'Processing Integrity is an optional category about the product’s own processing (input checks, reconciliations, output delivery). Its controls are particular to each product, and a small company rarely puts it in its first report; one that does writes these controls itself.';

const PRIVACY_PROGRAM =
  'Privacy is an optional category that needs a privacy program (a notice, consent, requests from data subjects, a record of disclosures, complaints) for which Groundwork ships no policy; a small business-to-business company usually leaves it out of its first report. The privacy criteria met anyway by retention, incident and vendor controls are covered.';

/** Why the catalog has no control for a criterion: criterion id → the reason, as the coverage lists it. */
export const notCovered: ReadonlyMap<string, string> = new Map([
  ...['PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5'].map((id) => [id, PROCESSING_INTEGRITY] as const),
  ...['P1.1', 'P2.1', 'P3.1', 'P3.2', 'P4.1', 'P5.1', 'P5.2', 'P6.1', 'P6.2', 'P6.7', 'P7.1', 'P8.1'].map((id) => [id, PRIVACY_PROGRAM] as const),
]);
