"""Page furniture: names the page prints that are no actors of the story.

Photo credits and bylines, reporters' credits, links to other stories, photo captions and lists of
entries (award winners, line-ups): the passes here run first and drop those mentions (a list also
turns its name-shaped leads into people), so later passes never count them as repeats of a name.
"""

from __future__ import annotations

import re

from bot.nlp.actors.build import Build, drop_mentions, span_chars
from bot.nlp.actors.evidence import opens_with_given_name, paragraph_bounds, word_hits
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    CAPTION_AGENCIES,
    CAPTION_OPENERS,
    CAPTION_WORDS,
    CONTACT_AFTER,
    CONTRIBUTOR_AFTER,
    CONTRIBUTOR_BEFORE,
    CONTRIBUTOR_RUN,
    CREDIT_CUES,
    GIVEN_NAMES,
    IRISH_PARTICLES,
    LINK_LABELS,
    NAME_PARTICLES,
    REFERENCE_MARKS,
    STAFF_AFTER,
    WRITER_LABELS,
    WRITER_LINE_WORDS,
    WRITER_TAGLINE,
    WRITER_TAGLINE_PROOF,
)
from bot.nlp.actors.names import Mention, normalise_name, strip_possessive

_CREDIT_BEFORE = re.compile(CREDIT_CUES, re.I)
_LINK_LINE = re.compile(rf"\s*{LINK_LABELS}", re.I)
_CREDIT_AFTER = re.compile(r"\s*/")
# The paper's note on the print edition under a story, which repeats its print headline: no person of the story.
_PRINT_NOTE = re.compile(
    r"\s*A version of this (?:article|story|review|column) (?:appears|appeared) in print\b", re.I
)
_CONTRIBUTOR_BEFORE = re.compile(CONTRIBUTOR_BEFORE, re.I)
# A reporter's credit ("With files from …"), read for quotes' sign-offs too.
CREDIT_RUN = re.compile(CONTRIBUTOR_RUN, re.I)
_CONTRIBUTOR_AFTER = re.compile(CONTRIBUTOR_AFTER, re.I)
_STAFF_AFTER = re.compile(STAFF_AFTER)
_CONTACT_AFTER = re.compile(CONTACT_AFTER, re.I)
STAFF_TAIL = 800  # characters at the end of an article where "X is a … reporter" is the writer's tagline


def drop_credits(b: Build) -> None:
    """A name in a photo credit or byline ("Jane Doe / The Canadian Press", "Photo: Jane Doe"), a
    reporter's credit ("With files from Jane Doe", "Additional reporting by Ana Ruiz, Tom Lee and Jane Doe
    in Singapore", "Jane Doe contributed to this report", "Jane Doe is a Toronto-based reporter …" at the
    end), a contact line ("Jane Doe can be reached at jdoe@paper.com") or a link to another story
    ("READ MORE: Jane Doe faces …") is no actor of this one; nor a time stamp's label the model took for one
    ("Updated Sep 15, 2025"), nor a name in the writer's box ("ABOUT THE AUTHOR Jane Doe Reporter …")."""
    text = b.text
    runs = [(hit.start(), hit.end()) for hit in CREDIT_RUN.finditer(text)]

    def keep(m: Mention) -> bool:
        if m.label != "PERSON" and not opens_with_given_name(m.norm):
            return True  # (a name the model tagged a body is read too: "Aoife Ní Bhriain" under the headline)
        a, e = span_chars(b.doc, m)
        if any(s <= a < t for s, t in runs):
            return False
        # "Updated Sep 15, 2025": a time stamp's label and month; "| Photo Credit: …", a credit's label
        if _STAMP_WORDS.match(m.norm) or m.norm.lower() in _CREDIT_LABELS:
            return False
        if _ABOUT_THE_WRITER.match(text, text.rfind("\n", 0, a) + 1):
            return False  # "ABOUT THE AUTHOR Hannah Pelley Reporter Hannah Pelley is a reporter with …"
        if (
            "/" in m.surface
            or _CREDIT_AFTER.match(text, e)
            or text[max(0, a - 3) : a].rstrip().endswith("/")
            or _EMAIL_ENDING_LINE.match(text, e)  # "Carla Ruiz cruiz@miamiherald.com" under a caption
        ):
            return False
        if _LINK_LINE.match(text, text.rfind("\n", 0, a) + 1) or _PRINT_NOTE.match(
            text, paragraph_bounds(text, a)[0]
        ):
            return False  # (a print note: "A version of this article appears in print on … with the headline: …")
        if _CONTRIBUTOR_BEFORE.search(text[max(0, a - 40) : a]) or _CONTRIBUTOR_AFTER.match(text, e):
            return False
        if _CONTACT_AFTER.match(text, e) or _CONTACT_LINES.match(text, paragraph_bounds(text, a)[0]):
            return False  # ("To contact the reporter on this story:" over "Jane Doe in New York at jdoe@…")
        if a >= len(text) - STAFF_TAIL and _STAFF_AFTER.match(text, e):
            return False
        if _byline(text, a, e):
            return False
        if _COLON_CREDIT.search(text, max(0, a - 40), a) and text.startswith(")", e):
            return False
        if _PAREN_CREDIT_BEFORE.search(text, max(0, a - 6), a) and _PAREN_CREDIT_AFTER.match(text, e):
            return False
        if _in_a_readers_comment(text, m.norm, a, e) or m.norm.split()[-1] in _DESK_WORDS:
            return False  # "by Ledger Staff"
        return not _CREDIT_BEFORE.search(text[max(0, a - 30) : a])

    drop_mentions(b, keep)
    _exclude_writers_boxes(b)
    _drop_outlet_names(b)


