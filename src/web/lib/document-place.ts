/** Địa danh from a province tenant's name, for the place/date line of a printed page: "Tỉnh Đồng Tháp" → "Đồng Tháp", "Thành phố Cần Thơ" → "Cần Thơ". */
export function placeOfTenant(tenantName: string): string {
  return tenantName.replace(/^\s*(tỉnh|thành phố)\s+/iu, '').trim();
}
