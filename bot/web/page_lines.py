"""Cleanup of the extracted text as a whole: the passes that need more than one line to judge a line.

``bot.web.page_rules`` judges each line alone; these passes read a line against the page's own links
(a run of links to elsewhere and its heading), its neighbours (a press office's contact block, a label
left dangling, a pull quote read twice, a menu before the first paragraph, a table's note closing with its
credit) and its place (labels above the headline, an author's tagline closing the text, a newsletter's sign-off,
a show's credits and a release's "About <Name>" boilerplate among the last lines, a paywall notice and the pitch
after it, an old layout's side column of cells above the text with the banner's motto over it and its side boxes after
it, a site's disclaimer over its small print), and keep a wrapped sentence's short last line with the line above it.
``clean_extracted`` applies them all, with the line rules, to one extraction's text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from html import unescape

from bot.text.clean import is_furniture, reads_as_headline
from bot.web.page_lexicon import (
    MORE_BUTTONS,
    NEWSLETTER_ISSUES,
    NEWSROOM_ROLES,
    OPEN_ENDS,
    READER_FINDS,
    REPLY_MATTER,
    REPLY_ROUNDUPS,
    SUMMARY_LABELS,
    WRITER_SLIPS,
    WRITER_SLIPS_FOUND,
)
from bot.web.page_mail import without_mail_furniture
from bot.web.page_rules import (
    ACTIVITY_ADDED,
    BUTTON_VERB,
    CELL_BAR,
    COMMENT_SIGNATURE,
    CONTACT_HEADING,
    CONTRIBUTED_CREDIT,
    CONTRIBUTED_MAX,
    EMAIL,
    LIST_ITEM,
    PASTE_NOTE,
    PAYWALL,
    PHONE,
    PITCH_MAX,
    READ_ON,
    REPORTED,
    SCOREBOARD_LINE,
    SENTENCE_CLOSE,
    WORD,
    fold,
    furniture_rule,
    is_cite_label,
    is_date_stamp,
    is_own_reference,
    is_page_furniture,
    is_postal_address,
    is_recirculation_heading,
    is_reference_entry,
    is_tip_call,
    sends_the_public_on,
    word_count,
)

__all__ = ["SENTENCE_END", "clean_extracted", "link_texts"]

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
        text = fold(unescape(_TAG.sub(" ", inner)))
        if len(text.split()) >= 2:
            out.add(text)
    return frozenset(out)


def _is_link_line(line: str, links: frozenset[str]) -> bool:
    # a most-read list's number before its link: "1. Polling percentage in Hyderabad lowest in State"
    line = _LIST_NUMBER.sub("", line, count=1)
    return (
        bool(links)
        and word_count(line) <= _LINK_LINE_MAX
        and (fold(line) in links or _is_dated_link(line, links))
    )


_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def _is_dated_link(line: str, links: frozenset[str]) -> bool:
    """One link followed by its posting date only ("Snowmobile Trail Safety Reminders Posted on: November 24,
    2026"): a news list's item, its date set beside the title."""
    words = line.split()
    for cut in range(len(words) - 1, 0, -1):
        if is_date_stamp(" ".join(words[cut:])):
            head = fold(" ".join(words[:cut]))
            if head in links:
                return True
    return False


def _is_labelled_link(line: str, links: frozenset[str]) -> bool:
    label = _LABEL.match(line)
    return bool(label and links and word_count(line) <= _LINK_LINE_MAX and fold(line[label.end() :]) in links)


# A bar of links set apart by brackets, bars or bullets: "[ Back to news ] [ Print this story ]".
_BUTTON_WORDS = 4
_BAR_SEPARATOR = re.compile(r"\s*(?:\]\s*\[|[|•·]|\[|\])\s*")
# A bar whose every piece stands in brackets of its own, the line nothing else: "[ Back to Top ] [ Front Page ]". (A
# footnote's "[1]" or a bracketed aside inside a sentence has words outside its brackets.)
_BRACKETED_BAR = re.compile(r"^\[[^\[\]]*[^\W\d_][^\[\]]*\](\s*\[[^\[\]]*[^\W\d_][^\[\]]*\])+$")
_BRACKETED_PIECES = 3


def _is_link_bar(line: str, links: frozenset[str]) -> bool:
    """Separated pieces, two or more of them the whole text of one of the page's links (of two words or
    more), the others as short as a button ("Print this story" is a script link, not in ``links``)."""
    if word_count(line) > _LINK_LINE_MAX or not _BAR_SEPARATOR.search(line):
        return False
    pieces = [p for p in _BAR_SEPARATOR.split(line) if p.strip()]
    linked = sum(fold(p) in links for p in pieces)
    if (
        _BRACKETED_BAR.match(line)
        and len(pieces) >= _BRACKETED_PIECES
        and linked >= 1
        and all(word_count(p) <= _BUTTON_WORDS for p in pieces)
    ):
        # every piece set in its own brackets, a button's length: one link to another page is enough, as the others
        # may be a jump within the page or a script's ("[ Back to Top ] [ Front Page ] [ Printer Friendly Version ]")
        return True
    # (a bracketed bar with a piece longer than a button, the next page's title, is read as any bar: "[Back to Top]
    # [More History Articles] [Next: <Title>]", two of its pieces each wholly a link)
    return linked >= 2 and all(fold(p) in links or word_count(p) <= _BUTTON_WORDS for p in pieces)


# The same bar under its heading on one line, a box of related links set in a cell: "More from this week's Front Page
# • <headline> • <headline> • <headline>" (a short heading with no sentence end, then two or more pieces, each wholly
# the text of one of the page's links; the bar may run past ``_LINK_LINE_MAX`` as its pieces are each a link). A line
# with a piece that is no link ("… • the council said" ) stays.
_HEADED_BAR_SEPARATOR = re.compile(r"\s+[•·|]\s+")


def _is_headed_link_bar(line: str, links: frozenset[str]) -> bool:
    pieces = [p.strip(" |") for p in _HEADED_BAR_SEPARATOR.split(line.strip(" |"))]
    if len(pieces) < 3 or not _is_run_heading(pieces[0]) or fold(pieces[0]) in links:
        return False
    return all(word_count(p) <= _LINK_LINE_MAX and fold(p) in links for p in pieces[1:])


# An old site's box of headlines set in one table cell, its heading in capitals and its links run together with
# nothing between: "| LOCAL HEADLINES Quorum court tables jail budget vote Tigers open summer camp with record
# turnout |". The heading, then two or more pieces, each wholly the text of one of the page's links (of three words
# or more), and nothing else; a cell with a word that is no link's stays. A cell whose heading stood in a row of its
# own ("| City council OKs new water tower paint job Rivertown Rams fall to Perryville 28-14 |") is the same box, and
# so is a most-read box that numbers its links ("| 1. Fire guts barn on Mill Road 2. Selectmen approve salt shed |":
# a list's number before each, read folded as a word of its own). The heading may close on a colon, a label's ("| ALSO IN
# THIS ISSUE: Youth Tour winners tell of … Recipe corner: … |"): the links after it are the box all the same.
_CAPS_HEADING = re.compile(r"^[A-Z][A-Z'’&]+(?: [A-Z][A-Z'’&]+){0,3}:?(?= [A-Z0-9])")
_CELL_LINK_WORDS = 3


_FOLDED_NUMBER = re.compile(r"^\d{1,2} ")
# (and a news list's posting date before each link, read past the same way: "RECENT LOCAL NEWS 03/08/2007 Jail bids come
# in over budget 03/01/2007 Ice storm leaves 1,100 without power", the date folded to "03 08 2007")
_FOLDED_DATE = re.compile(
    r"^(\d{1,4} \d{1,2} \d{1,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}( \d{4})?) "
)


def _link_at_start(rest: str, links: list[str]) -> str | None:
    """The link whose folded text is ``rest`` or opens it, word for word."""
    return next((link for link in links if rest == link or rest.startswith(link + " ")), None)


def _is_headed_link_cell(line: str, links: frozenset[str]) -> bool:
    heading = _CAPS_HEADING.match(line.strip(" |"))
    in_a_cell = line.startswith("|") and line.endswith("|")
    if (heading is None and not in_a_cell) or not links:
        return False
    rest, found = fold(line.strip(" |")[heading.end() if heading else 0 :]), 0
    candidates = [link for link in links if word_count(link) >= _CELL_LINK_WORDS]
    while rest:
        hit = _link_at_start(rest, candidates)
        for folded in (_FOLDED_DATE, _FOLDED_NUMBER):
            if hit is None and folded.match(rest):
                rest = folded.sub("", rest, count=1)
                hit = _link_at_start(rest, candidates)
        if hit is None:
            return False
        rest, found = rest[len(hit) :].strip(), found + 1
    return found >= 2


# An old site's row of teasers for the issue's other stories, each cell another page's linked headline over a line or
# two of its blurb, read as one line with the cells between bars ("| Wheat harvest starts early in south county
# Combines were rolling near Dunmore by Monday, … | Marlow Springs Legion team sweeps Ellery Post 212 won both ends
# … |"). Two cells or more, each opening with one of the page's links and holding ``_TEASER_CELL_WORDS`` words at
# most, one of those links a headline's length (``_CELL_LINK_WORDS`` words or more). A layout row holding the story
# never has every cell open on a link: its text cell opens on the story's own words.
_TEASER_CELL_WORDS = 45


def _is_teaser_row(line: str, links: frozenset[str]) -> bool:
    if not links or not line.startswith("| ") or not line.endswith(" |"):
        return False
    cells = [fold(cell) for cell in CELL_BAR.split(line.strip(" |"))]
    if len(cells) < 2 or any(not cell or word_count(cell) > _TEASER_CELL_WORDS for cell in cells):
        return False
    candidates = sorted(links, key=len, reverse=True)
    openers = [_link_at_start(cell, candidates) for cell in cells]
    if any(opener is None for opener in openers):
        return False
    return any(word_count(opener) >= _CELL_LINK_WORDS for opener in openers)


# An old site's calendar box read as one layout cell: a heading of what is coming over two or more dated entries, each a
# date and a dash before a short line ("| Community Calendar Mar. 17 - Pancake breakfast, Fire Hall, 7-11 a.m. Mar. 20 -
# County Commission, Courthouse, 9 a.m. Full calendar |"): the dates of other events, set beside every page. The heading
# names coming events or a calendar ("Coming up", "Upcoming events", "Community calendar", "What's on"); a cell of dated
# lines under another heading ("| TIMELINE Mar. 3 - Fire breaks out … |", the story's own box), a line of the text that
# is no cell, or an entry as long as a paragraph, stays.
_CALENDAR_HEADING = re.compile(
    r"^(coming up|upcoming( [\w'’-]+){0,2}|what['’]s on|([\w'’-]+ ){0,2}(calendar|events|diary)( of events)?)$",
    re.IGNORECASE,
)
_CALENDAR_ENTRY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?\s+[-–—]\s+",
    re.IGNORECASE,
)
_CALENDAR_ENTRY_WORDS = 25
# (Or a body's standing meetings, each its name and a dash before the day of the week or month it meets: "| UPCOMING
# MEETINGS Board of Supervisors - 2nd Monday of each month, 7:30 PM at the Township Building Planning Commission - 4th
# Tuesday, 7:00 PM |", a township's or a club's dates that come round, beside every page as a calendar's are. Under the
# same headings only, two entries or more: "Harbour Board - 1st Monday" in a cell under "| WHO WE ARE |" stays.)
_MEETING_ENTRY = re.compile(
    r"(?-i:[A-Z][a-z][\w'’.&]*)( ((?-i:[A-Z])[\w'’.&]*|(?-i:of|and|the|&|for|on))){0,5} [-–—] ((every|each) )?"
    r"(((1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|last)( (and|&) |, )?)+ )?"
    r"(mon|tues|wednes|thurs|fri|satur|sun)days?\b",
    re.IGNORECASE,
)


def _calendar_entries(text: str) -> list:
    """The calendar's entries in a cell's text: its dates (``_CALENDAR_ENTRY``), or with fewer than two, its standing
    meetings (``_MEETING_ENTRY``)."""
    dated = list(_CALENDAR_ENTRY.finditer(text))
    return dated if len(dated) >= 2 else list(_MEETING_ENTRY.finditer(text))


# The heading may stand in a cell of its own right above the entries' cell ("| COMMUNITY CALENDAR |" over "| Oct. 20 -
# Fall festival, city park, 9 a.m. Oct. 23 - … |", a box of two rows): then the entries' cell opens on its first entry,
# and both cells go. Dated entries under another heading's cell, or opening on words of their own, stay.
def _is_calendar_cell(line: str, above: str = "") -> bool:
    if not _whole_cell(line):
        return False
    text = line.strip(" |")
    entries = _calendar_entries(text)
    if len(entries) < 2:
        return False
    heading = text[: entries[0].start()].strip()
    if not heading and _whole_cell(above):
        heading = above.strip(" |")
    if not _CALENDAR_HEADING.match(heading):
        return False
    ends = [m.start() for m in entries[1:]] + [len(text)]
    return all(
        word_count(text[m.end() : end]) <= _CALENDAR_ENTRY_WORDS for m, end in zip(entries, ends, strict=True)
    )


