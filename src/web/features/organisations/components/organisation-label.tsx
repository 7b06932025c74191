/** A unit's name and code as one line; a closed unit is greyed with its end date. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@contract/organisations';
import { formatViDate } from '@contract/vi-format';

type LabelledOrganisation = Pick<Organisation, 'name' | 'code' | 'validTo'>;

export function OrganisationLabel({ organisation }: { organisation: LabelledOrganisation }) {
  const { t } = useTranslation();
  const isClosed = organisation.validTo !== null;
  return (
    <span>
      <Typography.Text type={isClosed ? 'secondary' : undefined}>
        {organisation.name}
      </Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {organisation.code}
        {organisation.validTo !== null &&
          ` · ${t('organisations.closedSuffix', { date: formatViDate(organisation.validTo) })}`}
      </Typography.Text>
    </span>
  );
}
