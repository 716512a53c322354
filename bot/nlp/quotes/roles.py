"""Who holds a role: "the mayor said" speaks for the person the article has tied to that role.

A definite description ("the mayor", "the Conservative MP", "the company") names an actor only when the
article itself ties that role to exactly one actor:

- a title before the name: "Surrey Mayor Doug McCallum", "Conservative MP Ana Kerr";
- apposition: "Doug McCallum, the mayor of Surrey," / "the captain, Jordan Stewart,";
- a copula or "as": "McCallum is the mayor", "Stewart was named captain", "his term as mayor";
- for an organisation noun ("the company", "the union"), the same evidence ("energy company Suncor",
  "Suncor, the company"), a name holding the noun ("the Teamsters Union" for "the union"), or else the one
  organisation that was a clause subject in this or the two previous sentences.

The description's own modifiers must all be among the evidence's when several actors share the role ("the
prime minister" is not "Immigration Minister Ahmed Hussen"). Resolved, the speaker is shown as the
article's words, then the name, "the mayor, Doug McCallum": the reader gets the name, and the phrase the
article used stays as evidence. The map is read-only and built once per article.
"""

from __future__ import annotations

from collections import defaultdict

from bot.nlp.actors.evidence import (
    capitalised_title,
    office_before_portfolio,
    opens_with_given_name,
    owned_or_definite,
    role_over_the_body,
)
from bot.nlp.actors.gender import given_name_gender, plain_letters
from bot.nlp.actors.lexicon import (
    AKAN_CHIEF,
    AP_STATE_NAMES,
    COMPANY_DESIGNATORS,
    FIRM_NAME_ENDINGS,
    LEGAL_FORMS,
    MEMBER_LETTERS,
    OCCUPATION_ENDINGS,
    OCCUPATION_NOUNS,
    POST_NOMINALS,
    TITLES,
)
from bot.nlp.actors.merge import is_applied_title, is_initials_of
from bot.nlp.quotes.context import Context
from bot.nlp.quotes.cues import glued_start, in_dateline, is_cue, phrase_end, unclosed_apposition, with_the
from bot.nlp.quotes.lexicon import (
    ABBREVIATED_QUALIFIERS,
    ABBREVIATED_ROLES,
    ASKING_VERBS,
    BODY_MEMBERS,
    BODY_SUFFIXES,
    CAPITALS_ROLES,
    CHAMBER_WORDS,
    CHAMPIONS_VERBS,
    CLERICAL_STYLES,
    COLLECTIVE_NOUNS,
    CONTRASTIVE_MODIFIERS,
    DOC_NOUNS,
    FIELD_HEADS,
    FIELD_PERSONS,
    FIRM_NOUNS,
    LEADING_MODIFIERS,
    LED_BODIES,
    LOWER_CASE_ROLES,
    MUNICIPAL_NOUNS,
    NAMED_FIRST_MUNICIPAL_NOUNS,
    OFFICER_INITIALS,
    OPPOSED_MODIFIERS,
    ORG_NOUNS,
    ORG_SYNONYMS,
    PARTY_MEMBER_NOUNS,
    PARTY_NICKNAMES,
    PEOPLE_NOUNS,
    PERSON_DESCRIPTIONS,
    PLACE_DESCRIBED_NOUNS,
    PORTFOLIO_FIELDS,
    POSITION_MODIFIERS,
    PRESIDING_ROLES,
    PROXY_ROLES,
    RELATION_NOUNS,
    ROLE_NOUNS,
    ROLE_OF_AGENT_VERB,
    ROLE_OF_RELATIVE_VERB,
    ROLE_SYNONYMS,
    RUN_PLACE_ROLES,
    RUNNING_NOUNS,
    SPELT_MUNICIPAL_NOUNS,
    SPOKESPERSON_NOUNS,
    STANDING_OF_AGENT_VERB,
    SUBORDINATE_MODIFIERS,
    SYNONYM_ONLY_NOUNS,
    TAKEN_ROLE_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_NOUNS,
    TITLES_OF_STANDING,
    TRADE_HEADS,
    US_STATE_SHORT,
)
from bot.nlp.quotes.pronouns import (
    has_narration,
    is_subject,
    names_someone,
    narrated_sentence_before,
    narrated_sentences_between,
    one_organisation,
    owned_subject,
    owns_the_subject,
    reported_by_another,
    resolve_pronoun,
    sent_a_document,
    sharer_meant,
    under_the_sentence_subject,
)

# Words before a name that may carry a title ("former Surrey Mayor", "Conservative MP").
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_MAX_TITLE_WORDS = 4
_ORG_WINDOW_SENTENCES = 2


def role_word(tok) -> str:
    """The role word ending at ``tok`` in lower case: the whole word when the tokenizer split it at its
    hyphens and it is a role ("fly-half", "scrum-half", "centre-back"), else the token's own."""
    start = glued_start(tok)
    if start < tok.i:
        whole = tok.doc[start : tok.i + 1].text.lower()
        if whole in ROLE_NOUNS or _office_to_come(whole):
            return whole
    if (body := _member_body(tok)) is not None:
        return BODY_MEMBERS[body.lower_]
    if AKAN_CHIEF.fullmatch(tok.text) is not None:
        return "chief"  # "The Akomfohene said": the chief of Akomfo, as Akan copy calls a town's chief
    if _member_of(tok, {"parliament"}):
        return "mp"  # "The Member of Parliament for the area, Hon. Isaac Owusu-Afriyie" … "the MP noted"
    return tok.lower_


def member_of_a_legislature(tok) -> bool:
    """ "member for Vuntut Gwitchin", "the member for Red Deer—Lacombe", "Member of Parliament for …": a
    legislature's member, a role ("a member of the public" is none)."""
    return _member_of(tok, _LEGISLATURES) or (
        tok.lower_ == "member"
        and any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
            for c in tok.children
        )
    )


def _member_of(tok, bodies) -> bool:
    """``tok`` is "member" of one of ``bodies`` ("Member of Parliament"); of a legislature, also of "the House", in
    capitals ("a member of the House of Representatives", "of the House of Commons")."""
    house = bodies is _LEGISLATURES
    return tok.lower_ == "member" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and (g.lower_ in bodies or (house and g.text == "House")) for g in c.children
        )
        for c in tok.children
    )


# What a member is "of" that makes a legislator ("Member of Parliament for South West St Catherine").
_LEGISLATURES = frozenset({"parliament", "congress", "assembly", "legislature", "senedd", "tynwald", "dáil"})


def _office_to_come(word: str) -> bool:
    """An office its holder has yet to take up ("minister-elect", "president-elect", "mayor-designate"):
    a role of its own, not the office's present holder's."""
    base, _, suffix = word.rpartition("-")
    return suffix in ("elect", "designate") and base in ROLE_NOUNS


def _member_body(tok):
    """The body's word right before "member" that makes one role of the two ("council" of "the council
    member", "Council" of "Council Member Linh Tran-Whitaker"), or None."""
    if tok.lower_ != "member" or tok.i == 0:
        return None
    body = tok.doc[tok.i - 1]
    return body if body.lower_ in BODY_MEMBERS and not body.whitespace_.count("\n") else None


def is_role_noun(tok) -> bool:
    """A singular noun naming a person's role or an organisation ("mayor", "captain", "company",
    "group", "fly-half"), or a trade by its ending ("the pediatrician", "the ecologist"). A listed role the tagger read
    as a plural with no plural's ending is singular ("the kaumātua said")."""
    low = role_word(tok)
    if tok.tag_ in ("NNS", "NNPS"):
        return low in ROLE_NOUNS and not low.endswith("s")
    return (
        low in ROLE_NOUNS
        or tok.text in LOWER_CASE_ROLES  # "the don said"; "Don" is a given name
        or low in OCCUPATION_NOUNS  # a trade a person is named by ("the baker", "the pianist")
        or (tok.tag_ == "NN" and low.isalpha() and low.endswith(OCCUPATION_ENDINGS))
        # a trade capitalised as a title, which the tagger may read as a name or a verb ("Paleontologist Rafael Quintero")
        or (tok.text.istitle() and tok.is_alpha and low.endswith(OCCUPATION_ENDINGS))
        or tok.text in CAPITALS_ROLES
        or member_of_a_legislature(tok)
        or _office_to_come(low)
        or is_org_noun(low)
        or tok.lemma_.lower() in ROLE_NOUNS
    )


def is_org_noun(word: str) -> bool:
    """An organisation noun ("the company") or a collective one ("the group", "the coalition")."""
    return word in ORG_NOUNS or word in COLLECTIVE_NOUNS


def modifiers(tok) -> set[str]:
    """Lower-case words that qualify a role noun: "prime" in "the prime minister", "surrey" in "Surrey's
    mayor", "team" in "the captain of the team", "vice" in "the Vice-President"."""
    out = {t.lower_ for t in tok.doc[glued_start(tok) : tok.i] if t.is_alpha}
    body = _member_body(tok)
    for c in tok.children:
        if c == body:
            continue  # part of the role word ("council member")
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i:
            out.update(t.lower_ for t in c.subtree if t.is_alpha and t.lower_ not in ("the", "a", "an"))
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.update(t.lower_ for t in c.subtree if t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ"))
        elif c.dep_ == "prep" and c.lower_ == "from" and c.i > tok.i:
            out.update(
                t.lower_ for t in c.subtree if t.is_alpha and t.pos_ == "PROPN"
            )  # "the senator from Tulsa"
    return out


def _fits_kind(tok, kind: str) -> bool:
    return is_org_noun(tok.lower_) == (kind == "organization")


def _add(roles: dict, idx: int, tok, extra: set[str] | None = None, word: str | None = None) -> None:
    words = modifiers(tok) | (extra or set())
    roles[word or role_word(tok)].setdefault(idx, set()).update(words)
    lemma = tok.lemma_.lower()
    if lemma != tok.lower_:
        roles[lemma].setdefault(idx, set()).update(words)
    if lemma == "secretary" and words & PORTFOLIO_FIELDS and not words & ORG_NOUNS:
        # "the business and trade secretary" is "the minister" too (not the secretary of a "Residents' Welfare
        # Association": a body's officer)
        roles["minister"].setdefault(idx, set()).update(words)
    if lemma == "member" and words & _COUNCIL_WORDS:
        # "Barbara Okonedo, the council's cabinet member for adult social care" is "the councillor"
        roles["councillor"].setdefault(idx, set()).update(words - _COUNCIL_WORDS)
    if lemma == "officer" and {"chief", "executive"} <= words:
        # "Chief executive officer Claudette Marchildon" is "the chief executive" too
        roles["executive"].setdefault(idx, set()).update(words - {"executive"})
    if lemma in FIELD_HEADS:  # "head of engineering", "research director": also "the engineer"
        for field in words:
            if (person := _field_person(field)) is not None:
                roles[person].setdefault(idx, set()).update(words - {field})


def _field_person(field: str) -> str | None:
    """Who works in a field: the listed ones ("engineering": "engineer"), and a medical or scientific "-ology" its
    "-ologist" ("pulmonology": "the pulmonologist", "cardiology": "the cardiologist")."""
    if field in FIELD_PERSONS:
        return FIELD_PERSONS[field]
    if field.endswith("ology") and len(field) > 7 and field.isalpha():
        return field[:-1] + "ist"
    return None


_COUNCIL_WORDS = frozenset({"council"})


def role_map(ctx: Context) -> dict[str, dict[int, set[str]]]:
    """role word -> {actor index: modifiers seen with it}, from the evidence listed in the module doc."""
    if ctx.roles is not None:
        return ctx.roles
    roles: dict[str, dict[int, set[str]]] = defaultdict(dict)
    abbreviated: dict[str, dict[int, set[str]]] = defaultdict(dict)
    doc, actors = ctx.doc, ctx.actors
    for t, idx in actors.mentions:
        if (
            actors.actors[idx].kind not in ("person", "organization")
            or actors.actors[idx].name.lower() in TITLES
        ):
            continue  # a title the model tagged alone ("Engr" of "Engr. Aisha Bello") holds no role
        _roles_before(ctx, t, idx, roles, abbreviated)
        _clerical_style(ctx, t, idx, abbreviated)
        _court_side(ctx, t, idx, roles)
        # the name's own tokens and their heads: appositions and copulas
        span = range(_titled_start(doc, t), ctx.mention_end(t, idx) + 1)
        for i in span:
            tok = doc[i]
            _roles_of_children(ctx, roles, idx, tok, t)
            if (
                tok.dep_ == "appos"
                and not _office_spoken_for(tok.head)
                and not _titles_another(ctx, tok.head, idx)
            ):
                role = tok.head if is_role_noun(tok.head) else _role_of_field(tok.head)
                role = role if role is not None else role_before_its_letters(tok.head)
                if role is None and actors.actors[idx].kind == "person":
                    # "The Minister of State with responsibility for the Office of Public Works, Declan Rourke,"
                    role = role_over_the_body(tok.head, ROLE_NOUNS)
                if role is not None:
                    _add_outside_quotes(ctx, roles, idx, role)
                elif _trade_set_off(ctx, tok.head, idx):
                    _add_trade(ctx, roles, idx, tok.head)  # "the auctioneer, Ciarán Feeney,"
            if tok.dep_ in ("nsubj", "nsubjpass", "appos", "attr"):
                _clause_roles(ctx, roles, idx, tok)
            elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
                _agents_role(ctx, roles, idx, tok)  # "The pair are coached by Marc-Antoine Pelletier"
            if tok.dep_ == "dobj" and _puts_up_a_candidate(tok.head) and actors.actors[idx].kind == "person":
                for word in _CANDIDATE_ROLES:  # "The NDP is running Tom Ashdown, a high school principal"
                    roles[word].setdefault(idx, set())
            if tok.dep_ == "poss":
                _as_role(roles, idx, tok.head)  # "McCallum's last term as mayor"
            if (role := _role_named(tok)) is not None:
                # "a retired teacher in Moose Jaw named Bev Sorensen"
                _add_outside_quotes(ctx, roles, idx, role)
        _in_the_chair(ctx, roles, idx, ctx.mention_end(t, idx))
        _host_of_a_show(ctx, roles, idx, t)
    _header_roles(ctx, roles)
    _described_after_named(ctx, roles)
    origins = person_origins(ctx)
    _add_origins(origins, roles)
    _add_origins(origins, abbreviated)
    ctx.roles = dict(roles)
    ctx.abbreviated_roles = dict(abbreviated)
    return ctx.roles


def _puts_up_a_candidate(verb) -> bool:
    """Whether ``verb`` is a party's putting someone up for election: "has nominated", "is running", "fielded", "have put
    forward" (its object the candidate: "the first-time candidate said")."""
    lemma = verb.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "prt" and c.lower_ == "forward" for c in verb.children)
    return lemma in _NOMINATING_VERBS and (lemma != "run" or verb.tag_ == "VBG")


_NOMINATING_VERBS = frozenset("nominate run field".split())
_CANDIDATE_ROLES = ("candidate", "nominee")


def _in_the_chair(ctx: Context, roles: dict, idx: int, end: int) -> None:
    """ "with Senator Zulfiqar Ali Bhattani in the chair": the person named right before "in the chair" chairs the
    meeting ("The chairman remarked …")."""
    doc = ctx.doc
    if ctx.actors.actors[idx].kind != "person" or end + 3 >= len(doc) or ctx.qid[end] != -1:
        return
    if [w.lower_ for w in doc[end + 1 : end + 4]] == ["in", "the", "chair"]:
        for word in _CHAIR_WORDS:
            _add(roles, idx, doc[end + 3], word=word)


_CHAIR_WORDS = ("chair", "chairman", "chairwoman", "chairperson")


def _host_of_a_show(ctx: Context, roles: dict, idx: int, t: int) -> None:
    """A show named for its host in quotation marks ("appeared on “Prime Time with Dana Kessler,”", "on “This Week
    with …”"): the person whose full name closes the title after "with" hosts it ("the host said")."""
    doc = ctx.doc
    k = ctx.qid[t]
    if k == -1 or t == 0 or doc[t - 1].lower_ != "with" or ctx.actors.actors[idx].kind != "person":
        return
    span = ctx.spans[k]
    end = ctx.mention_end(t, idx)
    if doc[end].idx + len(doc[end].text) < span.end - 1 or span.end - span.start > _SHOW_TITLE_CHARS:
        return  # the name closes the title (a comma inside the marks aside)
    title = ctx.text[span.start : doc[t - 1].idx].split()
    if title and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "with", "at", "in") for w in title):
        for word in _HOST_WORDS:
            _add(roles, idx, doc[t - 1], word=word)


_HOST_WORDS = ("host", "anchor", "presenter")
_SHOW_TITLE_CHARS = 60


def _roles_of_children(ctx: Context, roles: dict, idx: int, tok, t: int) -> None:
    """The roles the words hung on a name's token give it: an apposition, a relative clause, a role set off before it."""
    for c in tok.children:
        if ctx.para_of[c.i] != ctx.para_of[t]:
            continue  # a byline's name the parser ran into the lede ("Story: Seth Kyei, Asuboni" ¶ "The Omanhene …")
        if c.dep_ == "appos" and not unclosed_apposition(c):
            _apposed_roles(ctx, roles, idx, c)
        elif c.dep_ == "relcl":
            _relative_clause_roles(ctx, roles, idx, c)
        elif c.dep_ == "nmod" and _set_off_before(c, t) and is_role_noun(c):
            _add(roles, idx, c)  # "The Chief Executive (MCE), Mrs Esi Asante,": a misparsed apposition


def _described_after_named(ctx: Context, roles: dict) -> None:
    """ "Then Jace Whitaker started throwing to his little brother. ¶ The senior quarterback found …": a sentence that
    opens on a definite description as its subject, right after a narrated sentence whose subject is a person (or that
    names one person alone), goes on about that person, so the description is theirs ("the veteran quarterback said"
    later is Whitaker, not the other side's "quarterback, Marcus Tillery" named further down). Only a bare description
    ("the", adjectives, a trade or a player's position; ``_varied_description``): one naming a body or a place ("The
    Wildcats' quarterback") says whose role it is instead, an office ("the minister") is whoever holds it, a noun the
    article used before stands for whom it stood for then, and a person the article gave another role is not it."""
    doc, actors = ctx.doc, ctx.actors
    for k, start in enumerate(actors.sent_starts):
        while start + 1 < len(doc) and (doc[start].is_punct or doc[start].is_space):
            start += 1  # a closing mark and the paragraph break the parser ran into the sentence
        if k == 0 or start + 1 >= len(doc) or doc[start].lower_ != "the" or ctx.qid[start] != -1:
            continue
        noun = doc[start].head
        if noun.dep_ not in ("nsubj", "nsubjpass") or not _bare_description(doc, start, noun):
            continue
        if not _varied_description(noun) or _noun_used_before(doc, noun):
            continue  # (the noun written before stands for whom it stood for then: "Per a Senate aide, …. The aide
            # said"; "The dean of the cathedral has launched …" … "The dean said")
        if any(
            start < t <= noun.right_edge.i and actors.actors[j].kind == "person" for t, j in actors.mentions
        ):
            continue  # "The Omanhene of the Asuboni Traditional Area, Nana Osei Kwaku Bonsu, has appealed": named there
        before = narrated_sentence_before(ctx, k)
        lo, hi = actors.sent_starts[before], start
        named = [
            (t, j)
            for t, j in actors.mentions
            if lo <= t < hi and ctx.qid[t] == -1 and actors.actors[j].kind == "person"
        ]
        subjects = [(t, j) for t, j in named if is_subject(ctx, t)]
        if subjects:
            t, j = subjects[-1]
        elif len({j for _, j in named}) == 1:
            t, j = named[-1]
        elif not named and (carried := _person_a_pronoun_carries(ctx, lo, hi)) is not None:
            t, j = (
                carried  # "Kayla Drozdowski has lost three finals. She wasn't about to lose a fourth." ¶ "The
            )
            # 31-year-old skip drew to the button …"
        else:
            continue  # two people named, neither the subject: no telling which the description goes on about
        person, word = sharer_meant(ctx, t, j), role_word(noun)
        sex = _role_sex(noun.lower_) or sex_said_of(noun)
        if sex is not None and actors.person_gender(person) not in (None, sex):
            continue  # "Theo Banerjee … said …" ¶ "The singer said she was wary": not him
        if any(person in holders for other, holders in roles.items() if other != word):
            continue  # "Lakeshore coach Dennis Holloway said …" ¶ "The senior guard … hit the sixth": another player
        if _held_by_another_before(ctx, roles, word, person, start):
            continue  # "Mayor Dana Ortiz met Councillor Colin Webb. ¶ The veteran councillor said …": Webb's
        # (marked as given, no office of theirs: "The 19-year-old winger" makes no office that sets the winger
        # against "the 19-year-old said" later)
        _add(roles, person, noun, extra={_GIVEN_TRADE}, word=word)


