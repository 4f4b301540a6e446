import { describe, expect, it } from "vitest";
import { pagesOnDisk, routeHandlersOnDisk, serverActionsOnDisk, type EntryOnDisk } from "../../tests/entry-points-on-disk";
import { SIMPLE_ACTIONS } from "../workflow/perform-action";
import { PAGES, ROUTE_HANDLERS, SERVER_ACTIONS, type Guard } from "./entry-points";
import { ACTIONS, BUTTON_ACTIONS, TRANSITIONS } from "./lifecycle";
import { PERMISSIONS, WORKSPACE_PATHS, type Permission } from "./permissions";

const keys = (entries: EntryOnDisk[]) => entries.map((e) => e.key).sort();
const ALL: [string, Guard][] = [...Object.entries(PAGES), ...Object.entries(ROUTE_HANDLERS), ...Object.entries(SERVER_ACTIONS)];

describe("the entry points", () => {
  it("has a row for every page, route handler and server action on disk, and none for anything else", () => {
    const pages = pagesOnDisk();
    const routes = routeHandlersOnDisk();
    const actions = serverActionsOnDisk();
    // the walk itself finds what is there
    expect(pages.length).toBeGreaterThan(20);
    expect(routes.length).toBeGreaterThan(5);
    expect(actions.some((a) => a.isInline)).toBe(true);

    expect(keys(pages), "pages on disk vs PAGES").toEqual(Object.keys(PAGES).sort());
    expect(keys(routes), "route handlers on disk vs ROUTE_HANDLERS").toEqual(Object.keys(ROUTE_HANDLERS).sort());
    expect(keys(actions), "server actions on disk vs SERVER_ACTIONS").toEqual(Object.keys(SERVER_ACTIONS).sort());
    expect(new Set(keys(actions)).size, "server action names are unique").toBe(actions.length);
  });

  it("names only permissions of the table", () => {
    for (const [entry, guard] of ALL) if ("permission" in guard) expect(Object.keys(PERMISSIONS), entry).toContain(guard.permission);
  });

  it("guards every workspace page with its own workspace's permission", () => {
    const workspaceOf = new Map(Object.entries(WORKSPACE_PATHS).map(([, path]) => [path, `workspace.${path.slice(1)}` as Permission]));
    for (const [page, guard] of Object.entries(PAGES)) {
      const workspace = workspaceOf.get(`/${page.split("/")[1]}`);
      if (workspace) expect(guard, page).toEqual({ permission: workspace });
      else expect("permission" in guard, `${page} lies outside every workspace`).toBe(false);
    }
  });

  it("leaves nothing that writes open to anyone but the status lookup, the language choice and signing in (by password or code)", () => {
    const open = Object.entries(SERVER_ACTIONS).filter(([, guard]) => "public" in guard).map(([name]) => name);
    expect(open.sort()).toEqual(["chooseLocale", "lookUpStatus", "submitCodeSignIn", "submitSignIn"]);
  });

  it("runs each transition through the action that takes its input", () => {
    // (the teacher's online form posts files, so its entry is a route handler, not an action)
    const byInput = Object.fromEntries(
      Object.entries({ ...SERVER_ACTIONS, ...ROUTE_HANDLERS }).flatMap(([name, guard]) => ("transitions" in guard ? [[guard.transitions, name]] : [])),
    );
    // every kind of input has one action, and every transition is reachable through one
    expect(Object.keys(byInput).sort()).toEqual([...new Set(TRANSITIONS.map((t) => t.input))].sort());
    expect(byInput.onlineForm).toBe("POST /api/applicant/online-application");
    // the one-button action runs exactly the one-button steps of the table
    expect(Object.keys(SIMPLE_ACTIONS).sort()).toEqual([...BUTTON_ACTIONS].sort());
    expect(ACTIONS.filter((a) => TRANSITIONS.some((t) => t.action === a && t.input === "completenessCheck"))).toEqual(["ACCEPT_DOCUMENTS", "REFUSE_DOCUMENTS"]);
  });
});
