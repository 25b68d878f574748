import { useRef, type KeyboardEvent } from 'react';

/**
 * A tab row with a roving tabindex: Tab reaches the selected tab only, the arrow keys (and Home/End) move
 * between tabs and select them, as the WAI-ARIA tabs pattern describes.
 */
export function Tabs<Id extends string>(props: {
  label: string;
  tabs: { id: Id; title: string; controls?: string }[];
  selected: Id;
  onSelect(id: Id): void;
}) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const { tabs, selected } = props;
  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    props.onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div aria-label={props.label} className="tabs" role="tablist">
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) refs.current.set(tab.id, el);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={selected === tab.id}
          aria-controls={tab.controls}
          tabIndex={selected === tab.id ? 0 : -1}
          onClick={() => props.onSelect(tab.id)}
          onKeyDown={(e) => move(e, i)}
        >
          {tab.title}
        </button>
      ))}
    </div>
  );
}
