/**
 * The one error type of Groundwork. Codes are stable: the HTTP edge and the CLI map them to
 * statuses and exit codes in one place each (`src/http/problem.ts`, `src/cli/main.ts`).
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'too_many_attempts'
  | 'not_found'
  | 'conflict'
  | 'config'
  | 'database_unavailable'
  | 'schema_newer_than_code';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Where the bad input was: a field path, a file and line, or a setting name. */
  readonly where: string | undefined;

  /** For too_many_attempts: how long to wait. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, where?: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.where = where;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function invalidInput(message: string, where?: string): AppError {
  return new AppError('invalid_input', message, where);
}
