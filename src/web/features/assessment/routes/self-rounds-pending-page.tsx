/** Stand-in for /assessment on the self-assessment branch: the rounds part's list replaces it at merge. */
import { ComingSoonPage } from '@web/components/coming-soon-page';

export function SelfRoundsPendingPage() {
  return <ComingSoonPage moduleKey="assessment" />;
}
