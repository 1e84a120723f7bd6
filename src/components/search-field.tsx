import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Icon } from './icon';
import { ariaShortcut } from './shortcuts';
import { LightTextField } from './light-field';
import { LightIconButton } from './light-button';
import './search-field.css';

export const SEARCH_DEBOUNCE_MS = 350;

interface SearchFieldProps {
  /** The search in the URL. */
  value: string;
  onCommit(value: string): void;
  /** Defaults to the customers API's search label and its hint about what it matches. */
  label?: string;
  hint?: ReactNode;
}

/**
 * Typing goes to the URL (and so to the store) once the user pauses; Enter sends at once. The box
 * follows the URL when it changes from elsewhere (Back, a removed chip), but never throws away
 * what is being typed because of the echo of its own earlier commit.
 */
export function SearchField({ value, onCommit, label, hint }: SearchFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState({ value, committed: value });
  if (value !== seen.value) {
    setSeen({ ...seen, value });
    if (value !== seen.committed) setDraft(value);
  }

  const commit = (next: string) => {
    setSeen((current) => ({ ...current, committed: next }));
    onCommit(next);
  };

  useEffect(() => {
    if (draft.trim() === value) return;
    const timer = setTimeout(() => {
      setSeen((current) => ({ ...current, committed: draft.trim() }));
      onCommit(draft.trim());
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);

  return (
    <LightTextField
      type="search"
      label={label ?? t('customers.search.label')}
      helperText={hint ?? t('customers.search.hint')}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft.trim() !== value) commit(draft.trim());
      }}
      // `/` comes here from anywhere on the screen (components/shortcuts).
      aria-keyshortcuts={ariaShortcut('search')}
      className="cd-search-field"
      startAdornment={<Icon name="search" size="small" />}
      // Our own clear button works in every browser; Chromium's is hidden.
      endAdornment={
        draft !== '' && (
          <LightIconButton
            size="small"
            aria-label={t('customers.search.clear')}
            onClick={() => {
              setDraft('');
              commit('');
            }}
          >
            <Icon name="close" size="small" />
          </LightIconButton>
        )
      }
    />
  );
}
