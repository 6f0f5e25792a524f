"""axe-core in the browser tests: every page they visit is checked at a phone's and a desktop's width,
and any violation of impact moderate or above fails the test. At the phone's width (320 CSS px, the
narrowest WCAG asks content to reflow to) the page must not scroll sideways either: a wide table
scrolls inside its own box.

axe comes from the `axe-playwright-python` package (it ships axe.min.js; nothing is fetched while the
tests run) and is injected through the DevTools protocol, so the page's Content-Security-Policy does
not have to let it in. `AxeWatch` also remembers every HTML page a browser context loaded, so a test
can end with `assert_all_checked()`: a page visited but never checked is a failure, not a gap.
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
BLOCKING = ("moderate", "serious", "critical")
OPTIONS = {"resultTypes": ["violations"]}

_axe = Axe()

# The page scrolls sideways if its content is wider than the window; name the widest culprits
# (the last elements found sticking out, outside any box of their own that scrolls), so the failure
# says what to fix.
WIDER_THAN_THE_PAGE = """() => {
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const scrolls = (el) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const right = el.getBoundingClientRect().left + Math.max(el.scrollWidth, el.getBoundingClientRect().width);
    if (right <= width + 1 || scrolls(el)) continue;
    let inside = false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (scrolls(up)) inside = true;
    if (inside) continue;
    const name = el.tagName.toLowerCase() + (el.getAttribute("class") ? "." + el.getAttribute("class").trim().split(/\\s+/).join(".") : "");
    out.push(name + " (" + Math.round(right) + " px)");
  }
  return out.length ? out.slice(-5) : ["document " + document.documentElement.scrollWidth + " px"];
}"""


def violations(page: Any) -> list[dict[str, Any]]:
    """axe's violations on the page as it is now, those of impact moderate or above. axe is put into a
    document once, not at every check (`Axe.run` injects its 560 KB each time, 50 ms a check)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe.axe_script)
    results = page.evaluate("options => window.axe.run(document, options)", OPTIONS)
    return [v for v in results["violations"] if v.get("impact") in BLOCKING]


def describe(found: list[dict[str, Any]]) -> str:
    lines = []
    for violation in found:
        lines.append(f"  {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


def assert_accessible(page: Any, where: str = "", widths: tuple[dict[str, int], ...] = (PHONE, DESKTOP)) -> None:
    """Run axe at each width (the page's own size is put back afterwards); fail on any violation
    of impact moderate or above, naming the rule, the width and the elements."""
    original = page.viewport_size
    problems = []
    try:
        for size in widths:
            page.set_viewport_size(size)
            found = violations(page)
            if found:
                problems.append(f"at {size['width']} px:\n{describe(found)}")
            wider = page.evaluate(WIDER_THAN_THE_PAGE)
            if wider:
                problems.append(f"at {size['width']} px the page scrolls sideways; too wide: {wider}")
    finally:
        if original is not None:
            page.set_viewport_size(original)
    _checked.setdefault(id(page.context), set()).add(_path(page.url))
    label = f"{where} ({page.url})" if where else page.url
    assert not problems, f"axe: {label}\n" + "\n".join(problems)


_checked: dict[int, set[str]] = {}


def _path(url: str) -> str:
    return url.split("#", 1)[0]


class AxeWatch:
    """Records every HTML page the context's pages load (status 200, main frame), so a test can
    prove it checked them all with `assert_all_checked()`."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.visited: set[str] = set()
        for page in context.pages:
            self._follow(page)
        context.on("page", self._follow)

    def _follow(self, page: Any) -> None:
        def on_response(response: Any) -> None:
            request = response.request
            if (
                request.is_navigation_request()
                and request.frame == page.main_frame
                and response.status == 200
                and "text/html" in response.headers.get("content-type", "")
            ):
                self.visited.add(_path(response.url))

        page.on("response", on_response)

    def assert_all_checked(self) -> None:
        missing = self.visited - _checked.get(id(self.context), set())
        assert not missing, f"pages visited but never checked with axe: {sorted(missing)}"
