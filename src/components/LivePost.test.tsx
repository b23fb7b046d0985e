// A live post's author in the publication's words: the role joined as its byline joins it (Arabic's comma, isolated).
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Post } from '../api/post';
import { LivePost } from './LivePost';

vi.mock('#words/byline', async () => await import('../lib/words/ar/byline'));

const post: Post = {
  id: 'p1',
  publishedAt: '2026-11-23T10:00:00Z',
  updatedAt: null,
  title: null,
  author: { name: 'سلمى الحداد', role: 'مراسلة الطقس' },
  body: [],
  keyEvent: false,
};

describe('LivePost', () => {
  it("joins the author's role as the publication's byline does", () => {
    const { container } = render(<LivePost post={post} />);
    expect(container.querySelector('.live-post__role')?.textContent).toBe('، \u2068مراسلة الطقس\u2069');
  });
});
