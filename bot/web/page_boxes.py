"""Boxes of a page removed before trafilatura reads it: by the role their markup gives them, or by
what they hold.

* Small boxes whose class or id names their role (newsletter, signup, subscribe, author bio, pull
  quote) are never the article, once the article's own container is ruled out (``PRUNE_XPATH``).
* Readers' posts under their own role name (a guest book of condolences under an obituary): trafilatura
  leaves out boxes named "comment", not these.
* Call boxes (``drop_call_boxes``): a small box of one paragraph addressed to the reader and a button
  beside it ("Like this recipe? Add the ingredients to your basket …" + "Shop ingredients"; "Sign up to
  get the top stories in your inbox" + "Sign up!"): a prompt, whatever its words.
* Offer boxes (``drop_offer_boxes``): a small box holding a price and a button or link that calls the
  reader to buy ("Keep reading for just $1 … Subscribe now", "Sympathy flowers … Starting at $59.99 …
  Send flowers now"): an advertisement or a paywall's price plans, on any site.
"""

from __future__ import annotations

import re

from bot.web.page_rules import PRICE

__all__ = ["PRUNE_XPATH", "drop_call_boxes", "drop_offer_boxes"]

# Page parts that are never the article, removed before trafilatura looks: boxes whose class/id
# names their role (general CMS vocabulary, not any site's words). A box that is itself the
# article's container (article/main/body) or that holds more text than such a box ever does
# (``_BOX_MAX`` characters) is never pruned: a blog platform may put "newsletter" on the post itself.
# (Not "paywall": some sites put that class on the article body itself; not figcaption/wp-caption:
# pruning them made trafilatura lose real paragraphs on saved pages. Captions go by rule instead.)
_BOX_MAX = 800
# Each role as class names spell it (lower-case, Capitalised, camelCase): ``translate()`` to fold case
# would double the extraction time.
_BOX_ROLES = [
    "newsletter",
    "Newsletter",
    "signup",
    "sign-up",
    "Signup",
    "SignUp",
    "subscribe",
    "Subscribe",
    "subscription",
    "Subscription",
    "email-capture",
    "author-bio",
    "author-box",
    "about-author",
    "authorbio",
    "AuthorBio",
    "pullquote",
    "pull-quote",
    "PullQuote",
    "Pullquote",
]


# A box holding this many paragraphs of prose (each over ``_PROSE_P`` characters) is article text
# whatever its class says: a paywalled site marks its free teaser "subscriber-preview", a sign-up box
# has one short paragraph at most.
_PROSE_P = 120
_PROSE_BOX_PARAGRAPHS = 2


def _box_xpath(roles: list[str]) -> str:
    names = " or ".join(f"contains(@class, '{r}') or contains(@id, '{r}')" for r in roles)
    return (
        f"//*[{names}][not(self::html or self::body or self::main or self::article)]"
        f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
        f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
    )


# Readers' posts under a role name trafilatura does not know as comments. These boxes can be long (a
# guest book of 140 entries), so there is no size bound: only the page's headline (a guest-book page of
# its own) and the article's own container are never pruned.
_USER_POST_ROLES = ["guestbook", "guest-book", "Guestbook", "GuestBook", "condolence", "Condolence"]


def _user_posts_xpath(roles: list[str]) -> str:
    names = " or ".join(f"contains(@class, '{r}') or contains(@id, '{r}')" for r in roles)
    return f"//*[{names}][not(self::html or self::body or self::main or self::article)][not(.//h1)]"


PRUNE_XPATH = [_box_xpath(_BOX_ROLES), _user_posts_xpath(_USER_POST_ROLES)]


# -- offer boxes ----------------------------------------------------------------------------------

# A control that asks the reader to buy: its text opens with the call ("Subscribe now", "Send Flowers
# Now", "Buy the issue", "Add to basket", "See all plans").
# ("Get", "start", "try", "send" only with what is bought: "Get the full report" in a fact box is no sale.)
_CALL = re.compile(
    r"^(subscribe|buy|shop|order|join|sign ?up|claim|book|donate|give|renew|upgrade|unlock|"
    r"get (started|access|offer|deal|this deal|the deal|it now|yours|unlimited|digital|\d)|"
    r"start (your|my|a|free|now|today|trial|subscription|reading)|try (it|free|now|today|for|\d)|"
    r"send (flowers|a gift|gifts)|continue reading|keep reading|add to (cart|basket|bag)|"
    r"see (all )?(plans|offers|deals|prices?)|view (the )?(offer|deal|plans)|check (the )?price)\b",
    re.IGNORECASE,
)
_CALL_WORDS = 6  # a control's text: a button, not a sentence
_OFFER_MAX = 500  # characters: an offer box is small; a container this large is more than an offer
_OFFER_LEVELS = 3  # how far above the control the box holding the price may be
_BOX_TAGS = frozenset(("div", "aside", "section", "form", "figure", "footer"))


