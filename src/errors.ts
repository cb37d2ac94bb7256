/**
 * The one error type of Groundwork. Codes are stable: the HTTP edge and the CLI map them to
 * statuses and exit codes in one place each (`src/http/problem.ts`, `src/cli/run-command.ts`).
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'config'
  | 'database_unavailable'
  | 'schema_newer_than_code';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Where the bad input was: a field path, a file and line, or a setting name. */
  readonly where: string | undefined;

  constructor(code: ErrorCode, message: string, where?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.where = where;
  }
}

export function invalidInput(message: string, where?: string): AppError {
  return new AppError('invalid_input', message, where);
}
