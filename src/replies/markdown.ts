/**
 * Our texts are plain lines, lists written "• item" with details indented under them. Teams renders message
 * text as markdown and collapses single newlines, so every line becomes its own paragraph and every "•" run a
 * markdown list: one item per line in Teams, Web Chat and the Emulator alike.
 */
export function toMarkdown(plain: string): string {
  const blocks: string[] = [];
  let list: string[] | undefined;
  for (const line of plain.split('\n')) {
    const item = /^• (.*)$/.exec(line);
    const detail = /^ {2,}(\S.*)$/.exec(line);
    if (item) {
      list ??= [];
      list.push(`- ${escape(item[1]!)}`);
    } else if (detail && list) {
      list.push(`  - ${escape(detail[1]!)}`);
    } else {
      if (list) blocks.push(list.join('\n'));
      list = undefined;
      if (line.trim() !== '') blocks.push(escape(line.trim()));
    }
  }
  if (list) blocks.push(list.join('\n'));
  return blocks.join('\n\n');
}

/** Characters that would turn a patient's value or a source sentence into emphasis or code. */
function escape(text: string): string {
  return text.replace(/[\\*_`]/g, (c) => `\\${c}`);
}
