"""Rules written on pages_final13's leaks (bot.web.page_boxes): a call to action named by a data attribute or
as the only thing in a paragraph, and a link to the page in another language. Pages and lines written for the
test; near misses must stay.
"""

from __future__ import annotations

from bot.web.article import extract_article

BODY = [
    "The river authority will dredge the lower harbour channel next spring, its board decided on Thursday, after "
    "two cargo ships ran aground on the silted bar in as many months.",
    "The work will take eleven weeks and cost about four million, shared between the authority and the port's "
    "three largest operators, according to figures presented at the meeting.",
    '"We cannot keep asking captains to wait for the high tide," said Ines Pradhan, the authority\'s chair. '
    '"The channel has to be fit for the boats that use it."',
    "Fishing crews, who use the channel at all hours, asked that the dredgers keep one lane open at night.",
]


def _page(box: str, *, after: int = 2, head: str = "", lang: str = "en") -> str:
    paragraphs = [f"<p>{p}</p>" for p in BODY]
    paragraphs.insert(after, box)
    return (
        f"<html lang='{lang}'><head><title>Harbour channel to be dredged</title>{head}</head><body>"
        "<header><a href='/'>Harbour Weekly</a></header><main><article><h1>Harbour channel to be dredged</h1>"
        f"<div class='story-body'>{''.join(paragraphs)}</div></article></main></body></html>"
    )


def _text(page: str, url: str | None = None) -> str:
    return extract_article(page, url, min_words=1).text


# -- a call to action named by a data attribute ---------------------------------------------------------

FRAMER_CTA = (
    "<div class='framer-a81x2' data-framer-name='{name}'><div><h2>Power your fleet with Quaymark</h2>"
    "<p>See how much fuel your boats could save in a short call.</p></div>"
    "<a class='framer-9q' href='./contact'><p>Talk to our team</p></a></div>"
)


def test_a_box_whose_data_attribute_names_a_cta_goes():
    for name in ("CTA", "cta-banner", "Footer_CTA", "Cta Section"):
        text = _text(_page(FRAMER_CTA.format(name=name), after=4))
        assert BODY[3] in text
        assert "See how much fuel" not in text and "Talk to our team" not in text, name


def test_a_data_attribute_merely_holding_the_letters_leaves_the_box():
    for name in ("Actas", "Octave", "Ctab"):
        assert "See how much fuel" in _text(_page(FRAMER_CTA.format(name=name), after=4)), name


# -- a paragraph that is only a call-to-action button ---------------------------------------------------

HS_CTA = (
    "<p><span class='hs-cta-wrapper'><span class='hs-cta-node hs-cta-12ab'>"
    "<a class='cta_button' href='https://cta.example.net/redirect/12ab'>Download the full channel survey</a>"
    "</span></span></p>"
)


def test_a_paragraph_holding_only_a_cta_button_goes():
    text = _text(_page(HS_CTA))
    assert BODY[2][:40] in text and BODY[1][:40] in text
    assert "Download the full channel survey" not in text


def test_a_cta_link_inside_a_sentence_leaves_the_paragraph():
    line = (
        "<p>The authority published <a class='cta-link' href='/survey'>the channel survey</a> in full on its "
        "website, with soundings taken every fifty metres.</p>"
    )
    assert "the channel survey in full on its website" in _text(_page(line))


# -- a link to the page in another language -------------------------------------------------------------

URL = "https://harbour.example.org/2026/11/channel-dredging/"
ALTERNATES = (
    "<link rel='alternate' hreflang='es' href='https://harbour.example.org/es/2026/11/dragado-canal/'>"
    "<link rel='alternate' hreflang='en' href='https://harbour.example.org/2026/11/channel-dredging/'>"
)
TOGGLE = (
    "<div class='translation-toggle' role='group'><a class='btn-toggle' href='/es/2026/11/dragado-canal/' "
    "hreflang='es'>Leer en español</a> <span>Esta noticia también está disponible en español.</span></div>"
)
REMINDER = (
    "<div class='inline-reminder'><p>¿Prefiere leer en español? "
    "<a href='/es/2026/11/dragado-canal/'>Lea esta noticia en español aquí.</a></p></div>"
)


def test_a_toggle_to_the_page_in_another_language_goes():
    for url in (URL, None):
        text = _text(_page(TOGGLE, after=0, head=ALTERNATES), url)
        assert BODY[0][:40] in text
        assert "Leer en español" not in text and "disponible en español" not in text


def test_a_reminder_linking_to_the_pages_translation_goes():
    text = _text(_page(REMINDER, head=ALTERNATES))
    assert BODY[2][:40] in text
    assert "Lea esta noticia" not in text and "Prefiere leer" not in text


def test_a_hreflang_link_without_alternates_goes_when_relative():
    assert "Leer en español" not in _text(_page(TOGGLE, after=0))


def test_links_to_other_pages_or_sites_in_another_language_stay():
    # the same reminder without the page's alternates: an ordinary link to another page of the site
    assert "Lea esta noticia" in _text(_page(REMINDER))
    # a source in another language, on another site
    source = (
        "<p>The plan was first reported by <a hreflang='es' href='https://diario.example.com/puerto/'>a Spanish "
        "daily</a>.</p>"
    )
    assert "first reported by a Spanish daily" in _text(_page(source, head=ALTERNATES))
    # a link in the page's own language, and any link on a page that names no language
    same = "<p>Soundings are in <a hreflang='en-GB' href='/uk/2026/11/soundings/'>the UK edition's chart</a>.</p>"
    assert "Soundings are in the UK edition's chart." in _text(_page(same, head=ALTERNATES))
    assert "Leer en español" in _text(_page(TOGGLE, after=0, lang=""))


def test_a_paragraph_of_prose_around_a_translation_link_stays():
    prose = (
        "<p>The authority's notice, which it also published <a href='/es/2026/11/dragado-canal/'>in Spanish</a> "
        "for the crews who work the night tides, sets out the dates of each stage of the dredging and the lanes "
        "that will stay open while the work goes on.</p>"
    )
    assert "for the crews who work the night tides" in _text(_page(prose, head=ALTERNATES))
