"""Direct quotes and who said them.

1. ``find_quote_spans(text)`` (``marks``) pairs quotation marks paragraph by paragraph.
2. ``attribute(doc, spans, actors)`` runs each quote through the rules below, in order:

   - ``OWN_CUE_RULES``: the first that names a speaker wins; a rule that finds a cue but no nameable
     speaker marks the quote as speech of unknown source (a later rule may still name one).
   - ``INHERIT_RULES``: a whole quote with no cue of its own takes a neighbour's speaker.
   - ``DROP_FILTERS``: quotes that are no one's speech (subheads, titles, no speaker) are left out.

   Rules only look; what an accepted attribution changes in the actor table (a person the model
   missed, a corrected kind, a transcript label) is applied by ``speakers.commit``. Speakers are
   canonical actor names, short noun phrases for unnamed sources ("a campaign spokesman"), or ``None``;
   never a pronoun. Whole-paragraph Q&A transcript lines are quotes of the person labelled.

Adding a rule: see "Adding a rule" in docs/extraction.md.
"""

from __future__ import annotations

import re

from bot.brief import Quote
from bot.nlp.actors import ActorTable
from bot.nlp.quotes import confidence, confidence_model, filters, inherit, own_cue
from bot.nlp.quotes.address import addresses
from bot.nlp.quotes.context import Attribution, Candidate, Context
from bot.nlp.quotes.filters import is_partial
from bot.nlp.quotes.inherit import _HANDOVER_TAIL, cue_between
from bot.nlp.quotes.kin import kin_holder
from bot.nlp.quotes.lexicon import CUE_VERBS, PERFORMING_VERBS
from bot.nlp.quotes.marks import QuoteSpan, find_quote_spans
from bot.nlp.quotes.speakers import commit, shared_surname_owner
from bot.nlp.quotes.transcript import echoed_speaker, transcript_label, transcript_lines

__all__ = ["QuoteSpan", "find_quote_spans", "attribute", "CUE_VERBS", "OWN_CUE_RULES", "INHERIT_RULES"]

# (name, rule(ctx, k) -> Attribution | None), tried in order.
OWN_CUE_RULES = (
    ("transcript label", transcript_label),  # '"PENCE: Well, look …'
    ("dash sign-off", own_cue.dash_signoff),  # '“…” ― Jane Doe'
    ("sign-off on the next line", own_cue.next_line_signoff),  # '“…”' ¶ 'Dr Ana Ruiz, virologist'
    (
        "verdict on the next line",
        own_cue.verdict_on_the_next_line,
    ),  # '“…”' ¶ 'That was the verdict of Isla Ferguson'
    ("cue in the clause", own_cue.cue_in_clause),  # '“…,” Ortiz said' / 'Ortiz said: “…”'
    ("colon cue in the previous paragraph", own_cue.colon_cue_before),  # 'Ortiz said:' ¶ '“…”'
    ("colon after a clause", own_cue.colon_after_clause),  # 'Persaud is more blunt: “…”'
)
# (name, rule(ctx, candidates, k) -> Attribution | None), tried in order for a whole quote with no cue.
INHERIT_RULES = (
    ("previous quote, same paragraph", inherit.previous_quote_same_paragraph),
    ("turn in an exchange", inherit.turn_in_an_exchange),
    ("previous quote, previous paragraph", inherit.previous_quote_previous_paragraph),
    ("next quote, same paragraph", inherit.next_quote_same_paragraph),
    ("reported speech in the previous paragraph", inherit.reported_previous_paragraph),
    ("reported speech in the previous sentence", inherit.reported_previous_sentence),
    ("quote carried on", inherit.quote_carried_on),  # '“… (left open) ¶ “…,” Kowalczyk said.'
    ("person narrated in the previous paragraph", inherit.narrated_person),
)
# (name, filter(ctx, candidate, body) -> bool): True leaves the quote out.
DROP_FILTERS = (
    ("page furniture", filters.drop_furniture),  # 'READ MORE: ‘Costs are rising,’ union says'
    ("quoted subhead", filters.drop_subhead),
    ("nickname", filters.drop_nickname),  # 'called her the “Iron Lady”'
    ("title of a work", filters.drop_work_title),
    ("name as a modifier", filters.drop_name_modifier),
    (
        "inscription",
        filters.drop_inscription,
    ),  # 'banners reading “Lithium for Bolivians”'  # 'its ‘Home of Good Value’ slogan'
    ("no speaker", filters.drop_unattributed),
)


