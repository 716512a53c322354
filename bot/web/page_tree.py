"""The parsed page, read as a reader sees it, within bounds on the work.

trafilatura reads markup, not the screen: a bare text ``<div>`` is a paragraph on screen, a layout
table's columns are separate blocks, a feed of sibling ``<article>`` posts is one text, a picture story's
captions are its text (trafilatura leaves figures out), a standfirst under the headline is the text's first line
(``standfirst_into_text``, when trafilatura would read the text's box without it, the two beside each other or in the
headline's own header box), and so is a bullet summary between the byline and the text's box
(``summary_into_text``), a post's footnotes are notes, not links (``footnotes_without_back_links``,
``numbered_footnotes_as_text``), a letter's greeting and signature in short bare blocks are its lines
(``leaf_divs_as_paragraphs``), and the lines of a pop-up (hidden on load, or a modal dialog over the page) are not
the article's. The page is parsed once here, refused when past the work bounds (``MAX_ELEMENTS``,
``MAX_MARKUP_CHARS``), pruned of the boxes ``bot.web.page_boxes`` knows and
reshaped so (``readable_tree``); ``without_dialog_lines`` drops a pop-up's lines from the text,
``without_key_points`` a key-points box's that the paragraphs tell again and ``without_contact_boxes`` a press office's
contact box's after the text, ``without_side_columns`` an old layout's side column of boxes' (``bot.web.page_columns``),
``without_bars_above_headline`` a bar's the page sets above its headline; ``without_side_blocks`` keeps another
mode's blocks from beside the page's main box out of the merge.
"""

from __future__ import annotations

import re
from itertools import islice

from bot.errors import LinkError
from bot.web.page_boxes import (
    contact_box_lines,
    drop_about_boxes,
    drop_alert_banners,
    drop_appeal_boxes,
    drop_bar_charts,
    drop_button_cards,
    drop_call_boxes,
    drop_chapter_lists,
    drop_choice_boxes,
    drop_classed_captions,
    drop_classed_first_published,
    drop_clip_blurbs,
    drop_comment_sections,
    drop_credited_captions,
    drop_event_listings,
    drop_fact_boxes,
    drop_field_line_boxes,
    drop_field_lists,
    drop_form_boxes,
    drop_glance_boxes,
    drop_headed_link_lists,
    drop_header_replies,
    drop_header_summaries,
    drop_headline_buttons,
    drop_info_bands,
    drop_italic_captions,
    drop_italic_taglines,
    drop_labelled_blurb_cards,
    drop_labelled_fact_tables,
    drop_labelled_link_boxes,
    drop_labelled_name_cards,
    drop_line_up_boxes,
    drop_link_cards,
    drop_listed_posts,
    drop_live_blog_table_widgets,
    drop_logo_taglines,
    drop_look_back_boxes,
    drop_masthead_taglines,
    drop_media_titles,
    drop_menu_cells,
    drop_named_picture_cards,
    drop_note_lists,
    drop_offer_boxes,
    drop_other_pages_tables,
    drop_pager_links,
    drop_paid_link_boxes,
    drop_paid_link_calls,
    drop_picture_cards,
    drop_picture_tables,
    drop_poster_titles,
    drop_posting_walls,
    drop_preview_cards,
    drop_profile_cards,
    drop_rating_tables,
    drop_repeated_action_tails,
    drop_reply_posts,
    drop_reply_runs,
    drop_reply_threads,
    drop_resource_boxes,
    drop_run_in_name_cards,
    drop_shop_boxes,
    drop_site_notes,
    drop_small_type_captions,
    drop_sold_named_cards,
    drop_sponsor_boxes,
    drop_story_listings,
    drop_tally_boxes,
    drop_teaser_cards,
    drop_thread_lists,
    drop_thread_replies,
    drop_tip_boxes,
    drop_translation_boxes,
    drop_wish_list_boxes,
    elements,
    hidden_dialog_text,
    keep_attached_text,
    keep_embedded_tables,
    keep_prose_asides,
    keep_quote_figures,
    keep_unrepeated_pull_quotes,
    key_points_lines,
    link_hosts,
    next_element,
    page_text,
    previous_element,
    remove_keeping_tail,
    told_in_paragraphs,
)
from bot.web.page_columns import mark_menu_columns, mark_side_box_columns, side_column_text, titled_headline
from bot.web.page_end_mark import drop_boxes_after_end_mark
from bot.web.page_lexicon import (
    BULLET_SUMMARY_HEADINGS,
    LETTER_GREETINGS,
    MACHINE_SUMMARY_LABELS,
    STANDFIRST_CLASS_WORDS,
)
from bot.web.page_rules import SENTENCE_CLOSE, WORD, fold, word_count

__all__ = [
    "FULL_ELEMENTS",
    "LARGE_PAGE_CHARS",
    "MAX_ELEMENTS",
    "MAX_MARKUP_CHARS",
    "drop_caps_as_text",
    "feeds_as_sections",
    "inline_buttons_as_text",
    "opening_text_of_wrappers",
    "is_layout_table",
    "layout_tables_as_boxes",
    "leading_text_as_paragraph",
    "leaf_divs_as_paragraphs",
    "lists_between_paragraphs",
    "readable_tree",
    "slide_captions_as_paragraphs",
    "standfirst_into_text",
    "summary_into_text",
    "without_bars_above_headline",
    "without_contact_boxes",
    "without_dialog_lines",
    "without_key_points",
    "without_side_blocks",
    "without_side_columns",
    "wrapper_article_as_box",
]

# -- reading the page the way a reader sees it ------------------------------------------------------

# Elements that sit inside a line of text; a <div> holding nothing else is a paragraph on screen.
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo br cite code data dfn em font i img kbd label mark q s small span strong sub sup "
    "time u var wbr".split()
)
_LEAF_MIN_WORDS = 6  # fewer words in a bare <div>: a label, a date, a button
_FEED_MIN_POSTS = 3  # sibling <article>s that make a feed of posts (a live blog), not one article


# A short sentence in a block of the same class as the page's paragraphs is a paragraph too: a script-built page sets
# every paragraph as ``<div class="Paragraph_text__7hJxp">``, and a four-word one ("Riders were less forgiving.") fell
# under ``_LEAF_MIN_WORDS`` and was lost. Its class must be that of ``_PARAGRAPH_CLASS_RUN`` blocks already turned (with
# no class, none is), and it must close as a sentence does: a short label, a date or a button of that class stays.
# A blog editor that writes no class sets every paragraph as ``<div style="text-align: left;">`` (Blogger's compose
# mode): the same inline style stands for the class, so a four-word one ("So, still no vote.") under paragraphs of that
# style is one of them. A bare ``<div>`` with neither class nor style is no paragraph by this (a page's loose labels),
# and a short styled one closing no sentence (a "Posted by …" line) stays a div.
# Unless its place says so: a blog editor that writes neither sets every paragraph as a bare ``<div>`` (Blogger's
# compose mode, blank ``<div><br></div>`` lines between them), and a three-word one in bold ("It rained anyway.")
# between two such paragraphs was lost. A short bare ``<div>`` closing as a sentence is a paragraph when the nearest
# block with words before it and the one after it, among its siblings, are both bare ``<div>`` paragraphs turned, or
# when it closes a run of them in bold (``_closing_bare_run``): a loose label closing a sentence stands at a run's end
# in plain type, or outside it, and stays a div.
_PARAGRAPH_CLASS_RUN = 2
_SENTENCE_CLOSE = re.compile(r"\w" + SENTENCE_CLOSE.pattern)  # a word's, not a stray mark's


def _paragraph_kind(div) -> str:
    """What sets a text block apart as one of a run: its class, else its inline style (empty: neither)."""
    cls = " ".join((div.get("class") or "").split())
    if cls:
        return cls
    style = "".join((div.get("style") or "").split()).lower()
    return f"style:{style}" if style else ""


def leaf_divs_as_paragraphs(tree) -> None:
    """A ``<div>`` that holds only text and inline elements is a paragraph on screen: it becomes a ``<p>``.

    trafilatura reads bare ``<div>`` text only on pages with little ``<p>`` text, so on a page that has
    paragraphs elsewhere it drops such blocks inside the article: a recipe card's summary and nutrition
    line, a live post's body, a standfirst. Only blocks of ``_LEAF_MIN_WORDS`` words or more whose words
    are mostly not link text (a link list is navigation) are turned, and a shorter one closing as a sentence when
    its class (with no class, its inline style) is the turned blocks' (``_PARAGRAPH_CLASS_RUN``), or, with neither,
    when it stands between two bare blocks turned (``_between_bare_paragraphs``) or closes a run of them in bold
    (``_closing_bare_run``); the cleanup rules still apply.
    """
    short: list = []
    turned: dict[str, int] = {}
    bare: set = set()  # the bare <div>s turned, for a short one between two of them
    for div in tree.iter("div"):
        if any(isinstance(el.tag, str) and el.tag not in _INLINE_TAGS for el in div.iterdescendants()):
            continue
        words = _words_in(div)
        if _linked_words([div]) * 2 >= words:
            continue
        if words < _LEAF_MIN_WORDS:
            short.append(div)
            continue
        cls = _paragraph_kind(div)
        div.tag = "p"
        turned[cls] = turned.get(cls, 0) + 1
        if not cls:
            bare.add(div)
    for div in short:
        if div.tag != "div":
            continue  # (turned already, as the closing words of a signature under it)
        if not _paragraph_kind(div) and _opens_letter(div, bare):
            div.tag = "p"
            continue
        closing = None if _paragraph_kind(div) else _signs_letter(div, bare)
        if closing is not None:
            div.tag = closing.tag = "p"
            continue
        if not _paragraph_kind(div) and _signs_greeted_letter(div, bare):
            div.tag = "p"
            continue
        if not _SENTENCE_CLOSE.search(" ".join(div.itertext()).strip()):
            continue
        cls = _paragraph_kind(div)
        in_run = (
            turned.get(cls, 0) >= _PARAGRAPH_CLASS_RUN
            if cls
            else _between_bare_paragraphs(div, bare) or _closing_bare_run(div, bare)
        )
        if in_run:
            div.tag = "p"


