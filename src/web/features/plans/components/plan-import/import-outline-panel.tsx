/** Mục & nhiệm vụ: the section tree with printed labels and the index each block is about, tasks under their section (table tasks outside any section under their group), sections movable, re-parentable and deletable. */
import { useMemo } from 'react';
import { Alert, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportedPlanDto } from '@contract/plan-imports';
import {
  deleteImportedSection,
  indentImportedSection,
  moveImportedSection,
  outdentImportedSection,
  renameImportedSection,
} from './import-edits';
import { buildOutline, sectionDisplayTitle, type ReviewItem } from './import-review';
import { ReviewMark } from './import-review-mark';
import { ImportTaskRow, type ApplyEdit } from './import-task-row';
import { legalReferenceTag } from '@contract/domain-labels';

/** Short names of the indices, for the tag beside a section. */
const INDEX_TAGS: Record<string, string> = {
  par_index: 'PAR Index',
  sipas: 'SIPAS',
  papi: 'PAPI',
  ddci: 'DDCI',
  dti: 'DTI',
  dan_van: 'Dân vận',
  service_766: legalReferenceTag('decision766'),
  custom: 'Chỉ số khác',
};

interface OutlinePanelProps {
  plan: ImportedPlanDto;
  selected: ReviewItem | null;
  unitNames: ReadonlyMap<string, string>;
  onSelectTask: (key: string) => void;
  onSelectSection: (id: string) => void;
  onEdit: ApplyEdit;
}

export function ImportOutlinePanel(props: OutlinePanelProps) {
  const { t } = useTranslation();
  const { plan, selected, onEdit } = props;
  const outline = useMemo(() => buildOutline(plan), [plan]);
  const year = plan.content.year;
  let number = 0;
  const taskRows = (tasks: ImportedPlanDto['tasks']) =>
    tasks.map((task) => {
      number += 1;
      return (
        <ImportTaskRow
          key={task.key}
          task={task}
          number={number}
          year={year}
          isSelected={selected?.kind === 'task' && selected.key === task.key}
          unitNames={props.unitNames}
          onSelect={props.onSelectTask}
          onEdit={onEdit}
        />
      );
    });

  return (
    <Flex vertical gap={8} data-testid="import-outline">
      {plan.tasks.length === 0 && (
        <Alert type="warning" showIcon title={t('planImportScreens.outline.noTasks')} />
      )}
      {outline.sections.length === 0 && (
        <Typography.Text type="secondary">{t('planImportScreens.outline.empty')}</Typography.Text>
      )}
      {outline.sections.map((section) => {
        const isSelected = selected?.kind === 'section' && selected.id === section.id;
        const title = sectionDisplayTitle(section);
        const indexKind = plan.sectionIndexKinds[section.id];
        return (
          <div key={section.id} style={{ marginLeft: section.depth * 16 }}>
            <Flex
              id={`import-item-section:${section.id}`}
              data-testid={`import-section-${section.id}`}
              justify="space-between"
              align="center"
              gap={8}
              style={{
                padding: '6px 8px',
                borderRadius: 6,
                background: isSelected ? '#e6f4ff' : '#fafafa',
                cursor: 'pointer',
              }}
              onClick={() => props.onSelectSection(section.id)}
            >
              <Flex gap={6} align="center" wrap style={{ flex: 1 }}>
                <Typography.Text strong>{section.label}</Typography.Text>
                <Typography.Text
                  strong
                  editable={{
                    text: section.heading,
                    onChange: (heading) => {
                      if (heading !== section.heading)
                        onEdit((current) => renameImportedSection(current, section.id, heading));
                    },
                  }}
                >
                  {section.heading}
                </Typography.Text>
                {indexKind && <Tag color="blue">{INDEX_TAGS[indexKind] ?? indexKind}</Tag>}
                <ReviewMark provenance={plan.provenance[`section:${section.id}`]} />
              </Flex>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'up', label: t('planImportScreens.outline.moveUp') },
                    { key: 'down', label: t('planImportScreens.outline.moveDown') },
                    { key: 'indent', label: t('planImportScreens.outline.indent') },
                    { key: 'outdent', label: t('planImportScreens.outline.outdent') },
                    { type: 'divider' },
                    {
                      key: 'delete',
                      danger: true,
                      label: t('planImportScreens.outline.deleteSection'),
                    },
                  ],
                  onClick: ({ key, domEvent }) => {
                    domEvent.stopPropagation();
                    const id = section.id;
                    if (key === 'up') onEdit((current) => moveImportedSection(current, id, -1));
                    if (key === 'down') onEdit((current) => moveImportedSection(current, id, 1));
                    if (key === 'indent') onEdit((current) => indentImportedSection(current, id));
                    if (key === 'outdent') onEdit((current) => outdentImportedSection(current, id));
                    if (key === 'delete') onEdit((current) => deleteImportedSection(current, id));
                  },
                }}
              >
                <Button
                  size="small"
                  type="text"
                  icon={<MoreOutlined />}
                  aria-label={t('planImportScreens.outline.sectionActions', { label: title })}
                  onClick={(event) => event.stopPropagation()}
                />
              </Dropdown>
            </Flex>
            {taskRows(section.tasks)}
          </div>
        );
      })}
      {outline.areas.map((group) => (
        <div key={`area-${group.area}`}>
          <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
            {group.area || t('planImportScreens.outline.general')}
          </Typography.Title>
          {taskRows(group.tasks)}
        </div>
      ))}
    </Flex>
  );
}
