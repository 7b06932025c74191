/**
 * Văn bản gốc (left pane): the document's lines, numbered, rendered as plain elements so 5,000
 * lines stay fast (one click handler for all, rows memoised, off-screen rows skipped by the
 * browser's content-visibility); the selected item's lines lit and scrolled into view; a small
 * menu per line to say how it should be read.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LineRole } from '@contract/plan-import-labels';
import { highlightedLines, type LineOverride, type SourceSpan } from './import-review';

// One stylesheet for all rows: 5,000 rows carry class names, not 5,000 inline style objects.
// The text font is the page's, not a monospace one: the monospace fonts of Linux desktops lack
// the precomposed Vietnamese letters with two marks ("ố", "ậ") and draw them apart.
const SOURCE_CSS = `
.pp-source { position: relative; height: 100%; overflow: auto; background: #fff;
  font-size: 13px; line-height: 20px; }
.pp-source-row { display: flex; align-items: flex-start; gap: 8px; padding: 0 4px; cursor: pointer;
  content-visibility: auto; contain-intrinsic-size: auto 20px; }
.pp-source-row:hover { background: #f5f5f5; }
.pp-source-row[data-lit] { background: #fff1b8; }
.pp-source-no { min-width: 44px; text-align: right; color: #8c8c8c; user-select: none; flex: none; }
.pp-source-text { white-space: pre-wrap; word-break: break-word; flex: 1; }
.pp-source-tag { flex: none; font-size: 11px; color: #0958d9; border: 1px solid #91caff; border-radius: 4px; padding: 0 4px; }
.pp-source-menu { flex: none; border: none; background: transparent; color: #bfbfbf; cursor: pointer; padding: 0 4px; line-height: 20px; }
.pp-source-row:hover .pp-source-menu, .pp-source-menu:focus-visible { color: #1677ff; }
`;

const LINE_SLOT = '\u0000';

/** The role choices of the line menu. */
type RoleChoice = 'heading1' | 'heading2' | 'heading3' | 'body' | 'task' | 'ignore' | 'clear';

function overrideOf(choice: Exclude<RoleChoice, 'clear'>): { role: LineRole; level?: number } {
  if (choice.startsWith('heading')) return { role: 'heading', level: Number(choice.slice(-1)) };
  return { role: choice as LineRole };
}

interface SourceLineRowProps {
  line: number;
  text: string;
  lit: boolean;
  overrideLabel: string | null;
  menuLabel: string;
  menu: MenuProps | null;
  onMenuClose: () => void;
}

const SourceLineRow = memo(function SourceLineRow(props: SourceLineRowProps) {
  const button = (
    <button
      type="button"
      className="pp-source-menu"
      data-menu-line={props.line}
      aria-label={props.menuLabel}
    >
      ⋮
    </button>
  );
  return (
    <div className="pp-source-row" data-line={props.line} data-lit={props.lit ? '' : undefined}>
      <span className="pp-source-no">{props.line + 1}</span>
      <span className="pp-source-text">{props.text === '' ? '\u00a0' : props.text}</span>
      {props.overrideLabel !== null && <span className="pp-source-tag">{props.overrideLabel}</span>}
      {props.menu ? (
        <Dropdown
          open
          menu={props.menu}
          trigger={['click']}
          onOpenChange={(open) => {
            if (!open) props.onMenuClose();
          }}
        >
          {button}
        </Dropdown>
      ) : (
        button
      )}
    </div>
  );
});

interface ImportSourcePaneProps {
  lines: readonly string[];
  /** Lines of the selected item. */
  spans: readonly SourceSpan[];
  /** Scroll the first lit line into view (false when the click came from this pane). */
  scrollToSpans: boolean;
  overrides: readonly LineOverride[];
  onLineClick: (line: number) => void;
  onOverride: (override: LineOverride) => void;
  onClearOverride: (line: number) => void;
}

export function ImportSourcePane(props: ImportSourcePaneProps) {
  const { t } = useTranslation();
  const paneRef = useRef<HTMLDivElement>(null);
  const [menuLine, setMenuLine] = useState<number | null>(null);
  const closeMenu = useCallback(() => setMenuLine(null), []);
  // Translated once per render, not once per line.
  const menuLabel = t('planImportScreens.source.lineMenu', { line: LINE_SLOT });
  const lit = useMemo(
    () => highlightedLines(props.spans, props.lines.length),
    [props.spans, props.lines.length],
  );
  const overrideByLine = useMemo(
    () => new Map(props.overrides.map((override) => [override.line, override])),
    [props.overrides],
  );
  const firstLine = props.spans.length ? Math.min(...props.spans.map((span) => span.from)) : null;

  useEffect(() => {
    const pane = paneRef.current;
    if (!props.scrollToSpans || firstLine === null || !pane) return;
    const row = pane.querySelector<HTMLElement>(`[data-line="${firstLine}"]`);
    if (row) pane.scrollTop = Math.max(0, row.offsetTop - pane.clientHeight / 4);
  }, [firstLine, props.scrollToSpans, props.spans]);

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const menuButton = target.closest<HTMLElement>('[data-menu-line]');
    if (menuButton) {
      setMenuLine(Number(menuButton.dataset['menuLine']));
      return;
    }
    const row = target.closest<HTMLElement>('[data-line]');
    // Clicks inside the open menu's popup are not rows; ignore them here.
    if (row && paneRef.current?.contains(row)) props.onLineClick(Number(row.dataset['line']));
  };

  const menuFor = (line: number): MenuProps => {
    const choices: RoleChoice[] = ['heading1', 'heading2', 'heading3', 'body', 'task', 'ignore'];
    if (overrideByLine.has(line)) choices.push('clear');
    return {
      items: choices.map((choice) => ({
        key: choice,
        label: t(`planImportScreens.source.roles.${choice}`),
      })),
      onClick: ({ key }) => {
        setMenuLine(null);
        const choice = key as RoleChoice;
        if (choice === 'clear') props.onClearOverride(line);
        else props.onOverride({ line, ...overrideOf(choice) });
      },
    };
  };

  const overrideLabel = (line: number): string | null => {
    const override = overrideByLine.get(line);
    if (!override) return null;
    return t(`planImportScreens.source.overrideTag.${override.role}`, {
      level: override.level ?? 1,
    });
  };

  return (
    <div
      ref={paneRef}
      className="pp-source"
      role="region"
      aria-label={t('planImportScreens.source.title')}
      data-testid="import-source"
      onClick={handleClick}
    >
      <style>{SOURCE_CSS}</style>
      {props.lines.map((text, line) => (
        <SourceLineRow
          key={line}
          line={line}
          text={text}
          lit={lit[line] ?? false}
          overrideLabel={overrideLabel(line)}
          menuLabel={menuLabel.replace(LINE_SLOT, String(line + 1))}
          menu={menuLine === line ? menuFor(line) : null}
          onMenuClose={closeMenu}
        />
      ))}
    </div>
  );
}
