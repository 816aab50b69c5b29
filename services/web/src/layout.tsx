import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { clearSession, hasRole, storedRefreshToken, useSession } from './api/session.js';
import { useLocale, useMessages } from './i18n/locale.js';
import { NotificationBadge } from './pages/notifications/badge.js';
import { queryClient } from './query-client.js';

function NavLink({ href, children }: { href: string; children: ComponentChildren }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function LanguageSwitch() {
  const { locale, setLocale, m } = useLocale();
  const other = locale === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" class="link-button" lang={other} onClick={() => setLocale(other)}>
      {m.common.language[other]}
    </button>
  );
}

async function signOut() {
  const refreshToken = storedRefreshToken();
  clearSession();
  queryClient.clear();
  if (refreshToken)
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined);
}

function Navigation() {
  const { nav } = useMessages().common;
  const session = useSession();
  return (
    <ul class="nav-links">
      <li>
        <NavLink href="/">{nav.catalogue}</NavLink>
      </li>
      {session && (
        <li>
          <NavLink href="/bookings">{nav.bookings}</NavLink>
        </li>
      )}
      <li>
        <NavLink href="/rounds">{nav.rounds}</NavLink>
      </li>
      <li>
        <NavLink href="/funds">{nav.funds}</NavLink>
      </li>
      {hasRole(session, 'host', 'coordinator') && (
        <li>
          <NavLink href="/host">{nav.host}</NavLink>
        </li>
      )}
      {hasRole(session, 'coordinator') && (
        <li>
          <NavLink href="/admin">{nav.admin}</NavLink>
        </li>
      )}
    </ul>
  );
}

function AccountLinks() {
  const { nav } = useMessages().common;
  const session = useSession();
  const [, navigate] = useLocation();
  if (!session)
    return (
      <>
        <Link href="/sign-in">{nav.signIn}</Link>
        <Link href="/sign-up" class="button button--secondary">
          {nav.signUp}
        </Link>
      </>
    );
  return (
    <>
      <NotificationBadge />
      <Link href="/profile">{nav.profile}</Link>
      <button
        type="button"
        class="link-button"
        onClick={() => void signOut().then(() => navigate('/'))}
      >
        {nav.signOut}
      </button>
    </>
  );
}

/** Header (skip link, navigation, account, language), then the page. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { common } = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <>
      <a class="skip-link" href="#main">
        {common.skipToContent}
      </a>
      <header class="site-header">
        <Link href="/" class="brand">
          {common.appName}
        </Link>
        <button
          type="button"
          class="menu-toggle"
          aria-expanded={open}
          aria-controls="site-nav"
          onClick={() => setOpen(!open)}
        >
          {common.nav.menu}
        </button>
        <nav
          id="site-nav"
          class={open ? 'site-nav site-nav--open' : 'site-nav'}
          aria-label={common.nav.menu}
          onClick={() => setOpen(false)}
        >
          <Navigation />
          <div class="account-links">
            <AccountLinks />
            <LanguageSwitch />
          </div>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer class="site-footer">
        <p>{common.tagline}</p>
      </footer>
    </>
  );
}
