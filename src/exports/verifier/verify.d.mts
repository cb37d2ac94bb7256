/** The functions verify.mjs exports, for the tests that hold it to Groundwork's own hashing. */
export const GENESIS_HASH: string;
export function canonicalJson(value: unknown): string;
export function eventHash(event: Record<string, unknown>): string;
export function checkpointMessage(seq: number, hash: string): Buffer;
export function verifyPackage(root: string): Promise<{ ok: boolean; lines: string[] }>;
