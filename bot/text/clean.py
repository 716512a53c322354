"""Cleaning pasted article text before analysis.

Text pasted into Slack arrives with Slack's markup (``<url|label>``, ``&amp;``, ``*bold*``), lines
hard-wrapped inside paragraphs, and the site's furniture (bylines, photo captions, share buttons,
newsletter prompts, disclaimers, a publisher name line at the end). ``clean_text`` removes all of that
by general rules and keeps paragraphs separated by one blank line; ``split_title`` takes a headline off
the top when the first line looks like one.
"""

from __future__ import annotations

import re

__all__ = ["clean_text", "split_title", "is_furniture", "reads_as_headline"]

_SLACK_LINK = re.compile(r"<((?:https?|mailto|ftp):[^<>|\s]*|[#@!][^<>|\s]*)(?:\|([^<>]*))?>")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")

# What a note of a change to the story says it did, after "This story was updated" or "… has been corrected": a date or
# a time at most, then the purpose ("to correct the height of the sea wall", "to include a response from …",
# "to reflect that …") running on to the line's end. A figure's decimal point is no stop: "… to show that the engineer
# estimated the cost at $1.3 million, not $3.1 million." says what it corrected.
# Or what the update brought, after "with": "This story was updated Tuesday afternoon with the latest containment figures
# and readings from the 3 p.m. monitor report." (an editor's note closing a story; a clock's "a.m."/"p.m." no stop).
# "… updated with additional reporting" or "with new information" names nothing the update brought.
# The time before the purpose is read so too: "This story was updated at 11:40 a.m. to add the <Hall> cooling center,
# which the county announced after publication." (a clock's "a.m." before "to add" is no stop either).
_CHANGE_SAID = (
    r"([^.!?]|\b[ap]\.m\.){0,40}? (to (correct|include|reflect|clarify|add|remove|fix|update|note|show)|"
    r"with (the |an? )?(latest|new|fresh|revised|final|updated) (?!(reporting|information|details|developments)\b))"
    r"([^.!?]|(?<=\d)\.(?=\d)|\b[ap]\.m\.){3,}[.!]?$"
)
# Lines that are the site's furniture rather than the article. Matched against a whole stripped line.
_FURNITURE = [
    r"back to top( button)?",
    r"(skip|jump) to (main )?content",
    r"not all news on the site expresses.*",
    r"(sign up|subscribe)( now)?( for| to)? (our|the|a)? ?(free )?(daily |weekly )?(newsletter|alerts?|updates).*",
    r"(share|share this|share on|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram)"
    r"( this)?( article| story| link| post| page| live blog| blog| video| gallery)?( on \w+)?",
    r"(advertisement|sponsored|sponsored content|related|related articles?|read more|more stories|recommended|"
    r"trending( now)?|most popular|you may also like|continue reading|comments?)\s*:?",
    r"(story|article) continues below( (the )?(advertisement|ad))?",  # where an advertisement interrupts
    # a chain's numbered ad slot and the label it sets over each run of paragraphs ("Advertisement 3", "Article
    # content", as a Postmedia page pastes)
    r"advertisement \d{1,2}|article content",
    r"(read|see|click) (the rest|more|full story|here).{0,20}",
    r"(follow|like) us on .*",
    # the page's button for corrections: "Report Typo or Error", "Report an error"
    r"report (a |an )?(typo|error|mistake|correction)( or (a |an )?(typo|error|mistake|correction))?",
    # a writer's promo line under the story: "Follow Pam Key on Twitter @pamkeyNEN."
    r"follow [a-z][\w.'’-]*( [a-z][\w.'’-]*){0,3} on (twitter|x|instagram|facebook|threads|bluesky|tiktok)"
    r"( (at )?@\w+)?\.?",
    r"all rights reserved.*",
    r"(copyright\s*(©|\(c\)|(19|20)\d\d|by\b)|©|\(c\)\s*(19|20)\d\d).*",  # not "Copyright claims rose…"
    # a bare note that the story changed ("This story was updated.", "This article was updated at 4:05 p.m.", "This
    # story was originally published by …"); one saying what the change did is the text's own, as an editor's note is:
    # "This story was updated on May 2 to correct the height of the sea wall." (the update or the
    # correction, a date at most before "to correct", "to include", "to reflect" … and what it touched)
    rf"this (article|story) (was|has been) (originally published|(updated|corrected)(?!{_CHANGE_SAID})).*",
    r"(listen to|watch)( this)? (article|story|video).*",
    r"\d+ (min|minute)s? read",
    r"(photo|image|video|credit|file photo|pictured)\s*:.*",
    r".*\((photo|image|picture)( credit)?:? [^)]*\)\s*",
    # A photo credit closes its line: "John Moore/Getty Images.", "(Jane Doe/Reuters/Pool)". Not "The
    # Reuters/Ipsos poll showed…": the credit must end the line, give or take a short agency tail.
    r".*\b(getty images|afp via getty images|ap photo|reuters/[a-z]+( [a-z]+)?|shutterstock|epa-efe)\b"
    r"[^.!?]{0,25}[.)\]]*",
    r"(updated|published|posted|last updated)\s*:?\s*.{0,60}\d{4}.{0,20}",
    # the writer's address under the story: "Contact Marisol Quintanilla-Shaw at news@ridgemontledger.com."
    r"(contact|reach|email|e-mail)\s+[\w.'’ -]{2,60}?\s+at\s+\S+@\S+\.\w+\.?",
]
_FURNITURE_RE = re.compile(r"^(?:" + "|".join(_FURNITURE) + r")$", re.IGNORECASE)
# A site's menu as a page pastes it, a line to each item among other lines ("Local" | "Politics" | "Video" | "Weather" |
# "Sign In"): joined, it runs into the headline under it and its words become a speaker ("Video Weather Sign"). Read
# only here, on pasted text, not among ``is_furniture``'s patterns: a page's cells are the link cleanup's (bot/web).
_MENU_LINE = re.compile(
    r"^(?:home|news|local|world|canada|politics|business|sports?|opinion|entertainment|lifestyle|video|videos|weather|"
    r"menu|search|sign in|log in|login|register|watch|listen( live)?|quick links|radio|tv|music|health|science|"
    r"tech(nology)?|arts|travel|obituaries|classifieds|more)$",
    re.IGNORECASE,
)

