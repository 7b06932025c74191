/** Inline editors of the task table: text saved on Enter or leaving the field; unit pickers, kind, section and output kind saved on change. */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTPUT_KINDS, TASK_KINDS, type OutputKind, type TaskKind } from '@contract/plan-labels';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';

/** Saves one field; resolves when the server answered (success or a reported failure). */
export type SaveField<T> = (value: T) => Promise<void>;

interface EditableTextProps {
  value: string;
  onSave: SaveField<string>;
  /** Accessible name of the field (the column title). */
  label: string;
  placeholder?: string;
}

/** Text shown as is; a click (or Enter) turns it into a text area saved on Enter or blur, Escape cancels. */
export function EditableText({ value, onSave, label, placeholder }: EditableTextProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  // Enter saves and then the text area loses focus: the blur must not send the same edit again.
  const isCommitting = useRef(false);

  const commit = async () => {
    if (draft === null || isCommitting.current) return;
    const next = draft.trim();
    if (next === value.trim()) return setDraft(null);
    isCommitting.current = true;
    setIsSaving(true);
    try {
      await onSave(next);
    } finally {
      isCommitting.current = false;
      setIsSaving(false);
      setDraft(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') setDraft(null);
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void commit();
    }
  };

  if (draft !== null) {
    return (
      <Input.TextArea
        autoFocus
        aria-label={label}
        autoSize={{ minRows: 1, maxRows: 8 }}
        value={draft}
        disabled={isSaving}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
    );
  }
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={`${label}: ${value || placeholder || ''}`}
      title={t('planScreens.tasks.clickToEdit')}
      style={{ cursor: 'text', minHeight: 22, whiteSpace: 'pre-wrap', opacity: isSaving ? 0.5 : 1 }}
      onClick={() => setDraft(value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') setDraft(value);
      }}
    >
      {value || (
        <Typography.Text type="secondary">{placeholder ?? t('common.empty')}</Typography.Text>
      )}
    </div>
  );
}

/** Chủ trì: one unit from the tree, saved as soon as it is picked (cleared → no lead unit). */
export function LeadUnitCell(props: {
  value: string | null;
  label: string;
  /** Shown while no unit is picked: the lead as the plan wrote it, or "Không nêu". */
  placeholder?: string;
  /** The plan's year: the units of that year are offered. */
  year: number;
  onSave: SaveField<string | null>;
}) {
  const [isSaving, setIsSaving] = useState(false);
  return (
    <OrganisationTreeSelect
      aria-label={props.label}
      validInYear={props.year}
      style={{ width: '100%', minWidth: 180 }}
      placeholder={props.placeholder}
      value={props.value ?? undefined}
      disabled={isSaving}
      onChange={(id?: string) => {
        setIsSaving(true);
        void props.onSave(id ?? null).finally(() => setIsSaving(false));
      }}
    />
  );
}

/**
 * Phối hợp: several units; saved when the picker loses focus, so picking three units sends one
 * request with the task's current version rather than three racing ones.
 */
export function CoordinatingUnitsCell(props: {
  value: string[];
  label: string;
  year: number;
  onSave: SaveField<string[]>;
}) {
  const [draft, setDraft] = useState<string[] | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const commit = () => {
    if (draft === null) return;
    const changed =
      draft.length !== props.value.length || draft.some((id) => !props.value.includes(id));
    if (!changed) return setDraft(null);
    setIsSaving(true);
    void props.onSave(draft).finally(() => {
      setIsSaving(false);
      setDraft(null);
    });
  };
  return (
    <OrganisationTreeSelect
      aria-label={props.label}
      validInYear={props.year}
      multiple
      style={{ width: '100%', minWidth: 200 }}
      value={draft ?? props.value}
      disabled={isSaving}
      onChange={(ids: string[]) => setDraft(ids)}
      onBlur={commit}
    />
  );
}

/** Loại sản phẩm: saved on change. */
export function OutputKindCell(props: {
  value: OutputKind;
  label: string;
  onSave: SaveField<OutputKind>;
}) {
  const { t } = useTranslation();
  const [isSaving, setIsSaving] = useState(false);
  return (
    <Select<OutputKind>
      aria-label={props.label}
      style={{ width: '100%', minWidth: 140 }}
      value={props.value}
      disabled={isSaving}
      loading={isSaving}
      onChange={(kind) => {
        setIsSaving(true);
        void props.onSave(kind).finally(() => setIsSaving(false));
      }}
      options={OUTPUT_KINDS.map((kind) => ({
        value: kind,
        label: t(`planScreens.outputKind.${kind}`),
      }))}
    />
  );
}

/** A select saved as soon as a value is picked, disabled while the server answers. */
function SavingSelect<T extends string>(props: {
  value: T | undefined;
  label: string;
  options: { value: T; label: string }[];
  onSave: SaveField<T | undefined>;
  allowClear?: boolean;
  placeholder?: string;
  minWidth: number;
}) {
  const [isSaving, setIsSaving] = useState(false);
  return (
    <Select<T>
      aria-label={props.label}
      style={{ width: '100%', minWidth: props.minWidth }}
      value={props.value}
      allowClear={props.allowClear}
      placeholder={props.placeholder}
      disabled={isSaving}
      loading={isSaving}
      popupMatchSelectWidth={false}
      onChange={(value?: T) => {
        setIsSaving(true);
        void props.onSave(value).finally(() => setIsSaving(false));
      }}
      options={props.options}
    />
  );
}

/** Loại nhiệm vụ: Giao / Đề nghị, saved on change. */
export function TaskKindCell(props: {
  value: TaskKind;
  label: string;
  onSave: SaveField<TaskKind>;
}) {
  const { t } = useTranslation();
  return (
    <SavingSelect<TaskKind>
      value={props.value}
      label={props.label}
      minWidth={90}
      onSave={(kind) => props.onSave(kind ?? 'assignment')}
      options={TASK_KINDS.map((kind) => ({
        value: kind,
        label: t(`planScreens.taskKind.${kind}`),
      }))}
    />
  );
}

/** Mục: moves the task under another section (cleared → the general tasks), saved on change. */
export function SectionCell(props: {
  value: string | null;
  label: string;
  options: { value: string; label: string }[];
  onSave: SaveField<string | null>;
}) {
  const { t } = useTranslation();
  return (
    <SavingSelect<string>
      value={props.value ?? undefined}
      label={props.label}
      minWidth={160}
      allowClear
      placeholder={t('planScreens.tasks.generalSection')}
      onSave={(sectionId) => props.onSave(sectionId ?? null)}
      options={props.options}
    />
  );
}
