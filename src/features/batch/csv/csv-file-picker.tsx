import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';

/** A button for the file dialog (keyboard and screen readers) and a drop area around it. */
export function CsvFilePicker({ onFile }: { onFile(file: File): void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [dropped, setDropped] = useState<number>();
  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const { files } = e.dataTransfer;
        // Reading only the first of several would drop the others without a word.
        setDropped(files.length > 1 ? files.length : undefined);
        const file = files[0];
        if (file && files.length === 1) onFile(file);
      }}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        borderRadius: 1,
        p: 3,
        textAlign: 'center',
      }}
    >
      <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
        {t('batch.csvImport.choose')}
        <input
          type="file"
          accept=".csv,text/csv"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('batch.csvImport.drop')}
      </Typography>
      {dropped !== undefined && (
        <Alert severity="warning" sx={{ mt: 2, textAlign: 'start' }}>
          {t('batch.csvImport.oneFileOnly', { count: dropped })}
        </Alert>
      )}
    </Box>
  );
}
