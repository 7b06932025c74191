/** The three windows of a round as date ranges (dd/mm/yyyy), and their conversion to the API's ISO days. */
import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RoundWindowsDto } from '@contract/assessment-rounds';
import { DATE_INPUT_FORMAT, fromIsoDate, toIsoDate } from '@web/lib/dates';

/** A picked range, or nothing. */
export type RangeValue = [Dayjs | null, Dayjs | null] | null | undefined;

/** The form values of the windows, one range each. */
export interface RoundWindowValues {
  selfAssessment?: RangeValue;
  appraisal?: RangeValue;
  explanation?: RangeValue;
}

const WINDOW_KEYS = ['selfAssessment', 'appraisal', 'explanation'] as const;

/** The form field names of the windows (for field errors). */
export const ROUND_WINDOW_FIELDS: readonly string[] = WINDOW_KEYS;

/** Form ranges → the API's windows (an unpicked end is null). */
export function windowsFromValues(values: RoundWindowValues): RoundWindowsDto {
  const window = (range: RangeValue) => ({
    opensOn: range?.[0] ? toIsoDate(range[0]) : null,
    closesOn: range?.[1] ? toIsoDate(range[1]) : null,
  });
  return {
    selfAssessment: window(values.selfAssessment),
    appraisal: window(values.appraisal),
    explanation: window(values.explanation),
  };
}

/** The API's windows → form ranges. */
export function valuesFromWindows(windows: RoundWindowsDto): RoundWindowValues {
  const range = (window: RoundWindowsDto['appraisal']): RangeValue =>
    window.opensOn && window.closesOn
      ? [fromIsoDate(window.opensOn), fromIsoDate(window.closesOn)]
      : undefined;
  return {
    selfAssessment: range(windows.selfAssessment),
    appraisal: range(windows.appraisal),
    explanation: range(windows.explanation),
  };
}

export function RoundWindowFields() {
  const { t } = useTranslation();
  return (
    <>
      {WINDOW_KEYS.map((key) => (
        <Form.Item key={key} label={t(`assessmentRounds.window.${key}`)}>
          {/* The wrapper names the range for the browser journeys (both of its inputs). */}
          <div data-testid={`round-window-${key}`}>
            <Form.Item name={key} noStyle>
              <DatePicker.RangePicker
                format={DATE_INPUT_FORMAT}
                placeholder={[t('assessmentRounds.startDate'), t('assessmentRounds.endDate')]}
              />
            </Form.Item>
          </div>
        </Form.Item>
      ))}
    </>
  );
}
