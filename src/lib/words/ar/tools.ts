// A story's first tools in Arabic.
import type { ToolsWords } from '../types';

export const tools: ToolsWords = {
  save: 'احفظ للقراءة دون اتصال',
  share: 'مشاركة',
};
