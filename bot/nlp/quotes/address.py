"""Who a quote talks to: a person a quote addresses by name is not the one saying it.

"That's not what I asked you, Mr. Maddox." is said to Maddox, by someone else: in a court transcript, a
hearing or a dinner-table scene the rules can hand such a line to the person named nearest, who is
the one spoken to. A speaker the quote addresses is withheld, the quote kept as speech of unknown
source: a wrong name is worse than none.
"""

from __future__ import annotations

import re

from bot.nlp.actors.lexicon import HONORIFICS, TITLES

# A quote inside the quote ("She kept saying, ‘Mrs Dobson, can you …?’"): someone else's words, read
# out; its mark opens after a space, a colon or a bracket (an apostrophe never does), and an apostrophe inside a word
# ("‘You’re done for the year, Mr. Lindqvist,’") does not close it.
_INNER_QUOTE = re.compile(r"(?:(?<=\s)|^|(?<=[:(]))[‘“\"'](?:[^‘’“”\"]|(?<=\w)[’'](?=\w))*?[’”\"'](?!\w)")
# A title before a name spoken to ("Mr. Maddox", "Dr Ruiz", "Senator").
_TITLE = r"(?:(?:" + "|".join(sorted(HONORIFICS.keys() | TITLES, key=len, reverse=True)) + r")\.?\s+)"


def addresses(quote: str, name: str) -> bool:
    """Whether ``quote`` speaks to the person called ``name``: the name (with a title, or the surname or
    given name alone) set off by a comma and closing its sentence ("…, Mr. Maddox."), or, with a title,
    opening it ("Mr. Maddox, where were you?") or set off by commas inside it. A quote inside the quote
    is someone else's words and is not read."""
    words = [w for w in name.split() if w[:1].isupper()]
    quote = _INNER_QUOTE.sub(" ", quote)
    if not words:
        return False
    folded = quote.lower()
    if not any(w.lower() in folded for w in (words[-1], words[0])):
        return False  # the name is not in the quote: no pattern to build (each is compiled anew)
    forms = {re.escape(name), re.escape(words[-1]), re.escape(words[0])}
    form = "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"
    closing = rf",\s+{_TITLE}?{form}\s*[.?!]"
    titled = rf"(?:^|,\s+){_TITLE}{form}\s*,"
    flags = re.IGNORECASE
    # the name must keep its capital in the quote ("…, Young." is a name; "…, young." is not)
    return any(
        m.group(0).rstrip(" .?!,")[-1:].isalpha() and _capitalised(m.group(0))
        for pattern in (closing, titled)
        for m in re.finditer(pattern, quote, flags)
    )


def _capitalised(found: str) -> bool:
    """Whether the last word of the match (the name) is written with its capital."""
    last = found.rstrip(" .?!,").split()[-1]
    return last[:1].isupper()