def _own_cue(ctx: Context, k: int) -> Attribution | None:
    found: Attribution | None = None
    for name, rule in OWN_CUE_RULES:
        attr = rule(ctx, k)
        if attr is None:
            continue
        attr.rule = name
        found = attr
        if attr.speaker is not None:
            commit(ctx, attr)
            break
    return found


def _inherited(ctx: Context, cands: list[Candidate], k: int) -> Attribution | None:
    for name, rule in INHERIT_RULES:
        attr = rule(ctx, cands, k)
        if attr is not None:
            attr.rule = name
            commit(ctx, attr)
            return attr
    return None


def _name_labels_by_echo(ctx: Context, cands: list[Candidate]) -> None:
    """A labelled line left without a speaker ('Minister: “…”') takes the speaker of the body quote
    that says its words again (``transcript.echoed_speaker``); so does a line an organisation's name labels
    when a person the body names says the words ('SES: ‘If you are told to go, go’' ¶ "“… If you are told to
    go, go,” Pettigrew said": the one who spoke for the body)."""
    actors = ctx.actors.actors
    for k, cand in enumerate(cands):
        attr = cand.attr
        if attr is None or attr.basis != "label":
            continue
        by_body = attr.actor is not None and actors[attr.actor].kind == "organization"
        if attr.speaker is not None and not by_body:
            continue
        echo = echoed_speaker(ctx, cands, k)
        if echo is None or (by_body and (echo.actor is None or actors[echo.actor].kind != "person")):
            continue
        echo.rule = attr.rule
        cand.attr = echo


def _headline_line_by_echo(ctx: Context, cands: list[Candidate]) -> None:
    """A whole quote on a headline line left in the body (``_headline_lines``: the first line or the deck under it,
    "A year after the storm, Grand Chenier still waits: ‘We’re not leaving, but we’re tired’": one line, no full
    stop after its quote), takes the named speaker of the body quote that says its words again, instead of
    none, a phrase ("West Island mayors vow …: “…”"), a body or a place the line's cue gives ("BVP says
    ‘arithmetic is arithmetic’") or the subject before its colon or after its dash (whoever the story is
    about: "‘…’ – Llŷn village buys its pub"); a person the line's own cue names stays ("Danny Okoro-Hughes
    says he ‘…’")."""
    heads = _headline_lines(ctx)
    for k, cand in enumerate(cands):
        attr = cand.attr
        if (
            cand.span.para not in heads
            or cand.span.end > heads[cand.span.para]
            or (cand.partial and attr is None)
        ):
            continue  # a fragment no cue reports is a term the filters judge ("‘AI-first’ push")
        if (
            attr is not None
            and attr.actor is not None
            and ctx.actors.actors[attr.actor].kind == "person"
            and attr.rule not in ("colon after a clause", "dash sign-off")
            and attr.basis != "pronoun"
        ):
            continue  # the headline's own cue named a person: "Danny Okoro-Hughes says he ‘…’" (a "he says" on
            # the first line has no one before it to stand for: the body's speaker of the words decides)
        echo = echoed_speaker(ctx, cands, k)
        by_subject = attr is not None and attr.rule in ("colon after a clause", "dash sign-off")
        if echo is not None and (echo.actor is not None or by_subject):
            # a phrase the body gives the words to outweighs whom the story is about ("… star Brielle
            # Santangelo splits from fiancé …: ‘It's been brewing’" ¶ "“It's been brewing since the spring,”
            # a source close to the reality star tells us")
            echo.rule = attr.rule if attr is not None else echo.rule
            cand.attr = echo


def _unnamed_by_echo(ctx: Context, cands: list[Candidate]) -> None:
    """A whole quote given to someone the article leaves unnamed with "one" or "a" ("“They didn’t need a zero-day,” one
    researcher says" in a deck) takes the person a quote elsewhere that says its words again is given to (a pull quote
    signed "— Lena Marchetti, Tessellate Security"): the same words, the same mouth, as ``echoed_speaker`` reads them;
    a definite phrase ("the spokesperson") is the role rules' to name."""
    actors = ctx.actors.actors
    for k, cand in enumerate(cands):
        attr = cand.attr
        if cand.partial or attr is None or attr.speaker is None or attr.names_actor:
            continue
        words = attr.speaker.split()
        if words[0].lower() not in _UNNAMED_DETERMINERS or len(words) > _UNNAMED_WORDS:
            continue
        if ctx.words_of(cand.k).count(" ") <= _ECHO_WORDS:
            continue  # a few words may be anyone's ("We are heartbroken")
        echo = echoed_speaker(ctx, cands, k)
        if echo is not None and echo.actor is not None and actors[echo.actor].kind == "person":
            echo.rule, echo.cue, echo.cue_tok = attr.rule, attr.cue, attr.cue_tok
            cand.attr = echo


