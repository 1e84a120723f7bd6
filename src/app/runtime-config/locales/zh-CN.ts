import type { DeepStrings } from '../../../i18n/deep-strings';
import type { deploymentEn } from './en';

export const deploymentZhCN: DeepStrings<typeof deploymentEn> = {
  config: {
    title: '客户管理台无法启动',
    summary_one: '部署文件 config.json 有一个问题：',
    summary_other: '部署文件 config.json 有 {{count}} 个问题：',
    problems: 'config.json 中的问题',
    fix: '请联系部署此应用的人员修正 index.html 旁的 config.json，然后重新加载。尚未向任何商店发送任何内容。',
  },
  connection: {
    setByAdmin: '由管理员设定',
    forgetKeysHelp: '断开连接并从此浏览器中删除密钥',
  },
};
