import { Link } from 'wouter-preact';
import { useMessages } from '../i18n/locale.js';
import { Page } from '../ui/page.js';

export function NotFoundPage() {
  const { common } = useMessages();
  return (
    <Page title={common.notFound.title}>
      <p>{common.notFound.body}</p>
      <p>
        <Link href="/">{common.notFound.home}</Link>
      </p>
    </Page>
  );
}
