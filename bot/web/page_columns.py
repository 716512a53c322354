"""A side column of boxes beside the story: an old layout table's, found while its cells are still cells, or a grid's.

A page laid out in a table sets the story in one cell of a row and, beside it, a column of the site's boxes: a cell
holding rows of short bold headings ("Letters to the editor", "Classifieds", "Looking Back"), each over the box's own
rows (the letters, the ads and their "To place an ad call …", the almanac's dates). Read as the page's blocks, that
column runs on after the story's last paragraph as if it were the text. The column is told by its shape alone, on any
site: two headed boxes or more, in a cell beside one holding a column of prose, and fewer words than that cell. A box's
heading is a row of its own over the box's rows, bold or in the look the column gives all its headings (one class on
each heading's cell, as a style sheet sets "<td class="sidehead">School Lunch Menu</td>"), or opens the box's own cell
on a line of its own ("<b>COMMUNITY CALENDAR</b><br>" over a table of dates), or opens a block of the cell so (a list
archive's "<div><b>Group Information</b><br>Members: 412 …</div>"); a heading over a row left with no cell
still heads a box, one the earlier rules took as furniture (a list of links under "This Week"). A cell of one headed box
(a story's own "Timeline" beside it), a menu of links (its headings are links), or a row with no cell of prose, stays.
The same boxes may stand under the story in its own cell, each a table opening on its heading's row ("Church News" over
the churches' notices): two or more of them after the story's end are the column's boxes set below it. A layout of
blocks sets the same column beside the block holding the headline and the text (a grid's "col-md-4" of cards: "Troop
Headquarters", "More Releases"): a sibling block of two headed boxes or more, fewer words, and no block of prose (the
headline the heading the page's title names, not a site builder's logo in the page's first ``<h1>``); and a layout
table sets that column of blocks in the cell beside the story's (a site builder's gadgets, each a title block over a
body block).

A column's boxes may also run on in one block of lines, each opening on its bold name on a line of its own ("<b>Museum
Hours</b><br>…<br><br><b>Find Us</b><br>…"): two such names or more make the cell a column.

A column of the site's menu is judged as the page is written, before any box goes (``mark_menu_columns``): its menu may
be a labelled block of links that a box rule takes whole, leaving the site's note alone in the cell.

The column is marked, not pruned (``mark_side_box_columns``), and its lines go from the text once the cleanup has read
them (``page_tree.without_side_columns``): the line rules judge the boxes after the text together, the column's with
the story's own cell's (a notice box under the story goes with the column beside it, ``page_lines``' side boxes).
"""

from __future__ import annotations

import re
from collections import Counter

from bot.web.page_boxes import elements
from bot.web.page_rules import SENTENCE_CLOSE, fold, word_count

__all__ = ["mark_menu_columns", "mark_side_box_columns", "side_column_text", "titled_headline"]

_MARK = "data-side-column"  # (a name of our own, which no extraction rule reads)
_CELLS = ("td", "th")
# a cell holding this much text is the story's column (as ``page_tree.is_layout_table`` reads a column of prose)
_STORY_CELL_WORDS = 100
_BOX_HEADING_WORDS = 6
_BOLD = ("b", "strong", "h2", "h3", "h4", "h5", "h6")
_HEADED_BOXES = 2  # one headed box beside the story may be the story's own


# A box's name may close on an exclamation mark, the way an old site shouts its notices ("Scholarships!" over "The Co-op
# awards four $1,000 scholarships …", "Reminder!"): a word or two and a "!" call the eye to the box, and say nothing a
# sentence would. A longer line closing on one ("Vote for the park levy!") is a sentence, as one closing on a stop is.
_EXCLAIMED_NAME_WORDS = 2


def _sentence(name: str) -> bool:
    """Whether a would-be box name closes as a sentence does (a stop, a question mark, or an exclamation mark after more
    than ``_EXCLAIMED_NAME_WORDS`` words)."""
    if not SENTENCE_CLOSE.search(name):
        return False
    return not (name.rstrip("'\"”’)").endswith("!") and word_count(name) <= _EXCLAIMED_NAME_WORDS)


def _words(el) -> int:
    return word_count(" ".join(el.itertext()))


