/** Thể thức văn bản: the state document's header pieces (Quốc hiệu, Tiêu ngữ, "Số: …", place and date), re-exported from the domain for the web's print header. */
export {
  NATIONAL_MOTTO,
  NATIONAL_SLOGAN,
  formatNumberLine,
  formatPlaceDate,
} from '@domain/plans/plan-document';
