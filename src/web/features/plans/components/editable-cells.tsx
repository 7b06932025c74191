/** Inline editors of the task table: text saved on Enter or leaving the field, unit pickers and the output kind saved on change. */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTPUT_KINDS, type OutputKind } from '@contract/plan-labels';
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

/** Chủ trì: one unit from the tree, saved as soon as it is picked (cleared → no lead). */
export function LeadUnitCell(props: {
  value: string | null;
  label: string;
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
