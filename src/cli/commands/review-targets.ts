import { Writable } from 'node:stream';
import { loadConfig } from '../../config.ts';
import { invalidInput } from '../../errors.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { closeReview } from '../../reviews/close-review.ts';
import { type DecideAccountsInput, decideAccounts } from '../../reviews/decide-accounts.ts';
import { recordException, signOffSystem } from '../../reviews/finish-system.ts';
import { listReviews, loadReview, type Review } from '../../reviews/review.ts';
import { reviewCsv } from '../../reviews/review-csv.ts';
import { type ReviewItem, type ReviewItemFilter, reviewItems } from '../../reviews/review-items.ts';
import { type ReviewReport, reviewReport } from '../../reviews/review-report.ts';
import { type StartReviewInput, startReview } from '../../reviews/start-review.ts';
import { cliActor } from '../command.ts';
import { remoteCall, remoteDownload, type RemoteServer } from '../remote.ts';

export interface SystemAction {
  reviewId: string;
  systemId: string;
  /** On the server: the Groundwork user acting (the CLI has no signed-in user). */
  as?: string;
}

export type ExceptionInput = SystemAction & { externalId: string; reason: string };

/** Where `groundwork review` acts: this machine's database through the domain, or a server through its API. */
export interface ReviewTarget {
  start(input: StartReviewInput): Promise<Review>;
  list(): Promise<Review[]>;
  show(reviewId: string): Promise<Review>;
  items(filter: ReviewItemFilter): Promise<{ total: number; items: ReviewItem[] }>;
  decide(input: DecideAccountsInput): Promise<{ decided: number }>;
  /** Records the exception; the review as it then stands. */
  except(input: ExceptionInput): Promise<Review>;
  signOff(input: SystemAction): Promise<Review>;
  closeReview(reviewId: string): Promise<Review>;
  report(reviewId: string): Promise<ReviewReport>;
  csv(reviewId: string): Promise<string>;
  close(): Promise<void>;
}

/** This machine's database: the CLI acts as the OS user, and names the deciding user with --as. */
export async function localTarget(): Promise<ReviewTarget> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  return {
    start: (input) => startReview(ctx, input),
    list: () => listReviews(ctx),
    show: (reviewId) => loadReview(ctx, reviewId),
    items: (filter) => reviewItems(ctx, filter),
    decide: (input) => decideAccounts(ctx, input),
    except: async (input) => (await recordException(ctx, input), loadReview(ctx, input.reviewId)),
    signOff: async (input) => (await signOffSystem(ctx, input), loadReview(ctx, input.reviewId)),
    closeReview: (reviewId) => closeReview(ctx, { reviewId }),
    report: (reviewId) => reviewReport(ctx, reviewId),
    csv: async (reviewId) => reviewCsv(await reviewReport(ctx, reviewId)),
    close: () => workspace.close(),
  };
}

/** The token's user acts: --as names someone else, which only the command line on the server may. */
function asTokenUser(as: string | undefined): void {
  if (as !== undefined) throw invalidInput('--as is for the command line on the server; with GROUNDWORK_URL the API token’s user acts', '--as');
}

/** A Groundwork server through its API, as the API token's user. */
export function remoteTarget(server: RemoteServer): ReviewTarget {
  const call = <T>(method: string, at: string, body?: object) => remoteCall<T>(server, method, `/api${at}`, body);
  const review = (id: string) => `/reviews/${encodeURIComponent(id)}`;
  const system = (input: { reviewId: string; systemId: string }) => `${review(input.reviewId)}/systems/${encodeURIComponent(input.systemId)}`;
  return {
    start: (input) => call('POST', '/reviews', input),
    list: async () => (await call<{ reviews: Review[] }>('GET', '/reviews')).reviews,
    show: (reviewId) => call('GET', review(reviewId)),
    items: ({ reviewId, systemId, undecided, ...filter }) => {
      const query = new URLSearchParams(Object.entries({ ...filter, undecided }).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)] as [string, string]])));
      return call('GET', `${system({ reviewId, systemId })}/items${query.size > 0 ? `?${query}` : ''}`);
    },
    decide: async ({ reviewId, systemId, as, ...body }) => {
      asTokenUser(as);
      return call('POST', `${system({ reviewId, systemId })}/decisions`, body);
    },
    except: async ({ reviewId, systemId, as, ...body }) => {
      asTokenUser(as);
      await call('POST', `${system({ reviewId, systemId })}/exceptions`, body);
      return call('GET', review(reviewId));
    },
    signOff: async ({ as, ...input }) => {
      asTokenUser(as);
      return call('POST', `${system(input)}/sign-off`);
    },
    closeReview: (reviewId) => call('POST', `${review(reviewId)}/close`),
    report: (reviewId) => call('GET', `${review(reviewId)}/report`),
    csv: async (reviewId) => {
      const chunks: Buffer[] = [];
      await remoteDownload(server, `/api${review(reviewId)}/report.csv`, new Writable({ write: (chunk, _encoding, done) => (chunks.push(chunk), done()) }));
      return Buffer.concat(chunks).toString('utf8');
    },
    close: async () => {},
  };
}