def _text(el, limit: int | None = None) -> str | None:
    """The element's text, whitespace folded; None once it passes ``limit`` characters (read no further:
    a menu of thousands of links has thousands of controls below one big box)."""
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if limit is not None and size > 2 * limit and len(" ".join(" ".join(parts).split())) > limit:
            return None
    text = " ".join(" ".join(parts).split())
    return None if limit is not None and len(text) > limit else text


def _offer_box(control, seen: dict):
    """The small box around ``control`` that also holds a price, or None.

    A block box (never a paragraph: "<p>Tickets are $12. <a>Buy tickets</a></p>" is article text), of at
    most ``_OFFER_MAX`` characters, with fewer than two paragraphs of prose (``_PROSE_P``), not holding
    the page's headline or the article's own container. ``seen`` keeps each box's verdict: a page of
    thousands of buttons in one box judges that box once.
    """
    box = control
    for _ in range(_OFFER_LEVELS):
        box = box.getparent()
        if box is None or box.tag in ("body", "html", "main", "article"):
            return None
        if box.tag not in _BOX_TAGS:
            continue
        if box not in seen:
            seen[box] = _judge(box)
        verdict = seen[box]
        if verdict != "no price":
            return box if verdict == "offer" else None
    return None


def _judge(box) -> str:
    """ "offer", "no price" (look further up) or "not an offer" (stop: too big, or article text)."""
    text = _text(box, _OFFER_MAX)
    if text is None:
        return "not an offer"
    if not PRICE.search(text):
        return "no price"
    if next(box.iter("h1", "article", "main"), None) is not None:
        return "not an offer"
    if sum(len(_text(p)) > _PROSE_P for p in box.iter("p")) >= _PROSE_BOX_PARAGRAPHS:
        return "not an offer"
    return "offer"


def drop_offer_boxes(tree) -> None:
    """Remove every small box that holds a price and a call to buy (see ``_offer_box``)."""
    boxes, seen = {}, {}  # (a dict keeps the page's order)
    for control in tree.iter("a", "button"):
        label = _text(control, 80)
        if label and len(label.split()) <= _CALL_WORDS and _CALL.match(label):
            box = _offer_box(control, seen)
            if box is not None:
                boxes[box] = True
    for box in boxes:
        remove_keeping_tail(box)


def remove_keeping_tail(el) -> None:
    """Take ``el`` out of the page, the text after it (its tail) staying where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# -- call boxes -----------------------------------------------------------------------------------

_YOU = re.compile(r"\b(you|your|yours|you’re|you're|you’ll|you'll|you’ve|you've)\b", re.IGNORECASE)
_CALL_BOX_MAX = 300  # characters: a prompt and its button, not a passage
_CALL_BOX_ELEMENTS = 30  # a prompt's box is a handful of elements; a wrapper is not read further
_BUTTON_MAX_WORDS = 4


def _at_most(el, count: int) -> bool:
    """Whether ``el`` holds at most ``count`` elements (counting stops there: a wrapper costs no more)."""
    for i, _ in enumerate(el.iter()):
        if i >= count:
            return False
    return True


def _call_box(box) -> bool:
    if box.tag not in ("div", "section", "aside", "form") or not _at_most(box, _CALL_BOX_ELEMENTS):
        return False
    paragraphs = list(box.iter("p"))
    if len(paragraphs) != 1 or not _YOU.search(_text(paragraphs[0]) or ""):
        return False
    if _text(box, _CALL_BOX_MAX) is None or next(box.iter("h1", "article", "main"), None) is not None:
        return False
    # the button stands beside the paragraph, not inside it: a link in a sentence is the text's own
    return any(
        child.tag in ("a", "button") and 0 < len((_text(child) or "").split()) <= _BUTTON_MAX_WORDS
        for child in box
    )


def drop_call_boxes(tree) -> None:
    """Remove every small box of one reader-addressed paragraph and a button beside it (``_call_box``).

    Judged from each paragraph's own box, so the work is bounded by the paragraphs of the page, each
    box read to at most ``_CALL_BOX_ELEMENTS`` elements.
    """
    boxes, seen = [], set()
    for paragraph in tree.iter("p"):
        box = paragraph.getparent()
        if box is None or box in seen:
            continue
        seen.add(box)
        if _call_box(box):
            boxes.append(box)
    for box in boxes:
        remove_keeping_tail(box)
