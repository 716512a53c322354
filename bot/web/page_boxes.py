"""Boxes of a page removed before trafilatura reads it, by the role their markup gives them.

Small boxes whose class or id names their role (newsletter, signup, subscribe, author bio, pull quote)
are never the article; neither is their content once the article's own container is ruled out.
"""

from __future__ import annotations

__all__ = ["PRUNE_XPATH"]

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


PRUNE_XPATH = [_box_xpath(_BOX_ROLES)]
