"""Accessibility checks of one loaded page in several states, for tests/test_browser_site.py.

A page is loaded once; the states change on that page without a reload (viewport size,
colour scheme, print media, tools filled in). Every state is checked; axe runs its whole
WCAG 2.2 A/AA rule set once per page, at the desktop size in light mode with the tools
filled in (filled tools show scores, bands and buttons the empty ones do not), and only
the rules whose outcome can change in the other states:

- COLOUR (color-contrast, link-in-text-block): colours change with the scheme, with the
  tools filled in (a chosen rating) and on paper, and the phone layout shows what the
  desktop one hides (the column name in each cell of a stacked table).
- LAYOUT (target-size, scrollable-region-focusable, aria-hidden-focus): sizes, gaps,
  overflow and what is hidden change with the viewport. Not on paper: nothing there is
  tapped, scrolled or reached with a keyboard.

The sizes: 390 and 320 px are phones, 1024 px is in Material's 960-1220 px band (the
navigation beside the page, no table of contents), 1280 px is a laptop. Each scheme is
seen with the tools empty and filled in, on a phone and on a wider screen: 1024 dark
and 390 light empty, 320 dark and 1280 light filled in. Filling in changes the tools
only, so with the tools empty COLOUR runs on the tools (TOOLS); the rest of the page is
checked in light at 1280, in dark at 320 and on paper. That holds because no stylesheet
of ours changes a colour with the width (tests/test_stylesheets.py).

A tool's colours and focus rings come from its kind's template and the stylesheets, not
from its words: every page runs every rule on its tools at 1280 light (filled in), and
the other states check the tools' colours on the pages of tool_pages(), which between
them hold every variant of every kind (checklist items with and without a "why", each
worksheet field and column type, self- and client assessments), and their focus rings
on the fewest of those that hold a control of every kind (focus_pages()). The other
pages check the rest of the page in those states (TOOLS excluded). Material's header
and footer are the same on every page: the first page (CHROME_PAGE in the test) checks
the whole page with every rule in every state; the others check `.md-main` (navigation
and page). color-contrast is most of axe's time (2-4 s a run on a long page), hence the
care; for the same reason the states after 1280 light check the first rows of Section
links' long lists only (BEYOND_SAMPLE). Each check returns a list of problems, so that a
known-bad page can show that it fails (test_the_checks_catch_...).
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup

# WCAG 2.0, 2.1 and 2.2, levels A and AA (target-size is wcag22aa).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# The playbook's own widgets (tools, workspace menu, dialogs) are held to axe's best practices too.
WITH_BEST_PRACTICE = [*WCAG_TAGS, "best-practice"]
COLOUR = ["color-contrast", "link-in-text-block"]
LAYOUT = ["target-size", "scrollable-region-focusable", "aria-hidden-focus"]
DESKTOP = {"width": 1280, "height": 720}
BAND = {"width": 1024, "height": 768}
# Below Material's header and above its footer: the navigation and the page. The header
# and footer are the same on every page and are checked, in every state, on CHROME_PAGE.
MAIN = ".md-main"
TOOLS = ".cpp-component"  # every tool on the page: what filling in changes
# Section links lists every page and section, a row each (357 rows, three copies of
# axe's slowest page in every state). Every row comes from one template with the same
# classes and stylesheet, so after 1280 light (every rule, every row) the other states
# run their rules on the first three rows of each list: a longer title makes a row
# taller, not another colour, and only adds space between its targets. overflow()
# still measures the whole page.
BEYOND_SAMPLE = ".cpp-links__page:nth-child(n+4), .cpp-format-links__item:nth-child(n+4)"
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 640}
AXE_SCRIPT = Axe().axe_script  # axe-core as bundled by axe-playwright-python (4.12 today)

# A tool off screen is not drawn until a reader scrolls near it (content-visibility: auto,
# playbook.css); axe and the width checks measure drawn boxes and colours, so before they
# run every tool is drawn as it looks once the reader has scrolled to it.
DRAW_EVERY_TOOL = ("cpp-test-draw-all", ".cpp-component { content-visibility: visible !important; }")

# Material animates its sidebar, search box and overlay for 250-300 ms when the width
# crosses one of its breakpoints, and the walk resizes a page four times: a reader sees
# the end state, so the walk goes there at once. Animations (keyframes) still run.
NO_TRANSITIONS = (
    "cpp-test-no-transitions",
    "*, ::before, ::after { transition-duration: 0s !important; transition-delay: 0s !important; }",
)


def add_style(page, style: tuple[str, str]) -> None:
    """Add one of the styles above to the loaded page, once."""
    page.evaluate(
        """([id, css]) => {
      if (document.getElementById(id)) return;
      const style = Object.assign(document.createElement('style'), {id, textContent: css});
      document.head.append(style);
    }""",
        list(style),
    )


FILL_EVERYTHING = """() => {
  const fire = (el) => { el.dispatchEvent(new Event('input', {bubbles: true}));
                         el.dispatchEvent(new Event('change', {bubbles: true})); };
  document.querySelectorAll('.cpp-component input, .cpp-component textarea, .cpp-component select').forEach((el) => {
    if (el.disabled || el.type === 'file' || el.type === 'hidden') return;
    if (el.type === 'checkbox') { el.checked = true; fire(el); }
    else if (el.type === 'radio') { if (!el.checked) { el.checked = true; fire(el); } }  // the last in each group wins
    else if (el.tagName === 'SELECT') { el.selectedIndex = el.options.length - 1; fire(el); }
    else if (el.type === 'number') { el.value = el.min || '10'; fire(el); }
    else if (el.type === 'date') { el.value = '2026-11-23'; fire(el); }
    else { el.value = 'Answer typed by a reader'; fire(el); }
  });
  return document.querySelectorAll('.cpp-component').length;
}"""


def axe(
    page,
    rules: list[str] | None = None,
    within: str | None = None,
    without: str | None = None,
    tags: list[str] = WCAG_TAGS,
) -> list[str]:
    """axe's violations: every rule of `tags` (WCAG A/AA), or only `rules`; the whole page
    or what matches `within` (nothing matching is an error), leaving out what matches
    `without`. Every browser test calls this one, not `Axe().run`, which injects axe again
    on every call.

    axe runs without working out CSS selectors, ancestry or XPaths for what it finds (a
    quarter to a third of its time on a long page); only when something fails does it run
    the rules that failed again, with them, to say where."""
    add_style(page, DRAW_EVERY_TOOL)
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)  # once per page load: the states below reuse it
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": tags}
    options = {
        "runOnly": run_only,
        "resultTypes": ["violations"],
        "selectors": False,
        "ancestry": False,
        "xpath": False,
    }
    script = """([within, without, options]) => axe.run({include: within ? [[within]] : document, exclude: without ? [[without]] : []}, options).then(
               (r) => r.violations.map((v) => ({id: v.id, text: `${v.id}: ${v.help} -> ${JSON.stringify(v.nodes.slice(0, 5).map((n) => n.target))}`})))"""
    found = page.evaluate(script, [within, without, options])
    if not found:
        return []
    # again with selectors, for the rules that failed only
    options.update(runOnly={"type": "rule", "values": sorted({v["id"] for v in found})}, selectors=True)
    again = page.evaluate(script, [within, without, options])
    return [v["text"] for v in again] or [
        f"{v['text']} (not found on a second run: the page was still changing)" for v in found
    ]


def overflow(page) -> list[str]:
    """The page scrolls sideways, or a worksheet table is wider than its box (a phone
    shows one card per row, each field under its column's name)."""
    add_style(page, DRAW_EVERY_TOOL)
    return page.evaluate(
        """() => {
      const problems = [], root = document.documentElement;
      if (root.scrollWidth > root.clientWidth)
        problems.push(`page is ${root.scrollWidth - root.clientWidth}px wider than the window`);
      document.querySelectorAll('.cpp-table-wrap').forEach((wrap, i) => {
        if (!wrap.getClientRects().length) return;  // not on screen (the print pack's paper-only sheets)
        const table = wrap.querySelector('table');
        if (table.offsetWidth > wrap.clientWidth + 1)
          problems.push(`worksheet table ${i + 1} is ${table.offsetWidth - wrap.clientWidth}px wider than its box`);
        const label = wrap.querySelector('td .cpp-table__label');
        if (label && label.offsetHeight < 2)
          problems.push(`worksheet table ${i + 1}: its cells do not show their column's name`);
      });
      return problems;
    }"""
    )


def print_tables(page) -> list[str]:
    """On paper a worksheet table stays a table with its header row."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.cpp-table')].flatMap((t, i) =>
          getComputedStyle(t).display === 'table' && t.tHead && t.tHead.offsetHeight > 2 ? []
            : [`worksheet table ${i + 1} is not printed as a table with its header row`])"""
    )


