import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveStoryButton } from './SaveStoryButton';

describe('SaveStoryButton', () => {
  it('offers to save, and announces a failure with its reason', async () => {
    const onSave = vi.fn();
    const { rerender } = render(<SaveStoryButton saved={false} busy={false} error={null} onSave={onSave} onRemove={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save for offline' }));
    expect(onSave).toHaveBeenCalledOnce();
    rerender(
      <SaveStoryButton
        saved={false}
        busy={false}
        error="There is not enough storage space to save this story."
        onSave={onSave}
        onRemove={() => undefined}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('There is not enough storage space');
    expect(screen.getByRole('button', { name: 'Save for offline' })).toHaveAccessibleDescription(/not enough storage space/);
  });

  it('shows a saved story as saved, with a way to remove it', async () => {
    const onRemove = vi.fn();
    render(<SaveStoryButton saved busy={false} error={null} onSave={() => undefined} onRemove={onRemove} />);
    expect(screen.getByText('Saved for offline reading')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove from saved' }));
    expect(onRemove).toHaveBeenCalledOnce();
  });
});