_BYLINE_RE = re.compile(
    r"^(?i:by|written by|reporting by|story by|words by)\s+"
    r"[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"
    r"((\s*(,|and|&)\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*)"
    r"(\s*[,|–—-]\s*.{0,60})?$",
)
# Publisher-ish last line: a short line of capitalised words ending with a news-ish word, or an all-caps name.
_PUBLISHER_RE = re.compile(
    r"^(the\s+)?([A-Z][\w.&’'-]*\s+){0,4}"
    r"(news|times|post|herald|tribune|journal|gazette|press|daily|telegraph|guardian|wire|today|"
    r"chronicle|observer|express|mail|sun|star|review|report|network|media|tv|radio|agency|online)"
    r"(\s+[A-Z][\w.&’'-]*){0,2}$",
    re.IGNORECASE,
)
_WIRE_RE = re.compile(
    r"^(AP|AFP|Reuters|Associated Press|Bloomberg|Agence France-Presse|Xinhua|TASS|UPI)$", re.I
)


def _unslack(text: str) -> str:
    def link(m: re.Match) -> str:
        target, label = m.group(1), m.group(2)
        if label:
            return label
        if target.startswith("mailto:"):
            return target[len("mailto:") :]
        return target

    text = _SLACK_LINK.sub(link, text)
    for _ in range(2):  # nested markers: *_both_*
        text = _BOLD.sub(r"\1", text)
        text = _ITALIC.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
    # Unescape last so that "&lt;b&gt;" is not mistaken for a Slack link.
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def is_furniture(line: str, *, last: bool = False) -> bool:
    """Whether a whole (stripped) line is site furniture, a byline or a caption credit."""
    s = line.strip()
    if not s:
        return False
    if _FURNITURE_RE.match(s) or _BYLINE_RE.match(s):
        return True
    if last and len(s) <= 40 and not s.endswith((".", "!", "?", "”", '"')):
        return bool(_PUBLISHER_RE.match(s) or _WIRE_RE.match(s))
    return False