# One control of each kind in the tools; reached with Shift+Tab (coming back up the page,
# where the sticky header is), it must show a ring of 2px or more at 3:1 against the page,
# on itself or on its label, and stop below the header.
CONTROLS = [
    ("rating", ".cpp-scale input[type=radio]"),
    ("option", ".cpp-option input[type=radio]"),
    ("checkbox", ".cpp-component input[type=checkbox]"),
    ("select", ".cpp-component select"),
    ("text box", ".cpp-component input[type=text], .cpp-component textarea"),
    ("summary", ".cpp-component summary"),
    ("button", ".cpp-component button:not([hidden])"),
    ("link", ".cpp-component a[href]"),
]
RING = """(el) => {
  const rgb = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
  const lum = ({r, g, b}) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                                      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
                                 b: top.b * top.a + under.b * (1 - top.a), a: 1});
  const background = (e) => { const stack = []; for (; e; e = e.parentElement) stack.unshift(rgb(getComputedStyle(e).backgroundColor));
    return stack.reduce((c, layer) => over(layer, c), {r: 255, g: 255, b: 255, a: 1}); };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const contrast = (e) => { const s = getComputedStyle(e);
    if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return 0;
    const bg = background(e.parentElement); return ratio(over(rgb(s.outlineColor), bg), bg); };
  const focused = document.activeElement;
  const label = focused.labels && focused.labels[0];
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  const top = (label || focused).getBoundingClientRect().top;
  return {tag: focused.tagName + (focused.type ? '[' + focused.type + ']' : ''), same: focused === el,
          contrast: Math.max(contrast(focused), label ? contrast(label) : 0), top, header};
}"""


