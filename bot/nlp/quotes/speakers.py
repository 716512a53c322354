"""From a cue's subject token to a speaker: an actor's canonical name, a resolved pronoun, or a short
noun phrase for an unnamed source. Lookups only look; ``commit`` applies what an accepted attribution
changes in the actor table."""

from __future__ import annotations

import re

from bot.nlp.actors import normalise_name
from bot.nlp.actors.evidence import (
    capitalised_title,
    demonym_places,
    institution_shape,
    opens_with_given_name,
    personal_title,
    place_of_demonym,
)
from bot.nlp.actors.gender import given_name_gender
from bot.nlp.actors.lexicon import (
    AP_STATE_NAMES,
    BUSINESS_ROLES,
    CHINESE_SURNAMES,
    COMPANY_DESIGNATORS,
    FEMALE_NOUNS,
    GIVEN_NAMES,
    HONORIFICS,
    HYPHENED_GIVEN,
    LEGAL_FORMS,
    MALE_NOUNS,
    MEMBER_LETTERS,
    POST_NOMINALS,
    PROVINCE_SHORT_FORMS,
    REGION_DEMONYM_PHRASES,
    ROLE_INITIALS,
    TITLES,
)
from bot.nlp.actors.merge import is_initials_of, word_is_subject
from bot.nlp.actors.names import honorific_of
from bot.nlp.quotes.confidence import names_thing
from bot.nlp.quotes.context import Attribution, Context
from bot.nlp.quotes.cues import (
    describes_person,
    description,
    is_cue,
    names_age_or_nation,
    noun_phrase,
    part_of_group,
    person_word,
    phrase_end,
    place_description,
    subject,
    unclosed_apposition,
    with_own_phrase,
    with_the,
    word_for_people,
)
from bot.nlp.quotes.kin import kin_holder, kin_owner, relation_of, the_late
from bot.nlp.quotes.lede import named_with_the_role_next, person_of_lede
from bot.nlp.quotes.lexicon import (
    AGE_SPAN_NOUNS,
    AUTHORING_VERBS,
    CAPITALS_ROLES,
    COLLECTIVE_NOUNS,
    CREDIT_MARKS,
    DASHES,
    DOC_NOUNS,
    DOC_PARTS,
    GOVERNING_NOUNS,
    GROUP_NOUNS,
    ISSUED_DOC_NOUNS,
    ISSUER_PREPOSITIONS,
    MUNICIPAL_NOUNS,
    NAMED_AS,
    NATION_ADJECTIVES,
    NATION_COUNTRIES,
    NEWCOMER_DESCRIPTIONS,
    ORG_NOUNS,
    ORIGIN_NOUNS,
    PARTY_MEMBER_NOUNS,
    PEOPLE_NOUNS,
    PERSON_DESCRIPTIONS,
    PERSON_SUFFIXES,
    PLACE_DESCRIBED_NOUNS,
    PLURAL_SUBJECT_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    PROXY_NOUNS,
    PROXY_ROLES,
    RECEIVING_VERBS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SENIOR_OFFICES,
    SPEECH_NOUNS,
    SPOKESPERSON_NOUNS,
    TITLE_ABBREVIATIONS,
)
from bot.nlp.quotes.pronouns import (
    age_in,
    described_subject,
    is_subject,
    narrated_sentence_before,
    one_organisation,
    person_of_age,
    pronoun_sex,
    resolve_description,
    resolve_plural,
    resolve_pronoun,
    resolve_pronoun_how,
    stated_ages,
    unnamed_subject,
)
from bot.nlp.quotes.roles import (
    bare_party_word,
    described_with,
    given_role,
    head_before_letters,
    home_elsewhere,
    inner_hyphen,
    is_org_noun,
    is_role_noun,
    member_of_a_legislature,
    named_before,
    nationality,
    officer_by_initials,
    offices_held,
    organisation_opening,
    organisation_opening_with,
    origin_holder,
    origin_people,
    party_member,
    party_state,
    party_titled,
    person_origins,
    recent_organisation,
    recent_role_free_person,
    role_before_its_letters,
    role_holder,
    role_map,
    sex_said_of,
    shown_as,
    subject_verb,
    the_one_styled,
    tied_holders,
    unnamed_one_just_before,
    unnamed_reach_start,
    untagged_organisation,
)


def commit(ctx: Context, attr: Attribution) -> None:
    """Apply an accepted attribution to the article: add the person a rule found that the model
    missed, make a name in apposition to a role a person, cut a transcript label off the quote."""
    actors = ctx.actors
    if attr.new_person is not None or attr.new_org is not None or attr.make_person:
        ctx.subject_memo.clear()  # a new actor or kind may make another mention a subject, or not
    if attr.new_person is not None:
        name, tokens = attr.new_person
        attr.actor = actors.add_person(name, tokens)
        attr.speaker = actors.actors[attr.actor].name
        attr.new_person = None
        if word_is_subject(ctx.doc, min(tokens), max(tokens) + 1):
            # the subject of its clause, as the table marks the mentions the model found: a "she" in the
            # next paragraph may stand for the speaker found ("Divya Nair of the … Trust … said …" ¶ "“…,” she said")
            actors.subjects.add(min(tokens))
    if attr.new_org is not None:  # "the company, Northern Grid Power": the name shown stays
        attr.actor = actors.add_organisation(*attr.new_org)
        attr.new_org = None
    if attr.make_person and attr.actor is not None:
        actors.actors[attr.actor].kind = "person"
        attr.make_person = False


_PARTY_TAG = re.compile(r"[A-Z]{1,3}-[A-Z][\w.'’ -]*")


def _named_before_party_tag(tok, ctx: Context):
    """The name a party-and-district tag is set off after ("Joanne Pietrowski, D-Allegheny, posted …": the
    parser may make the tag the subject); else ``tok``."""
    head = tok.head
    if tok.dep_ != "appos" or head.i >= tok.i or ctx.actors.tok2actor.get(head.i) is None:
        return tok
    span = ctx.doc[tok.left_edge.i : tok.i + 1]
    return head if _PARTY_TAG.fullmatch(span.text) else tok


def _member_after_a_joined_seat(tok, ctx: Context) -> Attribution | None:
    """ "said the Fermanagh and South Tyrone MLA": the parser made the seat's first place the subject and the member's
    letters its conjunct; the member speaks, the holder of that role when the article ties it to one. Else None."""
    idx = ctx.actors.tok2actor.get(tok.i)
    if idx is not None and ctx.actors.actors[idx].kind == "person":
        return None
    det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"), None)
    member = next(
        (c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and c.text in MEMBER_LETTERS), None
    )
    if det is None or member is None or not any(c.dep_ == "cc" for c in tok.children):
        return None
    phrase = ctx.doc[det.i : member.i + 1].text
    holder = role_holder(ctx, member, bare=True)
    if holder is None:
        return Attribution(phrase, None, basis="phrase")
    return Attribution(shown_as(ctx.actors.actors[holder].name, phrase), None, holder, basis="role")


def _spokesperson_after_a_body(tok, ctx: Context) -> Attribution | None:
    """ "A Department of Health and Social Care spokesperson said": the parser made the body the subject and hung the
    spokesperson on its "of"; the spokesperson written right after the body's name, before the verb, speaks, as the
    article describes them. Else None."""
    idx = ctx.actors.tok2actor.get(tok.i)
    if idx is None or ctx.actors.actors[idx].kind != "organization":
        return _spokesperson_closing_the_subject(tok, ctx)
    doc = ctx.doc
    end = ctx.mention_end(tok.i, idx) + 1
    if end + 1 >= len(doc) or doc[end].lower_ not in SPOKESPERSON_NOUNS or doc[end + 1].i != tok.head.i:
        return None
    return Attribution(doc[tok.left_edge.i : end + 1].text, None, basis="phrase")


def _spokesperson_closing_the_subject(tok, ctx: Context) -> Attribution | None:
    """ "A Transport for NSW spokeswoman said": a body's name with "for" in it, the parser making its first word the
    subject and the spokesperson a noun of its "for"; the whole phrase up to the spokesperson noun right before the verb
    speaks, as the article words it. Else None."""
    doc, verb = ctx.doc, tok.head
    if tok.dep_ != "nsubj" or verb.i < 2 or not tok.text[:1].isupper() or tok.i in ctx.actors.tok2actor:
        return None
    last = doc[verb.i - 1]
    if last.lower_ not in SPOKESPERSON_NOUNS or last.i <= tok.i or not tok.is_ancestor(last):
        return None
    start = tok.left_edge.i
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[start : last.i]):
        return None
    return Attribution(doc[start : last.i + 1].text, None, basis="phrase")


def _named_before_post_nominal(tok, ctx: Context):
    """The name a post-nominal closes ("Judge Caroline Ashby-Kerr KC told Pratt": the parser makes "KC" the
    subject's head); else ``tok``."""
    if tok.text.strip(".,") not in POST_NOMINALS or not tok.i:
        return tok
    before = ctx.doc[tok.i - 1]
    idx = ctx.actors.tok2actor.get(before.i)
    return before if idx is not None and ctx.actors.actors[idx].kind == "person" else tok


def _named_before_initials(tok, ctx: Context):
    """The person whose name an office's or a body's initials are set off after ("said Anitha Rao, DCP (Traffic
    East)": the parser may make the initials the subject and hang the name under them); else ``tok``."""
    if not (tok.text.isupper() and 2 <= len(tok.text) <= 5 and tok.text.isalpha()) or tok.i < 2:
        return tok
    comma, before = ctx.doc[tok.i - 1], ctx.doc[tok.i - 2]
    idx = ctx.actors.tok2actor.get(before.i)
    if comma.text != "," or idx is None or ctx.actors.actors[idx].kind != "person" or before.head.i != tok.i:
        return tok
    return before


def _actor(ctx: Context, idx: int, basis: str, **kw) -> Attribution:
    return Attribution(ctx.actors.actors[idx].name, None, idx, basis=basis, **kw)


def speaker_of(tok, ctx: Context) -> Attribution | None:
    """Map a subject token to a speaker: actor name, resolved pronoun, or a short noun phrase.

    A speaker is a person, an organisation or a phrase naming people: never a quoted word or a photo
    credit (those give a speakerless result). A bare surname that two people of the article share stays
    the bare surname (the actor table keeps it apart): it is never guessed to be one of them.
    """
    tok = _name_set_off_before_its_role(_person_after_place(_role_after_and(tok, ctx), ctx), ctx)
    tok = _name_set_off_after_its_clause(_name_after_listed_portfolios(_after_a_fronted_place(tok), ctx), ctx)
    tok = _person_before_a_bracket(_name_after_its_title(_surname_before_a_thing(tok, ctx), ctx), ctx)
    if tok.lower_ in DOC_PARTS and tok.i not in ctx.actors.tok2actor and _numbered(tok):
        # "Paragraph 23 of the affidavit reads:": the document's, else no one's
        whole = next(
            (g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
        )
        return speaker_of(whole, ctx) if whole is not None else Attribution(None, None, basis="phrase")
    if tok.text.endswith(".") and tok.text[:-1] in TITLE_ABBREVIATIONS and tok.i not in ctx.actors.tok2actor:
        # "Coun. says ban …": a headline's title alone names no one
        return Attribution(None, None, basis="phrase")
    if (body := _body_of_initials(tok, ctx)) is not None:
        return _actor(ctx, body, "name")
    if (one := _given_name_of_one(tok, ctx)) is not None:
        return _actor(ctx, one, "name")
    found = _officer(tok, ctx) or _speaker_of(tok, ctx)
    if found is not None and found.actor is None and found.speaker is not None and found.basis == "phrase":
        if (named := named_with_the_role_next(ctx, tok)) is not None:
            return _actor(ctx, named, "role")  # "A spokesman for … went after …" ¶ "Hunter Pryor, Tilghman's
            # campaign spokesman, appeared on …": the lede's unnamed one, named right after
    if found is not None and found.speaker is not None and _a_body(found, tok, ctx):
        signer = _statement_signer(tok, ctx)
        if signer is not None:
            return signer
    if found is None or found.actor is None:
        return found
    actor = ctx.actors.actors[found.actor]
    if any(ch in actor.name for ch in CREDIT_MARKS):
        return Attribution(None, None, basis=found.basis)
    return found


def _given_name_of_one(tok, ctx: Context) -> int | None:
    """ "Rosalind sets out what worries her most:" beside Rosalind Achebe-Hart and her husband Daniel: a capitalised
    word the model left untagged that is the given name of exactly one person the article names in full (and opens
    no other actor's name) is that person, as a reader takes it; else None."""
    if (
        tok.i in ctx.actors.tok2actor
        or not (tok.text.isalpha() and tok.text.istitle())
        or tok.pos_ not in _NAME_POS
    ):
        return None
    opening = [j for j, a in enumerate(ctx.actors.actors) if a.mentions and a.name.split()[0] == tok.text]
    if len(opening) != 1 or " " not in (a := ctx.actors.actors[opening[0]]).name or a.kind != "person":
        return None
    return opening[0]


_NAME_POS = frozenset({"PROPN", "NOUN"})  # (a given name opening a sentence may be tagged a common noun)


def _body_of_initials(tok, ctx: Context) -> int | None:
    """ "The INMO said in a statement …" where the model tagged only "the Irish Nurses and Midwives Organisation's
    daily count" and not the letters: the one organisation of the article whose initials they are, or None."""
    text = tok.text
    if tok.i in ctx.actors.tok2actor or not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6):
        return None
    return one_organisation(ctx, lambda a: is_initials_of(text, a.name))


def _numbered(tok) -> bool:
    """A noun written with its number ("Paragraph 23", "section 4(b)"), not one standing for people ("the student
    section chanted …")."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num


def _person_before_a_bracket(tok, ctx: Context):
    """ "said Rep. Alma Ruiz-Delgado (D-N.M.)": the parser made the party-and-state tag in brackets the subject and
    hung the name on it; the person named right before the bracket is the speaker, never the run of both."""
    doc = ctx.doc
    if tok.i in ctx.actors.tok2actor:
        return tok
    k = tok.i
    while k > max(0, tok.i - 5) and doc[k - 1].text != "(":
        k -= 1
    if k <= 1 or doc[k - 1].text != "(" or not _bracket_closes_after(doc, tok.i):
        return tok
    name = doc[k - 2]
    j = ctx.actors.tok2actor.get(name.i)
    if j is None or ctx.actors.actors[j].kind != "person" or tok.i not in (name.head.i, name.head.head.i):
        return tok
    return name


def _bracket_closes_after(doc, i: int) -> bool:
    """Whether a bracket closes within a few words after token ``i``, none opening first ("(LP, Enugu East)")."""
    for j in range(i + 1, min(len(doc), i + _TAG_REACH)):
        if doc[j].text in ("(", "\n") or doc[j].is_space:
            return False
        if doc[j].text == ")":
            return True
    return False


# Tokens a party-and-seat tag may run on after its first word ("LP , Enugu East )").
_TAG_REACH = 6


def _surname_before_a_thing(tok, ctx: Context):
    """ "Langford eagles 18th to win …, calls first Tour title “…”": a headline's verb the tagger read as a plural noun
    naming a thing, a person's surname the parser hung on it; the surname is the subject, whom the story names in
    full ("Wes Langford"), never the run of both."""
    if (
        tok.pos_ != "NOUN"
        or not tok.is_lower
        or tok.i in ctx.actors.tok2actor
        or not names_thing(tok.text)
        or tok.lower_ in COLLECTIVE_NOUNS | ORG_NOUNS
        or any(c.dep_ in ("det", "poss") for c in tok.children)  # "the Sanders campaign" is the campaign's
    ):
        return tok
    name = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.is_title), None)
    if name is None:
        return tok
    people = {
        j for j, a in enumerate(ctx.actors.actors) if a.kind == "person" and a.name.split()[-1] == name.text
    }
    return name if len(people) == 1 else tok


# Lower-case words at most between a capitalised word opening a sentence and the name it titles ("Veteran reliever
# Manny Oyelaran").
_TITLE_RUN = 2
# What the words of such a title may be tagged: nouns and adjectives, or a noun the tagger took for a verb ("reliever").
_TITLE_WORD_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def _after_a_fronted_place(tok):
    """ "Outside court, a neighbour of Mrs Crothers, …, described the pensioner as “…”": the parser made the fronted
    place ("Outside court") the subject and the one it names set off after it; that one is the subject."""
    if tok.i != tok.sent.start + 1 or tok.doc[tok.i - 1].lower_ not in _FRONTED_PLACE_WORDS:
        return tok
    if tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1), tok)


# Words opening a sentence on where it happened ("Outside court, …", "Inside the hall, …").
_FRONTED_PLACE_WORDS = frozenset({"outside", "inside", "nearby", "downstairs", "upstairs"})


def _name_set_off_after_its_clause(tok, ctx: Context):
    """ "The regional health authority that runs the hospital, the CIUSSS de l’Est-du-Fleuve, said …": the parser hung
    the name set off after the relative clause on the clause's own noun ("the hospital"); a name between commas right
    after the clause, with the verb after its closing comma, is the subject's, when it is of the subject noun's kind
    (a body for a body's noun, a person for a person's)."""
    doc, actors = ctx.doc, ctx.actors
    if tok.i in actors.tok2actor or tok.pos_ != "NOUN":
        return tok
    clause = next((c for c in tok.children if c.dep_ == "relcl"), None)
    if clause is None:
        return tok
    verb = tok.head
    end = verb.i - 2
    if end <= clause.i or doc[verb.i - 1].text != "," or (j := actors.tok2actor.get(end)) is None:
        return tok
    start = ctx.mention_start(end, j)
    if ctx.mention_end(start, j) != end:
        return tok
    before = start - 1 - (doc[start - 1].lower_ == "the")
    if before <= clause.i or doc[before].text != ",":
        return tok
    kind = actors.actors[j].kind
    if kind != ("organization" if is_org_noun(tok.lower_) else "person"):
        return tok
    return doc[end]


def _name_after_its_title(tok, ctx: Context):
    """ "Veteran reliever Manny Oyelaran, who …, put it best: “…”": the parser read the title's noun as the verb and
    made its capitalised first word the subject; the person named right after the title's lower-case words is the
    speaker, never the word opening the sentence."""
    doc = ctx.doc
    if (
        tok.i in ctx.actors.tok2actor
        or not (tok.is_title and tok.is_alpha)
        or tok.i != tok.sent.start
        or tok.pos_ not in _TITLE_WORD_TAGS
        or tok.lower_ in PRONOUNS
    ):
        return tok
    k = tok.i + 1
    while (
        k < len(doc)
        and k - tok.i <= _TITLE_RUN
        and doc[k].is_alpha
        and doc[k].is_lower
        and doc[k].pos_ in _TITLE_WORD_TAGS
        and not is_cue(doc[k])
    ):
        k += 1
    j = ctx.actors.tok2actor.get(k)
    if k == tok.i + 1 or j is None or ctx.actors.actors[j].kind != "person" or ctx.mention_start(k, j) != k:
        return tok
    return doc[k]


def _name_set_off_before_its_role(tok, ctx: Context):
    """ "said Dr Helena Marsh-Okoro, Ofwat’s chief executive": a person's name set off by a comma before a role the
    parser made the name's possession (its possessor "Marsh-Okoro", the body after the comma hung on it) is the
    speaker, never the run of both as one phrase."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if poss is None or not any(c.text == "," and c.i > poss.i for c in poss.children):
        return tok
    j = ctx.actors.tok2actor.get(poss.i)
    return poss if j is not None and ctx.actors.actors[j].kind == "person" else tok


def _person_after_place(tok, ctx: Context):
    """The noun for a person the parser hung on a place before it ("the Tacoma native grinned": "Tacoma" made
    the subject, "native" its modifier): the person is the speaker, never the place."""
    doc = ctx.doc
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "LOC") or tok.i + 1 >= len(doc):
        return tok
    noun = doc[tok.i + 1]
    if (
        noun.head.i == tok.i
        and noun.tag_ == "NN"
        and noun.dep_ in ("amod", "compound", "appos")
        and (word_for_people(noun) or noun.lower_ in PLACE_DESCRIBED_NOUNS)
        and tok.left_edge.lower_ == "the"
    ):
        return noun
    return tok


def _role_after_and(tok, ctx: Context):
    """The token a coordinated subject really names. "the sheep and beef farmer said": the parser made "sheep"
    the subject and "farmer" its conjunct; the person is the role noun that ends the phrase, so that noun is
    read as the subject, only when the first noun is no actor, no word for people and the role has no article
    of its own ("the minister and the mayor said" are two people). When the first noun is itself a title,
    the name after the run of titles (``_name_after_titles``)."""
    if tok.pos_ != "NOUN" or tok.i in ctx.actors.tok2actor:
        return tok
    if _word_for_people_noun(tok):
        return _name_after_titles(tok, ctx)
    if any(c.dep_ not in ("det", "cc", "conj") for c in tok.children):
        return tok  # "The former first lady and U.S. senator": a person described twice
    for c in tok.children:
        if (
            c.dep_ == "conj"
            and c.pos_ == "NOUN"
            and c.lemma_.lower() in ROLE_NOUNS
            and c.tag_ == "NN"
            and not any(g.dep_ in ("det", "poss") for g in c.children)
            and ctx.qid[c.i] == -1
        ):
            return c
    return tok


def _name_after_listed_portfolios(tok, ctx: Context):
    """ "Energy, Mines and Resources Minister Paula Heron told reporters …": a minister's portfolios listed with
    commas before the title, the parser taking the first for the subject; the person named right after the title
    speaks. Only when the subject opens its sentence and nothing but capitalised words, commas and "and" stand
    between it and the title."""
    doc, actors = ctx.doc, ctx.actors
    if not tok.is_sent_start or not tok.text[:1].isupper() or ctx.qid[tok.i] != -1:
        return tok

    def person_at(i: int) -> int | None:
        j = actors.tok2actor.get(i)
        return j if j is not None and actors.actors[j].kind == "person" else None

    if (j := person_at(tok.i)) is not None and tok.text in actors.actors[j].name.split():
        return tok  # (the table may give the first portfolio the name set after the title, as its apposition;
        # the model may tag a portfolio a place or a body)
    i = tok.i + 1
    while i < min(len(doc), tok.i + _PORTFOLIO_REACH) and person_at(i) is None:
        if not (doc[i].text in (",", "and", "&") or (doc[i].is_alpha and doc[i].text[:1].isupper())):
            return tok
        i += 1
    j = person_at(i)
    if j is None or i - 1 <= tok.i or doc[i - 1].lemma_.lower() not in ROLE_NOUNS:
        return tok
    if not any(doc[k].text == "," for k in range(tok.i + 1, i - 1)):
        return tok  # one title, no list ("Health Minister Ana Ruiz": the parser reads it right)
    return doc[ctx.mention_end(i, j)]


# Tokens from a subject to the name after its listed portfolios.
_PORTFOLIO_REACH = 12


def _name_after_titles(tok, ctx: Context):
    """ "managing director and chief executive Vikram Deshmukh said": the parser made the first title the
    subject and the name a conjunct of it; the name after the run of titles speaks. Only when the title has
    no article or owner of its own and nothing but titles, "and" and commas stand before the name."""
    if tok.lemma_.lower() not in ROLE_NOUNS or any(c.dep_ in ("det", "poss") for c in tok.children):
        return tok
    for c in tok.children:
        if c.dep_ != "conj" or c.i not in ctx.actors.tok2actor or ctx.qid[c.i] != -1:
            continue
        start = ctx.mention_start(c.i, ctx.actors.tok2actor[c.i])
        between = ctx.doc[tok.i + 1 : start]
        if between and all(
            t.lower_ in ("and", ",", "&") or t.lemma_.lower() in ROLE_NOUNS or t.dep_ in ("amod", "compound")
            for t in between
        ):
            return c
    return tok


def _word_for_people_noun(tok) -> bool:
    """A role, people, relation or description noun, or an organisation's ("the union and its leader")."""
    return word_for_people(tok) or tok.lemma_.lower() in ORG_NOUNS or tok.lemma_.lower() in COLLECTIVE_NOUNS


def _a_body(found: Attribution, tok, ctx: Context) -> bool:
    """The speaker found is an organisation: an actor of that kind or a phrase ending in a body's noun ("the
    state government")."""
    if found.actor is not None:
        return ctx.actors.actors[found.actor].kind == "organization"
    return (
        is_org_noun(tok.lower_) or tok.lower_ == "government"
    )  # (the ministry, the party: organisation nouns)


def _statement_signer(tok, ctx: Context) -> Attribution | None:
    """ "The party, in a statement by its Publicity Secretary, Mr Olamide Fagbemi-Ige, described …", "In a
    statement signed by the Chief Press Secretary, Mr Taiwo Adeoye-Bankole, the state government said …",
    "Pitch & Groove magazine called it “…” in a review by critic Lydia Crane": the body speaks through the
    one person named after "by" in the statement (review, column) phrase of its own clause."""
    verb = tok.head
    if verb is tok or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    found = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None:
            found |= _signers(noun, ctx)
    if len(found) != 1:
        return None
    return _actor(ctx, found.pop(), "signer")


