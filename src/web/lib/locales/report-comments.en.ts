/** English strings of a report's thread (same keys as report-comments.vi.ts). */
import type { reportCommentsVi } from './report-comments.vi';

export const reportCommentsEn: typeof reportCommentsVi = {
  title: 'Discussion of the report',
  empty: 'No comments yet.',
  side: {
    unit: 'Reporting unit',
    reviewer: 'Focal unit',
  },
  kind: {
    comment: 'Comment',
    explanation_request: 'Request for explanation',
    return: 'Reason for return',
  },
  placeholder: 'Write a comment…',
  send: 'Send comment',
  sent: 'Comment sent.',
  readOnly: 'You may only read the discussion of this report.',
};
