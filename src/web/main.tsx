import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setCsrfToken } from './api/client';
import { createAppQueryClient } from './queryClient';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createAppQueryClient(() => {
  // The session ended (expired or signed out elsewhere): forget everything and sign in again.
  if (router.state.location.pathname === '/login') return;
  const redirect = router.state.location.href;
  setCsrfToken(null);
  // Leave the signed-in pages first: they expect the person's data to be there.
  void router.navigate({ to: '/login', search: { redirect } }).then(() => queryClient.clear());
});
const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