def _signers(noun, ctx: Context) -> set[int]:
    """The people named outside quotes after "by" on a statement (review, column) or on its "signed"/"issued"
    ("a letter, written by …" is left to the body: annotators differ)."""
    if noun.lemma_.lower() not in _SIGNED_DOCUMENTS:
        return set()
    signed = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("sign", "issue")]
    bys = [c for h in (noun, *signed) for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    found = set()
    for by in bys:
        for t in by.subtree:
            j = ctx.actors.tok2actor.get(t.i)
            if ctx.qid[t.i] == -1 and j is not None and ctx.actors.actors[j].kind == "person":
                found.add(j)
    return found


# What a body says through one person named after "by": a statement's signer, a review's critic ("Pitch &
# Groove magazine called it “…” in a review by critic Lydia Crane"), a column's writer.
_SIGNED_DOCUMENTS = frozenset("statement release communique review column essay".split())


def _officer(tok, ctx: Context) -> Attribution | None:
    """ "the CFO replied": the one person titled in full ("Chief Financial Officer Raymond Tan"), or the one
    written with those initials as a title right before the name ("SSP Amanjot Singh Brar" … "The SSP
    said")."""
    officer = officer_by_initials(ctx, tok)
    if officer is None:
        officer = _titled_by_initials(ctx, tok)
    if officer is None:
        return None
    return Attribution(
        shown_as(ctx.actors.actors[officer].name, "the " + tok.text), None, officer, basis="role"
    )


def _titled_by_initials(ctx: Context, tok) -> int | None:
    """The one person the article names right after ``tok``'s initials ("SSP", "MEC", "DPP") used as a
    title, when ``tok`` is "the" and those initials; else None."""
    text = tok.text
    if (
        not (2 <= len(text) <= 5 and text.isalpha() and text.isupper())
        or tok.i == 0
        or tok.doc[tok.i - 1].lower_ != "the"
    ):
        return None
    people = {j for j, a in enumerate(ctx.actors.actors) if a.kind == "person"}
    held = _written_with(ctx, people, lambda w: w.text == text and w.i != tok.i)
    if not held:  # "EPD Director General Rana Tariq Mahmood" … "the DG said": the title spelt out
        held = {
            j for t, j in ctx.actors.mentions if j in people and _title_initials(ctx, t, j, len(text)) == text
        }
    if not held:
        # "The District Chief Executive (DCE) for Sunyani West, Hon. Gifty Amankwah," … "the DCE said"
        held = _named_after_defined_initials(ctx, text, tok.i, people)
    if len(held) == 1 and _set_off_with(ctx, people - held, text, tok.i):
        return None  # "Roberta Sloan, an MLA for a neighbouring constituency," holds it too: which one, the roles say
    return next(iter(held)) if len(held) == 1 else None


# Tokens after a title's initials in brackets within which the person given the title is named ("(DCE) for Sunyani
# West, Hon. Gifty Amankwah,").
_DEFINED_REACH = 10


def _named_after_defined_initials(ctx: Context, text: str, before: int, people: set[int]) -> set[int]:
    """The people named, before token ``before``, just after a title spelt out with its initials in brackets ("The
    District Chief Executive (DCE) for Sunyani West, Hon. Gifty Amankwah,"), in the same sentence, outside quotes."""
    doc, held = ctx.doc, set()
    for w in doc[:before]:
        if w.text != text or w.i < len(text) + 1:
            continue
        if role_before_its_letters(w) is None:
            continue  # "Ceylon Petroleum Corporation (CPC)": a body's letters, not an office's
        if "".join(t.text[:1] for t in doc[w.i - 1 - len(text) : w.i - 1]) != text:
            continue  # the words before the brackets spell the letters
        for t, j in ctx.actors.mentions:
            if (
                w.i + 1 < t <= w.i + 1 + _DEFINED_REACH
                and t < before
                and j in people
                and ctx.qid[t] == -1
                and doc[t].sent.start == w.sent.start
            ):
                held.add(j)
    return held


# Tokens after a name's comma within which a title it is given stands ("Roberta Sloan, an MLA", "…, the local MLA,").
_SET_OFF_REACH = 4


def _set_off_with(ctx: Context, people: set[int], word: str, before: int) -> bool:
    """Whether one of ``people`` is named before token ``before`` with ``word`` set off after the name by a comma."""
    doc = ctx.doc
    for t, j in ctx.actors.mentions:
        if j not in people or t >= before:
            continue
        end = ctx.mention_end(t, j)
        if end + 1 < len(doc) and doc[end + 1].text == ",":
            if any(w.text == word for w in doc[end + 2 : min(len(doc), end + 2 + _SET_OFF_REACH)]):
                return True
    return False


def _title_initials(ctx: Context, t: int, j: int, n: int) -> str:
    """The initials of the last ``n`` capitalised words of the title right before the mention of ``j`` at
    ``t`` ("DG" of "Director General Rana Tariq Mahmood"; "of" and "and" skipped: "Inspector General of
    Police" is "IGP"), or "" when fewer words stand there."""
    doc = ctx.doc
    k = ctx.mention_start(t, j) - 1
    words: list[str] = []
    while k >= 0 and len(words) < n and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "and")):
        if doc[k].is_alpha and doc[k].text[:1].isupper():
            words.append(doc[k].text[0])
        k -= 1
    if len(words) == n:
        return "".join(reversed(words))
    return _title_initials_in_lower_case(doc, ctx.mention_start(t, j), n)


def _title_initials_in_lower_case(doc, start: int, n: int) -> str:
    """The initials of a title written in lower case after its capitalised first word, as Indian copy writes one,
    its bracketed part skipped ("Joint commissioner of police (law and order) Ritu Saxena" … "the JCP"): the last
    ``n`` words before the name opening with a capital at the title's start; "" when no such title stands there."""
    k = start - 1
    if k >= 0 and doc[k].text == ")":
        while k >= 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    words = []
    while k >= 0 and len(words) < n and doc[k].is_alpha:
        if doc[k].lower_ not in ("of", "and", "the", "for"):
            words.append(doc[k])
        k -= 1
    if len(words) != n or not words[-1].text[:1].isupper():
        return ""
    if k >= 0 and doc[k].is_alpha and doc[k].text[:1].isupper():
        return ""  # the end of a longer capitalised run, not a title's start
    return "".join(w.text[0].upper() for w in reversed(words))


def _written_with(ctx: Context, people: set[int], word) -> set[int]:
    """Those of ``people`` with a mention whose first word, or the word right before it, passes ``word``: a
    title written before the name ("Chief Roberta Meekis", "SSP Amanjot Singh Brar") or taken into it by
    the model ("Clr Sikhululekile Moyo")."""
    doc, found = ctx.doc, set()
    for t, j in ctx.actors.mentions:
        if j not in people:
            continue
        start = ctx.mention_start(t, j)
        if any(word(doc[k]) for k in (start, start - 1) if 0 <= k <= t):
            found.add(j)
    return found


def _speaker_of(tok, ctx: Context) -> Attribution | None:
    actors = ctx.actors
    tok = _named_before_initials(_named_before_post_nominal(_named_before_party_tag(tok, ctx), ctx), ctx)
    tok = _subject_after_an_aside(_subject_after_a_participle(tok))
    tok = _relatives_word(tok, ctx)
    if (spoken := _spokesperson_after_a_body(tok, ctx) or _member_after_a_joined_seat(tok, ctx)) is not None:
        return spoken
    if (said := _the_one_who(tok)) is not None:
        return _speaker_of(said, ctx)
    low = tok.lower_
    if ctx.qid[tok.i] != -1:
        return None  # a quoted word ('“nugatory,” which means …') is never a speaker
    if low in PLURAL_SUBJECT_PRONOUNS:
        plural = resolve_plural(ctx, tok)
        if plural is not None:
            plural.basis = "plural"
            return plural
    if tok.pos_ == "PRON" or low in PRONOUNS:
        return _pronoun_speaker(tok, ctx)
    described = (
        _nation_read_as_a_body(tok, ctx)
        or _role_misread_after_a_team(tok, ctx)
        or _spokesperson_named_after_whom(tok, ctx)
        or _surname_with_its_generation(tok, ctx)
        or _person_the_apposition_describes(tok, ctx)
        or _name_before_a_dash_aside(tok, ctx)
        or _apposed_person(tok, ctx)
        or _name_set_off_as_a_conjunct(tok, ctx)
        or described_person(tok, ctx)
        or _description_after_name(tok, ctx)
    )
    if described is not None:
        return described
    titled = (
        _title_before_name(tok, ctx) or _name_ending_a_title(tok, ctx) or _holder_of_joined_titles(tok, ctx)
    )
    if titled is not None:
        return titled
    if (member := _party_member(tok, ctx)) is not None:
        return member
    idx = actors.tok2actor.get(tok.i)
    if idx is not None and (
        _one_member_of_a_group(tok, actors.actors[idx].kind)
        or _capitals_role(tok)
        or _role_read_as_a_body(tok, actors.actors[idx])
    ):
        # "the New York Republican said": one member, never the whole party; "the MEC said", tagged a body
        return _phrase(tok, ctx)
    named_chain = tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1 for c in tok.children
    )
    if idx is not None and not (actors.actors[idx].kind == "place" and named_chain):
        if actors.actors[idx].kind == "place" and (org := organisation_opening_with(ctx, idx)) is not None:
            return _actor(ctx, org, "name")  # "Redgum said" beside "Redgum Lithium": the company
        return _by_name(tok, ctx, idx)
    for look in (
        _titled_holder_after_of,
        _body_named_after_of,
        _named_in_apposition,
        _name_set_off_in_subject,
        _owner_of_proxy,
        owner_of_words,  # "Pellow’s response was curt — ‘…’": whose response
        _untagged_name,
        _person_after_joined_name,
        _organisation_by_short_name,
    ):
        found = look(tok, ctx)
        if found is not None:
            return found
    return _person_after_portfolio(tok, ctx) or _phrase(tok, ctx)


def _styled_by_the_title(tok, ctx: Context, idx: int) -> int | None:
    """ "“…,” the elderly Otunba stated" after "Otunba Kehinde Adeyanju": a courtesy or chieftaincy title written as a
    noun after "the", which the model tagged a name of its own, is the one person the article styles with it."""
    name = ctx.actors.actors[idx].name
    if ctx.actors.actors[idx].kind == "person" or " " in name or name.lower() not in TITLES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return the_one_styled(ctx, tok, name.lower())


def _body_named_after_of(tok, ctx: Context) -> Attribution | None:
    """ "the law firm of Omondi, Chebet & Associates said": a body's noun with the organisation's name after "of" is
    that organisation; so are those who run it ("the management of Kilimo Blooms Limited said")."""
    if not (is_org_noun(tok.lower_) or tok.lower_ in GOVERNING_NOUNS):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for c in prep.children:
            j = ctx.actors.tok2actor.get(c.i)
            if c.dep_ == "pobj" and j is not None and ctx.actors.actors[j].kind == "organization":
                return _actor(ctx, j, "apposition")
    return None


def _party_member(tok, ctx: Context) -> Attribution | None:
    """ "the Glastonbury Republican said" (``party_member``), "Liberal MPP Harjit Singh" … "the Liberal said"
    (``party_titled``): the one member of a party the description names, shown with it."""
    member = party_member(ctx, tok)
    if member is None:
        member = party_titled(ctx, tok)
    if member is None:
        return _phrase(tok, ctx) if bare_party_word(tok) else None  # one member, never the party
    return Attribution(shown_as(ctx.actors.actors[member].name, noun_phrase(tok)), None, member, basis="role")


def _subject_after_an_aside(tok):
    """ "… client visits over the past year — the highest number ever — and the head of the city's largest food bank
    network says": a subject the parser took from an aside between dashes, joined by "and" to the noun after the
    closing dash: that noun."""
    doc = tok.doc
    first = tok.left_edge.i
    if first == 0 or doc[first - 1].text not in DASHES:
        return tok
    closing = next((c for c in tok.children if c.text in DASHES and c.i > tok.i), None)
    if closing is None:
        return tok
    return next((c for c in tok.children if c.dep_ == "conj" and c.i > closing.i), tok)


def _subject_after_a_participle(tok):
    """ "Reacting, the Senior Special Assistant to Governor X, Malam Y, said": a participle opening the sentence,
    which the parser made the subject, with the subject set off after it as its apposition: that apposition."""
    if tok.tag_ != "VBG" or tok.pos_ != "VERB":
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), tok)


def _titled_holder_after_of(tok, ctx: Context) -> Attribution | None:
    """ "Parish priest of Colva Fr Agnelo D'Souza said": a role noun whose "of" runs through a place's or a
    body's name into a titled person names that person, the holder written after the office's seat (South
    Asian copy's word order). A title right after "of" ("the lawyer of Mr Rao") names someone else."""
    if tok.pos_ != "NOUN" or not _role_word(tok):
        return None
    doc, actors = ctx.doc, ctx.actors
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            j = actors.tok2actor.get(obj.i)
            if j is None or actors.actors[j].kind != "person":
                continue
            start = ctx.mention_start(obj.i, j)
            if (
                start - 1 > prep.i + 1
                and capitalised_title(doc[start - 1])
                and doc[prep.i + 1].text[:1].isupper()
            ):
                return _actor(ctx, j, "name")
    return None


def _who_of(head, pronoun: str, ctx: Context):
    """The word a relative pronoun stands for: the parser's head, but for "who" never a place or a body,
    which the parser may pick after "from" or "at" ("Kowalchuk, a 20-year-old from Melville who … admitted",
    "Dana Whitcombe, a mining analyst at Portage Capital, who warned"): the noun the phrase hangs on."""
    j = ctx.actors.tok2actor.get(head.i)
    if pronoun != "who" or j is None or ctx.actors.actors[j].kind not in ("place", "organization"):
        return head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return head.head.head
    return head


def _spoken_through(tok, ctx: Context) -> int | None:
    """The person an organisation subject speaks through ("The Tonga Squash Exporters Association, through
    its secretary Mr Sitani Fifita, said"): named in the verb's "through" phrase; the words are that
    person's."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not is_cue(verb):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "through":
            continue
        people = {
            j
            for t in prep.subtree
            if ctx.qid[t.i] == -1
            and (j := ctx.actors.tok2actor.get(t.i)) is not None
            and ctx.actors.actors[j].kind == "person"
        }
        if len(people) == 1:
            return next(iter(people))
    return None


def _role_misread_after_a_team(tok, ctx: Context) -> Attribution | None:
    """ "the Lariats forward said", the parser making the team (whatever kind the model gave it) the subject and
    "forward" an adverb: a person's role on that team, the person the narration is about (``recent_role_free_person``), shown with the phrase; a person
    unnamed when there is none, never the team."""
    doc = ctx.doc
    j = ctx.actors.tok2actor.get(tok.i)
    if j is None or ctx.actors.actors[j].kind == "person" or not with_the(tok) or tok.i + 1 >= len(doc):
        return None
    role = doc[tok.i + 1]
    if not (
        role.is_lower and role.lower_ in ROLE_NOUNS and role.head.i == tok.head.i and role.dep_ != "dobj"
    ):
        return None
    found = recent_role_free_person(ctx, role, role_map(ctx))
    if found is None:
        return Attribution(None, None, basis="description")
    phrase = "the " + doc[ctx.mention_start(tok.i, j) : role.i + 1].text
    return Attribution(shown_as(ctx.actors.actors[found].name, phrase), None, found, basis="role")


def _role_read_as_a_body(tok, actor) -> bool:
    """ "the Cathaoirleach said", the model tagging the office a body: a person's role noun of one word, with "the", is
    the office, whose holder the role rules find."""
    return (
        actor.kind == "organization"
        and " " not in actor.name
        and with_the(tok)
        and tok.lower_ in ROLE_NOUNS
        and not is_org_noun(tok.lower_)
    )


def _capitals_role(tok) -> bool:
    """A role written only in capitals, with "the" ("the MEC said"), which the model may tag a body, or letters the
    article defined in brackets after a role noun ("The Municipal Chief Executive (MCE) for Nkwantanang, Hon. Gifty
    Osei-Asibey, …" … "the MCE said")."""
    if not with_the(tok):
        return False
    if tok.text in CAPITALS_ROLES:
        return True
    role = _role_defining_letters(tok.doc, tok.text)
    return role is not None and is_role_noun(role) and not is_org_noun(role.lower_)


def _role_defining_letters(doc, word: str):
    """The head of the noun phrase the article writes ``word`` in brackets after ("The Municipal Chief Executive
    (MCE)": "Executive"), at its first such place; None when ``word`` is no run of capitals so defined."""
    for t in range(2, len(doc) - 1):
        if doc[t].text == word and (head := head_before_letters(doc, t)) is not None:
            return head
    return None


def _one_member_of_a_group(tok, kind: str) -> bool:
    """ "the New York Republican", "the Brazilian", "a Democrat": a singular word of a group's name (the model's
    NORP) with an article names one member of it."""
    return (
        kind == "group"
        and tok.tag_ in ("NNP", "NN", "JJ")
        and (with_the(tok) or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children))
    )  # "a Democrat called the stance “cruel”": one member too


def _nation_read_as_a_body(tok, ctx: Context) -> Attribution | None:
    """ "the Tongan said", tagged a body (``_nationality_read_as_a_body``): the one person so described, or an unnamed
    description; None for any other word."""
    idx = ctx.actors.tok2actor.get(tok.i)
    if idx is None or not _nationality_read_as_a_body(tok, ctx.actors.actors[idx], ctx):
        return None
    one = _one_so_described(ctx, tok)
    if one is None:
        return _phrase(tok, ctx)
    return Attribution(
        shown_as(ctx.actors.actors[one].name, noun_phrase(tok)), None, one, basis="description"
    )


def _nationality_read_as_a_body(tok, actor, ctx: Context) -> bool:
    """ "the Tongan said", the model tagging "Tongan" a body or a place: a nation's word for one of its people after
    "the", alone as the actor's name, is a description of one person, never the body, when the article writes it as a
    nationality (the model's group, or in the title before a person's name: "Tongan prop Viliami Taufahema")."""
    return (
        actor.kind in ("organization", "place")
        and actor.name == tok.text
        and with_the(tok)
        and (nationality(tok) or _titles_a_person(ctx, tok))
    )


# The endings of a nation's word for one of its people ("Tongan", "Fijian", "Chinese", "Irish", "Pakistani").
_NATION_ENDINGS = re.compile(r"(?:an|ese|ish|i)$")


def _titles_a_person(ctx: Context, tok) -> list[int]:
    """The people the capitalised word ``tok`` stands in the title of, right before their name, outside quotes, before
    ``tok`` ("Tongan prop Viliami Taufahema"); a nation's word by its ending only (``_NATION_ENDINGS``)."""
    if not (tok.text.istitle() and tok.is_alpha and _NATION_ENDINGS.search(tok.lower_)):
        return []
    return sorted(_people_titled_with(ctx, tok, lambda w: w.text == tok.text))


def _people_titled_with(ctx: Context, tok, fits) -> set[int]:
    """The people named before ``tok``, outside quotes, with a word right before their name (``_title_words_before``)
    that ``fits``: a standing ("junior forward …") or a nation's word ("Tongan prop …") titling them."""
    people = ctx.actors.actors
    return {
        j
        for t, j in ctx.actors.mentions
        if t < tok.i
        and people[j].kind == "person"
        and ctx.qid[t] == -1
        and any(fits(w) for w in _title_words_before(ctx.doc, t))
    }


def _pronoun_speaker(tok, ctx: Context) -> Attribution | None:
    """he/she: an unnamed person just introduced as the subject ("A spokesperson said …"), the person a
    description subject stands for ("The Italian was honest at the finish." ¶ "“…,” he said"), else the
    resolver's person. A description the article ties to no one leaves the quote unattributed when it is
    a relation ("the mother stood in the hallway" is not Senator Fontaine) or when the resolver's person
    holds an office of their own; else the resolver's person stands."""
    if tok.lower_ == "it" and (document := _document_just_narrated(tok, ctx)) is not None:
        # "A framed letter he wrote in 1944 … hangs by the register." ¶ "“…,” it reads": the letter's writer,
        # never the army named inside the sentence; else the document as the article calls it ("The report
        # blames rising rents. It says …")
        return _issuer_of(document, ctx) or Attribution(noun_phrase(document) or None, None, basis="phrase")
    unnamed = unnamed_subject(ctx, tok)
    if unnamed is not None:
        found = _phrase(unnamed, ctx)
        if not (
            found is not None
            and found.actor is not None
            and ctx.actors.actors[found.actor].kind == "person"
            and _other_sex(ctx, found.actor, tok)
        ):
            return (
                found  # (not a woman the description stands for after "he": "“…,” the nurse says, pulling on
            )
            # her gloves." ¶ "Ask Eusebio why he opened the gym, and he tells the story")
    described = described_subject(ctx, tok)
    if described is not None and not with_the(described):
        # "Her husband was quieter. He said …": the relative the article ties to her, else the resolver's
        holder = (
            kin_holder(ctx, described, owner_only=True) if _owner_found_by_subject(ctx, described) else None
        )
        if (
            holder is not None
            and ctx.actors.actors[holder].kind == "person"
            and not _other_sex(ctx, holder, tok)
        ):
            return _actor(ctx, holder, "pronoun", how="description")
        described = None
    if described is not None:
        found = _person_described(described, ctx, tok)
        if found is not None:
            return found
        if described.lower_ in RELATION_NOUNS:
            return Attribution(None, None)
    idx, how = resolve_pronoun_how(ctx, tok)
    if idx is None:
        return Attribution(None, None)
    if (
        described is not None
        and described.lower_ not in PARTY_MEMBER_NOUNS  # "The Wisconsin Republican" may hold any office
        and offices_held(role_map(ctx), idx) - {described.lower_}
    ):
        return Attribution(None, None)
    return _actor(ctx, _sharer_at_antecedent(ctx, tok, idx), "pronoun", how=how)


def _document_just_narrated(tok, ctx: Context):
    """The document ("letter", "statement") that is the main subject of the narrated sentence before the one of
    "it" ``tok``, the subject of a cue, in the same paragraph or the one before; else None."""
    here = ctx.actors.sent_index(tok.i)
    if here == 0 or tok.dep_ != "nsubj" or not is_cue(tok.head):
        return None  # "it" the speaker's own subject ("it reads"), not a reported clause's ("said it is …")
    before = narrated_sentence_before(ctx, here)
    root = ctx.doc[ctx.actors.sent_starts[before]].sent.root
    # the subject, or the object of a verb of writing ("Kowalczyk sent a memo to staff …, laying out her
    # priorities. It read, in part:")
    written = root.lemma_.lower() in _WRITING_VERBS
    return next(
        (
            c
            for c in root.children
            if (c.dep_ in ("nsubj", "nsubjpass") or (written and c.dep_ == "dobj"))
            and c.lemma_.lower() in DOC_NOUNS
            and ctx.qid[c.i] == -1
            and ctx.para_of[tok.i] - ctx.para_of[c.i] <= 1
        ),
        None,
    )


def _sharer_at_antecedent(ctx: Context, pron, idx: int) -> int:
    """A pronoun that stands for a bare surname two people share is the one the surname's last mention before it
    names by its courtesy title ("Mrs Mulcahy said …" ¶ "“…,” she said" beside Eoin and Bridget Mulcahy: Bridget),
    as the mention itself would be (``_shared_surname_owner``); else ``idx``."""
    if " " in ctx.actors.actors[idx].name:
        return idx
    last = max(
        (t for t, j in ctx.actors.mentions if j == idx and t < pron.i and ctx.qid[t] == -1), default=None
    )
    if last is None or honorific_of([w.text for w in ctx.doc[max(0, last - 1) : last + 1]]) is None:
        return idx  # a bare mention with no courtesy title: which of them it is stays unsaid
    return _shared_surname_owner(ctx, ctx.doc[ctx.mention_end(last, idx)], idx)


def _owner_found_by_subject(ctx: Context, relative) -> bool:
    """Whether the his/her owning ``relative`` is whom a subject or a chain of he/she names, not a guess by
    sex alone (a man three paragraphs back whose wife the article named is not every "his wife")."""
    poss = next((c for c in relative.children if c.dep_ == "poss"), None)
    return poss is not None and resolve_pronoun_how(ctx, poss)[1] in ("subject", "chain")


def _person_described(described, ctx: Context, pron) -> Attribution | None:
    """The person a description subject resolves to, by name (the cue's word is "he"), when not of the
    other sex than the pronoun; else None."""
    found = _speaker_of(described, ctx)
    if (
        found is not None
        and found.actor is not None
        and ctx.actors.actors[found.actor].kind == "person"
        and not _other_sex(ctx, found.actor, pron)
    ):
        return _actor(ctx, found.actor, "pronoun", how="description")
    return None


def _other_sex(ctx: Context, idx: int, pron) -> bool:
    """Whether person ``idx`` is known to be of the other sex than he/she ``pron`` ("The 34-year-old founder
    …" ¶ "“…,” she said" is not the man a description resolved to)."""
    sex, want = ctx.actors.person_gender(idx), pronoun_sex(pron.lower_)
    return sex is not None and want is not None and sex != want