def _between_bare_paragraphs(div, bare: set) -> bool:
    """Whether the nearest sibling with words on each side of ``div`` is a bare ``<div>`` turned into a paragraph."""
    before, after = (
        next(_with_words(div.itersiblings(preceding=True)), None),
        next(_with_words(div.itersiblings()), None),
    )
    return before in bare and after in bare


def _with_words(siblings):
    """The elements among ``siblings`` that hold words, in their order."""
    return (el for el in siblings if isinstance(el.tag, str) and _words_in(el))


# A letter set as bare ``<div>`` paragraphs (an e-mail builder's text block: a charity's newsletter, "<div>Dear
# friends,</div><div><br></div><div>On the second Saturday …</div>" … "<div>With muddy boots and a full heart,</div>
# <div><Name>, founder</div>") opens on its greeting and closes on its signature, both short lines no sentence closes,
# which were lost with the labels. A short bare ``<div>`` is a paragraph when it greets the reader (``LETTER_GREETINGS``,
# "Dear friends,", "Hi everyone,": a greeting closing on a comma) right before a bare paragraph turned; or when it signs
# the letter: one of the ``_SIGNATURE_LINES`` short lines after its closing words (a line closing on a comma,
# ``_VALEDICTION_WORDS`` words at most: "Warmly,", "With muddy boots and a full heart,", itself a short div or a bare
# paragraph turned) that follow a bare paragraph turned, nothing with words after them among their siblings. A label
# closing on no comma ("Meet the herd") or a short line after a paragraph with no closing words stays a div.
_GREETING = re.compile(rf"^({LETTER_GREETINGS})\b[^.!?:;]{{0,40}},$", re.IGNORECASE)
_VALEDICTION_WORDS = 10
_SIGNATURE_LINES = 2


def _opens_letter(div, bare: set) -> bool:
    """Whether ``div`` is a letter's greeting right before a bare paragraph turned."""
    if not _GREETING.match(" ".join(" ".join(div.itertext()).split())):
        return False
    return next(_with_words(div.itersiblings()), None) in bare


def _signs_letter(div, bare: set):
    """The closing words ``div`` signs a letter under (see ``_GREETING``), or None."""
    if next(_with_words(div.itersiblings()), None) is not None and not _signature_run_goes_on(div):
        return None
    before = list(islice(_with_words(div.itersiblings(preceding=True)), _SIGNATURE_LINES))
    for el in before:
        text = " ".join(" ".join(el.itertext()).split())
        if text.endswith(",") and word_count(text) <= _VALEDICTION_WORDS:
            return el if _last_turned_before(el, bare) else None
        if word_count(text) >= _LEAF_MIN_WORDS or _SENTENCE_CLOSE.search(text):
            return None  # (a line of the signature above it is a name or a role, no sentence)
    return None


# A letter may close on its writer's name with no closing words above it ("… It matters more this year than it ever
# has." then "<div><i><Name>, Executive Director</i></div>", a food bank's letter in an e-mail builder's text block):
# when the letter opened on its greeting (a short bare ``<div>`` turned by ``_opens_letter`` among the siblings before
# it), its last short bare ``<div>``, right after a bare paragraph turned and nothing with words after it, is the
# signature when it is a name and at most a role after a comma (``_SIGNED_NAME``: "<Name>, Executive Director"). A
# label ("Volunteer spotlight"), a line closing a sentence, or a name under no greeting stays a div.
_SIGNED_NAME = re.compile(r"^[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3}(, [^.!?,;:]{2,60})?$")


def _signs_greeted_letter(div, bare: set) -> bool:
    """Whether ``div`` is the name signing a letter that opened on its greeting (see ``_SIGNED_NAME``)."""
    text = " ".join(" ".join(div.itertext()).split())
    if word_count(text) > _VALEDICTION_WORDS or not _SIGNED_NAME.match(text):
        return False
    if next(_with_words(div.itersiblings()), None) is not None or not _last_turned_before(div, bare):
        return False
    return any(
        el.tag == "p" and _GREETING.match(" ".join(" ".join(el.itertext()).split()))
        for el in _with_words(div.itersiblings(preceding=True))
    )


def _signature_run_goes_on(div) -> bool:
    """Whether the siblings with words after ``div`` are one short line more of the signature, and nothing else."""
    after = list(islice(_with_words(div.itersiblings()), 2))
    return len(after) == 1 and _words_in(after[0]) < _LEAF_MIN_WORDS and after[0].tag == "div"


def _last_turned_before(el, bare: set) -> bool:
    """Whether the nearest sibling with words before ``el`` is a bare paragraph turned."""
    return next(_with_words(el.itersiblings(preceding=True)), None) in bare


# The same short sentence set in bold may close the run: an e-mail editor's section of bare ``<div>`` paragraphs ends on
# a line of its own in bold ("<b>Status: Released.</b>", the patient's outcome under each spotlight, the next section's
# "Status: In care, release expected in September." long enough to be turned) and was lost. A short bare ``<div>``
# closing as a sentence, its words wholly one ``<b>``/``<strong>``, is a paragraph when the ``_PARAGRAPH_CLASS_RUN``
# nearest blocks with words before it are bare paragraphs turned and nothing with words follows it among its siblings:
# the run's last line, set apart by the writer's own emphasis. A plain loose line after the run ("Thanks for
# reading."), a short line before a run or after a single paragraph, stays a div.
_EMPHASIS = ("b", "strong")


def _closing_bare_run(div, bare: set) -> bool:
    """Whether ``div``, its words wholly in bold, closes a run of bare ``<div>`` paragraphs turned
    (``_PARAGRAPH_CLASS_RUN`` before it, nothing with words after it)."""
    bold = div[0] if len(div) == 1 else None
    if bold is None or bold.tag not in _EMPHASIS or (div.text or "").strip() or (bold.tail or "").strip():
        return False
    if next(_with_words(div.itersiblings()), None) is not None:
        return False
    before = list(islice(_with_words(div.itersiblings(preceding=True)), _PARAGRAPH_CLASS_RUN))
    return len(before) == _PARAGRAPH_CLASS_RUN and all(el in bare for el in before)


# A paragraph's drop cap, its first letter set in an inline element of its own ("<p><span class="dropcap"
# aria-hidden="true">I</span>n the foundry yard …"): on screen one word, "In". trafilatura drops an element hidden from
# screen readers, and the paragraph lost its first letter ("n the foundry yard …"). An inline element opening a
# paragraph, holding one capital letter (an opening quote mark before it at most) and nothing else, with the word or a
# space running on after it, becomes text of the paragraph's own.
_DROP_CAP = re.compile(r"""^["“‘']?[^\W\d_]$""")
_DROP_CAP_RUN_ON = re.compile(r"^\s?\w")


def drop_caps_as_text(tree) -> None:
    """A paragraph's opening letter set in an inline element of its own is read as the paragraph's text."""
    for p in tree.iter("p"):
        if (p.text or "").strip() or not len(p):
            continue
        cap = p[0]
        letter = (cap.text or "").strip()
        if (
            not isinstance(cap.tag, str)
            or cap.tag not in _INLINE_TAGS
            or len(cap)
            or not _DROP_CAP.match(letter)
            or not letter[-1].isupper()
            or not _DROP_CAP_RUN_ON.match(cap.tail or "")
        ):
            continue
        p.text = letter + cap.tail
        p.remove(cap)


# A box whose text is set apart by line breaks, not paragraphs, beside blocks of its own (a blog editor's post:
# "First paragraph.<br><br>Second.<br><br><table>…picture…</table><br>Third.<br><br><h2>…</h2><div>…</div>"): the
# box's own text before its first element is a paragraph on screen as the runs after each ``<br>`` are, but
# trafilatura, which keeps a line break's tail, drops a box's leading text once the page has ``<p>`` text elsewhere (a
# leaf ``<div>`` turned into one is enough), and the post lost its first paragraph. That run (the box's text and the
# inline elements up to the first ``<br>``, which must close it: a label before a block is no line of text) becomes a
# ``<p>`` of its own when it holds ``_LEAF_MIN_WORDS`` words or more, mostly not link text. A box of text and inline
# elements only is a leaf, turned whole by ``leaf_divs_as_paragraphs``.
def leading_text_as_paragraph(tree) -> None:
    """The text opening a ``<div>`` that also holds blocks, closed by a ``<br>``, becomes a ``<p>`` of its own."""
    for div in list(tree.iter("div")):
        if not (div.text or "").strip() or not len(div):
            continue
        if all(not isinstance(el.tag, str) or el.tag in _INLINE_TAGS for el in div.iterdescendants()):
            continue  # a leaf, turned whole by ``leaf_divs_as_paragraphs``
        _opening_run_as_paragraph(div)


# An old template's story set in a <font> (or <span>) whose paragraphs are runs of text between ``<br><br>``, beside a
# picture's table in the same cell ("<td><table>…caption…</table><font>KOCHI, July 18: …<br><br>Waterlogging
# …<br><br>…</font></td>"): trafilatura reads the breaks' tails but drops the wrapper's opening text, so the story lost
# its first paragraph and its dateline. In a wrapper after a block, holding ``_TEXT_BOX_MIN_WORDS`` words or more, mostly
# not link text, that opening run (the text and inline elements up to the first ``<br>``) becomes a ``<p>`` of its own when it
# holds ``_LEAF_MIN_WORDS`` words or more, as ``leading_text_as_paragraph`` does for a box. The run may be closed by a
# ``<p>`` as well ("<table>…caption…</table><font>The bridge reopened …<p>About 60 people …<p>…</font>": the story's
# first paragraph is the font's text, the others its ``<p>`` children, and trafilatura read only those). Closed by a
# ``<p>`` of two or more, in a wrapper whose text also runs loose after one of its blocks, the run is a paragraph even
# in a wrapper opening its cell ("<td><font>On Saturday, …<p>Twelve team members …<p>…</P>Sunday morning …<UL>…</UL>
# Total mission time …</font></td>", an old report in a one-cell table, its paragraphs written both ways): trafilatura
# read the children and lost the opening text. A wrapper of ``<p>`` children alone after its text is read whole.
_TEXT_BOX_MIN_WORDS = 40
_TEXT_WRAPPERS = ("font", "span")


