// A story's first tools in English.
import type { ToolsWords } from '../types';

export const tools: ToolsWords = {
  save: 'Save for offline',
  share: 'Share',
};
