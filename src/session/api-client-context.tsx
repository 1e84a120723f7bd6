import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';

/** The client for the connected store; provided by the connection feature once keys are accepted. */
export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client)
    throw new Error('useApiClient must be used inside a connected store (ApiClientContext)');
  return client;
}
