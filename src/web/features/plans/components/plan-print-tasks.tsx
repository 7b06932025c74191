/**
 * Nhiệm vụ cụ thể, bản in: the plan's tasks as a plain table for paper (STT, content, lead,
 * coordinating units, timeframe, output, progress), in place of the on-screen task table whose
 * twelve editable columns cannot fit an A4 page. Hidden on screen; shown by the print stylesheet.
 */
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@contract/plans';

export function PlanPrintTasks({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const notStated = t('planScreens.notStated');
  const column = (
    key: 'position' | 'content' | 'lead' | 'coordinating' | 'timeframe' | 'output' | 'status',
  ) => t(`planScreens.tasks.${key}`);
  const tasks = [...plan.tasks].sort((a, b) => a.position - b.position);
  return (
    <table className="print-only print-table" data-testid="plan-print-tasks">
      <thead>
        <tr>
          <th>{column('position')}</th>
          <th>{column('content')}</th>
          <th>{column('lead')}</th>
          <th>{column('coordinating')}</th>
          <th>{column('timeframe')}</th>
          <th>{column('output')}</th>
          <th>{column('status')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task, index) => {
          const coordinating = [
            ...task.coordinating.map((unit) => unit.name),
            task.coordinatingNote,
          ].filter((text) => text.trim() !== '');
          return (
            <tr key={task.id}>
              <td className="print-table-number">{index + 1}</td>
              <td>
                {task.content}
                {task.solution.trim() !== '' && (
                  <div className="print-table-note">{task.solution}</div>
                )}
              </td>
              <td>{task.lead?.name ?? (task.leadSuggestion || notStated)}</td>
              <td>{coordinating.length > 0 ? coordinating.join('; ') : ''}</td>
              <td>{task.timeframeText || notStated}</td>
              <td>
                {t(`planScreens.outputKind.${task.outputKind}`)}
                {task.outputDescription.trim() !== '' && `: ${task.outputDescription}`}
              </td>
              <td>{t(`planScreens.taskStatus.${task.status}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
