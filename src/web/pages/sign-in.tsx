import { useState, type FormEvent } from 'react';
import { webText as W } from '../../i18n/web/ui.js';
import { ApiError } from '../api.js';
import { TextField } from '../components/form.js';
import { useI18n } from '../i18n.js';
import { navigate, useLocation } from '../router.js';
import { useSession } from '../session.js';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = search.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') && next !== '/signin' ? next : '/';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(username, password);
      navigate(target, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t(W.signIn.failed) : t(W.errors.generic, { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sign-in card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t(W.signIn.title)}</h1>
      {session.local ? <p className="alert alert-info">{t(W.signIn.notEnabled)}</p> : null}
      {error ? <div className="alert alert-error" role="alert">{error}</div> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="username" label={t(W.signIn.username)} value={username} onChange={setUsername} autoComplete="username" required />
        <TextField id="password" type="password" label={t(W.signIn.password)} value={password} onChange={setPassword} autoComplete="current-password" required />
        <button type="submit" className="primary" disabled={busy}>{t(W.signIn.submit)}</button>
      </form>
    </section>
  );
}
