"""Reading the article out of a web page: main text, title, author, date, site name.

``trafilatura`` finds the main text (comments left out: a commenter's words are not the article's
quotes), after boxes that are never the article are pruned (``bot.web.page_boxes``: small boxes whose
class/id names their role, guest books, offer boxes with a price and a call to buy, one-paragraph
prompts with a button, teaser cards, a thread's replies, the wall of posts beside a posting form, a
heading over a list of links, a sponsor's box); the lines of a pop-up hidden on load are dropped from
its text. The page is first read as a reader sees it (a bare text ``<div>`` is a paragraph, a feed of
sibling ``<article>`` posts is one text), and the blocks trafilatura's precision mode (and, on a
thin page, its recall mode) finds beyond its default are merged in (``merge_missing``). Then our own
cleanup removes, by general rules and never by any site's own words, what it still lets through on
real news pages:

* furniture lines ``bot.text.clean`` already knows (share bars, "Sign up for our newsletter", copyright,
  photo credits, bylines…);
* metadata lines: "Category : …", "Tags: …", "Filed under …", a date on a line of its own, a
  "date | categories | View Comments" bar, comment-count buttons;
* calls to action: subscribe / log in / newsletter / download-our-app prompts, recognised by such a
  word together with a word addressed to the reader ("you", "our", "please", "!") or in an imperative
  ("Subscribe today");
* a paywall notice ("To view the full story, please subscribe…") and everything after it;
* small print: rights lines, "views expressed…" disclaimers, "contributed to this report" credits,
  press-release labels ("For immediate release", "###"), newswire trailers ("View original content…",
  "SOURCE Acme Corp"), lines giving a contact e-mail;
* reading times ("7 min read") and cookie notices in the site's own voice ("We use cookies…");
* list items cut short with an ellipsis ("… Wikipedia": teasers of other pages) and a closing author
  tagline ("Jane Doe is a lecturer in…" as the last paragraph);
* short list items (action bars: "Share", "Save", "Cite") before the first paragraph;
* photo captions that place people "(left)", "(right)", "(centre)", "(l-r)"; "(pictured)" only in
  a line that reports nobody's words.
* promotion labels ("WATCH: …"), photo credits, sponsor reads, site credits and forum statistics, a
  newsletter's e-mail trailer, paywall offers ("Keep reading for just $1");
* short labels above a repeated headline (kicker, badge, the lead photo's credit) and a pull quote
  read twice;
* a press office's contact block after the text, a label left with nothing after it ("Date
  modified:") and the heading over a run of links.

The line rules are ``PAGE_RULES`` in ``bot.web.page_rules`` (``furniture_rule(line)`` names the one
that removes a line).

A page past the work bounds (``MAX_ELEMENTS`` elements, ``MAX_MARKUP_CHARS`` of markup besides script
code) is refused before trafilatura starts: ``LinkError("page too big to read: …")``. A page that still
has fewer than ``MIN_WORDS`` words is not an article (paywall, consent wall, index
or gallery page): ``LinkError("not an article: too little text")``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin

from bot.errors import LinkError
from bot.text.clean import is_furniture
from bot.web.page_boxes import (
    PRUNE_XPATH,
    drop_call_boxes,
    drop_headed_link_lists,
    drop_offer_boxes,
    drop_posting_walls,
    drop_reply_posts,
    drop_sponsor_boxes,
    hidden_dialog_text,
    page_text,
    remove_keeping_tail,
)
from bot.web.page_rules import (
    _EMAIL,
    _LIST_ITEM,
    _PAYWALL,
    _PITCH_MAX,
    _REPORTED,
    _WORD,
    PAGE_RULES,
    _words,
    furniture_rule,
    is_page_furniture,
)

__all__ = [
    "Article",
    "extract_article",
    "plain_article",
    "declared_canonical",
    "MIN_WORDS",
    "EXTRACT_OPTIONS",
    "PAGE_RULES",
    "PRUNE_XPATH",
    "furniture_rule",
    "is_page_furniture",
]

MIN_WORDS = 50

# trafilatura's own options, chosen on saved news pages (benchmarks/eval_pages.py compares them).
EXTRACT_OPTIONS: dict = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
}


@dataclass
class Article:
    text: str  # paragraphs separated by one blank line
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date, YYYY-MM-DD
    site: str | None = None
    canonical_url: str | None = None  # the page's own <link rel="canonical">/og:url, absolute
    words: int = 0


# -- cleanup ------------------------------------------------------------------------------------

# Below this many words the default extraction may have cut the article short (a recipe, a table, a
# list-heavy post): trafilatura's recall mode is tried too and kept when it finds clearly more.
_THIN_WORDS = 300
_RECALL_GAIN = 1.25


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


# An anchor's opening and closing tags, found in one left-to-right pass and paired (an opener takes the
# next closer; openers before it are inside the link): a pattern "<a …>(.*?)</a>" rescans the rest of
# the page from every opener that has no closer, so a page of unclosed links took hours.
_ANCHOR_TAG = re.compile(r"<a\b([^<>]*)>|</a\s*>", re.IGNORECASE)
_IN_PAGE = re.compile(r"""href\s*=\s*["']?\s*(#|javascript:)""", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]+>")  # ("<" excluded inside: a stray "<" never makes a scan run to the end)
_LABEL = re.compile(r"^[\w ’'-]{1,30}(:|\s[|»›])\s*")  # "READ MORE: ", "Related: ", "ALSO READ | "
_LINK_LINE_MAX = 20  # words: a line this short that is all one link is a link to elsewhere