def _cells(row) -> list:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in _CELLS]


def _folded(text: str) -> str:
    return " ".join(text.split())


def _class(cell) -> str:
    return " ".join((cell.get("class") or "").split())


def _name_cell(row):
    """The row's one cell when it holds a short name, no link and no sentence (a box's name, if set as one), else
    None."""
    cells = _cells(row)
    if len(cells) != 1 or next(cells[0].iter("a"), None) is not None:
        return None
    text = _folded(" ".join(cells[0].itertext()))
    if not 1 <= word_count(text) <= _BOX_HEADING_WORDS or _sentence(text):
        return None
    return cells[0]


def _box_heading(row) -> bool:
    """A row that is one cell of a short bold heading, no link and no sentence: a box's name."""
    cell = _name_cell(row)
    if cell is None:
        return False
    if cell.tag == "th":
        return True
    text = _folded(" ".join(cell.itertext()))
    bold = [el for el in cell.iter(*_BOLD) if not any(a.tag in _BOLD for a in el.iterancestors())]
    return _folded(" ".join(" ".join(el.itertext()) for el in bold)) == text


# One short row in a class may be any datum; the same look on two names or more is the column's headings'.
_HEADING_LOOK_ROWS = 2


def _heading_classes(rows: list) -> frozenset[str]:
    """The classes that mark the column's box headings by their look alone (a site's style sheet makes "sidehead"
    bold and coloured, where an older page wrote ``<b>``): a class on the cells of two rows of a short name or more,
    and on no cell holding more words than a name (a class the boxes' own rows wear too is no heading's)."""
    names = Counter(_class(cell) for cell in map(_name_cell, rows) if cell is not None and _class(cell))
    wordy = {_class(cell) for row in rows for cell in _cells(row) if _words(cell) > _BOX_HEADING_WORDS}
    return frozenset(
        name for name, count in names.items() if count >= _HEADING_LOOK_ROWS and name not in wordy
    )


_BREAKS = ("br", "hr", "p", "div", "table", "ul", "ol")


def _set_apart(el, cell) -> bool:
    """Nothing follows ``el`` on its line inside ``cell``: a break or a block comes next (after the boxes that close
    with it)."""
    while el is not cell:
        if (el.tail or "").strip():
            return False
        nxt = el.getnext()
        if nxt is not None:
            return isinstance(nxt.tag, str) and nxt.tag in _BREAKS
        el = el.getparent()
    return False


def _headed_cell(row) -> bool:
    """A row that is one cell opening on a short bold heading set on a line of its own, no link and no sentence, with
    the box's words under it in the same cell ("<b>COMMUNITY CALENDAR</b><br>" over its dates, "<b>OTHER STORIES THIS
    WEEK</b><br>" over its headlines): a box and its name in one cell."""
    cells = _cells(row)
    return len(cells) == 1 and _bold_headed(cells[0])


def _bold_headed(box) -> bool:
    """A cell or a block opening on a short bold heading on a line of its own, no link and no sentence, with the box's
    words under it."""
    text = _folded(" ".join(box.itertext()))
    bold = next((el for el in box.iter(*_BOLD) if _folded(" ".join(el.itertext()))), None)
    if bold is None or next(bold.iter("a"), None) is not None or not _set_apart(bold, box):
        return False
    heading = _folded(" ".join(bold.itertext()))
    return (
        text.startswith(heading)
        and 1 <= word_count(heading) <= _BOX_HEADING_WORDS
        and not _sentence(heading)
        and word_count(text) > word_count(heading)
    )


def _heading_by_look(row, looks: frozenset[str]) -> bool:
    """A row that is one cell of a short name in one of the column's heading classes (``_heading_classes``)."""
    cell = _name_cell(row)
    return cell is not None and _class(cell) in looks


def _emptied(row) -> bool:
    """A row left with no cell: the box under a heading that an earlier rule took whole as furniture (a menu cell of
    links, ``page_boxes.drop_menu_cells``); no page writes a row of no cell."""
    return not _cells(row) and not "".join(row.itertext()).strip()


