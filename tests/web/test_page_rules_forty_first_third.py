"""Rules from the blind page set pages_final137 (measured once on df397ca7; bot.web.page_boxes, page_rules, page_mail):
a line naming the issue of a newsletter something will appear in is no call to sign up; a pull quote crediting its
speaker after a dash closing the quotation is credited, and kept when the story gives that speaker no words elsewhere;
a forwarder's note stays when the member writes on after the forward's end; a market page's note on the news it
carries and a bank's disclosure under its investment products go; so do a signed-in reader's bar, a standings table's
date stamp, a page's PDF and print tools, a sponsorship's price over what the reader gets and a log-in prompt with a
line on who reads free. Pages and lines written for the test; near misses must stay."""

from __future__ import annotations

from tests.support.page_lines import FERRY_STORY, QUAY_STORY, assert_rule_takes, cleaned, page_text

# -- an issue of a newsletter named as where something will appear -----------------------------------------------------


def test_a_newsletter_issue_named_as_where_something_will_appear_is_no_call():
    for line in (
        "If you have pictures of the regatta and would be happy for us to use them in the autumn newsletter or on the "
        "website, please email them to the harbour office or leave them at the chandlery.",
        "You can read the treasurer's full report in next month's newsletter, and the accounts are at the harbour "
        "office.",
    ):
        assert line in cleaned([*FERRY_STORY[:2], line, FERRY_STORY[2]]), line
    # near misses: a call that names a sign-up too, a call for copy for the next issue and a bare "our newsletter" go
    for call in (
        "Sign up to get the next newsletter in your inbox.",
        "Items for the autumn newsletter to the editor by 1 September please.",
        "Read more about the regatta in our newsletter!",
    ):
        assert call not in cleaned([*FERRY_STORY[:2], call, FERRY_STORY[2]]), call


# -- a pull quote crediting its speaker after a dash -------------------------------------------------------------------

_NAMED = (
    "<p>Harbourmaster Ewan Tulloch walked the quay with the surveyors in March and closed the north steps to the "
    "public the same afternoon, before the board had met to discuss the report.</p>"
)
_PULL = (
    "“I have tied up boats at that quay for thirty years and never once worried about it until this winter.”"
)


def _with_pull_quote(quote: str, named: str = _NAMED) -> str:
    cut = QUAY_STORY.index("<p>Paragraph 3")
    return page_text(
        f"<article><h1>Quay to be rebuilt</h1><div class='body'>{QUAY_STORY[:cut]}{named}"
        f"<blockquote class='pullquote'><p>{quote}</p></blockquote>{QUAY_STORY[cut:]}</div></article>"
    )


def test_a_pull_quote_credited_after_a_dash_to_a_speaker_given_no_words_elsewhere_is_the_storys():
    for credit in (" — Ewan Tulloch", " – Ewan Tulloch, harbourmaster"):
        assert f"{_PULL}{credit}" in _with_pull_quote(_PULL + credit), credit
    # near misses: the same quote crediting a speaker the story quotes, or with no credit, still goes
    quoted = _NAMED.replace("closed the north steps", "said he had closed the north steps")
    assert "never once worried" not in _with_pull_quote(_PULL + " — Ewan Tulloch", quoted)
    assert "never once worried" not in _with_pull_quote(_PULL)


# -- a forwarder's note over a forward they write on after -------------------------------------------------------------

_NOTE = [
    "Hi all,",
    "Sorry for the long post. The notice below was taped to the harbour office door on Friday and I have copied it out "
    "word for word for anyone who has not seen it.",
]
_NOTICE = [
    "NOTICE IS HEREBY GIVEN that the Harbour Board proposes to close the old ferry terminal to passengers from 1 June.",
    *FERRY_STORY,
    "Any person wishing to object should write to the Clerk to the Board at the harbour office by 30 April.",
]
_OWN = [
    "For what it is worth I think the pontoon will be fine in summer but I would not want to queue on it in a gale.",
    "Tom",
]