def opening_text_of_wrappers(tree) -> None:
    """The opening run of a ``<font>`` or ``<span>`` of prose lines split by ``<br>`` becomes a ``<p>``."""
    for el in list(tree.iter(*_TEXT_WRAPPERS)):
        if not (el.text or "").strip() or next(el.iter("br", "p"), None) is None:
            continue
        if not _after_a_block(el) and not _paragraphs_after_opening(el):
            continue
        words = _words_in(el)
        if words < _TEXT_BOX_MIN_WORDS or _linked_words([el]) * 2 >= words:
            continue
        _opening_run_as_paragraph(el, closers=("br", "p"))


def _paragraphs_after_opening(el) -> bool:
    """Whether ``el``'s opening run is closed by a ``<p>`` of its own, two or more of them in it, and its text runs loose
    after a block of it too (a tail of ``_LEAF_MIN_WORDS`` words or more): the wrapper writes paragraphs as bare runs."""
    blocks = [c for c in el if isinstance(c.tag, str) and c.tag not in _INLINE_TAGS]
    return (
        bool(blocks)
        and blocks[0].tag == "p"
        and len(el.findall("p")) >= 2
        and any(len(WORD.findall(b.tail or "")) >= _LEAF_MIN_WORDS for b in blocks)
    )


def _after_a_block(el) -> bool:
    """Whether a block (a picture's table, a box) stands before ``el`` in its parent: a wrapper opening its cell is
    read whole, as it always was."""
    prev = previous_element(el)  # (comments passed over)
    return prev is not None and prev.tag not in _INLINE_TAGS


def _opening_run_as_paragraph(box, closers: tuple[str, ...] = ("br",)) -> None:
    """The box's text and the inline elements after it up to a ``<br>`` (or another of ``closers``) as a ``<p>``
    opening the box, when they hold ``_LEAF_MIN_WORDS`` words or more, mostly not link text; nothing when no
    closer ends them."""
    run = []
    for child in box:
        if not isinstance(child.tag, str) or child.tag == "br" or child.tag not in _INLINE_TAGS:
            break
        run.append(child)
    else:
        return
    if child.tag not in closers:
        return
    pieces = [box.text] + [t for el in run for t in (*el.itertext(), el.tail or "")]
    words = len(WORD.findall(" ".join(pieces)))
    if words < _LEAF_MIN_WORDS or _linked_words(run) * 2 >= words:
        return
    p = box.makeelement("p", {})
    p.text, box.text = box.text, None
    for el in run:
        p.append(el)  # (its tail goes with it)
    box.insert(0, p)


# The same wrapper's closing line after its paragraph: "<font><p>The squad pays for …</p><br><br>To join, come to a
# business meeting … or call <Role> <Name> at 555-0166.</font>" (an old club page's last lines after its list, the
# first turned by ``opening_text_of_wrappers``, or written so). On screen the run after the line breaks is a paragraph;
# trafilatura, reading the wrapper's ``<p>``, dropped the break's tail after it on a page of much text, and the story
# lost its closing line. A ``<font>`` or ``<span>`` of one ``<p>`` (no text before it), then line breaks and one run
# of text and inline elements closing the wrapper, ``_LEAF_MIN_WORDS`` words or more, mostly not link text: the run
# becomes a ``<p>`` of its own. A wrapper of several runs after its paragraph (a whole story written in runs, which
# trafilatura reads as it is), a short run (a date, a "more" link), or a wrapper with no ``<p>`` stays as it was.
def closing_runs_of_wrappers(tree) -> None:
    """The one run of text closing a ``<font>`` or ``<span>`` after its ``<p>`` and a ``<br>`` becomes a ``<p>``."""
    for wrapper in list(tree.iter(*_TEXT_WRAPPERS)):
        kids = [c for c in wrapper if isinstance(c.tag, str)]
        if (wrapper.text or "").strip() or not kids or kids[0].tag != "p" or (kids[0].tail or "").strip():
            continue
        breaks = [i for i, c in enumerate(kids) if c.tag == "br"]
        if not breaks or breaks[0] != 1 or any(c.tag not in _INLINE_TAGS for c in kids[1:]):
            continue
        last = kids[breaks[-1]]
        if any((kids[i].tail or "").strip() for i in breaks[:-1]) or not (last.tail or "").strip():
            continue  # (text after an earlier break: more than one run)
        if any((c.tail or "").strip() or "".join(c.itertext()).strip() for c in kids[1 : breaks[-1]]):
            continue
        _tail_run_as_paragraph(last, kids[breaks[-1] + 1 :])


# A footnote's link back up to its mark in the text, an arrow and nothing else ("<li id="fn2">The district shared … I'll
# publish a breakdown once … <a href="#fnref2" class="footnote-backref">↩︎</a></li>", Ghost's and Markdown's footnotes):
# trafilatura reads a short list whose every item holds such a link as a list of links, and the writer's notes under the
# post were lost. In a footnote list of the text's own box (the list, or the box around it, a sibling of two paragraphs
# of prose: the post's body), two items or more, each closing on a link within the page ("#…") whose text is an arrow
# back (``_BACK_ARROW``), the links go, their items' words stay. A list of notes in a box of its own after the body (a
# data story's "Footnotes" section beside its methodology and its author cards), a box the page marks as the text's
# endnotes or its bibliography (``role="doc-endnotes"``, a class or id naming "endnotes": a commentary's citations, "Notes"
# over "Department for Transport, Bus statistics, table …"), one link alone, or items whose link is words ("See the
# report") are left to trafilatura as before.
# The note's words may sit in a paragraph of their own inside the item, the arrow closing that paragraph (markdown-it's
# footnotes, a static site's and Ghost's: "<li id="fn1" class="footnote-item"><p>The grant covers 75 percent … <a
# href="#fnref1" class="footnote-backref">↩︎</a></p></li>"): the item's one paragraph, nothing else in the item, is read
# as the item is.
_BACK_ARROW = re.compile(r"^[\s\u21a9\u21b5\u2191\u2934\u2b06\u21e7^\ufe0e\ufe0f]+$")
_BODY_PROSE_WORDS = 20  # a paragraph of the post's prose, not a label
_ENDNOTES_ROLES = ("doc-endnotes", "doc-bibliography")


def _note_block(item):
    """``item``, or its one paragraph when the item holds nothing else (no words of its own beside it)."""
    kids = [c for c in item if isinstance(c.tag, str)]
    if (
        len(kids) == 1
        and kids[0].tag == "p"
        and not (item.text or "").strip()
        and not (kids[0].tail or "").strip()
    ):
        return kids[0]
    return item


def _back_link(item):
    """The link closing ``item`` (or its one paragraph, ``_note_block``) that leads back up the page and shows an arrow
    alone, or None."""
    item = _note_block(item)
    kids = [c for c in item if isinstance(c.tag, str)]
    last = kids[-1] if kids else None
    if last is None or last.tag != "a" or (last.tail or "").strip():
        return None
    href = (last.get("href") or "").strip()
    text = "".join(last.itertext())
    return last if href.startswith("#") and len(href) > 1 and _BACK_ARROW.match(text) else None


def _in_body_box(box) -> bool:
    """Whether ``box`` or its parent stands beside two paragraphs of the text's prose (``_BODY_PROSE_WORDS``)."""
    for el in (box, box.getparent()):
        parent = el.getparent() if el is not None else None
        if parent is None:
            return False
        prose = sum(
            1 for c in parent if c.tag == "p" and word_count(" ".join(c.itertext())) >= _BODY_PROSE_WORDS
        )
        if prose >= 2:
            return True
    return False


def _marked_endnotes(box) -> bool:
    """Whether ``box`` or its parent is marked as the text's endnotes or bibliography (``_ENDNOTES_ROLES``, a class or id
    naming "endnotes")."""
    for el in (box, box.getparent()):
        if el is None:
            return False
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if (el.get("role") or "").strip().lower() in _ENDNOTES_ROLES or "endnote" in names:
            return True
    return False


def footnotes_without_back_links(tree) -> None:
    """Drop the arrow links back up the text from a footnote list in the text's own box (see ``_BACK_ARROW``)."""
    for ol in list(tree.iter("ol", "ul")):
        items = [c for c in ol if c.tag == "li"]
        if len(items) < 2:
            continue
        links = [_back_link(item) for item in items]
        if any(link is None for link in links) or not _in_body_box(ol) or _marked_endnotes(ol):
            continue
        for link in links:
            remove_keeping_tail(link)


# A footnote may open on its number linking back up to its mark instead (Substack's "<div class="footnote"><a
# id="footnote-1" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>The amendment text was two sentences
# long …</p></div></div>", under the mark "<sup><a id="footnote-anchor-1" href="#footnote-1">1</a></sup>" in a
# paragraph): trafilatura reads a box whose every note holds such a short link as a box of links, and the notes were
# lost, wherever the box stands. The pair is the evidence: a link opening its block, its text the note's number or mark
# (``_NOTE_MARK``), leading to a link in a paragraph of the page that leads back to it (to its own id or its block's).
# The number's link goes, the note's words stay. A box the page marks as its endnotes or bibliography
# (``_marked_endnotes``), a number leading to a mark that does not lead back (a list's anchors, a table of contents),
# or a link after words in its block stays as it was.
_NOTE_MARK = re.compile(r"^[\[(]?(\d{1,3}|[*†‡§¶]{1,3}|[ivx]{1,5}|[a-z])[\])]?\.?$")