# The outlet a credit names: "(Jen Albanese/Patch)" or a byline's "Patch Staff" (one capitalised word).
_OUTLET_CREDIT = re.compile(r"/\s*([A-Z][a-z]+)\)|\b([A-Z][a-z]+) Staff\b")


def _drop_outlet_names(b: Build) -> None:
    """A "person" whose name holds the one-word outlet a credit names ("(Jen Albanese/Patch)", "Patch Staff" beside
    "Subscribe to Westbury Glen Patch" read as "Glen Patch") is the outlet's furniture: the page's own name."""
    outlets = {w for hit in _OUTLET_CREDIT.finditer(b.text) for w in hit.groups() if w}
    if not outlets:
        return
    drop_mentions(b, lambda m: m.label != "PERSON" or not outlets & set(m.norm.split()))
    drop_mentions(b, lambda m: m.label != "PERSON" or not _SEPARATORS & set(m.surface))


# Characters a page separates its labels with ("Lisa M. · Neighbor · 4h ago"): never inside a name.
_SEPARATORS = frozenset("·|•")


def _exclude_writers_boxes(b: Build) -> None:
    """Every word of a writer's box ("ABOUT THE AUTHOR Jane Doe Reporter Jane Doe is …") is out of the later passes'
    reach: a name there the model left untagged is no person of the story either."""
    text = b.text
    for hit in _ABOUT_THE_WRITER.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start != hit.start():
            continue  # (only a box's label opening its paragraph)
        end = text.find("\n", hit.end())
        span = b.doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
        if span is not None:
            b.excluded.update(range(span.start, span.end))


