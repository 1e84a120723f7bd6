import type { DeepStrings } from '../../../i18n/deep-strings';
import type { batchStartEn } from './start-en';

export const batchStartZhCN: DeepStrings<typeof batchStartEn> = {
  nav: '批量（{{count}}）',
  navLabel_one: '批量（已排队 1 项操作）',
  navLabel_other: '批量（已排队 {{count}} 项操作）',
  cancel: '取消',
  close: '关闭',
  bulk: {
    addUpdates: '作为更新加入批量…',
    addDeletes: '作为删除加入批量',
    menu: '加入批量',
    title: '批量编辑 {{count}} 个客户',
    intro: '此处设置的字段会作为对每个所选客户的更新加入队列。',
    queue: '加入更新',
    collecting: '正在收集匹配的客户：{{done}} / {{total}}…',
    added_one: '已向批量添加 1 项操作。',
    added_other: '已向批量添加 {{count}} 项操作。',
    open: '打开批量编辑器',
    failed: '无法收集匹配的客户：{{message}}',
  },
  csvExport: {
    button: '导出 CSV',
    title: '将客户导出为 CSV',
    scope: '从商店逐页导出与当前筛选条件匹配的所有客户，而不仅是当前显示的一页。',
    columns: '列',
    visibleColumns: '列表中可见的列',
    allFields: '全部字段',
    start: '导出',
    progress: '正在导出：{{done}} / {{total}} 个客户',
    progressLabel: '导出进度',
    done: '已将 {{count}} 个客户导出到 {{file}}。',
    cancelled: '导出已取消，未保存任何内容。',
    failed: '导出失败：{{message}}',
  },
};
