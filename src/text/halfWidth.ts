/**
 * Chinese notes type digits, letters and punctuation at full width ("ＰＬＴ ４５", "泼尼松（10mg）", "无发热、皮疹"): each
 * becomes its ASCII form, one character for one, so that every reader reads them as it reads ASCII and every
 * position still points into the text as typed. The ideographic comma (、) separates list items as a comma does;
 * the ideographic full stop (。) is kept, and ends a sentence.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u3001]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u3001') return ',';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}