def fewest_pages(have: dict[str, set], wanted: set) -> dict[str, set]:
    """A few of the pages (source -> what it holds) that between them hold everything in
    `wanted`, each with what it adds: each time the page that adds the most still missing
    (the first by name, for a choice that stays put). Something no page holds fails."""
    missing, chosen = set(wanted), {}
    while missing:
        best = max(sorted(have), key=lambda src: len(have[src] & missing))
        if not have[best] & missing:
            raise AssertionError(f"no page holds {sorted(map(str, missing))}")
        chosen[best] = have[best] & missing
        missing -= chosen[best]
    return chosen


def focus_pages(pages: dict[str, BeautifulSoup]) -> dict[str, set[str]]:
    """Of the built pages given (source -> parsed HTML), the few that between them hold a
    control of every kind in CONTROLS (fewest_pages), each with the kinds to check there:
    a focus ring comes from the control's kind and the stylesheets, not from its page."""
    have = {src: {kind for kind, selector in CONTROLS if html.select(selector)} for src, html in pages.items()}
    return fewest_pages(have, {kind for kind, _ in CONTROLS})


def focus(page, kinds: set[str] | None = None) -> list[str]:
    """Shift+Tab onto one control of each kind in the tools (`kinds`, or every kind the
    page has), from the next control, with the control just above the window: it is
    shown with a visible ring, below the header."""
    problems = []
    for kind, selector in CONTROLS:
        if kinds is not None and kind not in kinds:
            continue
        target = page.locator(selector).locator("visible=true").first
        if target.count() == 0:
            if kinds is not None:
                problems.append(f"{kind}: no visible control of this kind to focus")
            continue
        target.focus()
        page.keyboard.press("Tab")  # the control after it
        target.evaluate("(el) => window.scrollTo(0, el.getBoundingClientRect().bottom + scrollY + 40)")
        page.keyboard.press("Shift+Tab")
        seen = target.evaluate(RING)
        if seen["contrast"] < 3:
            problems.append(f"{kind} ({seen['tag']}): no focus ring of 2px at 3:1 (contrast {seen['contrast']:.1f})")
        if seen["top"] < seen["header"]:
            problems.append(
                f"{kind} ({seen['tag']}): focused under the sticky header (top {seen['top']:.0f} < {seen['header']:.0f})"
            )
    return problems