# An old site's guest book box read as one layout cell, under its heading in capitals: "| FROM OUR GUESTBOOK "Found your
# page looking for …" - Janet K., Sacramento CA … Sign our guestbook |". The visitors' entries are readers' posts, never
# the story (``page_boxes`` prunes a box whose class names a guest book; an old table has no class to name it). A cell
# mentioning a guest book in its words ("| The museum's guest book, signed in 1861, is on show. |") stays, and so does a
# line of the text that is no cell.
_GUESTBOOK_HEADING = re.compile(
    r"^(?:FROM |IN )?(?:OUR |THE |MY )?GUEST ?BOOK(?: ENTRIES| COMMENTS)?\b(?! [a-z])"
)
# Or opened by the site's call to sign its own book, a sentence of its own: "| Please sign our Guestbook! We love hearing
# from … Sign Guestbook \| View Guestbook Latest entry: "…" |" (the box's badge over its links and its newest entry).
# "| Please sign the guest book at the funeral home. |" names no book of the site's, and a call run on into a sentence
# ("Sign our guest book and …") is the line rules' (``page_rules._GUESTBOOK_CALL``).
_GUESTBOOK_CALL_CELL = re.compile(r"^(?:please )?sign (?:our|my) guest ?book\s*[!.]", re.IGNORECASE)


def _is_guestbook_cell(line: str) -> bool:
    cell = line.strip(" |")
    return _whole_cell(line) and bool(_GUESTBOOK_HEADING.match(cell) or _GUESTBOOK_CALL_CELL.match(cell))


def _is_box_cell(line: str) -> bool:
    """A layout cell that is a site's box by its heading: a calendar's dates or a guest book's entries."""
    return _is_calendar_cell(line) or _is_guestbook_cell(line)


def _without_box_cells(lines: list[str]) -> list[str]:
    """The lines without the site's box cells (``_is_box_cell``), and a calendar's entries under the heading's own cell
    with that cell."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if _is_box_cell(line):
            drop.add(i)
        elif i and _is_calendar_cell(line, lines[i - 1]):
            drop.update((i - 1, i))
    return [ln for i, ln in enumerate(lines) if i not in drop]


# An old layout's side boxes read after the text, one table cell a line: a heading cell in capitals ("| IN MEMORIAM |",
# "| BUY UNION |") with the cells under it (the box's words: "| The Local extends its sympathy to the family of … |"), or
# a cell opening on its heading in capitals or a label in capitals and its colon, run into its words ("| ENERGY SAVING
# TIP OF THE MONTH Clean or replace your furnace filter … |", "| REMEMBER: Dues increase to … |"): another item of the
# issue, a notice, an advertisement, never the story; a row of such boxes side by side goes too, when every cell of it
# opens so ("| ALSO IN THIS ISSUE · … | | MEMBER SWAP SHOP FOR SALE: … |"). Only after the text's last paragraph of
# prose outside the cells, each cell ``_SIDE_BOX_WORDS`` words at most, only when two boxes or more stand there (a
# column of them: one box alone after the text, "| TIMELINE |" over its dates, may be the story's own), and only while
# the cells after it hold fewer words than the text before it (a story set one paragraph a row stays); a heading cell in
# lower case ("| Community Calendar |", a data table's title), a data table's rows and a cell under no such heading stay.
_CAPS_CELL_HEADING = re.compile(r"^[A-Z][A-Z'’&.-]*( [A-Z][A-Z'’&.-]*){0,5}:?$")
_CAPS_CELL_OPENER = re.compile(
    r"^([A-Z][A-Z'’&.-]*( [A-Z][A-Z'’&.-]*){1,7}( [·•|–—-])? (?=[A-Z‘“\"']?[a-z])|"
    r"[A-Z][A-Z'’&.-]*( [A-Z][A-Z'’&.-]*){0,5}: )"
)
_SIDE_BOX_WORDS = 60
_SIDE_BOXES = 2  # a column of boxes: one box alone after the text may be the story's own ("| TIMELINE |" over its dates)


def _row_cells(line: str) -> list[str]:
    """The cells of a table's row that hold words ([] for a line that is no row)."""
    if len(line) <= 2 or not (line.startswith("|") and line.endswith("|")):
        return []
    return [c.strip() for c in CELL_BAR.split(line[1:-1]) if c.strip()]


def _without_trailing_side_boxes(lines: list[str]) -> list[str]:
    """Without an old layout's side boxes after the text's last paragraph of prose, two or more of them: a heading cell in
    capitals with the one-cell rows under it, and a row whose every cell opens on a heading or a label in capitals."""
    last = max((i for i, ln in enumerate(lines) if not ln.startswith("|") and _is_prose(ln)), default=None)
    if last is None:
        return lines
    cell_words = sum(word_count(ln) for ln in lines[last + 1 :] if _row_cells(ln))
    if not cell_words or cell_words >= sum(word_count(ln) for ln in lines[: last + 1]):
        return lines
    drop: set[int] = set()
    boxes, under_heading = 0, False
    for i in range(last + 1, len(lines)):
        cells = _row_cells(lines[i])
        if not cells or any(word_count(cell) > _SIDE_BOX_WORDS for cell in cells):
            under_heading = False
        elif len(cells) == 1 and _CAPS_CELL_HEADING.match(cells[0]):
            drop.add(i)
            boxes, under_heading = boxes + 1, True
        elif under_heading and len(cells) == 1:
            drop.add(i)
        elif all(_CAPS_CELL_OPENER.match(cell) for cell in cells):
            drop.add(i)
            boxes, under_heading = boxes + len(cells), False
        else:
            under_heading = False
    if boxes < _SIDE_BOXES:
        return lines
    return [ln for i, ln in enumerate(lines) if i not in drop]


# One such box alone after the text that teases another item of the site: a cell opening on its label in capitals and
# closing on a button to the page that tells the rest ("| ALSO IN THE NEWS: Spring clean-up days are May 10 and 11 at the
# township garage. … More info... |"): the side boxes' rule above asks for two, as one box may be the story's own ("|
# TIMELINE |" over its dates), but a box sending the reader on to another page for the rest is that page's teaser. The
# button is one of the page's links, a call to read on or for more of it (``READ_ON``, ``MORE_BUTTONS``), after the
# cell's last sentence; a cell closing on its own words, or on a link that is no such button ("… June 2. Harbour
# Office"), stays, and so does a cell with no label in capitals or a line of the text that is no cell.
_MORE_BUTTON = re.compile(rf"^({MORE_BUTTONS})$", re.IGNORECASE)
_CELL_TAIL = re.compile(r"(?<=[.!?])[\"”’')]?\s+([^.!?…]{2,40}?)[\s.…»›→>]*$")
_TEASER_BUTTON_WORDS = 4


def _is_teaser_box(line: str, links: frozenset[str]) -> bool:
    cells = _row_cells(line)
    if len(cells) != 1 or word_count(cells[0]) > _SIDE_BOX_WORDS or not _CAPS_CELL_OPENER.match(cells[0]):
        return False
    m = _CELL_TAIL.search(cells[0])
    if not m or word_count(m.group(1)) > _TEASER_BUTTON_WORDS or fold(m.group(1)) not in links:
        return False
    return bool(READ_ON.match(m.group(1)) or _MORE_BUTTON.match(m.group(1).strip()))


# Or one box alone after the text that calls on the reader: a cell opening on a shout in capitals, two words or more
# closing on "!" ("| WE NEED YOU! <Company> is always looking for new members. … Stop by the station any Monday night
# at 7:00 PM. |", "| VOLUNTEERS WANTED! …"), run into its sentences: the site's appeal, never the story, whose own box
# after the text opens on a heading ("| TIMELINE |", "| FAST FACTS: …"). A shout of one word ("| UPDATE! … |"), a cell
# with no sentence after the shout, or a line that is no cell, stays. The sentence may open on the company's initials
# ("WE NEED YOU! BCVAC is always looking …"): a word in capitals with a word in lower case after it is a sentence's,
# where a shout going on in capitals ("WE NEED YOU! JOIN TODAY") is none.
_CAPS_CELL_SHOUT = re.compile(
    r"^[A-Z][A-Z'’&.-]*( [A-Z][A-Z'’&.-]*){1,5}! (?=[‘“\"']?[A-Z]([a-z]|[A-Z0-9'’&.-]*\s+[a-z]))"
)


def _is_shout_box(line: str) -> bool:
    cells = _row_cells(line)
    return (
        len(cells) == 1
        and word_count(cells[0]) <= _SIDE_BOX_WORDS
        and bool(_CAPS_CELL_SHOUT.match(cells[0]))
        and bool(SENTENCE_CLOSE.search(cells[0]))
    )


# The same appeal set between the text's paragraphs is told by its close: its last sentence is wholly one of the page's
# links, the way to the site's page the shout calls the reader to ("| WE NEED YOU! <Company> is always looking for new
# members. … Click here to find out how to join. |"); a story's box ends on its own words. A shout box among the
# paragraphs closing on words that are no link of the page, or a linked close in a box with no shout, stays.
_CELL_LINK_CLOSE = re.compile(r"(?<=[.!?])[\"”’')]?\s+([^.!?…]{2,80}?)[\s.!…»›→>]*$")


def _is_linked_shout_box(line: str, links: frozenset[str]) -> bool:
    if not links or not _is_shout_box(line):
        return False
    m = _CELL_LINK_CLOSE.search(_row_cells(line)[0])
    return bool(m) and fold(m.group(1)) in links


def _without_teaser_boxes(lines: list[str], links: frozenset[str]) -> list[str]:
    """Without the teaser boxes (``_is_teaser_box``) and the appeals' boxes (``_is_shout_box``) after the text's last
    paragraph of prose outside the cells, and the appeals' boxes closing on a link of the page anywhere
    (``_is_linked_shout_box``)."""
    last = max((i for i, ln in enumerate(lines) if not ln.startswith("|") and _is_prose(ln)), default=None)
    if last is None:
        return lines
    return [
        ln
        for i, ln in enumerate(lines)
        if not _is_linked_shout_box(ln, links)
        and (i <= last or not (_is_shout_box(ln) or (links and _is_teaser_box(ln, links))))
    ]


# An old site's button box read as one layout cell: one of the page's links calling the reader to click, and at most a
# short line under it ("| Click here for the Classifieds Place your ad by Monday noon! |"): a way to another page of the
# site, never the text. A cell whose "click here" is no link of the page, one with a paragraph after the link
# (``_CLICK_CELL_REST`` words at most), or a line that is no cell, stays.
_CLICK_LINK = re.compile(r"^(please )?(click|tap) (here|this link|below)\b", re.IGNORECASE)
_CLICK_CELL_REST = 10


def _is_click_cell(line: str, links: frozenset[str]) -> bool:
    if not links or not _whole_cell(line):
        return False
    text = fold(line.strip(" |"))
    opener = _link_at_start(
        text, sorted((link for link in links if _CLICK_LINK.match(link)), key=len, reverse=True)
    )
    return opener is not None and word_count(text[len(opener) :]) <= _CLICK_CELL_REST


# The same call as a line of the text, wholly one of the page's links calling the reader to click ("Click here to see
# photos from the show!"), alone or with a note in brackets after it and nothing else ("(Warning: big page, may be slow
# on dial-up)"): a way to another page, never a sentence of the text (no passage of the saved pages' text opens on such a
# call), so it goes even alone, where a linked line goes only in a run. A call inside a sentence ("For the full report,
# click here."), one whose words are no link of the page, or a link with more than a bracketed note after it stays.
_BRACKETED_NOTE = re.compile(r"^(.*?\S)\s*\([^()]{1,80}\)\W*$")


def _is_click_line(line: str, links: frozenset[str]) -> bool:
    note = _BRACKETED_NOTE.match(line)
    call = note.group(1) if note else line
    return (
        bool(links)
        and bool(_CLICK_LINK.match(call))
        and word_count(call) <= _LINK_LINE_MAX
        and fold(call) in links
    )


def _is_linked_cell(line: str, links: frozenset[str]) -> bool:
    """A layout table's cell that is wholly one of the page's links ("| Download high-resolution image |" under a
    photo, "| Back to news releases |"): a button of the layout, never a paragraph of the text, which a cell holds with
    its words (a linked heading alone in the text's own run of lines has no bars)."""
    return _whole_cell(line) and word_count(line) <= _LINK_LINE_MAX and fold(line.strip(" |")) in links


# An old layout's side column read as one cell: its menu, the page's links run together, and a short note under it ("|
# Home What's New Branches & Hours Card Catalog … E-mail Us <Section> is under construction. Please check back soon!
# |"). ``_MENU_CELL_LINKS`` of the page's links (of two words or more) or more, holding half the cell's words or more
# (``_MENU_CELL_SHARE``): the text's own cell carries its links inside its sentences, a few words of many; a cell of a
# story's paragraph naming what the site links to ("… the Friends of the Library, the Genealogy Room …") stays, and so
# does a line that is no cell.
_MENU_CELL_LINKS = 4
_MENU_CELL_SHARE = 0.5