def _by_name(tok, ctx: Context, idx: int) -> Attribution:
    """The speaker a name mention gives: the person behind it, or the actor (a shared surname's owner when
    the article says which); none when its courtesy title says it is someone else."""
    if _titled_as_the_other_sex(ctx, tok, idx):
        return Attribution(None, None)  # "Mr Penhaligon said" when the one Penhaligon named is Margaret
    if (styled := _styled_by_the_title(tok, ctx, idx)) is not None:
        return _actor(ctx, styled, "role")  # "the elderly Otunba stated", the title tagged a body of its own
    return _person_behind(tok, ctx, idx) or _actor(ctx, _shared_surname_owner(ctx, tok, idx), "name")


def _titled_as_the_other_sex(ctx: Context, tok, idx: int) -> bool:
    """Whether a bare surname's courtesy title is of the other sex than the one person of that name the
    article lists ("Her husband, Reg, 85, …" ¶ "“…,” Mr Penhaligon said" beside Margaret Penhaligon): a
    relative the article named another way, not her."""
    actors, doc = ctx.actors, ctx.doc
    if actors.actors[idx].kind != "person":
        return False
    sex = given_name_gender(actors.actors[idx].name)  # her given name's (the title's own vote is in the rest)
    if sex is None:
        return False
    k = tok.i - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k < 0 or ctx.mention_start(tok.i, idx) < k:
        return False  # not a title right before a lone surname ("Mr Reg Penhaligon")
    title = HONORIFICS.get(doc[k].lower_.rstrip("."))
    if title is None or title == sex:
        return False
    # the pronouns the article gives the person must not side with the title ("Ranger Tanya Perrurle" …
    # "She says" … "Ms Perrurle said": "Ranger" read as a man's given name)
    votes = actors.actors[idx].gender_votes
    return votes[title[0]] <= votes[sex[0]]


# An inner quote's opening mark (at the start or after a space or bracket) and its closing one (after a
# word, not an apostrophe inside one: "don't").
_INNER_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))[‘']")
_INNER_CLOSE = re.compile(r"(?<=\S)[’'](?![A-Za-z])")


def _in_inner_quote(ctx: Context, t: int) -> bool:
    """Whether the token at ``t`` stands inside a quote nested in its quote ("She said, 'Emeka, please, …'"):
    another's words, which name whom they were said to, not whom the quoted speaker talks about."""
    span = ctx.spans[ctx.qid[t]]
    before = ctx.text[span.start : ctx.doc[t].idx]
    opened = [m.end() for m in _INNER_OPEN.finditer(before)]
    return bool(opened) and not _INNER_CLOSE.search(before, opened[-1])


def shared_surname_owner(ctx: Context, tok, idx: int) -> int:
    """``_shared_surname_owner``, for the role rules (through ``Context.surname_owner``)."""
    return _shared_surname_owner(ctx, tok, idx)


def _shared_surname_owner(ctx: Context, tok, idx: int) -> int:
    """A bare surname two named people share ("Moore" beside Kevin and Liam Moore) stays itself unless the
    article says which: a courtesy title of one's sex when the others are known to be of the other sex
    ("Mrs Keane" beside Ruth and Tom Keane), or only one of them named in the paragraph before it
    ("Liam studied in Leeds. … Moore said"), the other of two when the quote before the cue names one
    ("“Conor's been carrying an ankle,” Kilkelly said"), or an office's title only one of them is written
    with ("Chief Meekis" beside Chief Roberta Meekis), or only one of them introduced before it. Else
    ``idx``, never a guess."""
    actors, doc = ctx.actors, ctx.doc
    name = actors.actors[idx].name
    # "Doherty Sr" tagged whole (a person's, whatever kind the model gave it): the bare surname, its generation after it
    suffix = name.split()[-1].lower().rstrip(".") if name.count(" ") == 1 else None
    suffix = suffix if suffix in _GENERATION_SUFFIXES else None
    if suffix is None and (actors.actors[idx].kind != "person" or " " in name):
        return idx
    name = name.split()[0]
    sharers = [j for j in _surname_sharers(ctx, name) if j != idx]  # (never "Doherty Sr" itself)
    # "Voss's late father, Emil," speaks no more: not one of those a bare "Voss said" may mean
    if len(sharers) > 2 and len(alive := [j for j in sharers if j not in the_late(ctx)]) < len(sharers):
        sharers = alive
    if len(sharers) == 1:
        return sharers[0]
    if len(sharers) < 2:
        return idx
    start = ctx.mention_start(tok.i, idx)
    gen = start - 1
    if gen > 0 and HONORIFICS.get(doc[gen].lower_.rstrip(".")):
        gen -= 1  # "the elder Mr MacLeod"
    end = ctx.mention_end(tok.i, idx) + 1
    after = doc[end].lower_ if end < len(doc) and doc[end].lower_ in _GENERATIONS_AFTER else suffix
    if (gen >= 0 and doc[gen].lower_ in _GENERATION_WORDS) or after is not None:
        # "the elder Pennington": the one written "Sr." beside one written "Jr." (and the other way round); "Mr
        # MacLeod senior"
        want = (
            _GENERATION_SUFFIXES[after] if after else "sr" if doc[gen].lower_ in ("elder", "older") else "jr"
        )
        # of the sex its courtesy title says ("the elder Mr MacLeod"); "Snr" and "senior" after a surname are a man's
        honorific = HONORIFICS.get(doc[start - 1].lower_.rstrip(".")) if start else None
        sex = "f" if honorific == "female" else "m" if honorific == "male" or after else None
        sharers = [j for j in sharers if sex is None or actors.person_gender(j) in (None, sex)] or sharers
        fit = [j for j in sharers if _generation(actors.actors[j].name) == want]
        if not fit and suffix is not None:
            # "Doherty Sr" beside a father introduced as one ("His father and trainer, Sean Doherty") and his sons:
            # a man's suffix, so a mother the article also calls a parent is not meant; the one introduced so
            kin_fit = [
                j for j in sharers if _generation_by_kin(ctx, j) == want and actors.person_gender(j) != "f"
            ]
            if len(kin_fit) == 1:
                return kin_fit[0]
        if not fit:  # "Marcantonio’s son Luca" … "the younger Marcantonio": the one introduced as the child
            found = _generation_by_kin_of(ctx, sharers, want, idx)
            return _generation_by_age(ctx, tok, sharers, want, idx) if found == idx else found
        return fit[0] if len(fit) == 1 else idx
    # (the title before the mention, or inside it when the model took it in: "Mrs Ogunleye" tagged whole)
    titles = [
        HONORIFICS.get(doc[i].lower_.rstrip(".")) for i in range(max(0, start - 1), max(tok.i, end - 1))
    ]
    title = next((t for t in titles if t), None)
    if title is not None:  # "Mrs Keane" is not the one who is a man
        fit = [j for j in sharers if actors.person_gender(j) not in (None, "m" if title == "female" else "f")]
        fit = fit or [j for j in sharers if actors.person_gender(j) is None]
        sexes = {actors.person_gender(j) for j in sharers if j not in fit}
        if len(fit) == 1 and None not in sexes:
            return fit[0]
        # "Mr Pickering, 67, told …" beside Graham and his son Luke: a title both could have, read as a bare surname
        return _sharer_named_near(ctx, tok, idx, sharers, start)
    # "Chief Meekis": the Meekis titled chief (the title before the mention, or the first word of it when
    # the model took it in: "Clr Moyo")
    title_tok = (
        doc[start] if start < tok.i and capitalised_title(doc[start]) else doc[start - 1] if start else None
    )
    if title_tok is not None and capitalised_title(title_tok):
        titled = _sharer_by_title(ctx, title_tok, sharers)
        if titled is not None:
            return titled
    return _sharer_named_near(ctx, tok, idx, sharers, start)


def _sharer_named_near(ctx: Context, tok, idx: int, sharers: list[int], start: int) -> int:
    """Of people sharing a surname, the one the bare surname at ``tok`` means by the names around it: the only one
    named in its paragraph before it, the other of two when the quote names one, or the only one introduced before
    it; else ``idx``."""
    actors, doc = ctx.actors, ctx.doc
    para = ctx.para_of[tok.i]
    here = [(t, j) for t, j in actors.mentions if t < start and ctx.para_of[t] == para and j in sharers]
    named = {j for t, j in here if ctx.qid[t] == -1}
    if len(named) == 1 and not all(_set_off_as_a_relative(ctx, t, j) for t, j in here if ctx.qid[t] == -1):
        return next(iter(named))
    # "“Conor's been carrying an ankle …,” Kilkelly said" beside Eoin and Conor Kilkelly: the one the
    # speaker talks about is not the speaker; of two who share the name, the other speaks
    quoted = {j for t, j in here if ctx.qid[t] != -1 and not _in_inner_quote(ctx, t)}
    if not named and len(quoted) == 1 and len(sharers) == 2:
        return next(j for j in sharers if j not in quoted)
    # the one of them introduced before it ("Council Delegate Loretta Begay" … "Begay said" … later "Council
    # Delegate Raymond Begay (Shiprock), who is not related to the sponsor"): the reader knows no other yet;
    # not a possessive, whose relative may be the other ("Tuilagi's older brother Marcus … said")
    if tok.dep_ == "poss" or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "’s")):
        return idx
    met = {j for t, j in actors.mentions if t < start and j in sharers}
    return next(iter(met)) if len(met) == 1 else idx


def _set_off_as_a_relative(ctx: Context, t: int, idx: int) -> bool:
    """Whether the mention at ``t`` is set off after a kin noun someone owns ("His mother, Judy, … Hollister said she
    …"): a relative of the one the story is about, brought in beside them, whom the bare surname after it need not
    mean."""
    tok = ctx.doc[ctx.mention_end(t, idx)]
    return (
        tok.dep_ == "appos"
        and tok.head.lower_ in RELATION_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in tok.head.children)
    )


_GENERATION_WORDS = frozenset({"elder", "older", "younger"})


# A generation written after a surname ("Mr MacLeod senior"), by the generation it names.
_GENERATIONS_AFTER = {"senior": "sr", "snr": "sr", "junior": "jr", "jnr": "jr"}
# ... and the generation written short inside a tagged bare surname ("Doherty Sr said").
_GENERATION_SUFFIXES = {**_GENERATIONS_AFTER, "sr": "sr", "jr": "jr"}


def _surname_with_its_generation(tok, ctx: Context) -> Attribution | None:
    """ "Mr MacLeod senior recalled", "Pennington junior said": the parser made the generation word the subject and the
    surname before it its modifier; of the people sharing the surname, the one it means, as "the elder Mr MacLeod" is
    read by ``_shared_surname_owner`` from the surname (the generation word right after its mention); the bare surname
    when the article does not say."""
    if tok.lower_ not in _GENERATIONS_AFTER:
        return None
    name = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1), None)
    idx = ctx.actors.tok2actor.get(name.i) if name is not None else None
    if idx is None or ctx.actors.actors[idx].kind != "person" or " " in ctx.actors.actors[idx].name:
        return None
    if len(_surname_sharers(ctx, ctx.actors.actors[idx].name)) < 2:
        return None
    return _actor(ctx, _shared_surname_owner(ctx, name, idx), "name")


_GENERATION = {"jr": "jr", "junior": "jr", "ii": "jr", "sr": "sr", "senior": "sr"}


def _recent_sharer(ctx: Context, tok, idx: int | None) -> int | None:
    """A description resolved to a bare surname two people share ("Majority Leader Tom Whitlock … Whitlock told
    reporters …" ¶ "“…,” the senator said", beside Rep. Sarah Whitlock): the person the surname's last mention before
    it names, as ``_shared_surname_owner`` reads that mention (one of them named in its paragraph before it, …); else
    ``idx``."""
    if idx is None:
        return None
    name = ctx.actors.actors[idx].name
    if ctx.actors.actors[idx].kind != "person" or " " in name or len(_surname_sharers(ctx, name)) < 2:
        return idx
    last = max(
        (t for t, j in ctx.actors.mentions if j == idx and t < tok.i and ctx.qid[t] == -1), default=None
    )
    return idx if last is None else _shared_surname_owner(ctx, ctx.doc[last], idx)


def _titled_sharer_of(ctx: Context, idx: int | None) -> int | None:
    """A holder known only by a surname two people share, always written with a title ("Justice Shah"
    beside Justice Sardar Imtiaz Shah and counsel Syed Kamran Ali Shah): the sharer the article writes with
    that title; else ``idx``."""
    if idx is None:
        return None
    name = ctx.actors.actors[idx].name
    if " " in name or len(sharers := _surname_sharers(ctx, name)) < 2:
        return idx
    doc = ctx.doc
    titles = {
        doc[t - 1].i for t, j in ctx.actors.mentions if j == idx and t and capitalised_title(doc[t - 1])
    }
    fit = {_sharer_by_title(ctx, doc[i], sharers) for i in titles} - {None}
    return fit.pop() if len(fit) == 1 else idx


def _surname_sharers(ctx: Context, surname: str) -> list[int]:
    """The people named in full whose surname is ``surname`` ("Moore" of Kevin and Liam Moore)."""
    return [
        j
        for j, a in enumerate(ctx.actors.actors)
        if a.kind == "person" and a.mentions and " " in a.name and _surname(a.name) == surname
    ]


def _generation_by_kin_of(ctx: Context, sharers: list[int], want: str, idx: int) -> int:
    """Of people sharing a surname, the one "the younger X" (``want`` "jr") or "the elder X" ("sr") means by how
    they were introduced (``_generation_by_kin``): of two, the one introduced as the child or the parent, or the
    other of one introduced the other way; of more, only when every other one was introduced the other way (a
    mother and a father are both "elder"). Else ``idx``."""
    gens = {j: _generation_by_kin(ctx, j) for j in sharers}
    other = "sr" if want == "jr" else "jr"
    fit = [j for j in sharers if gens[j] == want]
    if len(fit) == 1 and (len(sharers) == 2 or all(gens[j] == other for j in sharers if j != fit[0])):
        return fit[0]
    if not fit and len(sharers) == 2 and sum(g == other for g in gens.values()) == 1:
        return next(j for j in sharers if gens[j] != other)
    return idx


def _generation_by_age(ctx: Context, tok, sharers: list[int], want: str, idx: int) -> int:
    """Of two people sharing a surname, each given one age before ``tok`` ("brothers Lim Kok Wah, 52, and Lim Kok Heng,
    49"), the younger ("jr") or the elder ("sr"); ``idx`` when the article gives no such two ages, or the same."""
    if len(sharers) != 2:
        return idx
    ages = stated_ages(ctx, tok, certain=True)
    given = [ages.get(j, set()) for j in sharers]
    if any(len(a) != 1 for a in given):
        return idx
    first, second = (int(next(iter(a))) for a in given)
    if first == second:
        return idx
    older, younger = (sharers[0], sharers[1]) if first > second else (sharers[1], sharers[0])
    return older if want == "sr" else younger


def _generation_by_kin(ctx: Context, idx: int) -> str | None:
    """ "jr" for a person named as someone's child or younger sibling ("Marcantonio’s son Luca", "her younger brother,
    Tom"), "sr" as an older sibling ("his elder brother, Ray"), by the words of the phrase right before the first
    mention so introduced (no verb between: "Younger sibling outkicks Faith" says nothing of Faith); else None."""
    doc = ctx.doc
    for first in sorted(t for t, j in ctx.actors.mentions if j == idx):
        words = set()
        for t in reversed(doc[max(0, first - 4) : first]):
            if t.pos_ in ("VERB", "AUX") or (t.is_alpha and not t.is_lower and t.i != first - 1 and words):
                break
            if t.is_alpha:
                words.add(t.lower_)
        if (generation := _generation_of_kin_words(words)) is not None:
            return generation
        # or set off after it: "Hon. Faruk Garba (APC, Kano Municipal), the son of the Senate committee chairman"
        last = doc[ctx.mention_end(first, idx)]
        kin = _KIN_SET_OFF_AFTER.match(ctx.text, last.idx + len(last))
        if (
            kin is not None
            and (generation := _generation_of_kin_words(set(kin.group(0).lower().split()))) is not None
        ):
            return generation
    return None


def _generation_of_kin_words(words: set[str]) -> str | None:
    """ "jr" for words naming a child or a younger sibling, "sr" for an older one or a father; None for neither or
    both."""
    young, old = bool(words & _YOUNGER_KIN), bool(words & _OLDER_KIN)
    return None if young == old else "jr" if young else "sr"


# A kin noun set off right after a name, a bracketed party or seat between ("…, the son of", "…, his younger
# brother,"); a possessor's name too ("…, Garba's son,").
_KIN_SET_OFF_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,60}\)\s*)?,\s+(?:the|his|her|their|[A-Z][\w'’-]*['’]s?)\s+"
    r"(?:(?:elder|older|eldest|younger|youngest)\s+)?(?:son|daughter|grandson|granddaughter|father|dad|brother|sister)\b"
)


_YOUNGER_KIN = frozenset("son daughter grandson granddaughter younger youngest".split())
# (a father's noun too: "His father, Hamish MacLeod" beside his son Euan, "the elder Mr MacLeod"; not a mother's,
# "Callum's mum Lisa Rennard" beside "Rennard Snr", the manager the article names only so)
_OLDER_KIN = frozenset("older elder eldest father dad".split())


def _generation(name: str) -> str | None:
    """ "sr" or "jr" for a name closing with a generation suffix ("Curtis Pennington Sr."), else None."""
    return _GENERATION.get(name.split()[-1].rstrip(".,").lower())


def _surname(name: str) -> str:
    """The last word of a full name before a generation suffix ("Pennington" of "Curtis Pennington Jr."), or the word
    before a hyphenated Cantonese or Korean given name ("Chan" of "Chan Hoi-yan" and of "Grace Chan Man-yee")."""
    words = name.split()
    if len(words) >= 2 and (_generation(name) or HYPHENED_GIVEN.match(words[-1])):
        return words[-2]
    if _surname_first(words):
        return words[0]
    return words[-1]


def _surname_first(words: list[str]) -> bool:
    """A Chinese name written surname first with a given name of two syllables apart ("Tan Ah Kow", "Lim Siew Hoon"),
    no English given name among them ("Lee Harvey Oswald" stays given name first)."""
    return (
        len(words) == 3
        and words[0].lower() in CHINESE_SURNAMES
        and all(len(w) <= 5 and w.isalpha() and w.lower() not in GIVEN_NAMES for w in words[1:])
    )


def _person_behind(tok, ctx: Context, idx: int) -> Attribution | None:
    """The person a subject naming actor ``idx`` stands for when the parser or the model put another name
    in front: the name before "of" ("Johan Steyn of Melville Douglas"), or for an organisation, the
    person after its title words ("Harbourside manager Kevin Rudge"), the holder of the role its letters
    abbreviate ("the RDC"; "the OC" the model took for a place) or the person it speaks through ("through
    its secretary Mr Sitani Fifita")."""
    titled = _person_of_org(tok, ctx, idx)
    kind = ctx.actors.actors[idx].kind
    if titled is not None or kind not in ("organization", "place"):
        return titled
    if kind == "organization":
        titled = _person_after_org_title(tok, ctx, idx)
    if titled is None and ctx.actors.actors[idx].name.lower() in ("crown", "the crown"):
        titled = _crown_counsel(ctx)  # "the Crown said in her sentencing submissions"
    if titled is None and (holder := _holder_of_role_short_form(ctx, tok.text)) is not None:
        name = shown_as(ctx.actors.actors[holder].name, noun_phrase(tok))
        titled = Attribution(name, None, holder, basis="role")
    if kind == "place":
        return titled
    if titled is None and (via := _spoken_through(tok, ctx)) is not None:
        titled = _actor(ctx, via, "name")  # "The Association, through its secretary Mr Sitani Fifita, said"
    return titled


def _person_after_org_title(tok, ctx: Context, idx: int) -> Attribution | None:
    """ "Her former Gull Party bandmate Desmond Obi … said": the parser made the organisation the subject
    and hung the person under it; an organisation, then one or two lower-case role words, then a
    person, inside the subject's phrase, is that person's title ("Harbourside manager Kevin Rudge")."""
    inside = {t.i for t in tok.subtree}
    return _person_titled_after(ctx, _rest_of_joined_name(ctx, ctx.mention_end(tok.i, idx), inside), inside)


def _person_after_joined_name(tok, ctx: Context) -> Attribution | None:
    """ "Fisheries and Oceans Canada spokesperson Bernadette Gallant said", where the parser made the
    name's untagged first word the subject and the spokesperson a second one joined by "and": the person
    after the whole name and its role words speaks, as after an organisation's (``_person_after_org_title``)."""
    if tok.pos_ != "PROPN" or not any(c.dep_ == "cc" for c in tok.children):
        return None
    inside = {t.i for t in tok.subtree}
    end = _rest_of_joined_name(ctx, tok.i, inside)
    return None if end == tok.i else _person_titled_after(ctx, end, inside)


def _person_titled_after(ctx: Context, end: int, inside: set[int]) -> Attribution | None:
    """The person named after one or two lower-case role words that follow token ``end``, inside the
    subject's phrase (``inside``)."""
    doc, actors = ctx.doc, ctx.actors
    k = end + 1
    while k < len(doc) and k - end <= 2 and doc[k].is_alpha and doc[k].is_lower and _role_word(doc[k]):
        k += 1
    j = actors.tok2actor.get(k)
    if k == end + 1 or j is None or actors.actors[j].kind != "person" or k not in inside:
        return None
    return _actor(ctx, j, "name")


def _rest_of_joined_name(ctx: Context, end: int, inside: set[int]) -> int:
    """Where an organisation's name joined by "and" ends inside the subject's phrase: "Fisheries and Oceans
    Canada spokesperson Bernadette Gallant", which the model split in two and the parser read as
    "Fisheries" and the spokesperson. Capitalised words, none a person's, after "and" or "&"; else
    ``end`` itself."""
    doc = ctx.doc
    if end + 2 >= len(doc) or doc[end + 1].lower_ not in ("and", "&") or end + 1 not in inside:
        return end
    k = end + 2
    while k < len(doc) and k - end <= 5 and k in inside and doc[k].text[:1].isupper():
        if doc[k].ent_type_ == "PERSON":
            return end
        k += 1
    return k - 1 if k > end + 2 else end


def _holder_of_joined_titles(tok, ctx: Context) -> Attribution | None:
    """ "Network president and CEO Lorraine Baumann said": a bare role noun joined by "and" to a second title
    written before a person's name is that person's first office, one speaker, not two."""
    if not is_role_noun(tok) or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    actors = ctx.actors
    for c in tok.children:
        j = actors.tok2actor.get(c.i)
        if c.dep_ != "conj" or j is None or actors.actors[j].kind != "person":
            continue
        first = ctx.mention_start(c.i, j)
        titles = [t for t in c.children if t.dep_ == "compound" and t.i < first]
        between = ctx.doc[tok.i + 1 : titles[0].i] if titles else None
        if between is not None and [t.lower_ for t in between] == ["and"]:
            return _actor(ctx, j, "name")
    return None


def _name_ending_a_title(tok, ctx: Context) -> Attribution | None:
    """ "Kalulushi Member of Parliament Bwalya Chanda, who …, described …", "Zambia Chamber of Mines chief
    executive officer Mutinta Nkhoma cautioned …": the parser made a word of the title the subject (and
    the model may tag its first words a person); a person's name that ends the subject's phrase after
    title words only (capitalised words, "of", "in", "the" …, lower-case role words), with nothing after it
    but a comma, is the speaker."""
    doc, actors = ctx.doc, ctx.actors
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    inside = {t.i for t in tok.subtree}
    office = tok.lower_.rstrip(".") in TITLES  # "Minister of State with responsibility for the marine …"
    # a title written bare before its holder's name ("Independent TD for Cork South-West Christy O’Mahony,"),
    # not a description whose holder is named after it ("The MP for Bradford East, Imran Sadiq,")
    bare = not any(c.dep_ == "det" for c in tok.children) and not any(
        actors.actors[j].kind == "person"
        for i in inside
        if i > tok.i and (j := actors.tok2actor.get(i)) is not None
    )
    portfolio = 0
    k = tok.i + 1
    while k in inside:
        j = actors.tok2actor.get(k)
        if j is not None and actors.actors[j].kind == "person" and j != actors.tok2actor.get(tok.i):
            end = ctx.mention_end(k, j) + 1
            if end in inside and doc[end].text != ",":
                return None
            return _actor(ctx, j, "name")
        w = doc[k]
        if bare and w.text[:1].isupper() and (end := _name_closing_title(ctx, k, inside)) is not None:
            return _untagged_title_holder(ctx, k, end)
        if w.text[:1].isupper() or w.lower_ in _TITLE_JOINS or w.lower_ in _TITLE_WORDS or w.tag_ == "POS":
            pass
        elif office and _portfolio_word(w):
            # "with responsibility for the marine", "Cork South-West": the office's field or seat
            portfolio += 1
        else:
            return None
        if portfolio > _MAX_PORTFOLIO_WORDS:
            return None
        k += 1
    return None


def _portfolio_word(w) -> bool:
    """A lower-case word of an office's field or seat ("with responsibility for the marine", "South-West"):
    a noun, adjective, preposition or hyphen that names no person ("for the family of" is someone
    else's)."""
    return (
        w.pos_ in ("NOUN", "ADJ", "ADP", "DET", "CCONJ", "PUNCT")
        and w.text not in (",", "(", ")", "“", "”", '"')
        and w.lower_ not in ROLE_NOUNS
        and w.lower_ not in PEOPLE_NOUNS
        and w.lemma_.lower() not in RELATION_NOUNS
        and w.lower_ not in ("family", "families", "victim", "victims")
    )


