import type { DeepStrings } from '../../../i18n/deep-strings';
import type { downloadsEn } from './en';

export const downloadsZhCN: DeepStrings<typeof downloadsEn> = {
  heading: '下载',
  loading: '正在加载下载项…',
  empty: '没有下载项：该客户没有可下载的商品。',
  product: '商品',
  productId: '商品 #{{id}}',
  file: '文件',
  order: '订单',
  orderNumber: '订单 #{{id}}',
  orderKey: '订单密钥',
  remaining: '剩余下载次数',
  unlimited: '不限',
  expires: '访问到期',
  never: '永不过期',
  expired: '已过期',
  link: '下载链接',
  notWebLink: '不是网页链接（不会打开）：{{url}}',
  copy: '复制 {{file}} 的下载链接',
  copied: '已复制 {{file}} 的下载链接。',
  copyFailed: '浏览器不允许复制。链接为：{{url}}',
  open: '打开',
  openFor: '打开 {{file}} 的下载链接（会计为一次下载）',
};