BYLINE_TOP = 600  # characters at the start of an article where "Jane Doe · CBC News" is the byline
SIGN_OFF_TAIL = 300  # characters at the end where "— Jane Doe, staff writer" signs the story off
_BY_LEAD = re.compile(
    r"(?:^|[.!?]\s+|[/|•]\s*)(?:By|BY):?\s+$"
)  # "ABC Esperance / By Jane Doe", "By: Jane Doe" too
_WRITER_LABEL = re.compile(rf"\W*(?i:{WRITER_LABELS})$")
# The writer's line under the headline, a paragraph of its own once the paste's lines are joined: the
# name, then the paper or the desk ("Nate Abernathy-Sousa Florida Times-Union", "Marisa Tolentino-Greer
# Senior Reporter", "Megan Osterhout Seattle Times business reporter") or the time stamp ("Mike
# Ganassi-Flood Published Jan 14, 2025 • 4 minute read"). No sentence: nothing ends in a full stop.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A day of the year as bylines, stamps and comments write it: "Nov 3, 2025", "March 4 2025"; or the day first, "14 Oct
# 2025" (``_DAY_OF_YEAR``).
_MONTH_DAY_YEAR = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
_DAY_OF_YEAR = rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH_DAY_YEAR})"
# No sentence's end: a full stop only inside a time ("18.02").
_NO_STOP = r"(?:[^.!?]|(?<=\d)\.(?=\d))"
# The day and time the desk's line gives after the writer's title, the lines joined ("Staff Writer Nov 3, 2025, 04:12 PM
# ET", "Political correspondent Tue 14 Oct 2025 18.02 BST", "Resources Reporter 4:38PM November 10, 2025").
_TIME_STAMP = (
    rf"(?:(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[AP]M)?\s+)?(?:[A-Z][a-z]{{2}},?\s+)?"
    rf"{_DAY_OF_YEAR}{_NO_STOP}{{0,20}})"
)
_WRITER_LINE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*"
    r"(?:\s+(?:Published|Updated|Posted)\b.*"
    # the outlet, then the day it ran ("Sipho Ndlovu News24 02 Dec 2025 | 14:35", the lines joined)
    rf"|\s+(?:[A-Z][\w&'’-]*\s+){{0,3}}{_DAY_OF_YEAR}\b[^.!?]{{0,20}}"
    rf"|(?={_NO_STOP}*$)[\s,|•·/–—-]+(?:[\w&'’-]+\s+){{0,5}}(?i:[\w&'’-]*\b{WRITER_LINE_WORDS})\b"
    rf"(?:{_NO_STOP}{{0,20}}|\s+{_TIME_STAMP}))$"
)
# "APTN National News | Jane Doe": the outlet, a bar, the writer; "Jane Doe" ¶ "Today at 09:42": a name
# alone over the time stamp.
_OUTLET_BAR = re.compile(r"[^.!?\n]{2,60}\s[|•]\s*")
_STAMP = re.compile(r"\s*(?:Published|Updated|Posted)\b")
# A writer's box under the story, its lines joined into one paragraph: "ABOUT THE AUTHOR Jane Doe Reporter …".
_ABOUT_THE_WRITER = re.compile(r"(?i:about the (?:authors?|writers?|reporters?))\b")
_STAMP_WORDS = re.compile(rf"(?:Published|Updated|Posted|Modified)\s+{_MONTH}$")
_STAMP_PARAGRAPH = re.compile(
    r"\s*\n\s*(?:(?:Published|Updated|Posted|Today|Yesterday)\b|\d{1,2}[:.]\d{2}\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d\d\b)"
)
# "Jack Morrissey and Tahlia Beck" ¶ "March 9, 2025 - 6:15PM": two writers' names alone on the line over the stamp.
_NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"
_NAMES_LINE = re.compile(rf"{_NAME_WORDS}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME_WORDS})+")
_DAY_STAMP = re.compile(rf"\s+{_DAY_OF_YEAR}\b")
_TAGLINE = re.compile(WRITER_TAGLINE)
_TAGLINE_PROOF = re.compile(WRITER_TAGLINE_PROOF)
# "(ABC Esperance: Jane Doe)": a picture's credit after its caption, the name closing the parentheses.
_COLON_CREDIT = re.compile(r"\(\s*[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}:\s*$")
# "(ABC Esperance: Jane Doe)": see above; "… in the dining room. (Jane Doe)": a name alone in parentheses
# after a caption's last sentence, closing the line, is its photographer.
_PAREN_CREDIT_BEFORE = re.compile(r"[.!?][\"”’]?\s*\(\s*$")
_PAREN_CREDIT_AFTER = re.compile(r"\s*\)\s*(?:\n|$)")
# after "By Jane Doe": a dot, a wide gap, or the writer's address ("By Jane Doe jdoe@paper.com")
_BYLINE_TAIL = re.compile(
    r"\s*·|\s{2,}\S|\s+[\w.+-]+@[\w-]+\.\S+\s*$|"
    # where the writer filed from: "By Gareth Pryce at Prenton Park", "By Ada Obi in Lagos"
    r"\s+(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*$"
)
# A reader's comment under the story, its author's name over the day it was posted ("Gary Pfeiffer says: March 4, 2025
# at 9:12 am", the lines joined), or beside how long ago ("Terri Vlach - 2 hours ago", "Sue M. · 1 day ago"), as blog
# and news sites print them: no one in the story.
_COMMENT_AUTHOR_AFTER = re.compile(
    rf"\s+(?:says|said|wrote|writes|replied|commented)\s*:\s*(?:on\s+)?(?:{_MONTH_DAY_YEAR}"
    r"|\d{1,2}/\d{1,2}/\d{2,4})"
)
# A comment's stamp of how long ago, after a mark: " - 2 hours ago", " · 1 day ago".
_AGO_STAMP = r"[ \t][-–—·•|][ \t]+\d{1,2}[ \t]+(?:minute|min|hour|hr|day|week|month|year)s?[ \t]+ago"
# (read from the name's first letter: the model may take the dash and the number into the name)
_COMMENT_AUTHOR_AGO = re.compile(rf"[^!?\n]{{2,40}}?[ \t]*{_AGO_STAMP}\b")
_AGO_BEFORE = re.compile(rf"{_AGO_STAMP}\s+$")


