import type { RuntimeConfig } from '../../config/runtime-config-schema';
import type { ConnectFormValues } from '../../session/connection-settings';

/** Which connect-form fields config.json fixes (`staffMayChange.<field>: false`). */
export interface ConnectLocks {
  storeUrl: boolean;
  version: boolean;
  authMode: boolean;
}

export function connectLocks(config: RuntimeConfig): ConnectLocks {
  return {
    storeUrl: !config.staffMayChange.storeUrl,
    version: !config.staffMayChange.apiVersion,
    authMode: !config.staffMayChange.authMode,
  };
}

/** The connect form as config.json presets it; keys are never part of a deployment file. */
export function presetFormValues(config: RuntimeConfig): ConnectFormValues {
  return {
    storeUrl: config.storeUrl ?? '',
    version: config.apiVersion,
    authMode: config.authMode,
    consumerKey: '',
    consumerSecret: '',
    remember: false,
  };
}

/** Locked fields always carry the configured value, whatever reached the form. */
export function applyLocks(values: ConnectFormValues, config: RuntimeConfig): ConnectFormValues {
  const locks = connectLocks(config);
  const preset = presetFormValues(config);
  return {
    ...values,
    storeUrl: locks.storeUrl ? preset.storeUrl : values.storeUrl,
    version: locks.version ? preset.version : values.version,
    authMode: locks.authMode ? preset.authMode : values.authMode,
  };
}
