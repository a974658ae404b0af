import { splitMenuLabels } from '@/lib/content/markup';

/** Content text with its menu labels in bold, as the platform's app shows them. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitMenuLabels(text).map((part, index) =>
        part.label ? <strong key={index}>{part.text}</strong> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
