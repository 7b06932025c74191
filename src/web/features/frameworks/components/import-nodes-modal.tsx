/** Nhập cây tiêu chí từ Excel: check the file first (dry run), then replace the nodes — or show why nothing was written. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Modal, Spin, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '@contract/common';
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
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          disabled={importFile.isPending}
          fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
          beforeUpload={(picked) => {
            check(picked);
            return false; // sent by our own call, not by antd's uploader
          }}
          onRemove={() => {
            setFile(null);
            importFile.reset();
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('frameworkScreens.import.choose')}</p>
        </Upload.Dragger>

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
            {refusal.details.length > 0 && <ImportNodeErrorsTable details={refusal.details} />}
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

function isNodeColumn(field: string): field is NodeColumn {
  return Object.hasOwn(frameworksVi.import.columns, field);
}

// The API names columns by field ('maxPoints'); people know them by the workbook's header.
function labelColumn(t: TFunction, field: string | null | undefined): string {
  if (!field) return t('common.empty');
  return isNodeColumn(field) ? t(`frameworkScreens.import.columns.${field}`) : field;
}

/** One line per refused row: Dòng | Cột | Lỗi (the column as the API names the field). */
function ImportNodeErrorsTable({ details }: { details: ErrorDetail[] }) {
  const { t } = useTranslation();
  const rows = details.map((detail, index) => ({ ...detail, key: index }));
  return (
    <div data-testid="framework-import-errors">
      <Table
        size="small"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            key: 'row',
            title: t('frameworkScreens.import.row'),
            width: 72,
            render: (_, detail) => detail.row ?? t('common.empty'),
          },
          {
            key: 'column',
            title: t('frameworkScreens.import.column'),
            width: 160,
            render: (_, detail) => labelColumn(t, detail.field),
          },
          { key: 'message', title: t('frameworkScreens.import.error'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
