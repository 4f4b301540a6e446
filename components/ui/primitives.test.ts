// The primitives' wiring, rendered to HTML as the server renders it: what assistive technology
// relies on (a label for each control, the hint and the error read with it, links to the fields).
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonClass } from "./button";
import { ErrorSummary } from "./error-summary";
import { Field } from "./field";
import { Caption, Table, TableHead, Td, Th, Tr } from "./table";
import { Tag } from "./tag";

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe("Field", () => {
  it("labels the control and describes it by its hint and its error, and marks it invalid", () => {
    const out = html(h(Field, { id: "iin", label: "IIN", hint: "12 digits", error: "Check the IIN", children: (control) => h("input", { ...control, name: "iin" }) }));
    expect(out).toContain('<label for="iin"');
    expect(out).toContain('id="iin"');
    expect(out).toContain('aria-describedby="iin-hint iin-error"');
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('<p id="iin-hint"');
    expect(out).toContain('<p id="iin-error"');
  });

  it("leaves a valid control without aria-invalid and without a dangling description", () => {
    const out = html(h(Field, { id: "name", label: "Name", children: (control) => h("input", control) }));
    expect(out).not.toContain("aria-invalid=");
    expect(out).not.toContain("aria-describedby=");
  });

  it("adds the caller's own descriptions between the hint and the error", () => {
    const out = html(h(Field, { id: "iin", label: "IIN", hint: "12 digits", describedBy: "iin-status", isInvalid: true, children: (control) => h("input", control) }));
    expect(out).toContain('aria-describedby="iin-hint iin-status"');
    expect(out).toContain('aria-invalid="true"');
  });
});

describe("ErrorSummary", () => {
  it("is an alert named by its title, each field's error a link to the field", () => {
    const out = html(
      h(ErrorSummary, {
        title: "Correct the marked fields",
        items: [{ fieldId: "lastName", label: "Last name", message: "Fill in this field" }, { message: "Something about the whole form" }],
      }),
    );
    const titleId = /aria-labelledby="([^"]+)"/.exec(out)?.[1];
    expect(out).toContain('role="alert"');
    expect(out).toContain('tabindex="-1"');
    expect(out).toContain(`<h2 id="${titleId}"`);
    expect(out).toContain('href="#lastName"');
    expect(out).toContain("Last name: Fill in this field");
    expect(out).toMatch(/<li>Something about the whole form<\/li>/);
  });

  it("is only a title when no field is named", () => {
    const out = html(h(ErrorSummary, { title: "Wrong login or password", headingLevel: 3 }));
    expect(out).toContain("<h3");
    expect(out).not.toContain("<ul");
  });
});

describe("Button", () => {
  it("never submits a form unless told to", () => {
    expect(html(h(Button, null, "Go"))).toContain('type="button"');
    expect(html(h(Button, { type: "submit" }, "Go"))).toContain('type="submit"');
  });

  it("keeps the caller's layout classes after its own look", () => {
    expect(buttonClass({ variant: "danger", size: "sm", className: "ml-3" })).toMatch(/bg-red-700 .*px-3 py-1\.5 text-sm ml-3$/);
  });
});

describe("Table and Tag", () => {
  it("scopes header cells and aligns numbers", () => {
    const out = html(
      h(
        Table,
        { id: "t" },
        h(Caption, null, "Rows"),
        h(TableHead, null, h(Th, null, "Name"), h(Th, { isNumeric: true }, "Count")),
        h("tbody", null, h(Tr, null, h(Th, { scope: "row" }, "A"), h(Td, { isNumeric: true }, "1"))),
      ),
    );
    expect(out).toContain('<th scope="col">Name</th>');
    expect(out).toContain('<th scope="col" class="text-right">Count</th>');
    expect(out).toContain('<th scope="row" class="text-left font-medium">A</th>');
    expect(out).toContain('<td class="text-right tabular-nums">1</td>');
    expect(out).toMatch(/<table [^>]*id="t"/);
  });

  it("colours a tag by its tone, or leaves the colour to the caller", () => {
    expect(html(h(Tag, { tone: "red", isOutlined: true }, "Late"))).toContain("bg-red-100 text-red-900 ring-1 ring-red-400");
    expect(html(h(Tag, { className: "bg-sky-100 text-sky-900" }, "Registered"))).not.toMatch(/bg-(slate|red|emerald)/);
  });
});
