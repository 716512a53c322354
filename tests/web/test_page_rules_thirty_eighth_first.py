"""Rules from the blind page set pages_final125 (measured once on a57360f; bot.web.page_rules): the outlet's disclaimer
of the syndicated copy it carries goes as small print; an embed's consent placeholder (cookies to accept, the reader
asked, the kind of embed it holds back) goes. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- the outlet's disclaimer of syndicated copy --------------------------------------------------------------------------


def test_an_outlets_disclaimer_of_the_syndicated_copy_it_carries_goes():
    assert_rule_takes(
        "small print",
        [
            "Wire copy is used under licence. Harbour Daily is not responsible for the accuracy of syndicated material.",
            "The Quay Portal is not responsible for the content or accuracy of third-party stories",
            "Partner articles appear as supplied; we are not liable for the accuracy of agency copy.",
        ],
        [
            "The platform said it is not responsible for the accuracy of third-party content.",
            "The portal is not responsible for the accuracy of agency copy it rewrites, and editors check each story.",
            "The board is not responsible for the accuracy of the survey, its chair added at the meeting.",
        ],
    )
    notice = "Harbour Daily is not responsible for the accuracy of syndicated material."
    assert cleaned([*FERRY_STORY, notice]) == FERRY_STORY


# -- an embed's consent placeholder ---------------------------------------------------------------------------------------


def test_an_embeds_consent_placeholder_goes():
    assert_rule_takes(
        "embed's consent placeholder",
        [
            "This map is hosted by a third party. Click below to accept marketing cookies and load the quay walk.",
            "This video cannot be displayed until you accept cookies.",
            "Please allow functional cookies to watch the video.",
        ],
        [
            "Readers had to accept cookies to view the video, the regulator found in its report.",
            "You can accept cookies on the harbour board's website, where the survey is published.",
            "Click below to load the map of the quay.",
        ],
    )
    placeholder = (
        '<div class="embed-wrap"><p>This map is hosted by a third party. Click below to accept marketing cookies and '
        'load the interactive map.</p><button type="button">Load map</button></div>'
    )
    opening = (
        "<p>The walk along the north quay is the best way to see the old timber piles the harbour board will replace "
        "next spring, and the map below shows where the survey found the worst of the rot.</p>"
    )
    text = page_text(f"<article><h1>Quay to be rebuilt</h1>{opening}{placeholder}{QUAY_STORY}</article>")
    assert "north quay next spring" in text
    assert "marketing cookies" not in text
