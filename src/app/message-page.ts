import { styled } from '@mui/material/styles';

/** A page that is only a message and what to do next (not found, a screen that failed). */
export const MessagePage = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: theme.spacing(2),
  padding: theme.spacing(3),
  '& > h1': { ...theme.typography.h5, margin: 0 },
}));