_MAX_PORTFOLIO_WORDS = 5


def _name_closing_title(ctx: Context, k: int, inside: set[int]) -> int | None:
    """The end of the capitalised words from ``k`` when they close the subject's phrase as a person's name
    the model left untagged: two or three proper nouns opening with a given name, then a comma or the
    phrase's end ("Independent TD for Cork South-West Christy O’Mahony, who …"); else None."""
    doc = ctx.doc
    end = k
    while (
        end in inside and doc[end].pos_ in ("PROPN", "NOUN") and doc[end].text[:1].isupper() and end - k < 3
    ):
        end += 1
    if end - k < 2 or (end in inside and doc[end].text != ","):
        return None
    kinds = {
        ctx.actors.actors[j].kind for i in range(k, end) if (j := ctx.actors.tok2actor.get(i)) is not None
    }
    if kinds - {"organization"} or any(doc[i].ent_type_ in ("GPE", "LOC") for i in range(k, end)):
        return None
    if k > 0 and (j := ctx.actors.tok2actor.get(k)) is not None and ctx.actors.tok2actor.get(k - 1) == j:
        return None  # the tail of a longer body's name: "the Centre for Urban Housing Studies" ("Urban" a given name)
    if opens_with_given_name(doc[k:end].text):
        return end  # "… for the marine Siobhán Ní Chonaill said" (the model may tag it an organisation)
    who = end + 1 < len(doc) and doc[end + 1].lower_ == "who"
    # "… for Cork South-West Christy O’Mahony, who attended …"
    return end if who and not kinds and end - k == 2 else None


def _untagged_title_holder(ctx: Context, k: int, end: int) -> Attribution | None:
    """The person named by the words ``k``…``end`` closing a title, added to the table as a speaker."""
    name, _ = normalise_name(ctx.doc[k:end].text)
    if not name or len(name.split()) < 2:
        return None
    return Attribution(name, None, basis="untagged", new_person=(name, list(range(k, end))))


# Small words inside a title ("Leader of Opposition in the Assembly", "Ambassador to France").
_TITLE_JOINS = frozenset("of for the in at to".split())
# Lower-case words of a title written before a name ("chief executive officer Mutinta Nkhoma").
_TITLE_WORDS = ROLE_NOUNS | frozenset(
    "executive managing general senior deputy assistant acting interim".split()
)


def _holder_of_role_short_form(ctx: Context, word: str) -> int | None:
    """ "The Municipal Chief Executive (MCE), Mrs Esi Asante, said …" then "the MCE lamented": letters the
    article defined in brackets after a role noun stand for the one person it ties to that role (the
    model may take them for an organisation)."""
    role = _role_defining_letters(ctx.doc, word)
    letters = word.isupper() and word.isalpha() and 2 <= len(word) <= 6
    if role is not None and letters and (bracketed := _person_bracketed_with(ctx, word)) is not None:
        return bracketed  # "Chief Adewale Ogunleye (SAN)": letters after a person's name, not a role's
    if role is not None:
        if not is_role_noun(role) or is_org_noun(role.lower_):
            return None
        holders = [j for j in role_map(ctx).get(role.lower_, {}) if ctx.actors.actors[j].kind == "person"]
        return holders[0] if len(holders) == 1 else None
    return _holder_by_initials(ctx, word) if letters else None


def _person_bracketed_with(ctx: Context, word: str) -> int | None:
    """ "Chief Adewale Ogunleye (SAN), described …" then "the SAN said": letters written in brackets right after one
    person's name (a rank, an honour) stand for that person; None when no one or two people are so written."""
    found = set()
    for hit in re.finditer(rf"\(\s*{re.escape(word)}\s*\)", ctx.text):
        span = ctx.doc.char_span(hit.start(), hit.start() + 1, alignment_mode="expand")
        j = ctx.actors.tok2actor.get(span.start - 1) if span is not None and span.start else None
        if (
            j is not None
            and ctx.actors.actors[j].kind == "person"
            and not _ends_as_a_body(ctx.actors.actors[j].name)
        ):
            found.add(j)  # (not a body the model took for a person: "the Bihar Vikas Party (BVP)")
    return found.pop() if len(found) == 1 else None


def _holder_by_initials(ctx: Context, word: str) -> int | None:
    """ "the Director-General of MAN, Mr Segun Adebayo, described …" then "the DG stated"; "Chief minister
    Raghunath Deshmukh" then "the CM said"; "Elinor ap Dafydd, the Member of the Senedd for Cwm Taf," then "the MS
    said": the letters are the initials of a title of two to four words (hyphened or not, capitalised from its
    first; or a role noun, "of", perhaps "the", and a body's capitalised name) that the article sets a person beside
    in apposition or writes before the name; that one person, when only one title so written names someone."""
    doc, actors = ctx.doc, ctx.actors
    found = set()
    for t in doc:
        if ctx.qid[t.i] != -1 or not t.is_alpha or not is_role_noun(t):
            continue
        words, i = [t], t.i
        while len(words) < 4 and i >= 1 and (inner_hyphen(doc, i - 1) or doc[i - 1].dep_ == "compound"):
            i = i - 2 if inner_hyphen(doc, i - 1) else i - 1
            if i < 0 or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
                break
            words.insert(0, doc[i])
        if _initials(words) != word:
            words = _title_of_a_body(t)
        if len(words) < 2 or _initials(words) != word:
            continue
        named = [c for c in t.children if c.dep_ == "appos"]
        if t.dep_ in ("compound", "nmod") and t.head.i > t.i and t.head.pos_ == "PROPN":
            named.append(t.head)  # the title before the name
        if t.dep_ == "appos" and t.head.i < t.i:
            named.append(t.head)  # the title set off after the name
        for c in named:
            j = actors.tok2actor.get(c.i)
            if j is not None and actors.actors[j].kind == "person":
                found.add(j)
    return next(iter(found)) if len(found) == 1 else None


def _initials(words: list) -> str | None:
    """The capital initials of a title's words; None when one of them is itself in capitals (an acronym's first
    letter is none of the title's: "NDP Leader" is no "NL")."""
    if len(words) < 2 or any(w.text.isupper() for w in words):
        return None
    return "".join(w.text[0] for w in words).upper()


def _title_of_a_body(t) -> list:
    """A capitalised role noun and the body named after its "of" ("Member of the Senedd", "Member of the Legislative
    Assembly"), or the word its hyphened "in" or "of" joins ("Officer-in-Charge"): the words whose initials make its
    letters ("MS", "MLA", "OC"); else ``[t]``."""
    doc = t.doc
    i = t.i + 1
    if not t.text[:1].isupper() or i >= len(doc):
        return [t]
    if (
        i + 3 < len(doc)
        and inner_hyphen(doc, i)
        and doc[i + 1].lower_ in ("in", "of")
        and inner_hyphen(doc, i + 2)
    ):
        last = doc[i + 3]
        return [t, last] if last.is_alpha and last.text[:1].isupper() else [t]
    if doc[i].lower_ != "of":
        return [t]
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    words = [t]
    while i < len(doc) and len(words) < 4 and doc[i].is_alpha and doc[i].text[:1].isupper():
        words.append(doc[i])
        i += 1
    return words


def _crown_counsel(ctx: Context) -> Attribution | None:
    """The one person the article titles the Crown's lawyer ("assistant Crown attorney Megan O'Rourke",
    "Crown prosecutor Jo Reid", "Crown counsel Ana Ruiz"): in a Commonwealth court "the Crown" speaks
    through them; None when no one, or more than one, is so titled."""
    doc, found = ctx.doc, set()
    for t, j in ctx.actors.mentions:
        start = ctx.mention_start(t, j)
        if (
            ctx.actors.actors[j].kind == "person"
            and start >= 2
            and doc[start - 2].text == "Crown"
            and doc[start - 1].lower_ in _CROWN_LAWYERS
        ):
            found.add(j)
    if len(found) != 1:
        return None
    return _actor(ctx, found.pop(), "role")


_CROWN_LAWYERS = frozenset({"attorney", "prosecutor", "counsel", "lawyer"})


def _person_of_org(tok, ctx: Context, idx: int) -> Attribution | None:
    """ "Detective Constable Ravi Shah of Leicestershire Police said": the parser made the force the
    subject and hung the officer on it; a person named right before "of" and the organisation, inside
    the subject's phrase, speaks, not the body they work for. Whatever the model took the name after
    "of" for ("Johan Steyn of Melville Douglas", a firm tagged a person; "of Leeds"), the name before
    it heads the phrase."""
    doc, actors = ctx.doc, ctx.actors
    start = ctx.mention_start(tok.i, idx)
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    j = actors.tok2actor.get(start - 2)
    if j is None or actors.actors[j].kind != "person" or (start - 2) not in {t.i for t in tok.subtree}:
        return None
    return _actor(ctx, j, "name")


def _role_word(tok) -> bool:
    """A word that can name a role after an organisation ("bandmate", "manager"), not one that joins
    two names ("Dovere and Debenedetti", "Rudge of Harbourside"); the parser's part of speech for it
    is unreliable ("bandmate" tagged a preposition)."""
    return tok.pos_ not in ("CCONJ", "DET", "PRON", "AUX", "VERB") and tok.lower_ not in _JOINING_WORDS


_JOINING_WORDS = frozenset("and or nor of for with to at by from in on as".split())


def _name_set_off_in_subject(tok, ctx: Context) -> Attribution | None:
    """ "A vegetable seller from Mawlai, Phidalin Nongrum, who has sold …, put it simply:", "the executive
    member in charge of markets, KHADC, Shaniah Marbaniang, said": a description of a person whose subject
    phrase sets off, between commas, one person's name before the verb names that person (the parser hangs
    the name on a word inside the description)."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or verb.i <= tok.i:
        return None
    if not (is_cue(verb) or verb.lemma_.lower() == "put"):  # "put it plainly:"
        return None
    fronted = _fronted_place(tok, ctx)
    if not fronted and (
        tok.lower_ in ORG_NOUNS or tok.lemma_.lower() in DOC_NOUNS | PROXY_NOUNS | PROXY_ROLES
    ):
        return None  # "A spokesman for the minister, Jane Doe, said": her spokesman, not she
    actors = ctx.actors
    named = {
        j for i in range(tok.i + 1, verb.i) if ctx.qid[i] == -1 and (j := actors.tok2actor.get(i)) is not None
    }
    set_off = [j for j in named if _set_off_by_commas(ctx, j, tok.i + 1, verb.i)]
    people = [j for j in set_off if actors.actors[j].kind == "person"]
    if len(people) == 1:
        return _actor(ctx, people[0], "name")
    if people or len(set_off) != 1 or fronted or not _person_noun(tok):
        return None
    # "A vegetable seller from Mawlai, Phidalin Nongrum, said", the name tagged a body: set off after a
    # noun for one person, two or three capitalised words that end in no body's word are that person's
    j = set_off[0]
    words = actors.actors[j].name.split()
    if (
        actors.actors[j].kind == "organization"
        and 2 <= len(words) <= 3
        and all(w.istitle() and w.isalpha() for w in words)
        and not _ends_as_a_body(actors.actors[j].name)
    ):
        return _actor(ctx, j, "name", make_person=True)
    return None


def _ends_as_a_body(name: str) -> bool:
    """Whether a name ends in a word only a body's or a place's name ends with ("Harbour Bakeries Ltd",
    "Northgate Holdings Inc", "Greenway Farm Group"): set off after a person's noun, it is still no person."""
    return institution_shape(name) is not None or name.split()[-1].lower().rstrip(".") in COMPANY_DESIGNATORS


def _fronted_place(tok, ctx: Context) -> bool:
    """ "Outside court, the club's president, …, Dimitra Kostas, said:": where the words were said, opening
    the sentence before a comma, which the parser took for the verb's subject ("Outside" a modifier)."""
    first = tok.left_edge
    return (
        first.lower_ in _FRONTED_PLACE_WORDS
        and (first.i == 0 or first.is_sent_start or "\n" in ctx.doc[first.i - 1].text)
        and tok.i + 1 < len(ctx.doc)
        and ctx.doc[tok.i + 1].text == ","
    )


# Prepositions that open a sentence with where or when something was said ("Outside court, …").
_FRONTED_PLACE_WORDS = frozenset("outside inside after before following during".split())


def _set_off_by_commas(ctx: Context, idx: int, lo: int, hi: int) -> bool:
    """Whether person ``idx``'s name between ``lo`` and ``hi`` stands between commas, a capitalised title
    before it inside them (", Councilman Harold Stepanek,"); a name after "from" ("a seller from Mawlai,")
    is where the description comes from, not who it is."""
    doc = ctx.doc
    at = [i for i in range(lo, hi) if ctx.actors.tok2actor.get(i) == idx]
    start = ctx.mention_start(at[0], idx)
    while start > lo and capitalised_title(doc[start - 1]):
        start -= 1
    opened = start > 0 and doc[start - 1].text == ","
    closed = at[-1] + 1 < len(doc) and doc[at[-1] + 1].text == ","
    return opened and closed


def _person_after_portfolio(tok, ctx: Context) -> Attribution | None:
    """ "Climate Crisis and Civil Protection Minister Yiannis Mavrogiannis … said": the parser joins the
    portfolio's words and the titled name with "and"; the person is the one who speaks, never "Climate
    Crisis"."""
    if tok.pos_ != "PROPN" or ctx.actors.tok2actor.get(tok.i) is not None:
        return None
    if not any(c.dep_ == "cc" for c in tok.children):
        return None
    for c in tok.children:
        idx = ctx.actors.tok2actor.get(c.i) if c.dep_ == "conj" else None
        if idx is not None and ctx.actors.actors[idx].kind == "person":
            if any(t.lower_ in ROLE_NOUNS or t.lower_.rstrip(".") in TITLES for t in c.subtree if t.i < c.i):
                return _actor(ctx, idx, "name")
    return None


def _person_set_off_after_a_thing(tok):
    """ "Outside court, Mrs Whalley's daughter, who did not want to be named, said": the parser made the
    fronted place the subject and the person its apposition; a relative set off after a noun for no person
    speaks. Else ``tok``."""
    if tok.pos_ != "NOUN" or _person_noun(tok) or tok.lemma_.lower() in RELATION_NOUNS:
        return tok
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in RELATION_NOUNS:
            return c  # (a relative: "the company, a spokesman," sets no relative off)
    return tok


def _phrase(tok, ctx: Context) -> Attribution | None:
    """An unnamed source as the article describes it ("a campaign spokesman", "one of the players"), or
    the actor a role description stands for ("the mayor, Doug McCallum", see ``roles``)."""
    if _ranking(tok):
        return _ranked_player(tok, ctx)
    tok = _person_set_off_after_a_thing(tok)
    group = part_of_group(tok)
    if group is not None and not _quoted_inside(group, ctx):
        return Attribution(f"{tok.text} of {noun_phrase(group)}", None, basis="phrase")
    if tok.pos_ in ("NOUN", "PROPN"):
        phrase = noun_phrase(tok)
        if phrase and phrase.lower() not in PRONOUNS and not _quoted_inside(tok, ctx):
            spoken_for = _spokesperson_for(tok, ctx, phrase)
            if spoken_for is not None:  # "a spokesman for the operator, Zipway," -> "a spokesman for Zipway"
                return spoken_for
            if _bare_noun(tok) and (headed := _headline_subject(ctx, tok)) is not None:
                return headed
            holder = _recent_sharer(ctx, tok, _titled_sharer_of(ctx, role_holder(ctx, tok)))  # "the judge"
            # held by "Justice Shah"; "the senator" last named by a surname two share: whom that mention names
            if (
                holder is None
                and unnamed_one_just_before(ctx, tok)
                and not _holder_named_just_before(ctx, tok)
            ):
                # "An Auckland Council spokesperson says …" ¶ "“…,” the spokesperson says": the one just brought in,
                # unnamed, not a "ceremonial spokesman" named further back
                return Attribution(phrase, None, basis="phrase")
            if holder is None:
                holder = _holder_by_other_ties(ctx, tok, phrase)
            if holder is None and (missed := untagged_organisation(ctx, tok)) is not None:
                name = shown_as(missed[0], phrase)
                return Attribution(name, None, basis="role", new_org=missed)
            if holder is None:
                holder = _one_titled_with(ctx, tok)  # "the junior" of "junior forward Amara Nwosu-Hale"
            if holder is None:
                holder = _subject_just_before(
                    ctx, tok, phrase
                )  # "Kiprono was gracious. “…,” the champion said"
            if holder is not None and not _reports_on_the_description(ctx, tok, holder):
                name = shown_as(ctx.actors.actors[holder].name, with_own_phrase(tok, phrase))
                return Attribution(name, None, holder, basis="role")
            return _named_as(tok, ctx) or Attribution(phrase, None, basis="phrase")
    return _named_as(tok, ctx)  # "said one, who gave only his first name, Moussa"


def _holder_named_just_before(ctx: Context, tok) -> bool:
    """Whether a person the article ties to the description's role is named within the sentences its unnamed one was
    looked for in (``unnamed_reach_start``: "A federal judge on Monday ordered …" ¶ "In a 42-page opinion, U.S. District
    Judge Margaret Okonkwo-Hale wrote …" ¶ "“…,” the judge wrote": the one brought in unnamed, named since)."""
    held = tied_holders(ctx, tok, "person")
    if not held:
        return False
    start = unnamed_reach_start(ctx, tok)
    return any(start <= t < tok.i and j in held for t, j in ctx.actors.mentions)


def _holder_by_other_ties(ctx: Context, tok, phrase: str) -> int | None:
    """The person a description no role holds stands for by another tie the article wrote: a role's short form ("the
    MCE" after "Chief Executive (MCE)"), kin ("her son"), a home ("the Strokestown man" after "Tommy Flanagan of
    Strokestown") or the lede's one person of that noun ("A Vancouver coach says …" ¶ "Jo Lee said"); else None."""
    holder = _holder_of_role_short_form(ctx, tok.text)
    if holder is None:
        holder = kin_holder(ctx, tok)
    if holder is None:
        holder = _the_owners_one_role_holder(ctx, tok)
    if holder is None:
        holder = origin_holder(ctx, tok)
    return holder if holder is not None else person_of_lede(ctx, tok, phrase)


def _the_owners_one_role_holder(ctx: Context, tok) -> int | None:
    """ "Josiah Faleolo will be on the bench, his coach confirmed" after "Club coach Tuala Mikaele Aumua": a role
    owned by a he or she is the one person the article gave that role, named before it, when that person is not the
    pronoun's own; None for no one or several."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None or not is_role_noun(tok) or tok.lower_ in RELATION_NOUNS:
        return None  # (a relation, "her lawyer", is the kin rules': whose lawyer the article says)
    holders = [
        j
        for j in role_map(ctx).get(tok.lower_, {})
        if ctx.actors.actors[j].kind == "person" and named_before(ctx, j, tok.i)
    ]
    if len(holders) != 1 or resolve_pronoun(ctx, poss) in (None, holders[0]):
        return None
    return holders[0]


def _headline_subject(ctx: Context, tok) -> Attribution | None:
    """Headline style, no article ("union calls move ‘a betrayal’", "‘…,’ chief says"): the one holder the article
    ties to the role, else unattributed: a bare common noun names no one; but a role written with nouns of its own
    ("union leader says …") with no holder is a description like any other (None: the caller's)."""
    holder = role_holder(ctx, tok, bare=True)
    if holder is not None:
        return Attribution(ctx.actors.actors[holder].name, None, holder, basis="role")
    if _role_nouns_before(tok):
        return None
    return Attribution(None, None, basis="phrase")


def _role_nouns_before(tok) -> list:
    """The lower-case nouns right before a role noun that the parser joined to it ("incident" of "incident
    controller"): part of the role's name, in a row up to it (not a time stamp the parser hung on it)."""
    nouns = [
        c for c in tok.children if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
    ]
    return nouns if nouns and nouns[-1].i == tok.i - 1 and tok.i - nouns[0].i == len(nouns) else []


def _bare_noun(tok) -> bool:
    """A singular common noun in lower case with nothing before it but punctuation and nouns of its role: no
    article, owner, number or modifier ("; union calls …", "’ chief says", "’, incident controller says"), as a
    headline writes a subject."""
    if _title_opening_a_line(tok):
        return True  # a live blog's entry heading: "Minister says offer is ‘fair’"
    # a lower-case noun before it is part of the role ("…, incident controller says"), not an article or owner
    nouns = _role_nouns_before(tok)
    first = nouns[0].i if nouns else tok.i
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.text.islower()
        and not any(c.i < first for c in tok.children)
        and (
            first == 0
            or tok.doc[first - 1].is_punct
            or tok.doc[first - 1].is_space
            or tok.doc[first].is_sent_start
        )
    )


def _title_opening_a_line(tok) -> bool:
    """A capitalised role or relation word opening a line, alone or after one capitalised modifier, as a
    heading writes its subject ("Minister says offer is ‘fair’", "Widow says verdict …", "Medical officer
    says outbreak …"), no name after it (the parser may hang the line before on it: a time stamp)."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    modified = (
        before is not None
        and (tok.text.islower() or (tok.text.istitle() and _headline_verb_after(tok)))
        and before.text.istitle()
        and before.pos_
        in ("ADJ", "PROPN", "NOUN")  # "Medical officer", "Finance minister", "Energy Minister"
        and before.ent_type_ != "PERSON"
    )
    first = tok.i - 1 if modified else tok.i  # "Medical officer", never "Her husband"
    return (
        doc[first].text.istitle()
        and (tok.lower_ in ROLE_NOUNS or tok.lower_ in RELATION_NOUNS)
        and tok.tag_ in ("NN", "NNP")
        and (first == 0 or "\n" in doc[first - 1].text or _after_a_time_stamp(doc, first))
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ != "PROPN")
    )


def _headline_verb_after(tok) -> bool:
    """Whether a present-tense verb follows a role written in title case, as a heading's verb does ("Energy
    Minister promises ‘…’"); not a body's name set off by a comma ("Justice Forward, a legal group, called …")."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("VBZ", "VBP") and not tok.ent_type_


# A live blog's time stamp opening a key event's line ("3:10pm: Premier says …", "15.42 – Minister says …"), or its
# age ("3h ago — Minister says …").
_STAMP_WORD = re.compile(
    r"^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm|h|m|hr|hrs|min|mins)?|[ap]\.?m\.?|GMT|BST|AEDT|AEST|ET|PT|"
    r"h|hr|hrs|min|mins|hours?|minutes?|ago)$",
    re.I,
)
_STAMP_MARKS = frozenset({":", "-", "–", "—", "|"})
_STAMP_WORDS = 4


def _after_a_time_stamp(doc, first: int) -> bool:
    """Whether the words before ``first`` on its line are a time stamp and its mark ("3:10pm:")."""
    if first == 0 or doc[first - 1].text not in _STAMP_MARKS:
        return False
    i = first - 2
    while i >= 0 and "\n" not in doc[i].text and _STAMP_WORD.match(doc[i].text):
        i -= 1
    return first - 2 - i in range(1, _STAMP_WORDS + 1) and (i < 0 or "\n" in doc[i].text)


def _named_as(tok, ctx: Context) -> Attribution | None:
    """ "A listener who identified himself as Greg from Tucson called in:", "a resident who asked to be
    identified only as Tom", "one, who gave only his first name, Moussa": the name the unnamed speaker
    gave, inside the subject's own phrase."""
    doc = ctx.doc
    span = doc[tok.left_edge.i : tok.right_edge.i + 1]
    hit = NAMED_AS.search(span.text)
    if hit is None:
        return None
    name = doc.char_span(span.start_char + hit.start(1), span.start_char + hit.end(1))
    if name is None or any(ctx.qid[t.i] != -1 for t in name):
        return None
    return Attribution(name.text, None, basis="apposition", new_person=(name.text, [t.i for t in name]))


def _reports_on_the_description(ctx: Context, tok, idx: int) -> bool:
    """Whether person ``idx`` is, in the description's sentence, the subject of a verb that governs it:
    "Klobuchar said the answer was … and noted that the nominee had given a speech": the nominee is whom
    Klobuchar speaks of, never Klobuchar. Only a verb above the description's own verb counts: "Cruz is
    the only top-tier contender", "said Scott Reed, the Chamber's chief political strategist" name him."""
    own = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if own is None:
        return False
    governing = set(own.ancestors)
    sent, para = ctx.actors.sent_index(tok.i), ctx.para_of[tok.i]
    for t, j in ctx.actors.mentions:
        if j != idx or ctx.actors.sent_index(t) != sent or ctx.qid[t] != -1:
            continue
        if ctx.para_of[t] != para:
            continue  # a sentence the parser ran over a paragraph break: "… said … “…” ¶ “…,” the company said"
        if subject_verb(ctx, t, j) in governing:
            return True
    return False


