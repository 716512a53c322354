"""A rule from the thirtieth pass's end page set, pages_final91 (measured once on 2dff629; bot.web.page_boxes): a
script-driven sign-up box with no ``<form>`` around it, an e-mail field and its button under a newsletter's name and
blurb, goes whole; an e-mail field with no button near it takes nothing with it. Pages written for the test."""

from __future__ import annotations

from tests.support.page_lines import QUAY_STORY, page_text

BLURB = "A weekly newsletter on the energy transition, from batteries to transmission lines. Every Thursday."


def test_a_sign_up_box_with_no_form_around_its_email_field_goes():
    box = (
        f'<div class="css-4hf3pq"><div class="css-0">The Charge</div><div class="css-0">{BLURB}</div>'
        '<div class="css-0"><input type="email" placeholder="Email address"/><button>Sign up</button></div></div>'
    )
    text = page_text(f"<article>{QUAY_STORY}{box}{QUAY_STORY}</article>")
    assert BLURB not in text and "The Charge" not in text
    assert "Paragraph 5 of the story" in text


def test_an_email_field_with_no_button_near_it_takes_nothing_with_it():
    line = "Readers can reach the harbour board's planning office through its website until the end of March."
    body = f'<article>{QUAY_STORY}<div><p>{line}</p><input type="email"/></div>{QUAY_STORY}</article>'
    assert line in page_text(body)
