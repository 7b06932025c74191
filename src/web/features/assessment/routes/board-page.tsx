/** /assessment/:roundId/board — the council's board: units × areas, self vs appraised and Δ, the largest gaps, the sign-off. */
import { useState } from 'react';
import { Alert, App, Button, Flex, InputNumber, Select, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BoardRowDto } from '@contract/assessment-appraisal';
import { formatViDateTime, formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useCouncilBoard, useSignOffBoard, type BoardQuery } from '../api/appraisal-api';

const points = (value: number | null) => (value === null ? '—' : formatViNumber(value, 2));

/** Δ coloured: red when the council took points off, green when it added. */
function Delta({ value }: { value: number | null }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const type = value < 0 ? 'danger' : value > 0 ? 'success' : undefined;
  return (
    <Typography.Text type={type} strong={value !== 0}>
      {value > 0 ? '+' : ''}
      {formatViNumber(value, 2)}
    </Typography.Text>
  );
}

export function BoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roundId = '' } = useParams();
  const [query, setQuery] = useState<BoardQuery>({});
  const board = useCouncilBoard(roundId, query);
  const signOff = useSignOffBoard(roundId);
  useDocumentTitle(t('assessmentAppraisal.boardTitle'));
  if (board.isError) return <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />;
  const data = board.data;
  if (!data) return <Spin />;

  const cellColumns = (
    key: string,
    title: string,
    pick: (row: BoardRowDto) => BoardRowDto['total'],
  ) => ({
    key,
    title,
    children: [
      {
        key: `${key}-s`,
        title: t('assessmentAppraisal.self'),
        align: 'right' as const,
        render: (_: unknown, row: BoardRowDto) => points(pick(row).self),
      },
      {
        key: `${key}-a`,
        title: t('assessmentAppraisal.appraised'),
        align: 'right' as const,
        render: (_: unknown, row: BoardRowDto) => points(pick(row).appraised),
      },
      {
        key: `${key}-d`,
        title: t('assessmentAppraisal.delta'),
        align: 'right' as const,
        render: (_: unknown, row: BoardRowDto) => <Delta value={pick(row).delta} />,
      },
    ],
  });
  const columns: ColumnsType<BoardRowDto> = [
    {
      key: 'unit',
      title: t('assessmentAppraisal.unit'),
      fixed: 'left',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Link to={`/assessment/${roundId}/units/${row.organisation.id}/appraisal`}>
            {row.organisation.name}
          </Link>
          <Tag color={row.confirmed ? 'green' : 'default'} style={{ width: 'fit-content' }}>
            {row.confirmed
              ? t('assessmentAppraisal.confirmed')
              : t('assessmentAppraisal.unconfirmed')}
          </Tag>
        </Flex>
      ),
    },
    ...data.areas.map((area, index) =>
      cellColumns(
        area.code,
        `${area.code}. ${area.name}`,
        (row) =>
          row.areas[index] ?? { self: null, appraised: null, delta: null, applicableMaxPoints: 0 },
      ),
    ),
    cellColumns('total', t('assessmentAppraisal.total'), (row) => row.total),
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('assessmentAppraisal.boardTitle')}
      </Typography.Title>
      <Typography.Text>
        {data.round.name} · {t('assessmentAppraisal.stage', { stage: data.round.appraisalStage })}
      </Typography.Text>
      <Flex gap={12} wrap align="center" data-testid="board-filter">
        <Typography.Text strong>{t('assessmentAppraisal.largestGaps')}:</Typography.Text>
        <Select
          style={{ minWidth: 200 }}
          value={query.area ?? ''}
          onChange={(area) => setQuery({ ...query, area: area || undefined })}
          options={[
            { value: '', label: t('assessmentAppraisal.allAreas') },
            ...data.areas.map((area) => ({
              value: area.code,
              label: `${area.code}. ${area.name}`,
            })),
          ]}
        />
        <InputNumber
          addonBefore={t('assessmentAppraisal.topN')}
          min={1}
          value={query.top ?? null}
          onChange={(top) => setQuery({ ...query, top: top ?? undefined })}
        />
        <InputNumber
          addonBefore={t('assessmentAppraisal.minGap')}
          min={0}
          step={0.5}
          decimalSeparator=","
          value={query.minGap ?? null}
          onChange={(minGap) => setQuery({ ...query, minGap: minGap ?? undefined })}
        />
        <Typography.Text type="secondary">
          {t('assessmentAppraisal.rowsShown', { shown: data.rows.length, total: data.unitCount })}
        </Typography.Text>
      </Flex>
      <Table<BoardRowDto>
        data-testid="council-board"
        rowKey={(row) => row.organisation.id}
        columns={columns}
        dataSource={data.rows}
        size="small"
        bordered
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
      {data.unconfirmed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('assessmentAppraisal.unconfirmedList', {
            names: data.unconfirmed.map((unit) => unit.name).join(', '),
          })}
        />
      )}
      {data.round.signedOffAt && (
        <Alert
          type="success"
          showIcon
          data-testid="board-signed-off"
          title={t('assessmentAppraisal.signedOff', {
            date: formatViDateTime(data.round.signedOffAt),
          })}
        />
      )}
      {signOff.error && <ErrorAlert error={signOff.error} />}
      <Button
        type="primary"
        data-testid="board-sign-off"
        style={{ alignSelf: 'start' }}
        disabled={!data.actions.signOff}
        loading={signOff.isPending}
        onClick={() =>
          signOff.mutate(data.round.version, {
            onSuccess: () => void message.success(t('assessmentAppraisal.signOffDone')),
          })
        }
      >
        {t('assessmentAppraisal.signOff')}
      </Button>
    </Flex>
  );
}
