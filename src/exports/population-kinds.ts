/**
 * The populations an auditor asks for in full before sampling, each a CSV over a window. The
 * auditor package holds every one of them; a request of the auditor's can be answered with one.
 */
export const populationKinds = ['hires', 'leavers', 'access-reviews', 'review-decisions', 'policy-approvals', 'policy-reviews', 'acknowledgements', 'occurrences', 'people', 'systems', 'assets'] as const;
export type PopulationKind = (typeof populationKinds)[number];