def _in_a_readers_comment(text: str, name: str, a: int, e: int) -> bool:
    """A comment's author over its stamp ("Gary Pfeiffer says: March 4, 2025 at 9:12 am", "Terri Vlach - 2 hours ago"),
    or a one-word name opening its text, the lines joined ("J. Swanson - 1 hour ago Glad he's ok")."""
    if _COMMENT_AUTHOR_AFTER.match(text, e) or _COMMENT_AUTHOR_AGO.match(text, a):
        return True
    if _name_line_under_comments(text, a, e):
        return True
    return " " not in name and _AGO_BEFORE.search(text, max(0, a - 24), a) is not None


def _name_line_under_comments(text: str, a: int, e: int) -> bool:
    """A name alone on its line below the page's comments heading ("Comments" ¶ "To encourage thoughtful …" ¶ "Doug
    Thibault" ¶ "Fix it right the first time."): a commenter's, in the paste's last three fifths."""
    start, end = text.rfind("\n", 0, a) + 1, text.find("\n", e)
    end = len(text) if end < 0 else end
    lo = len(text) * 2 // 5  # (comments close a page: the heading in its last three fifths)
    if text[start:a].strip() or text[e:end].strip() or a < lo:
        return False
    return any(p.search(text, lo, start) is not None for p in (_COMMENTS_HEADING, _COMMENT_POLICY))


# The page's heading over its readers' comments, a line of its own: "Comments", "12 Comments", "Comments (4)"; or the
# site's rule for them over the first ("To encourage thoughtful and respectful conversations, first and last names will
# appear with each submission …", the heading itself cleaned away as a page's label).
_COMMENTS_HEADING = re.compile(r"(?m)^(?:\d+ )?(?:Comments|COMMENTS|Reader comments)(?: \(\d+\))?\s*$")
_COMMENT_POLICY = re.compile(
    r"(?mi)^[^\n]*\b(?:respectful|civil|thoughtful)\b[^\n]*\b(?:conversations?|comments?|commenting|discussions?)\b"
    r"[^\n]*\b(?:submissions?|guidelines|pseudonyms?|moderat\w+|names)\b[^\n]*$"
)