def test_a_forwarders_note_stays_when_they_write_on_after_the_forwards_end():
    kept = cleaned(
        [*_NOTE, "----- Forwarded Message -----", *_NOTICE, "----- End Forwarded Message -----", *_OWN]
    )
    assert _NOTE[1] in kept and _NOTICE[0] in kept and _OWN[0] in kept
    # near misses: with no end label, or nothing but a name after it, the note goes as the forward's
    kept = cleaned([*_NOTE, "----- Forwarded Message -----", *_NOTICE, *_OWN])
    assert _NOTE[1] not in kept and _NOTICE[0] in kept
    kept = cleaned(
        [*_NOTE, "----- Forwarded Message -----", *_NOTICE, "----- End Forwarded Message -----", "Tom"]
    )
    assert _NOTE[1] not in kept and _NOTICE[0] in kept


# -- line rules --------------------------------------------------------------------------------------------------------


def test_a_market_pages_note_and_a_banks_product_disclosure_go():
    assert_rule_takes(
        "small print",
        [
            "This story is provided by Harbour Wire and is not reviewed by Quay Savings Bank. News and quotes are "
            "provided for informational purposes only and are not a recommendation to buy or sell any security.",
            "The information on this page is not an offer to buy or sell securities.",
        ],
        [
            "The downgrade is not a recommendation to sell the shares, but a warning about the ferry company's debts."
        ],
    )
    assert_rule_takes(
        "investment products' disclosure",
        [
            "Brokerage services offered through Quay Invest LLC, member FINRA/SIPC. Not FDIC insured. No bank "
            "guarantee. May lose value.",
            "Not FDIC-insured. Not a deposit. May lose value.",
        ],
        [
            "The harbour fund is not FDIC insured and may lose value, the regulator warned.",
            "Savings held at the credit union are not FDIC insured. They are covered by a different federal fund.",
        ],
    )


def test_a_signed_in_readers_bar_goes():
    assert_rule_takes(
        "signed-in reader's bar",
        [
            "Welcome back. Last login: Mar 3, 2026 8:02 AM ET Log Out",
            "Welcome back, Nora | Sign out",
            "Last login: 3 March 2026 at 09:12",
        ],
        [
            "Welcome back to the quay, the harbourmaster told the crew.",
            "Welcome back, Nora",
            "His last login was on March 3.",
        ],
    )


def test_a_standings_tables_date_stamp_goes():
    assert_rule_takes(
        "table's date stamp",
        ["Through games of Feb. 8, 2026", "Standings as of March 3, 2026", "Correct as of 4 May 2026"],
        [
            "Through March 3, the Ferrymen had won nine of their 11 games.",
            "Through games of Feb. 8, 2026, the Ferrymen led the league by four points.",
        ],
    )


def test_a_pages_pdf_and_print_tools_go():
    assert_rule_takes(
        "print or e-mail tool",
        ["Download PDF version (340 KB)", "Print this bulletin", "PDF version", "Download the PDF version"],
        [
            "Download the PDF version of the board's survey from the harbour office website.",
            "The PDF version of the survey runs to 400 pages.",
            "Print this bulletin and pin it up in the boat shed.",
        ],
    )
    assert_rule_takes("bar of furniture", ["Download PDF version (340 KB) · Print this notice"], [])


def test_a_sponsorships_price_over_what_the_reader_gets_and_a_log_in_prompt_go():
    assert_rule_takes(
        "paywall offer",
        [
            "From £8 a month. You’ll receive a photo of your boat's mooring and news from the quay twice a year.",
            "Just 99p a week. Cancel any time you like.",
            "Already registered? Log in. Print subscribers get full access at no extra cost.",
            "Already a subscriber? Sign in. Members read every story free.",
        ],
        [
            "From £8 a month, mooring fees rose to £14 this spring.",
            "From £8 a month. The fee rose in April after the board lost its grant.",
            "Already registered? Log in. The board will publish the survey next week.",
            "Already a member? Log in, the sailing club told its members on Friday.",
        ],
    )
