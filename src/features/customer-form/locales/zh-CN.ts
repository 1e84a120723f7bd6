import type { DeepStrings } from '../../../i18n/deep-strings';
import type { customerFormEn } from './en';

export const customerFormZhCN: DeepStrings<typeof customerFormEn> = {
  actions: {
    edit: '编辑',
    delete: '删除',
  },
};