def _is_menu_cell(line: str, links: frozenset[str]) -> bool:
    if not links or not _whole_cell(line):
        return False
    words = fold(line.strip(" |")).split()
    by_length = sorted({len(link.split()) for link in links}, reverse=True)
    i = found = linked = 0
    while i < len(words):
        size = next((n for n in by_length if " ".join(words[i : i + n]) in links), 0)
        if size:
            found, linked = found + 1, linked + size
        i += size or 1
    return found >= _MENU_CELL_LINKS and linked >= _MENU_CELL_SHARE * len(words)


# A pager's or a back link's line, wholly one of the page's links and opening on an arrow back ("<< Back to index",
# "« Previous: <headline>", "‹ Older posts") or closing on one forward ("Next story »", "Newer posts →"): the site's way
# round its pages, never a line of the text. A quotation in French guillemets ("« … »") opens and closes on them and
# stays, and so does a line that is no link of the page.
_BACK_ARROW = re.compile(r"^(<<|«|‹|←)\s*\w")
_FORWARD_ARROW = re.compile(r"\w\W*\s*(>>|»|›|→)$")


def _is_arrow_link(line: str, links: frozenset[str]) -> bool:
    if word_count(line) > _LINK_LINE_MAX or fold(line) not in links:
        return False
    back = _BACK_ARROW.match(line) and not line.endswith(("»", ">>", "›"))
    forward = _FORWARD_ARROW.search(line) and not line.startswith(("«", "<<", "‹"))
    return bool(back or forward)


