"""A plain-text e-mail's furniture, as a mailing list's archive shows a message (each line of the message a line of the
extracted text): the list's footer and the archive's link to the list's page, the archive's note on a scrubbed
attachment, the earlier messages quoted under their attribution line, the sender's signature (closing the message, or
over a forward under it, or a block of street and telephone lines with no separator), and a poster's note above the
separator that opens a pasted story or a forwarded message (not a forwarder's note when the member writes on after the
forward's closing label, or tells the news in words of their own: the message is then theirs).

Each is marked the way every mail client and list manager marks it (a rule of underscores or of "#" over the list's
name, ">" before a quoted line, "-- " over a signature), so the rules hold on any list's archive; none reads a site's
words.
"""

from __future__ import annotations

import re

from bot.web.page_lexicon import FORWARDED_STORY
from bot.web.page_rules import PASTE_NOTE, SENTENCE_CLOSE, fold, is_phone_line, is_street_line, word_count

__all__ = ["without_mail_furniture"]

# The list manager's footer closing every message: a rule of underscores, then the list's name and address and a
# line or two of the list's own ("Ridgeline-birders mailing list" ¶ "… at lists.example.org" ¶ ".../listinfo/…" ¶ "To
# post a sighting, include …"; LISTSERV's rule of "#" over "To unsubscribe from the <LIST> list, click the following
# link:" and the link). Only among the last lines, short, one of them naming the list; a rule of underscores
# over anything else (a form's blank, a story's own divider) stays.
_FOOTER_RULE = re.compile(r"^(_{10,}|#{10,})$")
_NAMES_LIST = re.compile(r"\bmailing list\b|/listinfo/|\bunsubscribe\b", re.IGNORECASE)
_FOOTER_LINES = 8
_FOOTER_LINE_WORDS = 25

# The archive's own link under the message, to the list's page: "More information about the Ashgrove-talk mailing list"
# (Pipermail's last line), its text broken over two lines as the archive writes it in its markup. The last line, or the
# last two read as one, that is wholly one of the page's links and names the list (``_NAMES_LIST``) goes, as the footer
# under a rule of underscores does; the signature above it is then the message's last lines again. A story's closing
# "More information about the program is available at …" is no link's whole text, and stays.
_ARCHIVE_LINK_LINES = 2


# The archive's note where it took an attachment out of the message: "-------------- next part --------------" over
# "An HTML attachment was scrubbed..." and its "URL: <…>" (or the "Name:", "Type:", "Size:" lines of a file).
_NEXT_PART = re.compile(r"^-{3,}\s*next part\s*-{3,}$", re.IGNORECASE)
_SCRUBBED = re.compile(
    r"^(an? (html|non-text|text) attachment was scrubbed\W*|(name|type|size|desc|url)\s*:.{0,200})$",
    re.IGNORECASE,
)

# An earlier message quoted under its attribution line: "On Mon, Mar 10, 2025 at 8:02 PM Rob Ekwueme <rekwueme at
# valleymail.net> wrote:" over lines opening on ">". The line names the sender's address in angle brackets or the
# clock time it was sent, as a mail client writes it; a story's "On Tuesday, the mayor wrote:" over a quotation has
# neither and stays.
_ATTRIBUTION = re.compile(
    r"^(on\b.{4,200}|.{1,160})\s*(<[^<>\s]+(@| at )[^<>\s]+>|\b\d{1,2}:\d\d\b.{0,120})\s*wrote\s*:$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^>")

# The sender's signature under the separator every mail client sets over it ("-- "): a few short lines closing the
# message (four at most, as mail etiquette asks: a name, a place, a motto).
_SIGNATURE_DASHES = "--"
_SIGNATURE_LINES = 4
_SIGNATURE_LINE_WORDS = 12

