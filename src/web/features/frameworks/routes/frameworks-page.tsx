/** Bộ chỉ số: the tenant's frameworks; `?framework=<id>` opens one (so a link or Back reopens it). */
import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFrameworkListAbilities } from '../api/frameworks-api';
import { CreateFromTemplateModal } from '../components/create-from-template-modal';
import { FrameworkDetail } from '../components/framework-detail';
import { FrameworkList } from '../components/framework-list';

export function FrameworksPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const frameworkId = searchParams.get('framework');
  const [isCreating, setCreating] = useState(false);
  // The server's abilities (framework.manage on some unit); each call is still authorised.
  const canCreate = useFrameworkListAbilities()?.canCreate ?? false;

  const open = (id: string) => setSearchParams({ framework: id });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('frameworkScreens.pageTitle')}
        </Typography.Title>
        {canCreate && frameworkId === null && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="framework-from-template"
            onClick={() => setCreating(true)}
          >
            {t('frameworkScreens.fromTemplate.button')}
          </Button>
        )}
      </Flex>
      {frameworkId === null ? (
        <FrameworkList onOpen={open} />
      ) : (
        <FrameworkDetail
          key={frameworkId}
          frameworkId={frameworkId}
          onBack={() => setSearchParams({})}
          onOpen={open}
        />
      )}
      {isCreating && (
        <CreateFromTemplateModal
          onClose={() => setCreating(false)}
          onCreated={(framework) => open(framework.id)}
        />
      )}
    </Flex>
  );
}
