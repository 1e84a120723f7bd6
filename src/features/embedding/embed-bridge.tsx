import { useTranslation } from '../../i18n/use-translation';
import { setColorMode } from '../../theme/color-mode';
import { afterConnectPath, connectPathFor } from '../../routes/next-path';
import { paths } from '../../routes/paths';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { useConnection } from '../../session/connection-context';
import { connectFromHost } from './connect-from-host';
import type { HostMessage } from '../../embed/embed-protocol';
import type { NavigateFn } from '../../routes/hash-location';
import { useHostChannel, type NavigationSource, type SendToHost } from './use-host-channel';

interface EmbedBridgeProps {
  /** The app's location (routes/hash-location): read, changed and followed for the host. */
  navigation: NavigationSource & { navigate: NavigateFn };
  /** The host's brand colour (or undefined for ours): the theme lives above this component. */
  onPrimaryColor(color: string | undefined): void;
}

/** Embed mode's behaviour: what each message from the host page does. Renders nothing. */
export function EmbedBridge({ navigation, onPrimaryColor }: EmbedBridgeProps) {
  const { config } = useRuntimeConfig();
  const { connection, connect, disconnect } = useConnection();
  const { i18n } = useTranslation();

  async function handleConnect(
    message: Extract<HostMessage, { type: 'connect' }>,
    send: SendToHost,
  ) {
    const outcome = await connectFromHost(message, config);
    if (!outcome.ok) {
      send({ type: 'connection-failed', problem: outcome.problem });
      return;
    }
    connect(outcome.connection);
    const { storeName, version, access } = outcome.connection;
    send({ type: 'connected', storeName, apiVersion: version, access });
    // On to the link the frame was opened with (kept in the connect screen's `next`).
    const { pathname, search } = navigation.location();
    if (pathname === paths.connect)
      await navigation.navigate(afterConnectPath(search), { replace: true });
  }

  useHostChannel({
    allowedOrigins: config.embed.allowedOrigins,
    navigation,
    readyState: () => ({ connected: connection !== null, locale: i18n.language }),
    onMessage(message, send) {
      switch (message.type) {
        case 'connect':
          void handleConnect(message, send);
          break;
        case 'disconnect':
          disconnect();
          void navigation.navigate(connectPathFor(navigation.location()));
          send({ type: 'disconnected' });
          break;
        case 'theme':
          if (message.mode) setColorMode(message.mode);
          if ('primaryColor' in message) onPrimaryColor(message.primaryColor);
          break;
        case 'locale':
          // For this page only: the host decides, the person's saved choice stays theirs.
          void i18n.changeLanguage(message.locale);
          break;
        case 'navigate':
          void navigation.navigate(message.path);
          break;
      }
    },
  });
  return null;
}
