import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useAppLocation } from '../../routes/navigation';
import { useConnection } from '../../session/connection-context';
import { connectPathFor } from '../../routes/next-path';

/**
 * Screens below this need a store; without one the user lands on the connect screen, which
 * keeps the link they opened (route and query) in its own URL and goes there once connected.
 */
export function RequireConnection({ children }: { children: ReactNode }) {
  const { connection } = useConnection();
  const location = useAppLocation();
  if (!connection) return <Redirect to={connectPathFor(location)} replace />;
  return children;
}
