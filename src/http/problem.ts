import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../errors.ts';

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  too_many_attempts: 429,
  not_found: 404,
  conflict: 409,
  config: 500,
  database_unavailable: 503,
  schema_newer_than_code: 503,
};

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  where?: string;
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type'>): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ type: `https://groundwork.dev/problems/${problem.code}`, ...problem });
}

/** The one place errors become HTTP responses. Unexpected errors are logged and never leak detail. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    // An unknown field is reported on its parent object; name the field itself.
    const unknownKey = first?.keyword === 'unrecognized_keys' ? (first.params?.keys as string[] | undefined)?.[0] : undefined;
    const field = [first?.instancePath.replace(/^\//, '').replaceAll('/', '.'), unknownKey].filter(Boolean).join('.') || first?.params?.missingProperty;
    const where = [error.validationContext, field].filter(Boolean).join('.');
    return sendProblem(reply, {
      title: 'Invalid input',
      status: 400,
      detail: `${where || 'request'}: ${first?.message ?? 'invalid'}`,
      code: 'invalid_input',
      where: where || undefined,
    });
  }
  if (error instanceof AppError) {
    if (error.retryAfterSeconds !== undefined) reply.header('retry-after', error.retryAfterSeconds);
    return sendProblem(reply, { title: error.code.replaceAll('_', ' '), status: statusOf[error.code], detail: error.message, code: error.code, where: error.where });
  }
  if (error.statusCode && error.statusCode < 500) {
    return sendProblem(reply, { title: error.name, status: error.statusCode, detail: error.message, code: error.code ?? 'bad_request' });
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendProblem(reply, { title: 'Internal error', status: 500, detail: 'Something went wrong; the server log has the details.', code: 'internal' });
}