# A run of this many symbols with no letter, digit or space between them ("!!!!…", "“““…", "$$$$…",
# emoji) is cut to its first few: spaCy's tokenizer splits such a run one character at a time, in time
# that grows with the square of its length (6,000 marks: ~12 s; a 1 MB paste: days), and no prose has one.
SYMBOL_RUN = 25
SYMBOL_RUN_KEEP = 3
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{SYMBOL_RUN},}}")


# A lone label over a list of links to other stories ("READ MORE:", "Related stories", "Trending", "This article tagged
# under:"), and the list's
# items: bullets ("* Marina plan ‘dead in the water’, says developer") or, as a page dump sets them, lines of their
# own that read as headlines (``reads_as_headline``): another story's headlines.
_LINK_LIST_LABEL = re.compile(
    r"^(?:read more|related|related (?:stories|articles|coverage|content|links|news)|more stories|recommended|"
    r"you may also like|also read|see also|more on this story|trending(?: now| stories)?|most (?:read|popular)|"
    r"top stories|(?:this (?:article|story|post) (?:is )?)?tagged(?: under| with| in)?|tags|topics)\s*:?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[*•·▪►–-]\s+\S")
# A label over a story's tags ("Tags", "Topics:"), each tag a short line of its own: "Tags ⏎ Health ⏎ Leitrim ⏎ GPs",
# never to be read as the sentence "Leitrim GPs".
_TAG_LIST_LABEL = re.compile(
    r"^(?:tags|topics|(?:this (?:article|story|post) (?:is )?)?tagged(?: under| with| in)?)\s*:?$", re.I
)
_TAG_WORDS = 4
# A headline in such a list: a short line with no full stop, question or exclamation at its end and no
# sentence break inside ("Toronto's aging pools: Here's which ones could close next").
_LIST_HEADLINE_WORDS = 20
_LIST_ITEMS = 4
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")
# How an item of such a list opens when a page dump glues the label and its items to the lines around them in one block
# ("Trending Stories" ¶ "'I thought it was over': Hiker rescued …"): a capital, a digit or a quotation mark, as a
# headline does (a hard-wrapped sentence's next line may open in lower case).
_LIST_ITEM_START = re.compile(r"[A-Z0-9\"“‘']")
# Labels that head such a list glued into a block, never a menu's own entry ("Top Stories", "Trending" are menus'
# entries in page dumps, the lines after them the menu's next entries and the story's headline): a label closing on a
# colon, or one that names stories.
_GLUED_LIST_LABEL = re.compile(r"^(?:.*:|(?:trending|related|more) stories)\s*$", re.IGNORECASE)


def reads_as_headline(line: str) -> bool:
    """A short line with no full stop, question or exclamation at its end and no sentence break inside."""
    return (
        len(line.split()) <= _LIST_HEADLINE_WORDS
        and line[-1:] not in ".!?:"
        and _SENTENCE_BREAK.search(line) is None
    )


# A closing curly double mark after a comma, full stop, ? or ! glued to the next word (‘…paranoia,”Clinton
# said’, ‘…voters!”After his rally’): a typo that hides the speaker's name inside one token. A space goes
# back in; the mark can only close there.
_GLUED_CLOSE = re.compile(r"(?<=[,.?!])”(?=[^\W\d_])")


# Runs of spaces and tabs inside a paragraph: one space.
_SPACES = re.compile(r"[ \t]+")


