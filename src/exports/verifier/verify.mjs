#!/usr/bin/env node
/**
 * Checks a Groundwork auditor package offline: plain Node.js 20 or later, no dependencies, no
 * network. Run it inside the unpacked package:
 *
 *   node verify.mjs
 *
 * 1. Every file matches manifest.json (SHA-256 and size): none missing, none added, none edited.
 * 2. Every event of evidence/events.jsonl hashes to its own hash, links to the one before it, and
 *    the sequence numbers run without a gap.
 * 3. Every signed checkpoint of evidence/log.json carries a valid Ed25519 signature by the key in
 *    evidence/public-key.pem and matches the event it covers; the slice starts right after a signed
 *    checkpoint (or at the start of the log) and ends on one, so every event is under a signature.
 * 4. Every attachment an event names is in the package, with the digest the event names.
 *
 * Prints what it checked and exits 0, or names each problem (the file, or the event's sequence
 * number) and exits 1. The hashing below means exactly what Groundwork's own verification does
 * (src/evidence/event-hash.ts and canonical-json.ts).
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace: RFC 8785 (JCS) for the
 * values Groundwork stores. The same function as src/evidence/canonical-json.ts.
 */
export function canonicalJson(value) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot encode ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`cannot encode a ${typeof value}`);
}

/**
 * An event's hash: SHA-256 of the canonical JSON of every field but `hash`, with `v: 1`. A line of
 * events.jsonl is {seq, recordedAt, effectiveAt, actor: {type, id}, action, subject: {type, id},
 * data, attachments, prevHash, hash}, the same object src/evidence/event-hash.ts hashes.
 */
export function eventHash(event) {
  const { hash: _hash, ...hashed } = event;
  return createHash('sha256').update(canonicalJson({ ...hashed, v: 1 })).digest('hex');
}

/** What a checkpoint's signature vouches for: the chain up to `seq` ends in `hash`. */
export function checkpointMessage(seq, hash) {
  return Buffer.from(`groundwork-evidence-v1\n${seq}\n${hash}`);
}

function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
      })
      .on('end', () => resolve({ sha256: hash.digest('hex'), bytes }));
  });
}

/** Every file under `dir`, as package paths with forward slashes. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Files against the manifest: each problem names the file. */
async function checkFiles(root, manifest, problems) {
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  const present = new Set(filesUnder(root).filter((file) => file !== 'manifest.json'));
  for (const file of present) if (!listed.has(file)) problems.push(`${file}: not in manifest.json (added to the package)`);
  let checked = 0;
  let bytes = 0;
  for (const [name, expected] of listed) {
    if (!present.has(name)) {
      problems.push(`${name}: missing (manifest.json lists it)`);
      continue;
    }
    const actual = await sha256File(path.join(root, name));
    if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
      problems.push(`${name}: edited (its SHA-256 is ${actual.sha256}, ${actual.bytes} bytes; manifest.json says ${expected.sha256}, ${expected.bytes} bytes)`);
      continue;
    }
    checked++;
    bytes += actual.bytes;
  }
  return { checked, bytes };
}

class Tampered extends Error {}

