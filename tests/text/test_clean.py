"""Cleaning pasted text: Slack markup, wrapped lines, furniture, bylines, headline split."""

from __future__ import annotations

from bot.text.clean import clean_text, is_furniture, split_title


def test_slack_links_and_entities():
    raw = "See <https://example.com/a|the report> and <https://example.com/b> &amp; more &lt;here&gt;."
    assert clean_text(raw) == "See the report and https://example.com/b & more <here>."


def test_slack_emphasis_markers_removed():
    assert clean_text("The *mayor* said it was _final_ and ~not~ open.") == (
        "The mayor said it was final and not open."
    )


def test_emphasis_inside_words_kept():
    assert clean_text("snake_case_name and 2*3*4 stay") == "snake_case_name and 2*3*4 stay"


def test_wrapped_lines_joined_paragraphs_kept():
    raw = "The council met on\nTuesday to vote on\nthe budget.\n\nIt passed."
    assert clean_text(raw) == "The council met on Tuesday to vote on the budget.\n\nIt passed."


def test_a_live_blog_time_stamp_is_a_line_of_its_own():
    raw = "Storm live\n\n09:40\nCouncil: “Schools will stay shut.”\n\n2.15pm GMT\nThe ferries are\nback."
    assert clean_text(raw) == (
        "Storm live\n\n09:40\n\nCouncil: “Schools will stay shut.”\n\n2.15pm GMT\n\nThe ferries are back."
    )


def test_a_time_inside_a_wrapped_line_is_joined():
    assert clean_text("The polls close at\n10.00 tonight.") == "The polls close at 10.00 tonight."


def test_hyphenated_wrap_joined():
    assert clean_text("a long-standing pro-\ngramme ended") == "a long-standing programme ended"


def test_furniture_removed():
    raw = (
        "By Jane Smith and Tom Lee\n\n"
        "The river rose overnight.\n\n"
        "Sign up for our daily newsletter\n\n"
        "Share on Facebook\n\n"
        "Residents were moved to higher ground.\n\n"
        "Daily Herald\n\n"
        "Not all news on the site expresses the point of view of the site.\n"
        "Back to top button"
    )
    assert clean_text(raw) == "The river rose overnight.\n\nResidents were moved to higher ground."


def test_caption_credit_removed():
    raw = "Flood waters in the valley. (Photo: John Doe/Getty Images)\n\nThe river rose overnight."
    assert clean_text(raw) == "The river rose overnight."


def test_ordinary_last_sentence_kept():
    assert (
        clean_text("One.\n\nThe mayor said the news was good.") == "One.\n\nThe mayor said the news was good."
    )


def test_split_title_headline():
    title, body = split_title("Council Approves New Budget\n\nThe council voted on Tuesday.")
    assert title == "Council Approves New Budget"
    assert body == "The council voted on Tuesday."


def test_split_title_sentence_is_not_a_title():
    text = "The council voted on Tuesday to approve the budget.\n\nIt passed easily."
    assert split_title(text) == (None, text)


def test_split_title_single_paragraph():
    assert split_title("Just one line") == (None, "Just one line")


def test_empty():
    assert clean_text("") == ""
    assert split_title("") == (None, "")


def test_long_symbol_runs_are_cut_before_the_tokenizer_sees_them():
    # spaCy splits a run of marks with no space one character at a time, in quadratic time
    from bot.text.clean import SYMBOL_RUN, SYMBOL_RUN_KEEP

    junk = "“" * 50_000 + "ok" + "$!" * 20_000
    cleaned = clean_text(f"The council met on Monday. {junk} Then it voted.")
    assert cleaned == "The council met on Monday. " + "“" * SYMBOL_RUN_KEEP + "ok" + "$!$" + " Then it voted."
    prose = "“Wait—what?!” she asked… (again). " + "!" * (SYMBOL_RUN - 1)
    assert clean_text(prose) == prose.strip()


def test_a_paste_of_nothing_but_marks_is_briefed(nlp):
    from bot.nlp.analysis import analyze

    brief = analyze("“" * 200_000 + "”" * 200_000, nlp=nlp)
    assert brief.text == "“““" and brief.quotes == []


def test_bulleted_links_under_a_read_more_label_are_furniture():
    """ "READ MORE:" over a bulleted list of other stories' headlines: the label and the bullets go; a
    bulleted list in the story itself, and the paragraph after the links, stay."""
    raw = (
        "The council voted 11-3 to buy the land.\n\n"
        "READ MORE:\n"
        "* Marina plan “dead in the water”, says developer\n"
        "* Shorebirds return after decades of drainage\n\n"
        "The block includes salt marsh and tidal flats.\n\n"
        "The plan has three parts:\n"
        "- fill the drains\n"
        "- replant the dunes"
    )
    out = clean_text(raw)
    assert "dead in the water" not in out and "Shorebirds" not in out and "READ MORE" not in out
    assert "The block includes salt marsh and tidal flats." in out
    assert "- fill the drains" in out


def test_headlines_on_lines_of_their_own_under_a_list_label_are_furniture():
    """A page dump sets the list under "READ MORE:" or "Trending" as paragraphs of one line each, with no bullets:
    lines that read as headlines (short, no full stop at the end) go with the label, up to the first line of
    prose; a paragraph of the story after the label stays, and so does a short one far down the story."""
    raw = (
        "The council voted 11-3 to buy the land.\n\n"
        "READ MORE:\n\n"
        "Toronto's aging pools: Here's which ones could close next\n\n"
        "‘It's embarrassing,’ councillor says as outdoor pool season opens\n\n"
        "The block includes salt marsh and tidal flats.\n\n"
        "Trending\n\n"
        "The vote came after a two-hour debate. Three councillors were absent.\n\n"
        "What happens next"
    )
    out = clean_text(raw)
    assert "aging pools" not in out and "embarrassing" not in out
    assert "The block includes salt marsh and tidal flats." in out
    assert "The vote came after a two-hour debate. Three councillors were absent." in out
    assert out.endswith("What happens next")


