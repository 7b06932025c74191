// Dự kiến thay đổi: a plain, honest projection of next year's points from this year's plan work.

/** A plan task as the projection reads it: its status and the lost sub-criteria it serves. */
export interface ProjectionTask {
  status: string;
  nodeLinks: readonly { frameworkId: string; code: string; pointsAtStake: number }[];
}

/**
 * Điểm dự kiến lấy lại: the points lost on the framework's sub-criteria whose linked plan tasks
 * are all "hoàn thành" — each sub-criterion counted once, at the largest points at stake any
 * task names. Nothing else is assumed: sub-criteria with unfinished tasks, or no task, count 0.
 */
export function projectedRecoveredPoints(
  tasks: readonly ProjectionTask[],
  frameworkId: string,
): number {
  const nodes = new Map<string, { points: number; allDone: boolean }>();
  for (const task of tasks) {
    for (const link of task.nodeLinks) {
      if (link.frameworkId !== frameworkId) continue;
      const node = nodes.get(link.code) ?? { points: 0, allDone: true };
      node.points = Math.max(node.points, link.pointsAtStake);
      node.allDone &&= task.status === 'done';
      nodes.set(link.code, node);
    }
  }
  const total = [...nodes.values()].reduce(
    (sum, node) => (node.allDone ? sum + node.points : sum),
    0,
  );
  return Math.round(total * 100) / 100;
}
