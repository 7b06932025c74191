// Plumbing: React.lazy for modules that export their component by name (no default exports here).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A lazy page that can be asked to start loading before it first renders. */
export type PreloadablePage<P extends object = object> = LazyExoticComponent<ComponentType<P>> & {
  /** Starts fetching the page's chunk (and the chunks it imports); safe to call many times. */
  preload: () => Promise<unknown>;
};

/** Loads `module[name]` on first render, in its own chunk; `preload()` starts that earlier. */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): PreloadablePage<P> {
  // The browser's module map keeps one copy: a preload and the render share the same fetch.
  const page = lazy(async () => ({ default: (await load())[name] }));
  return Object.assign(page, { preload: load });
}
