import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Hint } from './hint';

describe('Hint', () => {
  it('describes its control when asked to, and Escape hides it until the pointer leaves', () => {
    render(
      <Hint describeChild title="Disconnect and remove the keys">
        <button type="button">Disconnect</button>
      </Hint>,
    );
    const button = screen.getByRole('button', { name: 'Disconnect' });
    const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Disconnect and remove the keys');
    expect(described?.getAttribute('role')).toBe('tooltip');
    const anchor = button.parentElement as HTMLElement;
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(anchor.hasAttribute('data-dismissed')).toBe(true);
    fireEvent.pointerLeave(anchor);
    expect(anchor.hasAttribute('data-dismissed')).toBe(false);
  });

  it('stays out of the accessible name and description when it repeats a label', () => {
    render(
      <Hint title="Compact rows">
        <button type="button" aria-label="Compact rows" />
      </Hint>,
    );
    const button = screen.getByRole('button', { name: 'Compact rows' });
    expect(button.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