def _held_by_another_before(ctx: Context, roles: dict, word: str, idx: int, start: int) -> bool:
    """Whether someone other than ``idx`` named before token ``start`` holds role ``word`` by the article's evidence."""
    return any(j != idx and named_before(ctx, j, start) for j in roles.get(word, {}))


def _noun_used_before(doc, noun) -> bool:
    """Whether the article wrote the description's noun before it with an article, outside a name ("Per a Senate
    aide"; not a headline's "says Waitaki farmer")."""
    lemma = noun.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma
        and t.tag_ == "NN"
        and not t.ent_type_
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in t.children)
        for t in doc[: noun.i]
    )


def _varied_description(noun) -> bool:
    """A noun a writer varies a name with: a trade or a player's position in lower case ("farmer", "quarterback",
    "right-hander"); not an office (``TITLES``: "the minister", "the judge" is whoever holds it, named or not), an age
    ("the 19-year-old"), a body, nor a nationality (the one named last is as often meant as the subject)."""
    low = noun.lower_
    return (
        noun.is_lower
        and noun.is_alpha
        and (is_role_noun(noun) or _trade_noun(noun))
        and not is_org_noun(low)
        and low not in TITLES
        and role_word(noun) not in TITLES
        and low not in _AGE_HEADS
    )


# Heads of an age written as a noun ("the 19-year-old").
_AGE_HEADS = frozenset({"old", "year"})


def _bare_description(doc, start: int, noun) -> bool:
    """The words from ``start`` to the noun are "the", adjectives, hyphened words and numbers ("The third-generation
    farmer", "The 27-year-old right-hander"), no name."""
    return (
        noun.i - start <= _BARE_WORDS
        and all(
            t.pos_ in ("DET", "ADJ", "NUM", "PUNCT", "NOUN")
            and t.ent_type_ not in ("ORG", "GPE", "PERSON", "LOC", "FAC")
            for t in doc[start + 1 : noun.i]
        )
        # nor anything hung after the noun that says whose role it is or names the one meant ("The dean of Wexcombe
        # Cathedral", "The winger from Matane", "The editor I was talking to, Tim Grieve,")
        and all(c.i < noun.i for c in noun.children)
    )


# Words a bare description may run to before its noun ("The veteran left-handed fly-half").
_BARE_WORDS = 6


def _trade_noun(tok) -> bool:
    """A lower-case singular common noun for a trade the role list lacks ("farmer" is listed; "right-hander",
    "seamer" …), by its ending: ``OCCUPATION_ENDINGS`` or "-er" of a hyphened word."""
    return tok.tag_ == "NN" and tok.is_lower and tok.is_alpha and tok.lower_.endswith(OCCUPATION_ENDINGS)


def _apposed_roles(ctx: Context, roles: dict, idx: int, c) -> None:
    """The role or trade set off after a name, and the roles joined to it by "and" ("…, an otolaryngologist at Great
    Lakes Children's Hospital and the study's lead author,"); not a reporting clause's subject the parser hung there
    ("… when he struck Marcus Adeyemi-Lowe, a judge found.": the judge found it, the victim is none)."""
    if any(k.dep_ == "acl" and k.i == c.i + 1 and _reports_a_finding(k) for k in c.children):
        return
    if is_role_noun(c):
        _add_outside_quotes(ctx, roles, idx, c)
    elif _trade_set_off(ctx, c, idx):
        _add_trade(ctx, roles, idx, c)  # "Ciarán Feeney, the auctioneer in Strokestown,"
    elif (role := _role_before_bracket(c)) is not None:
        _add_outside_quotes(ctx, roles, idx, role)
    for k in c.conjuncts:
        if k.i > c.i and is_role_noun(k):
            _add_outside_quotes(ctx, roles, idx, k)
    for k in c.children:
        if k.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in k.children):
            _led_work_roles(ctx, roles, idx, k)  # "Ingrid Solberg, a geneticist at … who led the work,"


# What a person who led it wrote or did ("who led the study" … "the lead author said").
_LED_WORK = frozenset("work study research analysis survey trial project excavation dig expedition".split())
_LEAD_ROLES = ("author", "researcher", "scientist", "investigator")


def _led_work_roles(ctx: Context, roles: dict, idx: int, verb) -> None:
    """ "…, who led the study," … "the lead author says": a relative clause of leading a piece of research makes its
    subject the research's lead author, researcher, scientist or investigator (the roles written "lead …")."""
    if ctx.qid[verb.i] != -1 or verb.lemma_.lower() != "lead" or ctx.actors.actors[idx].kind != "person":
        return
    if any(c.dep_ == "dobj" and c.lower_ in _LED_WORK for c in verb.children):
        for role in _LEAD_ROLES:
            roles[role].setdefault(idx, set()).add("lead")


def _reports_a_finding(verb) -> bool:
    """A verb that reports what someone found or said, with no object of its own ("a judge found.", "a court heard.")."""
    reports = verb.lemma_.lower() in _REPORTING_LEMMAS or verb.lower_ in _REPORTING_FORMS
    return reports and not any(c.dep_ in ("dobj", "attr") for c in verb.children)


_REPORTING_LEMMAS = frozenset("find rule say hear conclude decide determine".split())
# (the lemmatizer may read "found" as the verb "to found")
_REPORTING_FORMS = frozenset("found ruled said heard concluded decided determined".split())


def role_before_its_letters(tok):
    """The role noun whose letters ``tok`` is, written in brackets right after it ("the Municipal Chief Executive (MCE)
    of the KCMA, Mr Kwabena Adjei-Mensah,": the parser sets the name beside the letters), or None."""
    role = head_before_letters(tok.doc, tok.i)
    return role if role is not None and is_role_noun(role) and not is_org_noun(role.lower_) else None


def head_before_letters(doc, t: int):
    """The head of the noun phrase a run of capitals at token ``t`` is written in brackets after ("The Municipal Chief
    Executive (MCE)": "Executive"; "officer-in-charge (OC)": the officer, a hyphened compound's first word), or None
    when ``doc[t]`` is no such run."""
    word = doc[t].text
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6) or t < 2 or t + 1 >= len(doc):
        return None
    if doc[t - 1].text != "(" or doc[t + 1].text != ")":
        return None
    i = t - 2
    while i >= 2 and inner_hyphen(doc, i - 1):
        i -= 2
    return doc[i]


def _role_before_bracket(c):
    """The role a bracketed department follows ("B K Nagaraju, Chief Engineer (Projects), BBMP,": the parser makes
    the department the apposition and hangs the role on it), or None."""
    doc = c.doc
    if c.i < 2 or doc[c.i - 1].text != "(":
        return None
    role = doc[c.i - 2]
    return role if role.head.i == c.i and is_role_noun(role) else None


def _role_named(tok):
    """The role noun whose phrase a name closes with "named" or "called" ("a retired teacher in Moose Jaw named
    Bev Sorensen", the parser hanging "named" on the place), or None."""
    verb = tok.head
    if (
        tok.dep_ not in ("oprd", "dobj", "attr")
        or verb.lower_ not in ("named", "called")
        or verb.dep_ != "acl"
    ):
        return None
    t = verb.head
    for _ in range(_NAMED_DEPTH):
        if is_role_noun(t):
            return t
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "compound", "appos"):
            return None
        t = t.head
    return None


_NAMED_DEPTH = 4  # heads from "named" up to the role: "Jaw" "in" "teacher"


def _trade_set_off(ctx: Context, tok, idx: int) -> bool:
    """Whether ``tok``, set off beside person ``idx``'s name, is a trade or standing the role list lacks ("the
    auctioneer", "the monarch", "a cleric"): a singular common noun in lower case, no word for people at large
    ("the man", "a father of two": the pronoun and kin rules read those) and no body. The article itself makes
    it the person's role, so "the auctioneer said" later names them as "the mayor said" would."""
    low = tok.lemma_.lower()
    return (
        ctx.actors.actors[idx].kind == "person"
        and tok.tag_ == "NN"
        and tok.text.isalpha()
        and tok.text.islower()
        and low not in PEOPLE_NOUNS
        and low not in RELATION_NOUNS
        and low not in DOC_NOUNS
        and not is_org_noun(low)
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)  # "— no relation to … —"
    )


# Marks a trade the article gave (``_trade_set_off``) among a holder's modifiers: no office of theirs that
# would set them against another role ("the former prosecutor" is still Mulcahy, "the choice of the state
# Republican Party").
_GIVEN_TRADE = "~trade"


def _add_trade(ctx: Context, roles: dict, idx: int, tok) -> None:
    if ctx.qid[tok.i] == -1:
        _add(roles, idx, tok, extra={_GIVEN_TRADE})


def given_role(ctx: Context, tok) -> bool:
    """Whether the noun ``tok`` is no listed role but one the article set off beside a person's name
    (``_trade_set_off``): "the auctioneer said" after "Ciarán Feeney, the auctioneer in Strokestown,"."""
    return tok.tag_ == "NN" and tok.text.islower() and role_word(tok) in role_map(ctx)


def _titles_another(ctx: Context, role, idx: int) -> bool:
    """Whether the role word ``role`` is the title right before another person's name ("Fort St. James
    Mayor Colleen Arcand — Donnie Arcand's older sister —": the parser hung the aside's name on "Mayor",
    which is Colleen's)."""
    j = ctx.actors.tok2actor.get(role.i + 1) if role.i + 1 < len(ctx.doc) else None
    return j is not None and j != idx and ctx.actors.actors[j].kind == "person"


# A court report's counsel by the side argued, set off after the name: "Paul Rennie, defending, said …", "Aisha
# Kaur, prosecuting, told the court …" (British and Irish usage): the lawyer of that side.
_COURT_SIDES = {"defending": "defence", "prosecuting": "prosecution"}
_COUNSEL_WORDS = ("lawyer", "barrister", "solicitor", "counsel", "advocate", "attorney")


def _court_side(ctx: Context, t: int, idx: int, roles: dict) -> None:
    doc = ctx.doc
    end = ctx.mention_end(t, idx)
    if end + 1 < len(doc) and doc[end + 1].text in POST_NOMINALS:
        end += 1  # "Eoin Ó Dálaigh SC, defending,": the letters after the name
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 3].text not in (",", ":"):
        return
    side = _COURT_SIDES.get(doc[end + 2].lower_)
    if side is None or ctx.actors.actors[idx].kind != "person":
        return
    for word in (*_COUNSEL_WORDS, "prosecutor") if side == "prosecution" else _COUNSEL_WORDS:
        roles[word].setdefault(idx, set()).update({side, "defense" if side == "defence" else side})


def _subject_roles(ctx: Context, roles: dict, idx: int, tok) -> None:
    """The roles of a name that is its clause's subject: "McCallum is the mayor", "Stewart was named
    captain", "Trudeau, as prime minister, said", "Wes Gustafson, reeve of the …, said"; a trade the role list
    lacks after "is the" ("Delphine, 52, is the ringmaster": ``_trade_set_off``)."""
    if _role_read_as_verb(tok):
        _add_outside_quotes(ctx, roles, idx, tok.head)
    for c in tok.head.children:
        if c.dep_ in ("attr", "oprd") and is_role_noun(c):
            _add_outside_quotes(ctx, roles, idx, c)
    _trade_after_be(ctx, roles, idx, tok)
    # "Stewart was named captain"; "Eoin had lifted the award as captain" (not "Galway named Ana Ruiz as captain": the
    # role the object's)
    if not any(c.dep_ == "dobj" and _may_be_a_person(ctx, c) for c in tok.head.children):
        _as_role(roles, idx, tok.head)
    _agents_role(ctx, roles, idx, tok)
    if tok.dep_ == "nsubj" and ctx.actors.actors[idx].kind == "person":
        _roles_of_own_place(ctx, roles, idx, tok.head)


_OWNERS = frozenset({"his", "her"})


def _place_owned(noun):
    """The noun "owned by …" describes: the one it hangs on, or the place before "in" when the parser hung it on where
    that place is ("a diner in the San Ravello Valley owned by …")."""
    if noun.lower_ not in RUN_PLACE_ROLES and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return noun.head.head
    return noun


def _roles_of_own_place(ctx: Context, roles: dict, idx: int, verb) -> None:
    """ "Ginette Thibodeau-Lareau stands outside her bakery" … "“…,” the baker said": a place the subject's own verb
    takes with "his" or "her" (as its object, or a preposition's) is the subject's, and its trade theirs
    (``RUN_PLACE_ROLES``); not a place of someone else's ("her father's bakery") nor of a clause below the verb."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for noun in objects:
        owned = any(d.dep_ == "poss" and d.lower_ in _OWNERS for d in noun.children)
        if owned and ctx.qid[noun.i] == -1:
            for trade in RUN_PLACE_ROLES.get(noun.lower_, ()):
                roles[trade].setdefault(idx, set())


def _may_be_a_person(ctx: Context, tok) -> bool:
    """Whether an object may be a person: a name the model tagged or an actor, a personal pronoun, a noun for people
    (a role), or anything but a common noun."""
    return (
        tok.pos_ != "NOUN"
        or tok.ent_type_ in ("PERSON", "ORG", "NORP")
        or tok.i in ctx.actors.tok2actor
        or is_role_noun(tok)
    )


def _clause_roles(ctx: Context, roles: dict, idx: int, tok) -> None:
    """The roles a name's clause gives it as its subject, or beside the subject of "be" ("Her son Kari, 52, is the
    icemaker."), or after "be" (``_role_before_be``)."""
    if tok.dep_ == "attr":
        _role_before_be(ctx, roles, idx, tok.head)
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        _subject_roles(ctx, roles, idx, tok)
        _term_as_role(roles, idx, tok.head)
        _term_as_role(roles, idx, tok)  # set off after the name
    elif tok.head.dep_ == "nsubj":
        _trade_after_be(ctx, roles, idx, tok.head)
        if tok.dep_ == "appos" and not any(  # "his son Eoin had lifted the award as captain"
            c.dep_ == "dobj" and _may_be_a_person(ctx, c) for c in tok.head.head.children
        ):
            _as_role(roles, idx, tok.head.head)


def _role_before_be(ctx: Context, roles: dict, idx: int, verb) -> None:
    """The role or trade that is the subject of "be" with the name after it, owned or with "the" ("Saltline's lead
    investor is Priyanka Raghunathan-Cole" … "the investor says"; "The club's new coach is Ana Ruiz"): the name says
    who holds it. Not "a …" (one of several) and not denied ("The winner was not Ruiz")."""
    if verb.lemma_ != "be" or ctx.qid[verb.i] != -1 or any(c.dep_ == "neg" for c in verb.children):
        return
    for c in verb.children:
        if c.dep_ != "nsubj" or c.i > verb.i:
            continue
        if not owned_or_definite(c):
            continue
        if is_role_noun(c):
            _add_outside_quotes(ctx, roles, idx, c)
        elif _trade_set_off(ctx, c, idx):
            _add_trade(ctx, roles, idx, c)


def _trade_after_be(ctx: Context, roles: dict, idx: int, subject) -> None:
    """A trade the role list lacks after "is the" or "is a", of the subject the name is or stands beside ("Delphine, 52,
    is the ringmaster", "Her son Kari, 52, is the icemaker", "Eli, 27, is a right-hander who signed …":
    ``_trade_set_off``)."""
    verb = subject.head
    if verb.lemma_ != "be":
        return
    for c in verb.children:
        if (
            c.dep_ == "attr"
            and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in c.children)
            and _trade_set_off(ctx, c, idx)
        ):
            _add_trade(ctx, roles, idx, c)


def _agents_role(ctx: Context, roles: dict, idx: int, tok) -> None:
    """The role a subject's verb gives it ("Isabelle Roy has coached Tremblay-Sandhu since she was 11": the coach; "The
    pair are coached by Marc-Antoine Pelletier", the agent of the passive), and a trade the role list lacks after
    "worked as" or "served as" ("Naheed Akhtar has worked as a vaccinator")."""
    verb = tok.head
    by_agent = tok.dep_ == "pobj" and verb.dep_ == "agent"
    if by_agent:
        verb = verb.head  # "coached by X": X does what the active verb's subject does
    acts = verb.tag_ == "VBN" if by_agent else verb.pos_ == "VERB" and tok.dep_ == "nsubj"
    if not acts or ctx.qid[verb.i] != -1 or ctx.actors.actors[idx].kind != "person":
        return
    if (role := ROLE_OF_AGENT_VERB.get(verb.lemma_.lower())) is not None:
        roles[role].setdefault(idx, set())
    if (standing := STANDING_OF_AGENT_VERB.get(verb.lemma_.lower())) is not None:
        roles[standing].setdefault(idx, set()).add(_GIVEN_TRADE)  # no office: an age may still describe them
    if verb.lemma_.lower() in CHAMPIONS_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TITLE_NOUNS for c in verb.children
    ):
        roles["champion"].setdefault(idx, set()).add(_GIVEN_TRADE)
    if by_agent and verb.lemma_.lower() in ("own", "run") and verb.dep_ == "acl":
        for trade in RUN_PLACE_ROLES.get(_place_owned(verb.head).lower_, ()):
            roles[trade].setdefault(idx, set())  # "a Greek diner … owned by Gus Patanakis": the restaurateur
    if (
        by_agent
        and verb.lemma_.lower() == "lead"
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in LED_BODIES
    ):
        # "the three-member panel led by Justice Halima Bello-Ahmed" … "the tribunal chairman held": its chair
        roles["chair"].setdefault(idx, set()).update({verb.head.lower_} | modifiers(verb.head))
    if by_agent or verb.lemma_.lower() not in ("work", "serve"):
        return
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for g in prep.children:
                if g.dep_ == "pobj" and not is_role_noun(g) and _trade_set_off(ctx, g, idx):
                    _add_trade(ctx, roles, idx, g)


def _relative_clause_roles(ctx: Context, roles: dict, idx: int, verb) -> None:
    """The role a relative clause on the name gives it ("Farhad Noori, 41, who worked as an interpreter for British
    forces, said": the interpreter; "…, who served as mayor,"; "…, who is a nurse,"): its subject a relative pronoun,
    its verb "work" or "serve" with "as", or "be" with a role noun. In the past tense ("worked", "was") the role is
    one the person held: "the former interpreter" is they; a role taken ("who became the museum's curator", "who was
    named captain", "who took over as coach") is held still. A verb of running a thing gives its role with the thing's
    words ("who manages the lead service line program": "the program manager")."""
    if ctx.qid[verb.i] != -1 or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in verb.children
    ):
        return
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return  # "Delgado, who would be the county's first Latina sheriff,": a role to come, if ever
    lemma = verb.lemma_.lower()
    taken = lemma in TAKEN_ROLE_VERBS or (lemma == "take" and any(c.lower_ == "over" for c in verb.children))
    if verb.tag_ in ("VBZ", "VBP"):
        _roles_of_running(roles, idx, verb, lemma)
    _led_work_roles(ctx, roles, idx, verb)
    for c in verb.children:
        if (lemma in ("work", "serve") or taken) and c.dep_ == "prep" and c.lower_ == "as":
            nouns = [g for g in c.children if g.dep_ == "pobj"]
        elif lemma in ("be", "become") and c.dep_ == "attr":
            nouns = [c]
        elif taken and c.dep_ == "oprd":
            nouns = [c]
        else:
            continue
        past = {"former"} if verb.tag_ == "VBD" and not taken and lemma != "become" else set()
        for g in nouns:
            if is_role_noun(g):
                _add(roles, idx, g, past)
            elif _trade_set_off(ctx, g, idx) and ctx.qid[g.i] == -1:
                _add(roles, idx, g, {_GIVEN_TRADE} | past)


