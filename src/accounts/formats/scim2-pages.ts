import { Assembler } from 'stream-json/core/assembler.js';
import { invalidInput } from '../../errors.ts';
import type { SourceFile } from '../account-record.ts';
import { jsonTokens } from './json-tokens.ts';
import { utf8Text } from './utf8-text.ts';

export const listResponseSchema = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** One element of a page's Resources, with the line each of its attributes is on. */
export interface ScimResource {
  value: unknown;
  /** The line the resource starts on. */
  line: number;
  /** "users-2.json line 41: Resources[3].meta.created" */
  where(attribute: string): string;
}

/** What a page says about itself, filled in as it streams: its attributes may come after its Resources. */
export interface ScimPage {
  file: string;
  schemas: string[];
  totalResults: number | undefined;
  startIndex: number | undefined;
  resources: number;
  hasResources: boolean;
  lines: Map<string, number>;
}

/**
 * Streams the Resources of one ListResponse page, one assembled resource at a time, and fills in
 * `page` with the page's own attributes.
 */
export async function* scimResources(file: SourceFile, page: ScimPage): AsyncGenerator<ScimResource> {
  const name = file.name;
  let depth = 0;
  let key: string | undefined;
  let inResources = false;
  let resource: { assembler: Assembler; lines: Map<string, number> } | undefined;
  yield* jsonTokens(name, utf8Text(name, file.open()), { streamValues: false }, (token, line): ScimResource | undefined => {
    const at = depth;
    if (token.name === 'startObject' || token.name === 'startArray') depth++;
    else if (token.name === 'endObject' || token.name === 'endArray') depth--;
    if (at === 0 && token.name === 'startArray') throw invalidInput(`${name} is a JSON array, not a SCIM ListResponse`, `${name} line ${line}`);
    if (resource) {
      if (at === 3 && token.name === 'keyValue') resource.lines.set(token.value, line);
      resource.assembler.consume(token);
      return resource.assembler.done ? finished() : undefined;
    }
    if (inResources && at === 2) {
      if (token.name === 'endArray') inResources = false;
      else if (token.name !== 'startObject') throw invalidInput('not a SCIM resource (an object)', `${name} line ${line}: Resources[${page.resources}]`);
      else {
        resource = { assembler: new Assembler(), lines: new Map([['', line]]) };
        resource.assembler.consume(token);
      }
    } else if (at === 1 && token.name === 'keyValue') {
      key = token.value;
      page.lines.set(key, line);
    } else if (at === 1 && token.name !== 'endObject') {
      // The value of `key`: a scalar, or the start of an array or object whose insides come deeper.
      inResources = key === 'Resources' && token.name === 'startArray';
      page.hasResources ||= inResources;
      if (key === 'totalResults' || key === 'startIndex') page[key] = token.name === 'numberValue' ? Number(token.value) : NaN;
    } else if (at === 2 && key === 'schemas' && token.name === 'stringValue') page.schemas.push(token.value);
    return undefined;
  });

  function finished(): ScimResource {
    const { assembler, lines } = resource!;
    const index = page.resources++;
    resource = undefined;
    return { value: assembler.current, line: lines.get('')!, where: (attribute) => `${name} line ${lines.get(attribute.split(/[.[]/)[0]!) ?? lines.get('')}: Resources[${index}].${attribute}` };
  }
}
