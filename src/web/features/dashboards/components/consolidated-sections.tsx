/** Nội dung báo cáo tổng hợp: each generated section's heading and editable text; save with If-Match, an emptied section restores the generated text. */
import { useState } from 'react';
import { App, Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { useSaveConsolidatedReport } from '../api/dashboards-api';
import { buildSectionEdits, hasSectionChanges } from './consolidated-edits';
import type { ConsolidatedReport } from './consolidated-types';

interface ConsolidatedSectionsProps {
  report: ConsolidatedReport;
  isReloading: boolean;
  onReload: () => void;
}

export function ConsolidatedSections({ report, isReloading, onReload }: ConsolidatedSectionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveConsolidatedReport(report.planId, report.period.key);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [hasConflict, setHasConflict] = useState(false);
  const isChanged = hasSectionChanges(report.sections, drafts);

  const submit = () => {
    setHasConflict(false);
    save.mutate(
      { version: report.version, body: buildSectionEdits(report.sections, drafts) },
      {
        onSuccess: () => {
          setDrafts({});
          void message.success(t('dashboardScreens.consolidated.saved'));
        },
        onError: (error) => {
          if (isApiError(error, 412)) setHasConflict(true);
        },
      },
    );
  };

  return (
    <Card
      size="small"
      extra={
        <Button
          type="primary"
          icon={<SaveOutlined />}
          data-testid="consolidated-save"
          loading={save.isPending}
          disabled={!isChanged}
          onClick={submit}
        >
          {t('dashboardScreens.consolidated.save')}
        </Button>
      }
      title={
        <Typography.Text type="secondary">
          {t('dashboardScreens.consolidated.sectionHint')}
        </Typography.Text>
      }
    >
      <Flex vertical gap={16}>
        {hasConflict && (
          <VersionConflictAlert
            title={t('dashboardScreens.consolidated.conflictTitle')}
            hint={t('dashboardScreens.consolidated.conflictHint')}
            isReloading={isReloading}
            onReload={() => {
              setHasConflict(false);
              setDrafts({});
              onReload();
            }}
          />
        )}
        {save.isError && !hasConflict && <ErrorAlert error={save.error} />}
        {report.sections.map((section) => (
          <Flex
            vertical
            gap={4}
            key={section.key}
            data-testid={`consolidated-section-${section.key}`}
          >
            <Flex gap={8} align="center">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {section.heading}
              </Typography.Title>
              {section.edited && (
                <Tag color="blue">{t('dashboardScreens.consolidated.edited')}</Tag>
              )}
            </Flex>
            <Input.TextArea
              aria-label={section.heading}
              autoSize={{ minRows: 3, maxRows: 16 }}
              maxLength={50000}
              value={drafts[section.key] ?? section.text}
              onChange={(event) =>
                setDrafts((current) => ({ ...current, [section.key]: event.target.value }))
              }
            />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
