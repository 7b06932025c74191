/** Tách nhiệm vụ: the person places the cursor in the content (or picks a suggested sentence end); the second part becomes a new task. */
import { useRef, useState } from 'react';
import { Button, Flex, Input, Modal, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import { splitPoints } from './import-edits';

const PREVIEW = 40;

export function ImportSplitModal(props: {
  content: string;
  onSplit: (at: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const areaRef = useRef<TextAreaRef>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const points = splitPoints(props.content);
  const canSplitAt = (at: number | null): at is number =>
    at !== null &&
    props.content.slice(0, at).trim() !== '' &&
    props.content.slice(at).trim() !== '';
  const readCursor = () =>
    setCursor(areaRef.current?.resizableTextArea?.textArea.selectionStart ?? null);

  return (
    <Modal
      open
      title={t('planImportScreens.outline.splitTitle')}
      okText={t('planImportScreens.outline.splitAtCursor')}
      okButtonProps={{ disabled: !canSplitAt(cursor) }}
      cancelText={t('common.cancel')}
      onOk={() => {
        if (canSplitAt(cursor)) props.onSplit(cursor);
      }}
      onCancel={props.onClose}
      width={720}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('planImportScreens.outline.splitHint')}
        </Typography.Text>
        <Input.TextArea
          ref={areaRef}
          readOnly
          aria-label={t('planImportScreens.outline.splitTitle')}
          autoSize={{ minRows: 3, maxRows: 14 }}
          value={props.content}
          onClick={readCursor}
          onKeyUp={readCursor}
        />
        <Typography.Text strong>{t('planImportScreens.outline.splitSuggestions')}</Typography.Text>
        {points.length === 0 && (
          <Typography.Text type="secondary">
            {t('planImportScreens.outline.noSuggestions')}
          </Typography.Text>
        )}
        {points.map((at) => (
          <Button
            key={at}
            style={{ textAlign: 'left', height: 'auto', whiteSpace: 'normal' }}
            onClick={() => props.onSplit(at)}
          >
            …{props.content.slice(Math.max(0, at - PREVIEW), at).trimStart()}
            <Typography.Text type="danger" strong>
              {' ‖ '}
            </Typography.Text>
            {props.content.slice(at, at + PREVIEW).trimEnd()}…
          </Button>
        ))}
      </Flex>
    </Modal>
  );
}
