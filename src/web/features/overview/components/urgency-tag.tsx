/** Hạn: "Quá hạn 8 ngày" in red, "Hạn hôm nay" / "Còn 3 ngày" in orange, with the due date. */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportTodo } from '@contract/overview';
import { formatViDate } from '@contract/vi-format';

export function UrgencyTag({
  urgency,
  due,
}: {
  urgency: NonNullable<ReportTodo['urgency']>;
  due: string | null;
}) {
  const { t } = useTranslation();
  const label =
    urgency.kind === 'overdue'
      ? t('homeScreens.overdue', { count: urgency.daysLate })
      : urgency.daysLeft === 0
        ? t('homeScreens.dueToday')
        : t('homeScreens.daysLeft', { count: urgency.daysLeft });
  return (
    <span>
      <Tag color={urgency.kind === 'overdue' ? 'red' : 'orange'}>{label}</Tag>
      {due && (
        <Typography.Text type="secondary">
          {t('homeScreens.due', { date: formatViDate(due) })}
        </Typography.Text>
      )}
    </span>
  );
}