# A credit's label the model took for a name ("… on Monday. | Photo Credit: Rejith Menon").
_CREDIT_LABELS = frozenset(
    {"photo credit", "image credit", "photo courtesy", "picture credit", "photo credits"}
)
# A newsroom's desk signing as a writer ("by Ledger Staff", "Metro Desk"): a name ending so is no person.
_DESK_WORDS = frozenset({"Staff", "Desk", "Newsroom", "Editors"})
# A broadcaster's credit closing its video's blurb: "… so their new landlord can renovate. Simran Gill reports."
# (a date after it: "… Jordan Pike reports. – Aug 12, 2025", the video's)
_REPORTS = re.compile(
    rf"\s+(?:reports|has (?:the|more)(?: details| story)?)\.(?:\s*[–—-]\s*{_MONTH_DAY_YEAR})?\s*$"
)
# What may follow a writer's name in a paragraph of its own under the headline: nothing, or the paper
# after a bar or a comma, or opening with "The" ("Samira Abdi-Ferreira The Hamilton Spectator"); no
# sentence, no headline ("Dana Roy Wins Her Seat").
_NAME_PARAGRAPH_TAIL = re.compile(
    r"(?:(?:\s*[,|•·/–—-]\s*|\s+(?=The\s))(?:[A-Z][\w&'’.-]*\s*){1,5})?\s*(?<![.!?])"
)
_SIGN_OFF_DASH = re.compile(r"\s*[—–-]\s*")
_CONTRIBUTING = re.compile(r"\s*(?i:contributing)\s*:\s*")
# ", Register staff writer", ", The Canadian Press correspondent": the desk of whoever signs the story off
# (not ", one of the holdouts", a speaker named after a quote).
_NEWSROOM_TAIL = re.compile(
    r",\s*(?:[\w.&’'-]+\s+){0,4}(?:writer|reporter|correspondent|editor|contributor|journalist)s?\b", re.I
)


# A wire's closing contacts, the names on the lines under the label: "To contact the reporter on this story:", "To contact
# the editors responsible for this story:".
_CONTACT_LINES = re.compile(r"\s*To contact the (?:reporters?|editors?|authors?)\b[^\n]*:")
# A writer's line at the top naming where the story was filed: "Daniel Furlong in London", a name alone but for it.
_FILED_IN = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*")
# Two or more writers, each with the town filed from, as the whole line at the top ("Oskar Lindgren in Stockholm and
# Hannah Weatherby in London"): the writers' line, every name on it.
_FILED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_FILED_NAMES_LINE = re.compile(rf"\s*{_FILED_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_FILED_NAME})+\s*")
# A photographer's credit under a caption: the name, then the e-mail address, ending the line ("… unsafe. Carla Ruiz
# cruiz@miamiherald.com").
_EMAIL_ENDING_LINE = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\n|$)")
# "From Chinedu Anozie, Awka", "Story: Abena Owusu-Dankwah, Asankrom": a correspondent's line, the town filed from.
_FROM_LEAD = re.compile(r"\s*From\s+$")
_FILED_FROM = re.compile(r"\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*")
# A writer's box headed by the name ("About Camille Ostrander" ¶ "Camille Ostrander is a staff writer covering …").
_ABOUT_NAME = re.compile(r"\s*About\s+")


def _writers_box_of(text: str, a: int, e: int) -> bool:
    """The name at ``a``..``e`` heads a writer's box at the story's end ("About Camille Ostrander"), or opens the line
    right under that heading (her tagline, "Camille Ostrander is a staff writer covering …")."""
    if a < len(text) - STAFF_TAIL:
        return False
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    if _ABOUT_NAME.fullmatch(text, start, a) and not text[e:end].strip():
        return True
    return start == a and text[:start].rstrip().rsplit("\n", 1)[-1].strip() == f"About {text[a:e]}"


