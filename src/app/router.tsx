import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './app-layout';
import { ConnectPage } from '../features/connection/connect-page';
import { RequireConnection } from '../features/connection/require-connection';
import { CustomersPage } from '../features/customers/customers-page';
import { AdvancedSearchPage } from '../features/advanced-search/components/advanced-search-page';
import { CustomerDetailPage } from '../features/customer-detail/customer-detail-page';
import { CustomerCreatePage } from '../features/customer-form/customer-create-page';
import { CustomerEditPage } from '../features/customer-form/customer-edit-page';
import { BatchPage } from '../features/batch/batch-page';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';
import { paths } from '../routes/paths';

export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <Navigate to={paths.customers} replace /> },
        { path: paths.connect, element: <ConnectPage /> },
        {
          element: <RequireConnection />,
          children: [
            { path: paths.customers, element: <CustomersPage /> },
            { path: paths.customerSearch, element: <AdvancedSearchPage /> },
            { path: paths.customerNew, element: <CustomerCreatePage /> },
            { path: paths.customerPattern, element: <CustomerDetailPage /> },
            { path: paths.batch, element: <BatchPage /> },
            { path: paths.customerEditPattern, element: <CustomerEditPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