# A poster's note above the separator that opens the story they paste ("Hi all, … Posting the full text since their site
# is paywalled now. …" over "---------- pasted article ----------"): a label framed by runs of dashes or equals signs,
# in the first half of the text, under lines that name the paste (``PASTE_NOTE``) and are fewer words than the paste.
# A framed label under lines that name no paste (a newsletter's "===== TOP STORIES =====") stays with them.
_FRAMED_LABEL = re.compile(r"^(-{3,}|={3,})\s*[^-=\s][^-=]{0,40}?\s*(-{3,}|={3,})$")
_FRAMED_LABEL_WORDS = 4
# (Or a bare rule under the note signed with the poster's name, a line of a capitalised word or three and no stop: "Good
# morning, all. Below is the press release we sent to local media today. …" ¶ "Joan" ¶ "----". A bare rule under
# anything else, a story's own divider, stays.)
_BARE_RULE = re.compile(r"^(-{3,}|={3,}|\*{3,}|_{3,})$")
_SIGNED = re.compile(r"^(?-i:[A-Z])[\w'’.-]*( (?-i:[A-Z])[\w'’.-]*){0,2}$")
# (Or a framed label that names the paste itself, the one a mail client sets over a message forwarded whole: "----------
# Forwarded message ---------" under "Finally! This ran in the paper this morning. …", the member's note and the group
# page's lines above it. What a forward carries is the message; the forwarder's lines over it are their own. A reply's
# "-----Original Message-----" frames the message answered, under the reply: it names no forward and stays.)
_FORWARD_LABEL = re.compile(r"\bforwarded message\b", re.IGNORECASE)
# (Unless the member writes on after the forward: a framed label closing it, "----- End Forwarded Message -----", with a
# line of their own prose under it, "My two pennies' worth: …". The message is then the member's own, the forward set
# inside it, and the note above it opens it as the words below close it: both stay.)
_FORWARD_END = re.compile(r"\bend (of )?forwarded message\b", re.IGNORECASE)
_OWN_LINE_WORDS = 8
# (And only when the note names the forward: a story that ran, "Finally! This ran in the Record this morning. … your
# numbers are in the story." (the member shares a news story, and the note is their word on it), or the message it points
# at below, "The notice below was taped to the harbour office door … I have copied it out word for word …". A note that
# does neither, over a council's notice or a library's release ("Hi all, passing this on from the parish clerk in case
# anyone missed it … Note the closure starts on Monday, so …"), passes it on in a message of the member's own, and
# opens that message: it stays.)
_NAMES_THE_FORWARD = re.compile(
    rf"\b({FORWARDED_STORY})\b|\b(the|this) ([\w'’-]+ ){{0,2}}below\b", re.IGNORECASE
)


def _without_list_footer(lines: list[str]) -> list[str]:
    """Without the list manager's footer closing the message (``_FOOTER_RULE`` and the lines under it)."""
    for i in range(max(len(lines) - _FOOTER_LINES - 1, 0), len(lines) - 1):
        tail = lines[i + 1 :]
        if (
            _FOOTER_RULE.match(lines[i])
            and any(_NAMES_LIST.search(ln) for ln in tail)
            and all(word_count(ln) <= _FOOTER_LINE_WORDS for ln in tail)
        ):
            return lines[:i]
    return lines


def _without_archive_link(lines: list[str], links: frozenset[str]) -> list[str]:
    """Without the archive's link to the list's page closing the text (one line, or two read as one)."""
    for size in range(1, _ARCHIVE_LINK_LINES + 1):
        tail = " ".join(lines[-size:])
        if len(lines) > size and _NAMES_LIST.search(tail) and fold(tail) in links:
            return lines[:-size]
    return lines


def _without_scrubbed_parts(lines: list[str]) -> list[str]:
    """Without the archive's "next part" separator and its note on the attachment it took out (``_SCRUBBED``)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _NEXT_PART.match(lines[i]):
            i += 1
            while i < len(lines) and _SCRUBBED.match(lines[i]):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _without_quoted_messages(lines: list[str]) -> list[str]:
    """Without each attribution line (``_ATTRIBUTION``) and the quoted lines right under it: the earlier messages."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i + 1
        while end < len(lines) and _QUOTED.match(lines[end]):
            end += 1
        if end > i + 1 and _ATTRIBUTION.match(lines[i]):
            i = end
            continue
        out.append(lines[i])
        i += 1
    return out


def _without_signature(lines: list[str]) -> list[str]:
    """Without the signature's separator and the few short lines under it closing the message."""
    for i in range(max(len(lines) - _SIGNATURE_LINES - 1, 0), len(lines) - 1):
        tail = lines[i + 1 :]
        if lines[i] == _SIGNATURE_DASHES and all(word_count(ln) <= _SIGNATURE_LINE_WORDS for ln in tail):
            return lines[:i]
    return lines