def link_texts(html: str) -> frozenset[str]:
    """The folded text of every link of two or more words in the page.

    A line of the extracted text that is nothing but one of these (give or take a "READ MORE:" label)
    is a headline linking elsewhere (a sidebar, "related", a list of latest stories), whatever the
    site's layout: evidence from the page's own links, not from any site's words. Such a line goes only
    with a label or in a run of two or more: one linked heading inside the text may be the text's own.
    """
    out = set()
    opener = None
    for m in _ANCHOR_TAG.finditer(html):
        if m.group(1) is not None or m.group(0)[1] != "/":  # an opening tag
            opener = opener or m
            continue
        if opener is None:
            continue
        attrs, inner, opener = opener.group(1) or "", html[opener.end() : m.start()], None
        if _IN_PAGE.search(attrs):  # a tab or a jump to a section of this page
            continue
        text = _fold(unescape(_TAG.sub(" ", inner)))
        if len(text.split()) >= 2:
            out.add(text)
    return frozenset(out)


def _is_link_line(line: str, links: frozenset[str]) -> bool:
    return bool(links) and _words(line) <= _LINK_LINE_MAX and _fold(line) in links


def _is_labelled_link(line: str, links: frozenset[str]) -> bool:
    label = _LABEL.match(line)
    return bool(label and links and _words(line) <= _LINK_LINE_MAX and _fold(line[label.end() :]) in links)


# A bar of links set apart by brackets, bars or bullets: "[ Back to news ] [ Print this story ]".
_BUTTON_WORDS = 4
_BAR_SEPARATOR = re.compile(r"\s*(?:\]\s*\[|[|•·]|\[|\])\s*")


def _is_link_bar(line: str, links: frozenset[str]) -> bool:
    """Separated pieces, two or more of them the whole text of one of the page's links (of two words or
    more), the others as short as a button ("Print this story" is a script link, not in ``links``)."""
    if _words(line) > _LINK_LINE_MAX or not _BAR_SEPARATOR.search(line):
        return False
    pieces = [p for p in _BAR_SEPARATOR.split(line) if p.strip()]
    linked = sum(_fold(p) in links for p in pieces)
    return linked >= 2 and all(_fold(p) in links or _words(p) <= _BUTTON_WORDS for p in pieces)


def _drop_link_lists(lines: list[str], links: frozenset[str]) -> list[str]:
    """Lines that are all one link to elsewhere: with a label ("READ MORE: …"), or two or more in a row;
    and bars of such links ("[ Back to news ] [ Print this story ]")."""
    if not links:
        return lines
    lines = [ln for ln in lines if not _is_link_bar(ln, links)]
    is_link = [_is_link_line(ln, links) for ln in lines]
    in_run = [
        is_link[i] and ((i > 0 and is_link[i - 1]) or (i + 1 < len(lines) and is_link[i + 1]))
        for i in range(len(lines))
    ]
    out = []
    for i, line in enumerate(lines):
        # the short heading over a run of links ("Associated links", "More from the council") labels
        # nothing once the run is gone
        heads_run = i + 1 < len(lines) and in_run[i + 1] and not in_run[i] and _is_run_heading(line)
        if not (in_run[i] or heads_run or _is_labelled_link(line, links)):
            out.append(line)
    return out


_RUN_HEADING_WORDS = 6


def _is_run_heading(line: str) -> bool:
    return (
        _words(line) <= _RUN_HEADING_WORDS
        and not re.search(r"[.!?\"”’']$", line)
        and not _LIST_ITEM.match(line)
    )


