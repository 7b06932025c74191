import type { FrameworkNode } from '../frameworks/framework';
import { ancestorCodes, type FrameworkTree } from '../frameworks/framework-tree';

/**
 * Đơn vị tự đánh dấu «không áp dụng»: allowed only where the framework foresees exemptions —
 * the node or a node above it has an `applicability` (e.g. "đơn vị không có thủ tục hành chính");
 * other exemptions are the round's (exempt_node_codes), set by the focal unit.
 */
export function mayMarkNotApplicable(tree: FrameworkTree, node: FrameworkNode): boolean {
  return [node.code, ...ancestorCodes(tree, node.code)].some(
    (code) => tree.byCode.get(code)?.applicability !== undefined,
  );
}
