import type { DeepStrings } from '../../../i18n/deep-strings';
import type { advancedSearchStartEn } from './start-en';

export const advancedSearchStartZhCN: DeepStrings<typeof advancedSearchStartEn> = {
  modes: {
    label: '查找客户的方式',
    grid: '全部客户',
    advanced: '高级搜索',
  },
  unavailable:
    '高级搜索（按名字或姓氏、地区、订单和活跃时间）需要 WooCommerce Admin 的分析索引，而此商店未提供（其 REST 索引中没有 wc-analytics）。此处的搜索只匹配用户名、邮箱、网站和显示名称。',
  gridHint: '只匹配用户名、邮箱、网站和显示名称。按名字、姓氏、国家、订单或消费查找：',
  gridHintLink: '高级搜索',
};