def _subject_just_before(ctx: Context, tok, phrase: str) -> int | None:
    """ "Kiprono was gracious. “…,” the two-time champion said": a definite description of one person
    ("champion", "mother", or a role noun the role rules left untied), whose head word the article has
    not used before, stands for the person who was the subject just before, as a role tied to no one
    does (see ``roles.recent_role_free_person``, which also keeps out the one asked and a role acted
    on)."""
    by_initials = tok.text.isupper() and tok.lower_ in ROLE_INITIALS  # "the MP said", tagged a proper noun
    if (
        not phrase.lower().startswith("the ")
        or not (tok.tag_ == "NN" or by_initials)
        or not _person_noun(tok)
    ):
        return None
    relative = _relative_just_before(ctx, tok)
    if relative is not None:
        return relative
    first = min(t.i for t in tok.subtree)
    used = [t for t in ctx.doc[:first] if t.lower_ == tok.lower_]
    if used:
        return _subject_before_first_use(ctx, used, first)
    idx = recent_role_free_person(ctx, tok, role_map(ctx))
    if idx is None:
        return _described_subject_just_before(ctx, tok)
    last = max(t for t, j in ctx.actors.mentions if j == idx and t < first)
    if ctx.doc[ctx.mention_end(last, idx)].dep_ == "nsubjpass":
        return None  # "Reyes was asked … ¶ “…,” the moderator said": the one acted on is not the speaker
    return idx


def _described_subject_just_before(ctx: Context, tok) -> int | None:
    """ "The 29-year-old Jamaican, who joined Nashville in the offseason, has eight goals." ¶ "“…,” the veteran striker
    added": the person the narrated sentence just before makes its subject by a description of age or origin, when
    that description names someone (``described_person``); else None."""
    bounds = _narrated_sentence_just_before(ctx, tok)
    if bounds is None:
        return None
    for t in ctx.doc[bounds[0] : bounds[1]]:
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and ctx.qid[t.i] == -1 and with_the(t):
            found = described_person(t, ctx)
            return None if found is None else found.actor
    return None


def _narrated_sentence_just_before(ctx: Context, tok) -> tuple[int, int] | None:
    """(first token, end) of the narrated sentence right before ``tok``'s (``narrated_sentence_before``), or None when
    there is none."""
    actors = ctx.actors
    here = actors.sent_index(tok.i)
    k = narrated_sentence_before(ctx, here)
    if k == here or not actors.sent_starts:
        return None
    end = actors.sent_starts[k + 1] if k + 1 < len(actors.sent_starts) else len(ctx.doc)
    return actors.sent_starts[k], end


def _one_titled_with(ctx: Context, tok) -> int | None:
    """ "Bellmont's leading scorer, junior forward Amara Nwosu-Hale, finished with 22 points." ¶ "“…,” said the junior":
    a definite description by a person's standing (a class year, "veteran", "rookie": ``PERSON_DESCRIPTIONS``) whose
    noun stands in the words right before exactly one person's name, as a title stands, is that person."""
    if (
        not with_the(tok)
        or tok.lower_ not in PERSON_DESCRIPTIONS
        or not tok.text.islower()
        or ctx.qid[tok.i] != -1
    ):
        return None
    found = _people_titled_with(
        ctx, tok, lambda w: w.lower_ == tok.lower_ and (w.text.islower() or w.is_sent_start)
    )
    return found.pop() if len(found) == 1 else None


def _title_words_before(doc, t: int) -> list:
    """The words right before a name at ``t`` that may title it ("junior forward"): up to ``_TITLE_REACH`` words of
    letters, no mark between them and the name."""
    words = []
    k = t - 1
    while k >= 0 and len(words) < _TITLE_REACH and doc[k].is_alpha and "\n" not in doc[k].whitespace_:
        words.append(doc[k])
        k -= 1
    return words


# Words before a name where a lower-case title or trade stands ("junior forward Amara Nwosu-Hale").
_TITLE_REACH = 3


def _relative_just_before(ctx: Context, tok) -> int | None:
    """ "His father did not dispute it. “…,” the coach said": a his/her relative as the main subject of the
    narrated sentence just before is the one the description stands for, when the article ties that relative
    to the owner (``kin_holder``, the owner found by a subject or a chain) and the role to the relative or to no one."""
    actors = ctx.actors
    before = narrated_sentence_before(ctx, actors.sent_index(tok.i))
    if before < 0 or before >= len(actors.sent_starts):
        return None
    start = actors.sent_starts[before]
    end = actors.sent_starts[before + 1] if before + 1 < len(actors.sent_starts) else len(ctx.doc)
    for t in ctx.doc[start:end]:
        if t.dep_ != "nsubj" or t.head.dep_ != "ROOT" or ctx.qid[t.i] != -1 or t.lower_ not in RELATION_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in t.children):
            return None
        holder = kin_holder(ctx, t, owner_only=True) if _owner_found_by_subject(ctx, t) else None
        # a role tied to no one is the relative's as a trade ("His father said he had never pushed his children
        # towards farming." ¶ "“…,” the third-generation farmer said")
        tied = tied_holders(ctx, tok, "person")
        return holder if holder is not None and (holder in tied or not tied) else None
    return None


def _subject_before_first_use(ctx: Context, used: list, first: int) -> int | None:
    """ "Thibodeaux said. ¶ The redshirt sophomore finished 24 of 35 … ¶ “…,” the redshirt sophomore said":
    a description the article used before, each time as a definite subject of narration, is whom its first
    use stood for, when no one else is named after that use's sentence ("Tourism operator Dale Rennick
    disagreed." between two uses of "the marine scientist" leaves the second unresolved)."""
    if not all(t.dep_ in ("nsubj", "nsubjpass") and with_the(t) and ctx.qid[t.i] == -1 for t in used):
        return None
    idx = recent_role_free_person(ctx, used[0], role_map(ctx))
    if idx is None:
        return None
    actors = ctx.actors
    after = used[0].sent.end
    others = {
        j
        for t, j in actors.mentions
        if after <= t < first
        and ctx.qid[t] == -1
        and j != idx
        # a name the model tagged an organisation may be a person's too ("Tourism operator Dale Rennick")
        and (
            actors.actors[j].kind == "person"
            or (actors.actors[j].kind == "organization" and is_subject(ctx, t))
        )
    }
    return None if others else idx


def _person_noun(tok) -> bool:
    """A noun that names one person by what they are or do ("champion", "trainer", "mother"); not a
    group ("the crowd") nor a role that speaks for someone else ("the spokesman")."""
    low = tok.lemma_.lower()
    if low in GROUP_NOUNS or low in COLLECTIVE_NOUNS or low in PROXY_ROLES or low in ORG_NOUNS:
        return False
    return (
        low in ROLE_NOUNS
        or low in PEOPLE_NOUNS
        or low in _CHILDREN_AS_DESCRIBED  # "Oliver … was calmer than his father." ¶ "“…,” the boy said"
        or (low.endswith(PERSON_SUFFIXES) and not low.endswith("ment"))
    )


# A child described by sex alone ("the boy said"), one person as "the man" is.
_CHILDREN_AS_DESCRIBED = frozenset({"boy", "girl"})


def _spokesperson_for(tok, ctx: Context, phrase: str) -> Attribution | None:
    """The body a spokesperson noun speaks for, shown by the article's words and its name ("a spokesman for
    Zipway"), an actor or a name the model left untagged ("for NSW Crown Lands"); else None."""
    named = _spokesperson_named_after_office(tok, ctx)
    if named is None:
        named = _spokesperson_named_next(tok, ctx)
    if named is None:
        named = _spokesperson_named_before(tok, ctx)
    if named is not None:  # "A spokesman for the governor, Jared Kolbeck, said"
        return _actor(ctx, named, "name")
    if (holder := _spokesperson_titled_with_the_body(tok, ctx)) is not None:
        name = shown_as(ctx.actors.actors[holder].name, with_own_phrase(tok, phrase))
        return Attribution(name, None, holder, basis="role")
    body = _body_spoken_for(tok, ctx)
    if body is not None:
        return Attribution(_body_before_noun(ctx.actors.actors[body].name, phrase), None, body, basis="role")
    missed = _untagged_body_spoken_for(tok, ctx)
    if missed is not None:
        return Attribution(_body_before_noun(missed[0], phrase), None, basis="role", new_org=missed)
    return None


def _body_before_noun(name: str, phrase: str) -> str:
    """A spokesperson shown by the body's name before the noun ("a spokesperson" of Fisheries and Oceans Canada: "a
    Fisheries and Oceans Canada spokesperson"; "a Halvard spokesperson" of Halvard Pharmaceuticals: "a Halvard
    Pharmaceuticals spokesperson"): one person, unnamed, whom the body's name qualifies; the noun stays last, as the
    speaker's head (a reader or a scorer reading the last word finds a spokesperson, not the body)."""
    words = phrase.split()
    if words and words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()
    if f" {name} " in f" {phrase} " or any(w.isupper() and is_initials_of(w, name) for w in words[1:-1]):
        return " ".join(words)  # (the body named by its letters already: "an OCHA spokesman")
    # ("a Halvard spokesperson": the body's name in full in place of its short form; "a council spokesman" of
    # Brackenfold District Council: its kind's word too)
    named = set(name.split())
    before = [
        w for w in words[:-1] if not (w[:1].isupper() and w in named or w.islower() and w.title() in named)
    ]
    return " ".join([*before, name, words[-1]]) if words else name


def _spokesperson_titled_with_the_body(tok, ctx: Context) -> int | None:
    """ "Eskom spokesperson Daphne Mthembu-Radebe said …" … "the Eskom spokesperson added": a definite spokesperson
    written with a body's name is the one person the article titled with that name, not the body; a bare "the
    spokesperson" after "a spokesperson for the Department" stays the department's (a party's "housing
    spokesperson", an opposition member, is no one's spokesperson for it)."""
    if _indefinite(tok):
        return None
    names = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
    if not names:
        return _the_one_named_spokesperson(tok, ctx)
    holder = role_holder(ctx, tok)
    if holder is None or not names <= role_map(ctx).get(tok.lower_, {}).get(holder, set()):
        return None
    return holder


def _the_one_named_spokesperson(tok, ctx: Context) -> int | None:
    """ "Tshepo Molefe, spokesperson for the Rietspruit Local Municipality, says …" ¶ "“…,” the spokesperson says": a
    bare definite spokesperson is the one person the article made one by name before it, when no unnamed one ("a
    spokesperson for …") was brought in since; else None (the body the noun speaks for, read after)."""
    if tok.lower_ not in SPOKESPERSON_NOUNS:
        return None
    held = role_map(ctx).get(tok.lower_, {})
    people = [j for j in held if ctx.actors.actors[j].kind == "person"]
    if len(people) != 1:
        return None
    last = max((t for t, j in ctx.actors.mentions if j == people[0] and t < tok.i), default=None)
    if last is None:
        return None
    unnamed = any(
        t.lemma_.lower() == tok.lemma_.lower() and _indefinite(t) and ctx.qid[t.i] == -1
        for t in ctx.doc[last : tok.i]
    )
    return None if unnamed else people[0]


def _spokesperson_named_after_office(tok, ctx: Context) -> int | None:
    """ "A spokesman for the governor, Jared Kolbeck, said": the person set off after a spokesperson's
    office (a role noun, not a body's name) is the spokesperson, unless the article gives that person the
    office ("Gov. Jared Kolbeck" elsewhere makes him the governor)."""
    if tok.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    actors = ctx.actors
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for office in prep.children:
            if office.dep_ != "pobj" or office.pos_ != "NOUN" or not is_role_noun(office):
                continue
            for c in office.children:
                j = actors.tok2actor.get(c.i)
                if c.dep_ == "appos" and j is not None and actors.actors[j].kind == "person":
                    return None if _titled_anywhere(ctx, j) else j
    return None