_UNNAMED_DETERMINERS = frozenset({"one", "a", "an"})
# Words of an unnamed speaker's phrase at most: "one researcher", "a senior official", not "a spokesperson for the Ohio
# Department of Health" (whose words a named person may well read out).
_UNNAMED_WORDS = 3
_ECHO_WORDS = 4  # words a quote must have over this many to be said again only by its speaker


_HEADLINE_WORDS = 30  # longer first lines are a lede, not a headline
# A site's alert bar copied with its page: a capitalised alert word and a bar after it ("BREAKING | …", "LIVE | …"); a
# headline of its own writes a colon ("BREAKING: Premier resigns").
_ALERT_BANNER = re.compile(r"(?:BREAKING|DEVELOPING|ALERT|LIVE|JUST IN|UPDATE)(?: NEWS)?\s*\|")
# Short paragraphs above a headline that are a page's labels, not the headline: at most this many, of at most so many
# words each.
_LABEL_LINES = 4
_LABEL_WORDS = 3


def _headline_lines(ctx: Context) -> dict[int, int]:
    """{paragraph: where its first line ends} for the article's headline lines: its first line when that
    reads as a headline (no full stop, ``_HEADLINE_WORDS`` words at most) and, after a first paragraph of one
    such line, the deck under it when it reads as one too ("Victoria bushfires live: …" ¶ "Residents … told
    it is too late to leave; premier says “this is a dangerous day for our state”"); a page's short labels above
    the headline ("Business" ¶ "Subscribe" ¶ headline ¶ deck) are passed over."""
    heads: dict[int, int] = {}
    if "\n" not in ctx.text:
        return heads  # a text of one line is no headline over a story
    bounds = ctx.para_bounds
    first = 0
    while first < min(len(bounds) - 1, _LABEL_LINES) and (
        len(label := ctx.text[slice(*bounds[first])].split()) <= _LABEL_WORDS
        or _ALERT_BANNER.match(" ".join(label))
    ):
        first += 1  # a page's section and button labels above the headline ("Business", "Subscribe"), and its
        # alert bar ("BREAKING | Highway 401 eastbound express lanes closed …")
    for para, (start, end) in enumerate(bounds[first : first + 2], start=first):
        line_end = ctx.text.find("\n", start, end)
        line = ctx.text[start : end if line_end < 0 else line_end].rstrip()
        if not line or line[-1:] in ".!?" or len(line.split()) > _HEADLINE_WORDS:
            break
        if para == first and line_end >= 0:
            heads[para] = line_end  # a first paragraph of more lines: its first line only
            break
        heads[para] = start + len(line)
    return heads


def _speech_after_unknown(ctx: Context, cands: list[Candidate]) -> None:
    """A whole quote with no cue that follows, in the same paragraph and with no other cue between, a
    quote that has a cue but no speaker the rules can name ('“…,” the world No. 2 said. “…”') goes on
    with the same speech: it is kept, unattributed, as the first is (not dropped as a scare quote)."""
    for k in range(1, len(cands)):
        cand, prev = cands[k], cands[k - 1]
        pattr = prev.attr
        if cand.attr is not None or cand.partial or pattr is None or pattr.speaker is not None:
            continue
        if pattr.cue is None or prev.partial:
            continue
        same = prev.span.para == cand.span.para and not cue_between(ctx, k - 1, k, pattr.cue_tok)
        # or the next paragraph, opened by the quote, when the earlier one ended in (or just after) its quote
        runs_on = (
            prev.span.para == cand.span.para - 1
            and ctx.opens_paragraph(k)
            and ctx.tail_after(k - 1) <= _HANDOVER_TAIL
        )
        if same or runs_on:
            cand.attr = Attribution(None, pattr.cue, None, pattr.cue_tok, rule=pattr.rule)