def clean_extracted(text: str, title: str | None = None, links: frozenset[str] = frozenset()) -> str:
    """Apply the cleanup rules to trafilatura's text (one paragraph a line); paragraphs joined by a blank line.

    A first line repeating the title goes too (the brief carries the title on its own), and so do short
    labels above a repeat of it (``_below_title``: a kicker, a badge, the lead photo's credit).
    """
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    lines = _below_title(lines, title)
    # A paywall notice in the second half, or after a paragraph of article text (a teaser of three
    # paragraphs, then the offer), cuts the page there: what follows is the sales pitch.
    # (Only when what follows is a pitch: short lines or furniture. Article text after a paywall-like
    # sentence, on a page that shows the whole story, is kept and only the notice goes.)
    first_text = next((i for i, ln in enumerate(lines) if _words(ln) >= _PITCH_MAX), len(lines))
    for i, line in enumerate(lines):
        after_text = i >= max(1, len(lines) // 2) or i > first_text
        if after_text and _words(line) <= 60 and _PAYWALL.search(line):
            tail = lines[i + 1 :]
            pitch = all(_words(t) < _PITCH_MAX or is_page_furniture(t) for t in tail)
            lines = lines[:i] if pitch else lines[:i] + tail
            break
    lines = _drop_contact_block(lines)
    kept = [ln for ln in _drop_link_lists(lines, links) if not (is_page_furniture(ln) or _is_teaser_item(ln))]
    kept = _drop_leading_menus(_drop_repeated_lines(kept))
    while kept and is_furniture(kept[-1], last=True):
        kept.pop()
    if kept and _is_author_bio(kept[-1]):
        kept.pop()
    while kept and _is_dangling_label(kept[-1]):
        kept.pop()
    return "\n\n".join(kept)


# A press office's contacts after the text: a heading ("Contacts", "Media contact", "For more
# information:") over short lines of names, titles, offices and numbers, one of them a phone number or
# an e-mail. Read in the second half of the text only, and only while the lines stay short: a
# paragraph after it is text again.
_CONTACT_HEADING = re.compile(
    r"^((media|press|news) )?(contacts?|enquiries|inquiries)( (information|details|us))?\s*:?$|"
    r"^for (more|further) information( (please )?(contact|call|email|e-mail))?\s*:?$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+\d[\d ()-]{8,}\d|\b0\d{2,4} \d{3,4} ?\d{3,4})\b")
_CONTACT_LINE_WORDS = 14


def _drop_contact_block(lines: list[str]) -> list[str]:
    """Without a contact block in the second half of the text (by words): its heading and the short
    lines under it, when one of them gives a phone number or an e-mail address."""
    sizes = [_words(ln) for ln in lines]
    half, before = sum(sizes) / 2, 0
    for i, line in enumerate(lines):
        before += sizes[i]
        if before - sizes[i] < half or not _CONTACT_HEADING.match(line.lstrip("-*• ")):
            continue
        end = i + 1
        while end < len(lines) and _words(lines[end]) <= _CONTACT_LINE_WORDS:
            end += 1
        if any(_PHONE.search(ln) or _EMAIL.search(ln) for ln in lines[i + 1 : end]):
            return lines[:i] + lines[end:]
        return lines
    return lines


# A label closing the text with nothing after it ("Date modified:", "Share:"): what it labelled is gone.
_DANGLING_LABEL_WORDS = 4


def _is_dangling_label(line: str) -> bool:
    return line.endswith(":") and _words(line) <= _DANGLING_LABEL_WORDS


# A short sentence or quotation whose every word stands, in order, inside a longer paragraph is that
# paragraph's pull quote read twice (a highlight box, a quote set as a subhead): the words stay once, in
# the paragraph.
_REPEAT_MIN_WORDS = 6
_REPEAT_MAX_WORDS = 40


# Only a sentence or a quotation is looked for: a heading ("Best Limited Series") whose words the text
# happens to use again labels what follows it.
_QUOTE_OR_SENTENCE = re.compile(r"""^["“‘']|[.!?…]["”’']?$""")
_REPEAT_CANDIDATES = 50  # a line whose rarest run of words is in more lines than this is no pull quote
_REPEAT_MAX_LINES = 2_000  # an article has a few hundred paragraphs; a longer text is not looked through


def _drop_repeated_lines(lines: list[str]) -> list[str]:
    if len(lines) > _REPEAT_MAX_LINES:
        return lines
    folded = [f" {_fold(ln)} " for ln in lines]
    # where each run of three words occurs: a longer line holding a whole line holds all its runs, so
    # only the lines holding its rarest run are looked at (a page of thousands of look-alike lines
    # costs no more than a few comparisons a line)
    runs = [_runs(text) for text in folded]
    where: dict[tuple[str, ...], list[int]] = {}
    for i, mine in enumerate(runs):
        for run in mine:
            where.setdefault(run, []).append(i)
    out = []
    for i, line in enumerate(lines):
        size = len(folded[i].split())
        if _REPEAT_MIN_WORDS <= size <= _REPEAT_MAX_WORDS and _QUOTE_OR_SENTENCE.search(line):
            others = min((where[run] for run in runs[i]), key=len)
            if len(others) <= _REPEAT_CANDIDATES and any(
                len(folded[j]) > len(folded[i]) and folded[i] in folded[j] for j in others if j != i
            ):
                continue
        out.append(line)
    return out


def _runs(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


# Above the headline sit a section kicker ("Design"), a badge ("Subscriber exclusive") and the lead
# photo's credit ("Photographs by Jane Doe for The Magazine"): short labels, not sentences.
_ABOVE_TITLE_LINES = 3
_LABEL_WORDS = 10


# Above the headline, a line speaking to the reader is the site's notice or prompt ("Openwire News is the
# free news source you can write. Write an article today!"), not the article's standfirst, which follows it.
_TO_READER = re.compile(r"\b(you|your|you’re|you're|you’ll|you'll)\b|!", re.IGNORECASE)
_NOTICE_WORDS = 25


def _is_label(line: str) -> bool:
    return _words(line) <= _LABEL_WORDS and not _SENTENCE_END.search(line)


def _addresses_reader(line: str) -> bool:
    return _words(line) <= _NOTICE_WORDS and bool(_TO_READER.search(line)) and not _REPORTED.search(line)


def _below_title(lines: list[str], title: str | None) -> list[str]:
    """Without a first line repeating the headline, or without the short labels above a repeat of it
    among the first lines (no sentence end, ``_LABEL_WORDS`` words at most) and the site's notices
    there (a line of ``_NOTICE_WORDS`` words at most speaking to the reader: "you", "!").

    (A headline under labels stays: read as the text's first line, it is what the page shows first.) A
    title that adds the site's name ("Ferry firm fined - Openwire News") finds the headline it opens
    with too, for the labels above it; such a headline is never dropped as the title.
    """
    headline = _fold(title or "")
    if not headline:
        return lines
    for i, line in enumerate(lines[: _ABOVE_TITLE_LINES + 1]):
        folded = _fold(line)
        exact = folded == headline
        if exact or _opens_title(folded, headline):
            above = lines[:i]
            if not above:
                return lines[1:] if exact else lines
            if all(_is_label(ln) or _addresses_reader(ln) for ln in above):
                return lines[i:]
            return lines
    return lines


_TITLE_SHARE = 0.6  # of the title's words: a headline the title opens with, before the site's name


def _opens_title(line: str, headline: str) -> bool:
    return (
        bool(line)
        and headline.startswith(line + " ")
        and len(line.split()) >= _TITLE_SHARE * len(headline.split())
    )


# "Jane Doe is a lecturer in history at …": the tagline that closes an opinion piece, about its author.
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’-]+( [A-Z][\w.'’-]+){1,3},? is (a|an|the|also|currently|founder|co-founder)\b"
)


# A capitalised name ending in one of these heads is a place or a body, not a person ("Harlan County is
# the second-largest…").
_NOT_PERSON_HEAD = frozenset(
    "county city town state council department university college school party company group "
    "association agency authority board committee ministry office hospital church club team league "
    "foundation institute center centre river park street road inc ltd llc corp".split()
)


def _is_author_bio(line: str) -> bool:
    """The last paragraph opens with a person's full name and "is a/the …" and reports no one's words.

    (On the 965 PolNeAR and Canadian articles, every last paragraph of that shape is such a tagline.)
    """
    m = _AUTHOR_BIO.match(line)
    if not m or _words(line) > 80 or _REPORTED.search(line):
        return False
    name = line[: m.start(2)].rstrip(", ").split()[:-1]  # the words before "is"
    return bool(name) and name[-1].lower().strip(".,") not in _NOT_PERSON_HEAD


# A list item cut short with an ellipsis, maybe followed by its source ("… Wikipedia"): a teaser for
# another page (a "related" or dictionary box), never the article's own list.
_TEASER_END = re.compile(r"(…|\.\.\.|\[…\])\s*([A-Z][\w.-]*\s*){0,3}$")


def _is_teaser_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line)) and bool(_TEASER_END.search(line))


