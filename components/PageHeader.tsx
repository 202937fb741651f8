import type { ReactNode } from 'react';
import { common } from '../lib/i18n/common';
import { useT } from './I18n';

/** The title row of every page: name, tagline, and whatever controls the page puts beside them. */
export function PageHeader({ children }: { children?: ReactNode }) {
  const t = useT(common);
  return (
    <header className="page-header">
      <h1>
        {t('productName')}
        <span className="tagline">{t('tagline')}</span>
      </h1>
      {children}
    </header>
  );
}