def _indefinite(tok) -> bool:
    """Whether ``tok`` has "a" or "an" as its article ("a spokesperson", "a super PAC")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _spokesperson_named_next(tok, ctx: Context) -> int | None:
    """ "A spokesperson for Gov. Alicia Moreno-Trent said the governor was “closely following” it. “…,”
    spokesperson Ivan Petrosyan said": an indefinite spokesperson is the one the same paragraph names next
    by the same noun, right before the name; none when another spokesperson noun comes between."""
    if tok.lemma_.lower() not in SPOKESPERSON_NOUNS or not _indefinite(tok):
        return None
    doc, para = ctx.doc, ctx.para_of[tok.i]
    for t in doc[tok.i + 1 :]:
        if ctx.para_of[t.i] != para:
            return None
        if ctx.qid[t.i] != -1 or t.lemma_.lower() not in SPOKESPERSON_NOUNS:
            continue
        j = ctx.actors.tok2actor.get(t.i + 1) if t.i + 1 < len(doc) else None
        if j is not None and ctx.actors.actors[j].kind == "person":
            return j
        return None
    return None


def _spokesperson_named_before(tok, ctx: Context) -> int | None:
    """ "Norvane spokeswoman Kim Alvarez said …" ¶ "“…,” the spokeswoman said": a bare definite spokesperson
    (nothing but "the" before it, no body after it) is the person the article's last spokesperson noun
    outside quotes stood before or was set off beside, not the body that noun named."""
    if tok.lemma_.lower() not in SPOKESPERSON_NOUNS or not with_the(tok) or len(list(tok.children)) != 1:
        return None
    actors = ctx.actors
    for e in reversed(ctx.doc[: tok.i]):
        if ctx.qid[e.i] != -1 or e.pos_ != "NOUN" or e.lemma_.lower() not in SPOKESPERSON_NOUNS:
            continue
        nxt = e.i + 2 if e.i + 1 < len(ctx.doc) and ctx.doc[e.i + 1].text == "," else e.i + 1
        j = actors.tok2actor.get(nxt)
        return j if j is not None and actors.actors[j].kind == "person" else None
    return None


def _titled_anywhere(ctx: Context, idx: int) -> bool:
    """Whether the article writes person ``idx`` after a capitalised title ("Gov. Jared Kolbeck")."""
    doc = ctx.doc
    for t, j in ctx.actors.mentions:
        if j != idx:
            continue
        start = ctx.mention_start(t, j)
        before = doc[start - 1] if start > 0 and doc[start - 1].text != "." else doc[max(0, start - 2)]
        if start > 0 and capitalised_title(before):
            return True
    return False


def _body_spoken_for(tok, ctx: Context) -> int | None:
    """The organisation an unnamed spokesperson speaks for, by name or by a noun the article resolves to
    one: "a spokesman for Zipway", "a spokesperson for the e-scooter operator, Zipway,", "a spokeswoman
    for the company" (see ``roles``), or by a name before the noun ("a Brightridge spokesperson"). Shown "a spokesman for Zipway": the article's words, then the body a reader
    needs (annotators name either)."""
    if tok.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    found = _body_of(tok, ctx)
    if found is None and with_the(tok):
        # "A spokesperson for Northstone Residential said: … ¶ The spokesperson added that …": the one
        # the article last wrote of, when that one named its body
        earlier = next(
            (
                e
                for e in reversed(ctx.doc[: tok.i])
                if e.lemma_.lower() in SPOKESPERSON_NOUNS and ctx.qid[e.i] == -1 and e.pos_ == "NOUN"
            ),
            None,
        )
        found = None if earlier is None else _body_of(earlier, ctx)
    return found if found is not None else _issuer_of_the_document_spoken_in(tok, ctx)


def _body_of(tok, ctx: Context) -> int | None:
    """The organisation a spokesperson noun names (``_body_named_for``), or else, for "a spokesperson" who
    names none, the one the paragraph has just made its subject (``_subject_body_before``)."""
    found = _body_named_for(tok, ctx)
    return found if found is not None else _subject_body_before(tok, ctx)


def _subject_body_before(tok, ctx: Context) -> int | None:
    """ "The Delaware Department of Education did not take a position. In a statement, a spokesperson said
    …": an indefinite spokesperson who names no body, nor anyone before the noun, speaks for the one
    organisation the article made a clause subject in this or the two sentences before, when that
    organisation is written earlier in the same paragraph; a spokesperson "for" anyone is theirs."""
    if not _indefinite(tok):
        return None
    if any(c.dep_ in ("prep", "compound", "amod", "poss") for c in tok.children):
        return None  # "a spokesperson for the mayor", "a police spokesman", "a federal spokeswoman"
    found = recent_organisation(ctx, tok)
    if found is None:
        return None
    para = ctx.para_of[tok.i]
    here = any(
        t < tok.i and ctx.para_of[t] == para and ctx.qid[t] == -1
        for t, j in ctx.actors.mentions
        if j == found
    )
    return found if here else None


def _body_named_for(tok, ctx: Context) -> int | None:
    """The organisation a spokesperson noun names: before it ("a Brightridge spokesperson") or after "for" or
    "at"; see ``_body_spoken_for``."""
    actors = ctx.actors
    named = _body_named_before(tok, ctx)  # "a Brightridge spokesperson", "an MoD spokeswoman"
    if named is None:
        named = _body_by_noun_before(tok, ctx)  # "a council spokesperson"
    if named is not None:
        return named
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at"):
            continue
        for g in prep.children:
            if g.dep_ != "pobj" or ctx.qid[g.i] != -1:
                continue
            j = actors.tok2actor.get(g.i)
            if j is None:
                named = _named_in_apposition(g, ctx) if g.pos_ == "NOUN" else None
                j = named.actor if named is not None else role_holder(ctx, g)
            if j is not None and actors.actors[j].kind == "organization":
                return j
    return None


def _untagged_body_spoken_for(tok, ctx: Context) -> tuple[str, list[int]] | None:
    """ "A spokesperson for NSW Crown Lands said": a name of two or more capitalised words after "for" that the
    model left untagged, not opening with a given name (a person's spokesperson speaks for that person), is
    the organisation the spokesperson speaks for: (name, tokens)."""
    if tok.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for g in prep.children:
            if g.dep_ != "pobj" or g.pos_ != "PROPN" or ctx.qid[g.i] != -1:
                continue
            words = [t for t in g.subtree if t.i <= g.i]
            if (
                len(words) >= 2
                and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words)
                and not any(ctx.actors.tok2actor.get(t.i) is not None for t in words)
                and not opens_with_given_name(" ".join(t.text for t in words))
            ):
                return " ".join(t.text for t in words), [t.i for t in words]
    return None


def _issuer_of_the_document_spoken_in(tok, ctx: Context) -> int | None:
    """ "In a statement, the Grape Growers of Ontario said … ¶ “…,” a spokesperson said in the statement":
    a spokesperson for no named body speaks for the organisation that issued the document the cue points
    back to; None when that document's issuer is not an organisation the article names."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not is_cue(verb):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DOCUMENT_VIA:
            continue
        for g in prep.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in DOC_NOUNS:
                found = _earlier_document_owner(g, ctx)
                if found is not None and found.actor is not None:
                    if ctx.actors.actors[found.actor].kind == "organization":
                        return found.actor
    return None


def _body_named_before(tok, ctx: Context) -> int | None:
    """The one organisation of the article a name right before a spokesperson noun stands for ("a
    Brightridge spokesperson" beside "Brightridge Pharmaceuticals", "an MoD spokeswoman" beside "MoD"),
    whatever kind the model gave the name there; None when no organisation, or two, fit it."""
    doc = ctx.doc
    words = []
    i = tok.i - 1
    while i >= 0 and _name_word(doc[i]) and doc[i].head.i == tok.i and ctx.qid[i] == -1:
        words.insert(0, doc[i].text)
        i -= 1
    if not words:
        return None
    name = " ".join(words)
    return one_organisation(
        ctx, lambda a: a.name == name or a.name.startswith(name + " ") or name in a.aliases
    )


def _body_by_noun_before(tok, ctx: Context) -> int | None:
    """ "A council spokesperson said" in an article about Galway County Council: an organisation noun in
    lower case right before the spokesperson noun stands for the one organisation the article ties to it,
    as "the council" would (see ``roles``)."""
    if tok.i == 0:
        return None
    noun = ctx.doc[tok.i - 1]
    if (
        noun.dep_ != "compound"
        or noun.head.i != tok.i
        or not noun.text.islower()
        or not is_org_noun(noun.lower_)
    ):
        return None
    found = role_holder(ctx, noun, bare=True)
    return found if found is not None and ctx.actors.actors[found].kind == "organization" else None


def _name_word(t) -> bool:
    """A capitalised word of a name before a noun ("Brightridge", "MoD", tagged a proper noun or an
    adjective), not a nationality ("an Irish spokesman")."""
    return t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") and t.ent_type_ != "NORP"


_RANK_WORDS = frozenset({"no", "no.", "number"})


def _ranked_player(tok, ctx: Context) -> Attribution:
    """ "the world No 6 said": a description by ranking stands, like "the 24-year-old", for the most
    recent person who was a clause subject nearby ("Brandt was less amused … ¶ “…,” the world No 6
    said"); with none, a player the words alone do not name: unattributed, never "the world"."""
    doc = tok.doc
    first = tok.i if tok.lower_ == "world" else tok.i - 1
    last = first + 1
    if last + 1 < len(doc) and (doc[last + 1].like_num or doc[last + 1].pos_ == "NUM"):
        last += 1
    idx = resolve_description(ctx, doc[first])
    if idx is None:
        return Attribution(None, None, basis="description")
    name = shown_as(ctx.actors.actors[idx].name, "the " + doc[first : last + 1].text)
    return Attribution(name, None, idx, basis="description")


def _ranking(tok) -> bool:
    """ "the world No 4", "the world number four": a player described by a ranking, whom the phrase cut at
    "world" would misname ("the world"); a person the rules cannot name from the words alone."""
    doc = tok.doc
    if tok.lower_ in _RANK_WORDS:
        return tok.i > 0 and doc[tok.i - 1].lower_ == "world"
    return tok.lower_ == "world" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _RANK_WORDS


def _title_before_name(tok, ctx: Context) -> Attribution | None:
    """ "“…,” said Const. Maya Trudel", "Cllr Kiely put it bluntly": the person named right after a title the
    parser made the subject speaks (the tagger read "Kiely" as an adverb)."""
    doc, actors = ctx.doc, ctx.actors
    i = tok.i
    if (
        tok.lower_.rstrip(".") in TITLES
        and tok.text[:1].isupper()
        and i + 1 < len(doc)
        and i not in actors.tok2actor
    ):
        j = actors.tok2actor.get(i + 1)
    else:
        return None
    if j is None or actors.actors[j].kind != "person":
        return None
    return _actor(ctx, j, "name")


def _quoted_inside(tok, ctx: Context) -> bool:
    """Whether the noun phrase of ``tok`` runs into a quote ('“risk mitigation” payments')."""
    return any(ctx.qid[t.i] != -1 and not t.is_punct for t in tok.subtree if t.i < tok.i)


def _description_after_name(tok, ctx: Context) -> Attribution | None:
    """ "One mailer from Queen City Forward, a super PAC backing Raghunathan, called …": an indefinite
    description set off by a comma right after a name describes that name; when the parser made the
    description the verb's subject, the one it describes speaks, never the description's own word ("PAC")."""
    if not _indefinite(tok):
        return None
    left, doc, actors = tok.left_edge.i, ctx.doc, ctx.actors
    if left < 2 or doc[left - 1].text != "," or ctx.qid[left - 2] != -1:
        return None
    j = actors.tok2actor.get(left - 2)
    if (
        j is None
        or j == actors.tok2actor.get(tok.i)
        or actors.actors[j].kind not in ("person", "organization")
    ):
        return None
    return _actor(ctx, j, "name") if ctx.mention_end(left - 2, j) == left - 2 else None


def _person_the_apposition_describes(tok, ctx: Context) -> Attribution | None:
    """ "Smt Kamla Devi Patil, state president of the RSP, an ally of the Jan Shakti Morcha, called …": the parser
    hung the cue on a description set off by commas after a person's name; the description is that person's."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN":
        return None
    end = phrase_end(tok, skip=("acl", "relcl", "punct"))  # the clause the parser hung on it is no part of it
    if end + 1 >= len(ctx.doc) or ctx.doc[end + 1].text != ",":
        return None  # "…, Mr. Daniel Okeke, the governor also urged": nothing closes "the governor"
    j = ctx.actors.tok2actor.get(tok.head.i)
    if j is None or ctx.actors.actors[j].kind != "person":
        return None
    return _actor(ctx, j, "apposition")


def _name_before_a_dash_aside(tok, ctx: Context) -> Attribution | None:
    """ "Bloc Québécois finance critic Luc Marchand — no relation to the minister — said": an aside between dashes
    right after a person's name, which the parser made the verb's subject, is said of that person, who speaks."""
    doc = ctx.doc
    start = tok.left_edge.i
    if start < 2 or doc[start - 1].text not in DASHES or tok.head.i <= tok.i:
        return None
    j = ctx.actors.tok2actor.get(start - 2)
    if j is None or ctx.actors.actors[j].kind != "person":
        return None
    if not any(doc[k].text in DASHES for k in range(tok.i + 1, tok.head.i)):
        return None  # the aside must close before the verb
    if any(ctx.qid[k] != -1 for k in range(start, tok.head.i)):
        return None  # a term quoted inside the aside ("who keeps the hand-drawn “pressure chart”") is no one's words
    return _actor(ctx, j, "apposition")


def _apposed_person(tok, ctx: Context) -> Attribution | None:
    """The person's full name the parser hung on the body after a role ("The Chairman of the Kejetia Traders
    Association, Nana Kwame Bediako-Asare, accused …"): the name the article sets beside the role comes
    before any holder the role is inferred to be (the chairman last named)."""
    if not _role_head(tok):
        return None
    for c in _apposed_to_its_body(tok, ctx):
        j = ctx.actors.tok2actor.get(c.i)
        if j is not None and ctx.actors.actors[j].kind == "person" and " " in ctx.actors.actors[j].name:
            return _actor(ctx, j, "apposition")
    return None


# A generation or regnal number closing a name ("Ababio II", "Pennington Jr."), which the model may leave out of it.
_REGNAL_SUFFIXES = frozenset({"II", "III", "IV", "V", "Jr", "Sr", "Snr", "Jnr"})


def _name_set_off_as_a_conjunct(tok, ctx: Context) -> Attribution | None:
    """ "The committee’s ranking Republican, Rep. Lorna Beckett-Sims of Texas, dismissed …": a person's full name
    set off by commas after the subject, with no "and" or "or" joining it, which the parser made a conjunct
    instead of an apposition, is whom the subject describes."""
    if any(c.dep_ == "cc" for c in tok.children):
        return None
    doc = ctx.doc
    for c in tok.children:
        if c.dep_ != "conj" or c.i < tok.i:
            continue
        first, last = c.left_edge.i, c.right_edge.i
        if doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text not in (",", ".", ";"):
            continue  # (set off to the sentence's end too: "said the bill’s sponsor, Sen. Denise Amaro-Whitley, D-Fairhaven.")
        j = ctx.actors.tok2actor.get(c.i)
        if j is not None and ctx.actors.actors[j].kind == "person" and " " in ctx.actors.actors[j].name:
            return _actor(ctx, j, "apposition")
    return None


def described_person(tok, ctx: Context) -> Attribution | None:
    """'the 24-year-old said', 'the Brazilian said', 'the Scot said': a definite description by age,
    nationality or origin speaks for the person it describes, the most recent person who was a clause subject in this or
    the three previous sentences. (Role nouns, "the mayor", stay a phrase: which person holds the role
    is not in the grammar, and annotators name the phrase.)"""
    words = description(tok)
    if words is None or not describes_person(words, tok):
        return None
    if words.startswith("veteran ") and given_role(ctx, tok):
        return None  # "the veteran bandleader" of "Veteran masquerade bandleader Marlon Gittens": the role rules'
    idx = _described_by_evidence(ctx, words, tok)
    if idx is None:
        idx = _one_titled_with(ctx, tok)  # "the junior" of "junior forward Amara Nwosu-Hale"
    by_place = place_description(words, tok)
    if idx is None and by_place:
        tied = origin_people(ctx, tok)  # "the Strokestown man" after "Tommy Flanagan of Strokestown"
        if len(tied) > 1:
            return None  # two people of Kilrush: "the Kilrush woman" stays the phrase
        idx = next(iter(tied), None)
    if idx is None:
        idx = resolve_description(ctx, tok)
        if (
            idx is not None
            and age_in(words) is not None
            and tok.head.lemma_.lower() in _GOING_ON_CUES
            and _aged_otherwise(ctx, idx, words, tok)
        ):
            # "Callum Rennie told BBC Scotland. ¶ … Euan, 27, had the upper hand …" ¶ "“…,” the 24-year-old added": the
            # subject the article gave another age is not the one described, who goes on; the subject before may be
            # (when there is none, the rules below read the one given that age another way: "His daughter, Emma, 29,"
            # … her father)
            before = resolve_description(ctx, tok, skip=frozenset({idx}))
            idx = idx if before is None else before
        kin = None if idx is None else _kin_narrated_just_before(ctx, tok)
        if kin is not None and kin_owner(ctx, kin) == idx:
            # "Morag Galbraith runs the guest house. … ¶ Her husband was blunter. “…,” the 61-year-old said.": the
            # husband the sentence just brought in, named as such or no one; never Morag
            idx = kin_holder(ctx, kin)
            if idx is None or _of_the_other_sex(ctx, idx, tok) or _aged_otherwise(ctx, idx, words, tok):
                return Attribution(None, None, basis="description")
        idx = _unless_described_otherwise(ctx, tok, idx, words)
        if idx == _ANOTHER:
            return Attribution(None, None, basis="description")  # a person, but not the one named before
        if idx is not None and by_place:
            place = [w.split("-")[0] for w in words.split()[:-1]]
            if home_elsewhere(ctx, idx, place):
                return Attribution(None, None, basis="description")  # "Quebec's Côté" is no Ottawa native
    if idx is None and not (names_age_or_nation(words, tok) or by_place):
        return None  # "the Corkman", "the old man": left to the phrase rules, as before
    idx = _recent_sharer(ctx, tok, idx)
    if (
        idx is None
        or _of_the_other_sex(ctx, idx, tok)
        or _aged_otherwise(ctx, idx, words, tok)
        or _in_an_office_no_newcomer_holds(ctx, idx, words)
    ):
        return Attribution(None, None, basis="description")  # a person, but not one we can name
    name = shown_as(
        ctx.actors.actors[idx].name, with_own_phrase(tok, "the " + words)
    )  # "the 24-year-old, Ana Ruiz"
    return Attribution(name, None, idx, basis="description")


# Cues of going on speaking ("the 24-year-old added"): the one who spoke before, not whoever was narrated last.
_GOING_ON_CUES = frozenset({"add", "continue"})


def _in_an_office_no_newcomer_holds(ctx: Context, idx: int, words: str) -> bool:
    """ "Head coach Glen Ruscoe …" ¶ "“…,” the rookie added": a rookie, a youngster or a teenager is not the one the
    article gives a senior office (a coach, a manager, a minister), whoever the narration was last on."""
    return words.lower() in NEWCOMER_DESCRIPTIONS and bool(offices_held(role_map(ctx), idx) & SENIOR_OFFICES)


def _described_by_evidence(ctx: Context, words: str, tok) -> int | None:
    """The person a description by age, nationality or origin names by what the article says of them: the age given
    them, the demonym's place, the description at their first use, their nation, the noun set off after their name;
    None when nothing does."""
    for find in (
        person_of_age,
        _from_the_demonyms_place,
        _described_at_first_use,
        _of_that_nation,
        _the_one_retired,
    ):
        if (idx := find(ctx, words, tok)) is not None:
            return idx
    return _one_so_described(ctx, tok)


def _the_one_retired(ctx: Context, words: str, tok) -> int | None:
    """ "Ernesto Pagliaro, a 71-year-old retired machinist," … "“Nothing,” the retiree said": the one person the article
    sets off as retired, whoever asked the question before; None for another description, or for no one or several."""
    if words.lower() not in _RETIRED_NOUNS:
        return None
    people = [
        j
        for j, a in enumerate(ctx.actors.actors)
        if a.kind == "person" and a.mentions and described_with(ctx, j, {"retired", "retiree"}, tok.i)
    ]
    return people[0] if len(people) == 1 else None


_RETIRED_NOUNS = frozenset({"retiree", "pensioner"})


def _one_so_described(ctx: Context, tok) -> int | None:
    """The one person the article describes with the description's nationality in apposition before it ("Lindqvist,
    the 27-year-old Swede whom fans call “the Wall,” turned aside everything after Kieran Doucet tied it" ¶ "“…,” the
    Swede said"), or, with none, in the title right before the name ("Tongan prop Viliami Taufahema"); None for none or
    several."""
    titled = (
        [] if nationality(tok) else _titles_a_person(ctx, tok)
    )  # (the model's group read by ``described_with``)
    if not nationality(tok) and not titled:
        return None  # (an age or a party names many: "the 24-year-old", "the Democrat")
    people = [
        j
        for j, a in enumerate(ctx.actors.actors)
        if a.kind == "person" and a.mentions and described_with(ctx, j, {tok.lower_}, tok.i)
    ]
    people = (
        people or titled
    )  # "Tongan prop Viliami Taufahema" … "the Tongan said": in the title before the name
    return people[0] if len(people) == 1 else None


def _kin_narrated_just_before(ctx: Context, tok):
    """The kin noun ("husband" of "Her husband was blunter.", "Her daughter said …") that is the main subject of the
    narrated sentence right before the description's, of a speech verb or "be", when that sentence names no one: a
    description may then be that relative, whom the sentence has just brought in. None otherwise."""
    bounds = _narrated_sentence_just_before(ctx, tok)
    if bounds is None:
        return None
    start, end = bounds
    if any(start <= t < end for t, _ in ctx.actors.mentions):
        return None
    for t in ctx.doc[start:end]:
        if (
            t.dep_ == "nsubj"
            and t.head.dep_ == "ROOT"
            and (is_cue(t.head) or t.head.lemma_ == "be")
            and ctx.qid[t.i] == -1
            and relation_of(t) is not None
            and any(c.dep_ == "poss" for c in t.children)
        ):
            return t
    return None


def _of_the_other_sex(ctx: Context, idx: int, tok) -> bool:
    """Whether the description's noun says one sex, or the he/she opening the clause it reports does ("The
    27-year-old said … that she was …"), and the person found is known to be of the other ("the DUP man" after
    "Margaret Dowie … she said"): never that person."""
    sex = "m" if tok.lower_ in MALE_NOUNS else "f" if tok.lower_ in FEMALE_NOUNS else sex_said_of(tok)
    if sex is None:
        sex = _sex_at_earlier_use(ctx, tok)
    return sex is not None and ctx.actors.person_gender(idx) not in (None, sex)


def _sex_at_earlier_use(ctx: Context, tok) -> str | None:
    """The sex a narrated sentence gave the same description before, as its subject ("the 70-year-old spoke
    … from his hospital bed" ¶ "“…,” the 70-year-old said": a man, never the daughter quoted between)."""
    words = description(tok)
    if not words:
        return None
    for t in _earlier_uses(ctx, words, tok):
        if (sex := sex_said_of(t) or _own_possessive_sex(ctx, t)) is not None:
            return sex
    return None


def _earlier_uses(ctx: Context, words: str, tok):
    """The narrated uses of the description ``tok`` ends (``words``, its own) before it, each by its last word: the
    same words with "the", outside quotes ("The 27-year-old finished 24-of-33" before "“…,” the 27-year-old said")."""
    words = words.lower()
    first = min(t.i for t in tok.subtree)
    for t in ctx.doc[:first]:
        # (a description ends in its last word, so only a word written as ``tok`` is is read further)
        if t.lower_ == tok.lower_ and ctx.qid[t.i] == -1 and (description(t) or "").lower() == words:
            yield t


def _own_possessive_sex(ctx: Context, tok) -> str | None:
    """The sex of the first "his" or "her" in the clause a subject description opens, outside quotes and no
    other subject's clause between ("The 70-year-old spoke … from his hospital bed"), else None."""
    if tok.dep_ != "nsubj":
        return None
    verb = tok.head
    for g in verb.subtree:
        if g.i <= verb.i or g.dep_ != "poss" or g.lower_ not in ("his", "her") or ctx.qid[g.i] != -1:
            continue
        inner = [a for a in g.ancestors if a.i != verb.i and verb in a.ancestors]
        if any(c.dep_ in ("nsubj", "nsubjpass") for a in inner for c in a.children):
            continue  # "… said her son was …": another subject's clause
        return "m" if g.lower_ == "his" else "f"
    return None


# What a parsed sentence may open with before its first word: a quote mark closing the paragraph before, breaks.
_SENTENCE_OPENING = " \n\"”’'"


def _of_that_nation(ctx: Context, words: str, tok) -> int | None:
    """ "Anders Bergkvist, a Swedish defenceman Mr. Lachance signed in 1985, …" ¶ "“…,” the Swede said": a nationality
    alone is the one person named before it with that nation's word in their own phrase (its adjective for a noun
    that differs: ``NATION_ADJECTIVES``); None when no one or several were, or when someone was a "fellow" of that
    nation (another the word was not written for shares it)."""
    word = words.lower()
    if word in REGION_DEMONYM_PHRASES:
        found = _of_the_nations_country(ctx, word, tok)  # "Canada's Liam Gaudet" … "the New Brunswicker"
        return found.pop() if len(found) == 1 else None
    if " " in word or tok.tag_ in ("NNS", "NNPS") or not (tok.ent_type_ == "NORP" or word in ORIGIN_NOUNS):
        return None
    if word in PARTY_MEMBER_NOUNS or bare_party_word(tok):
        return None  # "the Democrat": a party's member, whom the party rules find
    if _fellow_of(word).search(ctx.text, 0, tok.idx):
        return None  # "Fellow Kenyan Hellen Jepkosgei was third": the winner is one too, and not named by the word
    nation = NATION_ADJECTIVES.get(word, word)
    actors = ctx.actors.actors
    found = {
        idx
        for idx, origin in person_origins(ctx, places_only=False).items()
        if nation in origin and actors[idx].first < tok.i
    }
    if not found and (place := place_of_demonym(words, ctx.text)) is not None:
        # "Manitoba skip Jolene Marchuk" … "the Manitoban said": the one person whose title the place opens
        place = place.lower()
        found = {
            idx
            for held in role_map(ctx).values()
            for idx, mods in held.items()
            if place in mods and actors[idx].kind == "person" and actors[idx].first < tok.i
        }
    if not found:
        found = _of_the_nations_country(ctx, word, tok)
    return found.pop() if len(found) == 1 else None


def _fellow_of_the_nation(ctx: Context, idx: int, words: str) -> bool:
    """Whether person ``idx`` was brought in as a "fellow" of the description's nation ("Fellow Kenyan Hellen
    Jepkosgei was third"): another shares the word, so "the Kenyan" is not known to be her."""
    pattern = _fellow_of(words)

    def brought_in_as_one(at: int) -> bool:  # the phrase right before the name, nothing but spaces between
        return any(
            not ctx.text[hit.end() : at].strip() for hit in pattern.finditer(ctx.text, max(0, at - 40), at)
        )

    return any(j == idx and brought_in_as_one(ctx.doc[t].idx) for t, j in ctx.actors.mentions)


def _fellow_of(word: str) -> re.Pattern:
    """ "Fellow Kenyan", "fellow Canadians": a nation's word after "fellow", which another person shares."""
    return re.compile(rf"\bfellow\s+{re.escape(word)}s?\b", re.IGNORECASE)


def _of_the_nations_country(ctx: Context, word: str, tok) -> set[int]:
    """The people named in full before ``tok`` right after their country's possessive ("Britain's Owen Ashdown" … "the
    Briton", "Brazil's Ana Costa" … "the Brazilian")."""
    countries = _countries_of(word)
    actors, doc = ctx.actors, ctx.doc
    return {
        idx
        for t, idx in actors.mentions
        if t >= 2
        and t < tok.i
        and ctx.qid[t] == -1
        and _named_in_full(actors.actors[idx])
        and doc[t - 1].text in ("'s", "’s")
        and doc[t - 2].lower_ in countries
    }


def _countries_of(word: str) -> set[str]:
    """The countries a demonym's people are of, lowercased: its own place's ("Brazil" of "Brazilian", "Britain" of
    "Briton"), and a province's or a state's country ("Canada" of "Ontarian": a Canadian Press story calls the one
    Canadian in an international field "the Ontarian")."""
    places = {c.lower() for c in demonym_places(word.capitalize())} | set(
        REGION_DEMONYM_PHRASES.get(word, ())[:1]
    )
    countries = places | set(NATION_COUNTRIES.get(word, ()))
    for place in places:
        countries |= set(_COUNTRY_OF_REGION.get(place, ()))
    return countries


_PROVINCES = frozenset(PROVINCE_SHORT_FORMS) | {forms[0] for forms in REGION_DEMONYM_PHRASES.values()}
_COUNTRY_OF_REGION = {province: ("canada",) for province in _PROVINCES} | {
    state: ("u.s.", "america", "united states") for state in AP_STATE_NAMES.values()
}


def _from_the_demonyms_place(ctx: Context, words: str, tok) -> int | None:
    """ "Etienne Beaulieu-Marchand of Saint-Hyacinthe, Que., …" … "the Quebecer said": a place's demonym is the one
    person named in full before it with "of" or "from" and the place, or its short form, after the name (before its
    clause's verb), or with the state in a party tag after the name ("Sen. Tom Halvorsen (D-Minn.)" … "the
    Minnesotan"), ahead of whoever the description's first use followed (a Swede who spoke last); None when no one or
    several were."""
    region = True  # a province's or a state's: a team is named by a city ("Vancouver goalkeeper Simon …")
    if " " in words:
        forms = set(REGION_DEMONYM_PHRASES.get(words.lower(), ()))  # "the British Columbian": "B.C."
        if not forms:
            return None
    else:
        # the place as the article writes it, or a province or state the article may write only short ("Que.")
        place = place_of_demonym(words, ctx.text) or next(
            (p for p in demonym_places(words) if p.lower() in _REGIONS_WRITTEN_SHORT), None
        )
        if place is None:
            return None
        forms = {place.lower(), *PROVINCE_SHORT_FORMS.get(place.lower(), ())}
        forms |= {short for short, name in AP_STATE_NAMES.items() if name == place.lower()}
        region = place.lower() in _REGIONS_WRITTEN_SHORT
    actors, doc = ctx.actors, ctx.doc
    found = set()
    for t, idx in actors.mentions:
        if t >= tok.i or ctx.qid[t] != -1 or not _named_in_full(actors.actors[idx]):
            continue
        end = ctx.mention_end(t, idx) + 1
        if end < len(doc) and doc[end].text == "(":
            # a party tag's state right after the name ("Sen. Tom Halvorsen (D-Minn.)" … "the Minnesotan")
            if any(party_state(doc, w) in forms for w in doc[end + 1 : min(len(doc), end + 5)]):
                found.add(idx)
            continue
        if (
            region
            and t >= 2
            and doc[t - 1].pos_ == "NOUN"
            and doc[t - 1].is_lower
            and _written_as(doc, t - 2, forms)
        ):
            found.add(
                idx
            )  # "B.C. gymnast Liam Okada-Price": the region before the trade that titles the name
            continue
        if end >= len(doc) or doc[end].lower_ not in ("of", "from"):
            continue  # "… of Saint-Hyacinthe, Que.,": where the person is from, right after the name
        for w in doc[end + 1 : min(len(doc), end + _FROM_WORDS)]:
            if w.pos_ in ("VERB", "AUX") or w.is_sent_start or w.text in (";", "(", "—"):
                break
            if _written_as(doc, w.i, forms):
                found.add(idx)
    return found.pop() if len(found) == 1 else None


def _written_as(doc, i: int, forms: set[str]) -> bool:
    """Whether the word at ``i`` (stop aside), or the words ending there, write one of ``forms`` ("Que.", "British
    Columbia")."""
    return any(doc[max(0, i - n) : i + 1].text.rstrip(".").lower() in forms for n in range(3))


def _named_in_full(actor) -> bool:
    """A person the article names with a given name and a surname."""
    return actor.kind == "person" and " " in actor.name


_REGIONS_WRITTEN_SHORT = frozenset(PROVINCE_SHORT_FORMS) | frozenset(AP_STATE_NAMES.values())
# Words after a person's name where the article says where they are from ("Etienne Beaulieu-Marchand of
# Saint-Hyacinthe, Que.,").
_FROM_WORDS = 8


def _unless_described_otherwise(ctx: Context, tok, idx: int | None, words: str) -> int | None:
    """``idx``, unless the article describes that person otherwise than the description at ``tok`` (``_ANOTHER``);
    for a bare surname two people share, the sharer its last mention names, as the speaker rules read it, when that
    one is not described otherwise ("Whitfield, a 6-foot-5 pass rusher, …" before his father Marcus Whitfield is named
    is the son, whom "the elder Whitfield" later is not)."""
    if idx is None or not _described_otherwise(ctx, idx, words, tok):
        return idx
    sharer = _recent_sharer(ctx, tok, idx)
    return _ANOTHER if sharer == idx or _described_otherwise(ctx, sharer, words, tok) else sharer


# What ``_unless_described_otherwise`` gives for a description of someone other than the person resolved.
_ANOTHER = -1


def _described_otherwise(ctx: Context, idx: int, words: str, tok) -> bool:
    """Whether the article describes person ``idx`` otherwise than the description at ``tok`` (another description
    after it, another age, a fellow of the nation it names)."""
    return (
        _described_other_after(ctx, idx, tok)
        or _aged_otherwise(ctx, idx, words, tok)
        or _fellow_of_the_nation(ctx, idx, words)
    )


def _described_at_first_use(ctx: Context, words: str, tok) -> int | None:
    """ "The 27-year-old finished 24-of-33 …" (right after Kessler was the subject) … "“…,” the 27-year-old
    said" after the coach spoke: an age or nationality description the article used before as a narrated
    sentence's subject is whom that first use stood for, however many others spoke between (an age or a
    nationality, unlike a role, no one else takes up); None for any other description, or when the first use
    stood for no one."""
    age = age_in(words) is not None
    if words.lower() in AGE_SPAN_NOUNS:
        return _first_described_in_the_span(ctx, AGE_SPAN_NOUNS[words.lower()], tok)
    # (a place's demonym alone too: "The Vancouverite scored twice" … "“…,” the Vancouverite said")
    nation = names_age_or_nation(words, tok)
    demonym = not (age or nation) and " " not in words and place_of_demonym(words, ctx.text) is not None
    if not (age or nation or demonym):
        return None
    for t in _earlier_uses(ctx, words, tok):
        if t.ent_type_ == "ORG" or (t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].pos_ == "PROPN"):
            continue  # "THE CANADIAN PRESS/Frank Gunn" under a photo: a body's name, no description
        # the sentence opening with it, however parsed ("The 27-year-old finished 24-of-33": "finished" read
        # as an adjective)
        opens = _sentence_up_to(ctx, t) == f"the {words.lower()}"
        # (a city's demonym only as the sentence's opening subject: "Lachance said the Quebecer had rebuilt …" is
        # the coach's sentence, not a narrated one about the skater)
        if (t.dep_ in ("nsubj", "nsubjpass") and with_the(t) and not demonym) or opens:
            idx = resolve_description(ctx, t)
            # a role holder who spoke last ("Jets head coach Doug Ferrante said") is seldom the one an age
            # describes next ("The 19-year-old from Trondheim …"): that first use stood for someone unnamed there
            return idx if idx is not None and not (age and offices_held(role_map(ctx), idx)) else None
    if age and " " in words:
        return _first_use_of_the_noun(ctx, tok)
    return None


def _first_use_of_the_noun(ctx: Context, tok) -> int | None:
    """ "The towering goal shooter, known to fans as “Skyscraper”, finished with 41 goals" (right after Shanique
    Brissett scored) … "“…,” the 24-year-old goal shooter said": an age before a noun the article first used as a
    narrated sentence's opening subject, with other words before it, is whom that first use stood for; None when there
    was none or it stood for no one."""
    for t in _opening_subjects_before(ctx, tok):
        if t.lower_ == tok.lower_:
            idx = resolve_description(ctx, t)
            return idx if idx is not None and not offices_held(role_map(ctx), idx) else None
    return None


def _first_described_in_the_span(ctx: Context, span: tuple[int, int], tok) -> int | None:
    """ "Alfie Pinnock's did. The 19-year-old leg-spinner took six for 54" … "“…,” the teenager said": a noun for a
    span of ages is whom the narrated sentences opening with an age in that span stood for, when they all stood for
    the same one; None when none did or they stood for several (only a sentence's opening subject: "Marwood threw the
    19-year-old the ball" is not one)."""
    found = set()
    for t in _opening_subjects_before(ctx, tok):
        age = age_in(description(t) or "")
        if age is None or not span[0] <= int(age) <= span[1]:
            continue
        idx = resolve_description(ctx, t)
        if idx is None:
            return None
        found.add(idx)
    return found.pop() if len(found) == 1 else None


def _opening_subjects_before(ctx: Context, tok):
    """The narrated subjects with "the" before the description ``tok`` that open their sentence ("The 19-year-old
    leg-spinner took six", "The towering goal shooter finished with 41 goals"), in reading order."""
    for t in ctx.doc[: min(w.i for w in tok.subtree)]:
        if ctx.qid[t.i] != -1 or t.dep_ not in ("nsubj", "nsubjpass") or not with_the(t):
            continue
        if _sentence_up_to(ctx, t)[:4] == "the ":
            yield t


def _sentence_up_to(ctx: Context, t) -> str:
    """The words of ``t``'s sentence up to and with it, lower-cased, past the marks that may open the sentence."""
    return ctx.doc[t.sent.start : t.i + 1].text.lstrip(_SENTENCE_OPENING).lower()


def _spokesperson_named_after_whom(tok, ctx: Context) -> Attribution | None:
    """ "A spokesperson for Thiruvengadam, Élodie Marchand, said": a person set off after the named person a
    spokesperson speaks for, hung by the parser on that name, is the spokesperson (a person is never set off by
    another person's name; a body set off there is the body: "a spokesperson for the developer, Bluffline Homes,")."""
    if tok.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    actors = ctx.actors
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for whom in prep.children:
            i = actors.tok2actor.get(whom.i)
            if whom.dep_ != "pobj" or i is None or actors.actors[i].kind != "person":
                continue
            for c in whom.children:
                j = actors.tok2actor.get(c.i)
                if (
                    c.dep_ == "appos"
                    and c.i > whom.i
                    and j is not None
                    and j != i
                    and _named_in_full(actors.actors[j])
                    and ctx.qid[c.i] == -1
                ):
                    return _actor(ctx, j, "apposition")
    return None


