export type TextPart = { text: string; label: boolean };

/**
 * Splits instruction text into plain parts and menu labels. Content writes
 * labels as `**Settings and privacy**`; an unpaired `**` is kept as text.
 */
export function splitMenuLabels(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), label: false });
    parts.push({ text: match[1] ?? '', label: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), label: false });
  return parts;
}

/** The same text without the label markers, for titles and metadata. */
export function plainText(text: string): string {
  return splitMenuLabels(text)
    .map((part) => part.text)
    .join('');
}
