/** Trạng thái lưu nháp: "Đang lưu…", "Đã lưu lúc 14:05", or why it did not save. */
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@web/lib/api-client';
import type { AutosaveState } from './autosaver';

export function SaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return t('reportScreens.save.autosave');
      case 'pending':
        return t('reportScreens.save.pending');
      case 'saving':
        return t('reportScreens.save.saving');
      case 'saved':
        return t('reportScreens.save.savedAt', { time: dayjs(state.at).format('HH:mm') });
      case 'failed':
        return isApiError(state.error, 400)
          ? t('reportScreens.save.fieldErrors')
          : t('reportScreens.save.failed');
      case 'conflict':
        return t('reportScreens.save.failed');
    }
  })();
  const isProblem = state.kind === 'failed' || state.kind === 'conflict';
  return (
    <Typography.Text
      data-testid="report-save-status"
      type={isProblem ? 'danger' : 'secondary'}
      aria-live="polite"
    >
      {text}
    </Typography.Text>
  );
}
