/**
 * Nhập từ tệp, the shared steps: choose a file → it is checked at once (dry run) → the preview or
 * the reasons it was refused (Dòng | Cột | Lỗi) → the caller's "Nhập" writes it. The screen passes
 * in its texts, test ids and preview; its intro, template link and submit button stay its own.
 */
import { useState, type ReactNode } from 'react';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { FileDrop } from '@web/components/file-drop';
import { ImportErrorsTable } from '@web/components/import-errors-table';
import { describeError } from '@web/lib/error-message';
import { importStage, type ImportMutationState } from './import-stage';

/** The check/write mutation of an import screen: the same endpoint with and without dryRun. */
export interface ImportMutation<Result> extends ImportMutationState<Result> {
  mutate(variables: { file: File; dryRun: true }): void;
  reset(): void;
}

/** The chosen file and what picking or removing it does (pick checks it straight away). */
export interface ImportFile {
  file: File | null;
  pick: (picked: File) => void;
  remove: () => void;
}

/** Keeps the chosen file; picking one checks it (dry run), removing it clears the last answer. */
export function useImportFile<Result>(mutation: ImportMutation<Result>): ImportFile {
  const [file, setFile] = useState<File | null>(null);
  return {
    file,
    pick: (picked) => {
      setFile(picked);
      mutation.mutate({ file: picked, dryRun: true });
    },
    remove: () => {
      setFile(null);
      mutation.reset();
    },
  };
}

interface ImportWizardProps<Result extends { dryRun: boolean }> {
  importFile: ImportFile;
  mutation: ImportMutationState<Result>;
  accept: string;
  texts: { choose: string; checking: string; nothingWritten: string };
  /** data-testid of the row-error table (and of the refusal alert, when the screen has one). */
  testIds: { errors: string; status?: string };
  /** The column as people know it from the file's header; the API names fields. */
  labelColumn?: (field: string) => string;
  /** The screen's preview of a file that passed the check. */
  renderChecked: (checked: Result) => ReactNode;
}

/** The drop zone and the one step below it; a fragment, so it sits in the caller's layout. */
export function ImportWizard<Result extends { dryRun: boolean }>({
  importFile,
  mutation,
  accept,
  texts,
  testIds,
  labelColumn,
  renderChecked,
}: ImportWizardProps<Result>) {
  const { t } = useTranslation();
  const stage = importStage(mutation);
  return (
    <>
      <FileDrop
        file={importFile.file}
        accept={accept}
        hint={texts.choose}
        disabled={mutation.isPending}
        onPick={importFile.pick}
        onRemove={importFile.remove}
      />
      {stage.kind === 'checking' && <Spin description={texts.checking} />}
      {stage.kind === 'checked' && renderChecked(stage.checked)}
      {stage.kind === 'refused' && (
        <>
          <Alert
            type="error"
            showIcon
            data-testid={testIds.status}
            title={describeError(stage.refusal, t)}
            description={texts.nothingWritten}
          />
          {stage.refusal.details.length > 0 && (
            <ImportErrorsTable
              details={stage.refusal.details}
              testId={testIds.errors}
              labelColumn={labelColumn}
            />
          )}
        </>
      )}
      {stage.kind === 'failed' && <ErrorAlert error={stage.error} />}
    </>
  );
}