def _is_menu_item(line: str) -> bool:
    """ "- Share", "- Save": a short list item with no figure (an ingredient or a result has one)."""
    return bool(_LIST_ITEM.match(line)) and _words(line) <= 4 and not re.search(r"\d", line)


def _drop_leading_menus(lines: list[str]) -> list[str]:
    """Runs of two or more one-to-four-word list items before the first real paragraph: action bars and
    menus ("- Share", "- Save", "- Cite") that sit between a headline and the text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _words(lines[i]) >= 20:
            return out + lines[i:]
        j = i
        while j < len(lines) and _is_menu_item(lines[j]):
            j += 1
        if j - i >= 2:
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


# -- blocks one extraction finds and another misses -------------------------------------------------

_SENTENCE_END = re.compile(r"""[.!?:;)"”’']$""")
_EXTRA_MIN_WORDS = 6
_SEEN_SHARE = 0.5  # a block whose word triples are half in the text already is a variant of a paragraph


def _triples(line: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(line)]
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))} if words else set()


def _is_article_block(line: str) -> bool:
    """A list item of three words or with a figure ("- 250 g minced lamb"; "- Home", "- More sport" are
    menus), or a sentence of ``_EXTRA_MIN_WORDS`` words or more ("News provided by", "Close",
    "Written: 2023-11-07 15:03" are labels and bars, not text)."""
    if _LIST_ITEM.match(line):
        return _words(line) >= 3 or bool(re.search(r"\d", line))
    return _words(line) >= _EXTRA_MIN_WORDS and bool(_SENTENCE_END.search(line))


