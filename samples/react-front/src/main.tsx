import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, NavLink, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SignUpForm } from './components/SignUpForm';
import { trackPageView } from './lib/analytics';
import { initMonitoring } from './lib/monitoring';
import { loadPreferences, savePreferences, type UiPreferences } from './lib/storage';
import { AddressBook } from './pages/AddressBook';
import { Profile } from './pages/Profile';

initMonitoring();

function PageViews() {
  const location = useLocation();
  useEffect(() => {
    trackPageView(location.pathname);
  }, [location.pathname]);
  return null;
}

function ThemeToggle() {
  const [prefs, setPrefs] = useState<UiPreferences>(loadPreferences);
  useEffect(() => {
    document.documentElement.dataset.theme = prefs.theme;
  }, [prefs.theme]);

  const toggle = () => {
    const next: UiPreferences = { ...prefs, theme: prefs.theme === 'dark' ? 'light' : 'dark' };
    setPrefs(next);
    savePreferences(next);
  };
  return (
    <button type="button" className="theme-toggle" onClick={toggle}>
      {prefs.theme === 'dark' ? 'ライト表示' : 'ダーク表示'}
    </button>
  );
}

function App() {
  return (
    <BrowserRouter>
      <PageViews />
      <nav className="main-nav">
        <NavLink to="/contacts">アドレス帳</NavLink>
        <NavLink to="/profile">プロフィール</NavLink>
        <ThemeToggle />
      </nav>
      <main>
        <Routes>
          <Route path="/signup" element={<SignUpForm />} />
          <Route path="/contacts" element={<AddressBook />} />
          <Route path="/profile" element={<Profile />} />
          <Route path="*" element={<Navigate to="/contacts" replace />} />
        </Routes>
      </main>
    </BrowserRouter>
  );
}

async function enableMocks(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.VITE_USE_MOCKS !== 'true') return;
  const { worker } = await import('./mocks/handlers');
  await worker.start({ onUnhandledRequest: 'bypass' });
}

void enableMocks().then(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
