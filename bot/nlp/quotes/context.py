"""What every attribution rule reads: the parsed article, its quote spans and actors, and where each
token sits (which quote, which paragraph); plus the record a rule returns (``Attribution``) and the
per-quote record the rules pass along (``Candidate``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.nlp.actors import ActorTable
from bot.nlp.actors.furniture import caption_spans
from bot.nlp.actors.lexicon import NAMED_AS_BEFORE
from bot.nlp.quotes.lexicon import SENT_END
from bot.nlp.quotes.marks import QuoteSpan, paragraph_bounds

# A quote of this many words or fewer inside a clause is a fragment the clause runs through.
_FRAGMENT_WORDS = 4
_WORDS = re.compile(r"[^\W_]+")  # a word, for comparing quotes' words
_NAME_GIVEN_WORDS = 3  # the longest name in quotation marks that someone gives for themselves


def ends_sentence(doc, i: int) -> bool:
    """Whether token ``i`` ends a sentence: a full stop, ! or ? (an abbreviated title keeps its stop in its own
    token, ``model._title_abbreviations_whole``: "Police Lt. Tom Wilkison said" has no "." of its own)."""
    return doc[i].text in SENT_END


@dataclass
class Attribution:
    """Who said a quote, as a rule found it.

    A rule only looks: what it would change in the actor table (a person the model missed, a name whose
    kind is wrong, a transcript label to cut off the quote) is recorded here and applied by
    ``speakers.commit`` once the attribution is accepted.
    """

    speaker: str | None
    cue: str | None
    actor: int | None = None  # actor index when the speaker is an actor
    cue_tok: int | None = None  # token index of the cue
    rule: str | None = None  # name of the rule that fired
    basis: str | None = None  # how the speaker was named: name, pronoun, plural, apposition, proxy, ...
    how: str = ""  # for a pronoun, which step of the resolver named the person
    new_person: tuple[str, list[int]] | None = None  # (name, tokens) of a person to add on commit
    new_org: tuple[str, list[int]] | None = None  # (name, tokens) of an organisation to add on commit
    make_person: bool = False  # on commit, the actor's kind becomes "person"
    label_end: int | None = None  # on commit, the quote starts here (after a transcript label)

    @property
    def names_actor(self) -> bool:
        return self.actor is not None or self.new_person is not None or self.new_org is not None


@dataclass
class Candidate:
    """One quote span on its way through the rules."""

    k: int  # index of the span
    span: QuoteSpan
    attr: Attribution | None
    partial: bool


class Context:
    def __init__(
        self,
        doc,
        spans: list[QuoteSpan],
        actors: ActorTable,
        text: str | None = None,
        keep_unattributed: bool = False,
    ):
        self.doc = doc
        self.spans = spans
        self.actors = actors
        self.keep_unattributed = keep_unattributed
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every access
        n = len(doc)
        self.qid = [-1] * n  # which quote (marks included) a token is in
        self.starts = starts = doc.to_array("IDX").tolist()  # (no Token made for each)
        bounds = paragraph_bounds(self.text)
        self.para_bounds = bounds
        self.para_of = [bisect.bisect_right(bounds, (c, 1 << 62)) - 1 for c in starts] if bounds else [0] * n
        self.para_of = [max(0, p) for p in self.para_of]
        self.roles: dict | None = None  # role word -> actors tied to it (``roles.role_map``)
        # how the speaker rules read a bare surname two people share (``speakers._shared_surname_owner``), set where
        # the context is built, so that the role rules, which the speaker rules import, can read it the same way
        self.surname_owner: Callable | None = None
        self.abbreviated_roles: dict = {}  # the same, from abbreviated titles ("Sen."), set with ``roles``
        self.kin: list | None = None  # kin and agent ties to named people (``kin._ties``)
        self.late: set[int] | None = None  # people the article calls late (``kin.the_late``)
        # how the kin rules read who holds a kin noun (``kin.kin_holder``), set where the context is built, so that the
        # pronoun resolver, which the kin rules import, can read it; and whether such a lookup is under way (no
        # pronoun inside it looks up another)
        self.relative_holder: Callable | None = None
        self.reading_kin = False
        # (token, person, age) of each narrated "She is 68." (``pronouns._ages_by_copula``)
        self.copula_ages: list[tuple[int, int, str]] | None = None
        self.quote_words: dict[int, str] = {}  # a quote's folded words (``words_of``)
        self.question_runs: dict[int, int] = {}  # a Q&A question paragraph -> its run's first question
        self.mention_positions: dict | None = (
            None  # mentions in text order (``confidence._mention_positions``)
        )
        # "the statement" -> who issued it, by token index; and per document word ("statement"), up to
        # which token its mentions have been answered (``speakers._earlier_document_owner``).
        self.document_owners: dict[int, object] = {}
        self.document_words_read: dict[str, int] = {}
        # A Q&A's answer quotes and the actor who gives them (``transcript.interview_answer``).
        self.answers: tuple[set[int], int | None] | None = None
        self.captions: list[tuple[int, int]] | None = None  # photo caption lines (``in_caption``)
        self.subject_memo: dict[int, bool] = {}  # mention start -> is a clause subject (``is_subject``)
        self.q_tok: list[tuple[int, int]] = []
        # quotes that are a name someone gives for themselves (``_name_given``), by index
        self.names_given: set[int] = {k for k, s in enumerate(spans) if self._name_given(s)}
        for k, s in enumerate(spans):
            a = self.tok_at(s.open_mark)
            b = self.tok_at(max(s.close_end - 1, s.open_mark))
            self.q_tok.append((a, b + 1))
            if k in self.names_given:
                continue  # the name stays in the narration, where the person is named
            for i in range(a, b + 1):
                if self.qid[i] == -1:
                    self.qid[i] = k

    def _name_given(self, span: QuoteSpan) -> bool:
        """A name in quotation marks that someone gives for themselves ('a man at the bar who would only give
        his name as “Shorty” told me'): the name the story calls them by, not their words."""
        words = span.text_in(self.text).split()
        return (
            0 < len(words) <= _NAME_GIVEN_WORDS
            and all(w[:1].isupper() for w in words)
            and NAMED_AS_BEFORE.search(self.text, max(0, span.open_mark - 80), span.open_mark) is not None
        )

    def sent_start_tok(self, i: int) -> int:
        """The first token of token ``i``'s sentence, looked up (``Token.sent`` walks the sentence)."""
        starts = self.actors.sent_starts
        return starts[self.actors.sent_index(i)] if starts else 0

    def para_start_tok(self, i: int) -> int:
        """The first token of token ``i``'s paragraph (a lookup, not a walk: the parser can run one
        "sentence" over thousands of tokens of lines without full stops)."""
        return bisect.bisect_left(self.para_of, self.para_of[i], 0, i + 1)

    def mention_end(self, t: int, idx: int | None = None) -> int:
        """The last token of the name that starts at token ``t`` (of actor ``idx``, by default the actor
        at ``t``): where the parser hangs the name's dependency ("Kai Mendez" -> "Mendez")."""
        if idx is None:
            idx = self.actors.tok2actor.get(t)
        end = t
        while end + 1 < len(self.doc) and self.actors.tok2actor.get(end + 1) == idx:
            end += 1
        return end

    def mention_start(self, t: int, idx: int | None = None) -> int:
        """The first token of the name that ends at (or runs through) token ``t``, of actor ``idx`` (by
        default the actor at ``t``): the other end of ``mention_end``."""
        if idx is None:
            idx = self.actors.tok2actor.get(t)
        start = t
        while start > 0 and self.actors.tok2actor.get(start - 1) == idx:
            start -= 1
        return start

    def in_caption(self, para: int) -> bool:
        """Whether paragraph ``para`` is a photo caption line (``actors.furniture.caption_spans``: a credit
        in brackets, "This image released by …"), worked out once per article."""
        if self.captions is None:
            self.captions = caption_spans(self.text)
        pstart, pend = self.para_bounds[para]
        return any(a <= pstart and pend <= b for a, b in self.captions)

    def tok_at(self, char: int) -> int:
        i = bisect.bisect_right(self.starts, char) - 1
        return max(0, min(i, len(self.starts) - 1))

    def words_of(self, k: int) -> str:
        """Quote ``k``'s words, folded and space-bounded (" we will not leave "), for finding one quote's
        words inside another; worked out once per quote, since a heading or a labelled line is compared
        with every other quote of the article."""
        if k not in self.quote_words:
            words = _WORDS.findall(self.spans[k].text_in(self.text).casefold())
            self.quote_words[k] = f" {' '.join(words)} "
        return self.quote_words[k]

    def is_fragment(self, k: int) -> bool:
        """A short closed quote a clause runs through ('called it “a disgrace” and said')."""
        return self.spans[k].closed and len(self.spans[k].text_in(self.text).split()) <= _FRAGMENT_WORDS

    def runs_through(self, j: int) -> bool:
        """A closed fragment in lower case that ends no sentence ('she was “the happiest I have ever
        been” and that …'): the reported clause goes on through it."""
        body = self.spans[j].text_in(self.text).strip()
        return self.spans[j].closed and body[:1].islower() and not body.endswith((".", "?", "!"))

    def window(self, k: int) -> tuple[list[int], list[int]]:
        """Token indices of the clause before and after quote ``k`` (outside quotes, same paragraph).
        A short fragment is passed over; so, for a quote opening in lower case (the sentence's last
        fragment too), is any other lower-case fragment of the same sentence ('told this paper she was
        “…” and that they were “…”')."""
        doc = self.doc
        a, b = self.q_tok[k]
        para = self.para_of[a]
        lower = self.spans[k].text_in(self.text).strip()[:1].islower()
        left: list[int] = []
        i = a - 1
        while i >= 0 and self.para_of[i] == para:
            if self.qid[i] != -1:
                # Another quote: stop, unless it is a short fragment inside the same sentence.
                j = self.qid[i]
                if self.is_fragment(j) or (lower and self.runs_through(j)):
                    i = self.q_tok[j][0] - 1
                    continue
                break
            if ends_sentence(doc, i):
                break
            left.append(i)
            i -= 1
        right: list[int] = []
        i = b
        # past an inner quote's own closing mark
        body = self.spans[k].text_in(self.text).rstrip().rstrip("’'\"”")
        if body.endswith(".") and self.spans[k].closed:
            i = len(doc)  # the quote ended its sentence ("… I told her, ‘Whoever’s losing.’”")
        while i < len(doc) and self.para_of[i] == para:
            if self.qid[i] != -1:
                j = self.qid[i]
                if self.is_fragment(j) or (lower and self.runs_through(j)):
                    i = self.q_tok[j][1]
                    continue
                break
            if ends_sentence(doc, i):
                break
            right.append(i)
            i += 1
        return left, right

    def opens_paragraph(self, k: int) -> bool:
        a = self.q_tok[k][0]
        p = self.para_of[a]
        return self.doc[a].idx - self.para_bounds[p][0] <= 2

    def tail_after(self, k: int) -> int:
        """How many tokens of its paragraph follow quote ``k``."""
        b = self.q_tok[k][1]
        p = self.para_of[b - 1]
        n = 0
        i = b
        while i < len(self.doc) and self.para_of[i] == p:
            n += 1
            i += 1
        return n
