import './strings';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { isApiError } from '../../api/errors';
import { ErrorMessage } from '../../components/status-messages';
import { useCustomerOrders } from '../../queries/use-customer-orders';
import { useWordPressAddress } from '../../queries/use-store-site';
import { useApiClient } from '../../session/api-client-context';
import { toOrderRow } from './order-row';
import { OrdersCards } from './orders-cards';
import { OrdersTable } from './orders-table';
import { DetailSection } from '../../components/detail-section';

/** A key whose user may not read orders: the store answers 401/403 `woocommerce_rest_cannot_view`. */
function isNoAccess(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.kind === 'forbidden' ||
      (error.kind === 'auth' && error.code === 'woocommerce_rest_cannot_view'))
  );
}

/**
 * The customer's orders (`GET /orders?customer=<id>`), newest first, one server page at a time.
 * Its own query: when it fails, the rest of the customer is still shown.
 */
export function OrdersPanel({ customerId }: { customerId: number }) {
  const { t, i18n } = useTranslation();
  const { version } = useApiClient().config;
  const siteUrl = useWordPressAddress();
  const orders = useCustomerOrders(customerId);
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const pages = orders.data?.pages;
  const rows = useMemo(
    () =>
      pages?.flatMap((page) =>
        page.items.map((order) => toOrderRow(order, { version, locale: i18n.language, siteUrl })),
      ),
    [pages, version, i18n.language, siteUrl],
  );
  const total = pages?.at(-1)?.total ?? rows?.length ?? 0;

  // After "show more", focus moves to the first order that arrived, so the keyboard carries on
  // from there (the button may be gone once everything is shown).
  const links = useRef(new Map<number, HTMLAnchorElement>());
  const focusAt = useRef<number | null>(null);
  const linkRef = useCallback(
    (index: number) => (node: HTMLAnchorElement | null) => {
      if (node) links.current.set(index, node);
      else links.current.delete(index);
    },
    [],
  );
  useEffect(() => {
    const index = focusAt.current;
    if (index === null || !rows || rows.length <= index) return;
    focusAt.current = null;
    links.current.get(index)?.focus();
  }, [rows]);
  const showMore = () => {
    focusAt.current = rows?.length ?? null;
    void orders.fetchNextPage();
  };

  let body;
  if (rows && rows.length === 0) {
    body = <Typography color="text.secondary">{t('customerOrders.empty')}</Typography>;
  } else if (rows) {
    const remaining = Math.max(0, total - rows.length);
    const perPage = pages?.[0]?.items.length ?? 10;
    body = (
      <>
        {narrow ? (
          <OrdersCards rows={rows} linkRef={linkRef} />
        ) : (
          <OrdersTable rows={rows} linkRef={linkRef} />
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mt: 1.5 }}>
          <Typography role="status" variant="body2" color="text.secondary">
            {orders.isFetchingNextPage
              ? t('customerOrders.loadingMore')
              : t('customerOrders.shown', {
                  shown: rows.length,
                  total: Math.max(total, rows.length),
                })}
          </Typography>
          {orders.hasNextPage && (
            <Button variant="outlined" onClick={showMore} disabled={orders.isFetchingNextPage}>
              {t('customerOrders.more', { count: Math.min(perPage, remaining || perPage) })}
            </Button>
          )}
        </Box>
        {orders.isFetchNextPageError && (
          <Box sx={{ mt: 1.5 }}>
            <ErrorMessage error={orders.error} onRetry={() => void orders.fetchNextPage()} />
          </Box>
        )}
      </>
    );
  } else if (orders.error) {
    const retry = () => void orders.refetch();
    body = isNoAccess(orders.error) ? (
      <ErrorMessage
        error={orders.error}
        onRetry={retry}
        severity="warning"
        lead={t('customerOrders.noAccess')}
      />
    ) : (
      <ErrorMessage error={orders.error} onRetry={retry} />
    );
  } else {
    body = (
      <div role="status" aria-label={t('customerOrders.loading')} style={{ height: 168 }}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={40} aria-hidden />
        ))}
      </div>
    );
  }

  return (
    <DetailSection title={t('customerOrders.heading')} wide>
      {body}
    </DetailSection>
  );
}
