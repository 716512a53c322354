"""The rule tables of the quote extractor: rules only look, ``commit`` changes the actor table."""

from __future__ import annotations

import copy

from bot.nlp.actors import build_actors
from bot.nlp.quotes import INHERIT_RULES, OWN_CUE_RULES, find_quote_spans
from bot.nlp.quotes.context import Candidate, Context
from bot.nlp.quotes.speakers import commit

TEXTS = [
    # an untagged name after the cue (a person the model may miss), a role noun in apposition
    "“The bridge will reopen in May,” said Harbour Commissioner Odile Marchetti-Vance. "
    "“We are on schedule,” the agency’s director, Tomasz Wielgosz, added.",
    # a dash sign-off, a colon cue in the previous paragraph, an inherited quote
    "“We could have done better.” ― Coach Brendan Okafor\n\nThe club’s chair, Ruth Ames, said:\n\n"
    "“The season is not over.”\n\n“We go again on Saturday.”",
    # a quoted transcript label
    "Senator Kaine spoke first.\n\n“KAINE: We need a plan for the region, and we need it now.”",
]


def _snapshot(table):
    return (
        [(a.name, a.kind, a.mentions, a.quotes) for a in table.actors],
        dict(table.tok2actor),
        list(table.mentions),
    )


def test_rules_only_look(nlp):
    for text in TEXTS:
        doc = nlp(text)
        table = build_actors(doc)
        spans = find_quote_spans(text)
        assert spans
        before = _snapshot(table)
        ctx = Context(doc, copy.deepcopy(spans), table, text)
        cands = [Candidate(k, s, None, False) for k, s in enumerate(ctx.spans)]
        for k in range(len(spans)):
            for _, rule in OWN_CUE_RULES:
                found = rule(ctx, k)
                if found is not None and cands[k].attr is None:
                    cands[k].attr = found
            for _, rule in INHERIT_RULES:
                rule(ctx, cands, k)
        assert _snapshot(table) == before, text
        assert [s.start for s in ctx.spans] == [s.start for s in spans]  # labels are cut on commit only


def test_commit_adds_the_person_a_rule_found(nlp):
    text = TEXTS[1]
    doc = nlp(text)
    table = build_actors(doc)
    ctx = Context(doc, find_quote_spans(text), table, text)
    dash = dict(OWN_CUE_RULES)["dash sign-off"]
    attr = dash(ctx, 0)
    assert attr is not None and attr.speaker == "Brendan Okafor"
    commit(ctx, attr)
    assert attr.actor is not None and table.actors[attr.actor].name == "Brendan Okafor"
    assert table.actors[attr.actor].kind == "person"


def test_confidence_model_matches_the_features():
    from bot.nlp.quotes import confidence, confidence_model

    assert tuple(confidence_model.FEATURES) == tuple(confidence.feature_names())
    assert len(confidence_model.COEFFICIENTS) == len(confidence_model.FEATURES)
    assert 0.0 <= confidence_model.THRESHOLD < 1.0


def test_low_confidence_withholds_the_speaker_but_keeps_the_quote(nlp):
    from bot.brief import Brief
    from bot.nlp.analysis import extract
    from bot.render.digest import render_all_quotes

    text = "“We will reopen the bridge in May,” said Odile Marchetti, the harbour commissioner."
    _, sure = extract(nlp(text), text, threshold=0.0)
    _, unsure = extract(nlp(text), text, threshold=1.0)
    assert [(q.quote, q.speaker) for q in sure] == [("We will reopen the bridge in May,", "Odile Marchetti")]
    assert [(q.quote, q.speaker, q.cue) for q in unsure] == [
        ("We will reopen the bridge in May,", None, "said")
    ]
    assert 0.0 < unsure[0].speaker_confidence == sure[0].speaker_confidence < 1.0
    data = Brief(title=None, url=None, words=12, text=text, quotes=unsure).to_dict()
    assert data["quotes"][0]["speaker"] is None and data["quotes"][0]["speaker_confidence"] > 0
    assert "_unattributed_" in str(render_all_quotes(None, unsure).blocks)


def test_confidence_knows_every_rule_in_order():
    from bot.nlp.quotes import confidence

    fitted = tuple(name for name, _ in OWN_CUE_RULES + INHERIT_RULES if name not in confidence.RULE_ALIASES)
    assert confidence.RULES == fitted
    assert set(confidence.RULE_ALIASES.values()) <= set(confidence.RULES)
    assert confidence.INHERITED == {name for name, _ in INHERIT_RULES}


def test_a_phrase_naming_a_thing_is_told_from_one_naming_people():
    from bot.nlp.quotes.confidence import names_thing

    for thing in ("a box", "the advertisement", "Language", "softer language", "a game", "Claims"):
        assert names_thing(thing), thing
    for people in (
        "a campaign spokeswoman",
        "two residents",
        "the organisers",
        "Stella's owners",
        "the union",
        "a statement",
        "the players",
        "Critics",
        "the economist",
    ):
        assert not names_thing(people), people


def _explained(nlp, text):
    from bot.nlp.analysis import extract
    from bot.nlp.quotes.confidence import feature_names

    explain: list = []
    extract(nlp(text), text, threshold=0.0, explain=explain)
    names = feature_names()
    return [(speaker, dict(zip(names, x, strict=True))) for _, x, speaker in explain]


def test_rival_people_count_others_a_pronoun_could_mean(nlp):
    alone = _explained(
        nlp,
        "Maria Lopez has run the shelter on Elm Street for a decade.\n\n“We are full every night,” she said.",
    )
    crowded = _explained(
        nlp,
        "Maria Lopez has run the shelter with Anna Keller and Sarah Brandt for a decade.\n\n“We are full every night,” she said.",
    )
    assert [s for s, _ in alone] == [s for s, _ in crowded] == ["Maria Lopez"]
    assert alone[0][1]["log rival people for the pronoun"] == 0.0
    assert crowded[0][1]["log rival people for the pronoun"] > 0.0
