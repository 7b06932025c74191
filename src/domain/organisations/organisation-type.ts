/** Loại đơn vị: the kinds of node in a tenant's organisation tree. */
export const ORGANISATION_TYPES = [
  'province',
  'department',
  'district',
  'commune',
  'sub_unit',
] as const;

/** One of the organisation kinds: tỉnh, sở/ban/ngành, huyện (kept for history), xã/phường/đặc khu, or a sub-unit (phòng, trung tâm, officer post). */
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Vietnamese label of each organisation kind, as shown on screen and accepted in imports. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  province: 'Tỉnh, thành phố',
  department: 'Sở, ban, ngành',
  district: 'Huyện, quận, thị xã',
  commune: 'Xã, phường, thị trấn, đặc khu',
  sub_unit: 'Phòng, trung tâm, công chức',
};