def _headed_boxes(cell) -> int:
    """How many box headings in the cell's rows have a row of words of their own under them (or a row an earlier rule
    emptied, ``_emptied``), or their words under them in their own cell; and how many of the cell's own blocks open on
    such a heading over their words (a list archive's "<div><b>Group Information</b><br>Members: 412 …</div>")."""
    rows = list(cell.iter("tr"))
    looks = _heading_classes(rows)
    heading = [_box_heading(row) or _heading_by_look(row, looks) for row in rows]
    under = sum(
        1
        for i in range(len(rows) - 1)
        if heading[i] and not heading[i + 1] and (_words(rows[i + 1]) or _emptied(rows[i + 1]))
    )
    return (
        under
        + sum(1 for i, row in enumerate(rows) if not heading[i] and _headed_cell(row))
        + sum(
            1 for block in cell if isinstance(block.tag, str) and block.tag == "div" and _bold_headed(block)
        )
    )


# The same boxes may run on in one block of lines, each name in bold opening a line of its own over its lines, with no
# row or block around each box: an old museum site's column, "<b>Museum Hours</b><br>Tues. - Sat. 10 to 4<br>…<br><br>
# <b>Admission</b><br>Adults $2.00<br>…<br><br><b>Find Us</b><br>114 Courthouse Street<br>…", the site's notices under
# them ("Our Genealogy pages are under construction."), all in one framed cell. Two such names or more in a cell beside
# the story's make it a column of boxes, as two headed rows do; a bold word inside a line ("open <b>daily</b>"), a linked
# name (a menu's) and a cell of one name (the story's own "Timeline") do not.
def _bold_names_in_run(cell) -> int:
    """How many short bold names (``_bold_headed``'s kind: no link, no sentence) each open a line of their own in
    ``cell`` (after a break or a block, or at its opening) and close it (``_set_apart``)."""
    names = [
        el
        for el in cell.iter(*_BOLD)
        if not any(a.tag in _BOLD or a.tag == "a" for a in el.iterancestors())
        and next(el.iter("a"), None) is None
        and 1 <= word_count(_folded(" ".join(el.itertext()))) <= _BOX_HEADING_WORDS
        and not _sentence(_folded(" ".join(el.itertext())))
        and _set_apart(el, cell)
        and _opens_line(el, cell)
    ]
    return len(names)


def _opens_line(el, cell) -> bool:
    """Nothing stands before ``el`` on its line inside ``cell``: a break or the cell's (or its wrappers') opening."""
    while el is not cell:
        before = el.getprevious()
        parent = el.getparent()
        if before is not None:
            return isinstance(before.tag, str) and before.tag in _BREAKS and not (before.tail or "").strip()
        if (parent.text or "").strip():
            return False
        el = parent
    return True


def _rows(table) -> list:
    return table.xpath("./tr | ./tbody/tr | ./thead/tr")


def _framed(table):
    """The table inside a frame: a table of one row of one cell holding nothing but another table (an old layout's
    coloured border around a box), as often as the frames nest."""
    while True:
        rows = _rows(table)
        cells = _cells(rows[0]) if len(rows) == 1 else []
        inner = [el for el in cells[0] if isinstance(el.tag, str)] if len(cells) == 1 else []
        if (
            len(inner) != 1
            or inner[0].tag != "table"
            or (cells[0].text or "").strip()
            or (inner[0].tail or "").strip()
        ):
            return table
        table = inner[0]


def _headed_table(table) -> bool:
    """A table (inside its frames) of one column, opening on a box heading's row (``_box_heading``, or in the look of
    the table's headings, ``_heading_classes``) over a row of words, or a row an earlier rule emptied (``_emptied``)."""
    rows = _rows(_framed(table))
    if len(rows) < 2 or any(len(_cells(row)) > 1 for row in rows):
        return False  # (a row of two cells or more: a data table's, its title over its columns)
    heading = _box_heading(rows[0]) or _heading_by_look(rows[0], _heading_classes(rows))
    return bool(heading) and (_words(rows[1]) > 0 or _emptied(rows[1]))