def _roles_of_running(roles: dict, idx: int, verb, lemma: str) -> None:
    """The role a present verb of running a thing gives a relative clause's subject: "who manages the … program" its
    manager, with the thing's words; "who runs the island's only shop" the shopkeeper (``RUN_PLACE_ROLES``)."""
    run = ROLE_OF_RELATIVE_VERB.get(lemma)
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if run is not None and c.pos_ == "NOUN":
            _add(roles, idx, c, {c.lower_}, word=run)
        for trade in RUN_PLACE_ROLES.get(c.lower_, ()) if lemma in ("run", "own") else ():
            roles[trade].setdefault(idx, set())


def _role_read_as_verb(tok) -> bool:
    """The name at ``tok`` is set off by a comma before a role noun the tagger read as the name's verb
    ("Wes Gustafson, reeve of the surrounding rural municipality, said"): an apposition all the same."""
    head = tok.head
    return (
        head.pos_ == "VERB"
        and head.i == tok.i + 2
        and tok.doc[tok.i + 1].text == ","
        and role_word(head) in ROLE_NOUNS
    )


def _office_spoken_for(tok) -> bool:
    """ "A spokesman for the governor, Jared Kolbeck,": the office a spokesperson speaks for; the name set
    off after it is the spokesperson's, not the office holder's."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in SPOKESPERSON_NOUNS


def _add_outside_quotes(ctx: Context, roles: dict, idx: int, tok) -> None:
    """``_add``, unless the role word is inside a quote: "“I'd have to get you the figure, senator,” Okonjo
    said" calls someone else senator, the parser's apposition notwithstanding."""
    if ctx.qid[tok.i] == -1:
        _add(roles, idx, tok)


def _add_origins(origins: dict[int, set[str]], roles: dict) -> None:
    """The places a person is introduced with count among the modifiers of every role they hold: "Sen.
    Travis Oduya, a Tulsa Republican," is "the senator from Tulsa"; "Eliot Brandt of Utah", "Sen. Lorena
    Whitehorse, D-Oklahoma City," the state's or city's senator (``person_origins``)."""
    for holders in roles.values():
        for idx, words in holders.items():
            if idx in origins:
                words.update(origins[idx])


def party_state(doc, w) -> str | None:
    """The state a party tag's abbreviation names ("Vt." of "D-Vt.": "vermont"), or None."""
    if w.i < 2 or doc[w.i - 1].text != "-" or doc[w.i - 2].text not in ("D", "R", "I"):
        return None
    return AP_STATE_NAMES.get(w.text.rstrip(".").lower())


def person_origins(ctx: Context, places_only: bool = True) -> dict[int, set[str]]:
    """Person -> the words of the places inside the name's own phrase (its apposition, its "of" or
    party-and-state tag: "Rep. Brittney Sorensen, R-Glastonbury,") and a party named there ("Sukhdeep
    Bains, a Liberal,"), not in a clause hung on it, but for the seat a "whose" clause names (``_seat_set_off_after``); with
    ``places_only`` False, every capitalised word there (the model may tag no place in "R-Glastonbury")."""
    doc, actors = ctx.doc, ctx.actors
    origins: dict[int, set[str]] = {}
    for t, idx in actors.mentions:
        if actors.actors[idx].kind != "person":
            continue
        last = doc[ctx.mention_end(t, idx)]
        for c in last.children:
            if c.i < last.i or c.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc"):
                continue
            for w in c.subtree:
                j = actors.tok2actor.get(w.i)
                place = j is not None and actors.actors[j].kind == "place"
                word = w.text.rstrip(".")  # "R-Kan.": the state's abbreviation
                party = word[:1].isupper() and word.lower() in _PARTY_WORDS  # "Sukhdeep Bains, a Liberal,"
                if word.isalpha() and (
                    place or party or (not places_only and word[:1].isupper() and j != idx)
                ):
                    origins.setdefault(idx, set()).add(word.lower())
                if (state := party_state(doc, w)) is not None:
                    origins.setdefault(idx, set()).update(state.split())  # "(D-Vt.)": of Vermont
        end = ctx.mention_end(t, idx)
        if seat := _seat_set_off_after(doc, end):
            origins.setdefault(idx, set()).update(seat)
        if end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")":
            tag = doc[end + 2].text  # "Cllr Mairéad Kinsella (SF)": a party's initials in brackets
            if tag.isalpha() and tag.isupper() and 2 <= len(tag) <= 4:
                origins.setdefault(idx, set()).add(tag.lower())
    return origins


# Nouns for an elected member's seat that "whose" may open on ("Ald. Tom Brenner, whose South Side district has …").
_SEAT_NOUNS = frozenset("district ward riding constituency electorate division".split())


def _seat_set_off_after(doc, end: int) -> set[str]:
    """The capitalised words of the seat a relative clause right after a name gives the person ("Ald. Thomas
    Brenner-Kowalski, whose South Side district has fewer lead lines," is "the South Side alderman"), read off the
    words, as the parser often hangs that clause elsewhere; else none."""
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "whose":
        return set()
    words: list[str] = []
    for w in doc[end + 3 : end + 8]:
        if w.lower_ in _SEAT_NOUNS:
            return set(words)
        if not (w.is_alpha and w.text[:1].isupper()):
            break
        words.append(w.lower_)
    return set()


def party_member(ctx: Context, tok) -> int | None:
    """ "the Glastonbury Republican said": the one person whose introduction carries every proper noun
    written before the party's noun ("Rep. Brittney Sorensen, R-Glastonbury,"), else None."""
    if tok.lower_ not in PARTY_MEMBER_NOUNS or not with_the(tok):
        return None
    places = {
        t.lower_
        for c in tok.children
        if c.dep_ == "compound" and c.i < tok.i
        for t in c.subtree
        if t.pos_ == "PROPN"
    }
    if not places:
        return None
    origins = person_origins(ctx, places_only=False)
    hits = [
        idx
        for idx, words in origins.items()
        if all(p in words or US_STATE_SHORT.get(p, frozenset()) & words for p in places)
    ]  # "the Kansas Republican" is "Sen. Thomas Whitfield, R-Kan."
    if len(hits) > 1:
        # the one whose tag carries the party's letter ("R-Kan."), not a man from "the Kansas senator"
        hits = [idx for idx in hits if tok.lower_[0] in origins[idx]]
    return hits[0] if len(hits) == 1 else None


def bare_party_word(tok) -> bool:
    """A singular party word with "the" and nothing before it ("the Liberal", "the Republican"; "the Glastonbury
    Republican" is ``party_member``'s)."""
    return (
        tok.lower_ in _PARTY_WORDS
        and with_the(tok)
        and tok.tag_ in ("NNP", "NN", "JJ")
        and not any(c.dep_ in ("amod", "compound") and c.i < tok.i for c in tok.children)
    )


def _party_introduced(ctx: Context, tok) -> int | None:
    """ "Labour's housing spokesman, Deputy Paul Gallagher," … "the Labour TD said": a role tied to no one,
    qualified by a party's word, is the one person the article introduced with that word shortly before the name."""
    party = [
        c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in _PARTY_WORDS and c.i < tok.i
    ]
    if len(party) != 1 or not party[0].text[:1].isupper():
        return None
    return _introduced_with(ctx, tok, party[0].lower_, _PARTY_INTRODUCTION_WINDOW)


# Tokens before a name within which a party's word introduces the person ("Labour's housing spokesman, Deputy …").
_PARTY_INTRODUCTION_WINDOW = 6


def _introduced_with(ctx: Context, tok, word: str, window: int) -> int | None:
    """The one person, named before ``tok`` outside quotes, with ``word`` capitalised in the ``window`` tokens
    before the name; None when no one or several are."""
    doc, actors = ctx.doc, ctx.actors
    found = {
        j
        for t, j in actors.mentions
        if t < tok.i
        and ctx.qid[t] == -1
        and actors.actors[j].kind == "person"
        and any(w.lower_ == word and w.text[:1].isupper() for w in doc[max(0, t - window) : t])
    }
    return found.pop() if len(found) == 1 else None


def party_titled(ctx: Context, tok) -> int | None:
    """ "Liberal MPP Harjit Singh (Brampton North) said …" ¶ "“…,” the Liberal said": a bare, definite party word
    as a speaker is the one person the article introduced with that word before the name or the title before it,
    outside quotes; None when no one or several were ("the Liberal" then stays a phrase, never the party)."""
    if not bare_party_word(tok):
        return None
    return _introduced_with(ctx, tok, tok.lower_, 3)


def _roles_before(ctx: Context, t: int, idx: int, roles: dict, abbreviated: dict) -> None:
    """The roles written before a name: a title ("Surrey Mayor Doug McCallum") or a role it is set off
    after ("The Somerset captain, Will Pritchard,"); an abbreviated title ("Sen.") goes to ``abbreviated``."""
    _title_before(ctx, t, idx, roles, abbreviated)
    _plural_title(ctx, t, idx, roles)
    _capitals_role_spelt(ctx, t, idx, roles)
    if (role := _role_set_off_before(ctx, t, idx)) is not None:
        _add(roles, idx, role)
    if (role := _role_set_off_after(ctx, t, idx)) is not None:
        _add(roles, idx, role)


def _plural_title(ctx: Context, t: int, idx: int, roles: dict) -> None:
    """ "attorneys Rajiv Persad and Keisha Alleyne": a plural title right before names joined by "and" is each
    one's title ("the attorney said" is one of them), as the singular title is of the one name after it."""
    doc, actors = ctx.doc, ctx.actors
    if t == 0 or actors.actors[idx].kind != "person" or ctx.para_of[t - 1] != ctx.para_of[t]:
        return
    title = doc[t - 1]
    role = title.lemma_.lower()
    if title.tag_ not in ("NNS", "NNPS") or not title.is_alpha or actors.tok2actor.get(t - 1) is not None:
        return
    if role not in ROLE_NOUNS and role not in OCCUPATION_NOUNS or is_org_noun(role):
        return
    holders, joined, i = [idx], False, ctx.mention_end(t, idx) + 1
    while i < len(doc) and doc[i].lower_ in (",", "and"):
        j = i
        while j < len(doc) and doc[j].lower_ in (",", "and"):
            j += 1
        other = actors.tok2actor.get(j)
        if other is None or other in holders or actors.actors[other].kind != "person":
            break  # "attorneys Rajiv Persad and Keisha Alleyne, who …": the list ends at the last name
        joined = joined or doc[j - 1].lower_ == "and"
        holders.append(other)
        i = ctx.mention_end(j, other) + 1
    if not joined:
        return  # "attorneys Rajiv Persad, for the family": one name, whose title is plural for another reason
    words = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound") and c.is_alpha}
    for holder in holders:
        roles[role].setdefault(holder, set()).update(words)


def _capitals_role_spelt(ctx: Context, t: int, idx: int, roles: dict) -> None:
    """ "Murang'a County Executive Committee member for Agriculture Dr Esther Gitau" … "the CEC said": a role written
    in capitals elsewhere (``CAPITALS_ROLES``) is the holder's whose title, before the name or set off after it,
    spells its letters with the initials of capitalised words ("of", "the", "for" and "and" skipped)."""
    doc, actors = ctx.doc, ctx.actors
    if actors.actors[idx].kind != "person":
        return
    sent = doc[t].sent
    end = ctx.mention_end(t, idx)
    before = list(doc[max(sent.start, t - _SPELT_REACH) : t])
    after = (
        list(doc[end + 2 : min(sent.end, end + 2 + _SPELT_REACH)])
        if doc[end + 1 : end + 2].text == ","
        else []
    )
    for words in (before, after):
        initials = _capitalised_initials(words)
        for role in CAPITALS_ROLES:
            if len(role) >= 3 and any(role in run for run in initials):
                roles[role.lower()].setdefault(idx, set())


# Tokens before a name (or set off after it) within which a title may spell a capitals role.
_SPELT_REACH = 10


def _capitalised_initials(words: list) -> list[str]:
    """The initials of each run of capitalised words ("Murang'a County Executive Committee" -> "MCEC"; "Member of
    the Executive Council" -> "MEC"), a run broken by any other word or a comma."""
    runs, run = [], ""
    for w in words:
        if w.text[:1].isupper() and w.text.replace("'", "").replace("’", "").isalpha():
            run += w.text[0]  # "Murang'a" too
        elif w.lower_ in ("of", "the", "for", "and", "&") and run:
            continue
        else:
            if run:
                runs.append(run)
            run = ""
    if run:
        runs.append(run)
    return runs


def _role_set_off_after(ctx: Context, t: int, idx: int):
    """The role noun set off by commas right after a name, however the parser hung the two ("Cllr Fiona Gately,
    the council’s cabinet member for highways, said …": the role made the subject of "said", the name a
    modifier of it, no apposition): the noun's phrase opens after the comma closing the name with a determiner
    or an owner and ends at a comma; else None."""
    doc = ctx.doc
    end = ctx.mention_end(t, idx)
    if end + 3 >= len(doc) or doc[end + 1].text != ",":
        return None
    opening = end + 2
    for tok in doc[opening : min(opening + _MAX_SET_OFF_WORDS, len(doc))]:
        if (
            tok.left_edge.i != opening
            or not is_role_noun(tok)
            or not _fits_kind(tok, ctx.actors.actors[idx].kind)
        ):
            continue
        if not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        last = tok.right_edge.i
        while last > tok.i and doc[last].is_punct:
            last -= 1
        if last + 1 < len(doc) and doc[last + 1].text == "," and tok.head.i > last:
            return tok  # a phrase closed by its comma, hung on a word after it (the verb it is subject of)
        return None
    return None


# Words from a set-off role phrase's opening to its noun ("the council’s cabinet member").
_MAX_SET_OFF_WORDS = 6


def _role_set_off_before(ctx: Context, t: int, idx: int):
    """The role noun a name is set off after by commas, however the parser hung the two ("The Somerset
    captain, Will Pritchard, helped …", both made subjects of "helped"; "The Minister for Energy, Hon. Dr. Kojo
    Mensah-Bonsu, has assured …", the name hung on its titles): the noun's phrase ends at the comma before the
    name, and a comma closes the name; else None."""
    doc = ctx.doc
    end = ctx.mention_end(t, idx)
    t = _before_titles(doc, t)  # "The committee's chairwoman, Sen. Lorraine Castellanos-Reid, D-N.M., called"
    if t < 2 or end + 1 >= len(doc) or doc[t - 1].text != "," or doc[end + 1].text != ",":
        return None
    # the role noun right before the comma, or the one whose field ends there ("The Minister for Energy,")
    role = doc[t - 2] if is_role_noun(doc[t - 2]) else _role_of_field(doc[t - 2])
    # its phrase, less a name the parser hung on it in apposition and the commas around it, ends before the comma
    if role is None or phrase_end(role) > t - 1 or role.tag_ in ("NNS", "NNPS") or _office_spoken_for(role):
        return None
    if not any(c.dep_ in ("det", "poss") for c in role.children):
        # "Coach, Ana Ruiz, …" in a list; the role is a described one ("the captain", "the committee's chairwoman")
        return None
    return role if _fits_kind(role, ctx.actors.actors[idx].kind) else None


def _before_titles(doc, t: int) -> int:
    """Where the titles written before the name at ``t`` start ("Sen.", "Alhaji", "Hon. Dr"): up to three,
    abbreviated with or without their full stop, or capitalised titles."""
    for _ in range(3):
        if (s := _titled_start(doc, t)) < t:
            t = s
        elif t >= 1 and capitalised_title(doc[t - 1]):
            t -= 1
        else:
            break
    return t


def _set_off_before(tok, t: int) -> bool:
    """``tok``'s phrase ends in a comma right before the name at ``t`` ("The Chief Executive, Ana Ruiz")."""
    comma = tok.right_edge.i if tok.right_edge.text == "," else tok.right_edge.i + 1
    return tok.i < comma < t and tok.doc[comma].text == ","


def _titled_start(doc, t: int) -> int:
    """Where a name's phrase starts when an abbreviated title stands before it ("Engr. Aisha Bello",
    "Hon. Felicia Mensah-Bonsu"): the parser may hang the title alone in apposition, so the title's token
    carries the name's ties."""
    if t >= 1 and doc[t - 1].text.endswith(".") and doc[t - 1].text[:-1] in TITLE_ABBREVIATIONS:
        return t - 1
    return t


