import type { connectionEn } from './en';

export const connectionZhCN: typeof connectionEn = {
  notKept:
    '此浏览器不允许本应用在这里保存任何内容（存储被阻止，例如在嵌入的框架中），因此您的密钥只保留到此页面关闭或重新加载为止。',
  dismiss: '关闭',
  elsewhere:
    '另一个标签页现在使用其他密钥连接到了 {{other}}（{{otherUrl}}）。此标签页仍连接到 {{current}}，这里没有任何变化。',
  switchTab: '将此标签页切换到 {{other}}',
  stay: '留在 {{current}}',
  mismatch: {
    signature: '商店拒绝了签名：它按照自己的地址验证请求签名，而该地址与您输入的地址不同。',
    basic:
      '商店没有识别到您的密钥：它认为自己是通过另一个地址访问的（通常是前面的代理更改了协议、主机名或端口）。',
    https: '商店表示其地址使用 HTTPS：HTTP Basic 和查询字符串密钥只能通过 HTTPS 使用。',
    typed: '您输入的地址',
    reported: '商店自身的地址',
    whatToDo: '解决方法',
    useStoreAddress: '使用商店自身的地址连接（见下方按钮）。',
    fixWordPress:
      '如果商店的地址不正确，请在 WordPress 的“设置 → 常规”中更正“WordPress 地址（URL）”和“站点地址（URL）”。',
    fixProxy:
      '如果位于代理或负载均衡器之后：请将原始 Host 请求头（HTTPS 时还有 X-Forwarded-Proto）转发给 WordPress。',
    useButton: '使用商店的地址',
  },
};
