import { useLocation } from '../app/router.tsx';
import { ReportPage } from './report-page.tsx';
import { ReviewPage } from './review-page.tsx';
import { ReviewScreen } from './review-screen.tsx';
import { ReviewsPage } from './reviews-page.tsx';

/** /reviews; /reviews/:id one review; /reviews/:id/systems/:systemId its review screen; /reviews/:id/report the evidence. */
export function ReviewsRoutes() {
  const { pathname } = useLocation();
  const [id, rest, systemId] = (/^\/reviews\/([^/]+)(?:\/(report|systems\/([^/]+)))?\/?$/.exec(pathname) ?? []).slice(1);
  if (!id) return <ReviewsPage />;
  const reviewId = decodeURIComponent(id);
  if (rest === 'report') return <ReportPage key={reviewId} id={reviewId} />;
  if (systemId) return <ReviewScreen key={`${reviewId}/${systemId}`} reviewId={reviewId} systemId={decodeURIComponent(systemId)} />;
  return <ReviewPage key={reviewId} id={reviewId} />;
}