def _role_of_field(tok):
    """The role noun whose "of"/"for" phrase ends at ``tok``, when a name in apposition hung on ``tok``
    names the role's holder, not ``tok``: "The Commissioner for Environment, Aisha Bello," (the parser
    hangs the name on "Environment"), "the director of the agency, Ana Ruiz,"; not when ``tok`` is itself
    a person ("the lawyer for the victim, Jane Doe," is the victim). A field of two joined parts ("the
    Minister of Lands and Natural Resources, Kofi Boateng,") hangs the name on its last part."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
        if is_role_noun(tok):
            return tok  # the parser joined the field's last part to the role itself
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "for") or not is_role_noun(prep.head):
        return None
    return None if names_someone(tok) else prep.head


def _header_roles(ctx: Context, roles: dict) -> None:
    """A header line whose subject is a bare title ("Treasurer begins budget speech", a live blog's entry
    or a subhead) speaks of the person the next paragraph opens with as its subject ("Danielle Rourke
    is on her feet …"): that person holds the title, when the article ties them to no other role (the
    lede's subject of "Premier under fire" ¶ "Opposition leader Ana Kerr has accused …" holds one) and
    the article gives the title to no one else but a deputy or a shadow ("Coach praises young side" ¶
    "Jake Moss scored twice …" adds nothing beside "Jets coach Ana Ruiz")."""
    doc, actors = ctx.doc, ctx.actors
    firsts = [i for i in range(len(doc)) if i == 0 or ctx.para_of[i] != ctx.para_of[i - 1]]
    for k, start in enumerate(firsts[:-1]):
        end = firsts[k + 1]
        words = [t for t in doc[start:end] if not t.is_space]
        title = _header_title(ctx, words)
        if title is None:
            continue
        first = end
        while first < len(doc) and doc[first].is_space:
            first += 1
        idx = actors.tok2actor.get(first)
        if (
            idx is None
            or actors.actors[idx].kind != "person"
            or (first > 0 and actors.tok2actor.get(first - 1) == idx)
            or not is_subject(ctx, first)
            or any(idx in holders for word, holders in roles.items() if not is_org_noun(word))
        ):
            continue
        noun, mods = title
        words = (noun, *ROLE_SYNONYMS.get(noun, ()))
        if any(not held & SUBORDINATE_MODIFIERS for w in words for held in roles.get(w, {}).values()):
            continue  # the article names the holder itself ("Jets coach Ana Ruiz"): a weaker tie adds none
        roles[noun].setdefault(idx, set()).update(mods)


def _header_title(ctx: Context, words: list) -> tuple[str, set[str]] | None:
    """(role word, its modifiers) when ``words`` are a header line opening with a bare title and a verb
    ("Treasurer begins budget speech", "Health Minister defends waiting times"): no more than twelve
    words, no closing full stop, no name in it, capitalised words up to the role noun, then a word in
    lower case."""
    if not 2 <= len(words) <= 12 or words[-1].text in (".", "?", "!", ":"):
        return None
    if any(ctx.actors.tok2actor.get(t.i) is not None or ctx.qid[t.i] != -1 for t in words[:4]):
        return None
    for n, t in enumerate(words[:3]):
        if not (t.is_alpha and t.text[:1].isupper()):
            return None
        if is_role_noun(t) and not is_org_noun(t.lower_):
            after = words[n + 1] if n + 1 < len(words) else None
            if after is None or not after.text[:1].islower() or after.pos_ not in ("VERB", "AUX"):
                return None
            return t.lower_, {w.lower_ for w in words[:n]}
    return None


def _as_role(roles: dict, idx: int, head) -> None:
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if g.dep_ == "pobj" and is_role_noun(g):
                    _add(roles, idx, g)


def _term_as_role(roles: dict, idx: int, head) -> None:
    """A role given inside a span of the holder's own time, on the clause's verb or the name ("Lonnie
    Whitfield, in his ninth season as Cedar Bluff's coach, has …", "during her term as mayor")."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for g in c.children:
                if g.dep_ == "pobj" and any(
                    d.dep_ == "poss" and d.lower_ in ("his", "her", "their") for d in g.children
                ):
                    _as_role(roles, idx, g)


def _title_before(ctx: Context, t: int, idx: int, roles: dict, abbreviated: dict) -> None:
    """'Surrey Mayor Doug McCallum': role words right before the name (or inside its tagged span)."""
    doc, actors = ctx.doc, ctx.actors
    run = []
    i = t
    # a title the model took into the name ("Mayor Doug McCallum" tagged as one PERSON)
    # (an abbreviated title too: "Cllr Kenneth Groat" tagged whole)
    name = actors.actors[idx].name.split()
    while (
        i < len(doc)
        and actors.tok2actor.get(i) == idx
        and (is_role_noun(doc[i]) or _abbreviated_role(doc[i]))
        and not _given_name_kept(doc[i], name)
    ):
        run.append(doc[i])
        i += 1
    i = _before_a_bracketed_part(
        doc, t - 1
    )  # "zonal commissioner (West) K Sridevi": the title's part in brackets
    para = ctx.para_of[t]  # not the parser's sentence: it may run a paragraph's opening title into the
    # sentence before ("… first.” ¶ Local Green MP Aroha Whaanga welcomed …"); a full stop ends the run
    while (
        i >= 0
        and sum(w.lower_ not in _RUN_FILLERS for w in run) < _MAX_TITLE_WORDS
        and (
            doc[i].pos_ in _TITLE_POS
            or _role_read_as_adverb(doc, i, t)
            or _opening_title_read_as_verb(doc, i, t)
            or inner_hyphen(doc, i)
            or _title_of(doc, i, run)
            or _field_join(doc, i, run)
        )
    ):
        if ctx.para_of[i] != para or actors.tok2actor.get(i) == idx:
            break
        run.insert(0, doc[i])
        i -= 1
    held = [w for w in run if is_role_noun(w) and _fits_kind(w, actors.actors[idx].kind)]
    if len(held) > 1 and held[-1].lower_ == "deputy" and held[-1].i == run[-1].i:
        _add(roles, idx, held[-1], set())  # "Chief Minister Deputy Helen Le Quesne": a Jersey or Guernsey
        held = held[:-1]  # member's own title after the office she holds; both are hers
    if held:  # the last role word is the title ("Hockey Association president Marty Jones"); words
        # after it are the person's own ("Chief Minister Deputy Helen Le Quesne"), not the role's
        words = {w.lower_ for w in run if w.is_alpha and w.i < held[-1].i}
        _add(roles, idx, held[-1], words | _home_after(ctx, t, idx) | _owner_of_their(ctx, run))
        if (occupation := _occupation_before_standing(run, held)) is not None:
            _add(roles, idx, occupation, {w.lower_ for w in run if w.is_alpha and w.i < occupation.i})
        if (office := _office_before_title(ctx, run[0].i)) is not None:
            _add(
                roles,
                idx,
                office,
                {w.lower_ for w in doc[office.i + 1 : run[0].i] if w.is_alpha} - _FIELD_JOINS,
            )
    elif run and _trade_as_title(ctx, run[-1], t, idx):
        _add_trade(ctx, roles, idx, run[-1])  # "Storm chaser Tyler Kessinger" … "the storm chaser said"
    elif (office := _office_at_the_body(ctx, run)) is not None:
        # "Minister of State at the Department of Transport Caoimhe Redmond": the office before the body it sits in
        _add(
            roles,
            idx,
            office,
            {w.lower_ for w in doc[office.i + 1 : run[0].i - 2] if w.is_alpha} - _FIELD_JOINS,
        )
    elif (office := office_before_portfolio(doc, t)) is not None and is_role_noun(office):
        # "Gauteng MEC for roads and transport Nomsa Dlamini-Khoza": the office before a portfolio in lower case
        _add(roles, idx, office, {w.lower_ for w in doc[office.i + 1 : t] if w.is_alpha} - _FIELD_JOINS)
    # an abbreviated title last, after any written role: "Police collision investigator PC Mark Stannard" has his rank too
    if len(run) >= 2 and run[-1].lower_ in _STYLES_AFTER_A_RANK and _abbreviated_role(run[-2]) is not None:
        run = run[:-1]  # "Gen Sir Rupert Haldane-Crewe": the rank before the knight's style
    if (
        run
        and (not held or held[-1].i < run[-1].i)
        and (role := _abbreviated_role(run[-1])) is not None
        and actors.actors[idx].kind == "person"
    ):
        words = {  # "Montana Sen. Everett Lindqvist", "Lt. Gov. Harlan Beaudry", "Det. Sgt. Paul Kowalczyk" (the
            # detective sergeant: an abbreviated title before the last one qualifies it, spelt out)
            _spelt_title(w)
            for w in run[:-1]
            if (not held or w.i > held[-1].i)
            and (
                w.is_alpha or w.lower_.rstrip(".") in ABBREVIATED_QUALIFIERS.keys() | ABBREVIATED_ROLES.keys()
            )
        }
        _add(abbreviated, idx, run[-1], words | _home_after(ctx, t, idx), role)


def _owner_of_their(ctx: Context, run: list) -> set[str]:
    """The words of the team or body a "their" or "its" before a title stands for, the subject of the title's sentence
    ("But Ballyraggan … hit 2-12 in a second half that their manager Tadhg Mulcahy described as 'savage'" … "the
    Ballyraggan boss said"); else none."""
    before = run[0].i - 1
    if not any(w.lower_ in ("their", "its") for w in run) and not (
        before >= 0 and ctx.doc[before].lower_ in ("their", "its")
    ):
        return set()
    for c in run[0].sent.root.children:
        j = ctx.actors.tok2actor.get(c.i) if c.dep_ == "nsubj" else None
        if j is not None and ctx.actors.actors[j].kind in ("organization", "place"):
            return {w.lower() for w in ctx.actors.actors[j].name.split()}
    return set()


def _clerical_style(ctx: Context, t: int, idx: int, abbreviated: dict) -> None:
    """A cleric's style before the name gives the office it is the style of, as an abbreviated title does ("The Very
    Rev Jonathan Ashdown" … "the dean said"; "the Right Rev" a bishop, "the Most Rev" an archbishop, "the Ven" an
    archdeacon): the Anglican and Catholic churches style these offices so and no other."""
    doc = ctx.doc
    if ctx.actors.actors[idx].kind != "person":
        return
    words = [w.lower_.rstrip(".") for w in doc[max(0, t - 2) : t + 2]]
    for k, word in enumerate(words):
        office = None
        if word in ("rev", "reverend") and k > 0:
            office = CLERICAL_STYLES.get(words[k - 1])
        elif word in ("ven", "venerable"):
            office = "archdeacon"
        if office is not None:
            abbreviated[office].setdefault(idx, set())
            return


# Styles written between a rank and the name ("Gen Sir Rupert Haldane-Crewe", "Adm Dame Ada Pryce").
_STYLES_AFTER_A_RANK = frozenset({"sir", "dame", "lord", "lady"})


def _occupation_before_standing(run: list, held: list):
    """The role word before titles of standing only ("Political analyst Professor Datuk Dr Rosli Mat Saman": "the
    political analyst" is he as much as "the professor"), or None."""
    if len(held) < 2:
        return None
    before = held[-2]
    after = [w for w in run if w.i > before.i]
    return before if all(w.lower_.rstrip(".") in TITLES_OF_STANDING for w in after) else None


def _office_at_the_body(ctx: Context, run: list):
    """The office written before "at the" and the body's name that runs up to the holder's (``run``: "Minister of
    State" | "at the" | "Department of Transport" | "Caoimhe Redmond"), or None."""
    if not run or run[0].i < 3:
        return None
    doc, at = ctx.doc, run[0].i - 2
    if doc[at + 1].lower_ != "the" or doc[at].lower_ not in ("at", "in"):
        return None
    return _office_before_title(ctx, at)


def _office_before_title(ctx: Context, start: int):
    """The office written before a title ("Minister of Tourism and International Transport Senator Kerri-Ann
    Bascombe", "Commissioner for Works Engr. …"): a capitalised role noun, "of" or "for", and capitalised field
    words running up to the title that opens at ``start``; or None."""
    doc = ctx.doc
    i = start - 1
    while i > 0 and start - i <= _OFFICE_REACH and ctx.para_of[i] == ctx.para_of[start]:
        word = doc[i]
        if word.lower_ in ("of", "for") and is_role_noun(doc[i - 1]) and doc[i - 1].text[:1].isupper():
            return doc[i - 1] if doc[i + 1].text[:1].isupper() else None
        if not (word.text[:1].isupper() and word.is_alpha) and word.lower_ not in _FIELD_JOINS:
            return None
        i -= 1
    return None


# Tokens back from a title within which the office written before it may open.
_OFFICE_REACH = 7


def _before_a_bracketed_part(doc, i: int) -> int:
    """The token before a short bracketed part of a title that ends at ``i`` ("(West)", "(Traffic)", a portfolio in lower
    case: "Principal secretary (health) Anil Kumar Joshi"), else ``i``."""
    if i < 2 or doc[i].text != ")":
        return i
    for k in range(i - 1, max(0, i - _BRACKETED_PART), -1):
        if doc[k].text == "(":
            words = doc[k + 1 : i]
            cased = all(w.text[:1].isupper() for w in words) or all(w.is_lower for w in words)
            return k - 1 if all(w.is_alpha for w in words) and cased else i
    return i


# Tokens back within which a bracketed part of a title opens ("(Projects)", "(East Zone)").
_BRACKETED_PART = 4


def _given_name_kept(tok, name: list[str]) -> bool:
    """Whether a role word opening a person's tagged span is the given name the actor's two-word name keeps ("Head
    coach Dean Kolb": Dean Kolb, no dean), not a title the model took in ("Mayor Doug McCallum", "Reeve Doug
    Halvorson")."""
    return len(name) == 2 and tok.text == name[0] and given_name_gender(" ".join(name)) is not None


def _trade_as_title(ctx: Context, tok, t: int, idx: int) -> bool:
    """Whether ``tok``, right before person ``idx``'s name at ``t`` and hung on it, is a trade the role list
    lacks written as a title ("Storm chaser Tyler Kessinger", "saxophonist Reggie Oduya"): the article makes
    it the person's role as an apposition would (``_trade_set_off``)."""
    return tok.i == t - 1 and tok.dep_ == "compound" and tok.head.i >= t and _trade_set_off(ctx, tok, idx)


def _role_read_as_adverb(doc, i: int, t: int) -> bool:
    """ "Wild forward Jonas Vidmar": a role word right before the name that the tagger read as an adverb is the title
    (one it read as a verb may be one: "says skip Brooke Hartwell" is left as it was)."""
    return i == t - 1 and doc[i].pos_ == "ADV" and doc[i].is_lower and is_role_noun(doc[i])


def _opening_title_read_as_verb(doc, i: int, t: int) -> bool:
    """ "Paleontologist Rafael Quintero of the Pinecrest Museum …": a trade opening the line right before the name,
    capitalised as a title, that the tagger read as a verb."""
    word = doc[i]
    return (
        i == t - 1
        and word.pos_ == "VERB"
        and word.text.istitle()
        and (i == 0 or doc[i - 1].is_space)
        and (word.lower_ in OCCUPATION_NOUNS or word.lower_.endswith(OCCUPATION_ENDINGS))
    )


def _spelt_title(word) -> str:
    """A word of a title in lower case, an abbreviation spelt out ("Lt." → "lieutenant", "Det." → "detective")."""
    key = word.lower_.rstrip(".")
    return ABBREVIATED_QUALIFIERS.get(key) or ABBREVIATED_ROLES.get(key) or word.lower_


def _home_after(ctx: Context, t: int, idx: int) -> set[str]:
    """The words of a place or body written right after a titled name with "of" or in brackets ("Councilor
    Jeremiah Oakes of Wolfeboro", "Sen. Ana Ruiz of Ohio", "Council Delegate Raymond Begay (Shiprock)"): they
    qualify the title as they would before it ("the Wolfeboro councilor", "the Ohio senator", "the Shiprock
    delegate"); the model tags many a town a body."""
    doc, actors = ctx.doc, ctx.actors
    end = ctx.mention_end(t, idx)
    if end + 2 >= len(doc) or doc[end + 1].lower_ not in ("of", "("):
        return set()
    if doc[end + 1].text == "(":  # a member's seat or district in brackets, tagged or not
        close = next((k for k in range(end + 2, min(len(doc), end + 9)) if doc[k].text == ")"), None)
        inside = doc[end + 2 : close] if close is not None else []
        return {w.lower_ for w in inside if w.is_alpha and w.text[:1].isupper()}
    place = actors.tok2actor.get(end + 2)
    if place is None or actors.actors[place].kind not in ("place", "organization"):
        return set()
    return {w.lower_ for w in doc[end + 2 : ctx.mention_end(end + 2, place) + 1] if w.is_alpha}


def _abbreviated_role(tok) -> str | None:
    """The role an abbreviated title right before a name gives ("Sen." a senator, "Cllr" a councillor)."""
    return ABBREVIATED_ROLES.get(tok.lower_.rstrip(".")) if tok.text[:1].isupper() else None


def _title_of(doc, i: int, run: list) -> bool:
    """ "of" or "for" inside a title, between its role noun and the field ("Minister of Works Alfred
    Rolle", "spokesman for health Ana Ruiz"): a field word follows it and a role noun comes before; not a person's
    standing in a race after it ("The campaign manager for Senate hopeful Margaret Wexler": the manager is another's)."""
    return (
        doc[i].lower_ in ("of", "for")
        and bool(run)
        and i > 0
        and is_role_noun(doc[i - 1])
        and not any(is_role_noun(w) or w.lower_ in RUNNING_NOUNS for w in run)
    )


# Words inside a title's field that do not count towards its length ("Minister of Tourism and Antiquities").
_FIELD_JOINS = frozenset({"of", "for", "and", "&"})


def _field_join(doc, i: int, run: list) -> bool:
    """ "and" joining two parts of a title's field ("Minister of Tourism and Antiquities Hisham …"), or a comma
    listing them and an "and the" ("Minister for Agriculture, Food and the Marine Pádraig …"): a capitalised field
    word on either side ("the" after its "and"), and the role noun with its "of" or "for" still to come."""
    word = doc[i].lower_
    before = doc[i - 1] if i > 0 else None
    return (
        (
            (
                word in ("and", "&", ",")
                and before is not None
                and before.text[:1].isupper()
                and before.is_alpha
            )
            or (word == "the" and before is not None and before.lower_ in ("and", "&"))
        )
        and bool(run)
        and i > 1
        and _first_field_word(run).text[:1].isupper()
        and not any(is_role_noun(w) for w in run)
        and any(doc[k].lower_ in ("of", "for") for k in range(max(0, i - _FIELD_REACH), i))
    )


def _first_field_word(run: list):
    """The run's first word past an opening "the" ("the" | "Marine")."""
    return run[1] if run[0].lower_ == "the" and len(run) > 1 else run[0]


# Tokens back from a join within which the field's "of" or "for" stands ("of Agriculture, Food and the").
_FIELD_REACH = 6
# Words of a title's run that do not count towards its length: the field's joins, a listing comma, "and the".
_RUN_FILLERS = _FIELD_JOINS | {",", "the"}


def inner_hyphen(doc, i: int) -> bool:
    """A hyphen inside one word the tokenizer split ("fly-half Harry Pryce")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "‑")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def tied_holders(ctx: Context, tok, kind: str) -> dict[int, set[str]]:
    """The actors of ``kind`` the article ties to the role word ending at ``tok`` or a synonym of it, each
    with the modifiers seen with it (``role_map``)."""
    word = role_word(tok)
    actors = ctx.actors.actors
    return {
        idx: mods
        for w in (word, *ROLE_SYNONYMS.get(word, ()))
        for idx, mods in role_map(ctx).get(w, {}).items()
        if actors[idx].kind == kind and actors[idx].mentions > 0
    }


def officer_by_initials(ctx: Context, tok) -> int | None:
    """The one person the article gives the title "the CFO" abbreviates ("Chief Financial Officer Raymond
    Tan" … "the CFO replied"; the model may tag the initials an organisation); with no one given it, the
    person just named as a subject (``recent_role_free_person``); else None."""
    entry = OFFICER_INITIALS.get(tok.lower_)
    if not tok.text.isupper() or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return None
    roles = role_map(ctx)
    if entry is None:
        return _office_spelt_by(ctx, tok.text, roles)
    held = {
        idx
        for word, needed in entry
        for idx, mods in roles.get(word, {}).items()
        if ctx.actors.actors[idx].kind == "person" and needed <= mods
    }
    if not held and not any(
        mods <= needed for word, needed in entry for mods in roles.get(word, {}).values()
    ):  # "Adam Cole said he was unbothered. “…,” the CTO said": an office the article gives no one, not even
        # in fewer words (a "Commissioner" may be the "DC"; a chief financial officer is no CTO), and the subject
        # holds no other ("the Director-General …, Mr Segun Adeyemi, described …" is no "MD")
        found = recent_role_free_person(ctx, tok, roles)
        return None if found is not None and offices_held(roles, found) else found
    return held.pop() if len(held) == 1 else None


def _office_spelt_by(ctx: Context, letters: str, roles: dict) -> int | None:
    """The one person holding an office whose words the initials spell, the role's last ("Ms Florence Akello, the
    Jinja Resident District Commissioner," … "The RDC warned against …": the commissioner given "resident" and
    "district"); None for no one or several, or for a body's letters. Two letters spell an office only when they are
    its every word ("Kigoma Regional Commissioner Mr Elias Mwakisambwe" … "the RC said"): more would spell too much."""
    if not 2 <= len(letters) <= 5 or not letters.isalpha():
        return None
    if any(a.kind != "person" and is_initials_of(letters, a.name) for a in ctx.actors.actors):
        return None  # "the TUMC" of "Telangana Urban Metro Corporation (TUMC)": the body's letters
    low = letters.lower()
    held = {
        idx
        for word, holders in roles.items()
        if word[:1] == low[-1]
        for idx, mods in holders.items()
        if ctx.actors.actors[idx].kind == "person"
        and _spelt_by_initials(low[:-1], mods)
        and (len(letters) > 2 or _spelt_whole(ctx, low, mods))
    }
    return held.pop() if len(held) == 1 else None


def _spelt_whole(ctx: Context, low: str, mods: set[str]) -> bool:
    """Whether two letters spell the title's every word: one modifier opening on the first letter, the others names of
    the places or bodies the article names ("kigoma" of "Kigoma Regional Commissioner")."""
    names = _body_and_place_words(ctx)
    opening = [w for w in mods if w[:1] == low[0]]
    return len(opening) == 1 and all(w in names for w in mods if w not in opening)


def _body_and_place_words(ctx: Context) -> set[str]:
    """The words, lower case, of every name the article gives a body or a place."""
    return {w for a in ctx.actors.actors if a.kind != "person" for w in a.name.lower().split()}


def _spelt_by_initials(letters: str, words: set[str]) -> bool:
    """Whether each of ``letters`` starts a different one of ``words``."""
    left = sorted(words)
    for ch in letters:
        word = next((w for w in left if w[:1] == ch), None)
        if word is None:
            return False
        left.remove(word)
    return True


def role_holder(ctx: Context, tok, bare: bool = False) -> int | None:
    """The actor a definite description ending at ``tok`` refers to, or None (see the module doc). With
    ``bare``, a role noun written with no article as headlines write it ("union calls move ‘a betrayal’")
    counts as definite. A union, a council or a ministry is no company ("the company said" beside "Bakery and
    Confectionery Workers Union Local 418")."""
    idx = _role_holder(ctx, tok, bare)
    if idx is not None and tok.lower_ in ("company", "firm") and _no_business(ctx.actors.actors[idx].name):
        return None
    return idx


# Words of a body's name that make it no business: "the company" is never a union's, a council's or a ministry's.
_NO_BUSINESS_WORDS = frozenset(
    """union local federation guild brotherhood council association society ministry department authority
    commission police government""".split()
)


def _no_business(name: str) -> bool:
    return bool({w.lower() for w in name.split()} & _NO_BUSINESS_WORDS)


def _role_holder(ctx: Context, tok, bare: bool) -> int | None:
    if tok.lower_ in MUNICIPAL_NOUNS and _definite(tok) and not modifiers(tok):
        return _municipality(ctx, tok.lower_)  # "The City of Calgary is adding …" … "The city said"
    if tok.lower_ in NAMED_FIRST_MUNICIPAL_NOUNS and _definite(tok) and not modifiers(tok):
        if (found := _municipality(ctx, tok.lower_)) is not None:
            return found  # "The County of Birchwood issued …" … "the county wrote"
    if tok.lower_ == "excellency" and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children
    ):
        return the_one_styled(ctx, tok, "excellency")
    if not (is_role_noun(tok) or given_role(ctx, tok)) or not (bare or _definite(tok)):
        return None
    org = is_org_noun(tok.lower_)
    if not org and not bare and unnamed_one_just_before(ctx, tok):
        return None  # "A senior officer said …" ¶ "“…,” the officer said": the one just brought in, unnamed
    roles = role_map(ctx)
    mods = modifiers(tok)
    fits, below = _candidate_holders(ctx, tok, org, mods)
    if len(fits) > 1:
        # a description points back: a holder the article names only after it ("Carver Tech coach Steve Lindqvist
        # said …" below "“…,” the coach said") is not yet the one it means, when one was named before
        before = {idx: m for idx, m in fits.items() if named_before(ctx, idx, tok.i)}
        fits = before or fits
    if len(fits) > 1 and mods:
        given = {idx: m for idx, m in fits.items() if mods <= m}
        if not given and _descriptive_only(tok):
            # "the first-year coach" of two coaches none was called that: the words describe, they do not
            # pick one out; the holder the narration is about, when nothing in them sets against it
            return _recent_holder(ctx, tok, fits, mods)
        fits = given or _tied_to_no_other_body(ctx, tok, fits)
    if len(fits) == 1:
        idx, held = next(iter(fits.items()))
        return _the_one_holder(ctx, tok, idx, held, bool(below), org)
    if not fits:
        return _no_holder(ctx, tok, org, mods, roles)
    return _recent_holder(ctx, tok, fits, mods)


def _tied_to_no_other_body(ctx: Context, tok, fits: dict[int, set[str]]) -> dict[int, set[str]]:
    """Of two holders none of whom was given the body a description names ("the St Fachtna's manager" beside
    "Kilcarrow manager Pádraig Mulrennan" and "Their manager, Declan Corcoran,"), the one the article ties to no other
    body or place: a team's, a firm's or a town's manager is not another's. Only for a name the article gives a body
    or a place."""
    names = _body_and_place_words(ctx)
    proper = {
        w.lower_
        for c in tok.children
        if c.i < tok.i
        for w in c.subtree
        if w.is_alpha and w.text[:1].isupper()
    }
    if not proper or not proper <= names:
        return {}
    free = {idx: held for idx, held in fits.items() if not (held & names) - proper}
    return free if len(free) == 1 else {}


def the_one_styled(ctx: Context, tok, style: str) -> int | None:
    """The one person the article styles with ``style`` before a name, before ``tok``: "His Excellency said" of "His
    Excellency Eng. Khalid bin Saleh al-Mandhari", "the elderly Otunba stated" of "Otunba Kehinde Adeyanju", the
    courtesy titles between them skipped; None for no one or several."""
    doc, actors = ctx.doc, ctx.actors
    styled = set()
    for t in doc[: tok.i]:
        if t.lower_ != style or ctx.qid[t.i] != -1:
            continue
        j = t.i + 1
        while (
            j < len(doc)
            and j - t.i <= 4
            and j not in actors.tok2actor
            and (doc[j].text[:1].isupper() or doc[j].text == ".")
        ):
            j += 1  # ("Eng.", "Dr", "Sheikh")
        idx = actors.tok2actor.get(j)
        if idx is not None and actors.actors[idx].kind == "person":
            styled.add(idx)
    return styled.pop() if len(styled) == 1 else None


# Narrated sentences back within which "a senior officer" makes "the officer" that one (the description's own and two
# before it).
_UNNAMED_REACH = 2


def unnamed_reach_start(ctx: Context, tok) -> int:
    """The first token of the narrated sentences a description's unnamed one is looked for in: its own sentence and the
    ``_UNNAMED_REACH`` narrated ones before it."""
    first = ctx.actors.sent_index(tok.i)
    for _ in range(_UNNAMED_REACH):
        first = narrated_sentence_before(ctx, first)
    return ctx.actors.sent_starts[first] if ctx.actors.sent_starts else 0


def unnamed_one_just_before(ctx: Context, tok) -> bool:
    """Whether the role noun of a definite description ("the officer") was the head of an indefinite subject of a
    sentence's speech verb ("A senior officer said …", "Another officer told reporters …", "One … manager said") in its sentence or the
    narrated ones just before, named by no apposition: the description points back to that unnamed person, not to a
    holder named earlier ("I have never heard a premier say …" reports no one)."""
    actors, doc = ctx.actors, ctx.doc
    start = unnamed_reach_start(ctx, tok)
    lemma = tok.lemma_.lower()
    for t in doc[start : tok.i]:
        if (
            t.dep_ in ("nsubj", "nsubjpass")
            and (t.lemma_.lower() == lemma or _one_of(t, lemma))
            and t.head.dep_ == "ROOT"
            and is_cue(t.head)
            and ctx.qid[t.i] == -1
            and t.i not in actors.tok2actor
            and (
                _one_of(t, lemma)
                or any(
                    (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
                    or (c.dep_ == "nummod" and c.lower_ == "one")
                    for c in t.children
                )  # ("One London-based hedge fund manager said …" ¶ "“…,” the manager said")
            )
            and not any(c.dep_ == "appos" for c in t.children)
            and not _person_within(ctx, t)
        ):
            return True
    return False


def _person_within(ctx: Context, t) -> bool:
    """Whether a person is named inside the phrase of ``t`` ("A 400-level student of Mechanical Engineering, Tolulope
    Adeyemi, told …", the name hung on the field): the one brought in is named after all."""
    return any(
        t.left_edge.i <= u <= t.right_edge.i and ctx.actors.actors[j].kind == "person"
        for u, j in ctx.actors.mentions
    )


def _one_of(t, lemma: str) -> bool:
    """Whether ``t`` is "one" of a plural of ``lemma`` ("One of the officials, who spoke on condition of anonymity,
    said …")."""
    return t.lower_ == "one" and any(
        c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() == lemma for g in c.children)
        for c in t.children
    )


def named_before(ctx: Context, idx: int, i: int) -> bool:
    """Whether actor ``idx`` is mentioned before token ``i``."""
    return any(t < i for t, j in ctx.actors.mentions if j == idx)


def _candidate_holders(ctx: Context, tok, org: bool, mods: set[str]) -> tuple[dict[int, set[str]], set[int]]:
    """(the actors the article ties to the role, each with the words it was given; those left out as below
    the role). An organisation noun is also held by a body whose name holds it or a synonym of it."""
    kind = "organization" if org else "person"
    fits = tied_holders(ctx, tok, kind)
    if org:
        others = ORG_SYNONYMS.get(tok.lower_, ())
        for idx, a in enumerate(ctx.actors.actors):
            words = a.name.lower().split()
            # "the federation" of the "Fédération des PME du Québec"
            plain = {plain_letters(w) for w in words}
            if a.kind == kind and a.mentions > 0 and (tok.lower_ in plain or _name_head(words) in others):
                if tok.lower_ not in plain and others is TRADE_HEADS and not named_before(ctx, idx, tok.i):
                    continue  # "the company said" of a shipping line named only after it is another company's
                fits.setdefault(idx, set()).update(words)
            elif (
                a.kind == kind and a.mentions > 0 and tok.lower_ == "department" and is_applied_title(a.name)
            ):
                fits.setdefault(idx, set()).update(
                    words
                )  # "the department said" of "Fisheries and Oceans Canada"
        if tok.lower_ in ("company", "firm") and (limited := _the_one_limited_company(ctx)) is not None:
            fits.setdefault(limited, set()).update(ctx.actors.actors[limited].name.lower().split())
    if not org:
        fits = _surname_held_in_full(ctx, fits)
    fits = {
        idx: m | _initialisms_of(mods, m) | _spelt_out(mods, m) | _party_nicknames(mods, m)
        for idx, m in fits.items()
    }  # "the PC MLA": Progressive Conservative; "the Sinn Féin councillor": "(SF)"; "the Tory leader"
    # a deputy is not "the chief", but is "the interim chief" when the only one given every word of it
    # ("Deputy Chief Marisol Greer, who will serve as interim chief"); the shadow education secretary is
    # not "the education secretary" beside the one
    given_all = [idx for idx, m in fits.items() if mods and mods <= m]
    below = {
        idx
        for idx, m in fits.items()
        if (m & SUBORDINATE_MODIFIERS) - mods and given_all != [idx] and tok.lower_ not in PRESIDING_ROLES
    }
    return {idx: m for idx, m in fits.items() if idx not in below}, below  # "the treasurer": no shadow one


# Legal forms only a company bears, never a public corporation or an exchange: "Ltd", Malaysia's "Bhd" (Berhad), "Sdn
# Bhd", Singapore's "Pte".
_PRIVATE_FORMS = frozenset({"ltd", "bhd", "pte"})


def _the_one_limited_company(ctx: Context) -> int | None:
    """The one body of the article named with a legal form, when that form is "Ltd", "Bhd" or "Pte" ("the company said"
    of "NNPC Ltd", of "Seri Mutiara Holdings Bhd"); None when another body bears one too ("Northgate Pulp Inc."), or
    it is "Corp." or "Limited", which public corporations and exchanges bear too ("U.S. Overseas Private Investment
    Corp.", "Nigerian Exchange Limited")."""
    formed = [
        idx
        for idx, a in enumerate(ctx.actors.actors)
        if a.kind == "organization"
        and a.mentions > 0
        and a.name.lower().split()[-1].rstrip(".") in LEGAL_FORMS
    ]
    if (
        len(formed) != 1
        or ctx.actors.actors[formed[0]].name.lower().split()[-1].rstrip(".") not in _PRIVATE_FORMS
    ):
        return None
    return formed[0]


def _surname_held_in_full(ctx: Context, fits: dict[int, set[str]]) -> dict[int, set[str]]:
    """Holders less a surname alone given the role ("Sheriff Dawes", kept apart from the sheriff's son Wade
    Dawes) when a person of that surname holds it in full ("Sheriff Clayton Dawes"): one holder, not two."""
    actors = ctx.actors.actors
    full = {actors[j].name.split()[-1] for j in fits if " " in actors[j].name}
    return {j: m for j, m in fits.items() if " " in actors[j].name or actors[j].name not in full}


def _the_one_holder(ctx: Context, tok, idx: int, held: set[str], below: bool, org: bool) -> int | None:
    """The one holder left for a description, unless the description's words set it against them."""
    mods = modifiers(tok)
    if below and mods - held:
        return None  # "the former president" beside "President X" and "Vice President Y"
    if not org and (other := _subject_over_the_holder(ctx, tok, idx, mods - held)) is not None:
        return other
    if not org and mods - held and described_with(ctx, idx, mods - held, tok.i):
        return idx  # "Plaskett, 31, the veteran center who had been in Portland …," of "backup center Dorian Plaskett"
    if not org and _seat_of_the_subject(ctx, tok, idx):
        return idx  # "Independent TD Aoife Brennan-Lyons has accused …" ¶ "…, the Tipperary North TD said"
    if (
        not org
        and (away := _place_words(ctx, _words_before(tok)) - held)
        and away - _said_of_the_holder(ctx, idx, tok.i)
    ):
        return None  # "the Donegal singer" is not "singer Dom Whitlock", tied to no Donegal (a firm's
        # place is where it is based: "The Calgary-based railway"; a party's or a team's name is no
        # such test: "the Labour MP", "the Mayo captain" are often the one holder tied to neither)
    if not _clashes(ctx, tok, idx, mods, held):
        return idx
    if org:
        return None
    if (member := _party_introduced(ctx, tok)) is not None and member != idx:
        return member  # "the Labour TD" is not "the Independent TD for Donegal"
    # "co-author Batbayaryn Ganbold" is not "the lead author": the one the narration just made its
    # subject may be ("Asked …, Clara Voss laughed. “…,” the lead author said"), as for a role tied to no one
    other = recent_role_free_person(ctx, tok, role_map(ctx))
    return other if other != idx else None


def _subject_over_the_holder(ctx: Context, tok, idx: int, missing: set[str]) -> int | None:
    """The person the narration just made its subject, in place of the one holder of a description, when the
    holder is named only after the description ("Marcus Bell pitched two scoreless innings." ¶ "“…,” the veteran
    reliever said." ¶ "Reds reliever Tony Baptiste took the loss": a description points back), or when the
    description's own words were given to that subject and not to the holder ("Marcus Okonkwo, a nine-year
    veteran, said …" ¶ "“…,” the veteran guard added", "star guard Jalen Pryce" named earlier), or were given to
    neither and the subject was named since the holder."""
    later = not named_before(ctx, idx, tok.i)
    if not later and not missing:
        return None
    other = recent_role_free_person(ctx, tok, role_map(ctx))
    if other is None or other == idx:
        return None
    if later or described_with(ctx, other, missing, tok.i):
        return other
    last = _last_named_before(ctx, idx, tok.i)
    if (
        missing <= PERSON_DESCRIPTIONS
        and last < _last_named_before(ctx, other, tok.i)
        and (last < 0 or ctx.para_of[last] < ctx.para_of[tok.i] - 1)
        and not _set_off_with_a_noun(ctx, other, tok.i)
    ):
        # "guard Shay Burrell" … "Whitlock, who turned 33 last month, …" ¶ "“…,” the veteran guard said": a standing
        # the holder was never given, about the one the narration is on, named since the holder's last paragraph (not
        # "the former general" of a retired one, nor "the veteran coach" right after "coach Wade Pruett pulled Ransom",
        # nor the veteran quarterback's "Their father, Rick Harmon,": one the article gave a noun of their own)
        return other
    return None


def _set_off_with_a_noun(ctx: Context, idx: int, end: int) -> bool:
    """Whether a mention of person ``idx`` before token ``end`` stands in apposition to a noun or has one in apposition
    to it ("Their father, Rick Harmon,", "Rick Harmon, a retired coach,")."""
    return any(
        (head.dep_ == "appos" and head.head.pos_ == "NOUN")
        or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in head.children)
        for head in _mention_heads(ctx, idx, end)
    )


def _mention_heads(ctx: Context, idx: int, end: int):
    """The head word of each mention of actor ``idx`` before token ``end`` (the surname the given name is a compound
    of), where what the mention is set off with hangs."""
    doc = ctx.doc
    for t, j in ctx.actors.mentions:
        if j != idx or t >= end:
            continue
        head = doc[t]
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        yield head


def _last_named_before(ctx: Context, idx: int, end: int) -> int:
    """The token of actor ``idx``'s last mention before ``end`` (-1 when none)."""
    return max((t for t, j in ctx.actors.mentions if j == idx and t < end), default=-1)


def described_with(ctx: Context, idx: int, words: set[str], end: int) -> bool:
    """Whether a mention of person ``idx`` before token ``end`` has one of ``words`` in apposition to it
    ("Marcus Okonkwo, a nine-year veteran,", "The union's general secretary, Declan Murtagh,") or as its complement
    ("Okonkwo is a veteran")."""
    for head in _mention_heads(ctx, idx, end):
        described = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            described.append(head.head)  # "The union's general secretary, Declan Murtagh,"
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ == "be":
            described += [c for c in head.head.children if c.dep_ == "attr"]
        if any(w.lower_ in words for c in described for w in c.subtree if w.i <= c.i):
            return True
    return False


def _seat_of_the_subject(ctx: Context, tok, idx: int) -> bool:
    """ "Independent TD Aoife Brennan-Lyons has accused …" ¶ "…, the Tipperary North TD said": a member's letters after a
    place are the seat's, which the article need not have tied to the member, when that member was the subject of the
    narrated sentence before (or of this one)."""
    if tok.text not in MEMBER_LETTERS:
        return False
    here = ctx.actors.sent_index(tok.i)
    lo = ctx.actors.sent_starts[narrated_sentence_before(ctx, here)]
    return any(
        lo <= t < tok.i and j == idx and ctx.qid[t] == -1 and is_subject(ctx, t)
        for t, j in ctx.actors.mentions
    )


def _no_holder(ctx: Context, tok, org: bool, mods: set[str], roles: dict) -> int | None:
    """A description the article ties to no one: the organisation or person the narration is about."""
    if org:
        if tok.lower_ in SYNONYM_ONLY_NOUNS:
            # "the bench" is a court the article names, or none: never the organisation last named
            return None
        found = recent_organisation(ctx, tok)
        if found is None:
            found = _organisation_at_earlier_use(ctx, tok)
        if found is not None and (_not_the_firm(ctx, tok, found) or _of_another_kind(ctx, tok, found)):
            found = None  # "the company" read as the First Nation suing it: the firm named, if one
        if found is None:
            found = _the_one_firm(ctx, tok, mods)
        if found is not None or tok.lower_ not in _POSITION_BODY_NOUNS:
            return None if found is None or _named_by_another(ctx, tok, found) else found
        # "the Calgary centre said" with no centre named as a body: a hockey or basketball centre, a person
    if (titled := _abbreviated_holder(ctx, tok, mods)) is not None:
        return titled
    if (member := _party_introduced(ctx, tok)) is not None:
        return member
    if not mods and (senior := _role_word_qualifying_a_role(ctx, tok, roles)) is not None:
        return senior
    if (leader := _leader_of_the_body(ctx, tok, mods, roles)) is not None:
        return leader
    found = recent_role_free_person(ctx, tok, roles)
    return found if found is not None else _holder_at_earlier_use(ctx, tok, roles)


def _leader_of_the_body(ctx: Context, tok, mods: set[str], roles: dict) -> int | None:
    """ "Barangay Captain Rodolfo Manalastas" … "the barangay chief said": a word for whoever leads a body, with the
    body's word, is the one person the article gives a leader's title with that word, whatever the title."""
    if tok.lower_ not in _ANY_OFFICE_HEADS or not mods:
        return None
    people = {
        idx
        for title in _LEADERS_TITLES
        for idx, held in roles.get(title, {}).items()
        if all(m in held or _SAME_BODY_WORDS.get(m) in held for m in mods)
        and ctx.actors.actors[idx].kind == "person"
        and ctx.actors.actors[idx].first < tok.i
    }
    return people.pop() if len(people) == 1 else None


# A body's word written two ways in the same copy ("Barangay Chairman Rolando Bañares" … "the village chief said").
_SAME_BODY_WORDS = {"village": "barangay", "barangay": "village"}


# Titles of whoever leads a body.
_LEADERS_TITLES = frozenset(
    "captain chairman chairwoman chairperson chair president head leader chief boss".split()
)


def _captaincy(tok) -> frozenset[str]:
    """The captaincy when ``tok`` is a player's position: a captain plays a position too ("Captain Kristen Forbes, …, who
    made seven interceptions at goal keeper" … "the veteran goal keeper said")."""
    return _CAPTAINCY if tok.lower_ in _PLAYING_POSITIONS else frozenset()


_CAPTAINCY = frozenset({"captain", "skipper", "co-captain"})
_PLAYING_POSITIONS = frozenset(
    "keeper goalkeeper goalie goaltender striker forward defender defenceman midfielder winger fullback full-back "
    "centre center guard quarterback pitcher catcher shooter bowler batter batsman opener wicketkeeper prop hooker "
    "fly-half scrum-half lock flanker".split()
)


# Body nouns that are also a player's position ("the Calgary centre said").
_POSITION_BODY_NOUNS = frozenset({"centre", "center"})


def _role_word_qualifying_a_role(ctx: Context, tok, roles: dict) -> int | None:
    """ "Mr Anand Rao-Whitcombe, a consultant orthopaedic surgeon," … "the consultant said": a bare role word no one
    holds that qualifies the one person's other role is that person; None when it qualifies several people's."""
    word = role_word(tok)
    people = {
        idx
        for held in roles.values()
        for idx, words in held.items()
        if word in words and ctx.actors.actors[idx].kind == "person" and ctx.actors.actors[idx].first < tok.i
    }
    return people.pop() if len(people) == 1 else None


def _not_the_firm(ctx: Context, tok, idx: int) -> bool:
    """Whether "the company" (a firm's noun) would stand for organisation ``idx``, whose name ends as no firm's does
    ("Kitchikewan First Nation"), while the article names a firm by a firm's name ("Northern Cobalt Resources
    Ltd.")."""
    actors = ctx.actors.actors
    return (
        tok.lower_ in FIRM_NOUNS
        and actors[idx].name.split()[-1].lower() in _NO_FIRMS_ENDINGS
        and any(a.kind == "organization" and a.mentions and _firm_name(a.name) for a in actors)
    )


# The words of a body's name that make it an institution of a kind a noun names: "the hospital" is no nurses' union.
_KINDS_WORDS = {
    "hospital": frozenset({"hospital", "medical", "health", "clinic", "infirmary", "healthcare"}),
    "university": frozenset({"university", "college", "institute"}),
    "school": frozenset({"school", "academy", "college", "collegiate"}),
    "church": frozenset({"church", "parish", "cathedral", "chapel", "diocese"}),
    "museum": frozenset({"museum", "gallery"}),
    "library": frozenset({"library", "libraries"}),
    "airline": frozenset({"airline", "airlines", "airways", "air"}),
}


def _of_another_kind(ctx: Context, tok, idx: int) -> bool:
    """Whether "the hospital" (a noun of an institution's kind, ``_KINDS_WORDS``) would stand for organisation ``idx``,
    whose name holds none of that kind's words ("the hospital" read as the "Bay State Registered Nurses Union")."""
    words = _KINDS_WORDS.get(tok.lower_)
    return words is not None and not words & {
        w.lower().strip(".,’'") for w in ctx.actors.actors[idx].name.split()
    }


# Last words of a body's name that no firm's ends with: a people's government, a public body, a union.
_NO_FIRMS_ENDINGS = frozenset(
    "nation band council government ministry department agency commission authority police union association court".split()
)


def _municipality(ctx: Context, noun: str) -> int | None:
    """The one actor named "<Noun> of X" ("City of Calgary", "Town of Cobourg", "Rural Municipality of Willow Bend" for
    "the RM"), whatever kind the model
    gave it, or one named "X <Noun>" by a noun only a body's name ends with ("Yerevan Municipality", not
    "Kansas City"): the body "the city" speaks for. None when none or several."""
    found = [
        j
        for j, a in enumerate(ctx.actors.actors)
        if a.mentions
        and a.kind in ("organization", "place")
        and (
            a.name.lower().startswith(f"{SPELT_MUNICIPAL_NOUNS.get(noun, noun)} of ")
            or (noun in BODY_SUFFIXES and a.name.lower().endswith(f" {noun}"))
        )
    ]
    return found[0] if len(found) == 1 else None


def _descriptive_only(tok) -> bool:
    """Whether every modifier before a role noun is a lower-case description: adjectives, numbers, a
    person's standing and hyphened words ("the first-year coach", "the 31-year-old forward", "the veteran
    goalie"), no name, place,
    team or plain noun that would tell two holders apart ("the defence minister")."""
    mods = [
        c
        for c in tok.children
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod")
    ]

    def described(c) -> bool:
        words = list(c.subtree)
        if any(not (t.is_punct or t.like_num or t.text.islower()) for t in words):
            return False
        return any(inner_hyphen(t.doc, t.i) for t in words) or all(
            t.pos_ in ("ADJ", "NUM", "ADV") or t.lower_ in PERSON_DESCRIPTIONS for t in words
        )

    return bool(mods) and all(described(c) for c in mods)


def _words_before(tok) -> set[str]:
    """The words of a role noun's modifiers written before it, not its owner's ("Donegal" of "the Donegal
    singer", not "Northern Ireland" of "Northern Ireland's Health Minister", whose office that is), nor a
    birthplace ("the Montreal-born director": where she was born ties her to no role there)."""
    return {
        t.lower_
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and not _birthplace(c)
        for t in c.subtree
        if t.is_alpha
    }


def _birthplace(modifier) -> bool:
    """A modifier of the form "<Place>-born" (or -raised, -bred)."""
    words = [t.lower_ for t in modifier.subtree]
    return len(words) >= 3 and words[-2] in ("-", "‐") and words[-1] in ("born", "raised", "bred")


def _said_of_the_holder(ctx: Context, idx: int, end: int) -> set[str]:
    """The words of the narrated sentences before ``end`` whose main subject is a mention of actor ``idx`` ("The
    coach in question, Orville Whyte, has trained Hope Valley's sprinters for 26 years": hope, valley, …): a place
    written there is the holder's tie to it ("the Hope Valley coach")."""
    doc, actors = ctx.doc, ctx.actors
    words: set[str] = set()
    for t, j in actors.mentions:
        if j != idx or t >= end or ctx.qid[t] != -1:
            continue
        head = doc[ctx.mention_end(t, idx)]
        if head.dep_ == "appos":
            head = head.head  # "The coach in question, Orville Whyte, has trained …"
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
            words |= {w.lower_ for w in head.sent if w.is_alpha and ctx.qid[w.i] == -1}
    return words


def _place_words(ctx: Context, words: set[str]) -> set[str]:
    """The words among ``words`` that are (part of) the name of a place of the article."""
    places = {w for a in ctx.actors.actors if a.kind == "place" for w in a.name.lower().split()}
    return words & places


def _abbreviated_holder(ctx: Context, tok, mods: set[str]) -> int | None:
    """ "the Montana senator", "the senator from Tulsa": a role tied to no one by a full title, a role noun
    or an apposition is the one person given it by an abbreviated title ("Montana Sen. Everett
    Lindqvist", "Sen. Travis Oduya, a Tulsa Republican,") whose introduction carries every word that
    qualifies the description; the bare "the senator" is the holder the narration is about (the last
    holder who was a clause subject in this or the previous sentence), else left to the other rules."""
    word = role_word(tok)
    titled = {
        idx: words
        for w in (word, *ROLE_SYNONYMS.get(word, ()))
        for idx, words in ctx.abbreviated_roles.get(w, {}).items()
        if ctx.actors.actors[idx].mentions > 0
    }
    if not mods:  # "the councillor" beside "Coun. Bryce Koivisto" and "Coun. Marc Séguin": the one of them
        # the narration is about, as with full titles (``_recent_holder``), or no one; the one holder
        # introduced before the description is it ("Sgt. Leanne Dorosh" … "The sergeant said")
        if len(titled) == 1 and ctx.actors.actors[idx := next(iter(titled))].first < tok.i:
            return idx
        if (found := _recent_holder(ctx, tok, titled, mods)) is not None or not titled:
            return found
        # "The FUAS National President, Prof. Chukwuemeka Obi, stated …" … "The don added": of the holders, the one named
        # before the description, when the other comes in only after it ("the Minister of Education, Prof. Ibrahim …")
        before = [j for j in titled if named_before(ctx, j, tok.i)]
        return before[0] if len(before) == 1 else None
    held = {idx for idx, words in titled.items() if mods <= words | _spelt_out(mods, words)}
    if not held and mods & _PARTY_WORDS:
        # "the Republican governor" of "Gov. Harlan Pryce", whose party the article never wrote: a party's word
        # is no test, as for a full title (``_the_one_holder``); what else qualifies it still is
        rest = mods - _PARTY_WORDS
        held = {idx for idx, words in titled.items() if rest <= words | _spelt_out(rest, words)}
    if not held and len(titled) == 1 and all(m.isdigit() or m in _SEAT_WORDS for m in mods):
        # "the Ward 4 councillor" of the article's one "Coun. Brent Mulholland", whose ward it never numbered: a
        # seat's number picks out no one else
        held = set(titled)
    if not held and titled and _descriptive_only(tok):
        # "the two-term councillor" of "Coun. Glen Sorensen, who sits on the committee": words that describe pick
        # out no one, as for a full title; the holder the narration is about
        return _recent_holder(ctx, tok, titled, mods)
    return held.pop() if len(held) == 1 else None


# Words that with a number name an elected member's seat ("the Ward 4 councillor", "the District 7 supervisor").
_SEAT_WORDS = frozenset("ward district riding division precinct zone".split())


def _holder_at_earlier_use(ctx: Context, tok, roles: dict) -> int | None:
    """ "Professor Tan says …" ¶ "The marine scientist says the findings …" ¶ "“…,” the marine scientist
    says": a role tied to no one, used again, is whom its last use stood for, when that use was a clause
    subject and resolved to someone, and no other person, nor any subject, was named (outside quotes)
    between the two."""
    doc, actors = ctx.doc, ctx.actors
    first = min(w.i for w in tok.subtree)
    mods = modifiers(tok)
    for i in range(first - 1, -1, -1):
        e = doc[i]
        if e.lower_ != tok.lower_ or ctx.qid[i] != -1 or not _definite(e) or modifiers(e) != mods:
            continue
        if e.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "Reyes criticised the mayor": the role acted on is someone else
        idx = recent_role_free_person(ctx, e, roles)
        if idx is None:
            return None
        others = {
            j
            for t, j in actors.mentions
            if i < t < first
            and ctx.qid[t] == -1
            and (actors.actors[j].kind == "person" or is_subject(ctx, t))
        }
        return idx if others <= {idx} else None
    return None


def _definite(tok) -> bool:
    """Whether a role noun is definite: "the mayor", or owned by a name or a definite phrase ("Acme's
    chief executive", "the club's manager"); not by a pronoun ("his manager": ``kin`` reads those)."""
    start = glued_start(tok)
    if start < tok.i and start > 0 and tok.doc[start - 1].lower_ == "the":
        return True  # "the Vice-President", the parser's tree broken at the hyphen
    if tok.dep_ == "amod" and tok.head.pos_ == "VERB" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return True  # "the collective wrote": the noun read as the verb's adjective, its article hung on the verb
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ == "the":
            return True
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return True
        if c.dep_ == "poss" and c.lower_ in ("her", "his") and tok.lower_ in _COURT_FORMS:
            return True  # "Her Honour said": the court's form for the judge
    if tok.dep_ == "conj" and not any(c.dep_ in ("det", "poss") for c in tok.children):
        # "the sheep and beef farmer": the article the parser gave the first noun of the phrase
        return (
            any(c.dep_ == "det" and c.lower_ == "the" for c in tok.head.children) and tok.head.pos_ == "NOUN"
        )
    return False


_COURT_FORMS = frozenset({"honour", "honor"})


def _recent_holder(ctx: Context, tok, fits: dict[int, set[str]], mods: set[str]) -> int | None:
    """Several holders ("Jets head coach Rick Dunleavy", "Oilers coach Mark Kessler"): "the coach" is
    the one the narration is about, the last holder who was a clause subject in this or the previous
    sentence with words outside quotes, or the one before it in the paragraph before ("Jets head coach Rick Dunleavy said he told Bélanger …" ¶ "“…,”
    the coach said"), not one of two coordinated subjects nor one with another holder named beside it
    or since, when nothing in the description sets itself against that holder; else None."""
    actors = ctx.actors
    here = actors.sent_index(tok.i)
    if (carried := _holder_carried_by_a_pronoun(ctx, here, fits)) is not None:
        return None if _clashes(ctx, tok, carried, mods, fits[carried]) else carried
    for t, idx in reversed(actors.mentions):
        if t >= tok.i or ctx.qid[t] != -1:
            continue
        gap = narrated_sentences_between(ctx, actors.sent_index(t), here)
        if gap > _HOLDER_REACH or (gap >= 2 and ctx.para_of[t] < ctx.para_of[tok.i] - 1):
            return None  # two or three sentences back only within the paragraph before (its narration is about it)
        if idx not in fits and is_subject(ctx, t):
            idx = sharer_meant(ctx, t, idx)  # "the elder Garba dismissed …" ¶ "“…,” the senator said"
        if idx in fits and (is_subject(ctx, t) or _relative_subject(ctx, t)):
            governed = idx
            t, idx = _governing_holder(ctx, t, idx, fits)  # "Sen. Okafor said the offsets Thibodeaux wants …"
            if _coordinated(ctx, t) or _other_holder_since(ctx, t, tok.i, idx, fits, ignore=governed):
                return None  # "Harbourview Council and Lakeside Council objected": both are
            return None if _clashes(ctx, tok, idx, mods, fits[idx]) else idx
    return None


def _person_a_pronoun_carries(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """(the pronoun's token, the person) for the he or she that is the main subject of the narrated sentence between
    tokens ``lo`` and ``hi``, when it stands for a person the article named in full; else None."""
    pronoun = _main_subject_pronoun(ctx, lo, hi)
    found = None if pronoun is None else resolve_pronoun(ctx, pronoun)
    person = None if found is None else ctx.actors.actors[found]
    if person is None or person.kind != "person" or " " not in person.name:
        return None
    return pronoun.i, found


def _holder_carried_by_a_pronoun(ctx: Context, here: int, fits: dict[int, set[str]]) -> int | None:
    """The holder a he or she stands for as the main subject of the narrated sentence right before sentence ``here``
    ("‘…,’ Ms Kerr said." ¶ "She added that she had been told …" ¶ "‘…,’ the MLA said", beside a Sinn Féin MLA named
    before them): the narration is still about that holder."""
    actors = ctx.actors
    before = narrated_sentence_before(ctx, here)
    if before == here:
        return None
    start = actors.sent_starts[before]
    end = actors.sent_starts[before + 1] if before + 1 < len(actors.sent_starts) else len(ctx.doc)
    pronoun = _main_subject_pronoun(ctx, start, end)
    found = None if pronoun is None else resolve_pronoun(ctx, pronoun)
    return found if found in fits else None


def _main_subject_pronoun(ctx: Context, lo: int, hi: int):
    """The first he or she between tokens ``lo`` and ``hi``, outside quotes, that is the subject of its sentence's main
    verb; else None."""
    return next(
        (
            w
            for w in ctx.doc[lo:hi]
            if w.dep_ == "nsubj"
            and w.lower_ in ("he", "she")
            and w.head.dep_ == "ROOT"
            and ctx.qid[w.i] == -1
        ),
        None,
    )


# Narrated sentences back within which a role's holder may be "the coach" the narration is about: one, or three when they
# are the paragraph's right before (its narration, perhaps split by the parser inside a sentence, is about that one).
_HOLDER_REACH = 3


def _relative_subject(ctx: Context, t: int, pronouns: tuple[str, ...] = ("who",)) -> bool:
    """Whether the mention at ``t`` is the subject of a relative clause hung on it ("… with captain Steve
    Holden, who made 76 and was full of praise for his partner"; for a body, "the Ontario Municipal
    Leaders' Caucus, which represents the mayors …"): the narration is about that actor."""
    last = ctx.doc[ctx.mention_end(t)]
    return any(
        c.dep_ == "relcl"
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in pronouns for g in c.children)
        for c in last.children
    )


def _other_holder_since(
    ctx: Context, t: int, end: int, idx: int, fits: dict, ignore: int | None = None
) -> bool:
    """Whether another holder (not ``ignore``) is named from the start of the sentence of mention ``t`` up
    to ``end`` ("Mayor Dana Ortiz met Mayor Colin Webb …": "the mayor" may be either); not inside a quote,
    whose speaker talks about them ("“Helen is entitled to her view,” the minister said")."""
    actors = ctx.actors
    start = actors.sent_starts[actors.sent_index(t)]
    return any(
        start <= m < end and j not in (idx, ignore) and j in fits and ctx.qid[m] == -1
        for m, j in actors.mentions
    )


def _governing_holder(ctx: Context, t: int, idx: int, fits: dict) -> tuple[int, int]:
    """The holder the sentence is about: when the mention at ``t`` is the subject of a relative clause that
    an earlier holder's verb governs, that holder ("Sen. Martin Okafor, D-Md., said the offsets Thibodeaux
    wants would …": Okafor, not Thibodeaux); else ``(t, idx)``."""
    verb = subject_verb(ctx, t, idx)
    if verb is None or verb.dep_ != "relcl":
        return t, idx  # only a relative clause's subject ("… the offsets Thibodeaux wants"); "Gross live
        # tweeted as Obama spoke": the president is Obama
    sent = ctx.actors.sent_index(t)
    for t2, j in ctx.actors.mentions:
        if t2 >= t or j == idx or j not in fits or ctx.actors.sent_index(t2) != sent or ctx.qid[t2] != -1:
            continue
        outer = subject_verb(ctx, t2, j)
        if outer is not None and outer.i != verb.i and outer in verb.ancestors:
            return t2, j
    return t, idx


def subject_verb(ctx: Context, t: int, idx: int):
    """The verb whose subject the mention at ``t`` is, or None."""
    head = ctx.doc[ctx.mention_end(t, idx)]
    while head.dep_ in ("compound", "flat", "appos") and head.head is not head:
        head = head.head
    return head.head if head.dep_ in ("nsubj", "nsubjpass") else None


def _coordinated(ctx: Context, t: int) -> bool:
    """Whether the mention starting at ``t`` is one of two or more coordinated names."""
    last = ctx.doc[ctx.mention_end(t)]
    return last.dep_ == "conj" or any(c.dep_ == "conj" for c in last.children)


def _name_head(words: list[str]) -> str:
    """The noun that says what an organisation is: "police" in "Cumbria Police", "office" in
    "Independent Office for Police Conduct"."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    if cut > 1 and words[cut - 1].isdigit():
        cut -= 1  # "Michigan Nurses Guild Local 14": a union's local, by its number
    return words[cut - 1]


# The ordinals of a player's first seasons ("first-year", "second-year"): no veteran's.
_EARLY_YEARS = frozenset({"first", "second"})


def _clashes(ctx: Context, tok, idx: int, mods: set[str], held: set[str]) -> bool:
    """Whether the one holder's evidence contradicts the description: "the visiting coach" or "the
    assistant coach" is no coach the article never called that (``CONTRASTIVE_MODIFIERS``), and "the
    Ulster coach" is not "Munster head coach Graham Pryce" when the article gives that title, with
    that name, to someone else ("Ulster head coach Niall Devlin", whom the model may not have tagged),
    nor "the Mayo boss" the one holder whose evidence names another side ("Galway manager Ana Ruiz")."""
    missing = mods - held
    if missing & _PARTY_WORDS and not held & _PARTY_WORDS:
        missing -= (
            _PARTY_WORDS  # "the Independent TD" of "Local TD Colm Ó Loingsigh", whose party it never wrote
        )
    if not missing:
        return False
    if missing & CONTRASTIVE_MODIFIERS or (missing & LEADING_MODIFIERS and "co" in held):
        return True  # nor "the lead author" "co-author Batbayaryn Ganbold"
    if any(OPPOSED_MODIFIERS.get(w, frozenset()) & held for w in missing):
        return True  # "the veteran right-hander" is not "Left-hander Cody Marchetti"
    if "veteran" in missing and "year" in held and held & _EARLY_YEARS:
        return True  # "the veteran receiver" is not "second-year receiver Darnell Okafor" (a "12-year" one may be)
    if missing & POSITION_MODIFIERS and (held & POSITION_MODIFIERS) - mods:
        return True  # "the corner-forward" is not "full-forward Jamie Twomey"
    if "former" in missing and tok.lower_ not in TITLES:
        # "the former Test opener" is not "opener Imad Khan"; a title stays ("the former president")
        return True
    if ctx.actors.actors[idx].kind == "organization" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in missing for c in tok.children
    ):
        return True  # "the agriculture ministry" is not the "Interior Ministry"
    if (
        ctx.actors.actors[idx].kind == "person"
        and _qualified_otherwise(ctx, tok, missing, held - mods)
        and not _the_last_named_in_the_paragraph(ctx, tok, idx)
    ):
        return True  # "the youth leader" is not "a community leader"
    # a name is capitalised: the tagger reads "union" of "the union president" as one now and then; a side's
    # name it reads as an adjective is still a name the model tagged ("The Thistle manager")
    names = {
        t.lower_
        for c in tok.children
        if c.i < tok.i
        for t in c.subtree
        if (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP")) and t.text[:1].isupper()
    }
    if not missing & names:
        return False
    if ctx.actors.actors[idx].kind == "person" and _names_another(ctx, held - mods):
        return True  # an organisation's evidence is its own name ("the Calgary-based railway")
    return _titled_elsewhere(ctx, tok, idx, missing & names) or _of_another(ctx, idx, missing & names)


def _the_last_named_in_the_paragraph(ctx: Context, tok, idx: int) -> bool:
    """Whether the holder is the last person named before the description, in its own paragraph: a writer varies the
    noun for whom the paragraph is on ("Priyanka Desai, a portfolio manager at …" … "“…,” Desai said. “…,” the fund
    manager added")."""
    last = _last_named_before(ctx, idx, tok.i)
    if last < 0 or ctx.para_of[last] != ctx.para_of[tok.i]:
        return False
    actors = ctx.actors.actors
    return not any(
        j != idx and actors[j].kind == "person" and last < t < tok.i for t, j in ctx.actors.mentions
    )


def _qualified_otherwise(ctx: Context, tok, missing: set[str], other: set[str]) -> bool:
    """Whether a lower-case noun qualifies the description's role ("the youth leader") that the holder's evidence lacks,
    while that evidence qualifies the role with a noun of its own ("A community leader, Alhaji Musiliu Bakare,"): two
    kinds of the role, two people."""
    own = {c.lower_ for c in tok.children if _plain_noun_before(c)}
    if not own & missing or not other:
        return False
    role = tok.lemma_.lower()
    return any(
        _plain_noun_before(t) and t.lower_ in other and t.head.lemma_.lower() == role
        for t in ctx.doc
        if ctx.qid[t.i] == -1
    )


def _plain_noun_before(t) -> bool:
    """A lower-case noun compounded with the noun after it, no part of a hyphened word ("youth" of "youth leader";
    not "year" of "first-year coach", nor a team's "Grizzlies")."""
    doc = t.doc
    hyphened = (t.i > 0 and doc[t.i - 1].text == "-") or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
    return t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower and not hyphened


def _of_another(ctx: Context, idx: int, names: set[str]) -> bool:
    """Whether the article writes one of ``names`` after another person's name and "of"/"from"
    ("Coun. Sarah Pelletier of Kitchissippi"): "the Kitchissippi councillor" is that person, not the
    one councillor the role rules found ("Naomi Richter, a councillor from Capital Ward")."""
    doc, actors = ctx.doc, ctx.actors
    for t in doc[2:]:
        if t.lower_ not in names or doc[t.i - 1].lower_ not in ("of", "from"):
            continue
        j = actors.tok2actor.get(t.i - 2)
        if j is not None and j != idx and actors.actors[j].kind == "person":
            return True
    return False


def _names_another(ctx: Context, words: set[str]) -> bool:
    """Whether any of ``words`` (a holder's evidence) is a name in the article: a word the model tags an
    entity or a proper noun somewhere ("galway" of "Galway manager Ana Ruiz")."""
    return bool(words) and any(t.lower_ in words and (t.ent_type_ or t.pos_ == "PROPN") for t in ctx.doc)


def _titled_elsewhere(ctx: Context, tok, idx: int, names: set[str]) -> bool:
    """Whether the role word of ``tok`` (or a synonym) is a title before, or in apposition to, a name
    other than actor ``idx``'s, with one of ``names`` among its modifiers."""
    words = {tok.lower_, *ROLE_SYNONYMS.get(tok.lower_, ())}
    doc, actors = ctx.doc, ctx.actors
    for t in doc:
        if t.i == tok.i or t.lower_ not in words or not names & modifiers(t):
            continue
        named = [doc[t.i + 1]] if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" else []
        named += [c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if any(actors.tok2actor.get(n.i) != idx for n in named):
            return True
    return False


# Words for whoever leads a body, whatever the office is called: the union's president is "the union leader"; and
# for whoever speaks for a cause, whatever office they hold: the tenants' union's co-chair is "the advocate".
_ANY_OFFICE_HEADS = frozenset(
    {"leader", "head", "boss", "chief", "advocate", "campaigner", "activist", "officer", "official"}
)


def recent_role_free_person(ctx: Context, tok, roles: dict) -> int | None:
    """'Trudeau took questions for an hour. The prime minister said …': a role the article ties to no one
    is the person who was the clause subject of this or the previous sentence, the last person named
    before it (places and organisations between do not count), when nothing in the phrase points elsewhere: no name inside it ("the Vermont senator",
    "the senior Cruz adviser"), not a role that speaks for someone else ("the spokesman"), no clash of
    sex ("the chairwoman"), the person holds no other role in the article ("Premier Doug Ford said
    … The prime minister said" is not Ford) and did not just ask a question (the answer is another's).
    Sentences that are only quote do not count between ("“…” ¶ Diego Arrieta, who heads the ministry,
    rejected the criticism." ¶ "“We offered land. We offered houses. …,” the minister told reporters").
    A subject's name in apposition counts as the subject ("The president's brother, Diego Arrieta,")."""
    words = _description_words(tok)
    teams = _team_words(ctx, [t for t in words if t.i < tok.i])  # not "the chair of the DNC": its chair
    # "the official" may speak for the subject; it is the subject when the article gives them an office of their own
    proxy = tok.lower_ in PROXY_ROLES
    if (proxy and tok.lower_ not in _ANY_OFFICE_HEADS) or any(
        (t.pos_ == "PROPN" or t.ent_type_ not in _NUMBER_TYPES or t.dep_ == "poss")
        and not _nationality(t)
        and not _age_word(t)
        and t.lower_ not in CHAMBER_WORDS
        and not _untagged_club_word(ctx, t)
        and t.i not in teams
        for t in words
    ):
        return None
    actors = ctx.actors
    here = actors.sent_index(tok.i)
    for t, idx in reversed(actors.mentions):
        if t >= tok.i or ctx.qid[t] != -1 or actors.actors[idx].kind != "person":
            continue
        if narrated_sentences_between(ctx, actors.sent_index(t), here) > 1 and not _carried_by_pronoun(
            ctx, actors.sent_index(t), here, reported=is_cue(tok.head)
        ):
            return None
        if (asked := _one_asked_by(ctx, t)) is not None:
            t, idx = asked  # "Pōmare was asked by TVNZ's Grace Okwuosa-Reid whether …": Pōmare answers
        elif _asked(ctx, t) and (put := _put_to(ctx, t, idx)) is not None:
            t, idx = put  # "Feldstein asked Achebe-Ward to commit …" ¶ "“…?” Feldstein asked." ¶ "“…,” the
            # nominee said": the one she asked answers
        elif (not is_subject(ctx, t) and _subject_earlier_in_sentence(ctx, t)) or under_the_sentence_subject(
            ctx, t
        ):
            continue  # "Kingsmere boss Marta Kowalczyk was furious with the decision to send off Reid": the
            # sentence's subject, not the player it names after her
        elif not (is_subject(ctx, t) or owns_the_subject(ctx, t, idx)) or _asked(ctx, t):
            # (the owner of the subject is whom the sentence is about: "Cody Olfert’s rink beat …")
            return None
        elif reported_by_another(ctx, t, idx, tok):
            continue  # "Deputy District Judge Edmond Kwok said Leung had deliberately targeted …": the judge
            # reports; the defendant is what was said
        if _role_word_between(ctx, t, tok):
            return None  # "Reyes criticised the mayor. “…,” the mayor said": the mayor is another
        if teams and (_faces(ctx, t, set(teams.values())) or _titled_with_another(ctx, idx, teams)):
            return None  # "Smith scored twice against the Lions. “…,” the Lions coach said": another man;
            # "Kelso manager Ross Dunbar" is not "the Ashby boss"
        sex = _role_sex(tok.lower_) or sex_said_of(tok)
        if sex is not None and actors.person_gender(idx) not in (None, sex):
            return None
        if proxy and not offices_held(roles, idx):
            return None  # "Trump said …" ¶ "“…,” the official said": one speaking of him, not the man himself
        if (tok.lower_ not in TITLES and tok.lower_ not in RELATION_NOUNS) or tok.lower_ in _ANY_OFFICE_HEADS:
            return idx  # "the retired teacher", "the 31-year-old lawyer": a trade, no office another holds;
            # "the union leader": whatever office the person holds, a leader's
        # an office the person holds elsewhere: "the prime minister" is not Premier Ford, "the mother" not
        # Senator Fontaine; the same office by another name is no other ("Kingsmere boss Marta Kowalczyk" …
        # "the Polish coach")
        return (
            idx
            if not offices_held(roles, idx)
            - {tok.lower_, *ROLE_SYNONYMS.get(tok.lower_, ())}
            - _captaincy(tok)
            else None
        )
    return None


def _carried_by_pronoun(ctx: Context, first: int, last: int, reported: bool = False) -> bool:
    """Whether the one narrated sentence between sentences ``first`` and ``last`` has a he or she as the
    subject of its main verb, not a speech verb (or a thing of theirs: "His answer?"), carrying the narration on about whom ``first`` was ("Okafor …
    equalised on 58 minutes. Seven minutes later he headed in the winner …" ¶ "‘…,’ the striker said"; a
    cue's "‘…?’ she asked" gives words to someone and carries nothing on). With ``reported`` (the description is a
    cue's speaker), speech reported in a clause, no quote in the sentence, is narration that carries it too: "He says
    the station lost fewer cattle than he feared." ¶ "“…,” the third-generation pastoralist says"."""
    actors, doc = ctx.actors, ctx.doc
    between = [k for k in range(first + 1, last) if has_narration(ctx, k)]
    if len(between) != 1:
        return False
    k = between[0]
    start = actors.sent_starts[k]
    end = actors.sent_starts[k + 1] if k + 1 < len(actors.sent_starts) else len(doc)
    reported = reported and all(ctx.qid[u] == -1 for u in range(start, end))  # no quote in it: narrated
    return any(
        (_he_or_she_heading(ctx, u) and (not is_cue(doc[u].head) or (reported and _reports(doc[u].head))))
        or _their_thing_heading(ctx, u)
        or _aged_one_heading(ctx, u)
        for u in range(start, end)
    )


def _reports(verb) -> bool:
    """Whether a speech verb reports what was said in a clause of its own ("He says the station lost fewer cattle than
    he feared"): narration about the speaker, carrying it on as any other verb would."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _aged_one_heading(ctx: Context, u: int) -> bool:
    """Whether token ``u`` heads an unnamed description by age as the subject of its sentence's main verb, carrying
    the narration on as a he or she would ("Marcus Bell pitched two scoreless innings. The 36-year-old
    right-hander, who signed …, struck out Monroe …")."""
    t = ctx.doc[u]
    return (
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and not is_cue(t.head)
        and ctx.qid[u] == -1
        and u not in ctx.actors.tok2actor
        and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)
        and any(_age_word(w) for c in t.children if c.i < u for w in c.subtree)
    )


def _he_or_she_heading(ctx: Context, u: int) -> bool:
    """Whether token ``u`` is a he or she, outside quotes, as the subject of its sentence's main verb."""
    t = ctx.doc[u]
    return t.lower_ in ("he", "she") and t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and ctx.qid[u] == -1


def _their_thing_heading(ctx: Context, u: int) -> bool:
    """Whether token ``u`` is a his or her, outside quotes, owning its sentence's subject or its one noun, a thing
    of theirs ("His answer?", "Her reply was quick."), not another person ("Her husband was blunter." is about him)."""
    t = ctx.doc[u]
    owned = t.head
    return (
        t.lower_ in ("his", "her")
        and t.dep_ == "poss"
        and ctx.qid[u] == -1
        and (owned.dep_ == "ROOT" or (owned.dep_ == "nsubj" and owned.head.dep_ == "ROOT"))
        and owned.pos_ == "NOUN"
        and owned.lemma_.lower() not in PEOPLE_NOUNS
        and owned.lemma_.lower() not in RELATION_NOUNS
        and not is_role_noun(owned)
    )


def _subject_earlier_in_sentence(ctx: Context, t: int) -> bool:
    """Whether a person named earlier in the sentence of the mention at ``t`` is that sentence's subject
    (outside quotes), or a he or she or a description by age is its main verb's ("Seven minutes later he headed
    in the winner from another Parrish delivery": Parrish is not whom the sentence is about)."""
    actors, doc = ctx.actors, ctx.doc
    start = doc[t].sent.start
    if any(_he_or_she_heading(ctx, u) or _aged_one_heading(ctx, u) for u in range(start, t)):
        return True
    return any(
        start <= u < t
        and ctx.qid[u] == -1
        and actors.actors[j].kind == "person"
        and (is_subject(ctx, u) or owns_the_subject(ctx, u, j))
        for u, j in actors.mentions
    )


def _team_words(ctx: Context, words: list) -> dict[int, int]:
    """The words before a role noun that name an organisation of the article (there or, tagged another kind
    there, elsewhere), by token: the team, club or party of the person it describes ("the Stampeders
    kicker", "the Labour frontbencher"), which a person's name would not be ("the senior Cruz adviser");
    an "of" phrase names the body whose one office it is ("the chair of the DNC"), held by no narrated
    player."""
    actors = ctx.actors.actors
    found = {}
    for t in words:
        j = ctx.actors.tok2actor.get(t.i)
        if j is None and t.pos_ == "PROPN":  # tagged another kind here ("the Stampeders kicker", a product)
            named = [k for k, a in enumerate(actors) if a.kind == "organization" and t.text in a.name.split()]
            j = named[0] if len(named) == 1 else None
        if j is not None and actors[j].kind == "organization":
            found[t.i] = j
    return found


def _titled_with_another(ctx: Context, idx: int, teams: dict[int, int]) -> bool:
    """Whether a title before a mention of person ``idx`` names a side other than the description's
    ("Kelso manager Ross Dunbar" beside "the Ashby boss"): a proper noun in the run of title words."""
    doc = ctx.doc
    own = {doc[i].lower_ for i in teams} | {
        w.lower() for j in teams.values() for w in ctx.actors.actors[j].name.split()
    }
    for t, j in ctx.actors.mentions:
        if j != idx:
            continue
        i = t - 1
        while (
            i >= 0 and (is_role_noun(doc[i]) or doc[i].pos_ == "PROPN") and ctx.actors.tok2actor.get(i) != idx
        ):
            if doc[i].pos_ == "PROPN" and not is_role_noun(doc[i]) and doc[i].lower_ not in own:
                return True
            i -= 1
    return False


def _faces(ctx: Context, t: int, orgs: set[int]) -> bool:
    """Whether the sentence of the mention at ``t`` names one of ``orgs`` after the mention: the person
    acted on that team or body ("Smith scored twice against the Lions"), so the description of one of its
    people is someone else."""
    sent = ctx.doc[t].sent
    end = ctx.mention_end(t)
    return any(ctx.actors.tok2actor.get(i) in orgs for i in range(end + 1, sent.end))


def _untagged_club_word(ctx: Context, t) -> bool:
    """A capitalised word in a description that names no one the article names and no place, a team's, a
    club's, a party's or a seat's as the model leaves them ("The former Scarlets boss was asked …", "the
    Dublin Mid-West TD"): no name that points elsewhere ("the Vermont senator", "the senior Cruz adviser"
    do)."""
    return t.pos_ == "PROPN" and not t.ent_type_ and t.i not in ctx.actors.tok2actor and t.dep_ != "poss"


def _initialisms_of(mods: set[str], held: set[str]) -> set[str]:
    """The modifiers written as the initials of words the holder was given ("pc" beside "progressive" and
    "conservative", "ndp" beside "new", "democratic" and "party"): the same words, abbreviated."""
    firsts = [w[:1] for w in held if w.isalpha()]
    out = set()
    for m in mods:
        if 2 <= len(m) <= 4 and m.isalpha() and m not in held:
            pool = list(firsts)
            if all(ch in pool and not pool.remove(ch) for ch in m):
                out.add(m)
    return out


def _spelt_out(mods: set[str], held: set[str]) -> set[str]:
    """The modifiers that spell out initials the holder was given ("sinn" and "féin" beside "sf" of "Cllr
    Mairéad Kinsella (SF)"): the same party, written in full."""
    words = [m for m in mods if m.isalpha() and m not in held]
    firsts = sorted(w[0] for w in words)
    if len(words) < 2:
        return set()
    return set(words) if any(sorted(h) == firsts for h in held if 2 <= len(h) <= 4 and h.isalpha()) else set()


def _party_nicknames(mods: set[str], held: set[str]) -> set[str]:
    """The modifiers that are a party's nickname for a party the holder was given ("tory" beside "Welsh
    Conservative Senedd leader"; "gop" beside "Republican")."""
    return {m for m in mods if PARTY_NICKNAMES.get(m) in held}


def offices_held(roles: dict, idx: int) -> set[str]:
    """The roles the article ties to actor ``idx`` (``role_map``) that are a person's offices: not an
    organisation's noun, nor a relation ("the mother" is none: the kin nouns a person is tied to do not
    make them someone else), nor one held before ("a former Louisiana emergency management director" is
    now "the nominee")."""
    return {
        role
        for role, holders in roles.items()
        if idx in holders
        and role not in ORG_NOUNS
        and not holders[idx] & _PAST_MODIFIERS
        and _GIVEN_TRADE not in holders[idx]
    } - set(RELATION_NOUNS)


_PAST_MODIFIERS = frozenset({"former", "ex", "retired", "onetime", "erstwhile"})


# Nouns a place word before them turns into a description of where someone is from ("the Strokestown man").
_ORIGIN_HEADS = PLACE_DESCRIBED_NOUNS  # "the Strokestown man", "the Ennis native"


def origin_holder(ctx: Context, tok) -> int | None:
    """The one person ``origin_people`` finds, else None."""
    found = origin_people(ctx, tok)
    return found.pop() if len(found) == 1 else None


def home_elsewhere(ctx: Context, idx: int, place: list[str]) -> bool:
    """Whether the article ties person ``idx`` to a place other than ``place`` (its words): "Quebec's
    Geneviève Côté", "Côté, of Quebec", "Côté from Quebec"; then "the Ottawa native" is someone else."""
    doc, actors = ctx.doc, ctx.actors
    homes = []
    for t, j in actors.mentions:
        if j != idx or ctx.qid[t] != -1:
            continue
        if t >= 2 and doc[t - 1].text in ("'s", "’s") and doc[t - 2].text[:1].isupper():
            homes.append([doc[t - 2].text])
        i = _place_after_name(ctx, t, idx)
        if i is not None and doc[i].ent_type_ in ("GPE", "LOC"):
            homes.append([doc[i].text])
    return bool(homes) and all(h != place[-1:] for h in homes)


def _place_after_name(ctx: Context, t: int, idx: int) -> int | None:
    """The first word after "of" or "from" set after the mention of ``idx`` at ``t`` ("Tommy Flanagan of
    Strokestown", "Ana Ruiz, from Ennis,"), or None when no such word follows it."""
    doc = ctx.doc
    i = ctx.mention_end(t, idx) + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i + 1 if i + 1 < len(doc) and doc[i].lower_ in ("of", "from") else None


def origin_people(ctx: Context, tok) -> set[int]:
    """ "The Strokestown man said": a place word before "man", "woman", "native" stands for the one person the
    article names as of or from that place ("Tommy Flanagan of Strokestown", "Ana Ruiz, from Ennis,"): the
    people so named (one is the holder; two leave the phrase). Before a person's role the place is a side's
    or a seat's, which a possessive ties too ("Manitoba's Brooke Thorsteinson" … "the Manitoba skipper")."""
    role = is_role_noun(tok) and not is_org_noun(tok.lower_)
    if (tok.lower_ not in _ORIGIN_HEADS and not role) or tok.tag_ != "NN":
        return set()
    doc = ctx.doc
    start = tok.i
    while (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].is_alpha
        and doc[start - 1].lower_ != "the"
    ):
        start -= 1
    if start == tok.i or start == 0 or doc[start - 1].lower_ != "the" or tok.i - start > 2:
        return set()
    place = [t.text for t in doc[start : tok.i]]
    actors = ctx.actors
    found = set()
    for t, idx in actors.mentions:
        if actors.actors[idx].kind != "person" or ctx.qid[t] != -1:
            continue
        i = _place_after_name(ctx, t, idx)
        if i is not None and [w.text for w in doc[i : i + len(place)]] == place:
            found.add(idx)
        if role and _possessed_by(doc, t, place):
            found.add(idx)
    return found


def _possessed_by(doc, t: int, place: list[str]) -> bool:
    """Whether the words of ``place`` and "'s" stand right before the mention at ``t`` ("Manitoba's Brooke
    Thorsteinson") or open it, as the model may take them in ("Ontario’s Rachel Dumont")."""
    n = len(place)
    for first in (t - 1 - n, t):
        if first >= 0 and first + n < len(doc) and doc[first + n].text in ("'s", "’s"):
            if [w.text for w in doc[first : first + n]] == place:
                return True
    return False


def _nationality(t) -> bool:
    """A nationality describing the person ("the Argentine-Canadian director", "the Belgian designer"):
    no name pointing elsewhere, unlike a party ("the Republican senator") or a place ("the Vermont
    senator")."""
    if t.is_punct and t.text in ("-", "‑"):
        return True
    return t.ent_type_ == "NORP" and not t.lower_.endswith("s") and t.lower_ not in _PARTY_WORDS


def nationality(t) -> bool:
    """A nation's word for its people, neither a party's nor a hyphen ("Swede", "Spaniard", "Kenyan")."""
    return t.text[:1].isupper() and _nationality(t)


def _age_word(t) -> bool:
    """A word of an age ("the 21-year-old winger", tagged a date) or of a school year ("the Grade 11 student",
    "the Year 9 pupil"): a description, no name."""
    if t.lower_ in _SCHOOL_YEARS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num:
        return True
    if t.like_num and t.i > 0 and t.doc[t.i - 1].lower_ in _SCHOOL_YEARS:
        return True
    return t.ent_type_ == "DATE" and (t.like_num or t.lower_ in ("year", "years", "old", "-"))


_SCHOOL_YEARS = frozenset({"grade", "year", "form", "class"})


_PARTY_WORDS = frozenset(
    "republican democrat democratic liberal conservative labour tory green socialist communist independent".split()
)


# Entity types that are numbers, not names: "the two-time champion", "the mother of three".
_NUMBER_TYPES = frozenset({"", "CARDINAL", "ORDINAL", "QUANTITY"})


def _role_word_between(ctx: Context, t: int, tok) -> bool:
    """Whether the role word of ``tok`` was written, outside quotes, after the mention at ``t``: the
    subject acted on someone of that role ("Reyes criticised the mayor"), who is the one speaking. Not a position played
    "at" ("Kristen Forbes, who made seven interceptions at goal keeper," … "the veteran goal keeper said"): the subject's
    own; nor the subject's own description in apposition ("Plaskett, 31, the veteran center who …, was more
    emotional")."""
    first = min(w.i for w in tok.subtree)
    doc = ctx.doc
    end = ctx.mention_end(t)
    return any(
        doc[i].lower_ == tok.lower_
        and ctx.qid[i] == -1
        and not _played_at(doc[i])
        and not (doc[i].dep_ == "appos" and t <= doc[i].head.i <= end)
        for i in range(t + 1, first)
    )


def _played_at(word) -> bool:
    """Whether a player's position is the object of "at" ("played at goal keeper", "started at centre")."""
    return word.lower_ in _PLAYING_POSITIONS and word.dep_ == "pobj" and word.head.lower_ == "at"


def _asked(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is the subject of "ask": the next quote is the answer, someone
    else's ("“That would be you?” Borger asked." ¶ "“That would be me,” the senator said."). Set off by a
    comma, "asked" is what was put to the person ("Kjærgaard, asked whether he could hold on, smiled."),
    who answers next."""
    last = ctx.doc[ctx.mention_end(t)]
    if last.i + 1 < len(ctx.doc) and ctx.doc[last.i + 1].text == ",":
        return False
    # any word of the name: the parser may hang the surname on the verb as an adverb ("Presenter Aoife
    # Kiely asked about the delays", "Aoife" the subject)
    return any(w.dep_ == "nsubj" and w.head.lemma_.lower() == "ask" for w in ctx.doc[t : last.i + 1])


def _put_to(ctx: Context, t: int, idx: int) -> tuple[int, int] | None:
    """(the mention, the actor) of the one person whom actor ``idx``, who asks at ``t``, was just written
    to ask ("Sen. Naomi Feldstein asked Achebe-Ward to commit to …" before "“Will you …?” Feldstein
    asked."): the object of an asking verb of hers in this or the two sentences before; else None."""
    actors = ctx.actors
    here = actors.sent_index(t)
    lo = actors.sent_starts[max(0, here - 2)]
    asked = set()
    for w in ctx.doc[lo : t + 1]:
        if w.lemma_.lower() not in ASKING_VERBS or ctx.qid[w.i] != -1:
            continue
        if not any(c.dep_ == "nsubj" and actors.tok2actor.get(c.i) == idx for c in w.children):
            continue
        for c in w.children:
            j = actors.tok2actor.get(c.i)
            if c.dep_ == "dobj" and j is not None and j != idx and actors.actors[j].kind == "person":
                asked.add((ctx.mention_start(c.i, j), j))
    return asked.pop() if len(asked) == 1 else None


def _one_asked_by(ctx: Context, t: int) -> tuple[int, int] | None:
    """(the mention, the actor) of the person a question was put to when the mention at ``t`` put it, as
    the agent of a passive "ask" ("Pōmare was asked by TVNZ's Grace Okwuosa-Reid whether …"): the one
    asked is the one who answers next; else None."""
    last = ctx.doc[ctx.mention_end(t)]
    agent = last.head
    if last.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() not in ASKING_VERBS:
        return None
    for c in agent.head.children:
        if c.dep_ == "nsubjpass" and (j := ctx.actors.tok2actor.get(c.i)) is not None:
            start = ctx.mention_start(c.i, j)
            return (start, j) if ctx.actors.actors[j].kind == "person" else None
    return None


def _description_words(tok) -> list:
    """The words of a role description that say whose or which role it is: those before the noun and
    its "of"/"from" phrases ("the Vermont senator", "the senator from Vermont"), not a clause hung on it
    ("The veteran backbencher, known at Westminster as ‘the Iron Duke’, added")."""
    out = []
    start = glued_start(tok)  # the role word's own parts are none ("minister" of "minister-elect")
    for c in tok.children:
        if c.i < tok.i or (c.dep_ == "prep" and c.lower_ in ("of", "from", "for")):
            out.extend(t for t in c.subtree if not start <= t.i <= tok.i)
    return out


def sex_said_of(tok) -> str | None:
    """The sex a description's own sentence gives it: "The singer said she was wary …" (the pronoun the
    clause it reports opens with), else None."""
    if tok.dep_ != "nsubj":
        return None
    for c in tok.head.children:
        if c.dep_ == "ccomp" and c.i > tok.head.i:
            for g in c.children:
                if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("he", "she"):
                    return "m" if g.lower_ == "he" else "f"
    # "said in a statement posted to Instagram that she was …": the parser hung the reported clause on the statement;
    # a "that" clause's he/she after the cue is still the description's
    for g in tok.head.subtree:
        if (
            g.i > tok.head.i
            and g.dep_ in ("nsubj", "nsubjpass")
            and g.lower_ in ("he", "she")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in g.head.children)
        ):
            return "m" if g.lower_ == "he" else "f"
    return None


def _role_sex(word: str) -> str | None:
    if word.endswith(("woman", "ess")):
        return "f"
    if word.endswith("man"):
        return "m"
    return None


def recent_organisation(ctx: Context, tok) -> int | None:
    """The one organisation that was a clause subject in this or the two previous sentences (a dateline,
    "OSLO, Feb 6 (Reuters) -", which the model may tag an organisation, is none); when none was, in the two previous
    sentences with narration (a statement quoted at length in sentences of its own between: "In a statement, Seaward
    Seafoods said …" ¶ "“…. …. …,” the statement said." ¶ "The company said …")."""
    actors = ctx.actors
    subject_at, named_at, in_paragraph = _organisations_near(ctx, tok, narrated=False)
    if not subject_at:
        subject_at, named_at, in_paragraph = _organisations_near(ctx, tok, narrated=True)
    if len(subject_at) > 1 and len(in_paragraph) == 1 and next(iter(in_paragraph)) in subject_at:
        # a live blog's entries, a new paragraph: "Cayman Airways has added three flights. “…,” the airline
        # said" is not the operations centre of the entry before
        subject_at = {j: s for j, s in subject_at.items() if j in in_paragraph}
        named_at = {j: s for j, s in named_at.items() if j in in_paragraph}
    if len(subject_at) > 1 and tok.lower_ in FIRM_NOUNS:
        # "the company said" after "only Congress can regulate …" and "Corvalis would lose …": of several
        # bodies, the one whose name is a firm's ("Corvalis Therapeutics", "Parcelwise Logistics Inc.")
        firms = {j for j in subject_at if _firm_name(actors.actors[j].name)}
        subject_at = {j: s for j, s in subject_at.items() if j in firms}
        named_at = {j: s for j, s in named_at.items() if j in firms}
    if len(subject_at) != 1:
        return None
    idx, at = next(iter(subject_at.items()))
    # Others named only in passing, no later than the subject's sentence, are no rivals: "Northern Health
    # will close the unit at University Hospital of Northern B.C. … ¶ the health authority said"
    return idx if all(s <= at for j, s in named_at.items() if j != idx) else None


def _organisations_near(ctx: Context, tok, narrated: bool) -> tuple[dict[int, int], dict[int, int], set[int]]:
    """``recent_organisation``'s look back: the organisations that were a clause subject, the organisations named, each
    by its last sentence, and those named in the description's paragraph, within two sentences (with ``narrated``,
    two sentences with narration)."""
    actors = ctx.actors
    here = actors.sent_index(tok.i)
    named_at: dict[int, int] = {}  # organisation -> the last sentence naming it (outside quotes)
    subject_at: dict[int, int] = {}  # organisation -> the last sentence it is a clause subject in
    in_paragraph: set[int] = set()  # organisations written in the description's paragraph
    for t, idx in reversed(actors.mentions):
        if t >= tok.i or ctx.qid[t] != -1:
            continue
        back = (
            narrated_sentences_between(ctx, actors.sent_index(t), here)
            if narrated
            else here - actors.sent_index(t)
        )
        if back > _ORG_WINDOW_SENTENCES:
            break
        if sent_a_document(ctx, t):
            continue  # "In a notice to the Nigerian Exchange Limited, the company said": whom it was sent to
        if actors.actors[idx].kind == "place":
            idx = organisation_opening_with(ctx, idx)  # "Nordhaven said …" beside "Nordhaven Logistics"
            if idx is None:
                continue
        if actors.actors[idx].kind == "organization" and not in_dateline(ctx.doc[t], ctx):
            at = actors.sent_index(t)  # (mentions run backwards: the first seen is the last written)
            named_at.setdefault(idx, at)
            if ctx.para_of[t] == ctx.para_of[tok.i]:
                in_paragraph.add(idx)
            if (
                is_subject(ctx, t)  # "The retailer Brightwell is to close …" too
                or owned_subject(ctx, t, idx) is not None  # "Chernihivoblenergo's press service said"
                or _of_the_subject(ctx, t)  # "Shares of Deccan Infraprojects Ltd fell"
                or _relative_subject(ctx, t, ("which", "that"))  # "from the Caucus, which represents …"
            ):
                subject_at.setdefault(idx, at)
    return subject_at, named_at, in_paragraph


def _of_the_subject(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is the "of" phrase of its clause's subject ("Shares of Deccan Infraprojects
    Ltd, the dam's main contractor, fell", "The chief executive of Acme said"): the body the sentence is about."""
    last = ctx.doc[ctx.mention_end(t)]
    prep = last.head
    return (
        last.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.dep_ in ("nsubj", "nsubjpass")
        and prep.head.i < t
    )


def _firm_name(name: str) -> bool:
    """A company's name: its last word a designator or a legal form ("Corvalis Therapeutics", "Acme Ltd")."""
    return name.split()[-1].lower().rstrip(".") in _FIRM_ENDINGS


_FIRM_ENDINGS = COMPANY_DESIGNATORS | LEGAL_FORMS | FIRM_NAME_ENDINGS


def _the_one_firm(ctx: Context, tok, mods: set[str]) -> int | None:
    """ "Stagepass Inc. faces a class action … ¶ “…,” the company said": a bare "the company" (or firm,
    retailer …) with no organisation a clause subject near it is the one organisation the article names,
    before the noun and outside quotes, whose name is a firm's; none when it names two firms (a buyer and
    its target), the firm neither was a clause subject before nor had a spokesperson speak for it (an
    analyst's firm, named only beside the analyst), or the noun is qualified ("the parent company", "the Calgary company")."""
    if tok.lower_ not in FIRM_NOUNS or mods or not _definite(tok):
        return None
    actors = ctx.actors
    firms = {
        j
        for t, j in actors.mentions
        if ctx.qid[t] == -1 and actors.actors[j].kind == "organization" and _firm_name(actors.actors[j].name)
    }
    if len(firms) != 1:
        return None
    (idx,) = firms
    # the firm the story is about did something in it or had someone speak for it (an analyst's firm
    # is only named beside the analyst)
    acted = any(
        t < tok.i
        and j == idx
        and ctx.qid[t] == -1
        and (
            is_subject(ctx, t)
            or owned_subject(ctx, t, j) is not None
            or _spoken_for(ctx, t)
            or _of_the_subject(ctx, t)
            or _passives_agent(ctx, t)  # "The building is owned by Harbourline Properties."
        )
        for t, j in actors.mentions
    )
    return idx if acted or _short_name_spoken_for(ctx, idx, tok.i) else None


def _passives_agent(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is the "by" agent of a main clause's passive verb: the one who does it, as a
    subject would (not inside a relative clause: "Andes Litio, which is controlled by … Meridian Resources, said")."""
    last = ctx.doc[ctx.mention_end(t)]
    return last.dep_ == "pobj" and last.head.dep_ == "agent" and last.head.head.dep_ in ("ROOT", "conj")


def _short_name_spoken_for(ctx: Context, idx: int, before: int) -> bool:
    """Whether the first word of organisation ``idx``'s name, untagged, stands before a spokesperson noun outside
    quotes before token ``before`` ("Parcelwise spokesperson Ana Ruiz" beside "Parcelwise Logistics Inc")."""
    first = ctx.actors.actors[idx].name.split()[0]
    return any(
        w.text == first and w.dep_ == "compound" and w.head.lemma_.lower() in SPOKESPERSON_NOUNS
        for w in ctx.doc[:before]
        if ctx.qid[w.i] == -1
    )


def _spoken_for(ctx: Context, t: int) -> bool:
    """Whether the mention at ``t`` is the body a spokesperson speaks for: "Parcelwise spokesperson Ana
    Ruiz", "a spokesperson for the developer, Bluffline Hospitality Partners,"."""
    last = ctx.doc[ctx.mention_end(t)]
    if last.dep_ == "appos" and not _office_spoken_for(last.head):
        # an organisation set off after the spokesperson noun itself is the body (the parser hangs "the
        # developer, Bluffline Hospitality Partners," on "spokesperson")
        return last.head.lemma_.lower() in SPOKESPERSON_NOUNS
    if last.dep_ == "appos":
        last = last.head
    if last.dep_ in ("compound", "poss", "nmod"):
        return last.head.lemma_.lower() in SPOKESPERSON_NOUNS
    return _office_spoken_for(last)


def _named_by_another(ctx: Context, tok, idx: int) -> bool:
    """Whether a name qualifying an organisation noun is not in organisation ``idx``'s name: "the Clinton
    campaign" is not the State Department the sentence before named."""
    words = set(ctx.actors.actors[idx].name.lower().split())
    return any(
        t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in words and not _seat_of(t)
        for c in tok.children
        if c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < tok.i
        for t in c.subtree
    )


def _seat_of(t) -> bool:
    """A place written as where a body sits or trades ("the Minneapolis-based manufacturer", "the
    Toronto-listed miner"): no other body."""
    doc = t.doc
    return inner_hyphen(doc, t.i + 1) and doc[t.i + 2].lower_ in ("based", "headquartered", "listed")


def _organisation_at_earlier_use(ctx: Context, tok) -> int | None:
    """ "Groundhog River Paper Ltd. will shut a machine …, the company confirmed" … "The company said it
    would …": an organisation noun with no organisation named near it stands for what an earlier use of
    it (outside quotes, with the same modifiers) stood for, when no other organisation was a clause subject
    (outside quotes) between the two."""
    doc, actors = ctx.doc, ctx.actors
    first = min(w.i for w in tok.subtree)
    mods = modifiers(tok)
    for i in range(first - 1, -1, -1):
        e = doc[i]
        if e.lower_ != tok.lower_ or ctx.qid[i] != -1 or not _definite(e) or modifiers(e) != mods:
            continue
        idx = recent_organisation(ctx, e)
        if idx is None:
            continue  # "the union had asked the company": a use that names no one here
        others = {
            j
            for t, j in actors.mentions
            if i < t < first
            and ctx.qid[t] == -1
            and actors.actors[j].kind == "organization"
            and is_subject(ctx, t)
        }
        return idx if others <= {idx} else None
    return None


def organisation_opening_with(ctx: Context, idx: int) -> int | None:
    """The one organisation whose name opens with the name of place actor ``idx`` ("Nordhaven" the model
    tagged a place, "Nordhaven Logistics" an organisation: the short form is the company), or None."""
    return organisation_opening(ctx, ctx.actors.actors[idx].name)


def organisation_opening(ctx: Context, name: str) -> int | None:
    """The one organisation whose name opens with the words ``name`` ("Northern Plains" of "Northern Plains
    Rail Co."), or None."""
    return one_organisation(ctx, lambda a: a.name.startswith(name + " "))


def untagged_organisation(ctx: Context, tok) -> tuple[str, list[int]] | None:
    """ "Northern Grid Power says it has restored power … “…,” the company said": with no organisation
    actor a clause subject in this or the two previous sentences, the one capitalised name of two words or more
    the model left untagged that was a clause subject there, (name, tokens); not one opening with a given
    name (a person the model missed) or "The"."""
    if not is_org_noun(tok.lower_) or not with_the(tok):
        return None
    actors, doc = ctx.actors, ctx.doc
    lo = actors.sent_starts[max(0, actors.sent_index(tok.i) - _ORG_WINDOW_SENTENCES)]
    found = []
    for i in range(lo, tok.i):
        idx = actors.tok2actor.get(i)
        if ctx.qid[i] != -1:
            continue
        if idx is not None and actors.actors[idx].kind == "organization" and is_subject(ctx, i):
            return None  # an organisation the model tagged as a subject: ``role_holder`` has decided
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lower_ == tok.lower_:
            # "The Quebec games workers’ union, STJV, said …": the name set off after the noun
            named = [c for c in t.children if c.dep_ == "appos" and _untagged_name_word(c, actors)]
            if len(named) == 1:
                found.append((named[0].text, [named[0].i]))
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.ent_type_ or idx is not None:
            continue
        chain = [t]
        while chain[0].i > lo and doc[chain[0].i - 1].head.i in {c.i for c in chain}:
            prev = doc[chain[0].i - 1]
            if prev.dep_ not in ("compound", "amod", "nmod") or not prev.text[:1].isupper():
                break
            chain.insert(0, prev)  # "Great Western Railway", "Northern Grid Power"
        words = [c.text for c in chain]
        if (
            (len(chain) >= 2 or _acronym(words[0]))  # "ICE, for its part, sided with the sheriff"
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[0] != "The"
            and not opens_with_given_name(" ".join(words))
            and not any(actors.tok2actor.get(c.i) is not None or c.ent_type_ for c in chain)
        ):
            found.append((" ".join(words), [c.i for c in chain]))
    return found[0] if len(found) == 1 else None


def _acronym(word: str) -> bool:
    """A body's initials written as one word in capitals ("ICE", "CFIA"): three to six letters."""
    return word.isalpha() and word.isupper() and 3 <= len(word) <= 6


def _untagged_name_word(tok, actors) -> bool:
    """One capitalised word (an acronym, "STJV", or a name, "Unifor") the model left untagged."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.ent_type_
        and actors.tok2actor.get(tok.i) is None
        and not any(c.dep_ in ("compound", "appos") for c in tok.children)
    )


# Styles of address a possessive opens ("His Excellency", "Her Honour"): a title, capitalised wherever it stands.
_STYLES = frozenset(
    {"Excellency", "Honour", "Honor", "Majesty", "Highness", "Worship", "Grace", "Lordship", "Ladyship"}
)


def shown_as(name: str, phrase: str, joiner: str | None = None) -> str:
    """'the mayor, Doug McCallum': the article's words, then the holder's name; a document by its issuer
    ('the statement from Harlow Systems'), a spokesperson by the body (``joiner`` " for ").

    The name comes last, as in an appositive attribution, so whatever reads a speaker by its last word
    (a surname, a body's head word) finds the name, never a word of the role."""
    first = phrase.split(" ", 2)
    styled = (
        len(first) > 1 and first[0] in ("His", "Her") and first[1] in _STYLES
    )  # "His Excellency" stays a style
    if first[0] in ("The", "A", "An", "His", "Her", "Its", "Their") and not styled:
        phrase = phrase[0].lower() + phrase[1:]
    if f" {name} " in f" {phrase} ":
        return phrase  # "an OCHA spokesman": the name is in the article's words already
    if joiner is None:
        joiner = " from " if phrase.rsplit(" ", 1)[-1].lower() in DOC_NOUNS else ", "
    return f"{phrase}{joiner}{name}"
