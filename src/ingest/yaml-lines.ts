/**
 * The line of a scheme file that a path inside it (`kpis[0].bands[2].min`)
 * was read from, so that a message can be found in an editor: the line of
 * the deepest part of the path the file has (its key's line for a map's
 * entry; a `max` a message asks to add is on its band's line). The file is
 * parsed again for its positions only when a message needs one.
 */
import { type Document, isMap, isNode, isScalar, type LineCounter } from "yaml";

export type LineOf = (path: string) => number | undefined;

export function yamlLines(doc: Document, lines: LineCounter): LineOf {
  return (path) => {
    const keys = (path.match(/[^.[\]]+/g) ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    if (keys.length === 0) return undefined;
    for (let n = keys.length; n > 0; n--) {
      const parent = n === 1 ? doc.contents : doc.getIn(keys.slice(0, n - 1), true);
      const key = keys[n - 1];
      // A map's entry: where its key is written (`kpis:`), not where its value starts.
      const pair = isMap(parent)
        ? parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)
        : undefined;
      const node = pair ? pair.key : doc.getIn(keys.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}
