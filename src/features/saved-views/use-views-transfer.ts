import { useTranslation } from '../../i18n/use-translation';
import { useNotify } from '../../components/notices';
import { downloadText } from '../../lib/download-text';
import type { SavedView } from './view-model';
import {
  MAX_FILE_BYTES,
  MAX_VIEWS,
  exportFileName,
  exportViewsText,
  mergeViews,
  parseViewsFile,
  type ImportError,
} from './views-file';
import { getSavedViews, setSavedViews } from './views-store';

/** Export to a JSON file and import from one, each said in a notice (errors stay until closed). */
export function useViewsTransfer() {
  const { t } = useTranslation();
  const notify = useNotify();

  const describe = (error: ImportError): string => {
    const e = 'savedViews.importErrors';
    switch (error.code) {
      case 'notJson':
        return t(`${e}.notJson`, { detail: error.detail });
      case 'newerVersion':
        return t(`${e}.newerVersion`, { version: error.version });
      case 'tooMany':
        return t(`${e}.tooMany`, { count: error.count, max: MAX_VIEWS });
      case 'badEntries': {
        const list = error.entries.slice(0, 5).map((entry) => {
          const which = entry.name
            ? t(`${e}.entryNamed`, { position: entry.position, name: entry.name })
            : t(`${e}.entry`, { position: entry.position });
          return `${which}: ${entry.fields.map((field) => t(`${e}.fields.${field}`)).join('; ')}`;
        });
        if (error.entries.length > 5) list.push('…');
        return t(`${e}.badEntries`, {
          bad: error.entries.length,
          count: error.count,
          list: list.join('; '),
        });
      }
      default:
        return t(`${e}.${error.code}`);
    }
  };

  const exportAll = (views: readonly SavedView[]) => {
    const file = exportFileName();
    downloadText(exportViewsText(views), file, 'application/json');
    notify({ message: t('savedViews.exported', { count: views.length, file }) });
  };

  const importFile = async (file: File) => {
    const fail = (error: ImportError) =>
      notify({
        severity: 'error',
        message: `${t('savedViews.importErrors.title', { file: file.name })} ${describe(error)}`,
      });
    // Not read at all when it is plainly too big to be a views file.
    if (file.size > MAX_FILE_BYTES) return fail({ code: 'tooLarge' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      fail({ code: 'notJson', detail: (error as Error).message });
      return;
    }
    const result = parseViewsFile(text);
    if (!result.ok) return fail(result.error);
    const merged = mergeViews(getSavedViews(), result.views);
    if (merged.views.length > MAX_VIEWS)
      return fail({ code: 'tooMany', count: merged.views.length });
    setSavedViews(() => merged.views);
    const renamed = merged.renamed.map(({ from, to }) => `“${from}” → “${to}”`).join(', ');
    notify({
      message: [
        t('savedViews.imported', { count: merged.added }),
        renamed && t('savedViews.renamed', { list: renamed }),
      ]
        .filter(Boolean)
        .join(' '),
    });
  };

  return { exportAll, importFile };
}