def numbered_footnotes_as_text(tree) -> None:
    """Drop the number a footnote opens on when it links back to its mark in the text (see ``_NOTE_MARK``)."""
    ids = {el.get("id"): el for el in tree.iter() if isinstance(el.tag, str) and el.get("id")}
    found = []
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        block = link.getparent()
        if (
            not href.startswith("#")
            or block is None
            or not _NOTE_MARK.match("".join(link.itertext()).strip())
        ):
            continue
        if block.tag in _INLINE_TAGS or (block.text or "").strip() or elements(block)[:1] != [link]:
            continue  # (a note's block, not the <sup> of a mark in the text)
        mark = ids.get(href[1:])
        if mark is not None and mark.tag != "a":
            mark = next(mark.iter("a"), None)  # (the id on the mark's <sup>, the link inside it)
        if mark is None or next(mark.iterancestors("p"), None) is None:
            continue
        back = (mark.get("href") or "").strip()[1:]
        if not back or back not in {link.get("id"), block.get("id")} or _marked_endnotes(block):
            continue
        found.append(link)
    for link in found:
        remove_keeping_tail(link)


def _tail_run_as_paragraph(anchor, run: list) -> None:
    """The text after ``anchor`` and the inline elements ``run`` after it become a ``<p>`` right after ``anchor``, when
    they hold ``_LEAF_MIN_WORDS`` words or more, mostly not link text (a date, a credit or a "more" link stays)."""
    pieces = [anchor.tail] + [t for el in run for t in (*el.itertext(), el.tail or "")]
    words = len(WORD.findall(" ".join(pieces)))
    if words < _LEAF_MIN_WORDS or _linked_words(run) * 2 >= words:
        return
    p = anchor.makeelement("p", {})
    p.text, anchor.tail = anchor.tail, None
    anchor.addnext(p)
    for el in run:
        p.append(el)  # (its tail goes with it)


# An old page floats its picture's table at the head of a paragraph ("<P><TABLE ALIGN=RIGHT>…picture…</TABLE>The
# department took delivery of …<P>…"): the parser closes the ``<p>`` before the table, so the paragraph's text is the
# table's tail, and trafilatura, reading the table as a table, drops its tail: the story loses its first paragraph. The
# tail and the inline elements after it, up to the next block, become a ``<p>`` after the table when they hold
# ``_LEAF_MIN_WORDS`` words or more, mostly not link text (a caption's credit or a "more" link after a table stays).
# A list's tail is dropped the same way ("<UL><LI>…</UL>Total mission time was 21 hours …", an old report's closing line
# after its list of lessons), and becomes a paragraph under the same bounds.
def table_tails_as_paragraphs(tree) -> None:
    """The text right after a ``<table>`` or a list, up to the next block, becomes a ``<p>`` of its own."""
    for table in list(tree.iter("table", "ul", "ol")):
        if not (table.tail or "").strip() or table.getparent() is None:
            continue
        run = []
        for sibling in table.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag not in _INLINE_TAGS or sibling.tag == "br":
                break
            run.append(sibling)
        _tail_run_as_paragraph(table, run)


_LAYOUT_CELL_WORDS = 100  # a table cell holding this much text is a column of the page, not a datum
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


# A button set inside a sentence of a paragraph (a glossary's term, a tooltip's word: "… wherever the wind and
# <button>currents</button> take it"): trafilatura drops every <button>, and the sentence with it loses a word, so
# the passage is no longer the story's. A button holding its word or words only, a few, with the sentence going
# on before it (no stop, colon or dash before it) in a paragraph of text reads as that text: it becomes a <span>.
# A button after a sentence's stop ("… in town. <button>Read more</button>") or alone in its block stays a
# button.
_INLINE_BUTTON_WORDS = 4
_INLINE_BUTTON_BLOCK_WORDS = 8


def _text_before(el) -> str:
    prev = el.getprevious()
    if prev is not None:
        return prev.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def inline_buttons_as_text(tree) -> None:
    """A short button inside a sentence of a paragraph is the sentence's word: it becomes a ``<span>``."""
    for button in list(tree.iter("button")):
        if len(button) or not 1 <= word_count(button.text or "") <= _INLINE_BUTTON_WORDS:
            continue
        block = next((a for a in button.iterancestors() if a.tag in ("p", "li", "blockquote")), None)
        if block is None or word_count(" ".join(block.itertext())) < _INLINE_BUTTON_BLOCK_WORDS:
            continue
        before = _text_before(button)
        if not re.search(r"\w[,;]?\s+$", before):
            continue
        button.tag = "span"
        for name in list(button.attrib):
            del button.attrib[name]


# A table of one cell relates no datum to another: it is a box, and an e-mail template sets each block of its text in
# one ("<table class="…TextContentContainer" width="100%"><tr><td><p>A few other things coming up:</p><ul>…</ul><p>Thank
# you, as always, …</p>"). Read as a table, trafilatura joins the cell's paragraphs into one "| … |" row and drops the
# list between them (it reads a cell's list in its recall mode only): the text's own list, under its lead-in. Such a
# cell, holding a list whose nearest elements in the cell are two paragraphs, is read as a box. A cell floated beside
# the text, narrower than its column ("<table align="right" width="180">"), is a side box, and a cell of a heading over
# a list ("Also this week" over other news) has no paragraph around the list: both stay tables. The list may sit under
# a subheading of its own between the cell's paragraphs ("… two and eight weeks." / "By the numbers" / the list / "That
# last number is why …"): the heading opens a part of the same text, a paragraph before it and after the list.
_FLOAT = re.compile(r"float\s*:\s*(left|right)", re.IGNORECASE)
_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")


def _paragraph_before(box):
    """The paragraph right before ``box``, or before the subheading right before it (``_SUBHEADS``), or None."""
    before = _neighbour(box, preceding=True)
    if before is not None and before.tag in _SUBHEADS:
        before = _neighbour(before, preceding=True)
    return before if before is not None and before.tag == "p" else None


def _cell_of_text_with_list(table, cell) -> bool:
    """Whether ``cell``, the one cell of ``table``, holds a list between two of its own paragraphs (the first maybe over a
    subheading, ``_paragraph_before``) and is not floated
    beside the text (``align`` or a ``float`` style, at a width less than the column's whole)."""
    aligned = (table.get("align") or "").lower() in ("left", "right")
    if (aligned or _FLOAT.search(table.get("style") or "")) and (table.get("width") or "").strip() != "100%":
        return False
    return any(
        _paragraph_before(box) is not None and getattr(_neighbour(box), "tag", None) == "p"
        for box in cell.iter("ul", "ol")
    )


def is_layout_table(table) -> bool:
    """A table that lays out the page (an old template's columns), not one that holds data.

    Evidence of structure, as browsers' reader modes use it: it declares itself presentational, it holds
    another table, its one cell holds a list between paragraphs of text (``_cell_of_text_with_list``), or one of its
    own cells holds a column of prose.
    """
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if next(table.iterdescendants("table"), None) is not None:
        return True
    cells = [cell for cell in table.iterdescendants("td", "th") if next(cell.iterancestors("table")) is table]
    if len(cells) == 1 and _cell_of_text_with_list(table, cells[0]):
        return True
    return any(len(WORD.findall(" ".join(cell.itertext()))) >= _LAYOUT_CELL_WORDS for cell in cells)


def layout_tables_as_boxes(tree) -> None:
    """A layout table's rows and cells become plain boxes, so each column is read as its own block.

    Read as a table, trafilatura joins a row's cells into one line: the sidebar's headlines, the menu and
    the article in one "| … | … |" row that no cleanup rule can take apart. A data table is left alone.
    """
    for table in [t for t in tree.iter("table") if is_layout_table(t)]:
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


def feeds_as_sections(tree) -> None:
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
        sizes = [len(WORD.findall(" ".join(p.itertext()))) for p in posts]
        if max(sizes) * 2 < sum(sizes):
            for post in posts:
                post.tag = "div"
                # (its own class goes too: class="post" would make trafilatura read that one post again)
                post.attrib.pop("class", None)
                post.attrib.pop("id", None)
            _post_bodies_unmarked(tree, posts)


# The share of the outer article's paragraph words that the inner one holding the headline must hold.
_WRAPPED_SHARE = 0.8


def wrapper_article_as_box(tree) -> None:
    """An ``<article>`` set around the whole page's sections is no article when the one inside it holds the headline.

    trafilatura reads the first ``<article>`` of a page as the article: a site builder that sets every section of the
    page in one (Squarespace's ``<article class="sections">``: the post's own ``<article>`` with its headline and text,
    then a fixtures table, a newsletter box and a sponsors strip as sections of their own) has the sections after the
    post read as its text. When the first article trafilatura finds holds another that holds the page's headline (an
    ``<h1>``, none outside it) and most of its paragraph words (``_WRAPPED_SHARE``), the outer one becomes a ``<div>``
    and the inner one is read. Articles inside the story that hold no headline (readers' comments, a live blog's posts)
    leave it alone, and so does an inner article holding the headline but not the text.
    """
    xpaths = container_xpaths()
    if xpaths is None:  # pragma: no cover - a trafilatura without the module: nothing to do
        return
    outer = first_container(tree, xpaths)
    if outer is None or outer.tag != "article":
        return
    headed = [a for a in outer.iter("article") if a is not outer and next(a.iter("h1"), None) is not None]
    if len(headed) != 1:
        return
    inner = headed[0]
    if sum(1 for _ in outer.iter("h1")) != sum(1 for _ in inner.iter("h1")):
        return  # a headline outside the inner article: the outer one is the story's
    words = sum(_words_in(p) for p in outer.iter("p"))
    if words and sum(_words_in(p) for p in inner.iter("p")) >= _WRAPPED_SHARE * words:
        outer.tag = "div"