def _byline(text: str, a: int, e: int) -> bool:
    """The name at ``a``..``e`` signs the story: "By Dana Mercer" or "By Dana Mercer  The Canadian Press"
    (at a line's start or after the standfirst's last sentence), "Lena Marchetti · CBC News · Posted: …"
    opening a line at the top, or "— Carter Nguyen, Register staff writer" / "Contributing: Jordan Ellis"
    ending the story. At the top, the writer's line ("Dana Mercer Florida Times-Union", see
    ``_WRITER_LINE``) or a labelled name ("Author: Dana Mercer"); at the top or the end, the writer's
    tagline ("Dana Mercer covers City Hall for the Times-Union"). A name opening a sentence of the story
    ("Jane Doe said …"), a speaker named after a quote ("— Carla Whitfield, one of the holdouts") and a
    name alone on a line at the top are none of these (our older sets count such bylines as people, GGT
    does not), unless an outlet and a bar come before it ("APTN National News | Dana Mercer") or a time
    stamp is the next paragraph ("Dana Mercer" ¶ "Today at 09:42", "Jack Morrissey and Tahlia Beck" ¶ "March 9,
    2025")."""
    while e > a and text[e - 1] in " ·•|":
        e -= 1  # the model took the bar after the name in ("Karina Dueck ·")
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    before, after = text[start:a], text[e:end]
    if (not before.strip() or before.rstrip().endswith((".", "!", "?"))) and _REPORTS.fullmatch(after):
        return True
    top, tail = a < BYLINE_TOP, end >= len(text) - STAFF_TAIL
    if (top or tail) and (not before.strip() or before.rstrip().endswith((".", "!", "?"))):
        if _TAGLINE.match(after) and _TAGLINE_PROOF.search(text, e, end):
            return True
    if top and not before.strip() and _NAME_PARAGRAPH_TAIL.fullmatch(after) and _named_only_here(text, a, e):
        return True  # "Meredith Kowalchuk-Singh" ¶ "Bowfront Energy Ltd. beat …": the writer's line
    if top and (
        _WRITER_LABEL.fullmatch(before)
        or (not before.strip() and _WRITER_LINE.fullmatch(text, a, end))
        or (_OUTLET_BAR.fullmatch(before) and (not after.strip() or _STAMP.match(after)))
        or (not before.strip() and not after.strip() and _STAMP_PARAGRAPH.match(text, end))
        or _writers_names_line(text, start, end, a, e)
    ):
        return True
    if end >= len(text) - SIGN_OFF_TAIL and (
        _CONTRIBUTING.fullmatch(before) or (_SIGN_OFF_DASH.fullmatch(before) and _NEWSROOM_TAIL.match(after))
    ):
        return True
    if top and not before.strip() and _FILED_IN.fullmatch(after) and _named_only_here(text, a, e):
        return True  # "Daniel Furlong in London"
    if top and _FILED_NAMES_LINE.fullmatch(text, start, end):
        return True  # "Oskar Lindgren in Stockholm and Hannah Weatherby in London"
    if (
        top
        and (_FROM_LEAD.fullmatch(before) or _WRITER_LABEL.fullmatch(before))
        and _FILED_FROM.fullmatch(after)
    ):
        return True  # "From Chinedu Anozie, Awka", "Story: Abena Owusu-Dankwah, Asankrom"
    if _writers_box_of(text, a, e):
        return True
    if _BY_LEAD.search(before):
        return not after.strip() or bool(_BYLINE_TAIL.match(after))
    return a < BYLINE_TOP and not before.strip() and after.lstrip().startswith("·")


def _writers_names_line(text: str, start: int, end: int, a: int, e: int) -> bool:
    """Whether the line ``start``..``end`` at the top is two or more writers' names and nothing else ("Jack Morrissey
    and Tahlia Beck"): over a time stamp, or with the stamp joined on ("… and Tahlia Beck March 9, 2025 - 6:15PM The
    Courier-Mail"), or, the stamp gone, when the story names the one at ``a``..``e`` nowhere else."""
    if _NAMES_LINE.fullmatch(text, start, end):
        return bool(_STAMP_PARAGRAPH.match(text, end)) or _named_only_here(text, a, e)
    stamp = _DAY_STAMP.search(text, start, end)
    return stamp is not None and _NAMES_LINE.fullmatch(text, start, stamp.start())


def _named_only_here(text: str, a: int, e: int) -> bool:
    """The story writes no word of the name at ``a``..``e`` but the first (a given name others may share)
    anywhere else but in a closing paragraph that opens with the same name (the writer's tagline): a name
    under the headline that no sentence of the story names is its writer's, not one of its people."""
    name = text[a:e]
    words = name.split()
    if len(words) < 2:
        return False
    final = text.rstrip().rfind("\n") + 1
    closing = final > e and text.startswith(name, final)
    return all(
        a <= s < e or (closing and s >= final)
        for w in words[1:]
        if w not in IRISH_PARTICLES and w.lower() not in NAME_PARTICLES
        for s, _ in word_hits(text, w.strip(",."))
    )