def _relatives_word(tok, ctx: Context):
    """The word a relative pronoun subject stands for ("the woman who said"), else ``tok``."""
    low = tok.lower_
    if low in RELATIVE_PRONOUNS and tok.head is not None and tok.head.dep_ == "relcl":
        return _who_of(tok.head.head, low, ctx)
    return tok


def _the_one_who(tok):
    """The subject a "the one who …" cue's "one" is said of ("She is the one who posted the announcement: “…”",
    "He was the one who said …"; "one" the copula's complement or a conjunct of it), else None."""
    if tok.lower_ != "one" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.i == tok.i and tok.dep_ != "attr":
        return None
    copula = head if head.lemma_ == "be" else head.head if head.dep_ == "attr" else None
    if copula is None or copula.lemma_ != "be":
        return None
    subj = [c for c in copula.children if c.dep_ == "nsubj"]
    return subj[0] if len(subj) == 1 else None


def _aged_otherwise(ctx: Context, idx: int, words: str, tok) -> bool:
    """Whether the article gave the person another age than the description states: "Walt Brennan, 84," is not
    "the 29-year-old", nor "Jamie Grant, 34," "the centenarian"."""
    age = age_in(words)
    if age is not None:
        return stated_ages(ctx, tok, certain=True).get(idx, {age}) != {age}
    span = AGE_SPAN_NOUNS.get(words.lower())  # "the centenarian" is no one the article gave 34 years
    if span is None:
        return False
    ages = {int(a) for a in stated_ages(ctx, tok, certain=True).get(idx, ()) if a.isdigit()}
    return bool(ages) and not any(span[0] <= a <= span[1] for a in ages)


def _described_other_after(ctx: Context, idx: int, tok) -> bool:
    """Whether a sentence between the person ``idx``'s last mention and the description ``tok`` has for its main
    subject a person the article describes without a name, by a role ``idx`` does not hold or by kin ("Lakeshore
    State coach Dennis Holloway" … "The senior guard, known to everyone as “Jazz,” hit the sixth" … "the
    22-year-old said": the guard, not the coach), or by the same description ("The 20-year-old from Uppsala … was
    a fifth-round pick" … "the 20-year-old said": not the coach quoted between). Not when ``idx`` holds no role: a
    description then may well be the named one's ("Chidinma Okafor …" "The junior guard made five 3-pointers")."""
    doc, actors = ctx.doc, ctx.actors
    held = {role for role, holders in role_map(ctx).items() if idx in holders}
    named = [t for t, j in actors.mentions if j == idx and t < tok.i]
    if not held or not named:
        return False
    words = (description(tok) or "").lower() or None
    for i in range(ctx.mention_end(named[-1], idx) + 1, tok.i):
        t = doc[i]
        if ctx.qid[i] != -1 or t.dep_ not in ("nsubj", "nsubjpass") or t.head.head.i != t.head.i:
            continue
        if words is not None and (description(t) or "").lower() == words:
            return True  # "The 20-year-old from Uppsala … was a fifth-round pick": the same one, unnamed
        if t.pos_ != "NOUN" or t.tag_ != "NN" or t.lower_ in held:
            continue
        if not person_word(t) or held & set(ROLE_SYNONYMS.get(t.lower_, ())):
            continue  # (not "the skipper" of "England captain Harry Pennington": he, by a synonym of his role)
        if not any(actors.tok2actor.get(c.i) is not None for c in t.subtree) and not (
            i + 2 < len(doc) and doc[i + 1].text == "," and i + 2 in actors.tok2actor
        ):
            return True
    return False


def _named_in_apposition(tok, ctx: Context) -> Attribution | None:
    """A named person in apposition: "the aide, Jane Doe", "the White House spokesman, Josh Earnest"; a
    named organisation in apposition to an organisation or group noun: "a supporters' group, the Thistle
    Trust".

    A name that only modifies the noun ("a Clinton campaign official", "the Rove ad", "a Trump adviser")
    is whom the speaker works for or what it is about, never the speaker: that phrase stays a phrase."""
    actors = ctx.actors
    for c in _appositions(tok, ctx):
        if ctx.qid[c.i] == -1:
            j = actors.tok2actor.get(c.i)
            if j is None and (c.text.rstrip(".") in _REGNAL_SUFFIXES or c.text in POST_NOMINALS):
                # "…, Nana Kwaku Ampofo Ababio II,", "…, Anthony Ma Kwok-leung SC,": the name hung on "II", "SC"
                j = actors.tok2actor.get(c.i - 1)
            if j is not None and actors.actors[j].kind == "person":
                return _actor(ctx, j, "apposition")
            if (j is not None or c.lower_ in TITLES) and (inner := _person_apposed_to(c, ctx)) is not None:
                # "The President of the Students’ Union Government, Comrade Tunde Ajala,": the parser hung the name
                # on the body that ends the role's phrase, or on a title before a bracketed one ("The Iyaloja of the
                # market, Chief (Mrs) Abosede Olatunji,"); the person set off is the role's holder
                return _actor(ctx, inner, "apposition")
            if (
                j is not None
                and c.pos_ == "PROPN"
                and tok.lemma_.lower() in ROLE_NOUNS
                and len(actors.actors[j].name.split()) >= 2
                and not _ends_as_a_body(actors.actors[j].name)
            ):
                # "the foreign minister, Amara Diallo": a name in apposition to a person's role is a
                # person, whatever label the model gave it.
                return _actor(ctx, j, "apposition", make_person=True)
            if j is None and c.pos_ == "PROPN" and _role_head(tok):
                # "The Commissioner for Environment, Mr Tunde Bakare, said": a name the model missed
                untagged = _untagged_name(c, ctx)
                if untagged is not None:
                    untagged.basis = "apposition"
                    return untagged
            if j is not None and actors.actors[j].kind == "organization" and _names_a_body(tok):
                # "A supporters' group, the Thistle Trust, posted"; the officer in "… Sergeant Amina
                # Yusuf of Northshire Police" when the parser hung the force on another noun
                return _person_of_org(c, ctx, j) or _actor(ctx, j, "apposition")
    if tok.lemma_.lower() in ROLE_NOUNS and (j := _person_closing_the_phrase(ctx, tok)) is not None:
        # "According to a medical officer at the camp clinic, Dr Aisha Goni, “…”": the name set off after the role's
        # whole phrase, hung by the parser on its last noun
        return _actor(ctx, j, "apposition")
    return None


def _person_apposed_to(tok, ctx: Context) -> int | None:
    """The person set off in apposition to ``tok`` (a body's name), outside quotes, or None."""
    for c in tok.children:
        j = ctx.actors.tok2actor.get(c.i)
        if (
            c.dep_ == "appos"
            and ctx.qid[c.i] == -1
            and j is not None
            and ctx.actors.actors[j].kind == "person"
        ):
            return j
    return None


def _role_head(tok) -> bool:
    """Whether ``tok`` is a role noun ("the commissioner", "Commissioner for Environment", "Member of
    Parliament for South West St Catherine", "Director-General", which the tokenizer splits at its hyphen)."""
    if tok.lemma_.lower() in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS or member_of_a_legislature(tok):
        return True
    return tok.i >= 2 and inner_hyphen(tok.doc, tok.i - 1) and tok.doc[tok.i - 2].lower_ in ROLE_NOUNS


def _appositions(tok, ctx: Context) -> list:
    """The words in apposition to ``tok``; for one that names no actor, also a name in apposition right
    after it ("The company's largest shareholder, the family's investment vehicle Halvmane Holding,
    said": the name under "vehicle"). Not one in brackets."""
    out = _named_by(tok)  # "a man named Greg Ames said"
    doc = ctx.doc
    if _role_head(tok) or relation_of(tok) is not None:
        out += _apposed_to_its_body(tok, ctx)  # "Her editor at Fourth Estate, Rhiannon Pryce-Owusu, said"
    if (name := _name_hung_before(tok, ctx)) is not None:
        out.append(name)  # "Kim Soo-ah, head of the city's transport policy bureau, said"
    out += _name_joined_to_role(tok, ctx)
    out += _body_set_off_as_conjunct(tok, ctx)
    for c in tok.children:
        if c.dep_ != "appos" or (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "("):
            continue  # "state Del. Marcia Price (D-Newport News)": a party and district, not a name
        out.append(c)
        j = ctx.actors.tok2actor.get(c.i)
        if j is None or ctx.actors.actors[j].kind != "person":
            out += [g for g in c.children if g.dep_ == "appos" and g.left_edge.i == c.i + 1]
            out += _named_by(c)  # "The first speaker, a retired architect named Douglas Fairweather,"
            # ("a Dutchman named Maarten de Groot-Visser": the nationality the model tagged names no one)
    # never a name opening the next paragraph: a deck's "… says first-year head coach" over the byline "Dana Ruel, Local
    # Journalism Initiative Reporter", which the parser ran on as one phrase (a name inside the next paragraph's own
    # apposition, "Local MP pleads with residents" ¶ "The state member for Carrow, Bronwyn Lister, posted …", stays)
    return [c for c in out if ctx.para_of[c.i] == ctx.para_of[tok.i] or not _opens_its_paragraph(ctx, c)]


def _body_set_off_as_conjunct(tok, ctx: Context) -> list:
    """A body's name set off by commas after the noun, which the parser read as a conjunct for the "&" inside it
    ("The restoration contractor, Harwood & Pile Conservation, said"): no "and" joins the two, so it is the noun's
    apposition."""
    doc, actors = ctx.doc, ctx.actors
    if any(c.dep_ == "cc" for c in tok.children):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "conj"
        and doc[c.left_edge.i - 1].text == ","
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
        and (j := actors.tok2actor.get(c.i)) is not None
        and actors.actors[j].kind == "organization"
    ]


def _opens_its_paragraph(ctx: Context, tok) -> bool:
    """Whether the phrase of ``tok`` starts its paragraph (after any space token)."""
    start = ctx.para_start_tok(tok.i)
    while start < tok.i and ctx.doc[start].is_space:
        start += 1
    return tok.left_edge.i <= start


def _name_joined_to_role(tok, ctx: Context) -> list:
    """A person's name set off by a comma after a role whose field has an "and" ("the Commissioner for Works and
    Transport, Chief Rasheed Lawal, said"), which the parser joined to the role as a second conjunct: an
    apposition, when the role itself has no "and" or "or" of its own ("the mayor and Jo Lee" are two)."""
    if not _role_head(tok) or any(c.dep_ == "cc" for c in tok.children):
        return []
    doc = ctx.doc
    return [
        c
        for c in tok.children
        if c.dep_ == "conj"
        and c.i > tok.i
        and doc[c.left_edge.i - 1].text == ","
        and (j := ctx.actors.tok2actor.get(c.i)) is not None
        and ctx.actors.actors[j].kind == "person"
    ]


def _name_hung_before(tok, ctx: Context):
    """The last word of a person's name written right before a role set off by a comma, which the parser
    made the subject with the name hung on it ("Kim Soo-ah, head of the city's transport policy bureau,
    said": "head" the subject, the name its modifier); the name is the role's holder. Only a role with no
    article of its own ("head of", "chair of"), whose name the parser hung on it."""
    doc = ctx.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or not _role_head(tok):
        return None
    if any(c.dep_ == "det" for c in tok.children):
        return None
    last = doc[tok.i - 2]
    j = ctx.actors.tok2actor.get(last.i)
    if j is None or ctx.actors.actors[j].kind != "person" or last.head.i != tok.i:
        return None
    return last


def _apposed_to_its_body(tok, ctx: Context) -> list:
    """A person's name the parser hung on the body or place after a role ("Her editor at Fourth Estate,
    Rhiannon Pryce-Owusu, said", "The mayor of Surrey, Doug McCallum, said"): no body or place has a
    person in apposition, so the name is the role's holder. Only a body or place the model tagged, or a
    field the name follows with no comma, a title run into the name ("Opposition spokesman for works
    Kendrick Bethel said")."""
    out = []
    member = member_of_a_legislature(tok)
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "for", "with", "from", "in"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            tagged = (
                pobj.ent_type_ in ("ORG", "GPE", "FAC", "NORP")
                or (member and pobj.pos_ == "PROPN" and not _a_person(ctx, pobj))
            )  # the seat, untagged: "Member of Parliament for South West St Catherine, Everald Campbell-Dixon,"
            out += [
                g
                for g in pobj.children
                if g.dep_ == "appos"
                and _a_person(ctx, g)
                and g.i > pobj.i
                and (tagged or g.left_edge.i == pobj.i + 1)
            ]
    return out


def _a_person(ctx: Context, tok) -> bool:
    """The model tagged the word a person, or the actor table made it one ("Brianna Feld", a facility to
    the model)."""
    idx = ctx.actors.tok2actor.get(tok.i)
    return tok.ent_type_ == "PERSON" or (idx is not None and ctx.actors.actors[idx].kind == "person")


def _named_by(tok) -> list:
    """The name a noun is given by "named" or "called" right after it ("an architect named Douglas
    Fairweather"): the name's head word, or nothing. Not a naming that goes on past the name ("one
    lawmaker called Trump ‘the orange prince’": the lawmaker's words, not a name given to the lawmaker)."""
    out = []
    for a in tok.children:
        if a.dep_ != "acl" or a.lower_ not in ("named", "called") or a.i != tok.i + 1:
            continue
        kids = [g for g in a.children if not g.is_punct]
        if (
            len(kids) == 1
            and kids[0].dep_ in ("oprd", "dobj", "attr", "appos", "npadvmod")
            and kids[0].pos_ == "PROPN"
        ):
            out.append(kids[0])
    return out


def _names_a_body(tok) -> bool:
    """Whether a noun an organisation's name stands in apposition to names that body: an organisation
    or group noun ("the union", "a supporters' group"), or any other common noun that is no role,
    relative, document or people noun ("The nightclub, Vault, said", "its largest investor, Tidewater
    Capital,"), or a role a business holds ("the property's owner"); not "his niece, X", whatever the model
    tagged X."""
    lemma = tok.lemma_.lower()
    if lemma in ORG_NOUNS or lemma in COLLECTIVE_NOUNS or lemma in BUSINESS_ROLES:
        return True  # a business may hold the role: "The property's owner, Cornerstone Rentals LLC, said"
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and lemma not in ROLE_NOUNS
        and lemma not in PEOPLE_NOUNS
        and lemma not in DOC_NOUNS
        and lemma not in PROXY_NOUNS
        and lemma not in PERSON_DESCRIPTIONS
        and lemma not in RELATION_NOUNS
    )


def _owner_of_proxy(tok, ctx: Context) -> Attribution | None:
    """The owner or issuer speaks: "Patrushev’s office said", "the ministry's statement", "a statement
    from the council", "the council issued a statement calling…"."""
    lemma = tok.lemma_.lower()
    if lemma in ISSUED_DOC_NOUNS:
        owner = _document_issuer(tok, ctx)  # "a note from Marisol Reyes-Dantes"
        return None if owner is None else _actor(ctx, owner, "proxy")
    if lemma not in PROXY_NOUNS and lemma not in DOC_NOUNS:
        return None
    found = _proxy_possessor(tok, ctx)  # "Patrushev's office", "his statement"
    if found is None and (office := _office_of_a_person(tok, ctx)) is not None:
        return office  # "The office of Sen. Bill Tanaka (R-Alaska) issued a statement"
    if found is not None:
        owner, poss = found
        if lemma in DOC_NOUNS and lemma not in PROXY_NOUNS and ctx.actors.actors[owner].kind == "person":
            return _actor(ctx, owner, "proxy")  # "his analysis said": the economist who wrote it speaks
        if lemma in SPOKESPERSON_NOUNS and (named := _the_one_spokesperson(ctx, owner)) is not None:
            return _actor(ctx, named, "role")  # "“…,” says its spokesperson" above "Ingrid Solvang, … the
            # collaboration’s spokesperson"
        return Attribution(_owned(ctx.actors.actors[owner].name, poss, tok), None, owner, basis="proxy")
    owner = _proxy_modifier(tok, ctx)  # "the Kremlin statement"
    if owner is not None:
        name, phrase = ctx.actors.actors[owner].name, noun_phrase(tok)
        shown = phrase if name in phrase else shown_as(name, phrase)
        return Attribution(shown, None, owner, basis="proxy")
    if lemma in DOC_NOUNS:
        owner = _document_issuer(tok, ctx)  # "a statement from the council"
        if owner is None:
            owner = _document_publisher(tok, ctx)  # "the council issued a statement"
        if owner is None:
            owner = _writer_in_relative(tok, ctx)  # "a statement the cooperative sent to members"
        if owner is None:
            owner = _author_beside(tok, ctx)  # "The memo, written by the supervisor, Carl Benning, read"
        if owner is None:
            # "X said in a statement …" ¶ "the statement read": the mention before outweighs who signed it
            earlier = _earlier_document_owner(tok, ctx)
            if earlier is not None:
                return earlier
            owner = _agent_actor(tok, ctx) if _points_back(tok) else None  # "the letter signed by the mayor"
        if owner is None:
            return _agent_described(tok, ctx)  # "a special audit released by the state auditor's office"
    return None if owner is None else _actor(ctx, owner, "proxy")


_DOCUMENT_VIA = frozenset({"in", "through", "via"})


def _earlier_document_owner(tok, ctx: Context) -> Attribution | None:
    """'… ,” the statement read.' after 'Harlow Systems said in a statement that …': the document the
    definite phrase points back to is its nearest earlier mention in the same or the few paragraphs
    before (``_DOCUMENT_REACH``), and whoever issued that one speaks, shown by name with the phrase ("Harlow Systems (the
    statement)"). Nothing when that mention has no issuer the article names: never a guess.

    A mention whose nearest earlier mention has no issuer of its own follows that one back in turn, so
    a run of them is a chain. Every earlier mention of the word is answered first, in reading order,
    and kept on the context: each then looks back one link, never down the whole chain (which grew
    with the square of its length and, a few hundred links long, overflowed the stack)."""
    memo, lemma = ctx.document_owners, tok.lemma_.lower()
    if tok.i not in memo:
        start = ctx.document_words_read.get(lemma, 0)  # the word's earlier mentions answered so far
        for earlier in ctx.doc[start : tok.i]:
            if earlier.i not in memo and ctx.qid[earlier.i] == -1 and earlier.lemma_.lower() == lemma:
                memo[earlier.i] = _find_earlier_document_owner(earlier, ctx)
        ctx.document_words_read[lemma] = max(start, tok.i)
        memo[tok.i] = _find_earlier_document_owner(tok, ctx)
    return memo[tok.i]


def _find_earlier_document_owner(tok, ctx: Context) -> Attribution | None:
    if not _points_back(tok):
        return None
    lemma, para = tok.lemma_.lower(), ctx.para_of[tok.i]
    for i in range(tok.i - 1, -1, -1):
        if ctx.para_of[i] < para - _DOCUMENT_REACH:
            break
        earlier = ctx.doc[i]
        if ctx.qid[i] != -1 or earlier.lemma_.lower() != lemma or earlier.pos_ not in ("NOUN", "PROPN"):
            continue  # ("posted" is no earlier post)
        owner = _issuer_of(earlier, ctx)
        if owner is None or owner.speaker is None or lemma in owner.speaker.lower():
            return None  # no issuer named, or the document itself ("the Sharon Statement")
        # an actor by its name alone: its speaker may already carry a phrase ("the railway, X")
        name = ctx.actors.actors[owner.actor].name if owner.actor is not None else owner.speaker
        if owner.new_org is not None:  # an organisation the model missed, named by its own words
            name = owner.new_org[0]
        shown = shown_as(name, noun_phrase(tok))
        return Attribution(shown, None, owner.actor, basis="proxy", new_org=owner.new_org)
    return _reporter_just_before(tok, ctx)


# Paragraphs back within which a document's earlier mention is looked for ("In a 112-page decision released Tuesday,
# Justice Aurelia Fontaine-Marsh sent …" five short paragraphs before "“…,” the decision reads"): the nearest one.
_DOCUMENT_REACH = 6


def _reporter_just_before(tok, ctx: Context) -> Attribution | None:
    """'Halvmane Holding said it continued to back the board. “…,” the statement read.': a document the
    article has not mentioned before is the words of whoever was just reported as saying something, the
    named speaker of a cue in the narrated sentence before, in the same paragraph; shown by name with the
    phrase ("the statement from Halvmane Holding"); a verb of writing or posting counts ("On Monday, the association
    posted a photo on its Facebook page." ¶ "“…,” the post read"). Two such speakers, or none, nothing."""
    actors, doc = ctx.actors, ctx.doc
    here = actors.sent_index(tok.i)
    if here == 0:
        return None
    before = narrated_sentence_before(ctx, here)
    a = actors.sent_starts[before]
    b = actors.sent_starts[before + 1] if before + 1 < len(actors.sent_starts) else len(doc)
    para = ctx.para_of[tok.i]
    opening = before + 1  # the quote paragraph's first sentence (the words' own, when it opens on a quote)
    if (
        ctx.para_of[actors.sent_starts[here]] == para  # not a sentence run on from the paragraph before
        and ctx.para_of[b - 1] == para - 1
        and ctx.para_of[actors.sent_starts[opening]] == para
        and ctx.qid[actors.sent_starts[opening] + 1] != -1
    ):
        para -= 1  # "In an email, Nova Scotia Health said … ¶ “…,” the statement said": a quote paragraph
        # right after the one that reported the words ("The report, published on Monday, praised …" is not), its
        # quote one sentence or more ("“Another month, another ‘under review.’ Our nurses deserve answers,” …")
    if ctx.para_of[a] != para and ctx.para_of[b - 1] != para:
        return None
    found = set()
    for i in range(a, min(b, tok.i)):
        if ctx.qid[i] != -1 or ctx.para_of[i] != para:
            continue
        if not (is_cue(doc[i]) or (doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in _WRITING_VERBS)):
            continue  # (a verb of writing puts the words out too: "the association posted a photo …")
        who = subject(doc[i], ctx)
        attr = None if who is None else speaker_of(who, ctx)
        if attr is not None and attr.actor is not None:
            found.add(attr.actor)
    if len(found) != 1:
        return None
    owner = next(iter(found))
    return Attribution(shown_as(actors.actors[owner].name, noun_phrase(tok)), None, owner, basis="proxy")


def _issuer_of(doc_tok, ctx: Context) -> Attribution | None:
    """Who issued an earlier mention of a document: the one it was read or issued on behalf of ("Ostrowski read a
    statement on behalf of Vance-Aldana"), the speaker of the cue it is the means of ("X said in a statement"), else
    its owner as a speaker phrase shows it ("a statement from X")."""
    if (principal := _on_behalf_of(doc_tok, ctx)) is not None:
        return _actor(ctx, principal, "proxy")
    via = doc_tok.head
    if doc_tok.dep_ == "pobj" and via.lower_ in _DOCUMENT_VIA and is_cue(_cue_of_fronted(via.head)):
        who = subject(_cue_of_fronted(via.head), ctx)
        found = None if who is None else speaker_of(who, ctx)
        if found is None or found.speaker is None:
            return _body_phrase_publishing(_cue_of_fronted(via.head)) or found
        return found
    if doc_tok.dep_ == "pobj" and via.lower_ in _DOCUMENT_VIA:
        owner = _document_publisher(doc_tok, ctx)  # "In its order, the court directed …": the court's
        if owner is None:
            owner = _issuer_by_clause(via, ctx)
        if owner is not None:
            return _actor(ctx, owner, "proxy")
        if (body := _body_phrase_publishing(via.head)) is not None:
            return body  # "In a statement, the Kittredge campaign called Brasher …"
    if (writer := _writer_in_relative(doc_tok, ctx)) is not None:
        return _actor(ctx, writer, "proxy")  # "a WhatsApp message Leung sent to one investor"
    if (sender := _sender_by_participle(doc_tok, ctx)) is not None:
        return _actor(ctx, sender, "proxy")  # "Pascale did not appear, instead sending a written statement"
    if (sender := _sender_by_verb(doc_tok, ctx)) is not None:
        return _actor(ctx, sender, "proxy")  # "Kowalczyk sent a memo to staff"
    if (signer := _signer_by_agent(doc_tok, ctx)) is not None:
        return _actor(ctx, signer, "proxy")  # "The email was signed by Brent Haskins"
    found = _owner_of_proxy(doc_tok, ctx)
    if found is not None and found.actor is not None:
        return _actor(ctx, found.actor, "proxy")  # the owner's name, not "Hoff's letter"
    if (
        doc_tok.dep_ == "dobj"
        and doc_tok.head.lemma_.lower() not in _READING_VERBS
        and (publisher := _document_publisher(doc_tok, ctx)) is not None
    ):
        return _actor(ctx, publisher, "proxy")  # "the forum had submitted a memorandum to the minister": the
        # body the article names by its noun, when the document names no issuer of its own (one who reads it out
        # is not its author)
    return None


_READING_VERBS = frozenset("read quote cite".split())


