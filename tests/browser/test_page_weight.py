"""A Nepali reader's first view of a campaign page stays light on a phone's data plan."""

import pytest

pytestmark = pytest.mark.browser

CAMPAIGN = "muncesti-in-romania-ai-drepturi"  # the demo's campaign written in Nepali
BUDGET = 150 * 1024
COUNTED = {"Document", "Stylesheet", "Font", "Script"}


def test_the_nepali_campaign_first_view_is_under_150_kb(page, live_site):
    session = page.context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    kinds, sizes, urls = {}, {}, {}

    def received(event):
        kinds[event["requestId"]] = event["type"]
        urls[event["requestId"]] = event["response"]["url"].rsplit("/", 1)[-1]

    session.on("Network.responseReceived", received)
    session.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
    )

    page.goto(live_site.url(f"/ne/campanii/{CAMPAIGN}/"))
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")

    by_kind = {}
    for request_id, size in sizes.items():
        kind = kinds.get(request_id)
        if kind in COUNTED:
            by_kind[kind] = by_kind.get(kind, 0) + size
    total = sum(by_kind.values())
    fonts = sorted(urls[key] for key in sizes if kinds.get(key) == "Font")
    print(f"\nNepali campaign first view: {total / 1024:.1f} KB transferred {by_kind} {fonts}")
    assert by_kind.get("Document") and by_kind.get("Font")
    assert total < BUDGET