def merge_missing(text: str, other: str) -> str:
    """``text`` with the article blocks of ``other`` it lacks, each after the last paragraph the two share.

    trafilatura's three modes choose differently: the default may read the page's consent box and
    method while its precision mode reads the ingredient list beside them; its recall mode keeps a
    bullet list the default drops. Both inputs are already cleaned, so the page rules hold for what is
    added; a block must still look like article text (``_is_article_block``) and not repeat a paragraph
    already there in another cut (``_SEEN_SHARE`` of its word triples).
    """
    base = [ln for ln in text.split("\n\n") if ln]
    position = {_fold(ln): i for i, ln in enumerate(base)}
    seen: set[tuple[str, ...]] = set().union(*(_triples(ln) for ln in base)) if base else set()
    after: dict[int, list[str]] = {}
    anchor = -1
    for line in (ln for ln in other.split("\n\n") if ln):
        key = _fold(line)
        if key in position:
            anchor = position[key]
            continue
        triples = _triples(line)
        if not triples or len(triples & seen) >= _SEEN_SHARE * len(triples) or not _is_article_block(line):
            continue
        seen |= triples
        after.setdefault(anchor, []).append(line)
    if not after:
        return text
    merged = list(after.get(-1, []))
    for i, line in enumerate(base):
        merged.append(line)
        merged.extend(after.get(i, []))
    return "\n\n".join(merged)


# -- metadata -------------------------------------------------------------------------------------

# ("<" excluded inside a tag, as in ``_ANCHOR_TAG``: each scan stops at the next tag, so the work is linear)
_LINK_TAG = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b[^<>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))""")


def _attrs(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): unescape(m.group(3) or m.group(4) or m.group(5) or "")
        for m in _ATTR.finditer(tag)
    }


def declared_canonical(html: str, base_url: str | None = None) -> str | None:
    """The page's own canonical URL (``<link rel="canonical">``, else ``og:url``), made absolute."""
    head = html[:300_000]
    found = None
    for tag in _LINK_TAG.findall(head):
        a = _attrs(tag)
        if "canonical" in a.get("rel", "").lower().split() and a.get("href", "").strip():
            found = a["href"].strip()
            break
    if found is None:
        for tag in _META_TAG.findall(head):
            a = _attrs(tag)
            if a.get("property", a.get("name", "")).lower() == "og:url" and a.get("content", "").strip():
                found = a["content"].strip()
                break
    if not found:
        return None
    url = urljoin(base_url, found) if base_url else found
    return url if url.lower().startswith(("http://", "https://")) else None


# -- extraction -----------------------------------------------------------------------------------


# -- reading the page the way a reader sees it ------------------------------------------------------

# Elements that sit inside a line of text; a <div> holding nothing else is a paragraph on screen.
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo br cite code data dfn em font i img kbd label mark q s small span strong sub sup "
    "time u var wbr".split()
)
_LEAF_MIN_WORDS = 6  # fewer words in a bare <div>: a label, a date, a button
_FEED_MIN_POSTS = 3  # sibling <article>s that make a feed of posts (a live blog), not one article


def _leaf_divs_as_paragraphs(tree) -> None:
    """A ``<div>`` that holds only text and inline elements is a paragraph on screen: it becomes a ``<p>``.

    trafilatura reads bare ``<div>`` text only on pages with little ``<p>`` text, so on a page that has
    paragraphs elsewhere it drops such blocks inside the article: a recipe card's summary and nutrition
    line, a live post's body, a standfirst. Only blocks of ``_LEAF_MIN_WORDS`` words or more whose words
    are mostly not link text (a link list is navigation) are turned; the cleanup rules still apply.
    """
    for div in tree.iter("div"):
        if any(isinstance(el.tag, str) and el.tag not in _INLINE_TAGS for el in div.iterdescendants()):
            continue
        words = len(_WORD.findall(" ".join(div.itertext())))
        if words < _LEAF_MIN_WORDS:
            continue
        linked = sum(len(_WORD.findall(" ".join(a.itertext()))) for a in div.iter("a"))
        if linked * 2 < words:
            div.tag = "p"


_LAYOUT_CELL_WORDS = 100  # a table cell holding this much text is a column of the page, not a datum
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _is_layout_table(table) -> bool:
    """A table that lays out the page (an old template's columns), not one that holds data.

    Evidence of structure, as browsers' reader modes use it: it declares itself presentational, it holds
    another table, or one of its own cells holds a column of prose.
    """
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if next(table.iterdescendants("table"), None) is not None:
        return True
    for cell in table.iterdescendants("td", "th"):
        if next(cell.iterancestors("table")) is table:
            if len(_WORD.findall(" ".join(cell.itertext()))) >= _LAYOUT_CELL_WORDS:
                return True
    return False