def test_a_lede_closing_on_a_quoted_full_stop_is_not_a_title():
    """A pasted article that opens with its lede ('… told the defendant: “…”') keeps it as text, with its
    quote; a headline that quotes someone in the present tense stays a headline."""
    text = (
        "Judge Ann Lee told the defendant: “You showed no remorse.”\n\nThe court heard he had been drinking."
    )
    assert split_title(text) == (None, text)
    title, _ = split_title("Tenants say ‘we were misled’\n\nThe landlord denied it on Monday.")
    assert title == "Tenants say ‘we were misled’"


def test_a_closing_mark_glued_to_the_next_word_gets_its_space_back():
    raw = "“We will appeal,”Okonkwo said. “Not today.”Then she left. ’Tis the season, “quote”marks stay."
    assert clean_text(raw) == (
        "“We will appeal,” Okonkwo said. “Not today.” Then she left. ’Tis the season, “quote”marks stay."
    )


def test_a_writers_follow_me_line_is_furniture():
    from bot.text.clean import is_furniture

    assert is_furniture("Follow Pam Key on Twitter @pamkeyNEN.")
    assert is_furniture("Follow John Smith on X.")
    assert not is_furniture("Follow the money on Twitter, he said, and you will see.")


def test_split_title_drops_section_labels_above_the_headline():
    # a pasted page opens with its section ("Politics", "Sports" ¶ "Curling"): the headline under it is
    # the title and the standfirst under that opens the body
    text = (
        "Manitoba\n\nFire that gutted historic Winnipeg church was deliberately set, police say\n\n"
        "'It's like losing a member of the family,' says longtime parishioner\n\nThe fire broke out on Sunday."
    )
    title, body = split_title(text)
    assert title == "Fire that gutted historic Winnipeg church was deliberately set, police say"
    assert body.startswith("'It's like losing a member of the family,'")
    title, _ = split_title(
        "Sports\n\nCurling\n\nOntario's Kaitlyn Brennan steals her way into final\n\nShe won."
    )
    assert title == "Ontario's Kaitlyn Brennan steals her way into final"


def test_split_title_keeps_a_short_headline_over_its_lede():
    # "The Keeper's Daughter" opens with an article, and "Budget Day" stands over a lede, not a headline
    text = "The Keeper's Daughter\n\nFor thirty years, Ingrid Haugen has kept the light.\n\nShe is 71."
    assert split_title(text)[0] == "The Keeper's Daughter"
    text = "Budget Day\n\nThe council voted on Tuesday to approve the budget.\n\nIt passed easily."
    assert split_title(text)[0] == "Budget Day"


def test_a_writers_contact_line_is_furniture():
    assert is_furniture("Contact Marisol Quintanilla-Shaw at news@ridgemontledger.com.")
    assert not is_furniture(
        "Contact the council at info@example.org for details on how to apply for the grant."
    )


def test_split_title_takes_a_sentence_case_headline_under_a_section_label():
    # the label says the next line is the headline, however long and in whatever case
    text = (
        "British Columbia\n\nDriver who killed Richmond cyclist sentenced to 3 years, banned from driving for a "
        "decade\n\nHusband of Mei-Ling Zhou says sentence falls short: 'I don't think that is justice'\n\n"
        "The sentence was handed down on Tuesday."
    )
    title, body = split_title(text)
    assert title.startswith("Driver who killed Richmond cyclist")
    assert body.startswith("Husband of Mei-Ling Zhou")


def test_an_advertisement_break_line_is_furniture():
    # a CMS's marker where an advertisement interrupts the story, with or without the word "advertisement"
    for line in (
        "Story continues below advertisement",
        "Article continues below ad",
        "Story continues below",
    ):
        assert is_furniture(line)
    assert not is_furniture("The story continues below the surface, investigators say.")


def test_a_corrections_button_is_furniture():
    # a broadcaster's button under its story ("Report Typo or Error"), which the model took for a person
    for line in ("Report Typo or Error", "Report a typo", "Report an error", "Report an error or typo"):
        assert is_furniture(line)
    for line in ("Report a problem with the road to the council", "Report errors fell by 12%"):
        assert not is_furniture(line)


def test_a_leading_stamp_line_of_bars_with_a_date_goes():
    # where and when, or who, for whom and when, set apart by bars (from mixed113 and mixed114)
    for stamp in (
        "State House, Lusaka | Thursday, March 6, 2025",
        "Meera Joshi | PTI | Feb 2, 2025, 09.40 AM IST",
    ):
        assert stamp not in clean_text(f"Headline\n\n{stamp}\n\nThe president spoke on Monday.")
    # bars with no date, or a date in prose, stay
    for line in (
        "Budget 2025 | What it means for your family",
        "The vote | March 3, 2025 was the day it ended.",
    ):
        assert line in clean_text(f"Headline\n\n{line}\n\nThe president spoke on Monday.")


def test_a_sites_menu_lines_are_furniture():
    raw = "CTV News Regina\nLocal\nPolitics\nVideo\nWeather\nSign In\nGrain elevator destroyed by fire\n\nThe fire began."
    cleaned = clean_text(raw)
    assert "Weather" not in cleaned and "Sign In" not in cleaned
    assert "Grain elevator destroyed by fire" in cleaned
