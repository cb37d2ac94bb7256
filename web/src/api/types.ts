/**
 * The API's request and response shapes, read from the generated `paths` (openapi.d.ts, made by
 * `npm run api-types` from the server's route schemas). Name a shape by its route:
 * `ResponseOf<'/api/users', 'get'>['users'][number]` is one user as GET /api/users sends it.
 */
import type { paths } from './openapi.d.ts';

export type ApiPath = keyof paths;

/** The methods a path answers: the generated type marks the others `?: never`. */
export type MethodOf<P extends ApiPath> = {
  [M in keyof paths[P]]-?: M extends 'parameters' ? never : paths[P][M] extends undefined ? never : M;
}[keyof paths[P]];

type Operation<P extends ApiPath, M extends MethodOf<P>> = NonNullable<paths[P][M]>;

type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body of the success answer (200 or 201). */
export type ResponseOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { responses: infer Responses } ? JsonContent<Responses[Extract<keyof Responses, 200 | 201>]> : never;

/** The JSON request body. */
export type BodyOf<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: infer Body } ? JsonContent<NonNullable<Body>> : never;
