/** "Thêm văn bản": an issued document as evidence — số, ngày (dd/mm/yyyy), cơ quan ban hành, trang/mục, trích yếu. */
import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMAT, toIsoDate } from '@web/lib/dates';

interface DocumentValues {
  number: string;
  date?: Dayjs | null;
  issuer?: string;
  pointer?: string;
  summary?: string;
}

export function SelfDocumentModal({
  open,
  saving,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (document: {
    number: string;
    date: string | null;
    issuer: string;
    pointer: string;
    summary: string;
  }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DocumentValues>();
  return (
    <Modal
      open={open}
      title={t('assessmentSelf.document.title')}
      okText={t('assessmentSelf.document.save')}
      confirmLoading={saving}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          onSubmit({
            number: values.number.trim(),
            date: values.date ? toIsoDate(values.date) : null,
            issuer: values.issuer?.trim() ?? '',
            pointer: values.pointer?.trim() ?? '',
            summary: values.summary?.trim() ?? '',
          })
        }
      >
        <Form.Item
          name="number"
          label={t('assessmentSelf.document.number')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input data-testid="self-document-number" maxLength={200} />
        </Form.Item>
        <Form.Item name="date" label={t('assessmentSelf.document.date')}>
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item name="issuer" label={t('assessmentSelf.document.issuer')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="pointer" label={t('assessmentSelf.document.pointer')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="summary" label={t('assessmentSelf.document.summary')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
