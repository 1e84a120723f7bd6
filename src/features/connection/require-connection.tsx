import { Navigate, Outlet, useLocation } from 'react-router';
import { useConnection } from '../../session/connection-context';
import { connectPathFor } from '../../routes/next-path';

/**
 * Screens below this need a store; without one the user lands on the connect screen, which
 * keeps the link they opened (route and query) in its own URL and goes there once connected.
 */
export function RequireConnection() {
  const { connection } = useConnection();
  const location = useLocation();
  if (!connection) return <Navigate to={connectPathFor(location)} replace />;
  return <Outlet />;
}
