import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LightSelect, LightTextField } from './light-field';

describe('LightTextField', () => {
  it('is named by its label and described by its helper text', () => {
    render(<LightTextField type="search" label="Search customers" helperText="Matches email" />);
    const box = screen.getByRole('searchbox', { name: 'Search customers' });
    const help = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('Matches email');
  });

  it('has no description without helper text, and passes input attributes through', () => {
    render(<LightTextField label="Page" defaultValue="3" inputMode="numeric" />);
    const box = screen.getByRole('textbox', { name: 'Page' });
    expect(box.hasAttribute('aria-describedby')).toBe(false);
    expect(box.getAttribute('inputmode')).toBe('numeric');
    expect((box as HTMLInputElement).value).toBe('3');
  });
});

describe('LightSelect', () => {
  it('is a named combobox with its options, and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <LightSelect
        label="Language"
        value="en"
        onChange={(event) => onChange(event.target.value)}
        options={[
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'zh-CN', label: '简体中文', lang: 'zh-CN' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(screen.getByRole('option', { name: '简体中文' }).getAttribute('lang')).toBe('zh-CN');
    fireEvent.change(select, { target: { value: 'zh-CN' } });
    expect(onChange).toHaveBeenCalledWith('zh-CN');
  });
});
