"""Rules from the twenty-ninth pass's last blind page set, pages_final88 (measured once on e1f39f8; bot.web.page_boxes,
bot.web.page_rules): a tabloid's caption right after its picture's own box, named by its class; a live blog's
counter by its pager ("Showing 1-7 of 7 updates Oldest"); a match report's player rating line; a caption's credit after
a double hyphen and a desk's letters ("-- DO Photo: S. Ramesh"). Lines and pages written for the test; near misses
must stay."""

from __future__ import annotations

from tests.support.page_lines import QUAY_STORY, assert_rule_takes, page_text


def test_a_caption_right_after_its_pictures_box_goes():
    caption = (
        "Retired couple Brian and Sheila Potts, both 72, say the hedge next door leaves their garden in shade"
    )
    body = (
        f'<article>{QUAY_STORY}<div class="mol-img"><div class="image-wrap"><img src="hedge.jpg" alt=""></div></div>'
        f'<p class="imageCaption">{caption}</p>{QUAY_STORY}</article>'
    )
    assert caption not in page_text(body)


def test_a_paragraph_after_a_picture_box_with_no_caption_class_stays():
    line = "Brian Potts, 72, said the hedge next door leaves their garden in shade for most of the day in summer."
    body = (
        f'<article>{QUAY_STORY}<div class="mol-img"><div class="image-wrap"><img src="hedge.jpg" alt=""></div></div>'
        f"<p>{line}</p>{QUAY_STORY}</article>"
    )
    assert line in page_text(body)


def test_a_live_blogs_counter_a_player_rating_and_a_desks_photo_credit_go():
    assert_rule_takes(
        "widget line",
        [
            "Showing 1-7 of 7 updates Oldest",
            "Showing 1-20 of 45 posts",
            "Jamal Pryce (Harbourside) · Rating 8.6",
        ],
        [
            "Showing 1-7 of 7 updates were posted before noon, the clerk said in her report.",
            "Moody's cut the city's rating to 8.6 on Tuesday, the agency said.",
        ],
    )
    assert_rule_takes(
        "photo credit",
        [
            "A compound wall built over a stormwater drain near Outer Ring Road in Mahadevapura. -- DO Photo: S. Ramesh"
        ],
        ["The wall was built in 2019. -- The council said: Nothing was approved."],
    )