def _post_bodies_unmarked(tree, posts: list) -> None:
    """A feed's posts whose bodies are article containers to trafilatura lose that mark, so the feed is read whole.

    A live blog marks each post's body as the article's (``itemprop="articleBody"``, a "post-content" class): trafilatura
    reads the first one found, the first post alone, and its fallback then drops a later post's short paragraph ("That is
    a gain of nine seats.") and the last post. When the first container trafilatura finds lies inside one of the feed's
    posts, every container inside the posts loses its class, id and ``itemprop``, and the box around the feed is read; a
    container found outside the posts (the story, with a feed of related cards) is left alone.
    """
    xpaths = container_xpaths()
    if xpaths is None:  # pragma: no cover - a trafilatura without the module: nothing to do
        return
    inside = {el for post in posts for el in post.iter()}
    if first_container(tree, xpaths) not in inside:
        return
    for expr in xpaths:
        for el in expr(tree):
            if el in inside:
                for attr in ("class", "id", "itemprop"):
                    el.attrib.pop(attr, None)


def container_xpaths():
    """trafilatura's article-container expressions (``BODY_XPATH``: an ``<article>``, a div whose class names the
    post's content…), imported when first needed, as trafilatura itself is; None when this trafilatura has no such
    module."""
    try:
        from trafilatura.xpaths import BODY_XPATH
    except ImportError:  # pragma: no cover - a trafilatura without the module
        return None
    return BODY_XPATH


def first_container(tree, xpaths):
    """The first element the container expressions ``xpaths`` find in ``tree``, in their order (the one trafilatura
    reads the text from), or None."""
    for expr in xpaths:
        found = next((s for s in expr(tree) if s is not None), None)
        if found is not None:
            return found
    return None


_SPLIT_MIN_WORDS = 40  # words of prose in a later block of the text for it to be the article's, not a box's


def split_containers_as_one(tree) -> None:
    """A text set as sibling blocks of one class, each an article container to trafilatura, is one text.

    trafilatura reads the first element its container expressions (``BODY_XPATH``) find: a page builder that sets the
    story as several sibling text components (Adobe AEM's ``<div class="text">`` between an image and a media box, each
    of a few paragraphs) loses every block after the first. When the first container found has a later sibling of the
    same tag and class holding paragraphs of prose (``_SPLIT_MIN_WORDS``), the siblings lose that class, so trafilatura
    reads the container around them (their parent's part of the page); a container with no such sibling is left alone,
    and so are blocks with a heading or a time of their own (a live blog's entries, ``div class="entry"`` each).
    """
    xpaths = container_xpaths()
    if xpaths is None:  # pragma: no cover - a trafilatura without the module: nothing to do
        return
    for _ in range(3):
        found = _first_container_blocks(tree, xpaths)
        if found is None:
            return
        first, blocks = found
        prose = [el for el in blocks[1:] if any(_words_in(p) >= _SPLIT_MIN_WORDS for p in el.iter("p"))]
        if not prose or blocks[0] is not first:
            return
        if any(_headed(el) for el in blocks):
            return  # headed or timed blocks are a feed's posts (a live blog's entries), each read on its own terms
        _unclassed(blocks)


def _first_container_blocks(tree, xpaths) -> tuple | None:
    """(the first container trafilatura finds, it and its siblings of the same tag and class), or None when
    there is none or it has no class."""
    first = first_container(tree, xpaths)
    parent = None if first is None else first.getparent()
    if parent is None or not (first.get("class") or "").strip():
        return None
    return first, [el for el in parent if el.tag == first.tag and el.get("class") == first.get("class")]


def _headed(el) -> bool:
    """Whether a block has a heading or a time of its own (a feed's post)."""
    return next(el.iter("h1", "h2", "h3", "h4", "h5", "h6", "time"), None) is not None


def _unclassed(blocks: list) -> None:
    """The blocks without their class and id, so trafilatura reads the container around them."""
    for el in blocks:
        el.attrib.pop("class", None)
        el.attrib.pop("id", None)


_SECTION_LEVELS = 3  # levels above the first container where an e-mail's section cells may repeat


def sectioned_containers_as_one(tree) -> None:
    """A text set in the repeated section cells of an e-mail's table, one container in each, is one text.

    A newsletter posted as a web page keeps its e-mail's table: each section is a cell of one class holding a block
    of one class (Kit's ``td.ck-content`` around ``div.ck-section-content``), a sponsor's cell between two of them.
    The containers are no siblings (those are ``split_containers_as_one``'s, headed or not), so trafilatura reads the
    first section only. When the first container found has cousins, the same path of tags and classes from a
    wrapper at most ``_SECTION_LEVELS`` above it, a later one holding prose (``_SPLIT_MIN_WORDS``), the containers
    lose their class, so trafilatura reads the table around them; a feed (a block with a time, or every block
    opening on a heading) is left alone.
    """
    xpaths = container_xpaths()
    first = None if xpaths is None else first_container(tree, xpaths)
    if first is None or not (first.get("class") or "").strip():
        return
    path, el = [], first
    for _ in range(_SECTION_LEVELS):
        path.insert(0, (el.tag, el.get("class")))
        el = el.getparent()
        if el is None or el.getparent() is None:
            return
        blocks = _cousins(el.getparent(), path)
        if len(blocks) > 1 and len(path) == 1:
            return  # (siblings: ``split_containers_as_one``'s to read, or to leave)
        if len(blocks) > 1:
            break
    else:
        return
    if blocks[0] is not first or not any(
        _words_in(p) >= _SPLIT_MIN_WORDS for block in blocks[1:] for p in block.iter("p")
    ):
        return
    if any(next(b.iter("time"), None) is not None for b in blocks) or all(
        _opens_on_heading(b) for b in blocks
    ):
        return
    _unclassed(blocks)


def rowed_containers_as_one(tree) -> None:
    """A letter set in the rows of an e-mail's table, a cell of one class in several rows, is read with the rows after it.

    Constant Contact sets each text section of its e-mail as a cell of one class (``td.text``) in a row of its layout
    table, and a two-column section as a row of its own holding a table of plain cells (a "Patient of the Month" pair of
    cards, each a picture, a bold name and paragraphs). trafilatura reads the first container its expressions find, the
    letter's cell alone, and lost the sections after it. The containers are cousins in the rows of one wrapper, no
    siblings (``split_containers_as_one``'s) and no deeper path (``sectioned_containers_as_one``'s). When the first holds
    prose (a paragraph of ``_SPLIT_MIN_WORDS`` words: the letter) and a later row holds prose outside the cells of that
    class (the cards), the cells lose their class, so trafilatura reads the table around them (the preheader, the rows'
    buttons, sponsor lines and footer go to the rules for them). Rows carrying a class or a time are a feed's posts (a
    live blog's entries, each body of one class), and stay as they were; so do a first cell of no prose (a date line over
    the letter), cells with no prose in a later row but their own, and cells that all open on a heading.
    """
    xpaths = container_xpaths()
    first = None if xpaths is None else first_container(tree, xpaths)
    if first is None or not (first.get("class") or "").strip():
        return
    row = first.getparent()
    wrapper = None if row is None else row.getparent()
    if wrapper is None:
        return
    blocks = _cousins(wrapper, [(first.tag, first.get("class"))])
    rows = [el for el in wrapper if isinstance(el.tag, str)]
    if blocks[0] is not first or sum(any(b.getparent() is r for b in blocks) for r in rows) < 2:
        return
    if any(r.get("class") or next(r.iter("time"), None) is not None for r in rows):
        return  # (a feed's posts carry their class and their time: a live blog's entries)
    if not any(_words_in(p) >= _SPLIT_MIN_WORDS for p in first.iter("p")):
        return  # (a first cell of no prose, a date line, is not the letter trafilatura would read alone)
    inside = {el for b in blocks for el in b.iter()}
    later = [r for r in row.itersiblings() if isinstance(r.tag, str)]
    if not any(_words_in(p) >= _SPLIT_MIN_WORDS for r in later for p in r.iter("p") if p not in inside):
        return
    if all(_opens_on_heading(b) for b in blocks):
        return
    _unclassed(blocks)


def _cousins(wrapper, path: list) -> list:
    """The elements under ``wrapper``'s children reached by ``path``, a list of (tag, class) from a child down."""
    found = list(wrapper)
    for tag, cls in path:
        found = [el for parent in found for el in parent if el.tag == tag and el.get("class") == cls]
    return found


def _opens_on_heading(el) -> bool:
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return first is not None and first.tag in ("h1", "h2", "h3", "h4", "h5", "h6")


def drop_embed_placeholders(tree) -> None:
    """Without an AMP embed's placeholder and fallback, the text shown while the embed loads or when it cannot.

    An ``<amp-iframe>``, ``<amp-video>`` or other AMP component holds a child marked ``placeholder`` or ``fallback``
    (the markup's role: "Loading live gauge…", "Your browser does not play this video") that stands in for the embedded
    widget; it is never the story's text.
    """
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or not el.tag.startswith("amp-"):
            continue
        for child in list(el):
            if isinstance(child.tag, str) and ("placeholder" in child.attrib or "fallback" in child.attrib):
                remove_keeping_tail(child)


_LEDE_MIN_WORDS = 25  # words in a paragraph above a feed for it to be the story's opening, not a label
_LEDE_LEVELS = 3  # how far above the feed's entries the box holding that paragraph may be