/** The chain, checkpoints and attachments: stops at the first problem, which names the event. */
async function checkEvidence(root, manifest, log) {
  const publicKey = createPublicKey(readFileSync(path.join(root, 'evidence', 'public-key.pem')));
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Tampered(`evidence/public-key.pem is a ${publicKey.asymmetricKeyType} key, not Ed25519`);
  const keyId = createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
  if (keyId !== log.keyId) throw new Tampered(`evidence/public-key.pem has key id ${keyId}, but evidence/log.json names ${log.keyId}`);
  const signed = new Map();
  for (const checkpoint of log.checkpoints) {
    const valid = verify(null, checkpointMessage(checkpoint.seq, checkpoint.hash), publicKey, Buffer.from(checkpoint.signature, 'base64'));
    if (!valid) throw new Tampered(`event ${checkpoint.seq}: its signed checkpoint is not signed by the key in evidence/public-key.pem`);
    signed.set(checkpoint.seq, checkpoint);
  }
  // attachments/<sha256>, with an extension where the content type gives one.
  const attachments = new Map(manifest.files.filter((file) => file.path.startsWith('attachments/')).map((file) => [file.path.slice('attachments/'.length).split('.')[0], file]));
  const result = { events: 0, checkpoints: 0, attachments: 0, keyId };
  if (log.firstSeq === null) return result;

  // Where the slice starts: the log's first event, or right after a signed checkpoint.
  if (log.firstSeq === 1) {
    if (log.previousHash !== GENESIS_HASH) throw new Tampered(`event 1: the log starts from ${GENESIS_HASH}, but evidence/log.json says ${log.previousHash}`);
  } else {
    const start = signed.get(log.firstSeq - 1);
    if (!start) throw new Tampered(`event ${log.firstSeq}: no signed checkpoint at event ${log.firstSeq - 1} vouches for the hash the slice starts from`);
    if (start.hash !== log.previousHash) throw new Tampered(`event ${log.firstSeq}: the slice starts from ${log.previousHash}, but the signed checkpoint at event ${start.seq} ends in ${start.hash}`);
    result.checkpoints++;
  }

  let expected = log.firstSeq;
  let prevHash = log.previousHash;
  const lines = createInterface({ input: createReadStream(path.join(root, 'evidence', 'events.jsonl')), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    let event;
    try {
      event = JSON.parse(line);
    } catch {
      throw new Tampered(`event ${expected}: its line in evidence/events.jsonl is not JSON`);
    }
    if (event.seq !== expected) {
      throw new Tampered(`event ${expected}: ${event.seq > expected ? `missing, the slice jumps from ${expected - 1} to ${event.seq}` : `the line after event ${expected - 1} is event ${event.seq}: events were reordered or repeated`}`);
    }
    let hash;
    try {
      hash = eventHash(event);
    } catch (error) {
      throw new Tampered(`event ${event.seq}: ${error.message}`);
    }
    if (hash !== event.hash) throw new Tampered(`event ${event.seq}: does not match its hash; it was edited after it was recorded`);
    if (event.prevHash !== prevHash) throw new Tampered(`event ${event.seq}: does not link to event ${event.seq - 1}; an event was inserted or removed before it`);
    const checkpoint = signed.get(event.seq);
    if (checkpoint) {
      if (checkpoint.hash !== event.hash) {
        throw new Tampered(`event ${event.seq}: the chain does not match its signed checkpoint; an event at or before it was changed and the hashes recomputed`);
      }
      result.checkpoints++;
    }
    for (const digest of event.attachments) {
      if (!attachments.has(digest)) throw new Tampered(`event ${event.seq}: its attachment ${digest} is not in the package`);
      const file = attachments.get(digest);
      if (file.sha256 !== digest) throw new Tampered(`event ${event.seq}: ${file.path} hashes to ${file.sha256}, not the digest the event names`);
      result.attachments++;
    }
    prevHash = event.hash;
    expected++;
    result.events++;
  }
  const lastSeq = expected - 1;
  if (lastSeq !== log.lastSeq) {
    throw new Tampered(`event ${lastSeq + 1}: evidence/log.json says the slice ends at event ${log.lastSeq}, but evidence/events.jsonl ends at event ${lastSeq}`);
  }
  if (!signed.has(lastSeq)) throw new Tampered(`event ${lastSeq}: the slice does not end on a signed checkpoint`);
  return result;
}

const count = (n, noun) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checks the package in `root`; returns the lines to print and whether it passed. */
export async function verifyPackage(root) {
  const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  if (!existsSync(path.join(root, 'manifest.json'))) return { ok: false, lines: ['FAILED manifest.json: missing; run verify.mjs inside the unpacked package'] };
  const manifest = read('manifest.json');
  const lines = [`Groundwork auditor package: ${manifest.workspace}, ${manifest.window.from} to ${manifest.window.to} (${manifest.window.timeZone}), made ${manifest.createdAt}`];
  const problems = [];
  const files = await checkFiles(root, manifest, problems);
  if (problems.length === 0) lines.push(`ok   files: ${count(files.checked, 'file')} (${megabytes(files.bytes)}) match manifest.json`);
  let evidence;
  try {
    evidence = await checkEvidence(root, manifest, read('evidence/log.json'));
  } catch (error) {
    if (!(error instanceof Tampered) && !(error instanceof SyntaxError) && error.code !== 'ENOENT') throw error;
    problems.push(error instanceof Tampered ? error.message : `evidence: ${error.message}`);
  }
  if (evidence) {
    const log = read('evidence/log.json');
    lines.push(
      log.firstSeq === null
        ? 'ok   evidence: the window has no events'
        : `ok   evidence: ${count(evidence.events, 'event')} (${log.firstSeq} to ${log.lastSeq}) hashed and chained, ${count(evidence.checkpoints, 'signed checkpoint')} valid with key ${evidence.keyId}, ${count(evidence.attachments, 'attachment')} present`,
    );
  }
  if (problems.length > 0) return { ok: false, lines: [...lines, ...problems.map((problem) => `FAILED ${problem}`)] };
  lines.push('', `PASSED. Compare key ${evidence.keyId} with the one the workspace shows (Evidence page, or GET /api/evidence/public-key).`);
  return { ok: true, lines };
}

// Run as a script (not imported by a test): Node gives the real path in import.meta.url, so compare
// it with the real path of the script named on the command line (macOS's /tmp is /private/tmp).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, lines } = await verifyPackage(path.dirname(fileURLToPath(import.meta.url)));
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
}
