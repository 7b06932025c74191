/** Chi tiết đơn vị: code, name, kind, ancestors, validity, merger links, and what the actor may do with it. */
import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '@contract/organisations';
import { formatViDate, formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { useOrganisationDetail } from '../api/organisations-api';
import { CreateOrganisationModal } from './create-organisation-modal';
import { EditOrganisationModal } from './edit-organisation-modal';
import { CloseOrganisationModal } from './close-organisation-modal';

type LinkedOrganisation = OrganisationDetail['successors'][number];
type OpenModal = 'create' | 'edit' | 'close' | null;

interface OrganisationDetailPanelProps {
  organisationId: string | null;
  /** Selects a unit; `parentId` helps reveal a unit the tree has not loaded yet. */
  onSelect: (id: string, parentId?: string | null) => void;
}

export function OrganisationDetailPanel({
  organisationId,
  onSelect,
}: OrganisationDetailPanelProps) {
  const { t } = useTranslation();
  const { data: detail, isPending, error, refetch } = useOrganisationDetail(organisationId);
  const [openModal, setOpenModal] = useState<OpenModal>(null);

  const renderBody = () => {
    if (organisationId === null) return <Empty description={t('organisations.selectHint')} />;
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    if (isPending) return <FullPageSpinner />;
    return <DetailDescriptions detail={detail} onSelect={onSelect} />;
  };

  // The server's abilities on this unit (policy and state: a closed unit takes no child).
  const abilities = detail?.abilities;
  const isClosed = detail?.validTo != null;

  return (
    <div data-testid="org-detail">
      <Card
        title={
          detail ? (
            <Space>
              {detail.name}
              {isClosed && <Tag>{t('organisations.closedTag')}</Tag>}
            </Space>
          ) : (
            t('organisations.detailTitle')
          )
        }
      >
        {abilities && (abilities.canCreateChild || abilities.canEdit || abilities.canClose) && (
          <Space wrap style={{ marginBottom: 16 }}>
            {abilities.canCreateChild && (
              <Button
                data-testid="org-add-child"
                icon={<PlusOutlined />}
                onClick={() => setOpenModal('create')}
              >
                {t('organisations.addChild')}
              </Button>
            )}
            {abilities.canEdit && (
              <Button
                data-testid="org-edit"
                icon={<EditOutlined />}
                onClick={() => setOpenModal('edit')}
              >
                {t('common.edit')}
              </Button>
            )}
            {abilities.canClose && (
              <Button
                data-testid="org-close"
                danger
                icon={<StopOutlined />}
                onClick={() => setOpenModal('close')}
              >
                {t('organisations.close')}
              </Button>
            )}
          </Space>
        )}
        {renderBody()}
      </Card>
      {detail && openModal === 'create' && (
        <CreateOrganisationModal
          parent={detail}
          onClose={() => setOpenModal(null)}
          onCreated={(created) => onSelect(created.id, created.parentId)}
        />
      )}
      {detail && openModal === 'edit' && (
        <EditOrganisationModal organisationId={detail.id} onClose={() => setOpenModal(null)} />
      )}
      {detail && openModal === 'close' && (
        <CloseOrganisationModal organisation={detail} onClose={() => setOpenModal(null)} />
      )}
    </div>
  );
}

function DetailDescriptions({
  detail,
  onSelect,
}: {
  detail: OrganisationDetail;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const linkList = (organisations: LinkedOrganisation[]) =>
    organisations.length === 0 ? (
      t('common.empty')
    ) : (
      <Space orientation="vertical" size={0}>
        {organisations.map((organisation) => (
          <Typography.Link key={organisation.id} onClick={() => onSelect(organisation.id)}>
            {organisation.name} ({organisation.code})
          </Typography.Link>
        ))}
      </Space>
    );
  const ancestorPath = detail.ancestors.map((ancestor) => ancestor.name).join(' › ');

  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'code', label: t('organisations.code'), children: detail.code },
        { key: 'name', label: t('organisations.name'), children: detail.name },
        {
          key: 'type',
          label: t('organisations.type'),
          children: t(`organisationType.${detail.type}`),
        },
        {
          key: 'path',
          label: t('organisations.path'),
          children: ancestorPath || t('common.empty'),
        },
        {
          key: 'validFrom',
          label: t('organisations.validFrom'),
          children: formatViDate(detail.validFrom),
        },
        {
          key: 'validTo',
          label: t('organisations.validTo'),
          children: detail.validTo ? formatViDate(detail.validTo) : t('organisations.active'),
        },
        {
          key: 'childCount',
          label: t('organisations.childCount'),
          children: formatViNumber(detail.childCount),
        },
        {
          key: 'successors',
          label: t('organisations.successors'),
          children: linkList(detail.successors),
        },
        {
          key: 'predecessors',
          label: t('organisations.predecessors'),
          children: linkList(detail.predecessors),
        },
      ]}
    />
  );
}