def _no_speech_in_names(ctx: Context, cands: list[Candidate]) -> None:
    """A nickname given or a work's title performed, in quotation marks ('her son, whom the family called
    “Jo-Jo”', 'The congregation sang the tune “Coleshill”'), is no one's speech: its "speaker" is cleared
    before inheritance, so the quote paragraph after it is not handed the namer or the singer (the drop
    filters leave it out later). A title after a speech verb keeps its speaker ('said on CBS's “Face the
    Nation”: “…”' hands the speaker on), and so does a nickname inside the speaker's name ('chair Wendell
    “Buddy” MacPhee told The Graphic. “…”')."""
    for cand in cands:
        attr = cand.attr
        if attr is None or not cand.partial:
            continue
        body = cand.span.text_in(ctx.text).strip()
        cue = None if attr.cue_tok is None else ctx.doc[attr.cue_tok]
        performed = cue is not None and cue.lemma_.lower() in PERFORMING_VERBS
        if filters.nickname_given(ctx, cand, body) or (
            performed and filters.drop_work_title(ctx, cand, body)
        ):
            cand.attr = None


def _withhold_the_addressee(ctx: Context, cands: list[Candidate]) -> None:
    """A person the quote speaks to by name ("…, Mr. Maddox.") is not its speaker: the speaker is
    withheld and the quote kept as speech of unknown source (``address``)."""
    for cand in cands:
        attr = cand.attr
        if attr is None or attr.actor is None or ctx.actors.actors[attr.actor].kind != "person":
            continue
        if addresses(cand.span.text_in(ctx.text), ctx.actors.actors[attr.actor].name):
            cand.attr = Attribution(None, attr.cue, None, attr.cue_tok, rule=attr.rule)


def attribute(
    doc,
    spans: list[QuoteSpan],
    actors: ActorTable,
    *,
    text: str | None = None,
    keep_unattributed: bool = False,
    threshold: float | None = None,
    explain: list | None = None,
) -> list[Quote]:
    """Attribute each quote span of ``doc`` (see the module docstring).

    A speaker whose confidence is below ``threshold`` (default: the shipped model's) is withheld: the
    quote stays, with ``speaker`` None and its ``speaker_confidence``. ``explain``, when given, receives
    ``(quote, features, speaker)`` for every quote that had a speaker (for fitting the confidence model).
    """
    if threshold is None:
        threshold = confidence_model.THRESHOLD
    quotes: list[tuple[int, Quote]] = []
    for pos, idx, quote in transcript_lines(doc.text if text is None else text, spans, actors):
        actors.actors[idx].quotes += 1
        quotes.append((pos, quote))
    if not spans:
        return [q for _, q in quotes]
    ctx = Context(doc, spans, actors, text, keep_unattributed)
    ctx.surname_owner = shared_surname_owner
    ctx.relative_holder = kin_holder

    cands: list[Candidate] = []
    for k, span in enumerate(spans):
        attr = _own_cue(ctx, k)
        if attr is not None and attr.label_end is not None:
            span.start = attr.label_end  # the quote starts after its transcript label
            cands.append(Candidate(k, span, attr, partial=False))
        else:
            cands.append(Candidate(k, span, attr, is_partial(ctx.text, span)))
    _withhold_the_addressee(ctx, cands)  # before inheritance, so what follows is not handed the name
    _no_speech_in_names(ctx, cands)  # before inheritance too: a nickname or a title hands no one on

    # In order, so a run of quotes passes the speaker along.
    for k, cand in enumerate(cands):
        if cand.attr is None or (cand.attr.speaker is None and cand.attr.cue is None):
            cand.attr = None if cand.partial else _inherited(ctx, cands, k)

    _name_labels_by_echo(ctx, cands)
    _headline_line_by_echo(ctx, cands)
    _unnamed_by_echo(ctx, cands)
    _speech_after_unknown(ctx, cands)
    _withhold_the_addressee(ctx, cands)

    for cand in cands:
        body = cand.span.text_in(ctx.text).strip()
        if any(drop(ctx, cand, body) for _, drop in DROP_FILTERS):
            continue
        attr = cand.attr
        quote = Quote(quote=body, speaker=None, cue=attr.cue if attr else None, partial=cand.partial)
        if attr is not None and attr.speaker is not None:
            x = confidence.features(ctx, cand)
            quote.speaker_confidence = round(confidence.probability(x), 3)
            if explain is not None:
                explain.append((quote, x, attr.speaker))
            if quote.speaker_confidence >= threshold:
                quote.speaker = attr.speaker
                if attr.actor is not None:
                    actors.actors[attr.actor].quotes += 1
                    quote.speaker_actor = actors.actors[attr.actor].name
        quotes.append((cand.span.start, quote))
    quotes.sort(key=lambda pq: pq[0])
    return [q for _, q in quotes]
