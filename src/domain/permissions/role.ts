/** Vai trò: the roles a user can hold in an organisation. */
export const ROLES = ['admin', 'focal', 'editor', 'leader', 'viewer', 'appraiser'] as const;

/**
 * A role: quản trị (admin), đầu mối Nội vụ (focal), cán bộ cập nhật (editor), lãnh đạo (leader), xem
 * (viewer), thành viên hội đồng thẩm định (appraiser: granted on the province or on each unit of a group).
 */
export type Role = (typeof ROLES)[number];

/** Vietnamese label of each role. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  focal: 'Đầu mối CCHC (Nội vụ)',
  editor: 'Cán bộ cập nhật',
  leader: 'Lãnh đạo',
  viewer: 'Chỉ xem',
  appraiser: 'Thẩm định (Hội đồng thẩm định)',
};