def feed_entries_under_lede(tree) -> None:
    """A live page's entries under the story's opening paragraphs are read with them, not alone.

    When the first container trafilatura finds is one of three or more sibling entries of one tag and class, each with a
    heading or a time of its own (an AMP live list's ``div class="entry"`` posts), and a box a few levels above them holds
    paragraphs of prose before the entries (the story's lede, set above the feed), trafilatura reads only the entries and
    the lede is lost. The entries lose their class, so the container around lede and feed is read. A feed with no prose
    above it (a live blog that opens with its entries) is left alone.
    """
    xpaths = container_xpaths()
    if xpaths is None:  # pragma: no cover - a trafilatura without the module: nothing to do
        return
    found = _first_container_blocks(tree, xpaths)
    if found is None:
        return
    entries = found[1]
    if len(entries) < _FEED_MIN_POSTS or not all(_headed(el) for el in entries):
        return
    box = parent = entries[0].getparent()
    inside = set(parent.iter())
    for _ in range(_LEDE_LEVELS):
        box = box.getparent()
        if box is None:
            return
        lede = [p for p in box.iter("p") if p not in inside and _words_in(p) >= _LEDE_MIN_WORDS]
        order = {el: i for i, el in enumerate(box.iter())}
        if any(order[p] < order[entries[0]] for p in lede):
            _unclassed(entries)
            return


# A standfirst set between the headline and the text's box (a business paper's "<h1>…</h1><p class="article__dek">The
# <City>-based grocer will become the region's second-largest chain, and …</p>" over the byline, the key points and the
# picture, then "<div class="article-body">"): trafilatura reads the text's box alone, and the story lost the sentence
# that sums it up under its headline. The paragraph right after the headline (``page_columns.titled_headline``: the
# heading the title names), when the box trafilatura reads (``first_container``) stands among its later siblings or
# inside one, is moved to the top of that box: a sentence or two closing on a stop, ``_STANDFIRST_WORDS`` words, no
# link, its words nowhere in the box, the box holding a paragraph of prose (``_LEDE_MIN_WORDS`` words). A byline, a date
# line or a label under the headline ("By <Name> · <date>", "Updated 4:05 p.m.", "Posted in News") closes no sentence
# and stays where it was, and so does a paragraph after a headline inside the text's box (trafilatura reads it there)
# or before a box that is not the text's (a share bar's "content-social-share", which trafilatura passes over).
# The headline and the standfirst may share a header box of their own, the text's box after it: a magazine's "<header
# class="article-header"><h1>…</h1><p class="article-header__deck">After 68 years, … We spent a week at the counter to
# find out …</p><div class="article-header__meta">By …</div></header>" over its hero picture and then "<div
# class="article-body">" (the text's box among the header box's later siblings, or inside one).
# The standfirst may be set as a heading under the headline, the next level down: a paper's "<h1>…</h1><h2
# class="…standfirst">Commissioners approved a $27.8 million, five-year deal … that led the county to end its last
# contract.</h2>" over the byline in its header box, the text's box after it (a paywalled teaser of one paragraph). A
# section's heading closes no sentence; one that does, of ``_STANDFIRST_WORDS`` words, is the deck the template set in a
# heading's type, and is moved as a paragraph (``_STANDFIRST_HEADINGS``). A heading that closes no sentence ("What the
# vote means") stays where it was.
# A paper may print its standfirst with no stop (a British daily's "Internal figures show inspections … fell by a third
# in two years, even as companies were allowed to raise charges to pay for safety work" under the headline): with no
# stop, the page's own summary of the story, its description for search and sharing (``<meta name="description">``,
# ``og:description``, ``twitter:description``), giving the same words, a stop after them at most, tells it for the
# standfirst. A byline, a label or a line the description does not repeat still closes no sentence and stays.
# Or its class names it the standfirst, a word of the class's own (``page_lexicon.STANDFIRST_CLASS_WORDS``), and the
# description, told in other words, shares a clause of it, ``_DESCRIBED_RUN`` words running in the same order: a
# national daily's "<p class="article__deck">With the <Line> shut since June, <Valley> farmers say they may have to
# leave grain in field bunkers until spring</p>" over its byline, the description's "Farmers in the <Valley> say they
# may have to leave grain in field bunkers for months after …". A line under another class ("summary-line",
# "sundeck"), or one the description shares a few words with only ("… piles had rotted through"), stays.
_STANDFIRST_WORDS = (10, 60)
_STANDFIRST_CLASS = re.compile(rf"(?<![a-z])({STANDFIRST_CLASS_WORDS})(?![a-z])", re.IGNORECASE)
_DESCRIBED_RUN = 7
_STANDFIRST_HEADINGS = ("h2", "h3")
_DESCRIPTION_METAS = ("description", "og:description", "twitter:description")


def _described(tree, text: str) -> bool:
    """Whether one of the page's descriptions (``_DESCRIPTION_METAS``) gives ``text``'s words, a stop after them at
    most."""
    key = fold(text).rstrip(".").casefold()
    for meta in tree.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").strip().lower() not in _DESCRIPTION_METAS:
            continue
        if fold(meta.get("content") or "").rstrip(".").casefold() == key:
            return True
    return False


def _described_in_part(tree, text: str) -> bool:
    """Whether one of the page's descriptions (``_DESCRIPTION_METAS``) shares ``_DESCRIBED_RUN`` words of ``text`` in
    a run, in the same order."""
    words = WORD.findall(text.casefold())
    runs = {tuple(words[i : i + _DESCRIBED_RUN]) for i in range(len(words) - _DESCRIBED_RUN + 1)}
    for meta in tree.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").strip().lower() not in _DESCRIPTION_METAS:
            continue
        told = WORD.findall((meta.get("content") or "").casefold())
        if any(tuple(told[i : i + _DESCRIBED_RUN]) in runs for i in range(len(told) - _DESCRIBED_RUN + 1)):
            return True
    return False


def _deck_by_class(tree, standfirst, text: str) -> bool:
    """Whether ``standfirst``'s class names it the deck (``_STANDFIRST_CLASS``) and a description shares a clause of it
    (``_described_in_part``)."""
    return bool(_STANDFIRST_CLASS.search(standfirst.get("class") or "")) and _described_in_part(tree, text)


def _among(boxes: list, container) -> bool:
    """Whether ``container`` is one of ``boxes`` or inside one of them."""
    return any(el is container or any(a is el for a in container.iterancestors()) for el in boxes)


def standfirst_into_text(tree) -> None:
    """The paragraph under the headline, outside the box trafilatura reads the text from, is moved to its top."""
    xpaths = container_xpaths()
    headline = titled_headline(tree)
    if xpaths is None or headline is None:
        return
    standfirst = next_element(headline)
    container = first_container(tree, xpaths)
    if standfirst is None or standfirst.tag not in ("p", *_STANDFIRST_HEADINGS) or container is None:
        return
    if any(a is container for a in headline.iterancestors()) or next(standfirst.iter("a"), None) is not None:
        return
    text = " ".join(" ".join(standfirst.itertext()).split())
    low, high = _STANDFIRST_WORDS
    if not low <= word_count(text) <= high or not (
        _SENTENCE_CLOSE.search(text) or _described(tree, text) or _deck_by_class(tree, standfirst, text)
    ):
        return
    header = standfirst.getparent()
    if not _among(list(standfirst.itersiblings()), container) and not (
        header is not None
        and any(a is header for a in headline.iterancestors())
        and _among(list(header.itersiblings()), container)
    ):
        return
    if not any(_words_in(p) >= _LEDE_MIN_WORDS for p in container.iter("p")):
        return
    if fold(text) in fold(" ".join(container.itertext())):
        return
    remove_keeping_tail(standfirst)
    standfirst.tail = None
    standfirst.tag = "p"  # (a deck set as a heading is read as the paragraph it is)
    container.insert(0, standfirst)


# A bullet summary set between the byline and the text's box, outside it: a trade paper's "<div class="article-summary">
# <h2>What to know:</h2><ul><li>The panel reversed an order sending … to arbitration.</li><li>The case returns to the
# trial court in <City>.</li></ul></div>" over "<div class="article-body">" (a registration wall's preview of three
# paragraphs): trafilatura reads the text's box alone, and the story lost the points it is sold on, told nowhere else on
# the page. The box (``_SUMMARY_BOXES``) is a heading naming a summary (``page_lexicon.BULLET_SUMMARY_HEADINGS``, a colon
# after it or not) and one list of ``_SUMMARY_ITEMS`` items, each a sentence of ``_SUMMARY_ITEM_WORDS`` words with no
# link, and nothing else; the box trafilatura reads (``first_container``) stands among its later siblings (or inside one),
# holds a paragraph of prose and is the only box of its class (a live page's "What to know" over its feed, where the
# first post's body is the first such box, stays where it is). It is moved to the top of that box (under the standfirst, which
# ``standfirst_into_text`` moves after it). A summary the paragraphs tell again (``page_boxes.told_in_paragraphs``: a
# trade site's "Key Points" over the text that says the same, which the earlier sets list as furniture), a machine's
# summary (``MACHINE_SUMMARY_LABELS``), a live page's "What we know" of labels closing no sentence ("Final certified
# margin: 212 votes"), a list of links and a box inside the text's box stay as they were.
_SUMMARY_BOXES = ("div", "section", "aside")
_SUMMARY_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_SUMMARY_HEADING = re.compile(rf"^({BULLET_SUMMARY_HEADINGS})\s*:?$", re.IGNORECASE)
_MACHINE_SUMMARY = re.compile(MACHINE_SUMMARY_LABELS, re.IGNORECASE)
_SUMMARY_ITEMS = (2, 6)
_SUMMARY_ITEM_WORDS = (5, 35)


def _summary_items(box) -> list[str] | None:
    """The items of a bullet summary's box (a summary's heading over one list of sentences, nothing else), or None."""
    parts = elements(box)
    if len(parts) != 2 or parts[0].tag not in _SUMMARY_HEADING_TAGS or parts[1].tag not in ("ul", "ol"):
        return None
    if (box.text or "").strip() or any((el.tail or "").strip() for el in parts):
        return None
    heading = " ".join(" ".join(parts[0].itertext()).split())
    if not _SUMMARY_HEADING.match(heading) or _MACHINE_SUMMARY.search(heading):
        return None
    items = elements(parts[1])
    low, high = _SUMMARY_ITEMS
    if not low <= len(items) <= high or any(li.tag != "li" for li in items):
        return None
    if next(parts[1].iter("a"), None) is not None:
        return None
    texts = [" ".join(" ".join(li.itertext()).split()) for li in items]
    fewest, most = _SUMMARY_ITEM_WORDS
    if not all(fewest <= word_count(t) <= most and _SENTENCE_CLOSE.search(t) for t in texts):
        return None
    return texts