def settle(page) -> None:
    """Wait for running CSS transitions and animations (Material fades colours and the
    header's title): axe must see the colours a reader sees, not the ones half-way. At
    most 3 s, so that an animation that never ends cannot hang the run."""
    page.evaluate("""() => Promise.race([new Promise((done) => setTimeout(done, 3000)),
      Promise.all(document.getAnimations()
        .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => null)))])""")


def set_scheme(page, scheme: str) -> None:
    """Follow the system's scheme (the site does, until the reader picks one)."""
    page.emulate_media(color_scheme=scheme)
    page.wait_for_function(
        "(s) => document.body.getAttribute('data-md-color-scheme') === s",
        arg="slate" if scheme == "dark" else "default",
    )
    settle(page)


def variants(component) -> set[tuple[str, ...]]:
    """What a tool's template draws differently by kind and data (see the docstring)."""
    if component.kind == "checklist":
        return {("checklist", "why" if any(item.why for item in component.items) else "plain")}
    if component.kind == "assessment":
        return {("assessment", "client" if component.for_client else "self")}
    return {("worksheet", field.type) for field in component.fields} | {
        ("worksheet", "column", column.type) for field in component.fields for column in field.columns
    }


def tool_pages(registry) -> set[str]:
    """A few pages (sources) that between them hold every variant of every tool the site
    has (fewest_pages)."""
    have: dict[str, set] = {}
    for cid, src in registry.usage.items():
        have.setdefault(src, set()).update(variants(registry.components[cid]))
    return set(fewest_pages(have, set().union(*have.values())))


def every_state(
    page, has_tools: bool, chrome: bool, tool_states: bool = True, focus_kinds: set[str] | None = None
) -> list[str]:
    """Walk one loaded page (1280x720, light, tools empty) through the states; return
    every problem, each prefixed with its state. With `tool_states` false (a page not in
    tool_pages()), its tools are checked at 1280 light only. The focus rings of a page
    with tool states: of the controls of `focus_kinds` (focus_pages()), or of every kind
    it has."""
    problems: list[str] = []
    add_style(page, NO_TRANSITIONS)
    tool_states = has_tools and tool_states
    split = not tool_states and page.locator(TOOLS).count() > 0  # tools on the page (or its paper)
    rings = tool_states and focus_kinds != set()  # set(): no focus rings on this page

    def note(state, found):
        problems.extend(f"[{state}] {p}" for p in found)

    def check(state, rules):
        colour = [r for r in rules if r in COLOUR]
        if chrome:
            note(state, axe(page))
        elif not (split and colour):
            note(state, axe(page, rules, MAIN, BEYOND_SAMPLE))
        else:  # the layout of the whole page, the colours of all but its tools
            if layout := [r for r in rules if r not in colour]:  # (no rules would mean every rule)
                note(state, axe(page, layout, MAIN, BEYOND_SAMPLE))
            note(state, axe(page, colour, MAIN, f"{TOOLS}, {BEYOND_SAMPLE}"))

    def check_empty(state):
        """Tools empty: the layout of the whole page, the colours of the tools."""
        check(state, LAYOUT)
        if tool_states and not chrome:
            note(state, axe(page, COLOUR, TOOLS))

    # light as loaded, dark twice, light again: a change of scheme restyles the whole
    # page, so two changes, not four
    page.set_viewport_size(PHONE)
    set_scheme(page, "light")
    check_empty("390 light, tools empty")
    note("390 light", overflow(page))
    page.set_viewport_size(BAND)
    set_scheme(page, "dark")
    check_empty("1024 dark, tools empty")
    if rings:
        note("1024 dark", focus(page, focus_kinds))
    if has_tools:
        assert page.evaluate(FILL_EVERYTHING) > 0
    page.set_viewport_size(SMALL_PHONE)
    set_scheme(page, "dark")
    check("320 dark", LAYOUT + COLOUR)
    note("320 dark", overflow(page))
    page.set_viewport_size(DESKTOP)
    set_scheme(page, "light")
    page.evaluate("window.scrollTo(0, 0)")  # the sidebar as a reader first sees it
    # Material fades the header's title back in: wait until it is opaque, not half-way.
    page.wait_for_function("getComputedStyle(document.querySelector('.md-header__topic')).opacity === '1'")
    note("1280 light", axe(page))
    if rings:
        note("1280 light", focus(page, focus_kinds))
    page.emulate_media(media="print")
    check("print", COLOUR)
    note("print", print_tables(page))
    page.emulate_media(media="screen")
    return problems