# The same boxes set under the story in its own cell: the story's block, then tables each opening on a box heading's row
# over the box's rows ("Church News" over its churches' notices, "From the Gazette Files" over the look-back's emptied
# row), two or more of them, each with fewer words than the story. Under the story means after its end: the story is one
# block of the cell, and after it come tables and breaks only, no words outside them (a data table among the story's
# paragraphs has the story going on after it and stays). A box is one column, a cell a row; a table of more columns
# under its title's row (a race's results, a vote's tally) is data and stays. As beside it, one headed table under the
# story may be its own ("Timeline") and stays, and so does a table with no heading row (an advertisement slot).
def _boxes_under_story(parent) -> list:
    """The headed tables (``_headed_table``) after the story's block among ``parent``'s children (its wordiest, of
    ``_STORY_CELL_WORDS`` words or more, with tables and wordless elements only after it), two or more."""
    children = [el for el in parent if isinstance(el.tag, str)]
    words = [_words(el) for el in children]
    if sum(el.tag == "table" for el in children) < _HEADED_BOXES:
        return []
    story = max(range(len(children)), key=words.__getitem__)
    after = children[story + 1 :]
    if words[story] < _STORY_CELL_WORDS or any((el.tail or "").strip() for el in children[story:]):
        return []
    if any(el.tag != "table" and words[story + 1 + i] for i, el in enumerate(after)):
        return []  # (the text goes on after the wordiest block: it is no story's end)
    boxes = [el for el in after if el.tag == "table" and _headed_table(el)]
    return boxes if len(boxes) >= _HEADED_BOXES and all(_words(box) < words[story] for box in boxes) else []


# The same column in a layout of blocks (a grid's "col-md-8" for the story, "col-md-4" beside it): the block holding the
# page's headline and its text, ``_STORY_CELL_WORDS`` words or more, and beside it, a sibling block with fewer words
# whose children are two headed boxes or more, each a short name on a line of its own (a heading, or a block of a few
# words with no link and no sentence: a card's "Troop Headquarters", "More Releases") over the box's own blocks. The
# column holds notes, addresses and links, never the story's paragraphs: no block of it runs past ``_BOX_NOTE_WORDS``
# words (a box's note of two or three sentences: a league's "Volunteer With Us" over "<League> runs entirely on
# volunteers. Every team needs … Find out how you can help.", 31 words). The story's own sections stand inside the
# headline's block, not beside it; a sibling block of long paragraphs (the story read on in a block of its own) stays,
# and so does a column of one headed box.
_NOTE_WORDS = 30
_BOX_NOTE_WORDS = 40
_BOX_BLOCKS = ("div", "section", "aside", "article")
_NAME_LINE_TAGS = ("div", "p", "header", "h2", "h3", "h4", "h5", "h6")
_NOTE_BLOCKS = ("p", "li", "dd", "td", "h2", "h3", "h4", "h5", "h6")


def _headed_box(box) -> bool:
    """A block opening on a short name in a block of its own (no link, no sentence, no words run on after it) over
    blocks of words of its own."""
    parts = elements(box)
    if box.tag not in _BOX_BLOCKS or len(parts) < 2 or parts[0].tag not in _NAME_LINE_TAGS:
        return False
    if next(parts[0].iter("a"), None) is not None or (parts[0].tail or "").strip():
        return False
    name = _folded(" ".join(parts[0].itertext()))
    if not 1 <= word_count(name) <= _BOX_HEADING_WORDS or _sentence(name):
        return False
    return (box.text or "").strip() == "" and any(_words(part) for part in parts[1:])


def _box_column(column) -> bool:
    """Two headed boxes or more among the block's children (``_headed_box``), and no block past ``_BOX_NOTE_WORDS``."""
    if sum(_headed_box(kid) for kid in elements(column)) < _HEADED_BOXES:
        return False
    blocks = [
        el for el in column.iter(*_NOTE_BLOCKS) if next(el.iterdescendants(*_NOTE_BLOCKS), None) is None
    ]
    return all(_words(el) <= _BOX_NOTE_WORDS for el in blocks) and not column.xpath(".//h1")


