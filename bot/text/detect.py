"""Is a Slack message a pasted article? The rule the bot uses before it spends time on spaCy.

A message counts as an article when, after Slack markup is taken out (links, @mentions, channel
names, emoji codes, code blocks), it has

* at least ``BRIEF_MIN_WORDS`` words (default 80),
* over at least ``BRIEF_MIN_SENTENCES`` sentences (default 3) of three words or more, and
* reads like prose: at least 60% of its non-space characters are letters, at most a third of its
  lines look like a list, a log or code (bullets, ``key=value``, braces, semicolons at the end), and its
  sentences average no more than 60 words (a wall of unpunctuated text is not an article).

Anything else is chat and gets no reply. The rule is cheap (regular expressions, no spaCy) because it
runs on the request path for every message in every channel the bot is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODE_BLOCK = re.compile(r"```.*?```", re.DOTALL)
_SLACK_TOKEN = re.compile(r"<[^<>]*>")  # <https://…|label>, <@U123>, <#C123|name>, <!here>
_EMOJI = re.compile(r":[a-z0-9_+'-]+:")
_WORD = re.compile(r"[^\W\d_]+(?:[’'.-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*\n")
_LISTISH_LINE = re.compile(r"^\s*(?:[-*•>#|]|\d+[.)]\s|\w+\s*[:=]\s*\S+$)|[{};]\s*$")

MIN_LETTER_SHARE = 0.6
MAX_LISTISH_SHARE = 1 / 3
MAX_WORDS_PER_SENTENCE = 60
MIN_SENTENCE_WORDS = 3


@dataclass(frozen=True)
class Verdict:
    """Whether a text counts as an article, with the numbers behind the decision."""

    is_article: bool
    words: int
    sentences: int
    reason: str  # one line, for logs and for replies to /brief with too little text


def plain_text(message_text: str) -> str:
    """The words of a Slack message: markup, code blocks and emoji codes removed."""
    text = _CODE_BLOCK.sub(" ", message_text or "")
    text = _SLACK_TOKEN.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def count_sentences(text: str) -> int:
    """Sentences of at least three words (headlines and sign-offs do not count)."""
    return sum(1 for part in _SENTENCE_END.split(text) if len(_WORD.findall(part)) >= MIN_SENTENCE_WORDS)


def looks_like_article(message_text: str, *, min_words: int = 80, min_sentences: int = 3) -> Verdict:
    """Apply the rule in the module docstring to one message."""
    text = plain_text(message_text)
    words = len(_WORD.findall(text))
    sentences = count_sentences(text)
    if words < min_words:
        return Verdict(False, words, sentences, f"too short: {words} words (an article has {min_words}+)")
    if sentences < min_sentences:
        return Verdict(
            False, words, sentences, f"too few sentences: {sentences} (an article has {min_sentences}+)"
        )
    visible = [c for c in text if not c.isspace()]
    letters = sum(1 for c in visible if c.isalpha())
    if visible and letters / len(visible) < MIN_LETTER_SHARE:
        return Verdict(False, words, sentences, "does not read like prose (too few letters)")
    lines = [line for line in text.splitlines() if line.strip()]
    listish = sum(1 for line in lines if _LISTISH_LINE.search(line))
    if len(lines) >= 3 and listish / len(lines) > MAX_LISTISH_SHARE:
        return Verdict(False, words, sentences, "does not read like prose (a list, a log or code)")
    if words / sentences > MAX_WORDS_PER_SENTENCE:
        return Verdict(False, words, sentences, "does not read like prose (hardly any full stops)")
    return Verdict(True, words, sentences, f"{words} words over {sentences} sentences")
