/**
 * Where a node stands against a scope: inside a root and not inside an excluded
 * part. The text collector, the mutation watcher and the page session ask this.
 */
export interface ScopeParts {
  roots: readonly Element[];
  excluded: readonly Element[];
}

/** True when `node` is inside the scope (a root or below it, and not in an excluded part). */
export function inScope(node: Node, scope: ScopeParts): boolean {
  return scope.roots.some((r) => r.contains(node)) && !scope.excluded.some((e) => e.contains(node));
}

/** True when `node` holds part of the scope (an ancestor of a root), so a walk from it must descend. */
export function holdsScope(node: Node, scope: ScopeParts): boolean {
  return scope.roots.some((r) => r !== node && node.contains(r));
}

/** Two scopes read the same elements. */
export function sameScope(a: ScopeParts, b: ScopeParts): boolean {
  const same = (x: readonly Element[], y: readonly Element[]) =>
    x.length === y.length && x.every((el, i) => el === y[i]);
  return same(a.roots, b.roots) && same(a.excluded, b.excluded);
}