def _layout_tables_as_boxes(tree) -> None:
    """A layout table's rows and cells become plain boxes, so each column is read as its own block.

    Read as a table, trafilatura joins a row's cells into one line: the sidebar's headlines, the menu and
    the article in one "| … | … |" row that no cleanup rule can take apart. A data table is left alone.
    """
    for table in [t for t in tree.iter("table") if _is_layout_table(t)]:
        parts = [
            table,
            *(
                el
                for el in table.iterdescendants(*_TABLE_PARTS[1:])
                if next(el.iterancestors("table")) is table
            ),
        ]
        for el in parts:
            el.tag = "div"


def _feeds_as_sections(tree) -> None:
    """Three or more sibling ``<article>``s, none holding half their text, are posts of one feed.

    trafilatura takes the first ``<article>`` of a page as the article: on a live blog that is one post
    (and its fallbacks then drop others). Such siblings become plain ``<div>``s, so the container of the
    whole feed is read. A page whose first ``<article>`` holds most of the text (the story, with a few small
    "related" cards beside it) is left alone.
    """
    parents = {id(p): p for p in (a.getparent() for a in tree.iter("article")) if p is not None}
    for parent in parents.values():
        posts = [child for child in parent if child.tag == "article"]
        if len(posts) < _FEED_MIN_POSTS:
            continue
        sizes = [len(_WORD.findall(" ".join(p.itertext()))) for p in posts]
        if max(sizes) * 2 < sum(sizes):
            for post in posts:
                post.tag = "div"
                # (its own class goes too: class="post" would make trafilatura read that one post again)
                post.attrib.pop("class", None)
                post.attrib.pop("id", None)


# -- bounding the work -----------------------------------------------------------------------------
# trafilatura's time grows with the page (a 5 MB page of ~100,000 small blocks took it 36 s to two
# minutes) and cannot be cut short: it is synchronous lxml-heavy Python, a thread cannot be killed, and a process per page would
# cost more than most extractions. So the work is bounded before it starts, by what drives it: the
# number of elements and the size of the markup, both read off the parsed page in milliseconds. Article
# pages are far below both (the 105 saved and written pages: at most 2,080 elements and 390 kB).
# Heavy real pages (mega-menus, long related rails) reach several thousand elements; twice the 10,000
# first chosen keeps them readable at about twice the worst time (benchmarks/README.md, the work bounds).
MAX_ELEMENTS = 20_000  # more: "too big to read", before trafilatura or our cleanup look at it
MAX_MARKUP_CHARS = 1_500_000  # HTML left once a large page's scripts, styles and SVG are set aside
# A page larger than this (script code can be megabytes) is slimmed first and read by trafilatura's
# default mode alone, as is a page of more than ``_FULL_ELEMENTS``: the second and third passes would
# triple the time. Below both, the three modes run.
_LARGE_PAGE_CHARS = 1_000_000
_FULL_ELEMENTS = 5_000
# The second and third modes reuse the first one's metadata (False: each reads it again, the baseline
# ``benchmarks/bench_extract.py`` measures against).
METADATA_ONCE = True
_KEPT_SCRIPTS = ("json",)  # JSON-LD and other JSON data stay: metadata (and dates) are read from them


def _slim(tree) -> None:
    """Set aside what a reader never sees and trafilatura drops anyway: script code, styles, SVG drawings.

    Only on large pages (``_LARGE_PAGE_CHARS``), so an ordinary page reaches trafilatura untouched.
    """
    for el in list(tree.iter("script", "style", "svg", "{http://www.w3.org/2000/svg}svg")):
        if el.tag == "script" and any(k in (el.get("type") or "").lower() for k in _KEPT_SCRIPTS):
            continue
        remove_keeping_tail(el)


def _page_size(tree, html: str) -> tuple[int, int]:
    """(elements, markup characters) of a parsed page, slimmed first when large (``_slim``)."""
    from lxml import etree

    if len(html) > _LARGE_PAGE_CHARS:
        _slim(tree)
        markup = len(etree.tostring(tree, encoding="unicode"))
    else:
        markup = len(html)
    # the parts of inline SVG drawings (icons are often hundreds of paths each) are no page structure:
    # trafilatura drops a drawing whole, so they are not counted against the bound
    svg_tags = ("svg", "{http://www.w3.org/2000/svg}svg")
    drawn = sum(
        sum(1 for _ in svg.iter()) - 1
        for svg in tree.iter(*svg_tags)
        if next(svg.iterancestors(*svg_tags), None) is None  # a drawing inside a drawing is counted once
    )
    return sum(1 for _ in tree.iter()) - drawn, markup


def _too_big(elements: int, markup: int) -> LinkError | None:
    if elements > MAX_ELEMENTS:
        return LinkError(
            f"page too big to read: {elements:,} HTML elements, more than the {MAX_ELEMENTS:,} an article page needs"
        )
    if markup > MAX_MARKUP_CHARS:
        return LinkError(
            f"page too big to read: {markup:,} characters of HTML besides scripts and styles, "
            f"more than the {MAX_MARKUP_CHARS:,} an article page needs"
        )
    return None


