import type { DeepStrings } from '../../../i18n/deep-strings';
import type { savedViewsStartEn } from './start-en';

export const savedViewsStartZhCN: DeepStrings<typeof savedViewsStartEn> = {
  button: '视图',
  activeSeparator: '：',
};
