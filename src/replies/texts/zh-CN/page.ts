/** The Web Chat page's own words (web/index.html, web/app.js), in Chinese. */
export const page = {
  lang: 'zh-CN',
  title: '临床试验筛选助手',
  purpose:
    '将一位去标识化的患者与我们目录中各项临床试验的入选/排除标准进行比对。它只询问仍可能改变结果的问题，然后列出患者可能符合的研究、理由、尚不清楚的信息以及联系人。最终是否符合由研究团队在筛选时确认。',
  privacy: '切勿输入姓名、病历号、出生日期或其他身份信息。',
  privacyMore: '年龄、性别、诊断、检查值和用药就足够了。',
  keysSummary: '使用键盘',
  keys: '在底部输入框中输入回答并按回车。要使用卡片上的按钮，请移到对话区（在输入框中按 Shift+Tab），用方向键选中消息，按回车进入，再用 Tab 在按钮间切换并按回车；按 Esc 退出该消息。',
  chatLabel: '与筛选助手的对话',
  connecting: '正在连接助手……',
  otherLanguage: 'English',
  placeholder: '输入回答，例如“Hb 9.2 g/dL”或“不详”',
  noComponent: '聊天组件未能加载。请刷新页面。',
  unavailable: '助手暂时不可用。请几分钟后再试。',
  sessionInvalid: '本次会话已失效：助手可能已重启，此处给出的回答已丢失。请刷新页面重新开始。',
  ended: '本次对话已结束。请刷新页面以筛选另一位患者。',
  failed: '与助手的连接失败。请刷新页面。',
};