def _page_tree(html: str):
    """(tree, elements): the page parsed once (lxml, through trafilatura), checked against the work
    bounds (``LinkError`` "page too big to read" past them), bare text blocks and feeds made readable."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None, 0
    elements, markup = _page_size(tree, html)
    refusal = _too_big(elements, markup)
    if refusal is not None:
        raise refusal
    drop_offer_boxes(tree)
    drop_call_boxes(tree)
    drop_posting_walls(tree)
    drop_headed_link_lists(tree)
    drop_sponsor_boxes(tree)
    title = tree.find(".//title")
    drop_reply_posts(tree, title.text_content() if title is not None else None)
    _layout_tables_as_boxes(tree)
    _leaf_divs_as_paragraphs(tree)
    _feeds_as_sections(tree)
    return tree, elements


def _extract_raw(html, url: str | None, options: dict, prune: bool = True, metadata: bool = True):
    """trafilatura on ``html`` (a string, or a tree from ``_page_tree``: trafilatura works on a copy).

    ``metadata=False`` for the second and third modes: the page's title, author and date are the same
    whatever the mode, and reading them (the date search scans the whole page) is a third of a pass.
    """
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=metadata,
        prune_xpath=PRUNE_XPATH if prune else None,
        **options,
    )


def _extract_text(html, url: str | None, options: dict, links: frozenset[str] | None, of=None):
    """trafilatura's text, cleaned with the page's ``links`` (None: raw, for the benchmark); ``of``: the
    first mode's document, whose metadata (the title the cleanup drops) this mode does not read again."""
    doc = _extract_raw(html, url, options, prune=links is not None, metadata=of is None)
    raw_text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if links is not None:
        return doc, clean_extracted(raw_text, getattr(of or doc, "title", None), links)
    return doc, "\n\n".join(ln for ln in raw_text.splitlines() if ln.strip())


# -- text that sits only in the page's data ----------------------------------------------------------
# A page rendered by script (a Next.js site) may carry the article only in a JSON data block
# (``<script id="__NEXT_DATA__" type="application/json">``), the HTML holding a skeleton. When the HTML
# gives no article, the data is read by its structure, never by a site's field names: inside the record
# that carries the page's own headline (so a list of other stories' teasers is not read as the article),
# the list whose items hold the most prose (each item a paragraph) or a string of HTML with paragraphs.
_DATA_PROSE_WORDS = 8  # a string this long ending a sentence is a paragraph, not a label or a slug
_DATA_MIN_PARAGRAPHS = 3


def _is_prose(value) -> bool:
    return (
        isinstance(value, str)
        and _words(value) >= _DATA_PROSE_WORDS
        and bool(re.search(r"[.!?…\"”’)]\s*$", value))
        and not value.lstrip().startswith(("<", "http", "{"))
    )


def _item_prose(item) -> str | None:
    """A list item's paragraph: the item itself, or the longest prose string among a record's values."""
    if _is_prose(item):
        return item
    if isinstance(item, dict):
        found = [v for v in item.values() if _is_prose(v)]
        return max(found, key=len) if found else None
    return None


def _html_paragraphs(value: str) -> list[str]:
    from lxml import html as lxml_html

    try:
        fragments = lxml_html.fragments_fromstring(value)
    except Exception:  # not markup after all
        return []
    return [
        re.sub(r"\s+", " ", el.text_content()).strip()
        for el in fragments
        if not isinstance(el, str) and el.tag in ("p", "blockquote", "li", "h2", "h3")
    ]


def _data_candidates(node, headline: str, out: list[list[str]], titled: bool = False, depth: int = 0) -> None:
    """Lists of paragraphs (or HTML strings of them) under a record whose string values hold the headline."""
    if depth > 40:  # (deeper data is no article body)
        return
    if isinstance(node, dict):
        titled = titled or any(
            isinstance(v, str) and _words(v) >= 4 and _fold(v) in headline for v in node.values()
        )
        for value in node.values():
            _data_candidates(value, headline, out, titled, depth + 1)
    elif isinstance(node, list):
        paragraphs = [p for p in (_item_prose(item) for item in node) if p]
        if titled and len(paragraphs) >= _DATA_MIN_PARAGRAPHS:
            out.append(paragraphs)
        for item in node:
            _data_candidates(item, headline, out, titled, depth + 1)
    elif titled and isinstance(node, str) and "<p" in node and len(node) > 400:
        paragraphs = [p for p in _html_paragraphs(node) if p]
        if len(paragraphs) >= _DATA_MIN_PARAGRAPHS:
            out.append(paragraphs)


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph most of whose word triples are in a longer one (a pull quote of its paragraph)."""
    triples = [_triples(p) for p in paragraphs]
    kept = []
    for i, mine in enumerate(triples):
        repeated = any(
            j != i and len(paragraphs[j]) > len(paragraphs[i]) and len(mine & other) * 2 >= len(mine)
            for j, other in enumerate(triples)
        )
        if not repeated:
            kept.append(paragraphs[i])
    return kept


def data_article_text(tree, title: str | None = None) -> str:
    """The article held in the page's JSON data blocks (not JSON-LD, which trafilatura reads), or ""."""
    import json

    headline = _fold(" ".join([title or "", *(t.text or "" for t in tree.iter("title", "h1"))]))
    candidates: list[list[str]] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if kind.endswith("json") and "ld+json" not in kind and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            _data_candidates(data, headline, candidates)
    if not candidates:
        return ""
    best = max(candidates, key=lambda paragraphs: sum(_words(p) for p in paragraphs))
    return "\n".join(_without_repeats(best))


