import type { DeepStrings } from '../../i18n/deep-strings';
import type { deploymentEn } from './en';

export const deploymentZhCN: DeepStrings<typeof deploymentEn> = {
  config: {
    title: '客户管理台无法启动',
    summary_one: '部署文件 config.json 有一个问题：',
    summary_other: '部署文件 config.json 有 {{count}} 个问题：',
    problems: 'config.json 中的问题',
    fix: '请联系部署此应用的人员修正 index.html 旁的 config.json，然后重新加载。尚未向任何商店发送任何内容。',
    problem: {
      unknownSetting: '不是可识别的设置项',
      notOneOf: '必须是以下值之一：{{detail}}',
      wrongType: '类型错误（应为 {{detail}}）',
      notHttpUrl: '必须是以 http:// 或 https:// 开头的地址',
      notOrigin: '必须是一个源，例如 https://portal.example.com（不含路径，不能用 *）',
      requiredWhenLocked: '在 {{detail}} 为 false 时必须填写',
      notJson: '不是有效的 JSON（{{detail}}）',
      unreadable: '无法读取：服务器返回 {{detail}}',
      unreachable: '无法获取（网络错误）',
      invalid: '无效（{{detail}}）',
    },
  },
  connection: {
    setByAdmin: '由管理员设定',
    forgetKeysHelp: '断开连接并从此浏览器中删除密钥',
  },
};
