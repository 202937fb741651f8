// twitter-text's ESM build only has a default export.
import twitterText from 'twitter-text';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import { useT } from '../I18n';

const RADIUS = 15;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
/** X starts counting down in the ring when 20 characters are left; so do we. */
const COUNTDOWN_FROM = 20;

type Props = { weightedLength: number; limit: number; softTarget: number; text: string };

/** Which colour the ring takes: fine, past the user's own target, nearly full, or over X's limit. */
export function meterLevel(weightedLength: number, limit: number, softTarget: number) {
  if (weightedLength > limit) return 'over';
  if (limit - weightedLength <= COUNTDOWN_FROM) return 'near';
  if (weightedLength > softTarget) return 'target';
  return 'ok';
}

/**
 * A ring like X's own: the weighted count against the limit, with a tick at the user's own
 * target, and the count-down number once the end is near.
 */
export function LengthMeter({ weightedLength, limit, softTarget, text }: Props) {
  const t = useT(sidepanelCatalog);
  const level = meterLevel(weightedLength, limit, softTarget);
  const filled = Math.min(weightedLength / limit, 1);
  const targetAngle = (Math.min(softTarget, limit) / limit) * 360 - 90;
  const remaining = limit - weightedLength;
  const links = twitterText.extractUrls(text).length;
  const label = t('meterLabel', { count: weightedLength, limit });
  const tickX = 18 + RADIUS * Math.cos((targetAngle * Math.PI) / 180);
  const tickY = 18 + RADIUS * Math.sin((targetAngle * Math.PI) / 180);

  return (
    <div className={`meter meter-level-${level}`} data-level={level} data-weighted-length={weightedLength}>
      <svg viewBox="0 0 36 36" width="44" height="44" aria-hidden="true">
        <circle className="meter-track" cx="18" cy="18" r={RADIUS} />
        <circle
          className="meter-fill"
          cx="18"
          cy="18"
          r={RADIUS}
          strokeDasharray={`${filled * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
          transform="rotate(-90 18 18)"
        />
        {softTarget < limit && <circle className="meter-tick" cx={tickX} cy={tickY} r="1.8" />}
        {remaining <= COUNTDOWN_FROM && (
          <text x="18" y="22" textAnchor="middle" className="meter-count">
            {remaining}
          </text>
        )}
      </svg>
      <div className="meter-text">
        <strong>{label}</strong>
        <span className="small muted">
          {remaining < 0 ? t('meterOver', { n: -remaining }) : t('meterRemaining', { n: remaining })}
          {' · '}
          {t('meterTarget', { target: softTarget })}
        </span>
        <span className="small muted">{links > 0 ? t('linksCounted', { n: links }) : t('linksNote')}</span>
      </div>
    </div>
  );
}
