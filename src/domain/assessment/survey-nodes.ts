import type { Framework, FrameworkNode } from '../frameworks/framework';
import {
  ancestorCodes,
  frameworkTree,
  isBonusCode,
  isLeafCode,
  listNodesInOrder,
} from '../frameworks/framework-tree';

/**
 * Tiêu chí chấm bằng điều tra xã hội học: the leaves scored by a survey (khảo sát lãnh đạo, công
 * chức; SIPAS), in tree order — a leaf whose rule is 'survey', or whose method (its own, else
 * the nearest ancestor's, as a parent may state what its children share) is 'survey'. Bonus
 * leaves are never survey-scored.
 */
export function surveyLeaves(framework: Pick<Framework, 'nodes'>): FrameworkNode[] {
  const tree = frameworkTree(framework.nodes);
  return listNodesInOrder(tree).filter((node) => {
    if (!isLeafCode(tree, node.code) || isBonusCode(tree, node.code)) return false;
    if (node.rule?.type === 'survey') return true;
    if (node.method) return node.method === 'survey';
    const inherited = ancestorCodes(tree, node.code)
      .map((code) => tree.byCode.get(code)?.method)
      .find((method) => method !== undefined);
    return inherited === 'survey';
  });
}
