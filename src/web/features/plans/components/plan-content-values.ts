/** Between the plan content as the API sends it and the content form: dates as pickers, recipients one per line. */
import type { Dayjs } from 'dayjs';
import type { EndpointBody } from '@contract/endpoint';
import type { PlanContentDto, updatePlan } from '@contract/plans';
import { fromIsoDate, toIsoDate } from '@web/lib/dates';

type LegalReference = PlanContentDto['basis'][number];

/** The content form's values: number and date are set when issuing, not here. */
export type PlanContentFormValues = Omit<
  PlanContentDto,
  'number' | 'issuedOn' | 'basis' | 'recipients'
> & {
  basis: (Omit<LegalReference, 'date'> & { date: Dayjs | null })[];
  /** Nơi nhận, one per line. */
  recipientsText: string;
};

/** The form's starting values for a plan's content. */
export function toContentFormValues(content: PlanContentDto): PlanContentFormValues {
  const { number: _number, issuedOn: _issuedOn, basis, recipients, ...rest } = content;
  return {
    ...rest,
    basis: basis.map((reference) => ({
      ...reference,
      date: reference.date === null ? null : fromIsoDate(reference.date),
    })),
    recipientsText: recipients.join('\n'),
  };
}

/** The update body: every content field but number and date; blank recipient lines dropped. */
export function toContentPatch(values: PlanContentFormValues): EndpointBody<typeof updatePlan> {
  const { basis, recipientsText, ...rest } = values;
  return {
    ...rest,
    basis: (basis ?? []).map((reference) => ({
      ...reference,
      date: reference.date ? toIsoDate(reference.date) : null,
    })),
    targets: rest.targets ?? [],
    sections: rest.sections ?? [],
    recipients: recipientsText
      .split('\n')
      .map((line) => line.trim().replace(/^-\s*/, '').replace(/[;.]$/, '').trim())
      .filter((line) => line !== ''),
  };
}
