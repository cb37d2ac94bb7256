/**
 * The blanks a company fills in when it adopts a template: `{{name}}` in the text. Each has a
 * suggestion a company of 5 to 50 can start from.
 */
export const templateVariables = {
  companyName: { label: 'Company name', suggestion: 'Our company' },
  securityOwner: { label: 'Who is responsible for security', suggestion: 'the CTO' },
  mfaMethods: { label: 'Accepted second factors', suggestion: 'an authenticator app or a hardware security key' },
  minPasswordLength: { label: 'Shortest password allowed', suggestion: '12' },
  customerDataRetention: { label: 'How long customer data is kept', suggestion: 'for the term of the contract and 30 days after it ends' },
  logRetention: { label: 'How long logs are kept', suggestion: 'one year' },
  backupRetention: { label: 'How long backups are kept', suggestion: '35 days' },
  accessReviewCadence: { label: 'How often access is reviewed', suggestion: 'every quarter' },
  offboardingDeadline: { label: 'When access is removed at departure', suggestion: "by the end of the person's last working day" },
  incidentContact: { label: 'Where to report a security problem', suggestion: 'the security owner, in person or by phone' },
  trainingCadence: { label: 'When people are trained', suggestion: 'when they join and every year after' },
  policyReviewCadence: { label: 'How often policies are reviewed', suggestion: 'every year' },
} as const;

export type TemplateVariable = keyof typeof templateVariables;

/** Every blank filled with its suggestion: where a company starts, before its own details. */
export const suggestedValues = Object.fromEntries(Object.entries(templateVariables).map(([name, variable]) => [name, variable.suggestion])) as Record<TemplateVariable, string>;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return Object.hasOwn(templateVariables, name);
}
