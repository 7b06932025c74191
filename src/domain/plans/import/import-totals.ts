// Tổng kết lần nhập: the figures at the top of the review screen and in the CLI's summary.
import { parseTimeframe } from '../parse-timeframe';
import { needsReview, type ImportTotals, type ImportedPlan } from './imported-plan';

/** Tổng kết: sections, tasks (table/prose), unit names matched, timeframes read, targets, items to review. */
export function importTotals(plan: ImportedPlan): ImportTotals {
  let unitsRead = 0;
  let unitsMatched = 0;
  let timeframesStated = 0;
  let timeframesRead = 0;
  for (const task of plan.tasks) {
    if (task.leadText.trim()) {
      unitsRead += 1;
      if (task.leadOrganisationId || task.leadGroup) unitsMatched += 1;
    }
    unitsRead += task.coordinatingOrganisationIds.length;
    unitsMatched += task.coordinatingOrganisationIds.length;
    if (task.coordinatingNote.trim()) unitsRead += task.coordinatingNote.split(/[,;]/).length;
    if (task.timeframeText.trim()) {
      timeframesStated += 1;
      if (
        parseTimeframe(task.timeframeText, { defaultYear: plan.content.year || undefined }).kind !==
        'unknown'
      )
        timeframesRead += 1;
    }
  }
  return {
    sections: plan.content.sections.length,
    tasks: plan.tasks.length,
    tableTasks: plan.tasks.filter((task) => task.origin === 'table').length,
    proseTasks: plan.tasks.filter((task) => task.origin === 'prose').length,
    unitsRead,
    unitsMatched,
    timeframesStated,
    timeframesRead,
    targets: plan.content.targets.length,
    lowConfidence:
      plan.tasks.filter((task) => needsReview(task.provenance)).length +
      Object.values(plan.provenance).filter(needsReview).length,
  };
}