def _body_phrase_publishing(verb) -> Attribution | None:
    """The subject of the verb a document is the means of, when it is a body the article names only by a phrase ("In a
    statement Sunday, the Verhoeven campaign did not dispute …", "the union"): that phrase, with no actor behind it, so
    "the statement said" shows whose it was; None for any other subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "ROOT" and verb.pos_ == "NOUN" and any(c.dep_ == "acl" for c in verb.children):
        subjects.append(verb)  # the parser made the body the root and its verb a participle on it
    for c in subjects:
        if c.pos_ == "NOUN" and is_org_noun(c.lower_) and any(d.dep_ == "det" for d in c.children):
            return Attribution(noun_phrase(c), None, None, basis="proxy")
    return None


def _on_behalf_of(doc_tok, ctx: Context) -> int | None:
    """The person or body named after "on behalf of" on the document or on the verb it is the object of ("read a
    statement on behalf of Vance-Aldana"), or None."""
    holders = [doc_tok] + ([doc_tok.head] if doc_tok.dep_ == "dobj" else [])
    for holder in holders:
        for on in holder.children:
            if on.dep_ != "prep" or on.lower_ != "on":
                continue
            for behalf in on.children:
                if behalf.lower_ != "behalf":
                    continue
                for of in behalf.children:
                    for who in of.children if of.lower_ == "of" else ():
                        j = ctx.actors.tok2actor.get(who.i)
                        if who.dep_ == "pobj" and j is not None:
                            return j
    return None


def _sender_by_verb(doc_tok, ctx: Context) -> int | None:
    """The named subject of a verb of sending or writing whose object the document is ("Kowalczyk sent a memo to
    staff", "The union issued a statement"): a person or a body the article names; else None."""
    verb = doc_tok.head
    if doc_tok.dep_ != "dobj" or verb.lemma_.lower() not in _WRITING_VERBS or verb.pos_ != "VERB":
        return None
    actors = ctx.actors
    for c in verb.children:
        j = actors.tok2actor.get(c.i)
        if c.dep_ == "nsubj" and ctx.qid[c.i] == -1 and j is not None:
            return j if actors.actors[j].kind in ("person", "organization") else None
    return None


def _signer_by_agent(doc_tok, ctx: Context) -> int | None:
    """The person or body a passive verb of writing names after "by", the document its subject ("The email was signed
    by Brent Haskins, the campaign's deputy field director. It reads, in part:"); else None."""
    verb = doc_tok.head
    if doc_tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in _WRITING_VERBS:
        return None
    actors = ctx.actors
    for agent in verb.children:
        if agent.dep_ != "agent":
            continue
        for g in agent.children:
            j = actors.tok2actor.get(g.i)
            if g.dep_ == "pobj" and j is not None and actors.actors[j].kind in ("person", "organization"):
                return j
    return None


def _sender_by_participle(doc_tok, ctx: Context) -> int | None:
    """The subject of the clause a participle of sending or writing hangs on, the document its object ("Gregory
    Pascale did not appear, instead sending a written statement": Pascale's), when that subject is a person or a
    body the article names; else None."""
    verb = doc_tok.head
    if doc_tok.dep_ != "dobj" or verb.lemma_.lower() not in _WRITING_VERBS or verb.tag_ != "VBG":
        return None
    if verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    actors = ctx.actors
    for c in verb.head.children:
        j = actors.tok2actor.get(c.i)
        if c.dep_ == "nsubj" and j is not None and actors.actors[j].kind in ("person", "organization"):
            return j
    return None


def _writer_in_relative(doc_tok, ctx: Context) -> int | None:
    """The person or body a relative clause on a document says wrote or sent it ("a WhatsApp message Leung sent
    to one investor", "the letter that Ruiz signed", "a letter the Ministry of Education sent operators"), or the
    body or person it came from ("a letter the district
    received from the state Department of Education": not the one who received it, nor one who reads it
    out), or None."""
    actors = ctx.actors
    for c in doc_tok.children:
        # "a statement the cooperative sent to members", parsed as "the cooperative" set off after the document with
        # "sent" on it: the writer all the same
        if c.dep_ == "appos" and any(
            v.dep_ == "acl" and v.lemma_.lower() in _WRITING_VERBS for v in c.children
        ):
            if (j := _writer_named(ctx, c)) is not None:
                return j
    for verb in doc_tok.children:
        if verb.dep_ != "relcl":
            continue
        if verb.lemma_.lower() in _RECEIVING_VERBS:
            senders = [
                j
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "from"
                for c in prep.children
                if c.dep_ == "pobj"
                and (j := actors.tok2actor.get(c.i)) is not None
                and actors.actors[j].kind in ("organization", "person")
            ]
            if senders:
                return senders[0]
        if verb.lemma_.lower() not in _WRITING_VERBS:
            continue
        for c in verb.children:
            if c.dep_ == "nsubj" and (j := _writer_named(ctx, c)) is not None:
                return j  # "a letter the Ministry of Education sent operators in August"
    return None


def _writer_named(ctx: Context, c) -> int | None:
    """The person or body a writer's word names: a name, a he or she, or a body's noun the article ties to one
    ("the cooperative" of "The Central Valley Nut Growers Cooperative"); None otherwise."""
    actors = ctx.actors
    j = actors.tok2actor.get(c.i)
    if c.lower_ in ("he", "she"):
        j = _person_the_pronoun_is(ctx, c)  # "A framed letter he wrote in 1944"
    elif j is None and c.pos_ == "NOUN" and is_org_noun(c.lower_):
        j = role_holder(ctx, c)
    return j if j is not None and actors.actors[j].kind in ("person", "organization") else None


def _cue_of_fronted(verb):
    """The cue a subjectless participle clause opening the sentence hangs on ("Reacting in a statement …,
    the party said": the statement is the party's), or the cue of a reported clause the parser hung "in a statement"
    on though it stands before the clause's subject ("The co-op says in a statement it has lifted its forecast"), else
    ``verb`` itself."""
    if (
        verb.dep_ == "ccomp"
        and is_cue(verb.head)
        and any(c.dep_ in ("nsubj", "nsubjpass") and verb.head.i < c.i < verb.i for c in verb.children)
        and any(c.dep_ == "prep" and c.i == verb.head.i + 1 for c in verb.children)
    ):
        return verb.head  # (the phrase right after the cue: "says in a statement it …")
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBG", "VBN")
        and verb.i < verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and is_cue(verb.head)
    ):
        return verb.head
    return verb


_WRITING_VERBS = frozenset("send write post sign text email issue draft pen tweet".split())
_RECEIVING_VERBS = frozenset("receive get obtain".split())


_CLAUSE_CLIMB = 8  # heads climbed from a misplaced "in a statement" to its clause's verb


def _issuer_by_clause(via, ctx: Context) -> int | None:
    """Whoever issued the document of "in a statement" when the parser hung the phrase on a noun: the
    named organisation or person it hangs on ("The Expedition Operators Association of Nepal, in a
    statement issued on Saturday, welcomed …"), else the named subject of the clause's verb above it
    ("The Association … called the bill “a solution in search of a problem” in a written statement")."""
    actors = ctx.actors
    holder = via.head
    j = actors.tok2actor.get(holder.i)
    if j is not None and actors.actors[j].kind in ("organization", "person"):
        return j
    verb = holder
    for _ in range(_CLAUSE_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and ctx.qid[c.i] == -1:
            j = actors.tok2actor.get(c.i)
            if j is not None and actors.actors[j].kind in ("organization", "person"):
                return j
            if j is None and c.pos_ == "NOUN" and is_org_noun(c.lower_):
                # "The company announced the decision in a statement": the body "the company" stands for
                j = role_holder(ctx, c)
                if j is not None and actors.actors[j].kind == "organization":
                    return j
    return None


def owner_of_words(tok, ctx: Context) -> Attribution | None:
    """The person whose words a speech noun names, by its possessive: "His verdict: “…”", "Her message
    to critics was blunt: “…”" (the owner, through a pronoun or a name)."""
    if tok.lemma_.lower() not in SPEECH_NOUNS:
        return None
    found = _proxy_possessor(tok, ctx)
    if found is None or ctx.actors.actors[found[0]].kind != "person":
        return None
    return _actor(ctx, found[0], "proxy")


def _office_of_a_person(tok, ctx: Context) -> Attribution | None:
    """The office of a person named after "of" ("The office of Sen. Bill Tanaka (R-Alaska) … issued a statement"),
    shown so: it speaks for them as "Tanaka's office" does; None for a body's office ("the office of the auditor
    general") or no one named."""
    if tok.lemma_.lower() != "office":
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            j = ctx.actors.tok2actor.get(g.i)
            if j is None:
                j = next((ctx.actors.tok2actor[w.i] for w in g.subtree if w.i in ctx.actors.tok2actor), None)
            if j is not None and ctx.actors.actors[j].kind == "person":
                return Attribution(f"the office of {ctx.actors.actors[j].name}", None, j, basis="proxy")
    return None


def _proxy_possessor(tok, ctx: Context) -> tuple[int, object] | None:
    """(the owner, the possessive token) of "Patrushev's office", "his statement"."""
    for c in tok.children:
        if c.dep_ == "poss":
            # the name right before the possessive mark owns it ("Kenora—Rainy River MPP Darlene
            # Munroe's office": not the riding the parser made the head)
            mark = next((t for t in c.subtree if t.text in ("’s", "'s") and t.i > c.i), None)
            j = ctx.actors.tok2actor.get(mark.i - 1) if mark is not None else None
            if j is None:
                j = ctx.actors.tok2actor.get(c.i)
            if j is not None:
                return j, c
            if c.lower_ in POSSESSIVE_PRONOUNS:
                j = resolve_pronoun(ctx, c)
                if j is not None:
                    return j, c
            if c.pos_ == "NOUN" and c.text.islower():
                # "the municipality's press service", "the company's statement": the body the article
                # ties to the noun (see ``roles``)
                j = role_holder(ctx, c)
                if j is not None and (
                    ctx.actors.actors[j].kind == "organization" or c.lower_ in MUNICIPAL_NOUNS
                ):
                    return j, c
    return None


def _the_one_spokesperson(ctx: Context, owner: int) -> int | None:
    """The one person the article names as a spokesperson, when a body's spokesperson speaks ("its spokesperson"):
    that person, unless the words of their role name another organisation than the owner."""
    holders = {
        idx: mods
        for word in SPOKESPERSON_NOUNS
        for idx, mods in role_map(ctx).get(word, {}).items()
        if ctx.actors.actors[idx].kind == "person" and ctx.actors.actors[idx].mentions > 0
    }
    if len(holders) != 1:
        return None
    idx, mods = next(iter(holders.items()))
    actors = ctx.actors.actors
    others = {w for a in actors if a.kind == "organization" for w in a.name.lower().split()}
    return None if mods & (others - set(actors[owner].name.lower().split())) else idx


def _owned(name: str, poss, tok) -> str:
    """The office or document under its owner's full name: "his office" -> "Jim Carr's office",
    "Hoff's letter" -> "Rachel Hoff's letter" (the article's words, with the name the reader needs)."""
    doc = tok.doc
    end = max(t.i for t in poss.subtree)
    mark = "’s" if "’" in doc.text else "'s"
    if end + 1 <= tok.i and doc[end + 1].text in ("’s", "'s", "’", "'"):
        end += 1  # the article's own mark is replaced by one for the full name
    rest = doc[end + 1 : tok.i + 1].text
    return f"{name}{mark} {rest}".strip()


def _document_issuer(tok, ctx: Context) -> int | None:
    """ "a statement from the ministry": the issuer; also a person named in apposition to a role there
    ("A statement from the council's head of highways, Martin Pryce-Jones,"), which the parser may hang
    on the document itself: a person in apposition to a document is its author, never the document."""
    from_role = False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ISSUER_PREPOSITIONS:
            from_role = from_role or any(g.dep_ == "pobj" and _role_head(g) for g in c.children)
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                j = ctx.actors.tok2actor.get(g.i)
                if j is None and g.lower_ in ("him", "her"):
                    j = _person_the_pronoun_is(ctx, g)  # "a victim impact statement from her was read …"
                if j is not None:
                    return j
                if is_org_noun(g.lower_) and (held := role_holder(ctx, g)) is not None:
                    return held  # "a news release from the company"
                if g.lower_ in PROXY_NOUNS and (found := _proxy_possessor(g, ctx)) is not None:
                    return found[0]  # "a statement from Ms Alessi's office": hers
                if _role_head(g) and (held := _issuing_role_holder(ctx, g)) is not None:
                    return held
    agent = None if _points_back(tok) else _agent_actor(tok, ctx)  # "a review commissioned by the board"
    if agent is not None:
        return agent
    if (signed := _issued_under_a_name(tok, ctx)) is not None:
        return signed
    if from_role:
        named = _named_in_apposition(tok, ctx)
        if named is not None and named.actor is not None and ctx.actors.actors[named.actor].kind == "person":
            return named.actor
    return None


def _issuing_role_holder(ctx: Context, role) -> int | None:
    """The one named as the holder of the role a document is from: set off after the role's whole phrase ("by the
    spokesperson of the Corps, Mr Segun Oderinde.") or in apposition to the role."""
    if (set_off := _person_closing_the_phrase(ctx, role)) is not None:
        return set_off
    named = _named_in_apposition(role, ctx)
    return None if named is None else named.actor


def _person_closing_the_phrase(ctx: Context, role) -> int | None:
    """The person set off right after a role's whole phrase and closing the sentence or clause ("a statement by the
    spokesperson of the Ogun State Amotekun Corps, Mr Segun Oderinde."), when the parser hung the name on nothing of
    the role's: the role's holder, a title before the name allowed. None otherwise."""
    doc, actors = ctx.doc, ctx.actors
    k = role.right_edge.i  # (the comma may be the phrase's last token, hung on the body before it)
    k += doc[k].text != ","
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    while k < len(doc) and k not in actors.tok2actor and doc[k].lower_.rstrip(".") in TITLES:
        k += 1
    j = actors.tok2actor.get(k)
    if j is None or actors.actors[j].kind != "person" or ctx.qid[k] != -1:
        return None
    end = ctx.mention_end(k, j)
    return j if end + 1 >= len(doc) or doc[end + 1].text in (".", ",", ";") else None


def _issued_under_a_name(tok, ctx: Context) -> int | None:
    """Whose name a document went out under ("a written statement released under his name", "a letter issued
    under the mayor's name"): that person, by the possessive (a pronoun's person by a subject or a chain)."""
    names = (
        name
        for verb in tok.children
        if verb.dep_ == "acl" and verb.tag_ == "VBN"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "under"
        for name in prep.children
        if name.dep_ == "pobj" and name.lower_ == "name"
    )
    for owner in (c for name in names for c in name.children if c.dep_ == "poss"):
        if owner.lower_ in ("his", "her"):
            return _person_the_pronoun_is(ctx, owner)
        j = ctx.actors.tok2actor.get(owner.i)
        if j is not None and ctx.actors.actors[j].kind == "person":
            return j
    return None


def _person_the_pronoun_is(ctx: Context, pron) -> int | None:
    """The person him/her stands for by a subject or a chain of he/she (``resolve_pronoun_how``), not by sex
    alone, or None."""
    idx, how = resolve_pronoun_how(ctx, pron)
    if idx is None or how not in ("subject", "chain") or ctx.actors.actors[idx].kind != "person":
        return None
    return idx


def _points_back(tok) -> bool:
    """Whether a noun is written with "the", "this" or "that": a thing the reader has met before (the parser hung it on
    the word after it when the tagger ran the two into one noun: "the post read")."""
    holder = tok.head if tok.dep_ == "compound" and tok.head.i == tok.i + 1 else tok
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") and c.i < tok.i for c in holder.children
    )


def _agent_of_participle(tok, ctx: Context):
    """The word the "by" of a participle the document noun carries names ("A fact sheet released by the
    county", "a review commissioned by the board"): who issued or ordered the document. None when there
    is no such "by", it is inside a quote or it names who got hold of the document ("a letter obtained by the
    Star")."""
    kinds = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]  # ("a letter of apology written by Dylan Kavanagh": the parser hangs the participle on the kind of letter)
    for verb in (v for holder in (tok, *kinds) for v in holder.children):
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() in RECEIVING_VERBS:
            continue
        for agent in verb.children:
            if agent.dep_ == "agent":
                for g in agent.children:
                    if g.dep_ == "pobj" and ctx.qid[g.i] == -1 and g.lower_ not in PRONOUNS:
                        return g
    return None


def _author_beside(tok, ctx: Context) -> int | None:
    """The person a document's own phrase says wrote or sent it ("The memo, written by the supervisor, Carl Benning,
    read: “…”"): the author, ahead of whoever the document's earlier mention named (who only put it on a screen);
    the "by" phrase's person, or the person set off after its role noun. A signer is not here: an earlier mention
    of its issuer outweighs who signed it."""
    g = _agent_of_participle(tok, ctx)  # the "by" phrase's word; its head's head is the participle
    if g is None or g.head.head.lemma_.lower() not in AUTHORING_VERBS:
        return None
    j = ctx.actors.tok2actor.get(g.i)
    if j is None and g.pos_ == "NOUN":
        named = _named_in_apposition(g, ctx)
        j = None if named is None else named.actor
    return j if j is not None and ctx.actors.actors[j].kind == "person" else None


def _agent_actor(tok, ctx: Context) -> int | None:
    """The actor a document's participle agent names (``_agent_of_participle``): the actor itself, or the
    one a role or body noun there stands for ("the county" beside Canyon County, when that resolves)."""
    g = _agent_of_participle(tok, ctx)
    if g is None:
        return None
    j = ctx.actors.tok2actor.get(g.i)
    if j is None and g.pos_ == "NOUN":
        found = _phrase(g, ctx)
        j = None if found is None else found.actor
    return j


def _agent_described(tok, ctx: Context) -> Attribution | None:
    """A document issued by a body the article describes but does not name ("A special audit released by
    the state auditor's office"): shown with the article's words for the issuer ("a special audit from
    the state auditor's office"), so the reader sees who stands behind it, never the document alone."""
    g = _agent_of_participle(tok, ctx)
    if g is None or g.pos_ != "NOUN":
        return None
    return Attribution(shown_as(noun_phrase(g), noun_phrase(tok)), None, basis="proxy")


def _proxy_modifier(tok, ctx: Context) -> int | None:
    """The owner a document's or office's modifier names: an actor ("the Kremlin statement"), or the one
    organisation of the article whose name holds the body's noun ("A board report" beside the "Rideau Valley
    District School Board")."""
    actors = ctx.actors
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            j = actors.tok2actor.get(c.i)
            if j is not None and actors.actors[j].kind in ("organization", "person"):
                return j
            if j is None and (body := _body_of_initials(c, ctx)) is not None:
                return (
                    body  # "The CAQM order stated" beside "the Commission for Air Quality Management (CAQM)"
                )
            if j is None and c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in ORG_NOUNS:
                found = one_organisation(ctx, lambda a, word=c.lower_: word in a.name.lower().split())
                if found is not None:
                    return found
    return None


# Verbs whose subject issues the document that is their object ("the council issued a statement"); not
# those of someone who reads, cites or attacks it ("questioned a memo", "cited a report").
_PUBLISHING_VERBS = frozenset(
    """issue release publish send post put write file circulate prepare produce sign submit present
    deliver draft unveil distribute share tweet email make give provide hand launch read""".split()
)


def _document_publisher(tok, ctx: Context) -> int | None:
    """Whoever issued a document that is the object of their verb: "the council issued a statement", "In
    its order, the court directed …" (the subject, or the one actor a role or organisation noun there
    stands for: "the governor", "the court")."""
    if tok.dep_ not in ("dobj", "pobj"):
        return None
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() not in _PUBLISHING_VERBS:
        return None  # "Whitfield questioned a city staff memo that said …": he did not write it
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "His fiancée, Shawna Begay, did not speak but submitted a letter": the first verb's subject
        verb = verb.head
    for c in verb.children:
        if c.dep_ != "nsubj" or ctx.qid[c.i] != -1:
            continue
        c = next((a for a in c.children if unclosed_apposition(a)), c)
        people = {
            j
            for t in c.subtree
            if (j := ctx.actors.tok2actor.get(t.i)) is not None and ctx.actors.actors[j].kind == "person"
        }
        if (
            len(people) == 1
            and ctx.actors.actors[ctx.actors.tok2actor.get(c.i, next(iter(people)))].kind != "person"
        ):
            return next(
                iter(people)
            )  # "Court of King's Bench Justice Aurelia Fontaine-Marsh sent …": the judge
        if ctx.actors.tok2actor.get(c.i) is not None:
            return ctx.actors.tok2actor[c.i]
        # "The Minister for Emergency Services, the Hon. Michael Farrow, has put out a statement": the name set off
        named = next(
            (a for a in c.children if a.dep_ == "appos" and ctx.actors.tok2actor.get(a.i) is not None), None
        )
        if named is not None and ctx.para_of[named.i] == ctx.para_of[c.i]:
            return ctx.actors.tok2actor[named.i]
        if c.pos_ == "NOUN" and c.lower_ not in PRONOUNS:
            found = _phrase(c, ctx)  # "the governor", "the court": the holder, when the article names one
            return None if found is None else found.actor
    return None


def _organisation_by_short_name(tok, ctx: Context) -> Attribution | None:
    """An untagged mention of an organisation by the short name it goes by in the article ("Portbridge
    said in a statement" beside "Portbridge Athletic", once tagged "Portbridge"): that organisation."""
    if tok.pos_ != "PROPN" or any(c.dep_ == "compound" for c in tok.children):
        return None
    found = one_organisation(
        ctx,
        lambda a: (
            a.name == tok.text
            or tok.text in a.aliases
            or _designated(a.name, tok.text)
            or (tok.text.isupper() and is_initials_of(tok.text, a.name))
        ),  # "ERCOT posted", untagged
    )
    return _actor(ctx, found, "name") if found is not None else None


def _designated(name: str, short: str) -> bool:
    """Whether ``name`` is ``short`` and a company's designator or legal form ("VoltRide Inc.", "Red Willow Energy")."""
    words = name.split()
    return (
        len(words) >= 2
        and " ".join(words[:-1]) == short
        and words[-1].lower().rstrip(".") in COMPANY_DESIGNATORS | LEGAL_FORMS
    )


def _titled_sharer(ctx: Context, toks: list) -> int | None:
    """ "Chief Meekis said" beside Chief Roberta Meekis and her sons Tristan and Josiah Meekis: of the
    named people who share the surname, the one the article writes with that title before the name; None
    when the words are not titles and a surname two people share, or when no one or several fit."""
    *titles, last = toks
    if not titles or len(titles) != last.i - toks[0].i or not all(capitalised_title(t) for t in titles):
        return None
    sharers = _surname_sharers(ctx, last.text)
    return _sharer_by_title(ctx, titles[-1], sharers) if len(sharers) >= 2 else None


def _sharer_by_title(ctx: Context, title_tok, sharers) -> int | None:
    """The one of ``sharers`` the article names with ``title_tok``'s title right before the name ("Chief
    Roberta Meekis"), or as the first word of a mention the model took it into ("Clr Sikhululekile Moyo"),
    else None."""
    title = title_tok.lower_.rstrip(".")
    fit = _written_with(ctx, set(sharers), lambda w: w.lower_.rstrip(".") == title)
    return next(iter(fit)) if len(fit) == 1 else None


def _untagged_name(tok, ctx: Context) -> Attribution | None:
    """A name the model did not tag as a person, speaking: "said Mayor Ana Costa"; the opening words of
    the one organisation whose name starts with them are that organisation ("Northern Plains said" beside
    "Northern Plains Rail Co.")."""
    if tok.pos_ != "PROPN":
        return None
    if tok.ent_type_ not in ("", "LOC", "GPE", "PERSON") and not personal_title(tok.left_edge):
        return None  # a courtesy title before it makes it a person's, whatever the model read ("Dr Folake
        # Adesanya-Cole": a product)
    if tok.lower_ in ROLE_NOUNS:
        return None  # "the Labour MP said": a role, not a name (``_phrase`` finds who holds it)
    if any(c.dep_ == "cc" for c in tok.children):
        return None  # "Climate Crisis and Civil Protection Minister Ana Ruiz": a portfolio, no name
    chain = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    toks = sorted([*chain, tok], key=lambda t: t.i)
    if (titled := _titled_sharer(ctx, toks)) is not None:
        return _actor(ctx, titled, "name")
    run = ctx.doc[toks[0].i : tok.i + 1]
    if all(t in toks or inner_hyphen(ctx.doc, t.i) for t in run) and all(t.text[:1].isupper() for t in toks):
        name, _ = normalise_name(run.text)  # "Chief Emeka Nwachukwu-Obi": the hyphen kept
        if name and len(name.split()) >= 2:
            found = organisation_opening(ctx, name)
            if found is not None:
                return _actor(ctx, found, "name")
            if _ends_as_a_body(name):  # "Western Rural Transport CLG said": a firm the model left untagged
                return Attribution(name, None, basis="untagged", new_org=(name, [t.i for t in toks]))
            return Attribution(name, None, basis="untagged", new_person=(name, [t.i for t in run]))
    return None
