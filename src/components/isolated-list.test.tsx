import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IsolatedList } from './isolated-list';

describe('IsolatedList', () => {
  it('puts each part in its own bdi, separators outside them', () => {
    const { container } = render(
      <p>
        <IsolatedList parts={['\u202Eevil city', 'Texas', 'United States']} />
      </p>,
    );
    const isolates = [...container.querySelectorAll('bdi')].map((el) => el.textContent);
    expect(isolates).toEqual(['\u202Eevil city', 'Texas', 'United States']);
    expect(container.textContent).toBe('\u202Eevil city, Texas, United States');
    // The override's reach ends with its bdi: the separator is a sibling, not inside it.
    expect(container.querySelector('p')?.childNodes[1]?.textContent).toBe(', ');
  });

  it('renders nothing for no parts', () => {
    const { container } = render(
      <p>
        <IsolatedList parts={[]} />
      </p>,
    );
    expect(container.querySelector('p')?.textContent).toBe('');
  });
});