def _drop_link_lists(lines: list[str], links: frozenset[str]) -> list[str]:
    """Lines that are all one link to elsewhere: with a label ("READ MORE: …"), two or more in a row, or
    alone when as long as a paragraph; and bars of such links ("[ Back to news ] [ Print this story ]")."""
    if not links:
        return lines
    lines = [
        ln
        for ln in lines
        if not (
            _is_link_bar(ln, links)
            or _is_headed_link_bar(ln, links)
            or _is_headed_link_cell(ln, links)
            or _is_linked_cell(ln, links)
            or _is_click_cell(ln, links)
            or _is_click_line(ln, links)
            or _is_menu_cell(ln, links)
            or _is_teaser_row(ln, links)
        )
    ]
    is_link = [_is_link_line(ln, links) for ln in lines]
    # a card's date stamp under each of its links ("Feb 06, 2024, 08:30 ET") does not break their run
    stamp = [is_date_stamp(ln) for ln in lines]

    def linked_beside(i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < len(lines) and stamp[j]:
            j += step
        return 0 <= j < len(lines) and is_link[j]

    in_run = [is_link[i] and (linked_beside(i, -1) or linked_beside(i, 1)) for i in range(len(lines))]
    out = []
    for i, line in enumerate(lines):
        # the short heading over a run of links ("Associated links", "More from the council") labels
        # nothing once the run is gone
        heads_run = i + 1 < len(lines) and in_run[i + 1] and not in_run[i] and _is_run_heading(line)
        if not (
            in_run[i] or heads_run or _is_labelled_link(line, links) or _is_linked_paragraph(line, links)
        ):
            out.append(line)
    return out


# A paragraph of prose that is wholly one link to another page (a reblog's comment, a card's blurb wrapped
# in its link): the article's own paragraphs carry their links inside the sentence. (A short linked line
# alone may be the text's own heading, so only a line this long goes alone.)
_LINKED_PARAGRAPH_WORDS = 12


def _is_linked_paragraph(line: str, links: frozenset[str]) -> bool:
    return word_count(line) >= _LINKED_PARAGRAPH_WORDS and fold(line) in links


# A paragraph closing with a link that sends the reader elsewhere, set as a sentence of its own: "This is
# part of Working nights, a series about … while the rest of us sleep. See all galleries in the series".
# The link goes (its words are the page's own link, of two words or more, and a read-on call,
# ``READ_ON``); the paragraph stays, whatever it says (a link inside a sentence is the text's own).
# A link closing on an arrow is a button whatever its words, as a card's closes its blurb: "… Biscuit is ready for
# adoption! Meet Biscuit →" (its cell read as a row of a table, the row's bar after it); it goes too (``arrows``), last,
# once the rules that take a whole card or box by its button ("Apply to foster <Name> →") have read it.
_READ_ON_TAIL = re.compile(r"(?<=[.!?…”\"’')])\s+([^.!?…]{3,60})$")
_READ_ON_TAIL_WORDS = 6
_BUTTON_ARROW = re.compile(r"\s[→›»]\s*\|?$")


def _without_read_on_tail(line: str, links: frozenset[str], arrows: bool = False) -> str:
    m = _READ_ON_TAIL.search(line) if links else None
    if not m:
        return line
    tail = m.group(1).strip(" →›»")
    called = READ_ON.match(tail) or (arrows and _BUTTON_ARROW.search(m.group(1)))
    if word_count(tail) > _READ_ON_TAIL_WORDS or not called or fold(tail) not in links:
        return line
    return line[: m.start()].rstrip()


_RUN_HEADING_WORDS = 6


def _is_run_heading(line: str) -> bool:
    return (
        word_count(line) <= _RUN_HEADING_WORDS
        and not re.search(r"[.!?\"”’']$", line)
        and not LIST_ITEM.match(line)
    )


# A summary box's line opening the text: its label (``page_lexicon.SUMMARY_LABELS``) run into one sentence, over a
# paragraph of prose ("Quick take: A village in Nagano has converted its former elementary school into a coworking
# space …" over the story's first paragraph, which tells it again at length). A line of two sentences or more, one lower
# in the text or with no paragraph under it, stays.
_SUMMARY_LINE = re.compile(rf"^({SUMMARY_LABELS})\s*:\s*(?-i:[A-Z])[^.!?]{{10,250}}[.!?]$", re.IGNORECASE)
_SUMMARY_OVER_WORDS = 30


def _without_summary_line(lines: list[str]) -> list[str]:
    if len(lines) > 1 and _SUMMARY_LINE.match(lines[0]) and word_count(lines[1]) >= _SUMMARY_OVER_WORDS:
        return lines[1:]
    return lines


# A paywall's label over its notice, a line of nothing else: "Subscribers only", "Members-only content", "Premium"
# (read only right over the notice, where no paragraph of the story stands). A registration wall heads its notice with
# the reading it offers, "Continue reading for free" over "Register to read this article and two more each month. …".
_GATE_LABEL = re.compile(
    r"^(((for )?(paid |paying |premium )?(subscribers?|members?)[- ](only|exclusive)|(premium|exclusive|locked))"
    r"( (content|story|article))?|(continue|keep) reading( (this|the) (story|article))?( for free)?)$",
    re.IGNORECASE,
)


def clean_extracted(text: str, title: str | None = None, links: frozenset[str] = frozenset()) -> str:
    """Apply the cleanup rules to trafilatura's text (one paragraph a line); paragraphs joined by a blank line.

    A first line repeating the title goes too (the brief carries the title on its own), and so do short
    labels above a repeat of it (``_below_title``: a kicker, a badge, the lead photo's credit).
    """
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    lines = without_mail_furniture(_without_paste_lead_in(_below_title(lines, title), title), links)
    # A paywall notice in the second half, or after a paragraph of article text (a teaser of three
    # paragraphs, then the offer), cuts the page there: what follows is the sales pitch.
    # (Only when what follows is a pitch: short lines or furniture. Article text after a paywall-like
    # sentence, on a page that shows the whole story, is kept and only the notice goes.)
    first_text = next((i for i, ln in enumerate(lines) if word_count(ln) >= PITCH_MAX), len(lines))
    for i, line in enumerate(lines):
        after_text = i >= max(1, len(lines) // 2) or i > first_text
        if after_text and word_count(line) <= 60 and PAYWALL.search(line):
            tail = lines[i + 1 :]
            pitch = all(word_count(t) < PITCH_MAX or is_page_furniture(t) for t in tail)
            # (and the gate's label right over the notice: "Subscribers only")
            head = lines[: i - 1] if i and _GATE_LABEL.match(lines[i - 1]) else lines[:i]
            lines = head if pitch else head + tail
            break
    lines = _drop_contact_block(_drop_after_end_mark(_drop_from_comments_heading(lines)))
    lines = _drop_linked_lines_under_headline(_drop_link_lists(lines, links), links, title)
    lines = [_without_read_on_tail(ln, links) for ln in _without_recommendation_list(lines)]
    lines = _drop_added_comments(_drop_callout_questions(_drop_button_cards(lines, links)))
    lines = _without_trailer_credit(_drop_cited_references(_drop_score_lines(_drop_table_notes(lines))))
    lines = _drop_footer_disclaimers(lines)
    kept = _without_box_cells([ln for i, ln in enumerate(lines) if ln and not _taken_by_a_rule(lines, i)])
    kept = _without_teaser_boxes(_without_trailing_side_boxes(kept), links)
    kept = _drop_leading_menus(_drop_repeated_lines(_drop_repeated_labels(kept)))
    kept = [ln for ln in kept if not _is_arrow_link(ln, links)]
    kept = _without_summary_line(_drop_leading_label_bars(kept))
    kept = _without_sign_off(_without_author_card(_without_reference_list(kept)))
    kept = _without_about_boilerplate(_without_closing_credits(_without_people_list(kept)))
    kept = _without_other_language_edges(kept)
    kept = [_without_read_on_tail(ln, links, arrows=True) for ln in kept]
    # (a sender's address set with commas closes a newsletter: ``is_postal_address``)
    # (and a link of a few words alone after the text: the author card's "View Bio" under the bio)
    while kept and (
        is_furniture(kept[-1], last=True) or is_postal_address(kept[-1]) or _is_last_link(kept[-1], links)
    ):
        kept.pop()
    kept = _without_beat_tagline(_without_closing_bios(kept))
    while kept and _is_dangling_label(kept[-1]):
        kept.pop()
    return "\n\n".join(kept)


# A sentence a plain-text message wraps at its width ends on a line of its own, read as one by the extraction: "The
# first repair session is planned for" over "April 13." The short line is no date alone, but the end of the sentence
# the line above leaves open on a word no sentence ends on (``OPEN_ENDS``: "for", "the", "and"); it stays with it,
# whatever a line rule reads in it alone. A line above that closes its sentence, or is furniture itself, leaves the
# rules to judge the line.
# The sentence may close on a web address the message wraps onto a line of its own, with no stop after it: "Updates
# will be posted at" over "https://www.<town>.org/roads" (read as a site's address alone, a print view's masthead line).
# The line above is a sentence's run, ``_WRAPPED_RUN_WORDS`` words or more; a short call over an address ("Follow us
# at" over "www.<site>.com") is a box's, and goes with it.
_OPEN_END = re.compile(rf"\b({OPEN_ENDS})$", re.IGNORECASE)
_SENTENCE_TAIL_WORDS = 6
_WRAPPED_RUN_WORDS = 8


def _taken_by_a_rule(lines: list[str], i: int) -> bool:
    """Whether a line rule (or a teaser's item) takes ``lines[i]``, not the end of the sentence the line above opens."""
    line = lines[i]
    if not (is_page_furniture(line) or _is_teaser_item(line)):
        return False
    return not (i and _ends_sentence_above(lines[i - 1], line))


def _ends_sentence_above(above: str, line: str) -> bool:
    if not _OPEN_END.search(above):
        return False
    tail = word_count(line) <= _SENTENCE_TAIL_WORDS and bool(SENTENCE_CLOSE.search(line))
    address = (
        not tail and word_count(above) >= _WRAPPED_RUN_WORDS and furniture_rule(line) == "site's address"
    )
    return (tail or address) and not is_page_furniture(above)


# A site's disclaimer of any tie to the body its pages are about, in the footer right over the site's small print:
# "<Site> is run by volunteers and is not affiliated with <Township>." over "Powered by <forum software> © 2001, 2005
# …". The same sentence in a story ("The group is not affiliated with any party.") stands among its paragraphs, with no
# copyright line under it, and stays.
_AFFILIATION = re.compile(
    r"\b(is|are) (not|in no way) (affiliated|associated|connected) with\b|\bnot (affiliated|associated) with or\b",
    re.IGNORECASE,
)
_AFFILIATION_MAX = 30
_SMALL_PRINT_RULES = frozenset(
    ("small print", "copyright line", "copyright line with its owner's legal form")
)


def _drop_footer_disclaimers(lines: list[str]) -> list[str]:
    """Without a short line disclaiming an affiliation right over a line of the site's small print."""
    return [
        line
        for line, under in zip(lines, [*lines[1:], ""][: len(lines)], strict=True)
        if not (
            word_count(line) <= _AFFILIATION_MAX
            and _AFFILIATION.search(line)
            and furniture_rule(under) in _SMALL_PRINT_RULES
        )
    ]


# A line in another language at either edge of an English text: a publisher's English edition keeps its banners and
# pitches in its own language ("Utilizamos cookies …" over the text, "Apoie o jornalismo independente. Assine … a partir
# de 1€ por mês." under it). A line is English by the little words every English sentence uses ("the", "of", "and",
# "said"), and in another language when it has none of them and several of a Romance, German or Dutch sentence's ("o",
# "da", "por", "le", "und", "het", in lower case: a name's "Van der" is no sentence's). Only on a text of English
# paragraphs, and only a run of at most ``_EDGE_LINES`` such lines opening or closing it: a translated quote inside the
# text, a bilingual page's other half (a longer run) or a short name in another language ("Club de Fútbol Monterrey")
# stays.
_ENGLISH_WORDS = frozenset(
    "the of and to that with for from by are were been has have had said says not this which who their they it its you "
    "your we our he she his on at but would could can what where when how why there be".split()
)
_OTHER_WORDS = frozenset(
    "o os da das dos de del la las los el em na nas nos um uma una y e com con para por que sua seu su sus nossa nosso "
    "ao à às pelo pela é está são não mais también também le les des du et est une pour avec dans qui au aux cette nous "
    "vous der und ist nicht mit für von zu dem ein eine sich auch il di che della dei gli sono nel alla het een van "
    "niet voor wij".split()
)
_OTHER_LINE_WORDS = 6
_OTHER_MIN = 3
_OTHER_SHARE = 0.2
_ENGLISH_TEXT_WORDS = 12  # a paragraph this long tells the text's language
_ENGLISH_TEXT_SHARE = 0.8
_EDGE_LINES = 2


def _little_words(line: str) -> tuple[int, int, int]:
    words = WORD.findall(line)
    english = sum(w.lower() in _ENGLISH_WORDS for w in words)
    return len(words), english, sum(w in _OTHER_WORDS for w in words)


def _in_other_language(line: str) -> bool:
    n, english, other = _little_words(line)
    return n >= _OTHER_LINE_WORDS and not english and other >= _OTHER_MIN and other >= _OTHER_SHARE * n


def _is_english_text(lines: list[str]) -> bool:
    long = [_little_words(ln) for ln in lines if word_count(ln) >= _ENGLISH_TEXT_WORDS]
    english = sum(e >= 2 and e > o for _, e, o in long)
    return english >= 3 and english >= _ENGLISH_TEXT_SHARE * len(long)


def _without_other_language_edges(lines: list[str]) -> list[str]:
    """Without the lines in another language at the start or the end of an English text (``_EDGE_LINES`` at most a side,
    the rest of the text English)."""
    if not _is_english_text(lines):
        return lines
    other = [_in_other_language(ln) for ln in lines]
    start = next((i for i, o in enumerate(other) if not o), len(lines))
    end = len(lines) - next((i for i, o in enumerate(reversed(other)) if not o), len(lines))
    if start > _EDGE_LINES:
        start = 0
    if len(lines) - end > _EDGE_LINES or end <= start:
        end = len(lines)
    return lines[start:end]


# A line between the headline and the first paragraph that is wholly the text of one of the page's links to another
# page: a side menu's or a note tree's entry read as a paragraph ("Things I've written to the council about", a
# digital garden's file list beside the note), a related page's title, a section's link. Under the headline and above
# the text, no heading of the text's own is a link elsewhere. Only with the headline read as a line above it (a line the
# title is or opens with), which stays (a forum topic's title links to its own page); a sentence or a line past
# ``_LINK_LINE_MAX`` words stays too. After the first paragraph a lone linked line may be the text's own heading, and
# only ``_drop_link_lists``' runs go.
_BEFORE_TEXT_WORDS = 20  # the first line this long is the text's first paragraph
_TITLE_SUFFIX = re.compile(r"\s*(?:\||\s[–—-]\s|::)\s*[^|–—]{1,60}$")


def _is_headline(line: str, title: str | None) -> bool:
    if not title:
        return False
    folded, headline = fold(line), fold(title)
    return folded in (headline, fold(_TITLE_SUFFIX.sub("", title))) or _opens_title(folded, headline)


def _drop_linked_lines_under_headline(
    lines: list[str], links: frozenset[str], title: str | None
) -> list[str]:
    """Without the lines between the headline and the first paragraph that are all one link to elsewhere, and the
    linked items of a list above the first paragraph (``_is_linked_item``) whether the headline is read or not."""
    if not links:
        return lines
    first = next((i for i, ln in enumerate(lines) if word_count(ln) >= _BEFORE_TEXT_WORDS), len(lines))
    head = next((i for i, ln in enumerate(lines[:first]) if _is_headline(ln, title)), None)
    return [
        ln
        for i, ln in enumerate(lines)
        if not (
            i < first
            and word_count(ln) <= _LINK_LINE_MAX
            and fold(ln) in links
            and not _is_headline(ln, title)
            and ((head is not None and head < i and not SENTENCE_END.search(ln)) or _is_linked_item(ln))
        )
    ]


# A list item above the first paragraph that is wholly one link to another page: a live blog's standfirst bullets
# closing on a linked explainer ("- What time will we know the result?"), read with the feed once trafilatura reads
# the page's main box. The bullets that tell (no link, or a link inside a sentence) stay, and so does an item closing
# with a full stop, a sentence even when linked.
def _is_linked_item(line: str) -> bool:
    return bool(LIST_ITEM.match(line)) and not line.endswith(".")


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # a separator ("___", "* * *", "—") has none


def _is_separator(line: str) -> bool:
    return not _LETTER_OR_DIGIT.search(line)


def _without_trailer_credit(lines: list[str]) -> list[str]:
    """Without a colleague's credit set between two separators ("___" over "Associated Press writer Jane Doe in Tulsa
    contributed to this report." over "___" and the hub pointer): a wire sets its trailer off so, the credit one piece
    of it with its hub pointer and its rights line. The same credit as the story's last paragraph is the story's own
    line and stays, and so does one under a single separator closing the story (the wire's own end of the copy, with
    nothing after it but the rights line)."""
    return [
        ln
        for i, ln in enumerate(lines)
        if not (
            0 < i < len(lines) - 1
            and _is_separator(lines[i - 1])
            and _is_separator(lines[i + 1])
            and word_count(ln) <= CONTRIBUTED_MAX
            and CONTRIBUTED_CREDIT.search(ln)
        )
    ]


def _drop_cited_references(lines: list[str]) -> list[str]:
    """Without the post's own reference on the line under a bare citation label ("Please cite this work as:")."""
    return [
        ln for i, ln in enumerate(lines) if not (i and is_cite_label(lines[i - 1]) and is_own_reference(ln))
    ]


# A recirculation box closing the text: its heading alone on its line (``is_recirculation_heading``: "Recommended
# newsletters", "Related stories") over a run of short list items, each another page's name and blurb ("- The Valley
# Ledger Weekly business news for the valley, from a former editor."), with nothing after them but furniture, in the
# second half. A list the text goes on after, one under any other heading, or one in the first half stays.
_RECOMMENDED_ITEM_WORDS = 30


def _without_recommendation_list(lines: list[str]) -> list[str]:
    """Without a recirculation heading's list of items closing the text (and the heading)."""
    half = len(lines) // 2
    for i in range(len(lines) - 2, max(half - 1, 0), -1):
        if not is_recirculation_heading(lines[i]):
            continue
        end = i + 1
        while (
            end < len(lines)
            and LIST_ITEM.match(lines[end])
            and word_count(lines[end]) <= _RECOMMENDED_ITEM_WORDS
            and not REPORTED.search(lines[end])
        ):
            end += 1
        if end > i + 1 and all(is_page_furniture(ln) for ln in lines[end:]):
            return lines[:i] + lines[end:]
        return lines
    return lines


# A press release's end mark ("###", "-30-", "- 30 -") on a line of its own in the second half of the text, with only
# a few short lines after it: a box the page sets under the release (a bill tracker's "Track this bill" over "SB 318 –
# School meal account balances" and "Status: Passed Senate 27-12 · …"), never the release. A paragraph of prose after
# the mark (a release's "About <issuer>" boilerplate, which rules of its own read) keeps the whole tail, and so does a
# mark in the first half (a section break). (``page_end_mark`` reads the same mark in the page's tree.)
END_MARK = re.compile(r"^(#{3}|-\s?30\s?-)$")
_END_TAIL_LINES = 6
_END_TAIL_WORDS = 15


def _second_half(lines: list[str], *, with_the_line: bool) -> Iterator[int]:
    """The indices of the lines in the second half of the text by words: those whose words, counted with the line's
    own (``with_the_line``) or before it, reach half the text's."""
    sizes = [word_count(ln) for ln in lines]
    half, before = sum(sizes) / 2, 0
    for i, n in enumerate(sizes):
        before += n
        if (before if with_the_line else before - n) >= half:
            yield i


def _drop_after_end_mark(lines: list[str]) -> list[str]:
    """Without the short lines after a release's end mark in the second half of the text (by words)."""
    for i in _second_half(lines, with_the_line=True):
        if not END_MARK.match(lines[i]):
            continue
        tail = lines[i + 1 :]
        if (
            tail
            and len(tail) <= _END_TAIL_LINES
            and all(word_count(t) <= _END_TAIL_WORDS and not REPORTED.search(t) for t in tail)
        ):
            return lines[: i + 1]
        return lines
    return lines


# The heading of the readers' comments under a story, with their count or named as readers' ("READERS' COMMENTS (3)",
# "Comments (12)", "12 comments", "Reader comments"), in the second half of the text (by words): the story has
# ended, and what follows is the readers' words and the page's boxes after them. A story's own "Public comments"
# subhead names no readers and no count.
_COMMENTS_HEADING = re.compile(
    r"^(((readers?|users?|visitors?)['’]?\s+)?(comments?|responses|reactions)\s*\(\d+\)|\d+\s+(comments?|responses)|"
    r"(readers?|users?|your)['’]?\s+(comments?|reactions|responses))\s*:?$|"
    # the counted heading run into its first comment's signature, a name and a date stamp, as an old site's flat cell
    # reads: "Readers' Comments (2) Cheruiyot, Litein - 10/12/2013 9:14:02 AM"
    r"^((readers?|users?|visitors?)['’]?\s+)?(comments?|responses|reactions)\s*\(\d+\)\s+[^.!?]{1,60}?\s[-–—|]\s*"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b[^.!?]*$|"
    # or into its first comment's own signature: "Readers' Comments Posted by Ravi Shankar, Attapur: Board should …"
    r"^((readers?|users?|visitors?)['’]?\s+)?(comments?|responses|reactions)(\s*\(\d+\))?\s+posted by [^:.!?]{1,60}:|"
    # or into the signature and stamp that open a reader's comment (``page_rules.COMMENT_SIGNATURE``), an old site's
    # comments box read as one cell: "Reader Comments (2) farmgirl56 wrote on 6/12/2006 9:14 PM: I live on …"
    rf"^((readers?|users?|visitors?)['’]?\s+)?(comments?|responses|reactions)(\s*\(\d+\))?\s+{COMMENT_SIGNATURE}",
    re.IGNORECASE,
)


def _drop_from_comments_heading(lines: list[str]) -> list[str]:
    """Without a readers' comments heading in the second half of the text (by words) and every line after it."""
    for i in _second_half(lines, with_the_line=True):
        if _COMMENTS_HEADING.match(lines[i].strip(" |")):  # (an old layout's cell: "| Your Comments |")
            return lines[:i]
    return lines


# A press office's contacts after the text: a heading ("Contacts", "Media contact", "Department Contact", "For more
# information:", "For more information or to arrange interviews, please contact:") over short lines of
# names, titles, offices and numbers, one of them a phone number or an e-mail. Read in the second half of
# the text only, and only while the lines stay short: a paragraph after it is text again. (The heading and the number,
# ``page_rules.CONTACT_HEADING`` and ``PHONE``, are read by ``page_boxes``' contact box too.)
_CONTACT_LINE_WORDS = 14
# A line giving a number or an address stays in the block up to a sentence's length: the after-hours line
# ("After hours, call the hospital operator at 312-555-0100 and ask for the public relations staff on call.").
_CONTACT_NUMBER_LINE_WORDS = 30


def _is_contact_line(line: str) -> bool:
    """A short line, or one up to ``_CONTACT_NUMBER_LINE_WORDS`` that gives a phone number or an e-mail; never a
    sentence telling the notice's public where to turn (``page_rules.sends_the_public_on``: "Vessel agents with questions
    about … should contact Port Operations on …"), which is the notice's text under its "Contacts" heading."""
    n = word_count(line)
    if sends_the_public_on(line):
        return False
    return n <= _CONTACT_LINE_WORDS or (
        n <= _CONTACT_NUMBER_LINE_WORDS and bool(PHONE.search(line) or EMAIL.search(line))
    )


def _drop_contact_block(lines: list[str]) -> list[str]:
    """Without a contact block in the second half of the text (by words): its heading and the short
    lines under it, when one of them gives a phone number or an e-mail address."""
    for i in _second_half(lines, with_the_line=False):
        if not CONTACT_HEADING.match(lines[i].lstrip("-*• ")):
            continue
        end = i + 1
        # (a release's "About <Name>" label closes the contacts: its boilerplate is read on its own)
        while end < len(lines) and _is_contact_line(lines[end]) and not _is_about_label(lines[end]):
            end += 1
        if any(PHONE.search(ln) or EMAIL.search(ln) for ln in lines[i + 1 : end]):
            return lines[:i] + lines[end:]
        return lines
    return lines


# A promotion card's button, a link of a few words alone on its line ("Book a demo", "Explore our courses",
# "Watch the judgment summary"), goes with the card's pitch above it: up to two short lines addressed to the
# reader ("See what X can do for your team", "Get a personalized walkthrough with one of our specialists.").
# A paragraph, a report or a quotation above it stays.
_BUTTON_LINE = re.compile(rf"^{BUTTON_VERB}\b[^.!?:;,\"“”]{{0,40}}$", re.IGNORECASE)
_BUTTON_LINE_WORDS = 4
_CARD_LINE_WORDS = 15
_CARD_LINES = 2
_TO_READER_OR_US = re.compile(r"\b(you|your|our|us)\b", re.IGNORECASE)


def _is_button(line: str, links: frozenset[str]) -> bool:
    return word_count(line) <= _BUTTON_LINE_WORDS and bool(_BUTTON_LINE.match(line)) and fold(line) in links


_LAST_LINK_WORDS = 3


def _is_last_link(line: str, links: frozenset[str]) -> bool:
    """A line of a few words, no sentence, wholly one of the page's links ("View Bio", "All stories by Sam Okafor" is
    longer): after the text's last paragraph, the button of a card, never the text's own closing line."""
    return word_count(line) <= _LAST_LINK_WORDS and not SENTENCE_END.search(line) and fold(line) in links


def _is_card_pitch(line: str) -> bool:
    return (
        word_count(line) <= _CARD_LINE_WORDS
        and bool(_TO_READER_OR_US.search(line))
        and not (REPORTED.search(line) or re.search(r"[\"“”]", line))
    )


# A shopping card's buttons, prices at shops and nothing else ("$129.99 at Amazon$139.99 at Best Buy", "£89
# at Argos"), go with the card above them: up to two lines of a few words, the product's name and its blurb
# ("Eufy Video Doorbell E340", "No subscription needed: stores video on the device."). A price in a sentence
# or under a label ("Milk: $4.99 at Tesco") is text.
_PRICE_BUTTONS = re.compile(
    r"^((([$£€₹]|[A-Z]{1,2}\$)\s?\d[\d,]*(\.\d{2})?|\d[\d,]*(\.\d{2})? (euros?|dollars|pounds))\s+(at|from)\s+"
    r"[A-Z][\w&.'’ -]{0,25}?\s*)+$"
)
_PRODUCT_LINE_WORDS = 12


def _is_product_line(line: str) -> bool:
    return word_count(line) <= _PRODUCT_LINE_WORDS and not (
        REPORTED.search(line) or re.search(r"[\"“”]", line)
    )


def _drop_button_cards(lines: list[str], links: frozenset[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if _PRICE_BUTTONS.match(line):
            card_line = _is_product_line
        elif links and _is_button(line, links):
            card_line = _is_card_pitch
        else:
            out.append(line)
            continue
        for _ in range(_CARD_LINES):
            if out and card_line(out[-1]):
                out.pop()
    return out


# A table's note right under its last row, closing with the table's credit: "$2 Exacta (4-7) paid $118.40. $1 Trifecta
# (4-7-1) paid $251.30. Official chart courtesy of Equibase." (a results chart's payouts and source), "Figures in
# thousands. Table compiled by the Ledger.", or its source under a label, "Results as of 11:58 p.m. Source: Brennock
# County Elections Office". A paragraph after a table with no such credit is the text again.
_TABLE_CREDIT = re.compile(
    r"(^|[.!?]\s+)((official|full) )?(chart|table|results?|data|figures|standings|statistics|stats)( [\w-]+)? "
    r"(courtesy of|provided by|supplied by|compiled by) (the )?(?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z])[\w&.'’-]*){0,4}"
    r"\.?$|"
    # the same note closing on the table's source under its label, a name and nothing after it: "Results as of 11:58
    # p.m. Source: Brennock County Elections Office", "Source: State Board of Elections." (a paragraph after a table
    # that goes on past the name, "Source: the county, which …", is the text again)
    r"(^|[.!?;]\s+)(sources?|data)\s*:\s*(the )?(?-i:[A-Z])[\w&.'’-]*"
    r"(( (of|for|and|&|on|de))? (?-i:[A-Z])[\w&.'’-]*){0,7}\.?$",
    re.IGNORECASE,
)
_TABLE_NOTE_WORDS = 40


def _drop_table_notes(lines: list[str]) -> list[str]:
    return [
        line
        for i, line in enumerate(lines)
        if not (
            i
            and lines[i - 1].startswith("|")
            and not line.startswith("|")
            and word_count(line) <= _TABLE_NOTE_WORDS
            and _TABLE_CREDIT.search(line)
            and not (REPORTED.search(line) or re.search(r"[\"“”]", line))
        )
    ]


# A scoreboard's line beside a table, right under its last row or right over its first (``SCOREBOARD_LINE``: a box
# score's "Half-time: Glenarran Wolves 18-10 Port Avalon Mariners" under the scoring summary, a live page's score box
# "Final/OT · Storm win series 4-3" over the goals by period): the score box's status, on any sports site. The same
# words away from a table head a live blog's post ("Full time: Ashcombe Rovers 2-1 Port Delling") and stay.
_SCORE_LINE_WORDS = 16


def _drop_score_lines(lines: list[str]) -> list[str]:
    def beside_table(i: int) -> bool:
        return (i > 0 and lines[i - 1].startswith("|")) or (
            i + 1 < len(lines) and lines[i + 1].startswith("|")
        )

    return [
        line
        for i, line in enumerate(lines)
        if line.startswith("|")
        or word_count(line) > _SCORE_LINE_WORDS
        or not (SCOREBOARD_LINE.match(line) and beside_table(i))
    ]


# A callout's question to the reader right over its appeal: "Do you work in a nursing home or have a family
# member who lives in one?" over "We want to hear from you. Share your experience …" (``is_tip_call``): the tip
# box's title, put to the reader. (A question the story puts has no appeal to write in under it.)
_READER_QUESTION = re.compile(
    r"^(do|did|are|were|have|has|does|would|could|can|is) (you|your)\b[^?]{0,150}\?$", re.I
)
_READER_QUESTION_WORDS = 25


def _drop_callout_questions(lines: list[str]) -> list[str]:
    out = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            below
            and word_count(line) <= _READER_QUESTION_WORDS
            and _READER_QUESTION.match(line)
            and not REPORTED.search(line)
            and is_tip_call(below, word_count(below))
        ):
            continue
        out.append(line)
    return out


# A reader's comment under a reblog's label, read as a line of its own: "hudsonvalleyspans reblogged this from
# millbrookhistory and added:" over "Fantastic news. One of only a handful …" (the label closes with its colon, the
# reader's words are the next line, whatever they say). The label goes by the line rules.
def _drop_added_comments(lines: list[str]) -> list[str]:
    out = []
    for i, line in enumerate(lines):
        above = lines[i - 1] if i else ""
        if above.rstrip().endswith(":") and ACTIVITY_ADDED.match(above):
            continue
        out.append(line)
    return out


# A label closing the text with nothing after it ("Date modified:", "Share:"): what it labelled is gone. So is the
# writer's card's label ("About the Author", ``_CARD_LABEL``) once the card's name and bio have gone by their own
# rules: a label of a card with nothing under it. (The same words over lines of text are ``_without_author_card``'s.)
_DANGLING_LABEL_WORDS = 4


def _is_dangling_label(line: str) -> bool:
    return (line.endswith(":") and word_count(line) <= _DANGLING_LABEL_WORDS) or bool(_CARD_LABEL.match(line))


# A short label the page repeats between paragraphs, the same words three times or more ("Article content",
# "Story continues below"): a template's furniture, whatever its words. Two to four words ending in a
# letter or a figure (no sentence, no salutation: "Dear Editor," opens each letter of a letters page). A
# line of capitalised words only may be a name (a transcript's speaker over each answer: "NALEDI
# MOKOENA", "Key Events"), and one word may be the text's own ("つづく", "to be continued", closing each
# post of a quoted thread); list items and table rows are data.
_REPEATED_LABEL_WORDS = (2, 4)
_REPEATED_LABEL_TIMES = 3


def _label_key(line: str) -> str | None:
    words = WORD.findall(line)
    low, high = _REPEATED_LABEL_WORDS
    if (
        not low <= len(words) <= high
        or not line[-1].isalnum()
        or LIST_ITEM.match(line)
        or line.startswith("|")
    ):
        return None
    if all(w[0].isupper() or not w[0].isalpha() for w in words):
        return None
    return fold(line) or None


def _drop_repeated_labels(lines: list[str]) -> list[str]:
    keys = [_label_key(ln) for ln in lines]
    times: dict[str, int] = {}
    for key in keys:
        if key:
            times[key] = times.get(key, 0) + 1
    return [ln for ln, key in zip(lines, keys, strict=True) if not key or times[key] < _REPEATED_LABEL_TIMES]


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
    folded = [f" {fold(ln)} " for ln in lines]
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


# The end of a sentence, a quotation or a clause (a label or a heading has none).
SENTENCE_END = re.compile(r"""[.!?:;)"”’']$""")


# A closing aside in brackets with no sentence's end inside: a scoreboard's figures above a match report's headline
# ("Harbour City won by 6 wickets (4 balls left)", "Player of the Match: R. Khan, 87* (52)"), a wire's "(AP)". The
# bracket closes no sentence; what stands before it decides.
_CLOSING_ASIDE = re.compile(r"\s*\([^()]*[^.!?()\s]\)$")


def _is_label(line: str) -> bool:
    return word_count(line) <= _LABEL_WORDS and not SENTENCE_END.search(_CLOSING_ASIDE.sub("", line))


def _addresses_reader(line: str) -> bool:
    return word_count(line) <= _NOTICE_WORDS and bool(_TO_READER.search(line)) and not REPORTED.search(line)


# A poster's lead-in to the story they pasted, a short line closing on a colon right above the story's headline repeated
# ("Article text for those who hit the paywall:" over the headline): the paste opens there, the lead-in is no part of
# it. Only among the first lines; a line closing on a colon above anything else (a list, a quotation) stays. A lead-in
# closing on a full stop goes too when it names the paste (``PASTE_NOTE``: "Paywalled on their site, so here's the full
# text for anyone who can't get in."), as no standfirst over a headline speaks of the text's paywall or its full text.
# A lead-in that does both, closing on a colon and naming the paste ("… Pasting the whole thing since their site is
# paywalled after 3 articles:"), goes above any line that reads as a headline (``reads_as_headline``), the pasted
# story's own when the thread is titled in the poster's words; a line closing on a colon that names no paste, above a
# headline that is not the title, stays.
_PASTE_LEAD_IN_WORDS = 30
_PASTE_LEAD_IN_LINES = 3


def _is_headline_again(line: str, headline: str, above: list[str]) -> bool:
    """The line is the headline: the title, the part of it the title opens or closes with (a site's name on the other
    side: "r/Kestrelton on Reddit: …"), or a line read above it again."""
    return bool(line) and (
        line == headline
        or _opens_title(line, headline)
        or (headline.endswith(" " + line) and len(line.split()) >= _TITLE_SHARE * len(headline.split()))
        or line in above
    )


def _without_paste_lead_in(lines: list[str], title: str | None) -> list[str]:
    """Without a short line closing on a colon right above a repeat of the headline (or of the part of the title it
    opens with), or closing on a colon and naming the paste right above any headline, among the first lines."""
    headline = fold(title or "")
    for i, line in enumerate(lines[:_PASTE_LEAD_IN_LINES]):
        if word_count(line) > _PASTE_LEAD_IN_WORDS or i + 1 >= len(lines):
            continue
        colon, names_paste = line.endswith(":"), bool(PASTE_NOTE.search(line))
        if (colon or names_paste) and _is_headline_again(
            fold(lines[i + 1]), headline, [fold(ln) for ln in lines[:i]]
        ):
            return lines[:i] + lines[i + 1 :]
        if colon and names_paste and reads_as_headline(lines[i + 1]):
            return lines[:i] + lines[i + 1 :]
    return lines


def _below_title(lines: list[str], title: str | None) -> list[str]:
    """Without a first line repeating the headline, or without the short labels above a repeat of it
    among the first lines (no sentence end, ``_LABEL_WORDS`` words at most) and the site's notices
    there (a line of ``_NOTICE_WORDS`` words at most speaking to the reader: "you", "!") and the cells of a
    layout table's sidebar (``_whole_cell``); with no headline read, the sidebar's cells right above the first
    paragraph of prose (``_is_side_column``).

    (A headline under labels stays: read as the text's first line, it is what the page shows first.) A
    title that adds the site's name ("Ferry firm fined - Openwire News") finds the headline it opens
    with too, for the labels above it; such a headline is never dropped as the title.
    """
    headline = fold(title or "")
    if headline:
        lines = _joined_title(lines, (title or "").strip())
    cells = next((i for i, line in enumerate(lines) if not _whole_cell(line)), len(lines))
    for i, line in enumerate(lines[: cells + _ABOVE_TITLE_LINES + 1] if headline else []):
        folded = fold(line)
        exact = folded == headline
        if exact or _opens_title(folded, headline):
            above = lines[:i]
            if not above:
                return _without_banner_under_name(lines[1:]) if exact else lines
            if all(_is_label(ln) or _addresses_reader(ln) or _whole_cell(ln) for ln in above):
                return lines[i:]
            return lines
    if _is_banner_motto(lines):
        lines = lines[1:]
        cells = next((i for i, line in enumerate(lines) if not _whole_cell(line)), len(lines))
    if _is_side_column(lines[:cells]) and cells < len(lines) and _is_prose(lines[cells]):
        return lines[cells:]
    return _without_side_column_boxes(lines, cells)


# With no headline read, a short line closing no sentence over an old layout's side column, the cells its table reads
# before the story ("Preserving the history of <Township> and the <Valley> since 1966" over "| MENU Home About the
# Society … |", "| Did You Know? … |"): the banner's motto, the row above the columns, never the story, which the columns
# stand beside. One line at most; a line over a single cell (the story's kicker over its byline's cell) stays.
_MOTTO_WORDS = 16


def _is_banner_motto(lines: list[str]) -> bool:
    return (
        len(lines) > _SIDEBAR_CELLS
        and not _whole_cell(lines[0])
        and word_count(lines[0]) <= _MOTTO_WORDS
        and not SENTENCE_END.search(lines[0])
        and all(_whole_cell(line) for line in lines[1 : 1 + _SIDEBAR_CELLS])
    )


# The same motto under the site's name when the title is that name ("<Corps>" over "Neighbors Helping Neighbors Since
# 1956" over "| Home |", "| Squad News |" … and the story, on a page titled "<Corps> - News" that trafilatura reads as
# "<Corps>"): the name goes as the title, and the motto under it is the banner's, over the side column's cells. The motto
# goes when the cells under it run right down to the first paragraph of prose, and the cells are then read as with no
# headline read (``_is_side_column``, ``_without_side_column_boxes``); a line over other lines, or over cells with no
# prose right after them, stays.
def _without_banner_under_name(lines: list[str]) -> list[str]:
    if not _is_banner_motto(lines):
        return lines
    rest = lines[1:]
    cells = next((i for i, line in enumerate(rest) if not _whole_cell(line)), len(rest))
    if cells == len(rest) or not _is_prose(rest[cells]):
        return lines
    if _is_side_column(rest[:cells]):
        return rest[cells:]
    return _without_side_column_boxes(rest, cells)


# With no headline read, a run of cells opening the text right above its first paragraph of prose is an old layout's
# side column read before the story ("| SECTIONS |", "| QUOTE OF THE WEEK |", "| "A good neighbor …" - submitted by … |"):
# one box at least, its heading's cell and its content's, none of them closing a sentence (headings, menus, headlines,
# a motto). A lone cell, or a cell that closes a sentence ("| FOR JOURNALISTS … Call 555-0140. |"), may be the story's
# own box, and the run stays.
_SIDEBAR_CELLS = 2


def _is_side_column(cells: list[str]) -> bool:
    return len(cells) >= _SIDEBAR_CELLS and not any(SENTENCE_END.search(c.strip("| ")) for c in cells)


# A longer run, four cells or more, most of them closing no sentence, is a side column of several boxes even when one of
# them closes a sentence (a weather note) or a short line stands between it and the text (the issue's "Spring 2003 |
# Volume 8, Issue 2"): its cells closing no sentence go (a menu, headings, a listing of dates, birthdays closing on
# "(May 21)"), and a cell closing a sentence stays, as it may be the story's own paragraph. Three cells over a short line
# may be the story's kicker, headline and byline, and stay to the rules above.
_SIDE_COLUMN_BOXES = 4
_LABEL_LINE_WORDS = 10


def _without_side_column_boxes(lines: list[str], cells: int) -> list[str]:
    run = lines[:cells]
    closed = [SENTENCE_CLOSE.search(cell.strip("| ")) is not None for cell in run]
    if len(run) < _SIDE_COLUMN_BOXES or closed.count(False) <= max(
        closed.count(True), _SIDE_COLUMN_BOXES - 2
    ):
        return lines
    after = lines[cells : cells + 2]
    label = (
        len(after) == 2 and word_count(after[0]) <= _LABEL_LINE_WORDS and not SENTENCE_END.search(after[0])
    )
    if not after or not (_is_prose(after[0]) or (label and _is_prose(after[1]))):
        return lines
    return [cell for cell, ends in zip(run, closed, strict=True) if ends] + lines[cells:]


def _is_prose(line: str) -> bool:
    return word_count(line) >= _BEFORE_TEXT_WORDS and bool(SENTENCE_CLOSE.search(line))


def _whole_cell(line: str) -> bool:
    """A line that is one cell of a layout table ("| FOR JOURNALISTS Broadcast studio available … |"), beside empty
    ones at most ("| | Member Login \\| Send a Release |": a bar the cell's own text writes is escaped): above the
    headline, a sidebar's box, as the text's own lines stand below it."""
    return len(_row_cells(line)) == 1


_TITLE_SHARE = 0.6  # of the title's words: a headline the title opens with, before the site's name
_TITLE_PARTS = re.compile(r"^(.+?)\s*(?::|\||\s[–—-])\s*(.+)$")


def _joined_title(lines: list[str], title: str) -> list[str]:
    """The lines with a title the page sets on two lines joined into one: a label and the headline that the
    title puts together with a colon, a bar or a dash ("Episode 118" over "The night the dam almost broke",
    titled "Episode 118: The night the dam almost broke")."""
    m = _TITLE_PARTS.match(title)
    if not m:
        return lines
    first, second = fold(m.group(1)), fold(m.group(2))
    for i in range(min(len(lines) - 1, _ABOVE_TITLE_LINES)):
        if fold(lines[i]) == first and fold(lines[i + 1]) == second:
            return [*lines[:i], title, *lines[i + 2 :]]
    return lines


def _opens_title(line: str, headline: str) -> bool:
    return (
        bool(line)
        and headline.startswith(line + " ")
        and len(line.split()) >= _TITLE_SHARE * len(headline.split())
    )


# The writer's card after the text: a label of its own ("Written by", "About the author") over a few short
# lines (the name, a one-line bio or a longer one in the bio's shape), with nothing after it. A label over a paragraph
# of text ("About the author" heading a review's long last section), or one in the first half of the text, stays.
_CARD_LABEL = re.compile(
    r"^(written by|about the (author|authors|writer|writers|reporter|contributor|creator|creators)|meet the (author|writer))\W*$",
    re.IGNORECASE,
)
_CARD_LINES = 4
_CARD_LINE_WORDS = 25


def _without_author_card(lines: list[str]) -> list[str]:
    for i in range(len(lines) - 1, max(len(lines) - _CARD_LINES - 2, 0), -1):
        if _CARD_LABEL.match(lines[i]):
            card = lines[i + 1 :]
            # a line of any length that reads as the writer's bio ("Sarah Fraser is a reporter with …") is one
            if i >= len(lines) // 2 and all(
                word_count(ln) <= _CARD_LINE_WORDS or _is_author_bio(ln) for ln in card
            ):
                return lines[:i]
            return lines
    return lines


# A newsletter's sign-off among the last lines: "That's it for today.", "That's all from me this week.", "See you
# next Thursday.", its other sentences only asking the reader to write back ("Reply to this email with tips …",
# "just hit reply"). It goes with the few short lines under it, the signature and the masthead's credits
# ("— Rachel", "The Millrace is written by … We're supported by readers."). A closing paragraph that goes on
# with the writer's news after the formula ("That is it for this season. The shed roof needs fixing …") stays,
# and so does a reported one ("That's it for now," the mayor said). So does the formula alone as the text's last line,
# nothing under it and no call to write back: the post's own closing words ("See you soon." under a shop's news of its
# reopening), heading no signature or credits to go with.
_SIGN_OFF = re.compile(
    r"^((that['’]?s|that is) (it|all) (for|from)\b[^.!?,;]{0,40}|(see|talk to|speak to) you (next|again|soon|"
    r"then|tomorrow|on)\b[^.!?,;]{0,30}|until next (time|week|issue|edition)\b[^.!?,;]{0,20})[.!?,]?$",
    re.IGNORECASE,
)
_REPLY_CALL = re.compile(
    r"\b(reply|write (to )?(me|us)|e-?mail (me|us)|drop (me|us) a (line|note)|get in touch)\b", re.IGNORECASE
)
# The editor's signature opening a line, then only a call to reply: "— Maggie Lund, editor. Reply to this email with
# tips, corrections or questions." (A closing "— Mark Twain" under an epigraph asks no reply.)
_SIGNATURE = re.compile(r"^[—–]\s*(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}(, [\w ’'-]{1,40})?\.$")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
# A reply call set after a condition of the writer's own news is no formula: "If you spot the first heron on the pond
# before I do, you know where to find me — just hit reply." (the condition, up to its comma or dash, names nothing a
# reader writes back about nor the issue, ``REPLY_MATTER``); "if you have a story I should be chasing, just hit reply"
# is the call.
_IF_CLAUSE = re.compile(r"\bif you\b(?P<clause>[^,;—–]{1,80})", re.IGNORECASE)
_REPLY_MATTER = re.compile(rf"\b({REPLY_MATTER})s?\b", re.IGNORECASE)
# Nor is a reply call whose writer promises to answer the replies in an issue to come: "If you have a question about
# <the measure> that I didn't answer, hit reply — I read everything, and I'll round up the best ones next Thursday."
# The closing paragraph announces the next issue's readers' column on the story, so it is the issue's own text; a call
# that only asks ("just hit reply", "Reply to this email — I read every one", "I'll get back to you") still goes.
_ROUNDUP_WHEN = (
    r"week|issue|edition|newsletter|letter|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_REPLY_ROUNDUP = re.compile(
    rf"\b(I|we)(['’]ll| will) (\w+ ){{0,2}}?({REPLY_ROUNDUPS})\b[^.!?]{{0,60}}?\b({NEWSLETTER_ISSUES}) ({_ROUNDUP_WHEN})\b",
    re.IGNORECASE,
)
_SIGN_OFF_LINES = 4  # the sign-off is among the text's last lines: at most three short ones under it
_SIGN_OFF_WORDS = 40


def _is_sign_off(line: str) -> bool:
    if word_count(line) > _SIGN_OFF_WORDS or REPORTED.search(line) or re.search(r"[\"“”]", line):
        return False
    if _REPLY_CALL.search(line) and _REPLY_ROUNDUP.search(line):
        return False  # (the writer's promise to answer the replies in an issue to come: the issue's own text)
    first, *rest = _SENTENCES.split(line)
    if _SIGNATURE.match(first):
        return bool(rest) and all(_REPLY_CALL.search(s) for s in rest)
    return bool(_SIGN_OFF.match(first)) and all(_SIGN_OFF.match(s) or _only_reply_call(s) for s in rest)


_SIGN_OFF_POST_PARAGRAPHS = 2
_POST_PROSE_WORDS = 15


def _is_post_prose(line: str) -> bool:
    """A paragraph of prose under a sign-off (``_POST_PROSE_WORDS`` words or more closing on a stop) that asks no
    reply."""
    return (
        word_count(line) >= _POST_PROSE_WORDS
        and bool(SENTENCE_CLOSE.search(line))
        and not _REPLY_CALL.search(line)
        and not LIST_ITEM.match(line)
    )


def _only_reply_call(sentence: str) -> bool:
    """A sentence asking the reader to write back, under no condition of the writer's own news (``_IF_CLAUSE``)."""
    if not _REPLY_CALL.search(sentence):
        return False
    condition = _IF_CLAUSE.search(sentence)
    return condition is None or bool(_REPLY_MATTER.search(condition.group("clause")))


# The sign-off itself stays when its reply call asks the reader to tell the writer what the writer got wrong: "That's it
# for this week. As always, if I got something wrong, reply to this email and tell me — I read every one, even the ones
# about my commas." Under "if I …" the writer names a slip of their own (``WRITER_SLIPS``) in the text just read: the
# writer's word on this issue, its last paragraph, where a call for tips, stories or questions ("if you have a story I
# should be chasing, just hit reply", "Reply to this email with tips, corrections or questions") is the masthead's
# formula. The short lines under it (a signature, the credits, a share box's lines) still go. The slip may be put as the
# reader's find ("If you spot something I got wrong, hit reply — I read every one", ``WRITER_SLIPS_FOUND``).
_WRITER_SLIP = re.compile(
    rf"\bif (I(['’]ve| have)? ({WRITER_SLIPS})|you ({READER_FINDS}) ({WRITER_SLIPS_FOUND}))\b", re.IGNORECASE
)


def _asks_for_the_writers_slips(line: str) -> bool:
    return bool(_WRITER_SLIP.search(line)) and bool(_REPLY_CALL.search(line))


def _without_sign_off(lines: list[str]) -> list[str]:
    """Without a newsletter's sign-off (``_is_sign_off``) among the last ``_SIGN_OFF_LINES`` lines and the
    short lines after it (a signature, the masthead's credits); the formula alone as the last line, asking no reply,
    stays, and so does one asking to hear the writer's slips (``_asks_for_the_writers_slips``), the lines under it
    gone."""
    for i in range(max(len(lines) - _SIGN_OFF_LINES, 0), len(lines)):
        if _is_sign_off(lines[i]):
            if i == len(lines) - 1 and (
                not _REPLY_CALL.search(lines[i]) or _asks_for_the_writers_slips(lines[i])
            ):
                return lines  # (the post's own last words, heading nothing)
            # (a line under it that reports someone's words is the story's news: a live blog's last post under its
            # heading "That's it for tonight", "Lind's campaign said he would make a statement Wednesday morning. …";
            # and so are two paragraphs of prose under it, none a call to write back: the post's own text, "All 23
            # polls are now reporting. …" and "The clerk will declare official results on Thursday. …", where a
            # sign-off has a signature and a line of credits under it)
            under = lines[i + 1 :]
            if all(word_count(ln) <= _SIGN_OFF_WORDS and not REPORTED.search(ln) for ln in under) and (
                sum(_is_post_prose(ln) for ln in under) < _SIGN_OFF_POST_PARAGRAPHS
            ):
                return lines[: i + 1] if _asks_for_the_writers_slips(lines[i]) else lines[:i]
            return lines
    return lines


# A show's credits among the last lines, a paragraph of nothing but credits: "The County Line is produced by Nora Bell
# and Eli Grant, with editing by Jasmine Toller. Music by Blue Dot Sessions." and the call to support the show that
# may close it ("Support the show and get ad-free episodes at …"). It opens with who made the show ("<Name> is
# produced by <Names>", "This episode was edited by …"), every sentence after it is another credit or that call.
# A paragraph that goes on with the story ("… is produced by the county. It opened in 1998.") stays, and so does a
# credit midway through the text (a review's "The film is produced by …").
_NAMES = r"(the )?[A-Z][\w.&'’-]*( [A-Z][\w.&'’-]*){0,4}((,|,? and|,? &) (the )?[A-Z][\w.&'’-]*( [A-Z][\w.&'’-]*){0,4})*"
_CREDIT_ROLE = r"(produced|hosted|edited|reported|written|mixed|engineered|presented|made|directed|narrated)"
_CREDIT_TASK = (
    r"((original |theme )?music|sound design|editing|mixing|engineering|production|artwork|cover art|research|"
    r"fact-checking|additional reporting)"
)
_SHOW_CREDIT = re.compile(
    rf"^(this (episode|show|podcast|program|programme|series|newsletter|issue)|(?-i:{_NAMES})) (is|was) "
    rf"{_CREDIT_ROLE}( and {_CREDIT_ROLE})? by (?-i:{_NAMES})"
    # (a second role with its own names: "… is produced by Sam Whitcomb and edited by Dana Lefebvre")
    rf"(,? and {_CREDIT_ROLE} by (?-i:{_NAMES}))?"
    rf"(,? with {_CREDIT_TASK}( help)? (by|from) (?-i:{_NAMES}))*[.!]?$",
    re.IGNORECASE,
)
_TASK_CREDIT = re.compile(
    rf"^({_CREDIT_TASK}( and {_CREDIT_TASK})? (is )?by (?-i:{_NAMES})|our (producer|editor|engineer|host)s? "
    rf"(is|are) (?-i:{_NAMES}))[.!]?$",
    re.IGNORECASE,
)
_SUPPORT_SHOW = re.compile(
    r"^(please )?support (the|this|our) (show|podcast|program|programme|series|newsletter|work)\b.{0,80}$",
    re.IGNORECASE,
)
_CREDITS_LINES = 3  # among the text's last lines
_CREDITS_WORDS = 80
# Or closing the show's notes right over the transcript's heading ("Transcript", "Full transcript", "Episode
# transcript:"): the page's text goes on with the transcript, the credits close what comes before it.
_TRANSCRIPT_HEADING = re.compile(r"^((full|episode|show|read the) )?transcript\s*:?$", re.IGNORECASE)


# A blog's or a newsletter's blurb about itself closing the text: its credit with a clause on the writer, then when new
# posts come ("Slow Rivets is written by Theo Marchetti, who fixes bicycles for money … New posts go out roughly every
# other Sunday."). The credit alone with its "who …" clause may close a review ("The novel is written by …, who grew up
# …"), and stays; the sentence on the publication's own schedule (``_CADENCE``) makes it the masthead's.
# The writer may be set off by what they are rather than "who …", and the sentence after it may say who pays for the
# publication, its readers: "City Hall Beat is written by <Name>, a former <Paper> municipal reporter who has covered
# council since 2017. It is supported by readers and a handful of local sponsors who …" (a newsletter's blurb under its
# last issue, ``_READER_FUNDED``). "The novel is written by <Name>, a former teacher." alone, or with a sentence of the
# review after it, stays.
_WRITER_CREDIT = re.compile(
    rf"^(?-i:{_NAMES}) (is|are) {_CREDIT_ROLE} by (?-i:{_NAMES}), (who|an?) [^.!?]+[.!]?$"
)
_READER_FUNDED = re.compile(
    r"^(it|we|this (newsletter|blog|site|publication|letter))( is|['’]s| are|['’]re) (entirely |wholly |mostly |largely )?"
    r"(supported|funded|paid for|made possible) (entirely |wholly |mostly |largely )?by (its |our )?(paying |paid )?"
    r"(readers|subscribers|members)\b[^.!?\"“”]{0,100}[.!]?$",
    re.IGNORECASE,
)
_CADENCE = re.compile(
    r"^(new |fresh )?(posts|issues|editions|episodes|letters|instal?lments|dispatches)\b[^.!?]{0,30}\b"
    r"(go out|goes out|come out|comes out|arrive|arrives|land|lands|appear|appears|drop|drops|are published|"
    r"are sent|publish|go live)\b[^.!?]{0,40}\b(every|each|once|twice|weekly|monthly|daily|fortnightly)\b"
    r"[^.!?]{0,30}[.!]?$",
    re.IGNORECASE,
)


def _is_show_credits(line: str) -> bool:
    if word_count(line) > _CREDITS_WORDS or REPORTED.search(line) or re.search(r"[\"“”]", line):
        return False
    first, *rest = _SENTENCES.split(line)
    if _WRITER_CREDIT.match(first):
        return bool(rest) and all(_CADENCE.match(s) or _READER_FUNDED.match(s) for s in rest)
    return bool(_SHOW_CREDIT.match(first)) and all(
        _SHOW_CREDIT.match(s) or _TASK_CREDIT.match(s) or _SUPPORT_SHOW.match(s) or _CADENCE.match(s)
        for s in rest
    )


def _without_closing_credits(lines: list[str]) -> list[str]:
    """Without a show's credits (``_is_show_credits``) among the last ``_CREDITS_LINES`` lines or right over a
    transcript's heading."""
    cut = max(len(lines) - _CREDITS_LINES, 0)
    return [
        ln
        for i, ln in enumerate(lines)
        if not ((i >= cut or _TRANSCRIPT_HEADING.match(lines[i + 1])) and _is_show_credits(ln))
    ]


# A show's people closing the text: a run of two or more list items, each a role and a capitalised name, maybe with a
# line of bio ("- Host Mark Haddad Managing editor of County Line News.", "- Producer Theo Gaskins"), with the short
# heading over them ("Creators & Guests"): a podcast host's credits after the notes and the transcript. A list the text
# goes on after, one in the first half, or items that open with anything but a role ("- Ward 1 Jane Doe") stay.
_SHOW_ROLE = (
    r"(host|hosts|co-?host|guest|guests|producer|executive producer|co-?producer|senior producer|editor|engineer|"
    r"sound engineer|audio engineer|composer|narrator|reporter|creator)"
)
_PEOPLE_ITEM = re.compile(
    rf"^[-*•]\s+{_SHOW_ROLE}:?\s+(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){{1,3}}(\s+\S.*)?$", re.IGNORECASE
)
_PEOPLE_ITEM_WORDS = 25
_PEOPLE_RUN = 2
_PEOPLE_HEADING_WORDS = 4


def _is_people_item(line: str) -> bool:
    return (
        word_count(line) <= _PEOPLE_ITEM_WORDS
        and bool(_PEOPLE_ITEM.match(line))
        and not REPORTED.search(line)
    )


def _without_people_list(lines: list[str]) -> list[str]:
    """Without a show's people list closing the text (``_is_people_item``, ``_PEOPLE_RUN`` items or more, in the
    second half) and the short heading over it."""
    start = len(lines)
    while start > 0 and _is_people_item(lines[start - 1]):
        start -= 1
    if len(lines) - start < _PEOPLE_RUN or start < len(lines) // 2:
        return lines
    above = lines[start - 1] if start else ""
    if above and word_count(above) <= _PEOPLE_HEADING_WORDS and not SENTENCE_END.search(above):
        start -= 1
    return lines[:start]


# A release's boilerplate closing the text: a label "About <Name>" on a line of its own (the name's words
# capitalised: a company, a body), over one or two paragraphs, the first opening with that name and what it is
# ("About Kestrel Diagnostics, Inc." over "Kestrel Diagnostics, Inc. is a Minneapolis-based medical technology
# company …"), with nothing after them, in the second half of the text. "About the study" over "The study is …", a
# label in the first half or a section the story goes on after stays.
_ABOUT_LABEL = re.compile(r"^about (?P<name>(?-i:[A-Z])[\w.,&'’()-]*( [\w.,&'’()-]+){0,7})$", re.IGNORECASE)
_ABOUT_LINES = 2  # paragraphs under the label
_ABOUT_WORDS = 120
_WHAT_IT_IS = re.compile(r"^[^.!?]{0,60}?\b(is|was|are) (a|an|the|one)\b", re.IGNORECASE)
# Or what it does, the name (maybe with its legal form after it: "Kvarken Line Oy", "Acme Ltd.") then a verb in the
# present ("Kvarken Line Oy operates the year-round ferry …", "Halden Foods makes …").
_WHAT_IT_DOES = re.compile(r"^((?-i:[A-Z])[\w.,&'’()-]*\s+){0,2}(?-i:[a-z]+[^s\W]s)\s+\w")
# The small words a body's name holds ("Bank of the West", "Smith & Sons"); every other word is capitalised.
_NAME_SMALL_WORDS = frozenset(("of", "and", "the", "for", "&", "de", "la", "du", "van", "von"))


def _names_capitalised(name: str) -> bool:
    """A proper name ("Kestrel Diagnostics, Inc."), not a topic ("the study")."""
    return all(w[0].isupper() or w.lower() in _NAME_SMALL_WORDS for w in name.split())


def _is_about_label(line: str) -> bool:
    """ "About <Name>", the name capitalised: the label over a body's boilerplate."""
    m = _ABOUT_LABEL.match(line)
    return bool(m) and _names_capitalised(m.group("name"))


# The boilerplate may open with when and where the body began before its name: "Founded in 1979 in Yakima, Inland
# Cold Chain Partners provides …", "Headquartered in Oslo, Acme AS makes …" (a clause closed by a comma).
_OPENING_CLAUSE = re.compile(r"^[^.!?;:]{3,80}?,\s+(?=(?-i:[A-Z]))")


def _initials(words: list[str]) -> str:
    """ "CBNL" for "Columbia Basin National Laboratory" (the small words of a name left out)."""
    return "".join(w[0] for w in words if w.lower() not in _NAME_SMALL_WORDS).upper()


def _opens_with_name(name: list[str], line: str) -> str | None:
    """What follows the name at the opening of ``line`` (or of its clause after a lead clause, ``_OPENING_CLAUSE``),
    the name given as written or, for an acronym ("About CBNL"), spelt out by the capitalised words that open the
    line ("Columbia Basin National Laboratory draws on …"); None when the line does not open with it."""
    lead = _OPENING_CLAUSE.match(line)
    for text in (line, line[lead.end() :] if lead else None):
        if text is None:
            continue
        words = text.split()
        if fold(" ".join(words[: len(name)])) == fold(" ".join(name)):
            return " ".join(words[len(name) :])
        if (
            len(name) >= 2
            and words
            and words[0].isupper()
            and len(words[0]) >= 2
            and words[0] == _initials(name)
        ):
            return " ".join(
                words[1:]
            )  # (the name's initials in its place: "About Kestrel Bay Rowing" over "KBR is …")
        if len(name) == 1 and name[0].isupper() and len(name[0]) >= 2:
            spelt = list(itertools.takewhile(lambda w: w[0].isupper() or w in _NAME_SMALL_WORDS, words))
            for k in range(len(spelt), 1, -1):
                if spelt[k - 1][0].isupper() and _initials(spelt[:k]) == name[0]:
                    return " ".join(words[k:])
    return None


def _is_about_boilerplate(label: str, under: list[str]) -> bool:
    """``label`` is "About <Name>" and the first line under it opens with that name (``_opens_with_name``) and
    what it is or does."""
    m = _ABOUT_LABEL.match(label)
    if not m or not _names_capitalised(m.group("name")) or not under:
        return False
    rest = _opens_with_name(m.group("name").split(), under[0])
    return (
        rest is not None
        and bool(_WHAT_IT_IS.match(rest) or _WHAT_IT_DOES.match(rest))
        and all(word_count(ln) <= _ABOUT_WORDS and not REPORTED.search(ln) for ln in under)
    )


# The label may open the boilerplate's own paragraph, run in before a colon: "About Kestrel Bay Rowing: Founded in 1990,
# KBR is a nonprofit club …" (the same label and the same opening, in one line).
_ABOUT_RUN_IN = re.compile(r"^(?P<label>about [^:.!?]{1,80}):\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _without_about_boilerplate(lines: list[str]) -> list[str]:
    """Without a closing "About <Name>" label and the one or two paragraphs under it (``_is_about_boilerplate``),
    or the label run in before a colon (``_ABOUT_RUN_IN``), in the second half of the text: a release's boilerplate
    about its issuer."""
    for i in range(max(len(lines) - _ABOUT_LINES - 1, len(lines) // 2), len(lines)):
        if i < len(lines) - 1 and _is_about_boilerplate(lines[i], lines[i + 1 :]):
            return lines[:i]
        run_in = _ABOUT_RUN_IN.match(lines[i])
        if run_in and _is_about_boilerplate(run_in["label"], [run_in["rest"], *lines[i + 1 :]]):
            return lines[:i]
    return lines


# "Jane Doe is a lecturer in history at …": the tagline that closes an opinion piece, about its author;
# "Jane Doe covers energy for The Ledger. Send tips …": a reporter's, after a news story (the beat and the
# outlet it is covered for); "Jane Doe has covered Tamarack State athletics since 2015.": the beat and the year the
# reporter took it.
_AUTHOR_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+( [A-Z][\w.'’-]+){1,3}),? (is (a|an|the|also|currently|founder|co-founder)\b|"
    # "Samir Khoury is Driveline's senior micromobility reporter": the outlet's own, by its trade
    rf"is (the )?[A-Z][\w&.'’-]*( [A-Z][\w&.'’-]*){{0,3}}['’]s ([\w-]+ ){{0,3}}({NEWSROOM_ROLES})s?\b|"
    # "Gavin Oyelowo-Hart is senior editor at FleetLine Journal": the trade with no article, at the outlet named
    rf"(?P<bare>is ([\w-]+ ){{0,3}}({NEWSROOM_ROLES}) (at|for|of|with) (the )?[A-Z])|"
    r"(covers|reports on|writes about|writes on)\b[^.!?]{1,80}\bfor (the )?[A-Z]|"
    r"has (covered|reported on|written about)\b[^.!?]{1,80}\bsince (19|20)\d\d\b)"
)
# "<Name> is the …" closing a story whose paragraphs named the same full name singles out the story's subject, not its
# writer ("Storm Quillan is the fourth named storm of the season …" closing a story that quoted the forecast for Storm
# Quillan). A byline or a card's name line is shorter than such a paragraph; "<Name> is a 501(c)(3) nonprofit …", what
# the body is, stays the issuer's boilerplate and goes.
# A newsroom's role with no article ("<Name> is senior editor at FleetLine Journal") is the writer's only when no
# paragraph of the text names the person's surname: the story's subject may hold that trade ("Mara Quist is editor of
# the Grange newsletter" closing a story that quoted Quist).
_NAMED_IN_TEXT_WORDS = 12
_SINGLES_OUT = re.compile(r",? is the\b")


def _named_in_text(line: str, before: list[str]) -> bool:
    """Whether the closing ``line`` (``_AUTHOR_BIO``) says "<Name> is the …" of a full name an earlier paragraph of the
    text names, or names a bare role of a person whose surname an earlier paragraph names."""
    m = _AUTHOR_BIO.match(line)
    name = m.group("name") if m else ""
    if name and m.group("bare"):
        return _surname_in_text(name, before)
    if not name or not _SINGLES_OUT.match(line, len(name)):
        return False
    return any(name in ln and word_count(ln) > _NAMED_IN_TEXT_WORDS for ln in before)


# The closing taglines of the story's people, one after another: the photographer's and the writer's ("Ilka Brenner is
# a documentary photographer …", "Tomas Ferro is a contributing writer at …"), each of a name of its own
# (``_is_author_bio``), as the last one alone goes; a few at most. One before the last is a contributor's only when no
# paragraph of the text names that person's surname: a story's closing paragraph on its subject ("Mara Quist is a
# retired teacher who …" after paragraphs quoting Quist) stays.
_CLOSING_BIOS_MAX = 3


def _without_closing_bios(kept: list[str]) -> list[str]:
    """The lines without the closing run of the contributors' taglines (``_CLOSING_BIOS_MAX`` at most, each naming
    another person)."""
    names: set[str] = set()
    while kept and len(names) < _CLOSING_BIOS_MAX and _is_author_bio(kept[-1]):
        name = _AUTHOR_BIO.match(kept[-1]).group("name")
        if name in names or _named_in_text(kept[-1], kept[:-1]):
            break
        if names and _surname_in_text(name, kept[:-1]):
            break
        names.add(name)
        kept = kept[:-1]
    return kept


# A reporter's tagline naming the beat and no outlet, then a sentence about the reporter: "<Given> <Surname> covers city
# hall and transportation. He grew up two blocks from …" closing a news story (a card under it, read as the text's last
# line). The beat alone ("covers", "reports on", "writes about" and words in lower case to the stop), then a sentence
# opening on "He", "She" or "They": the person, not a thing the name stands for ("<Plan> Part B covers most of the cost.
# It …"), and a person the text never names (``_surname_in_text``: "<Name> covers the cost of the repairs. She said …"
# closing a story that quoted her stays). (A beat with its outlet is ``_AUTHOR_BIO``'s, with or without a sentence
# after it.) The beat may open on the places it names, capitalised ("<Name> covers <Town>, <Town> and the townships of
# the upper valley. She has been with …"): the sentence about the person after it is what makes it a tagline.
_BEAT_TAGLINE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+( [A-Z][\w.'’-]+){1,3}) (covers|reports on|writes about) [A-Za-z][^.!?\"“”]{2,80}\. "
    r"(He|She|They) [^\"“”]+$"
)
_BEAT_TAGLINE_WORDS = 60


def _without_beat_tagline(kept: list[str]) -> list[str]:
    """The lines without a closing reporter's tagline of the beat and a sentence about the reporter
    (``_BEAT_TAGLINE``), the person named nowhere else in the text."""
    m = _BEAT_TAGLINE.match(kept[-1]) if kept else None
    if m is None or word_count(kept[-1]) > _BEAT_TAGLINE_WORDS:
        return kept
    name = m.group("name")
    if name.split()[-1].lower() in _NOT_PERSON_HEAD or _surname_in_text(name, kept[:-1]):
        return kept
    return kept[:-1]


def _surname_in_text(name: str, before: list[str]) -> bool:
    """Whether a paragraph of the text (longer than a byline) names the person's surname."""
    surname = name.split()[-1]
    return any(surname in ln and word_count(ln) > _NAMED_IN_TEXT_WORDS for ln in before)


# A capitalised name ending in one of these heads is a place or a body, not a person ("Harlan County is
# the second-largest…").
_NOT_PERSON_HEAD = frozenset(
    "county city town state council department university college school party company group "
    "association agency authority board committee ministry office hospital church club team league "
    "foundation institute center centre river park street road inc ltd llc corp".split()
)


def _is_author_bio(line: str) -> bool:
    """The last paragraph opens with a person's full name and "is a/the …" (or "covers … for <Outlet>")
    and reports no one's words.

    (On the 965 PolNeAR and Canadian articles, every last paragraph of that shape is such a tagline.)
    """
    m = _AUTHOR_BIO.match(line)
    if not m or word_count(line) > 80 or REPORTED.search(_without_past_beat(line)):
        return False
    name = m.group("name").split()
    return bool(name) and name[-1].lower().strip(".,") not in _NOT_PERSON_HEAD


# The writer's past beat in the tagline ("He previously wrote about high school sports", "She wrote for the Courier for a
# decade") reports no one's words: "wrote about"/"wrote for" is no reporting verb in a line quoting nothing. "She wrote
# in a letter that …", "wrote that …", or any "wrote" in a line with a quotation mark, still reports.
_PAST_BEAT = re.compile(r"\bwrote (about|for)\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _without_past_beat(line: str) -> str:
    return line if _QUOTE_MARKS.search(line) else _PAST_BEAT.sub("", line)


# A list item cut short with an ellipsis, maybe followed by its source ("… Wikipedia"): a teaser for
# another page (a "related" or dictionary box), never the article's own list.
_TEASER_END = re.compile(r"(…|\.\.\.|\[…\])\s*([A-Z][\w.-]*\s*){0,3}$")


def _is_teaser_item(line: str) -> bool:
    return bool(LIST_ITEM.match(line)) and bool(_TEASER_END.search(line))


# A reference list under its own label after the text: "Citations:" over "Villanueva, J., & Ortega, R. (2025).
# Hydrological restoration … doi:10.0000/erl.2025.0311" (an environmental site's citations, a science site's "References"):
# the label, a line of nothing else, and the lines under it that cite a paper by its DOI (``is_reference_entry``), in the
# second half of the text. A label over a paragraph that cites nothing stays, and so does a sentence citing its study.
_REFERENCES_LABEL = re.compile(
    r"^(citations?|references?|sources?|works cited|bibliography|(the )?(study|paper|research)( cited)?)\s*:?$",
    re.IGNORECASE,
)


def _without_reference_list(lines: list[str]) -> list[str]:
    """Without a reference list's label and the references under it (``_REFERENCES_LABEL``, ``is_reference_entry``) in
    the second half of the text: citations after the story, not its words."""
    for i in _second_half(lines, with_the_line=False):
        if not _REFERENCES_LABEL.match(lines[i]):
            continue
        end = i + 1
        while end < len(lines) and is_reference_entry(lines[end]):
            end += 1
        if end > i + 1:
            return lines[:i] + lines[end:]
    return lines


# A bar of short labels before the first paragraph, set apart by middots, bullets or bars: a card's or a kicker's line
# ("Americas Last Chance Qualifier · Grand Final · Best of 5", a match card's event, stage and format above the story).
# Three parts or more, each a few words with no sentence end and no quotation: the text's sentences never come set out
# so. The same bar after the first paragraph (data among the text) stays, and so does a line with one mark.
_BAR_MARK = re.compile(r"\s[·•|]\s")
_BAR_PARTS = 3
_BAR_PART_WORDS = 6
_FIRST_PARAGRAPH_WORDS = 20


def _is_label_bar(line: str) -> bool:
    parts = _BAR_MARK.split(line)
    return (
        len(parts) >= _BAR_PARTS
        and not line.startswith("|")
        and not LIST_ITEM.match(line)
        and all(1 <= word_count(p) <= _BAR_PART_WORDS for p in parts)
        and not any(re.search(r"[.!?:;]$|[\"“”]", p.strip()) for p in parts)
    )


def _drop_leading_label_bars(lines: list[str]) -> list[str]:
    """Without the bars of short labels (``_is_label_bar``) before the first paragraph of prose: a card's line, not text."""
    first = next((i for i, ln in enumerate(lines) if word_count(ln) >= _FIRST_PARAGRAPH_WORDS), len(lines))
    return [ln for i, ln in enumerate(lines) if i >= first or not _is_label_bar(ln)]


def _is_menu_item(line: str) -> bool:
    """ "- Share", "- Save": a short list item with no figure (an ingredient or a result has one)."""
    return bool(LIST_ITEM.match(line)) and word_count(line) <= 4 and not re.search(r"\d", line)


def _drop_leading_menus(lines: list[str]) -> list[str]:
    """Runs of two or more one-to-four-word list items before the first real paragraph: action bars and
    menus ("- Share", "- Save", "- Cite") that sit between a headline and the text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if word_count(lines[i]) >= 20:
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
