import type { Severity } from '../core/types';

/**
 * X's display themes: light (white) and lights out (black, or rgb 5 5 5 with high contrast). Dim
 * (dark blue, rgb 21 32 43) was removed by X in February 2026; it is kept for users of extensions
 * that restore it (Control Panel for Twitter paints the body that colour).
 */
export type XTheme = 'light' | 'dim' | 'dark';

/**
 * The theme X is showing, read from the body's background colour (X paints it there). It reads
 * computed style: call it where style is fresh (the coach does so after a frame), not right after
 * a DOM change, where it would force a style recalculation.
 */
export function themeOf(doc: Document): XTheme {
  const view = doc.defaultView;
  const colour = view && doc.body ? view.getComputedStyle(doc.body).backgroundColor : '';
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(colour);
  if (!match || match[4] === '0') return 'light';
  const [r, g, b] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  if (luminance > 0.5) return 'light';
  // Dim (restored by an extension) is a dark blue; lights out is (near) black.
  return b - r > 12 && luminance > 0.05 ? 'dim' : 'dark';
}

type Paint = { line: string; fill: string };

/**
 * Colours for each severity, chosen for contrast on each theme: darker, saturated lines on white,
 * lighter ones on the dark themes, always with a faint fill so the words stay readable.
 */
const palette: Record<XTheme, Record<Severity, Paint>> = {
  light: {
    error: { line: 'rgb(200, 30, 45)', fill: 'rgba(244, 33, 46, 0.14)' },
    warning: { line: 'rgb(180, 100, 0)', fill: 'rgba(255, 173, 31, 0.2)' },
    suggestion: { line: 'rgb(29, 110, 200)', fill: 'rgba(29, 155, 240, 0.12)' },
  },
  dim: {
    error: { line: 'rgb(255, 110, 120)', fill: 'rgba(255, 110, 120, 0.2)' },
    warning: { line: 'rgb(255, 200, 90)', fill: 'rgba(255, 200, 90, 0.18)' },
    suggestion: { line: 'rgb(120, 190, 255)', fill: 'rgba(120, 190, 255, 0.16)' },
  },
  dark: {
    error: { line: 'rgb(255, 100, 110)', fill: 'rgba(255, 100, 110, 0.22)' },
    warning: { line: 'rgb(255, 205, 80)', fill: 'rgba(255, 205, 80, 0.2)' },
    suggestion: { line: 'rgb(110, 185, 255)', fill: 'rgba(110, 185, 255, 0.18)' },
  },
};

/** The line and fill colour for a severity on a theme. */
export function paintFor(theme: XTheme, severity: Severity): Paint {
  return palette[theme][severity];
}