_CAP_WORD = r"[A-Z][\w.'’&-]*"
_CREDIT = rf"{_CAP_WORD}(?:\s{_CAP_WORD})+\s?/\s?(?:[Tt]he\s)?{_CAP_WORD}(?:\s{_CAP_WORD})*"
_CAPTION_LINE = (
    # "Open this photo in gallery …", "This image released by …", "The Canadian Press Kevin Vickers …"
    re.compile(rf"\s*(?:(?i:{CAPTION_OPENERS})|{CAPTION_AGENCIES}\s+[A-Z])"),
    # a credit before the caption: "Ryan Remiorz / The Canadian Press Kevin Vickers, right, …"
    re.compile(rf"\s*(?!The\s|A\s){_CAP_WORD}(?:\s{_CAP_WORD}){{1,2}}\s/\s(?:The\s)?{_CAP_WORD}"),
)
# a credit after it: "… in Ottawa. (Jane Doe/CBC)", "( THE CANADIAN PRESS FILE PHOTO )", "Jane Doe/Reuters."
_CAPTION_CREDIT = re.compile(
    rf"\(\s*[A-Z][^()]*[A-Za-z]\s?/\s?[A-Z][^()]*\)|\(\s*[A-Z][^()]{{0,60}}(?i:\bphoto)\s*\)"
    rf"|^\s*{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}}\s?/\s?(?:[Tt]he\s)?{_CAP_WORD}(?:\s{_CAP_WORD})*\.?\s*$"
    rf"|[.!?]\s+{_CREDIT}\.?\s*$"
    # a credit that says what it credits: "… in Rosthern on Sunday. Photo by Cory Lindberg /Saskatoon StarPhoenix"
    rf"|[.!?]\s+(?i:photo|photograph|picture|image|file photo)s?\s+(?i:by)\s+{_CAP_WORD}(?:\s{_CAP_WORD}){{1,3}}"
    rf"(?:\s?/\s?(?:[Tt]he\s)?{_CAP_WORD}(?:\s{_CAP_WORD})*)?\.?\s*$"
)
# a source after a description of a picture: "… are shown in this 1958 photo. ( City Archives )"
_CAPTION_SOURCE = re.compile(
    rf"(?i:\b{CAPTION_WORDS}\b).*\(\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|of|the))*\s*\)\s*$"
)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines of ``text`` that are photo captions (see ``drop_caption_names``)."""
    spans, at = [], 0
    for line in text.split("\n"):
        if line.strip() and (
            any(p.match(line) for p in _CAPTION_LINE)
            or _CAPTION_CREDIT.search(line)
            or _CAPTION_SOURCE.search(line)
        ):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


_REFERENCE = re.compile(REFERENCE_MARKS, re.I)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines of ``text`` that are entries of a list of references."""
    spans, at = [], 0
    for line in text.split("\n"):
        if _REFERENCE.search(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def drop_reference_names(b: Build) -> None:
    """A name written only in a list of references ("Br J Gen Pract 2023;73:e412-9", its authors) is a
    journal or an author cited, not a person of the story: dropped unless every word of it is also
    written outside those lines."""
    _drop_names_only_in(b, reference_spans(b.text))


def drop_caption_names(b: Build) -> None:
    """A name written only in a photo caption ("Ryan Remiorz / The Canadian Press Kevin Vickers, right,
    tosses Hadrien Trudeau …", "… shown in 1958. ( City Archives )") is a person in the picture, not in
    the story: it is dropped unless every word of it is also written outside the captions."""
    _drop_names_only_in(b, caption_spans(b.text))


def _drop_names_only_in(b: Build, spans: list[tuple[int, int]]) -> None:
    """Drop the mentions inside ``spans`` (lines) unless every word of the name is written outside them."""
    text = b.text
    if not spans:
        return
    outside, last = [], 0
    for a, e in spans:
        outside.append(text[last:a])
        last = e
    outside.append(text[last:])
    words = {strip_possessive(w) for w in re.findall(r"\w[\w'’-]*", " ".join(outside))}

    def keep(m: Mention) -> bool:
        a, _ = span_chars(b.doc, m)
        if not any(s <= a < e for s, e in spans):
            return True
        return all(w in words for w in m.norm.split() if w not in NAME_PARTICLES)

    drop_mentions(b, keep)


# A line of a list of entries: "Ana Costa, The Long Road", "** WINNER: Ana Costa (Harbour Lights)",
# "Ana Costa, Tom Reyes, The Long Road". The label before it ("WINNER:", a bullet) is left out.
_LIST_LABEL = re.compile(r"^[\W_]*(?:[A-Z]{2,}(?:\s[A-Z]{2,})*:\s*)?")
_LIST_ENTRY = re.compile(
    r"^(?P<names>[^()]{3,120}?)\s*(?:\((?P<paren>[^()]{1,90})\)|,\s*(?P<work>[^,()]{1,90}))\s*$"
)
_LIST_JOIN = re.compile(r"\s*(?:,|&|\band\b)\s*")
_NAME_SLOT = re.compile(
    rf"^(?!(?:The|A|An)\s)[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|(?:{'|'.join(sorted(NAME_PARTICLES))})(?=\s[A-Z])))+$"
)
LIST_MIN_LINES = 3  # lines in a run of list entries before the run counts as a list


def _list_entries(text: str) -> list[list[tuple[list[tuple[int, int]], tuple[int, int]]]]:
    """Runs of consecutive list lines: per line, the character spans of its name slots and of its last
    slot (the work, team or party the entry is for)."""
    runs, run, at = [], [], 0
    for line in text.split("\n"):
        label = _LIST_LABEL.match(line)
        start = at + (label.end() if label else 0)
        body = text[start : at + len(line)]
        m = _LIST_ENTRY.match(body) if len(body.split()) <= 16 and not body.rstrip().endswith(".") else None
        if m is None:
            if line.strip():
                runs.append(run)
                run = []
        else:
            pos, slot = start + m.start("names"), "paren" if m.group("paren") else "work"
            names, last = [], 0
            for hit in [*_LIST_JOIN.finditer(m.group("names")), None]:
                end = hit.start() if hit else len(m.group("names"))
                names.append((pos + last, pos + end))
                last = hit.end() if hit else end
            run.append((names, (start + m.start(slot), start + m.end(slot))))
        at += len(line) + 1
    runs.append(run)
    return [r for r in runs if len(r) >= LIST_MIN_LINES]


def people_in_lists(b: Build) -> None:
    """In a list of entries ("Ana Costa, The Long Road" / "Tom Reyes (Harbour Lights)", three lines or
    more, most of them led by a name the model tagged a person or opening with a given name), each
    name-shaped lead is a person whatever the model tagged it, and a name in the last slot (the work,
    team or party) is none, here or wherever the article writes it again."""
    doc, text = b.doc, b.text
    persons = [span_chars(doc, m) for m in b.mentions if m.label == "PERSON"]

    def evidenced(a: int, e: int) -> bool:
        first = text[a:e].split()[0]
        return any(a <= s and t <= e for s, t in persons) or (
            first.lower() in GIVEN_NAMES or given_name_gender(text[a:e]) is not None
        )

    slots: list[tuple[int, int]] = []
    works: set[str] = set()
    for run in _list_entries(text):
        names = [(a, e) for line, _ in run for a, e in line if _NAME_SLOT.match(text[a:e])]
        if len(names) < LIST_MIN_LINES or 3 * sum(evidenced(a, e) for a, e in names) < 2 * len(names):
            continue
        slots += names
        works |= {text[a:e].strip() for _, (a, e) in run if len(text[a:e].strip()) > 2}
    if not slots:
        return
    names_here = {text[a:e] for a, e in slots}
    work_spans = [
        (hit.start(), hit.end()) for w in works - names_here for hit in re.finditer(re.escape(w), text)
    ]

    def keep(m: Mention) -> bool:
        a, e = span_chars(doc, m)
        if any(s <= a and e <= t for s, t in slots):
            return False  # replaced by the whole slot below
        return not (m.label == "PERSON" and any(s <= a and e <= t for s, t in work_spans))

    drop_mentions(b, keep)
    for a, e in slots:
        span = doc.char_span(a, e, alignment_mode="contract")
        if span is None or not len(span):
            continue
        norm, gender = normalise_name(span.text)
        b.excluded.difference_update(range(span.start, span.end))
        b.mentions.append(Mention(span.start, span.end, span.text, norm, "PERSON", gender))
    b.mentions.sort(key=lambda m: m.start)
