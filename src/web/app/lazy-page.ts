// Plumbing: React.lazy for modules that export their component by name (no default exports here).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** Loads `module[name]` on first render, in its own chunk. */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
