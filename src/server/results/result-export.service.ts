// .xlsx exports of a ranking and of a unit's gap table: Vietnamese headers, numbers as numbers.
import type { z } from 'zod';
import type { GapAnalysis, gapQuerySchema, Ranking } from '@contract/results';
import { NODE_LEVEL_LABELS } from '@domain/frameworks/framework';
import {
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
} from '@domain/organisations/organisation-type';
import { SCORE_STATE_LABELS } from '@domain/results/roll-up';
import { formatViNumber } from '@domain/shared/vi-format';
import type { ReadContext } from '../http/service-context';
import { writeXlsxTable } from '../documents/xlsx-writer';
import { getGapAnalysis, getRanking } from './ranking.service';

type RankingItem = Ranking['items'][number];
type GapRow = GapAnalysis['rows'][number];

const show = (value: number | null) => (value === null ? '–' : formatViNumber(value));

/** The ranking the viewpoint may read, as a workbook named after the framework. */
export async function exportRanking(
  ctx: ReadContext,
  input: { frameworkId: string; organisationId: string; unitType?: OrganisationType },
): Promise<{ fileName: string; body: Buffer }> {
  const ranking = await getRanking(ctx, input);
  const body = await writeXlsxTable<RankingItem>({
    sheetName: 'Xếp hạng',
    title: [
      `Bảng xếp hạng ${ranking.framework.name}`,
      `Loại đơn vị: ${ORGANISATION_TYPE_LABELS[ranking.unitType]}; số đơn vị được xếp hạng: ${ranking.rankedCount}`,
    ],
    columns: [
      { header: 'Xếp hạng', kind: 'integer', width: 10, value: (item) => item.rank },
      { header: 'Mã đơn vị', kind: 'text', width: 14, value: (item) => item.organisation.code },
      { header: 'Tên đơn vị', kind: 'text', width: 40, value: (item) => item.organisation.name },
      {
        header: 'Điểm đạt',
        kind: 'number',
        value: (item) => (item.scoreState === 'scored' ? item.score : null),
      },
      { header: 'Điểm tối đa áp dụng', kind: 'number', value: (item) => item.applicableMaxPoints },
      { header: 'Chỉ số (%)', kind: 'number', value: (item) => item.indexPercent },
      { header: 'Xếp loại', kind: 'text', width: 14, value: (item) => item.grade?.label },
      {
        header: 'Chỉ số năm trước (%)',
        kind: 'number',
        value: (item) => item.previousIndexPercent,
      },
      { header: 'Xếp hạng năm trước', kind: 'integer', value: (item) => item.previousRank },
      { header: 'Thay đổi thứ hạng', kind: 'text', width: 22, value: (item) => item.rankChange },
      {
        header: 'Tình trạng điểm',
        kind: 'text',
        width: 16,
        value: (item) =>
          item.scoreState ? SCORE_STATE_LABELS[item.scoreState] : 'Chưa có kết quả',
      },
    ],
    items: ranking.items,
  });
  return { fileName: `xep-hang-${ranking.framework.code}.xlsx`, body };
}

/** A unit's gap table (with the same filters as on screen) as a workbook. */
export async function exportGapAnalysis(
  ctx: ReadContext,
  input: { frameworkId: string; organisationId: string; query: z.output<typeof gapQuerySchema> },
): Promise<{ fileName: string; body: Buffer }> {
  const gaps = await getGapAnalysis(ctx, input);
  const { totals } = gaps;
  const rankLine = gaps.rankText
    ? `Xếp hạng: ${gaps.rankText}${gaps.previous?.rankChange ? ` (${gaps.previous.rankChange} so với năm trước)` : ''}`
    : 'Chưa xếp hạng';
  const body = await writeXlsxTable<GapRow>({
    sheetName: 'Phân tích điểm bị trừ',
    title: [
      `Phân tích điểm bị trừ – ${gaps.organisation.name}`,
      gaps.framework.name,
      totals.scoreState === 'scored'
        ? `Tổng điểm: ${show(totals.score)}/${show(totals.applicableMaxPoints)}; chỉ số: ${show(totals.indexPercent)}%; ${rankLine}${gaps.grade ? `; xếp loại: ${gaps.grade.label}` : ''}`
        : `${SCORE_STATE_LABELS[totals.scoreState]} các lĩnh vực: chưa tính được tổng điểm và chỉ số; ${rankLine}`,
    ],
    columns: [
      { header: 'Mã', kind: 'text', width: 10, value: (row) => row.code },
      { header: 'Nội dung', kind: 'text', width: 60, value: (row) => row.name },
      { header: 'Cấp', kind: 'text', width: 18, value: (row) => NODE_LEVEL_LABELS[row.level] },
      { header: 'Điểm tối đa', kind: 'number', value: (row) => row.maxPoints },
      // Chưa có điểm is not 0: an unscored row leaves its score and loss empty and says so.
      {
        header: 'Điểm đạt',
        kind: 'number',
        value: (row) => (row.scoreState === 'unscored' ? null : row.score),
      },
      {
        header: 'Điểm bị trừ',
        kind: 'number',
        value: (row) => (row.scoreState === 'unscored' ? null : row.lostPoints),
      },
      { header: 'Tỷ lệ đạt (%)', kind: 'number', value: (row) => row.percent },
      { header: 'Điểm năm trước', kind: 'number', value: (row) => row.previousScore },
      { header: 'Tăng, giảm', kind: 'number', value: (row) => row.change },
      // Each comparison says whether it counts the unit itself, as on screen.
      {
        header: 'TB các đơn vị cùng loại khác (không gồm đơn vị)',
        kind: 'number',
        value: (row) => row.peerAverage,
      },
      {
        header: 'Cao nhất đơn vị cùng loại (gồm cả đơn vị)',
        kind: 'number',
        value: (row) => row.bestPeer,
      },
      {
        header: 'Tình trạng điểm',
        kind: 'text',
        width: 16,
        value: (row) => SCORE_STATE_LABELS[row.scoreState],
      },
    ],
    items: gaps.rows,
  });
  return { fileName: `phan-tich-${gaps.organisation.code}-${gaps.framework.code}.xlsx`, body };
}
