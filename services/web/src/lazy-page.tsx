import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from './i18n/locale.js';

type PageProps = { params: Record<string, string | undefined> };
type Loader = () => Promise<{ default: ComponentType<PageProps> }>;

/**
 * A page loaded on first visit, so residents download only what they use (the host, funder
 * and coordinator pages stay out of their bundle).
 */
export function lazyPage(load: Loader): ComponentType<PageProps> {
  let loaded: ComponentType<PageProps> | undefined;
  return function LazyPage(props: PageProps) {
    const [Component, setComponent] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    const { common, errors } = useMessages();
    useEffect(() => {
      if (Component) return;
      load()
        .then((module) => {
          loaded = module.default;
          setComponent(() => module.default);
        })
        .catch(() => setFailed(true));
    }, [Component]);
    if (failed)
      return (
        <p class="error" role="alert">
          {errors.network}
        </p>
      );
    if (!Component)
      return (
        <p class="muted" role="status">
          {common.loading}
        </p>
      );
    return <Component {...props} />;
  };
}

export interface RouteDef {
  path: string;
  component: ComponentType<PageProps>;
}