# (Or a letter's signature block with no separator, closing the message after its last sentence: the sender's office,
# street, town, telephone number and web address on short lines of their own, "Thank you for your patience." ¶ "<County>
# Engineer's Office" ¶ "1400 Courthouse Square, Room 210" ¶ "<Town>" ¶ "(555) 013-8800". A run of ``_SIGNATURE_LINES``
# + 2 lines at most, each ``_BLOCK_LINE_WORDS`` words at most and closing no sentence, one a street's line and one a
# telephone number alone (``page_rules.is_street_line``, ``is_phone_line``), under a line closing a sentence: the
# sender's card, not the message. A closing run without both, a venue's name and street under a listing, or short lines
# with a sentence among them, stays.)
_BLOCK_LINES = _SIGNATURE_LINES + 2
_BLOCK_LINE_WORDS = 8


def _without_signature_block(lines: list[str]) -> list[str]:
    """Without the sender's street and telephone lines closing the message under its last sentence."""
    for i in range(max(len(lines) - _BLOCK_LINES, 1), len(lines) - 1):
        tail = lines[i:]
        if (
            SENTENCE_CLOSE.search(lines[i - 1])
            and all(word_count(ln) <= _BLOCK_LINE_WORDS and not SENTENCE_CLOSE.search(ln) for ln in tail)
            and any(is_street_line(ln) for ln in tail)
            and any(is_phone_line(ln) for ln in tail)
        ):
            return lines[:i]
    return lines


# (Or over a forward: the member signs their note, then forwards the message under it, "Harold" ¶ "-- " ¶ "<Name>" ¶
# "<Township> Trustee, 2024-2027" ¶ "“If it's not in the minutes, it didn't happen.”" ¶ "---------- Forwarded message
# ---------". The signature closes the member's own message as it would close the page, and the framed label under it
# opens the one they pass on: the separator and its few short lines go, the note above and the forward below stay. A
# "--" over lines running on past the four a signature holds, or over no framed label, stays to the rules above.)
def _without_signature_over_forward(lines: list[str]) -> list[str]:
    """Without the signature's separator and its short lines right over a framed label (``_FRAMED_LABEL``)."""
    for i, line in enumerate(lines):
        if line != _SIGNATURE_DASHES:
            continue
        end = next((j for j in range(i + 1, len(lines)) if _FRAMED_LABEL.match(lines[j])), None)
        if end is None or end == i + 1 or end - i - 1 > _SIGNATURE_LINES:
            continue
        if word_count(lines[end]) <= _FRAMED_LABEL_WORDS and all(
            word_count(ln) <= _SIGNATURE_LINE_WORDS for ln in lines[i + 1 : end]
        ):
            return lines[:i] + lines[end:]
    return lines


