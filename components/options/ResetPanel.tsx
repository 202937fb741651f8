import { useState } from 'react';
import { optionsCatalog } from '../../lib/i18n/options';
import { useT } from '../I18n';

/** Reset to the defaults, only after the user confirms. */
export function ResetPanel({ onReset }: { onReset: () => void }) {
  const t = useT(optionsCatalog);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('reset')}
      </button>
    );
  return (
    <div className="notice error" role="alertdialog" aria-labelledby="reset-question">
      <p id="reset-question">{t('resetConfirm')}</p>
      <div className="button-row">
        <button
          type="button"
          className="danger"
          onClick={() => {
            setAsking(false);
            onReset();
          }}
        >
          {t('resetYes')}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the question was just asked; the safe answer takes focus. */}
        <button type="button" autoFocus onClick={() => setAsking(false)}>
          {t('resetNo')}
        </button>
      </div>
    </div>
  );
}
