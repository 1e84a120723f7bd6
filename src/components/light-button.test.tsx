import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryLocation } from '../routes/hash-location';
import { AppRouter } from '../routes/navigation';
import { LightAlert } from './light-alert';
import { LightButton, LightButtonLink, LightIconButton } from './light-button';

describe('LightButton', () => {
  it('is a native button that does not submit forms, and passes its look as data', () => {
    const onClick = vi.fn();
    render(
      <form onSubmit={() => onClick('submitted')}>
        <LightButton
          variant="outlined"
          size="small"
          color="error"
          onClick={() => onClick('clicked')}
        >
          Delete
        </LightButton>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.dataset).toMatchObject({ variant: 'outlined', size: 'small', color: 'error' });
    fireEvent.click(button);
    expect(onClick.mock.calls).toEqual([['clicked']]);
  });

  it('when disabled, is not pressed', () => {
    const onClick = vi.fn();
    render(
      <LightButton disabled onClick={onClick}>
        Add
      </LightButton>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('LightButtonLink', () => {
  it('is a link with a real href to the in-app path, and navigates in the page', async () => {
    const location = createMemoryLocation('/customers');
    render(
      <AppRouter source={location}>
        <LightButtonLink to="/batch" variant="contained">
          Batch
        </LightButtonLink>
      </AppRouter>,
    );
    const link = screen.getByRole('link', { name: 'Batch' });
    expect(link.getAttribute('href')).toContain('/batch');
    fireEvent.click(link);
    await waitFor(() => expect(location.location().pathname).toBe('/batch'));
  });
});

describe('LightIconButton', () => {
  it('is named by its aria-label', () => {
    render(
      <LightIconButton aria-label="Next page">
        <svg />
      </LightIconButton>,
    );
    expect(screen.getByRole('button', { name: 'Next page' }).getAttribute('type')).toBe('button');
  });
});

describe('LightAlert', () => {
  it('is an alert by default, a status when asked, with its title, actions and a translated Close', () => {
    const onClose = vi.fn();
    const { unmount } = render(
      <LightAlert
        severity="error"
        title="Could not load"
        action={<button>Retry</button>}
        onClose={onClose}
      >
        The store did not answer.
      </LightAlert>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not load');
    expect(alert.textContent).toContain('The store did not answer.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    unmount();

    render(
      <LightAlert severity="success" role="status">
        Added
      </LightAlert>,
    );
    expect(screen.getByRole('status').textContent).toBe('Added');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