def _without_paste_note(lines: list[str]) -> list[str]:
    """Without the poster's note and the framed separator (or the bare rule under its signature) that opens the pasted
    story or the forwarded message it names (``_FORWARD_LABEL``, ``_NAMES_THE_FORWARD``; not when the member writes on
    after its end, ``_written_on``)."""
    for i in range(1, len(lines) // 2):
        framed = _FRAMED_LABEL.match(lines[i]) and word_count(lines[i]) <= _FRAMED_LABEL_WORDS
        if not (framed or (i > 1 and _BARE_RULE.match(lines[i]) and _SIGNED.match(lines[i - 1]))):
            continue
        above, below = " ".join(lines[:i]), " ".join(lines[i + 1 :])
        named = PASTE_NOTE.search(above) or (
            framed
            and _FORWARD_LABEL.search(lines[i])
            and not _written_on(lines[i:])
            and _NAMES_THE_FORWARD.search(above)
            and not _says_more(lines[:i])
        )
        if named and word_count(above) < word_count(below):
            return lines[i + 1 :]
    return lines


# (Nor when the note goes on past naming the forward to tell the news in its own words: "Hi all -- forwarding the notice
# below from the county office. This is the culvert job on Mill Road that several of you asked about at the March
# meeting. Short version: the road will be closed for three weeks …". Its sentences that name neither the forward nor a
# story that ran (``_NAMES_THE_FORWARD``) come to ``_OWN_NOTE_WORDS`` words or more: the member writes a message of their
# own over what they pass on, as a note naming nothing does, and it stays. A note of a greeting, an apology for the
# length and the sentence naming the forward, "Hi all, sorry for the long post. The notice below was taped to …", goes.)
_OWN_NOTE_WORDS = 25
_NOTE_SENTENCE = re.compile(r"(?<=[.!?])[\"”’')]?\s+")


def _says_more(note: list[str]) -> bool:
    """Whether the note's sentences naming no forward (``_NAMES_THE_FORWARD``) come to ``_OWN_NOTE_WORDS`` words."""
    said = _NOTE_SENTENCE.split(" ".join(note))
    return sum(word_count(s) for s in said if not _NAMES_THE_FORWARD.search(s)) >= _OWN_NOTE_WORDS


def _written_on(lines: list[str]) -> bool:
    """Whether a framed label closing the forward (``_FORWARD_END``) has a line of the member's own prose after it
    (``_OWN_LINE_WORDS`` words or more)."""
    for j, line in enumerate(lines):
        if _FRAMED_LABEL.match(line) and _FORWARD_END.search(line):
            return any(word_count(ln) >= _OWN_LINE_WORDS for ln in lines[j + 1 :])
    return False


# A list's digest archived as one page (Mailman's "<List> Digest, Vol 88, Issue 14"): its header ("Send <List> mailing
# list submissions to …", "When replying, please edit your Subject line …"), its topics one numbered line a message,
# then the messages, each opening on "Message: 1", "Message: 2" … over its own Date, From and Subject lines, and the
# digest's footer. The messages are several posters' unrelated posts; the one a link to the digest is shared for is the
# one that tells a story, its longest (a forwarded notice, not "Re: plowing …" or a lost cat). So a text of two messages
# or more, numbered from 1 in order, is read as its longest message's lines under its header lines (a subject's
# wrapped end between two of them too); the rest goes. A
# single "Message: 1" line (a text quoting a log) is no digest.
_DIGEST_MESSAGE = re.compile(r"^message:? (\d{1,3})$", re.IGNORECASE)
_DIGEST_HEADER = re.compile(
    r"^(date|from|to|cc|subject|message-id|content-type|content-transfer-encoding|mime-version|in-reply-to|"
    r"references):\s",
    re.IGNORECASE,
)
_DIGEST_END = re.compile(r"^end of .{1,60}\bdigest\b", re.IGNORECASE)


def _digest_message(lines: list[str]) -> list[str]:
    """The longest message of a digest's text (``_DIGEST_MESSAGE`` lines numbered 1, 2 … in order), without its header
    lines (``_DIGEST_HEADER``); other text unchanged."""
    marks = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := _DIGEST_MESSAGE.match(ln))]
    if len(marks) < 2 or [n for _, n in marks] != list(range(1, len(marks) + 1)):
        return lines
    end = next((i for i in range(marks[-1][0], len(lines)) if _DIGEST_END.match(lines[i])), len(lines))
    bounds = [(i, j) for (i, _), (j, _) in zip(marks, [*marks[1:], (end, 0)], strict=True)]
    start, stop = max(bounds, key=lambda b: sum(word_count(ln) for ln in lines[b[0] + 1 : b[1]]))
    message, at = lines[start + 1 : stop], 0
    while at < len(message) and (
        _DIGEST_HEADER.match(message[at])
        or (
            at
            and at + 1 < len(message)
            and _DIGEST_HEADER.match(message[at + 1])
            and word_count(message[at]) <= 4
        )
    ):
        at += 1  # (a header line, or a subject's wrapped end between two of them)
    return message[at:] or lines


def without_mail_furniture(lines: list[str], links: frozenset[str] = frozenset()) -> list[str]:
    """The message's own lines: without the archive's link to the list's page (one of the page's ``links``), the list's
    footer, the archive's attachment notes, the quoted earlier messages, the signature (read once what follows it is
    gone; with its separator, or a block of street and telephone lines) and a poster's note above a pasted story's separator."""
    lines = _without_list_footer(_without_archive_link(_digest_message(lines), links))
    lines = _without_quoted_messages(_without_scrubbed_parts(lines))
    return _without_forward_labels(
        _without_paste_note(
            _without_signature_over_forward(_without_signature_block(_without_signature(lines)))
        )
    )


# (The framed label itself, when the member's note stays over it: "Forwarding from the village office. Good news!" ¶
# "Ruth" ¶ "---------- Forwarded message ---------". The mail client's label marks where the forward begins, no one's
# words; the note above and the message below stay. A framed label naming no forward, a newsletter's "===== TOP
# STORIES =====", stays, and so does the "End Forwarded Message" label the member writes on after.)
def _without_forward_labels(lines: list[str]) -> list[str]:
    """Without the framed labels that open a forwarded message (``_FORWARD_LABEL``)."""
    return [
        ln
        for ln in lines
        if not (
            _FRAMED_LABEL.match(ln)
            and word_count(ln) <= _FRAMED_LABEL_WORDS
            and _FORWARD_LABEL.search(ln)
            and not _FORWARD_END.search(ln)
        )
    ]
