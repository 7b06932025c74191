/**
 * Thông tin chung: the header fields read from the document (issuing body, number, date, title,
 * basis, purpose, implementation, recipients, signature), editable; each marked when its reading
 * needs review; focusing a field lights its source lines.
 */
import { useState, type ReactNode } from 'react';
import { Button, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SIGNATURE_MODES, type SignatureMode } from '@contract/plan-labels';
import type { ImportedPlanDto } from '@contract/plan-imports';
import { formatViDate, parseViDate } from '@contract/vi-format';
import type { planImportVi } from '@web/lib/locales/plan-import.vi';
import { deleteBasis, updateBasis, updateHeader, type ImportEdit } from './import-edits';
import { ReviewMark } from './import-review-mark';

type FieldKey = keyof typeof planImportVi.fields;

interface HeaderPanelProps {
  plan: ImportedPlanDto;
  selectedKey: string | null;
  onSelect: (provenanceKey: string) => void;
  onEdit: (change: (plan: ImportedPlanDto) => ImportEdit) => void;
}

const selectedStyle = { background: '#e6f4ff', borderRadius: 6 } as const;

export function ImportHeaderPanel({ plan, selectedKey, onSelect, onEdit }: HeaderPanelProps) {
  const { t } = useTranslation();
  const { content } = plan;
  const label = (key: FieldKey) => t(`planImportScreens.fields.${key}`);

  /** One field: its label, its review mark, the editor; focusing it selects its provenance key. */
  const field = (
    provenanceKey: string,
    title: string,
    editor: ReactNode,
    domId = provenanceKey,
  ) => (
    <div
      key={domId}
      id={`import-item-field:${domId}`}
      style={{ padding: 6, ...(selectedKey === provenanceKey ? selectedStyle : {}) }}
      onFocusCapture={() => onSelect(provenanceKey)}
      onClick={() => onSelect(provenanceKey)}
    >
      <Flex gap={8} align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{title}</Typography.Text>
        <ReviewMark provenance={plan.provenance[provenanceKey]} />
      </Flex>
      {editor}
    </div>
  );

  const text = (
    key: 'issuingBody' | 'parentBody' | 'symbol' | 'place',
    provenanceKey: string = key,
  ) =>
    field(
      provenanceKey,
      label(key),
      <Input
        aria-label={label(key)}
        defaultValue={content[key]}
        key={content[key]}
        onBlur={(event) => {
          if (event.target.value !== content[key])
            onEdit((current) => updateHeader(current, { [key]: event.target.value }));
        }}
      />,
      key,
    );

  const longText = (
    key: 'title' | 'preamble' | 'purpose' | 'requirements' | 'implementation' | 'reportingDuties',
  ) =>
    field(
      key,
      label(key),
      <Input.TextArea
        aria-label={label(key)}
        autoSize={{ minRows: 1, maxRows: 12 }}
        defaultValue={content[key]}
        key={content[key]}
        onBlur={(event) => {
          if (event.target.value !== content[key])
            onEdit((current) => updateHeader(current, { [key]: event.target.value }));
        }}
      />,
    );

  return (
    <Flex vertical gap={4} data-testid="import-header">
      {text('parentBody')}
      {text('issuingBody')}
      <Flex gap={8} wrap>
        {field(
          'number',
          label('number'),
          <Input
            aria-label={label('number')}
            style={{ width: 120 }}
            defaultValue={content.number ?? ''}
            key={content.number ?? ''}
            onBlur={(event) => {
              const number = event.target.value.trim() || null;
              if (number !== content.number) onEdit((current) => updateHeader(current, { number }));
            }}
          />,
        )}
        {text('symbol', 'number')}
        {text('place')}
        {field(
          'issuedOn',
          label('issuedOn'),
          <IssuedOnInput
            value={content.issuedOn}
            label={label('issuedOn')}
            invalidMessage={label('issuedOnInvalid')}
            onChange={(issuedOn) => onEdit((current) => updateHeader(current, { issuedOn }))}
          />,
        )}
        {field(
          'year',
          label('year'),
          <InputNumber
            aria-label={label('year')}
            min={2000}
            max={2100}
            value={content.year}
            onChange={(year) => {
              if (year !== null) onEdit((current) => updateHeader(current, { year }));
            }}
          />,
        )}
      </Flex>
      {longText('title')}
      {longText('preamble')}
      {field(
        'basis',
        label('basis'),
        content.basis.length === 0 ? (
          <Typography.Text type="secondary">{label('noBasis')}</Typography.Text>
        ) : (
          <Flex vertical gap={4}>
            {content.basis.map((basis, index) => (
              <Flex
                key={`${index}-${basis.number}`}
                gap={6}
                align="center"
                id={`import-item-field:basis:${index}`}
                style={selectedKey === `basis:${index}` ? selectedStyle : undefined}
                onFocusCapture={(event) => {
                  event.stopPropagation();
                  onSelect(`basis:${index}`);
                }}
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect(`basis:${index}`);
                }}
              >
                <Input
                  aria-label={`${label('basisNumber')} ${index + 1}`}
                  style={{ width: 160 }}
                  defaultValue={basis.number}
                  onBlur={(event) => {
                    if (event.target.value !== basis.number)
                      onEdit((current) =>
                        updateBasis(current, index, { number: event.target.value }),
                      );
                  }}
                />
                <Input
                  aria-label={`${label('basisSummary')} ${index + 1}`}
                  defaultValue={basis.summary}
                  onBlur={(event) => {
                    if (event.target.value !== basis.summary)
                      onEdit((current) =>
                        updateBasis(current, index, { summary: event.target.value }),
                      );
                  }}
                />
                <ReviewMark provenance={plan.provenance[`basis:${index}`]} />
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`${label('remove')} ${basis.number}`}
                  onClick={() => onEdit((current) => deleteBasis(current, index))}
                />
              </Flex>
            ))}
          </Flex>
        ),
      )}
      {longText('purpose')}
      {longText('requirements')}
      {longText('implementation')}
      {longText('reportingDuties')}
      {field(
        'recipients',
        label('recipients'),
        <Input.TextArea
          aria-label={label('recipients')}
          autoSize={{ minRows: 2, maxRows: 10 }}
          defaultValue={content.recipients.join('\n')}
          key={content.recipients.join('\n')}
          onBlur={(event) => {
            const recipients = event.target.value
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean);
            if (recipients.join('\n') !== content.recipients.join('\n'))
              onEdit((current) => updateHeader(current, { recipients }));
          }}
        />,
      )}
      {field(
        'signature',
        t('planScreens.content.signature'),
        <Flex gap={8} wrap>
          <Select<SignatureMode>
            aria-label={label('signatureMode')}
            style={{ width: 220 }}
            value={content.signature.mode}
            options={SIGNATURE_MODES.map((mode) => ({
              value: mode,
              label: t(`planScreens.content.signatureModes.${mode}`),
            }))}
            onChange={(mode) =>
              onEdit((current) =>
                updateHeader(current, { signature: { ...current.content.signature, mode } }),
              )
            }
          />
          {(['authority', 'signerTitle', 'signerName'] as const).map((part) => (
            <Input
              key={`${part}-${content.signature[part]}`}
              aria-label={label(part)}
              placeholder={label(part)}
              style={{ width: 220 }}
              defaultValue={content.signature[part]}
              onBlur={(event) => {
                const value = event.target.value;
                if (value !== content.signature[part])
                  onEdit((current) =>
                    updateHeader(current, {
                      signature: { ...current.content.signature, [part]: value },
                    }),
                  );
              }}
            />
          ))}
        </Flex>,
      )}
    </Flex>
  );
}

/** Ngày ban hành typed as dd/mm/yyyy, stored as an ISO date; a wrong date stays in the box with a message. */
function IssuedOnInput(props: {
  value: string | null;
  label: string;
  invalidMessage: string;
  onChange: (iso: string | null) => void;
}) {
  const shown = props.value ? formatViDate(props.value) : '';
  const [isInvalid, setIsInvalid] = useState(false);
  return (
    <Flex vertical>
      <Input
        aria-label={props.label}
        style={{ width: 140 }}
        placeholder="22/03/2024"
        status={isInvalid ? 'error' : undefined}
        defaultValue={shown}
        key={shown}
        onBlur={(event) => {
          const typed = event.target.value.trim();
          const iso = typed === '' ? null : parseViDate(typed);
          setIsInvalid(typed !== '' && iso === null);
          if (typed !== '' && iso === null) return;
          if (iso !== props.value) props.onChange(iso);
        }}
      />
      {isInvalid && <Typography.Text type="danger">{props.invalidMessage}</Typography.Text>}
    </Flex>
  );
}
