/**
 * The button under a list folded to its first rows, which unfolds it and
 * folds it again: "Show all 12 words" / "Show fewer words". Its state is
 * announced as expanded or not.
 */
export function ShowAllButton(props: {
  expanded: boolean;
  /** The label while folded ("Show all 12 words") and while unfolded ("Show fewer words"). */
  all: string;
  fewer: string;
  onToggle: () => void;
  class?: string;
}) {
  return (
    <button
      type="button"
      class={props.class ?? 'link-btn'}
      aria-expanded={props.expanded ? 'true' : 'false'}
      onClick={props.onToggle}
    >
      {props.expanded ? props.fewer : props.all}
    </button>
  );
}
