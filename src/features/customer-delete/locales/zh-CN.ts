import type { DeepStrings } from '../../../i18n/deep-strings';
import type { customerDeleteEn } from './en';

export const customerDeleteZhCN: DeepStrings<typeof customerDeleteEn> = {
  button: '删除',
  action: '删除 {{name}}',
  title: '删除 {{name}}？',
  body: 'WooCommerce 会永久删除客户（没有回收站）。{{name}} 的账户将被删除，其订单仍保留在商店中。确认后几秒内可以撤销。',
  reassign: '把其文章转给另一位用户',
  reassignTo: '接收用户',
  reassignHelp: '按姓名、用户名或邮箱搜索。任何角色都可以接收。',
  noUsers: '没有匹配的用户',
  cancel: '取消',
  confirm: '删除',
  scheduled: '即将删除 {{name}}。',
  undo: '撤销',
  undone: '已保留 {{name}}，未删除任何内容。',
  failed: '无法删除 {{name}}：{{reason}}',
  retry: '重试',
};
