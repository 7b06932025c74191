/** The plan page's buttons: download .docx, export Excel, the original document it was imported from, issue (draft), amend (issued), compare with the previous version. */
import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import {
  DiffOutlined,
  DownloadOutlined,
  EditOutlined,
  FileTextOutlined,
  FileWordOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { downloadPlanDocx, downloadPlanTasksXlsx, type PlanDetail } from '@contract/plans';
import { downloadPlanImportFile } from '@contract/plan-imports';
import { downloadFile } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useAmendPlan } from '../api/plans-api';
import { IssuePlanModal } from './issue-plan-modal';
import { PlanDiffDrawer } from './plan-diff-drawer';

export function PlanActions({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const amend = useAmendPlan(plan.id);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | 'source' | null>(null);
  const [isIssuing, setIsIssuing] = useState(false);
  const [isComparing, setIsComparing] = useState(false);

  const download = async (kind: 'docx' | 'xlsx' | 'source') => {
    setDownloading(kind);
    try {
      if (kind === 'source') {
        // Văn bản gốc: the file the draft was imported from.
        await downloadFile(downloadPlanImportFile, { params: { id: plan.sourceImportId ?? '' } });
      } else {
        await downloadFile(kind === 'docx' ? downloadPlanDocx : downloadPlanTasksXlsx, {
          params: { id: plan.id },
        });
      }
    } catch (error) {
      void message.error(describeError(error, t));
    } finally {
      setDownloading(null);
    }
  };

  const startAmendment = () =>
    amend.mutate(undefined, {
      onSuccess: (draft) => {
        void message.success(t('planScreens.actions.amended'));
        void navigate(`/plans/${draft.id}`);
      },
      onError: (error) => void message.error(describeError(error, t)),
    });

  return (
    <Flex gap={8} wrap>
      <Button
        icon={<FileWordOutlined />}
        data-testid="plan-download-docx"
        loading={downloading === 'docx'}
        onClick={() => void download('docx')}
      >
        {t('planScreens.actions.downloadDocx')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        data-testid="plan-export-xlsx"
        loading={downloading === 'xlsx'}
        onClick={() => void download('xlsx')}
      >
        {t('planScreens.actions.exportExcel')}
      </Button>
      {plan.sourceImportId && (
        <Button
          icon={<FileTextOutlined />}
          data-testid="plan-source-document"
          loading={downloading === 'source'}
          onClick={() => void download('source')}
        >
          {t('planImportScreens.sourceDocument')}
        </Button>
      )}
      {plan.amendsPlanId && (
        <Button
          icon={<DiffOutlined />}
          data-testid="plan-compare"
          onClick={() => setIsComparing(true)}
        >
          {t('planScreens.actions.compare')}
        </Button>
      )}
      {plan.abilities.canAmend && (
        <Button
          icon={<EditOutlined />}
          data-testid="plan-amend"
          loading={amend.isPending}
          onClick={startAmendment}
        >
          {t('planScreens.actions.amend')}
        </Button>
      )}
      {plan.abilities.canIssue && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          data-testid="plan-issue"
          onClick={() => setIsIssuing(true)}
        >
          {t('planScreens.actions.issue')}
        </Button>
      )}
      {isIssuing && <IssuePlanModal plan={plan} onClose={() => setIsIssuing(false)} />}
      {isComparing && <PlanDiffDrawer planId={plan.id} onClose={() => setIsComparing(false)} />}
    </Flex>
  );
}