def summary_into_text(tree) -> None:
    """A bullet summary's box between the byline and the box trafilatura reads the text from, outside it, told nowhere
    else on the page, is moved to the top of that box (``_summary_items``)."""
    xpaths = container_xpaths()
    container = first_container(tree, xpaths) if xpaths is not None else None
    if container is None or not any(_words_in(p) >= _LEDE_MIN_WORDS for p in container.iter("p")):
        return
    if (
        container.get("class")
        and len(tree.xpath(f"//{container.tag}[@class=$c]", c=container.get("class"))) > 1
    ):
        return  # (a live page's first post, one of its feed's: the summary heads the feed, not the post)
    inside = set(container.iter())
    for box in list(tree.iter(*_SUMMARY_BOXES)):
        if box in inside or any(a is box for a in container.iterancestors()):
            continue
        if not _among(list(box.itersiblings()), container):
            continue
        items = _summary_items(box)
        if items is None or told_in_paragraphs(items, tree, box):
            continue
        remove_keeping_tail(box)
        box.tail = None
        container.insert(0, box)
        return


_SLIDE_RUN = 3  # captioned figures in a row that make a picture story's slides
_CAPTION_MIN_WORDS = 8  # a caption that tells (a sentence), not a label or a credit
_SLIDE_LEVELS = 2  # how far above the run the box holding the headline may be
_APART = frozenset(("aside", "nav", "footer", "header", "dialog"))


def _words_in(el) -> int:
    return len(WORD.findall(" ".join(el.itertext())))


def _linked_words(elements) -> int:
    """The words of the links inside ``elements``: a block mostly of them is a list of links, not prose."""
    return sum(_words_in(a) for el in elements for a in el.iter("a"))


def _slides(parent) -> list:
    """The captioned figures among ``parent``'s children, when three or more each tell in a sentence."""
    figures = []
    for child in parent:
        if child.tag != "figure":
            continue
        caption = next(child.iter("figcaption"), None)
        if caption is not None and _words_in(caption) >= _CAPTION_MIN_WORDS:
            figures.append((child, caption))
    return figures if len(figures) >= _SLIDE_RUN else []


def _story_box(parent):
    """The box a few levels above the run that holds the page's headline, None when the run stands apart
    from the story (an aside's or a hidden lightbox's carousel, a footer's gallery)."""
    box = parent
    for _ in range(_SLIDE_LEVELS + 1):
        if box is None:
            return None
        if next(box.iter("h1"), None) is not None:
            break
        box = box.getparent()
    else:
        return None
    for el in (parent, *parent.iterancestors()):
        if el.tag in _APART or el.get("hidden") is not None or (el.get("aria-hidden") or "") == "true":
            return None
        if (el.get("role") or "") == "dialog" or "lightbox" in el.tag:
            return None
    return box


def slide_captions_as_paragraphs(tree) -> None:
    """A picture story's slides become paragraphs of their captions.

    trafilatura leaves figures out, captions and all: on a picture story (an agency's or a paper's photo
    essay: a few paragraphs and a run of captioned pictures) the captions are the story's text. A run of
    three or more sibling figures, each captioned in a sentence (``_CAPTION_MIN_WORDS``), within a couple of
    levels (``_SLIDE_LEVELS``) of the box holding the headline, never inside an aside, a header, a footer
    or a hidden box, counts as slides when they are at least as many as the paragraphs of prose around
    them in that box: each figure is replaced by its caption as a ``<p>`` (the picture, its counter and
    its buttons go). An article's gallery of a few pictures beside many paragraphs stays a figure.
    """
    from lxml import etree

    runs = []
    for parent in {
        id(f.getparent()): f.getparent() for f in tree.iter("figure") if f.getparent() is not None
    }.values():
        slides = _slides(parent)
        if not slides:
            continue
        box = _story_box(parent)
        if box is None:
            continue
        prose = sum(
            1
            for p in box.iter("p")
            if _words_in(p) >= _CAPTION_MIN_WORDS and next(p.iterancestors("figure"), None) is None
        )
        if len(slides) >= prose:
            runs.append(slides)
    for slides in runs:
        for figure, caption in slides:
            paragraph = etree.Element("p")
            paragraph.text = caption.text
            for child in list(caption):
                paragraph.append(child)
            paragraph.tail = figure.tail
            figure.getparent().replace(figure, paragraph)


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
# default mode alone, as is a page of more than ``FULL_ELEMENTS``: the second and third passes would
# triple the time. Below both, the three modes run.
LARGE_PAGE_CHARS = 1_000_000
FULL_ELEMENTS = 5_000
_KEPT_SCRIPTS = ("json",)  # JSON-LD and other JSON data stay: metadata (and dates) are read from them


def _slim(tree) -> None:
    """Set aside what a reader never sees and trafilatura drops anyway: script code, styles, SVG drawings.

    Only on large pages (``LARGE_PAGE_CHARS``), so an ordinary page reaches trafilatura untouched.
    """
    for el in list(tree.iter("script", "style", "svg", "{http://www.w3.org/2000/svg}svg")):
        if el.tag == "script" and any(k in (el.get("type") or "").lower() for k in _KEPT_SCRIPTS):
            continue
        remove_keeping_tail(el)


def _page_size(tree, html: str) -> tuple[int, int]:
    """(elements, markup characters) of a parsed page, slimmed first when large (``_slim``)."""
    from lxml import etree

    if len(html) > LARGE_PAGE_CHARS:
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


def readable_tree(html: str):
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
    linked = link_hosts(tree)  # (before any box goes: ``drop_button_cards`` reads the sender's links)
    mark_menu_columns(tree)  # (before any box goes: a menu's own block may go as a box of links)
    keep_unrepeated_pull_quotes(tree)
    keep_attached_text(tree)
    keep_embedded_tables(tree)
    keep_prose_asides(tree)
    keep_quote_figures(tree)
    drop_embed_placeholders(tree)
    drop_alert_banners(tree)
    drop_sold_named_cards(tree)  # (before the offer boxes go: a priced card makes the series)
    drop_offer_boxes(tree)
    drop_shop_boxes(tree)
    drop_call_boxes(tree)
    drop_choice_boxes(tree)
    drop_bar_charts(tree)
    drop_form_boxes(tree)
    drop_pager_links(tree)
    drop_story_listings(tree)  # (before the cards for other pages go: they make the run)
    drop_headline_buttons(tree)
    drop_link_cards(tree)
    drop_button_cards(tree, linked)
    drop_labelled_name_cards(tree)
    drop_labelled_blurb_cards(tree)
    drop_teaser_cards(tree)
    drop_named_picture_cards(tree)
    drop_run_in_name_cards(tree)
    drop_preview_cards(tree)
    drop_posting_walls(tree)
    drop_reply_runs(tree)
    drop_comment_sections(tree)
    drop_reply_threads(tree)
    drop_thread_replies(tree)
    drop_listed_posts(tree)
    drop_thread_lists(tree)
    drop_event_listings(tree)  # (before the rail's other widgets go: they make it a rail)
    drop_headed_link_lists(tree)
    drop_other_pages_tables(tree)
    drop_resource_boxes(tree)
    drop_labelled_link_boxes(tree)
    drop_menu_cells(tree)
    drop_sponsor_boxes(tree)
    drop_paid_link_boxes(tree)
    drop_paid_link_calls(tree)
    drop_repeated_action_tails(tree)
    drop_note_lists(tree)
    # (a list archive's replies by their header tables, before the tables of short fields go)
    title = tree.find(".//title")
    drop_header_replies(tree, title.text_content() if title is not None else None)
    drop_field_lists(tree)
    drop_rating_tables(tree)
    drop_fact_boxes(tree)
    drop_labelled_fact_tables(tree)
    drop_glance_boxes(tree)
    drop_tip_boxes(tree)
    drop_wish_list_boxes(tree)
    drop_appeal_boxes(tree)
    drop_boxes_after_end_mark(tree)
    drop_look_back_boxes(tree)
    drop_info_bands(tree)
    drop_about_boxes(tree)
    drop_site_notes(tree)
    drop_classed_first_published(tree)
    drop_chapter_lists(tree)
    drop_translation_boxes(tree)
    drop_credited_captions(tree)
    drop_small_type_captions(tree)
    drop_classed_captions(tree)
    drop_picture_tables(tree)
    drop_clip_blurbs(tree)
    drop_line_up_boxes(tree)
    drop_field_line_boxes(tree)
    drop_live_blog_table_widgets(tree)
    drop_tally_boxes(tree)
    drop_media_titles(tree)
    drop_italic_captions(tree)
    drop_italic_taglines(tree)
    drop_header_summaries(tree)
    drop_masthead_taglines(tree)
    drop_logo_taglines(tree)
    drop_picture_cards(tree)
    drop_profile_cards(tree)
    drop_poster_titles(tree)
    title = tree.find(".//title")
    drop_reply_posts(tree, title.text_content() if title is not None else None)
    inline_buttons_as_text(tree)
    footnotes_without_back_links(tree)
    numbered_footnotes_as_text(tree)
    mark_side_box_columns(tree)  # (while the layout table's cells are still cells)
    layout_tables_as_boxes(tree)
    opening_text_of_wrappers(tree)
    closing_runs_of_wrappers(tree)
    table_tails_as_paragraphs(tree)
    slide_captions_as_paragraphs(tree)
    leading_text_as_paragraph(tree)
    leaf_divs_as_paragraphs(tree)
    drop_caps_as_text(tree)
    feeds_as_sections(tree)
    wrapper_article_as_box(tree)
    split_containers_as_one(tree)
    sectioned_containers_as_one(tree)
    rowed_containers_as_one(tree)
    feed_entries_under_lede(tree)
    summary_into_text(tree)  # (once the box trafilatura reads is settled; under the standfirst moved next)
    standfirst_into_text(tree)  # (once the box trafilatura reads is settled)
    return tree, elements


