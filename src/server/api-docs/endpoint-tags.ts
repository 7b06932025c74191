// Plumbing for the OpenAPI document: which feature (tag) each contract endpoint belongs to and its
// operationId — the name it is exported under, so a generated client reads `downloadPlanDocx`.
// One contract file is one feature; an endpoint of a file missing here falls back to its path.
import type { EndpointDefinition } from '@contract/endpoint';
import * as assessmentAppraisal from '@contract/assessment-appraisal';
import * as assessmentDocuments from '@contract/assessment-documents';
import * as assessmentKpiProposals from '@contract/assessment-kpi-proposals';
import * as assessmentProjection from '@contract/assessment-projection';
import * as assessmentResults from '@contract/assessment-results';
import * as assessmentRounds from '@contract/assessment-rounds';
import * as assessmentSelf from '@contract/assessment-self';
import * as audit from '@contract/audit';
import * as auth from '@contract/auth';
import * as dossierImports from '@contract/dossier-imports';
import * as frameworks from '@contract/frameworks';
import * as health from '@contract/health';
import * as kpis from '@contract/kpis';
import * as organisations from '@contract/organisations';
import * as overview from '@contract/overview';
import * as planImports from '@contract/plan-imports';
import * as planTargets from '@contract/plan-targets';
import * as plans from '@contract/plans';
import * as reportComments from '@contract/report-comments';
import * as reports from '@contract/reports';
import * as results from '@contract/results';
import * as search from '@contract/search';
import * as users from '@contract/users';

/** A tag of the document: its Vietnamese name and one line on what it covers. */
export interface ApiTag {
  name: string;
  description: string;
}

/** The features in the order the docs page lists them, each with its contract files. */
const FEATURES: { tag: ApiTag; modules: object[] }[] = [
  {
    tag: { name: 'Đăng nhập', description: 'Đăng nhập, đăng xuất, phiên làm việc, mật khẩu.' },
    modules: [auth],
  },
  { tag: { name: 'Hệ thống', description: 'Tình trạng máy chủ.' }, modules: [health] },
  {
    tag: { name: 'Tổng quan', description: 'Trang chủ: việc cần làm, tìm kiếm.' },
    modules: [overview, search],
  },
  {
    tag: { name: 'Đơn vị', description: 'Cây đơn vị của tỉnh: thêm, sửa, kết thúc, nhập từ tệp.' },
    modules: [organisations],
  },
  {
    tag: { name: 'Người dùng', description: 'Tài khoản và vai trò trên đơn vị.' },
    modules: [users],
  },
  { tag: { name: 'Nhật ký', description: 'Nhật ký hệ thống (audit).' }, modules: [audit] },
  {
    tag: {
      name: 'Bộ chỉ số',
      description: 'Bộ chỉ số, cây tiêu chí, mẫu và sao chép sang năm mới.',
    },
    modules: [frameworks],
  },
  {
    tag: { name: 'Kết quả', description: 'Kết quả chấm điểm, xếp hạng, phân tích điểm bị trừ.' },
    modules: [results],
  },
  {
    tag: { name: 'Chỉ số hồ sơ TTHC', description: 'Nhập hồ sơ TTHC và các chỉ số KPI từ hồ sơ.' },
    modules: [dossierImports, kpis],
  },
  {
    tag: {
      name: 'Kế hoạch',
      description: 'Kế hoạch, nhiệm vụ, chỉ tiêu; nhập kế hoạch từ văn bản.',
    },
    modules: [plans, planTargets, planImports],
  },
  {
    tag: {
      name: 'Báo cáo',
      description: 'Báo cáo định kỳ, minh chứng, trao đổi, báo cáo tổng hợp, thông báo.',
    },
    modules: [reports, reportComments],
  },
  {
    tag: {
      name: 'Đợt đánh giá',
      description:
        'Đợt đánh giá: mở và điều hành, tự đánh giá, thẩm định, kết quả, dự báo, văn bản.',
    },
    modules: [
      assessmentRounds,
      assessmentSelf,
      assessmentKpiProposals,
      assessmentAppraisal,
      assessmentResults,
      assessmentProjection,
      assessmentDocuments,
    ],
  },
];

/** Every tag, in the docs page's order. */
export const API_TAGS: ApiTag[] = FEATURES.map((feature) => feature.tag);

const byEndpoint = new Map<object, { tag: string; operationId: string }>();
for (const { tag, modules } of FEATURES) {
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && 'method' in value && 'path' in value)
        byEndpoint.set(value, { tag: tag.name, operationId: name });
    }
  }
}

/**
 * The tag and operationId of an endpoint; for one in a contract file not listed above, the first
 * path segment after /api and the method with the path (still unique, still grouped).
 */
export function describeEndpointName(endpoint: EndpointDefinition): {
  tag: string;
  operationId: string;
} {
  const known = byEndpoint.get(endpoint);
  if (known) return known;
  const segment = endpoint.path.split('/')[2] ?? 'api';
  const operationId = `${endpoint.method.toLowerCase()}${endpoint.path
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())
    .replace(/^Api/, '')}`;
  return { tag: segment, operationId };
}
