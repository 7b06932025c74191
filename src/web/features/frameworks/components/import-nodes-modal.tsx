/** Nhập cây tiêu chí từ Excel: check the file first (dry run), then replace the nodes — or show why nothing was written. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '@web/components/file-drop';
import { ImportErrorsTable } from '@web/components/import-errors-table';
import type { FrameworkDto } from '@contract/frameworks';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { frameworksVi } from '@web/lib/locales/frameworks.vi';
import { useImportFrameworkNodes } from '../api/frameworks-api';

interface ImportNodesModalProps {
  framework: FrameworkDto;
  onClose: () => void;
  onReload: () => void;
}

export function ImportNodesModal({ framework, onClose, onReload }: ImportNodesModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const importFile = useImportFrameworkNodes();
  const target = { id: framework.id, version: framework.version };

  const check = (picked: File) => {
    setFile(picked);
    importFile.mutate({ ...target, file: picked, dryRun: true });
  };

  const write = () => {
    if (!file) return;
    importFile.mutate(
      { ...target, file, dryRun: false },
      {
        onSuccess: (result) => {
          void message.success(
            t('frameworkScreens.import.imported', { rows: formatViNumber(result.nodeCount) }),
          );
          onClose();
        },
      },
    );
  };

  const checked = importFile.data?.dryRun ? importFile.data : null;
  const refusal = isApiError(importFile.error, 400) ? importFile.error : null;
  const hasConflict = isApiError(importFile.error, 412);

  return (
    <Modal
      open
      width={720}
      title={t('frameworkScreens.import.title')}
      onCancel={onClose}
      footer={null}
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('frameworkScreens.import.intro')}</Typography.Text>
        <FileDrop
          file={file}
          accept=".xlsx"
          hint={t('frameworkScreens.import.choose')}
          disabled={importFile.isPending}
          onPick={(picked) => check(picked)}
          onRemove={() => {
            setFile(null);
            importFile.reset();
          }}
        />

        {importFile.isPending && <Spin description={t('frameworkScreens.import.checking')} />}
        {checked && !importFile.isPending && (
          <Alert
            type="success"
            showIcon
            data-testid="framework-import-valid"
            title={t('frameworkScreens.import.validRows', {
              rows: formatViNumber(checked.nodeCount),
            })}
            description={t('frameworkScreens.import.readyHint')}
            action={
              <Button type="primary" data-testid="framework-import-submit" onClick={write}>
                {t('frameworkScreens.import.import')}
              </Button>
            }
          />
        )}
        {refusal && (
          <>
            <Alert
              type="error"
              showIcon
              title={describeError(refusal, t)}
              description={t('frameworkScreens.import.nothingWritten')}
            />
            {refusal.details.length > 0 && (
              <ImportErrorsTable
                details={refusal.details}
                testId="framework-import-errors"
                labelColumn={(field) =>
                  isNodeColumn(field) ? t(`frameworkScreens.import.columns.${field}`) : field
                }
              />
            )}
          </>
        )}
        {hasConflict && (
          <VersionConflictAlert
            title={t('frameworkScreens.editor.conflict')}
            hint={t('frameworkScreens.editor.conflictHint')}
            isReloading={false}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        )}
        {importFile.isError && !refusal && !hasConflict && <ErrorAlert error={importFile.error} />}
      </Flex>
    </Modal>
  );
}

type NodeColumn = keyof typeof frameworksVi.import.columns;

const isNodeColumn = (field: string): field is NodeColumn =>
  Object.hasOwn(frameworksVi.import.columns, field);