_DIALOG_KEEP_WORDS = 150  # words of article left outside the dialogs: the article is not in one
_DIALOG_LINE_WORDS = 6  # a line this long found inside a hidden dialog's text is the dialog's, even cut


def _without_dialog_lines(text: str, tree) -> str:
    """``text`` without the lines of a pop-up hidden on load (``page_boxes.hidden_dialog_text``): a block
    of the dialog, or a line of ``_DIALOG_LINE_WORDS`` words or more inside its text, that the page does
    not also show outside its dialogs (an image viewer's caption repeating the headline). Unless what is
    left is short and less than half the text (a page showing its article in a dialog): then nothing goes.
    """
    blocks, whole = hidden_dialog_text(tree)
    if not blocks:
        return text
    lines = text.split("\n\n")
    keys = [_fold(line) for line in lines]
    inside = [k in blocks or (len(k.split()) >= _DIALOG_LINE_WORDS and k in whole) for k in keys]
    if not any(inside):
        return text
    # a line the page shows more often than its dialogs do is shown outside them too
    page, dialogs = f" {page_text(tree)} ", f" {whole} "
    kept = [
        line
        for line, key, hidden in zip(lines, keys, inside, strict=True)
        if not (hidden and page.count(f" {key} ") <= dialogs.count(f" {key} "))
    ]
    left = _words("\n".join(kept))
    if left < _DIALOG_KEEP_WORDS and left * 2 < _words(text):
        return text
    return "\n\n".join(kept)


def extract_article(
    html: str,
    url: str | None = None,
    *,
    min_words: int = MIN_WORDS,
    options: dict | None = None,
    cleanup: bool = True,
) -> Article:
    """The article in a page; ``LinkError("not an article: too little text")`` when there is none.

    ``options``/``cleanup`` exist for the evaluation benchmark (to compare with trafilatura alone).
    """
    if not html or not html.strip():
        raise LinkError("not an article: the page is empty")
    tree, elements = _page_tree(html) if cleanup else (None, 0)  # refuses a page past the work bounds
    links = link_texts(html) if cleanup else None  # read once, for both extractions
    page = html if tree is None else tree
    doc, text = _extract_text(page, url, EXTRACT_OPTIONS if options is None else options, links)
    words = _words(text)
    if options is None and cleanup and len(html) <= _LARGE_PAGE_CHARS and elements <= _FULL_ELEMENTS:
        others = []
        if words < _THIN_WORDS:
            _, recall_text = _extract_text(
                page, url, {**EXTRACT_OPTIONS, "favor_recall": True}, links, of=doc if METADATA_ONCE else None
            )
            recall_words = _words(recall_text)
            if recall_words >= max(words * _RECALL_GAIN, words + 30):
                others.append(text)  # the default's own paragraphs are not lost with the switch
                text = recall_text
            else:
                others.append(recall_text)
        others.append(
            _extract_text(
                page,
                url,
                {**EXTRACT_OPTIONS, "favor_precision": True},
                links,
                of=doc if METADATA_ONCE else None,
            )[1]
        )
        for other in others:
            text = merge_missing(text, other)
        words = _words(text)
    if tree is not None:
        text = _without_dialog_lines(text, tree)
        words = _words(text)
    if words < min_words and tree is not None:
        title = getattr(doc, "title", None)
        data_text = clean_extracted(data_article_text(tree, title), title, links or frozenset())
        if _words(data_text) > words:
            text, words = data_text, _words(data_text)
    if words < min_words:
        raise LinkError("not an article: too little text")

    def meta(name: str) -> str | None:
        value = getattr(doc, name, None)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        value = re.sub(r"\s+", " ", str(value)).strip() if value else ""
        return value or None

    author = meta("author")
    if author and len(author) > 120:
        author = None
    return Article(
        text=text,
        title=meta("title"),
        author=author,
        date=meta("date"),
        site=meta("sitename") or meta("hostname"),
        canonical_url=declared_canonical(html, url),
        words=words,
    )


def plain_article(text: str, *, min_words: int = MIN_WORDS) -> Article:
    """An article served as plain text: paragraphs kept, furniture lines removed, no metadata."""
    from bot.text.clean import clean_text

    cleaned = clean_text(text or "")
    words = _words(cleaned)
    if words < min_words:
        raise LinkError("not an article: too little text")
    return Article(text=cleaned, words=words)
