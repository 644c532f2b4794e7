"""Draw the installed app's PNG icons from the site's favicon (overrides/assets/playbook/
favicon.svg) with Debian's Chromium. Run after changing the favicon and commit the PNGs:
`make build` needs no browser. `python scripts/app_icons.py`

- icon-192.png, icon-512.png: the favicon as it is (rounded corners, transparent around).
- icon-maskable-512.png: full-bleed background, the mark shrunk into the middle 60%,
  so a launcher that crops the icon to a circle or squircle never cuts it.
- apple-touch-icon.png (180 px): full bleed; iOS rounds the corners itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from project import CHROMIUM_ARGS, ROOT, find_chromium

ASSETS = ROOT / "overrides" / "assets" / "playbook"
SVG_NS = "http://www.w3.org/2000/svg"


def variant(svg: str, full_bleed: bool, scale: float = 1.0) -> str:
    ET.register_namespace("", SVG_NS)
    root = ET.fromstring(svg)
    rect = root.find(f"{{{SVG_NS}}}rect")
    if full_bleed and rect is not None:
        rect.attrib.pop("rx", None)
    if scale != 1.0:
        box = [float(x) for x in root.get("viewBox").split()]
        cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
        group = ET.SubElement(
            root, f"{{{SVG_NS}}}g", transform=f"translate({cx} {cy}) scale({scale}) translate({-cx} {-cy})"
        )
        for child in [c for c in root if c is not rect and c is not group]:
            root.remove(child)
            group.append(child)
    return ET.tostring(root, encoding="unicode")


def main() -> None:
    from playwright.sync_api import sync_playwright

    svg = (ASSETS / "favicon.svg").read_text(encoding="utf-8")
    icons = {
        "icon-192.png": (192, variant(svg, False)),
        "icon-512.png": (512, variant(svg, False)),
        "icon-maskable-512.png": (512, variant(svg, True, 0.6)),
        "apple-touch-icon.png": (180, variant(svg, True, 0.8)),
    }
    out = ASSETS / "icons"
    out.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for name, (size, text) in icons.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(
                f"<style>html,body{{margin:0;background:transparent}}svg{{display:block;width:{size}px;height:{size}px}}</style>{text}"
            )
            page.screenshot(path=str(out / name), omit_background=True)
            page.close()
            print("wrote", (out / name).relative_to(ROOT))
        browser.close()


if __name__ == "__main__":
    main()