# A page with no ``<h1>`` still heads its story: a sports league's CMS sets the headline in an ``<h2 id="article_title">``
# and its standings and news in a column beside it ("Eastern Division Standings", "Latest News", a sponsor's line). The
# page names its headline in its ``og:title`` (or ``twitter:title``, or its ``<title>`` before " | Site"): the first
# lower heading whose words are that title, whole, is the headline. A page whose lower headings name no title (a
# section's "Latest News" alone) has no headline to stand beside, as before.
_HEADLINE_TAGS = ("h2", "h3")
_TITLE_SUFFIX = re.compile(r"\s+[|–—·-]\s+[^|–—·]{1,60}$")


def _titles(tree) -> set[str]:
    """The headline the page names in its head, folded: ``og:title``, ``twitter:title``, the ``<title>`` and its part
    before the site's name."""
    found = [
        m.get("content") or ""
        for m in tree.iter("meta")
        if (m.get("property") or m.get("name")) in ("og:title", "twitter:title")
    ]
    title = tree.find(".//title")
    if title is not None:
        found += [title.text_content(), _TITLE_SUFFIX.sub("", title.text_content().strip())]
    return {key for key in map(fold, found) if key}


def _headline(tree):
    """The page's ``<h1>``, or with none, its first ``<h2>`` or ``<h3>`` whose words are the title the page names
    (``_titles``), or None."""
    h1 = next(tree.iter("h1"), None)
    if h1 is not None:
        return h1
    titles = _titles(tree)
    return next((h for h in tree.iter(*_HEADLINE_TAGS) if fold(" ".join(h.itertext())) in titles), None)


def titled_headline(tree):
    """The page's first heading (``<h1>`` to ``<h3>``) whose words are the title the page names (``_titles``), or None:
    the headline itself, never a logo's ``<h1>``."""
    titles = _titles(tree)
    return next((h for h in tree.iter("h1", *_HEADLINE_TAGS) if fold(" ".join(h.itertext())) in titles), None)


def _box_columns_beside_headline(tree) -> list:
    """The sibling blocks beside the block holding the headline (the heading the title names, ``titled_headline``, else
    ``_headline``) and its text that are columns of boxes (``_box_column``), with fewer words than that block."""
    headline = titled_headline(tree)
    if headline is None:
        headline = _headline(tree)
    found = []
    for story in headline.iterancestors() if headline is not None else ():
        parent = story.getparent()
        if parent is None or story.tag in ("body", "html"):
            break
        words = _words(story)
        if words < _STORY_CELL_WORDS:
            continue
        found += [
            el
            for el in elements(parent)
            if el is not story and el.tag not in _CELLS and _words(el) < words and _box_column(el)
        ]
    return found


