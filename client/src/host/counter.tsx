import { formatNumber } from '../i18n/i18n.js';

/** A field's length against its limit, shown once it gets near (so short text stays uncluttered). */
export function Counter(props: { length: number; max: number; id: string; always?: boolean }) {
  if (!props.always && props.length < props.max * 0.8) return null;
  return (
    <span id={props.id} class={`counter${props.length > props.max ? ' counter-over' : ''}`}>
      {formatNumber(props.length)}/{formatNumber(props.max)}
    </span>
  );
}
