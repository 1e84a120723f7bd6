import { useContext, type ReactNode } from 'react';
import { NoticeProvider } from '../components/notices';
import { ApiClientContext } from '../session/api-client-context';
import { PendingDeletesProvider } from '../features/customer-delete/public';

/** What every screen can use: notices always; delayed deletes once a store is connected. */
export function ScreenProviders({ children }: { children: ReactNode }) {
  const client = useContext(ApiClientContext);
  return (
    <NoticeProvider>
      {client ? <PendingDeletesProvider>{children}</PendingDeletesProvider> : children}
    </NoticeProvider>
  );
}
