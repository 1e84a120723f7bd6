import { Navigate, Outlet, useLocation } from 'react-router';
import { useConnection } from '../../session/connection-context';
import { paths } from '../../routes/paths';

/** Screens below this need a store; without one the user lands on the connect screen. */
export function RequireConnection() {
  const { connection } = useConnection();
  const location = useLocation();
  if (!connection) return <Navigate to={paths.connect} replace state={{ from: location }} />;
  return <Outlet />;
}
