import type { DeepStrings } from '../../../i18n/deep-strings';
import type { customerOrdersEn } from './en';

export const customerOrdersZhCN: DeepStrings<typeof customerOrdersEn> = {
  heading: '订单记录',
  loading: '正在加载订单…',
  empty: '还没有订单。',
  order: '订单',
  date: '日期',
  statusLabel: '状态',
  items: '商品数',
  payment: '付款方式',
  total: '合计',
  openOrder: '订单 {{number}}（在新标签页中打开 WordPress）',
  noPayment: '—',
  shown: '显示 {{shown}} / {{total}} 个订单',
  more: '再显示 {{count}} 个订单',
  loadingMore: '正在加载更多订单…',
  noAccess:
    '此 API 密钥无权读取订单。请在 WordPress 中将密钥分配给可以管理 WooCommerce 的用户（管理员或商店经理）。',
  status: {
    pending: '待付款',
    processing: '处理中',
    'on-hold': '保留',
    completed: '已完成',
    cancelled: '已取消',
    refunded: '已退款',
    failed: '失败',
    'checkout-draft': '草稿',
    trash: '已移至回收站',
  },
};