# -- a pop-up hidden on load ------------------------------------------------------------------------

_DIALOG_KEEP_WORDS = 150  # words of article left outside the dialogs: the article is not in one
_DIALOG_LINE_WORDS = 6  # a line this long found inside a hidden dialog's text is the dialog's, even cut


def without_dialog_lines(text: str, tree) -> str:
    """``text`` without the lines of a pop-up hidden on load (``page_boxes.hidden_dialog_text``): a block
    of the dialog, or a line of ``_DIALOG_LINE_WORDS`` words or more inside its text, that the page does
    not also show outside its dialogs (an image viewer's caption repeating the headline). Unless what is
    left is short and less than half the text (a page showing its article in a dialog): then nothing goes.
    """
    blocks, whole = hidden_dialog_text(tree)
    if not blocks:
        return text
    lines = text.split("\n\n")
    keys = [fold(line) for line in lines]
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
    left = word_count("\n".join(kept))
    if left < _DIALOG_KEEP_WORDS and left * 2 < word_count(text):
        return text
    return "\n\n".join(kept)


def without_contact_boxes(text: str, tree) -> str:
    """``text`` without the lines of a press office's contact box after the text (``page_boxes.contact_box_lines``):
    its name, office and number, read even when trafilatura left out the box's heading."""
    lines = contact_box_lines(tree)
    if not lines:
        return text
    return "\n\n".join(line for line in text.split("\n\n") if fold(line) not in lines)


def without_side_columns(text: str, tree) -> str:
    """``text`` without the lines of a side column of boxes (``page_columns.mark_side_box_columns``): a
    line inside the column's text that the page does not show more often outside it. Run after the cleanup, which
    reads the column's boxes beside the story's own after the text."""
    columns = side_column_text(tree)
    if not columns:
        return text
    page, inside = f" {page_text(tree)} ", f" {columns} "
    # (and with no spaces: a list item's link and the date in its own element run together as trafilatura reads
    # them, "- Troop A Arrests Two … Hollis County11/12/2024")
    page_squeezed, inside_squeezed = _squeezed(page), _squeezed(inside)

    def in_column(line: str) -> bool:
        key = f" {fold(line)} "
        if key.strip() != "" and key in inside and page.count(key) <= inside.count(key):
            return True
        squeezed = _squeezed(fold(line))
        return (
            squeezed != ""
            and squeezed in inside_squeezed
            and page_squeezed.count(squeezed) <= inside_squeezed.count(squeezed)
        )

    return "\n\n".join(line for line in text.split("\n\n") if not in_column(line))


# A bar the page sets above its headline, outside the block that holds the headline and the story: a sports league's
# CMS sets its fields' status there ("<div id="fieldStatusBar">Field status (updated 7:15 a.m.): All <Park> fields
# OPEN</div>" over the columns, the headline an ``<h2>`` the title names), a portal its market ticker, a paper its
# weather and edition line, a site its breadcrumb. With no article container, trafilatura reads it as the text's first
# line. A story opens at its headline: the lines opening the text that the page shows only before the headline (the
# heading whose words are the title, ``page_columns.titled_headline``), outside the nearest block around the headline
# that holds the text's first sentence read after it, are the page's top, when none closes a sentence
# (``SENTENCE_CLOSE``) or a salutation (a comma: a newsletter's "Hi neighbors," over its letter), none is a table's row
# (a match report's scorecard above its headline is the page's data, not a bar) and none runs past ``_BAR_WORDS`` words.
# A kicker or a standfirst inside the headline's block, a notice in sentences ("The following article appeared in …"), a
# line the page shows after the headline too, and a page whose headline no heading names, stay.
_BAR_WORDS = 40
_PAGE_TEXT_NODES = "text()[not(ancestor::script or ancestor::style)]"


def _folded_text(el, axis: str) -> str:
    """The text of ``el`` along ``axis`` ("preceding::", "following::", ".//"), scripts and styles left out, folded and
    spaced at both ends (a line is looked up in it whole)."""
    return f" {fold(' '.join(el.xpath(f'{axis}{_PAGE_TEXT_NODES}')))} "


def _bar_line(line: str) -> bool:
    """A line that could be a bar: no sentence's end, no salutation's comma, no table's row, ``_BAR_WORDS`` words at
    most."""
    line = line.strip()
    if SENTENCE_CLOSE.search(line) or line.endswith(",") or line.startswith("|"):
        return False
    return 0 < word_count(line) <= _BAR_WORDS


def without_bars_above_headline(text: str, tree) -> str:
    """``text`` without its opening lines that the page shows only above its headline, outside the headline's block
    with the story, none of them a sentence (``_bar_line``)."""
    headline = titled_headline(tree)
    if headline is None:
        return text
    lines = text.split("\n\n")
    keys = [f" {fold(ln)} " for ln in lines]
    before, after = _folded_text(headline, "preceding::"), _folded_text(headline, "following::")
    told = (k for ln, k in zip(lines, keys, strict=True) if k.strip() and SENTENCE_CLOSE.search(ln.strip()))
    first = next((k for k in told if k in after), None)
    if first is None:
        return text
    block = next((a for a in headline.iterancestors() if first in _folded_text(a, ".//")), None)
    if block is None:
        return text
    inside = _folded_text(block, ".//")
    bars = 0
    for line, key in zip(lines, keys, strict=True):
        if key in after or key in inside or key not in before or not _bar_line(line):
            break
        bars += 1
    return "\n\n".join(lines[bars:])


def _squeezed(text: str) -> str:
    """``text`` with no spaces: words the markup set apart, or ran together, compare alike."""
    return "".join(text.split())


def without_key_points(text: str, tree) -> str:
    """``text`` without the lines of a key-points box above the text (``page_boxes.key_points_lines``): a summary the
    paragraphs tell again, read twice."""
    lines = key_points_lines(tree)
    if not lines:
        return text
    return "\n\n".join(line for line in text.split("\n\n") if fold(line) not in lines)


# -- a list between the text's paragraphs -----------------------------------------------------------


# On a page with no article container trafilatura reads the loose paragraphs only, and the lists between them are merged
# from its recall mode under the text's shape (``page_merge``): prose on both sides, or a lead-in after prose. A county
# release's "The Engineer's Office has closed the following roads because of high water:" under a bold "Road closures"
# and over "Do not drive around barricades." (14 and 5 words) stood between two lines too short for prose, and its list
# of closed roads was lost. The markup says what the text's shape cannot: a list with no link in it whose nearest
# elements before and after it, in one parent, are ``<p>`` paragraphs the text holds is set among the story's
# paragraphs, wherever it stands in them. A menu or a rail is a list of links; a list beside the text (its neighbours
# a heading, a box, nothing) is left to the shape's rules, and so is a list nested in another.
def _neighbour(el, preceding: bool = False):
    """The nearest element sibling of ``el`` (before it when ``preceding``), comments passed over, or None."""
    for sib in el.itersiblings(preceding=preceding):
        if isinstance(sib.tag, str):
            return sib
    return None


def lists_between_paragraphs(tree, text: str) -> frozenset[str]:
    """The items (folded) of every list with no link and no list in it whose nearest elements before and after it, in
    its parent, are ``<p>`` paragraphs among ``text``'s lines."""
    lines = {fold(ln) for ln in text.split("\n\n") if ln.strip()}
    items: set[str] = set()
    for box in tree.iter("ul", "ol"):
        if next(box.iter("a"), None) is not None or box.find(".//li//li") is not None:
            continue
        around = (_neighbour(box, preceding=True), _neighbour(box))
        if any(p is None or p.tag != "p" or fold(" ".join(p.itertext())) not in lines for p in around):
            continue
        items.update(fold(" ".join(li.itertext())) for li in box.iter("li"))
    return frozenset(items - {""})


# -- another mode's blocks from beside the main box --------------------------------------------------

# A page that marks its main box (``<main>``, ``role="main"``) and whose text trafilatura read inside it: a block that
# another mode finds only outside that box is the page's side column, not a part of the story its default reading
# missed. An old forum layout sets its community's description and rules in a side column, in the same classes as the
# post's body ("usertext-body md"), and the precision mode read that box instead of the post: "Welcome to …, the
# community for …", "- Paywalled articles must include the full text …" were merged above the story. A page with no
# main box, or with two, or whose text lies mostly outside it, merges as before.
_MAIN_XPATH = "//main | //*[@role='main']"


def _main_box(tree):
    """The page's one main box (``_MAIN_XPATH``; one inside another counts once), or None."""
    boxes = tree.xpath(_MAIN_XPATH)
    outer = [box for box in boxes if not any(a in boxes for a in box.iterancestors())]
    return outer[0] if len(outer) == 1 else None


def without_side_blocks(other: str, text: str, tree) -> str:
    """``other`` (another mode's reading, to be merged into ``text``) without its blocks that the page shows only
    outside its main box, when half of ``text``'s blocks or more are read inside that box."""
    main = None if tree is None else _main_box(tree)
    if main is None:
        return other
    inside = f" {fold(' '.join(main.itertext()))} "
    lines = [ln for ln in text.split("\n\n") if ln.strip()]
    if 2 * sum(f" {fold(ln)} " in inside for ln in lines) < len(lines):
        return other
    page = f" {page_text(tree)} "

    def beside(line: str) -> bool:
        key = fold(line)
        return bool(key) and f" {key} " not in inside and f" {key} " in page

    return "\n\n".join(ln for ln in other.split("\n\n") if ln.strip() and not beside(ln))