def _without_tags(lines: list[str]) -> list[str]:
    """A block's lines less the short lines after a "Tags" or "Topics" label (the label stays, for the link-list
    reading): the story's tags, a line to each, never a sentence of it ("Tags ⏎ Health ⏎ Leitrim ⏎ GPs" is no
    "Leitrim GPs")."""
    kept, tags = [], False
    for ln in lines:
        if tags and len(ln.split()) <= _TAG_WORDS and ln[-1:] not in ".!?":
            continue
        tags = _TAG_LIST_LABEL.match(ln) is not None
        kept.append(ln)
    return kept


def _paragraphs(text: str) -> list[str]:
    """Split on blank lines and join hard-wrapped lines inside each paragraph."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text).replace("\u00a0", " ")
    text = _SYMBOL_RUN.sub(lambda m: m.group()[:SYMBOL_RUN_KEEP], text)
    text = _GLUED_CLOSE.sub("” ", text)
    blocks = re.split(r"\n\s*\n", text)
    out: list[str] = []
    in_list = glued = False  # after a lone "READ MORE:" label, its bulleted links are furniture too
    items = 0  # its unbulleted headlines, each a line of its own, so far
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        # Furniture lines inside a block (a caption or a share bar glued to a paragraph) go too.
        kept = []
        one_a_line = _lines_are_paragraphs(lines)
        whole = len(lines) == 1 or one_a_line
        for ln in _without_tags(lines):
            if _LINK_LIST_LABEL.match(ln):
                in_list, items, glued = True, 0, bool(_GLUED_LIST_LABEL.match(ln))
            elif in_list and _BULLET.match(ln):
                continue
            elif (
                in_list
                and items < _LIST_ITEMS
                and (whole or (glued and _LIST_ITEM_START.match(ln)))
                and reads_as_headline(ln)
            ):
                items += 1
            else:
                in_list = False
                if not (is_furniture(ln) or _MENU_LINE.match(ln)):
                    kept.append(ln)
        if in_list and glued and not whole:
            in_list = False  # a list glued into a block of lines ends with the block
        if not kept:
            continue
        if one_a_line:
            out.extend(_SPACES.sub(" ", ln) for ln in kept)  # a page copied with one line a paragraph
            continue
        para = kept[0]
        for j, (prev, ln) in enumerate(zip(kept, kept[1:], strict=False)):
            if (
                _TIME_LINE.match(prev)
                or _TIME_LINE.match(ln)
                or (j and _TIME_LINE.match(kept[j - 1]) and _entry_author(prev, ln))
            ):
                out.append(_SPACES.sub(" ", para))  # a live blog's time stamp heads its entry
                para = ln
            elif _LINK_LINE.match(prev) or _LINK_LINE.match(ln):
                out.append(_SPACES.sub(" ", para))  # another story's link, a line of its own
                para = ln
            elif para.endswith("-") and not para.endswith(" -") and ln[:1].islower():
                para = para[:-1] + ln  # a word hyphenated at the wrap
            else:
                para = para + " " + ln
        out.append(_SPACES.sub(" ", para))
    return out


# Lines at least this long that end a sentence, three or more in a block none of whose lines runs on into the next:
# paragraphs set one a line.
_PARAGRAPH_LINE = 50
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")


def _lines_are_paragraphs(lines: list[str]) -> bool:
    """Whether a block of three or more lines is paragraphs set one a line, as a page copied from a browser
    pastes them, not one paragraph wrapped: three lines at least end a sentence, and no line runs on into the next
    (a line that ends no sentence over one opening in lower case, as a wrapped line does at nearly every break;
    headings, menus, stamps and captions between end no sentence, but the line after opens a new one)."""
    if len(lines) < 3:
        return False
    if sum(len(ln) >= _PARAGRAPH_LINE and ln.endswith(_SENTENCE_END) for ln in lines) < 3:
        return False
    return not any(
        not a.endswith(_SENTENCE_END) and b[:1].islower() for a, b in zip(lines, lines[1:], strict=False)
    )


# A line that opens with a link label and another story's headline ("READ MORE: 'A lifeline': Gull Island residents
# call for backup ferry"), as a page dump sets one inside a paragraph: a line of its own, never wrapped into the next
# line's prose, which would then be read as part of the link.
_LINK_LINE = re.compile(r"(?:read more|related|watch|listen|see also|also read)\s*:\s*\S", re.IGNORECASE)


# A line that is only a name, two or three capitalised words, under a live blog's time stamp and over a line that
# opens with a capital: the entry's author over its heading ("2.55pm AEDT" | "Caitlin Ward" | "Premier: ‘This is a
# dangerous day’"), a line of its own, never wrapped into the heading ("Caitlin Ward Premier" is no one).
_NAME_LINE = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}")


def _entry_author(line: str, following: str) -> bool:
    return bool(_NAME_LINE.fullmatch(line)) and following[:1].isupper()


# A line that is only a time ("14:52", "2.25pm", "Updated 09:10 GMT"): a live blog's entry stamp, a line
# of its own, never wrapped into the entry's first line ("14:52 Minister: “…”").
_TIME_LINE = re.compile(
    r"^(?:updated:?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$", re.IGNORECASE
)


def clean_text(raw: str) -> str:
    """Clean pasted text: Slack markup, wrapped lines, bylines, captions and site furniture."""
    if not raw:
        return ""
    paras = _paragraphs(_unslack(raw))
    # Trailing furniture: a lone publisher line, wire credits, disclaimers (repeat: they stack up).
    while paras and is_furniture(paras[-1], last=True):
        paras.pop()
    # Leading bylines/datelines in the first few paragraphs.
    paras = [p for i, p in enumerate(paras) if not (i < 4 and _looks_like_dateline_only(p))]
    return "\n\n".join(paras)


# A stamp line of parts set apart by bars, one of them a date ("Parliament House, Accra | Wednesday, June 11, 2025",
# "Ashwin Kulkarni | TNN | Apr 18, 2025, 05.12 AM IST"): where and when, or who, for whom and when; never prose.
_STAMP_BAR = " | "
_STAMP_DATE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b,?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_STAMP_WORDS = 16


def _stamp_line(s: str) -> bool:
    parts = s.split(_STAMP_BAR)
    return (
        2 <= len(parts) <= 5
        and len(s.split()) <= _STAMP_WORDS
        and _STAMP_DATE.search(s) is not None
        and any(not re.search(r"\d", p) for p in parts)  # a place, a name or an agency beside the date
        and not s.endswith((".", "!", "?", '"', "”"))
    )


def _looks_like_dateline_only(p: str) -> bool:
    # "Updated 5:02 PM ET, Mon June 3, 2024" or "June 3, 2024" on its own line, or a stamp line of bars
    if _stamp_line(p):
        return True
    return bool(
        re.fullmatch(
            r"((updated|published)\s*:?\s*)?[\w ,:.]{0,30}\b(19|20)\d\d\b[\w ,:.]{0,20}", p, re.IGNORECASE
        )
        and not re.search(r"\b(said|says|will|was|is)\b", p)
    )


_TITLE_SMALL = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "as",
    "into",
    "over",
    "after",
    "vs",
    "vs.",
    "is",
    "are",
    "be",
}


_QUOTE_COLON_HEADLINE = re.compile(r"[‘“'\"].{3,150}?[’”'\"]:\s")


# A reporting verb in the past tense: a headline reports in the present ("Tenants say …"), a lede's
# sentence that closes on a quoted full stop in the past ("… told the defendant: “…”").
_PAST_CUE = re.compile(r"\b(said|told|added|asked|replied|warned|wrote|insisted|declared)\b")


def split_title(text: str) -> tuple[str | None, str]:
    """The first line when it looks like a headline, and the rest of the text. A page's section label
    above the headline ("Politics", "British Columbia", "Sports" ¶ "Curling", as a pasted page gives them)
    is no headline: it is dropped and the headline under it is the title, so the standfirst under that
    opens the body (where a quote of it is read as the headline's, see ``bot.nlp.quotes``)."""
    if not text:
        return None, ""
    under_label = _under_section_labels(text)
    if under_label is not None:
        return under_label
    return _headline_and_rest(text)


def _headline_and_rest(text: str) -> tuple[str | None, str]:
    """``split_title`` without looking for section labels: the first line when it looks like a headline."""
    if not text:
        return None, ""
    stripped = text.lstrip("\n")
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if not sep or not rest.strip():
        return None, text
    words = line.split()
    if not words or len(words) > 25 or len(line) > 200:
        return None, text
    if line.endswith((".", ",", ";", ":")) and not line.endswith(("..", "Jr.", "Sr.")):
        # A sentence, not a headline (a headline rarely ends in a full stop, unless it quotes one).
        if not line.endswith(".”") and not line.endswith('."'):
            return None, text
    if re.search(r"[.!?][”\"’']$", line) and _PAST_CUE.search(line):
        return None, text  # 'Judge Ann Lee told him: “You showed no remorse.”': a lede, not a headline
    if re.search(r"\b(said|says)\b", line) and len(words) > 16:
        return None, text
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] in "“‘\"'")
    # Title case, or sentence case short enough to be a headline, or a quote and a colon opening the
    # line ("‘I never planned this’: a referee on 20 years with the whistle"): a headline's form.
    if capitalised / len(words) < 0.5 and len(words) > 14 and not _QUOTE_COLON_HEADLINE.match(line):
        return None, text
    if not _opens_a_headline(words[0]):
        return None, text
    return line, rest.strip("\n")


