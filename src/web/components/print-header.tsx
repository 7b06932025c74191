/**
 * Đầu văn bản khi in: the state-format header a page prints above its content (issuing body and
 * "Số: …" on the left, Quốc hiệu, Tiêu ngữ and place/date on the right, then the document type
 * and title). Hidden on screen; shown only by the print stylesheet.
 */
import { NATIONAL_MOTTO, NATIONAL_SLOGAN } from '@contract/document-header';

interface PrintHeaderProps {
  /** Cơ quan chủ quản ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"), above the issuing body; may be empty. */
  parentBody?: string;
  /** Cơ quan ban hành. */
  issuingBody: string;
  /** "Số: 104/KH-UBND"; left out when the page has no number to show. */
  numberLine?: string;
  /** "Đồng Tháp, ngày 10 tháng 12 năm 2026". */
  placeDate: string;
  /** Tên loại văn bản: "KẾ HOẠCH", "BÁO CÁO". */
  documentType: string;
  title: string;
  /** A line under the title (the period, the plan it belongs to). */
  subtitle?: string;
}

const upper = (text: string) => text.trim().toLocaleUpperCase('vi');

export function PrintHeader({
  parentBody = '',
  issuingBody,
  numberLine,
  placeDate,
  documentType,
  title,
  subtitle,
}: PrintHeaderProps) {
  return (
    <header className="print-only print-header" data-testid="print-header">
      <div className="print-header-columns">
        <div className="print-header-body">
          {parentBody.trim() !== '' && <div>{upper(parentBody)}</div>}
          <div className="print-header-strong">{upper(issuingBody)}</div>
          <div className="print-header-rule" />
          {numberLine && <div>{numberLine}</div>}
        </div>
        <div className="print-header-nation">
          <div className="print-header-strong">{NATIONAL_MOTTO}</div>
          <div className="print-header-strong">{NATIONAL_SLOGAN}</div>
          <div className="print-header-rule" />
          <div className="print-header-place">{placeDate}</div>
        </div>
      </div>
      <div className="print-header-type">{documentType}</div>
      <div className="print-header-title">{title}</div>
      {subtitle && <div className="print-header-subtitle">{subtitle}</div>}
    </header>
  );
}
