import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import {
  CUSTOMER_FIELDS,
  META_PREFIX,
  withoutField,
  type FieldValues,
} from '../../../lib/customer-fields';
import type { FieldIssue } from '../model/validate-operation';
import { useFieldLabel, useIssueText } from './use-field-label';

interface FieldValuesEditorProps {
  values: FieldValues;
  onChange(values: FieldValues): void;
  issues?: FieldIssue[];
  /** Fields that cannot be set here (the username of an existing customer). */
  exclude?: readonly string[];
}

const META_CHOICE = '__meta__';

/** Field = value rows: pick any writable field or a meta key, set its value, remove it. */
export function FieldValuesEditor({
  values,
  onChange,
  issues = [],
  exclude = [],
}: FieldValuesEditorProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const issueText = useIssueText();
  const [choice, setChoice] = useState('');
  const [metaKey, setMetaKey] = useState('');
  const free = CUSTOMER_FIELDS.filter((f) => !(f in values) && !exclude.includes(f));

  const add = () => {
    const name = choice === META_CHOICE ? `${META_PREFIX}${metaKey.trim()}` : choice;
    if (name === '' || name === META_PREFIX) return;
    onChange({ ...values, [name]: values[name] ?? '' });
    setChoice('');
    setMetaKey('');
  };

  return (
    <Stack spacing={1.5}>
      {Object.entries(values).map(([name, value]) => {
        const problems = issues.filter((issue) => issue.field === name).map(issueText);
        return (
          <Stack key={name} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              fullWidth
              label={label(name)}
              value={value}
              onChange={(e) => onChange({ ...values, [name]: e.target.value })}
              error={problems.length > 0}
              helperText={problems.join(' ') || undefined}
            />
            <IconButton
              aria-label={t('batch.editor.removeField', { field: label(name) })}
              onClick={() => onChange(withoutField(values, name))}
            >
              <DeleteOutlinedIcon />
            </IconButton>
          </Stack>
        );
      })}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <TextField
          select
          size="small"
          label={t('batch.editor.chooseField')}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          sx={{ minWidth: 220 }}
        >
          {free.map((name) => (
            <MenuItem key={name} value={name}>
              {label(name)}
            </MenuItem>
          ))}
          <MenuItem value={META_CHOICE}>{t('batch.editor.metaOption')}</MenuItem>
        </TextField>
        {choice === META_CHOICE && (
          <TextField
            size="small"
            label={t('batch.editor.metaKey')}
            value={metaKey}
            onChange={(e) => setMetaKey(e.target.value)}
          />
        )}
        <Button
          onClick={add}
          disabled={choice === '' || (choice === META_CHOICE && metaKey.trim() === '')}
        >
          {t('batch.editor.addField')}
        </Button>
      </Stack>
    </Stack>
  );
}