def _opens_a_headline(word: str) -> bool:
    """A headline's first word: a capital, a digit or a quotation mark."""
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in "“‘\"'"


_LABEL_WORD = re.compile(r"[A-Z][A-Za-z&.'’-]*|&")
_LABEL_LINES = 2  # "Sports" ¶ "Curling": a section and its subsection


def _section_label(line: str) -> bool:
    """A section label's shape: one to three capitalised words, no digit, no punctuation ending a
    sentence, not opening with an article ("The Keeper's Daughter" is a headline)."""
    words = line.split()
    return (
        1 <= len(words) <= 3
        and all(_LABEL_WORD.fullmatch(w) for w in words)
        and words[0] not in ("The", "A", "An")
    )


def _under_section_labels(text: str) -> tuple[str, str] | None:
    """(headline, rest) when up to two section labels open the text and a headline stands under them:
    a line of four to 25 words that opens with a capital and ends in no full stop, with more text after
    it; a label above it is what says it is the headline, whatever its case ("Driver who killed Richmond
    cyclist sentenced to 3 years, banned from driving for a decade"). None otherwise (a short headline
    over its lede stays the title)."""
    paras = text.lstrip("\n").split("\n")
    lines = [(i, p.strip()) for i, p in enumerate(paras) if p.strip()]
    n = 0
    while n < min(_LABEL_LINES, len(lines) - 1) and _section_label(lines[n][1]):
        n += 1
    if not n or n + 1 >= len(lines):
        return None
    i, headline = lines[n]
    words = headline.split()
    if not 4 <= len(words) <= 25 or _section_label(headline) or len(headline) > 200:
        return None
    if not _opens_a_headline(words[0]):
        return None
    if headline.endswith((".", ",", ";", ":")) and not headline.endswith((".”", '."')):
        return None  # a sentence: the lede, under a label that is the headline
    if re.search(r"[.!?][”\"’']", headline):
        return None  # a whole sentence quoted ("WHAT THEY SAID" ¶ "“That was the finest hundred …” — …"): a
        # quote under its section, no headline
    return headline, "\n".join(paras[i + 1 :]).strip("\n")