# An old layout's column of the site's menu beside the story's cell: its buttons and links ("Home", "News", "Sign our
# Guestbook!", a list of other stories) with the site's own notes set under them in the same cell ("The Township Board
# meets the 2nd Monday of each month at 7:30 P.M. … All are welcome.", "Membership meetings are held the first Tuesday
# of every month …"). Read as the page's blocks, a note runs into the text above the story's first paragraph. The cell
# is told by its shape: ``_MENU_LINKS`` links or more, fewer words than the story's cell, and no run of words past
# ``_BOX_NOTE_WORDS`` between its breaks (the site's notes of two or three sentences, never the story's paragraphs;
# ``_NOTE_WORDS`` until the fifty-second pass, which a chorus's 40-word invitation ran past). A cell of a few links beside the
# story (a photo's credit, a related link or two) holds fewer links, and a cell of prose with its links in its
# sentences runs longer between its breaks: both stay.
_MENU_LINKS = 5
_RUN_BREAKS = frozenset(
    ("br", "hr", "p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "center", "h2", "h3", "h4")
)


def _longest_run(cell) -> int:
    """The words of the longest run of text in ``cell`` between two breaks or blocks (``_RUN_BREAKS``)."""
    runs, current = [], []

    def walk(el) -> None:
        if isinstance(el.tag, str) and el.tag in _RUN_BREAKS:
            runs.append(" ".join(current))
            current.clear()
        if isinstance(el.tag, str):
            current.append(el.text or "")
            for kid in el:
                walk(kid)
                current.append(kid.tail or "")
        if isinstance(el.tag, str) and el.tag in _RUN_BREAKS:
            runs.append(" ".join(current))
            current.clear()

    walk(cell)
    runs.append(" ".join(current))
    return max(word_count(run) for run in runs)


# The same column of blocks set in a layout table's cell beside the story's cell (a site builder's cell of gadgets, each
# a title block over a body block: "Swarm hotline" over its note, "Upcoming events" over its dates, "Join" over the
# dues): the cell, or the
# one block it wraps (through blocks that hold nothing but one block), is a column of two headed boxes or more and no
# block past ``_NOTE_WORDS`` (``_box_column``), with fewer words than the story's cell. A cell of one headed box (the
# story's own "Timeline"), or one whose blocks run on as prose, stays.
def _block_column_cell(cell) -> bool:
    """Whether ``cell``, or the block it wraps alone, is a column of headed boxes (``_box_column``)."""
    column = cell
    while not _box_column(column):
        parts = elements(column)
        if len(parts) != 1 or parts[0].tag not in _BOX_BLOCKS or (column.text or "").strip():
            return False
        if (parts[0].tail or "").strip():
            return False
        column = parts[0]
    return True


def _menu_column(cell) -> bool:
    """A cell of ``_MENU_LINKS`` links or more and no run of words past ``_BOX_NOTE_WORDS`` (``_longest_run``)."""
    links = sum(1 for a in cell.iter("a") if a.get("href"))
    return links >= _MENU_LINKS and _longest_run(cell) <= _BOX_NOTE_WORDS


def _mark_cells_beside_story(tree, column) -> None:
    """Mark every cell beside a row's cell of prose (``_STORY_CELL_WORDS`` words or more, the row's wordiest) with fewer
    words than it, for which ``column(cell)`` holds."""
    for row in tree.iter("tr"):
        cells = _cells(row)
        if len(cells) < 2:
            continue
        words = [_words(cell) for cell in cells]
        story = max(range(len(cells)), key=words.__getitem__)
        if words[story] < _STORY_CELL_WORDS:
            continue
        for i, cell in enumerate(cells):
            if i != story and words[i] < words[story] and column(cell):
                cell.set(_MARK, "")


# The menu column is judged as the page is written, before the box rules run: its menu may be a block of its own, a
# label over the links ("<p><b>MENU</b><br><a>Home</a><br>…</p>", which ``page_boxes.drop_labelled_link_boxes`` takes
# whole), and with it gone the cell holds the site's note alone, no menu beside it ("CAN YOU CARRY A TUNE IN A
# BUCKET?" over "We meet every Tuesday at 7:30 PM … No experience needed, and you don't have to read music!", a chorus's
# standing invitation in a framed box under the menu). The note may run to ``_BOX_NOTE_WORDS`` words between its
# breaks, two or three sentences, as a block column's box note does.
def mark_menu_columns(tree) -> None:
    """Mark every cell beside a row's cell of prose that is a column of the site's menu (``_menu_column``), read before
    any box is pruned."""
    _mark_cells_beside_story(tree, _menu_column)


def mark_side_box_columns(tree) -> None:
    """Mark every cell beside a row's cell of prose that is a column of two headed boxes or more or of the site's menu
    (``_menu_column``), with fewer words,
    the headed tables under the story in its own cell (``_boxes_under_story``), two or more, and the columns of boxes
    beside the block holding the headline and its text (``_box_columns_beside_headline``)."""
    _mark_cells_beside_story(
        tree,
        lambda cell: (
            _headed_boxes(cell) >= _HEADED_BOXES
            or _bold_names_in_run(cell) >= _HEADED_BOXES
            or _menu_column(cell)
            or _block_column_cell(cell)
        ),
    )
    holders = {id(table.getparent()): table.getparent() for table in tree.iter("table")}
    for parent in holders.values():
        for box in _boxes_under_story(parent) if parent is not None else ():
            box.set(_MARK, "")
    for column in _box_columns_beside_headline(tree):
        column.set(_MARK, "")


def side_column_text(tree) -> str:
    """The marked side columns' text, folded, one column after another ("" when the page has none)."""
    columns = tree.xpath(f"//*[@{_MARK}]")
    return " | ".join(fold(" ".join(column.itertext())) for column in columns)
