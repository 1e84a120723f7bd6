import { Component, type ReactNode } from 'react';
import { useAppLocation } from '../routes/navigation';
import { RouteErrorPage } from './route-error-page';

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  pathname: string | null;
  crash: { error: unknown } | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { pathname: null, crash: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { crash: { error } };
  }

  // Moving to another route tries again.
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.pathname === state.pathname ? null : { pathname: props.pathname, crash: null };
  }

  override render() {
    const { crash } = this.state;
    return crash ? <RouteErrorPage error={crash.error} /> : this.props.children;
  }
}

/** Last line of defence: a screen, or the layout, that crashes while rendering shows RouteErrorPage. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useAppLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}
