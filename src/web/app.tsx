import { Suspense, lazy, useEffect } from 'react';
import { webText as W } from '../i18n/web/ui.js';
import { LANGS, useI18n, type Lang } from './i18n.js';
import { PatientsPage } from './pages/patients.js';
import { SignInPage } from './pages/sign-in.js';
import { Link, match, navigate, useLocation } from './router.js';
import { useSession } from './session.js';

// The heavy pages load on first use, so the first screen stays small (docs/performance.md).
const PatientPage = lazy(() => import('./pages/patient.js').then((m) => ({ default: m.PatientPage })));
const CohortPage = lazy(() => import('./pages/cohort.js').then((m) => ({ default: m.CohortPage })));

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t(W.app.language)}>
      {LANGS.map((l: Lang) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-CN' : l}
          aria-pressed={lang === l}
          className={lang === l ? 'active' : ''}
          onClick={() => setLang(l)}
        >
          {W.languages[l][l]}
        </button>
      ))}
    </div>
  );
}

function Header() {
  const { t } = useI18n();
  const session = useSession();
  const { path } = useLocation();
  const user = session.user;
  return (
    <header className="app-header">
      <div className="brand">
        <Link to="/" className="brand-name">{t(W.app.name)}</Link>
        <span className="tagline">{t(W.app.tagline)}</span>
      </div>
      {user ? (
        <nav aria-label={t(W.app.nav)} className="main-nav">
          <Link to="/" aria-current={path === '/' || path.startsWith('/patients') ? 'page' : undefined}>{t(W.app.patients)}</Link>
          <Link to="/cohort" aria-current={path.startsWith('/cohort') ? 'page' : undefined}>{t(W.app.cohort)}</Link>
        </nav>
      ) : null}
      <div className="header-end">
        <LanguageSwitch />
        {user ? (
          <span className="user" data-testid="user">
            {session.local ? t(W.app.localUser) : t(W.signIn.signedInAs, { user: user.username, role: t(W.roles[user.role]) })}
          </span>
        ) : null}
        {user && !session.local ? (
          <button type="button" className="link-button" onClick={() => void session.signOut().then(() => navigate('/signin'))}>
            {t(W.app.signOut)}
          </button>
        ) : null}
      </div>
    </header>
  );
}

function Routes() {
  const { path } = useLocation();
  const session = useSession();
  const { t } = useI18n();
  const signedOut = session.user === null;
  useEffect(() => {
    if (signedOut && path !== '/signin') navigate(`/signin?next=${encodeURIComponent(path)}`, { replace: true });
  }, [signedOut, path]);
  if (session.user === undefined) return <p>{t(W.app.loading)}</p>;
  if (path === '/signin' || signedOut) return <SignInPage />;
  if (path === '/' || path === '/patients') return <PatientsPage />;
  const patient = match('/patients/:id', path) ?? match('/patients/:id/:tab', path);
  if (patient) return <PatientPage id={patient.id!} tab={patient.tab ?? 'timeline'} />;
  if (path === '/cohort') return <CohortPage />;
  return <p>{t(W.app.notFound)}</p>;
}

export function App() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <>
      <a className="skip-link" href="#main">{t(W.app.skip)}</a>
      <Header />
      {session.user?.role === 'researcher' ? <p className="banner">{t(W.app.readOnly)}</p> : null}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t(W.app.loading)}</p>}>
          <Routes />
        </Suspense>
      </main>
    </>
  );
}
