/**
 * The results images' colours: the presenter screen's design tokens
 * (client/src/styles/base.css), so a chart pasted into a slide looks like
 * the screen the room saw. Both sets meet WCAG AA for text on `background`.
 */
export const IMAGE_THEMES = ['light', 'dark'] as const;
export type ImageThemeName = (typeof IMAGE_THEMES)[number];

export interface ImageTheme {
  name: ImageThemeName;
  /** The canvas (--bg). */
  background: string;
  /** A bar's full-length track (--surface-2). */
  track: string;
  text: string;
  muted: string;
  /** A quiz's correct options (--success). */
  success: string;
  /** In option order, repeating (--bar-1 … --bar-8). */
  bars: readonly string[];
}

export const THEMES: Record<ImageThemeName, ImageTheme> = {
  light: {
    name: 'light',
    background: '#f6f7fb',
    track: '#eef0f7',
    text: '#14172b',
    muted: '#4a5070',
    success: '#0f7a45',
    bars: ['#3b3fd8', '#d9480f', '#0f7a6e', '#a61e8a', '#5c6b00', '#1c6fb8', '#8f3b00', '#5a36b5'],
  },
  dark: {
    name: 'dark',
    background: '#0e1020',
    track: '#20243c',
    text: '#f1f2fa',
    muted: '#b3b8d4',
    success: '#5fd69b',
    bars: ['#8e92ff', '#ff8f5c', '#4fd1c1', '#f07ad8', '#c2d94c', '#6cb6ff', '#ffb366', '#b69cff'],
  },
};

/** The i-th option's bar colour. */
export const barColour = (theme: ImageTheme, i: number) => theme.bars[i % theme.bars.length]!;
