/**
 * Ánh xạ cột: when an upload is refused because required columns are missing, the refusal names
 * them and lists the file's headers that no field took; the user picks, for each missing field,
 * the header that holds it, and the same file is sent again with that mapping (saved for the
 * source once the import succeeds).
 */
import { useState } from 'react';
import { Button, Card, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNKNOWN_HEADER_DETAIL } from '@contract/dossier-imports';
import type { ErrorDetail } from '@contract/common';

/** What a missing-columns refusal offers: the missing fields (with their message) and the headers. */
export interface DossierMappingNeed {
  missing: { field: string; message: string }[];
  headers: string[];
}

/** The mapping need of a refusal's details, or null when no column is missing. */
export function dossierMappingNeed(details: readonly ErrorDetail[]): DossierMappingNeed | null {
  const missing = details
    .filter((detail) => detail.field && detail.field !== UNKNOWN_HEADER_DETAIL)
    .map((detail) => ({ field: detail.field!, message: detail.message }));
  if (missing.length === 0) return null;
  const headers = details
    .filter((detail) => detail.field === UNKNOWN_HEADER_DETAIL)
    .map((detail) => detail.message);
  return { missing, headers };
}

export function DossierMappingStep({
  need,
  sending,
  onSubmit,
}: {
  need: DossierMappingNeed;
  sending: boolean;
  onSubmit: (mapping: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const complete = need.missing.every((missing) => mapping[missing.field]);
  return (
    <Card size="small" title={t('kpiScreens.import.mappingTitle')} data-testid="dossier-mapping">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('kpiScreens.import.mappingHint')}</Typography.Text>
        <Form layout="vertical" onFinish={() => onSubmit(mapping)}>
          {need.missing.map((missing) => (
            <Form.Item key={missing.field} label={missing.message} required>
              <Select
                data-testid={`dossier-mapping-${missing.field}`}
                style={{ maxWidth: 360 }}
                placeholder={t('kpiScreens.import.mappingPick')}
                value={mapping[missing.field]}
                options={need.headers.map((header) => ({ value: header, label: header }))}
                onChange={(header: string) =>
                  setMapping((current) => ({ ...current, [missing.field]: header }))
                }
              />
            </Form.Item>
          ))}
          <Button
            type="primary"
            htmlType="submit"
            disabled={!complete}
            loading={sending}
            data-testid="dossier-mapping-submit"
          >
            {t('kpiScreens.import.mappingSubmit')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
