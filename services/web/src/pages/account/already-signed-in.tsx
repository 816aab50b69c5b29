import { Link } from 'wouter-preact';
import { useMessages } from '../../i18n/locale.js';
import { Page } from '../../ui/page.js';

/** Signing in or up again while signed in would only mix two accounts: offer to go on. */
export function AlreadySignedIn({ next, title }: { next: string; title: string }) {
  const { account } = useMessages();
  return (
    <Page title={title}>
      <p>{account.signIn.alreadyIn}</p>
      <p>
        <Link href={next} class="button button--primary">
          {account.signIn.continue}
        </Link>
      </p>
    </Page>
  );
}
