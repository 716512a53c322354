"""A page copied from a browser pastes one paragraph a line with no blank line between; a wrapped paragraph runs its
lines on; a link line ("READ MORE: …") is a line of its own, never wrapped into the prose after it."""

from __future__ import annotations

from bot.text.clean import clean_text

PAGE = (
    "Skip to Main Content\n"
    "News\n"
    "Wet September leaves growers racing the frost\n"
    "Potato growers across the Island are working late into the night to get their crop out.\n"
    "About 55 per cent of the acreage had been harvested as of Friday, the growers' association said.\n"
    '"We\'re digging at night now because we have to," Gaudet said, standing beside a truck of russets.\n'
    "RELATED STORIES\n"
    "Frost warnings issued for parts of Maritimes\n"
    "Temporary foreign workers 'essential' to harvest, growers say\n"
    "Workers stretched thin\n"
    "The long hours are putting pressure on farm workers, many of whom come through a federal program."
)

WRAPPED = (
    "Potato growers across the Island are working late into the night to get\n"
    "their crop out of the ground after a wet September. About 55 per cent of the\n"
    "acreage had been harvested as of Friday, the growers' association said.\n"
    "Crews have been running two harvesters until after midnight."
)


def test_a_page_copied_one_paragraph_a_line_keeps_its_paragraphs():
    paras = clean_text(PAGE).split("\n\n")
    assert (
        '"We\'re digging at night now because we have to," Gaudet said, standing beside a truck of russets.'
        in paras
    )
    assert paras[-1].startswith("The long hours are putting pressure")


def test_the_headlines_under_a_link_label_on_such_a_page_go():
    cleaned = clean_text(PAGE)
    assert "Frost warnings issued" not in cleaned
    assert "'essential' to harvest" not in cleaned


def test_a_wrapped_paragraph_still_runs_its_lines_on():
    assert clean_text(WRAPPED).count("\n\n") == 0


def test_a_link_line_inside_a_paragraph_is_a_line_of_its_own():
    text = (
        "READ MORE: 'A lifeline': Gull Island residents call for backup ferry\n"
        "Public Works Minister Gordon MacInnis said a replacement part has been ordered."
    )
    paras = clean_text(text).split("\n\n")
    assert paras[-1] == "Public Works Minister Gordon MacInnis said a replacement part has been ordered."
