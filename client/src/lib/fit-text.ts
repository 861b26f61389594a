/**
 * Largest font size at which an element's text fits its box. The question is
 * set as big as the screen allows: a short one fills the stage, a
 * 300-character one shrinks until it fits, instead of being cut off.
 */
export interface FitOptions {
  /** Sizes in px; the box's height limit comes from its CSS (max-height). */
  min: number;
  max: number;
}

export function fitText(element: HTMLElement, { min, max }: FitOptions): void {
  const fits = () =>
    element.scrollHeight <= element.clientHeight + 1 &&
    element.scrollWidth <= element.clientWidth + 1;
  let low = min;
  let high = max;
  element.style.fontSize = `${high}px`;
  if (fits()) return;
  // Binary search on whole pixels: at most ~7 layouts.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    element.style.fontSize = `${mid}px`;
    if (fits()) low = mid;
    else high = mid;
  }
  element.style.fontSize = `${low}px`;
}

/** Keep an element fitted while its box changes size; returns the stop function. */
export function keepFitted(element: HTMLElement, options: () => FitOptions): () => void {
  let frame = 0;
  const refit = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => fitText(element, options()));
  };
  fitText(element, options());
  const observer = new ResizeObserver(refit);
  if (element.parentElement) observer.observe(element.parentElement);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
