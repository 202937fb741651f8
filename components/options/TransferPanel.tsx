import { useId, useState } from 'react';
import type { FieldError } from '../../lib/core/types';
import { optionsCatalog } from '../../lib/i18n/options';
import { useClient } from '../client';
import { useLanguage, useT } from '../I18n';

type Props = { dirty: boolean; onImported: () => void };

/** Saves the file `text` as `filename` through a temporary blob URL and a download link. */
export function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export to a file; import from a file or pasted text, with the background's errors when refused. */
export function TransferPanel({ dirty, onImported }: Props) {
  const t = useT(optionsCatalog);
  const language = useLanguage();
  const client = useClient();
  const fileId = useId();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const [exportFailed, setExportFailed] = useState(false);

  async function runImport(text: string) {
    const answer = await client
      .send({ type: 'import-strategy', text, language })
      .catch((error: { errors?: FieldError[] }) => ({
        ok: false as const,
        errors: error.errors ?? [{ path: '', message: t('backgroundFailed') }],
      }));
    if (answer.ok) {
      setErrors(null);
      setPasted('');
      onImported();
    } else setErrors(answer.errors);
  }

  async function runExport() {
    const file = await client.send({ type: 'export-strategy' }).catch(() => null);
    setExportFailed(!file);
    if (file) download(file.text, file.filename);
  }

  return (
    <section className="card transfer" aria-labelledby="section-transfer">
      <h2 id="section-transfer">{t('sectionTransfer')}</h2>
      <button type="button" onClick={() => void runExport()}>
        {t('exportButton')}
      </button>
      {exportFailed && (
        <p className="field-error" role="alert">
          {t('backgroundFailed')}
        </p>
      )}
      <div className="field">
        <label htmlFor={fileId}>{t('importFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void file.text().then(runImport);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={pasteId}>{t('importPaste')}</label>
        <textarea id={pasteId} rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <button type="button" disabled={pasted.trim() === ''} onClick={() => void runImport(pasted)}>
          {t('importPasteButton')}
        </button>
      </div>
      {dirty && <p className="small muted">{t('importUnsavedNote')}</p>}
      {errors && (
        <div className="notice error" role="alert" data-testid="import-errors">
          <p>{t('importFailed')}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.path}:${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
