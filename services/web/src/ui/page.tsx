import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../i18n/locale.js';

/**
 * Every page: its title in the tab, and the heading focused on arrival, so that keyboard and
 * screen-reader users start reading the new page, not the old focus.
 */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { common } = useMessages();
  useEffect(() => {
    document.title = `${title} · ${common.appName}`;
  }, [title, common.appName]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="page">
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
