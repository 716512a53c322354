"""Rules written on pages_final31's leaks: a live page's note telling the reader to refresh it ("Refresh this page to
see the latest updates."), a transcript's note with the adverb after the verb ("Transcripts are generated automatically
and edited lightly."), a sender's postal address set out as a bar of parts closing on a town and its postcode, an
e-mail template's "… has been sent to [[EMAIL_TO]], click here to unsubscribe." (bot.web.page_rules), a classed box
after the text holding a heading and one table of labelled fields, and a tip box after the text headed by a tip's label
and closing on its credit (bot.web.page_boxes, bot.web.page_tree). Pages and lines written for the test; near misses must stay.
"""

from __future__ import annotations

from lxml import html as lxml_html

from bot.web.page_boxes import drop_glance_boxes, drop_tip_boxes
from bot.web.page_rules import furniture_rule

# -- a live page's refresh note -------------------------------------------------------------------------------------


def test_a_refresh_note_is_furniture():
    assert furniture_rule("Refresh this page to see the latest updates.") == "widget line"
    assert furniture_rule("Please reload the page for new posts.") == "widget line"


def test_a_sentence_about_refreshing_a_page_stays():
    assert furniture_rule("Voters were told to refresh the page to see the latest results.") is None
    assert (
        furniture_rule("Refresh this page to see the latest updates on the trial, the clerk told the jurors.")
        is None
    )


# -- a transcript's note, the adverb after the verb ----------------------------------------------------------------


def test_a_transcript_note_generated_automatically_is_furniture():
    line = (
        "Transcripts are generated automatically and edited lightly. Please check the audio before quoting."
    )
    assert furniture_rule(line) is not None


def test_minutes_generated_automatically_stay():
    assert (
        furniture_rule("The council's minutes are generated automatically and posted the next morning.")
        is None
    )


# -- a sender's postal address ---------------------------------------------------------------------------------------


def test_a_postal_address_bar_is_furniture():
    assert furniture_rule("The Harbor Weekly · PO Box 412 · Friday Harbor, WA 98250") == "postal address"
    assert furniture_rule("Prairie Post | 12 Mill Street | Hays, KS 67601") == "postal address"


def test_an_address_in_a_sentence_or_a_bar_without_a_postcode_stays():
    assert furniture_rule("The shelter at 12 Mill Street in Hays, KS 67601 opens Monday.") is None
    assert furniture_rule("Hays · 12 Mill Street · open Monday") is None


# -- an e-mail template's unsubscribe line -----------------------------------------------------------------------------


def test_an_unfilled_sent_to_line_is_furniture():
    assert (
        furniture_rule("This e-mail has been sent to [[EMAIL_TO]], click here to unsubscribe.")
        == "e-mail trailer"
    )


def test_a_letter_sent_to_someone_stays():
    assert furniture_rule("The letter has been sent to the council, the clerk said.") is None


# -- boxes after the text -----------------------------------------------------------------------------------------------

STORY = (
    "<p>The committee heard three hours of testimony on Wednesday on a bill that would end single-family zoning in "
    "cities of more than 10,000 people.</p><p>No vote was taken, because committees cannot act on bills between "
    "sessions.</p>"
)


def _after(html: str, drop) -> str:
    tree = lxml_html.fromstring(html)
    drop(tree)
    return tree.text_content()


GLANCE = (
    '<div class="bill-box"><h3>At a glance</h3><table><tr><th>Bill</th><td>Draft bill, to be introduced in 2027</td>'
    "</tr><tr><th>Committee action</th><td>Informational hearing; no action taken</td></tr></table></div>"
)


def test_a_table_of_labelled_fields_after_the_text_goes():
    text = _after(
        f"<html><body><article><div>{STORY}</div>{GLANCE}</article></body></html>", drop_glance_boxes
    )
    assert "no action taken" not in text and "No vote was taken" in text


def test_the_same_table_among_the_paragraphs_or_a_data_table_stays():
    among = f"<html><body><article>{STORY}{GLANCE}{STORY}</article></body></html>"
    assert "no action taken" in _after(among, drop_glance_boxes)
    data = (
        '<div class="results"><h3>Results</h3><table><tr><th>Ward</th><th>Yes</th><th>No</th></tr>'
        "<tr><td>1</td><td>412</td><td>388</td></tr><tr><td>2</td><td>501</td><td>275</td></tr></table></div>"
    )
    assert "412" in _after(f"<html><body><article>{STORY}{data}</article></body></html>", drop_glance_boxes)


TIP = (
    '<div class="mag-energy-tip"><h3>Energy Tip</h3><p>Set your thermostat to 68 degrees while you are home. Every '
    "degree you turn it down can save up to 3% on heating costs.</p><p>Source: U.S. Department of Energy</p></div>"
)


def test_a_tip_box_after_the_text_goes():
    text = _after(f"<html><body><article>{STORY}{TIP}</article></body></html>", drop_tip_boxes)
    assert "Every degree" not in text and "No vote was taken" in text


def test_a_tip_box_among_the_paragraphs_or_under_another_heading_stays():
    among = f"<html><body><article>{STORY}{TIP}{STORY}</article></body></html>"
    assert "Every degree" in _after(among, drop_tip_boxes)
    other = TIP.replace("Energy Tip", "How the savings add up")
    assert "Every degree" in _after(
        f"<html><body><article>{STORY}{other}</article></body></html>", drop_tip_boxes
    )


def test_a_recipes_own_tip_after_the_method_stays():
    method = (
        "<ol><li><p>Heat the oven to 200C and mix the lemon juice with the oil.</p></li>"
        "<li><p>Roast for 45 minutes, turning the potatoes once.</p></li></ol>"
    )
    tip = (
        '<div class="tip-box"><h3>Chef\'s tip</h3><p>For crispier skin, leave the tin uncovered for the last five '
        "minutes.</p></div>"
    )
    text = _after(
        f"<html><body><section><h2>Method</h2>{method}{tip}</section></body></html>", drop_tip_boxes
    )
    assert "crispier skin" in text
