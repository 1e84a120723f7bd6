import type { DeepStrings } from '../../../i18n/deep-strings';
import type { customerFormStartEn } from './start-en';

export const customerFormStartZhCN: DeepStrings<typeof customerFormStartEn> = {
  actions: {
    edit: '编辑',
    newCustomer: '新建客户',
  },
};
