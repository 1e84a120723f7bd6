import { useTranslation } from '../../../i18n/use-translation';
import MenuItem from '@mui/material/MenuItem';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { CUSTOMER_FIELDS } from '../../../lib/customer-fields';
import { useFieldLabel } from '../components/use-field-label';
import { ID_COLUMN, IGNORE, type ColumnMapping } from './column-mapping';

const HIDE_ON_PHONE = { display: { xs: 'none', sm: 'table-cell' } };

interface ColumnMappingTableProps {
  headers: string[];
  sample: string[];
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/** One row per CSV column: its header, a first value, and the customer field it fills. */
export function ColumnMappingTable({
  headers,
  sample,
  mapping,
  onChange,
}: ColumnMappingTableProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('batch.csvImport.mappingLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('batch.csvImport.column')}</TableCell>
            <TableCell sx={HIDE_ON_PHONE}>{t('batch.csvImport.sample')}</TableCell>
            <TableCell>{t('batch.csvImport.mapsTo')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {headers.map((header, index) => {
            const target = mapping[index] ?? IGNORE;
            // A meta column keeps its own key as an option; other meta keys come from other headers.
            const options = [...CUSTOMER_FIELDS, ...(target.startsWith('meta:') ? [target] : [])];
            return (
              <TableRow key={`${index}-${header}`}>
                <TableCell>{header}</TableCell>
                <TableCell sx={{ ...HIDE_ON_PHONE, maxWidth: 200, overflowWrap: 'anywhere' }}>
                  {sample[index] ?? ''}
                </TableCell>
                <TableCell sx={{ minWidth: 180 }}>
                  <TextField
                    select
                    size="small"
                    fullWidth
                    value={target}
                    label={`${t('batch.csvImport.mapsTo')}: ${header}`}
                    onChange={(e) =>
                      onChange(mapping.map((m, i) => (i === index ? e.target.value : m)))
                    }
                  >
                    <MenuItem value={IGNORE}>{t('batch.csvImport.ignore')}</MenuItem>
                    <MenuItem value={ID_COLUMN}>{t('batch.csvImport.idColumn')}</MenuItem>
                    {options.map((name) => (
                      <MenuItem key={name} value={name}>
                        {label(name)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
