/** Văn bản đã ban hành: the documents a unit cites for one task (number, date, issuer, summary). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMAT } from '@web/lib/dates';

export function DocumentRefsList({
  entryIndex,
  disabled,
}: {
  entryIndex: number;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={[entryIndex, 'documentRefs']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Card size="small" key={field.key}>
              <Row gutter={12}>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'number']}
                    label={t('reportScreens.tasks.docNumber')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('reportScreens.tasks.docNumberRequired'),
                      },
                    ]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'date']} label={t('reportScreens.tasks.docDate')}>
                    <DatePicker format={DATE_INPUT_FORMAT} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={9}>
                  <Form.Item
                    name={[field.name, 'issuer']}
                    label={t('reportScreens.tasks.docIssuer')}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3} style={{ alignSelf: 'center' }}>
                  {!disabled && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('reportScreens.tasks.removeDocument')}
                      title={t('reportScreens.tasks.removeDocument')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Col>
                <Col span={24}>
                  <Form.Item
                    name={[field.name, 'summary']}
                    label={t('reportScreens.tasks.docSummary')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea autoSize maxLength={2000} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          {!disabled && (
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => add({ number: '', date: null, issuer: '', summary: '' })}
            >
              {t('reportScreens.tasks.addDocument')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
