"use client";

// What is wrong with a form, at its top (the GOV.UK error summary): a title, then each field's
// error as a link that takes the focus to that field. The focus moves here when the summary
// appears, so a keyboard or screen-reader user hears at once why the form was not accepted.
import { useEffect, useId, useRef, type MouseEvent } from "react";
import { classNames } from "./class-names";

export interface ErrorSummaryItem {
  message: string;
  /** the control to go to; without it the item is plain text */
  fieldId?: string;
  /** the field's label, said before the message so that two same messages stay apart */
  label?: string;
}

/** Scrolls the field's label into view (the control alone would hide what it asks for) and focuses the control. */
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (label ?? field).scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

export function ErrorSummary({
  title,
  items = [],
  revision,
  headingLevel = 2,
  className,
  "data-testid": testId,
}: {
  title: string;
  items?: ErrorSummaryItem[];
  /** a new value (each submission's result) moves the focus here again while the summary stays */
  revision?: unknown;
  headingLevel?: 2 | 3;
  className?: string;
  "data-testid"?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [revision]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={classNames("rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900", className)}
      data-testid={testId}
    >
      <Heading id={titleId} className={items.length > 0 ? "font-semibold" : undefined}>
        {title}
      </Heading>
      {items.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {items.map((item, index) => {
            const text = item.label ? `${item.label}: ${item.message}` : item.message;
            return (
              <li key={`${item.fieldId ?? "form"}-${index}`}>
                {item.fieldId ? (
                  <a href={`#${item.fieldId}`} onClick={(event) => goToField(event, item.fieldId!)} className="font-medium text-red-900 underline">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
