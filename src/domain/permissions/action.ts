/**
 * Hành động: every action a route can perform. Each is a read (reaches the role's unit and
 * all units below it) or a write; a write reaches only the role's own unit unless its
 * `reach` says 'subtree' (e.g. a tenant administrator managing the units below).
 */
export const ACTIONS = {
  'organisation.read': { kind: 'read' },
  'organisation.create': { kind: 'write', reach: 'subtree' },
  'organisation.update': { kind: 'write', reach: 'subtree' },
  'organisation.close': { kind: 'write', reach: 'subtree' },
  'organisation.import': { kind: 'write', reach: 'subtree' },
  'user.read': { kind: 'read' },
  'user.manage': { kind: 'write', reach: 'subtree' },
  /** Mở khóa đăng nhập: lift the lock failed sign-ins put on a user's login. */
  'user.unlock': { kind: 'write', reach: 'subtree' },
  /** Đặt lại xác thực hai bước: remove a user's authenticator and recovery codes (lost phone). */
  'user.reset_two_factor': { kind: 'write', reach: 'subtree' },
  'role.assign': { kind: 'write', reach: 'subtree' },
  'audit.read': { kind: 'read' },
  /** Bộ chỉ số: read the frameworks that apply to a unit (their definitions are tenant-wide reading). */
  'framework.read': { kind: 'read' },
  /** Create, edit, copy and import frameworks owned by the unit or a unit below it. */
  'framework.manage': { kind: 'write', reach: 'subtree' },
  /** Kết quả: read a unit's result and its gap analysis. */
  'result.read': { kind: 'read' },
  /** Enter or import the results of the unit and the units below it. */
  'result.import': { kind: 'write', reach: 'subtree' },
  /**
   * Nhập dữ liệu hồ sơ TTHC: import a one-stop system's export. The export covers the whole
   * province (its unit codes are resolved across the tenant), so only a grant at the tenant root holds it.
   */
  'dossier.import': { kind: 'write', reach: 'tenant' },
  /** Xếp hạng: read the published ranking of the unit's peers (same framework, unit type, tenant). */
  'ranking.read': { kind: 'read' },
  /** Kế hoạch: read the unit's plans and those of the units below it, with their tasks. */
  'plan.read': { kind: 'read' },
  /** Create, edit, issue and amend the plans of the unit (and, for a focal unit, the units below). */
  'plan.manage': { kind: 'write', reach: 'subtree' },
  /** Nhập kế hoạch từ văn bản: upload a plan document, re-read it, create the draft (whoever creates the unit's plans). */
  'plan.import': { kind: 'write', reach: 'subtree' },
  /** Cập nhật tình hình nhiệm vụ: the lead or a coordinating unit (or a unit above it) updates its tasks' status. */
  'task.update': { kind: 'write', reach: 'subtree' },
  /** Báo cáo: write, save and submit the unit's periodic reports with their evidence. */
  'report.submit': { kind: 'write', reach: 'subtree' },
  /** Tiếp nhận / trả lại báo cáo of the units reporting on the unit's plans; the consolidated report. */
  'report.review': { kind: 'write', reach: 'subtree' },
  /** Trao đổi về báo cáo: comment on a report or ask for an explanation (the unit's side and its reviewers). */
  'report.comment': { kind: 'write', reach: 'subtree' },
  /** Đợt đánh giá: read the rounds held by the unit (or above it, for a taking-part unit) and the self-assessments. */
  'assessment.read': { kind: 'read' },
  /** Mở và điều hành đợt đánh giá: open a round, its units and windows, move its states, import the survey part, finalise, publish. */
  'assessment.manage': { kind: 'write', reach: 'subtree' },
  /** Tự đánh giá: score the unit's criteria, attach evidence, explain (cán bộ cập nhật, lãnh đạo, đầu mối). */
  'assessment.self': { kind: 'write', reach: 'subtree' },
  /** Gửi / rút tự đánh giá: the unit's leader (or focal) submits the self-assessment, or withdraws it while the window is open. */
  'assessment.submit': { kind: 'write', reach: 'subtree' },
  /** Thẩm định: set appraised scores with comments, ask for explanations, confirm a unit, sign off the council board. */
  'assessment.appraise': { kind: 'write', reach: 'subtree' },
} as const satisfies Record<string, ActionDefinition>;

/**
 * How far an action reaches from the unit where the role is held: 'tenant' is a subtree reach
 * that only a grant at the tenant root (the province) carries.
 */
export type ActionDefinition =
  { kind: 'read' } | { kind: 'write'; reach: 'unit' | 'subtree' | 'tenant' };

/** The name of an action, e.g. 'organisation.update'. */
export type Action = keyof typeof ACTIONS;

/** Every action name, in declaration order (used by the generated permission matrix). */
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];
