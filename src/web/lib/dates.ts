/** Conversions between the API's ISO dates and antd's dayjs pickers, shown as dd/mm/yyyy. */
import dayjs, { type Dayjs } from 'dayjs';

/** Display and input format of every DatePicker. */
export const DATE_INPUT_FORMAT = 'DD/MM/YYYY';

/** 'YYYY-MM-DD' → a dayjs for a picker. */
export function fromIsoDate(iso: string): Dayjs {
  return dayjs(iso);
}

/** A picker's dayjs → 'YYYY-MM-DD' (the calendar date the user picked, no time zone shift). */
export function toIsoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** Today as a dayjs for picker defaults. */
export function today(): Dayjs {
  return dayjs().startOf('day');
}
