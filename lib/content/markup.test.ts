import { describe, expect, it } from 'vitest';
import { plainText, splitMenuLabels } from './markup';

describe('splitMenuLabels', () => {
  it('marks the text between double asterisks as labels', () => {
    expect(splitMenuLabels('Tap **Settings and privacy**, then **Privacy**.')).toEqual([
      { text: 'Tap ', label: false },
      { text: 'Settings and privacy', label: true },
      { text: ', then ', label: false },
      { text: 'Privacy', label: true },
      { text: '.', label: false },
    ]);
  });

  it('keeps an unpaired marker as text', () => {
    expect(splitMenuLabels('2 ** 3 is eight')).toEqual([{ text: '2 ** 3 is eight', label: false }]);
  });

  it('handles text that is only a label, and empty text', () => {
    expect(splitMenuLabels('**☰**')).toEqual([{ text: '☰', label: true }]);
    expect(splitMenuLabels('')).toEqual([]);
  });

  it('gives plain text without markers', () => {
    expect(plainText('Open **Privacy** now')).toBe('Open Privacy now');
  });
});
