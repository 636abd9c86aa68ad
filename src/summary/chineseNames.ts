/**
 * Chinese personal names in a note: two or three Han characters, never spaced, so found by their cues — a label
 * before them (姓名：王芳, 患者：周敏, 会诊医师：陈志强, 检验者：王磊), "患者李强，男" (the patient's name then sex or
 * age), or a clinician's title after them (曾小明主任医师, 李华副主任医师). A name before a title must begin with a
 * common surname, so that 风湿科医师 (a department) or 上级医师 (a rank) is no name.
 */

/** Labels a name follows, with a colon or not. */
const LABELS = [
  '患者姓名', '病人姓名', '姓名', '患者', '病人', '患儿', '会诊医师', '会诊医生', '转诊医师', '转诊医生', '主治医师', '主管医师',
  '经治医师', '经治医生', '申请医生', '送检医生', '检验者', '审核者', '报告者', '记录者', '医师签名', '医生签名', '签名', '联系人', '家属',
];
/** Clinicians' titles a name precedes. */
const TITLES = ['副主任医师', '主任医师', '主治医师', '住院医师', '医师', '医生', '大夫', '副教授', '教授', '主任', '护士长', '护士'];
/** The hundred commonest surnames (2020 census order), the single-character ones a name before a title begins with. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文';

const HAN = String.raw`\p{Script=Han}`;
/** What may follow a name: a space (full width too), punctuation, the sex, the age, or the end. */
const AFTER_NAME = String.raw`(?=[\s\u3000,，、;；:：.。)）]|性别|男|女|年龄|\d|$)`;

/** 姓名：张丽娟　性别 · 会诊医师：陈志强 · Pt: 钱卫东, M — a label, a colon, the name. */
const LABELLED = new RegExp(String.raw`(?:${LABELS.join('|')}|\bPt|\bPatient|\bName)\s*[:：]\s*(${HAN}{2,3}?)${AFTER_NAME}`, 'gu');
/** 患者李强，男，41岁 — the patient's label, then the name and the sex or age. */
const BEFORE_SEX_OR_AGE = new RegExp(String.raw`(?:患者|病人|患儿)(${HAN}{2,3}?)(?=[\s\u3000,，、]*(?:男|女|\d{1,3}\s*岁))`, 'gu');
/** 曾小明主任医师 · 李华副主任医师 — a surname, one or two characters, a title (the shortest name that reaches it). */
const BEFORE_TITLE = new RegExp(String.raw`([${SURNAMES}]${HAN}{1,2}?)(?=${TITLES.join('|')})`, 'gu');

/** Where each Chinese name is in `text`. */
export function findChineseNames(text: string): { index: number; end: number }[] {
  return [LABELLED, BEFORE_SEX_OR_AGE, BEFORE_TITLE].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => {
      const index = m.index + m[0].length - m[1]!.length;
      return { index, end: index + m[1]!.length };
    }),
  );
}
