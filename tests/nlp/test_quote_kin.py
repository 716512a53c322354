"""Kin and agent phrases (``bot/nlp/quotes/kin.py``): "her son said" names the one person the article
ties to that relation, with the right owner; else the phrase stays, and no name is guessed."""

from __future__ import annotations

from tests.support.quotes import rule_quotes, speakers


def test_a_son_named_in_apposition_speaks_for_her_son(nlp):
    text = (
        "Ellen Marsh has lived on Dock Street for twenty years. Her son, Callum Marsh, 12, found the "
        "puppy under a car on Sunday.\n\n"
        "“He was shaking and covered in oil,” her son said."
    )
    assert speakers(text, nlp) == {"He was shaking and covered in oil,": "her son, Callum Marsh"}


def test_the_name_before_the_relation_ties_it_too(nlp):
    text = (
        "Ellen Marsh opened the bakery in 1998. Callum, her son, now runs the ovens.\n\n"
        "“I was in here before I could walk,” her son said."
    )
    assert speakers(text, nlp) == {"I was in here before I could walk,": "her son, Callum"}


def test_an_untied_relation_stays_the_phrase(nlp):
    text = (
        "Ellen Marsh opened the bakery in 1998 and still works the early shift.\n\n"
        "“She has never taken a holiday,” her son said."
    )
    assert speakers(text, nlp) == {"She has never taken a holiday,": "her son"}


def test_his_agent_is_never_the_player_himself(nlp):
    text = (
        "Striker Tomas Vidal is close to a move to Lisbon. The forward’s agent, Rui Campos, confirmed "
        "talks on Friday.\n\n"
        "Vidal scored 14 goals last season. He was dropped for the cup final, which his agent called "
        "“a mistake by the coach”."
    )
    assert speakers(text, nlp) == {"a mistake by the coach": "his agent, Rui Campos"}


def test_a_relation_owned_by_someone_else_stays_the_phrase(nlp):
    text = (
        "Paul Drake’s lawyer, Ana Diaz, said he would appeal.\n\n"
        "Ruth Kemp, who brought the case, did not attend the hearing.\n\n"
        "“She is relieved it is over,” her lawyer said."
    )
    found = speakers(text, nlp)
    assert found["She is relieved it is over,"] == "her lawyer"


def test_the_other_side_of_a_kin_tie_needs_the_persons_sex(nlp):
    text = (
        "Mr Ian Ross’s daughter, Kate Ross, took over the farm in 2019. She has doubled the herd.\n\n"
        "“I thought she was mad,” her father said."
    )
    assert speakers(text, nlp) == {"I thought she was mad,": "her father, Ian Ross"}


def test_two_people_holding_the_relation_leave_the_phrase(nlp):
    text = (
        "Ellen Marsh has two sons. Her son, Callum Marsh, runs the ovens, and her son, Aidan Marsh, "
        "drives the van.\n\n"
        "“We argue about everything,” her son said."
    )
    assert speakers(text, nlp) == {"We argue about everything,": "her son"}


def test_the_holder_just_named_is_not_the_owner_of_the_pronoun(nlp):
    """ "Vidal's agent, Rui Campos, confirmed talks. … his agent said": the last subject is the agent
    himself, and no one is his own agent; "his" still fits Vidal."""
    text = (
        "Striker Tomas Vidal is close to a move. Vidal’s agent, Rui Campos, confirmed talks.\n\n"
        "“It is only details now,” his agent told reporters."
    )
    assert speakers(text, nlp) == {"It is only details now,": "his agent, Rui Campos"}


def test_their_lawyer_and_a_copula_tie(nlp):
    text = (
        "The Okafor family has sued the school board. The family’s lawyer, Ana Diaz, filed the claim on "
        "Monday.\n\n“They were let down at every turn,” their lawyer said."
    )
    assert speakers(text, nlp) == {"They were let down at every turn,": "their lawyer, Ana Diaz"}
    text = (
        "Ellen Marsh opened the bakery in 1998. Callum Marsh is her son and now runs the ovens.\n\n"
        "“I was in here before I could walk,” her son said."
    )
    assert speakers(text, nlp) == {"I was in here before I could walk,": "her son, Callum Marsh"}


def test_the_agent_is_the_one_agent_the_article_named_whoever_he_acts_for(nlp):
    text = (
        "Councillors approved the scheme on Thursday.\n\n"
        "The developer's agent, Gwilym Baines of Baines Associates, said the firm had cut the number of "
        "homes.\n\n"
        "“We listened, and we changed the plan,” the agent said."
    )
    assert speakers(text, nlp) == {"We listened, and we changed the plan,": "the agent, Gwilym Baines"}


def test_the_agent_with_two_agents_named_stays_the_phrase(nlp):
    text = (
        "Rui Campos, the striker's agent, and Ana Pires, the midfielder's agent, met the club on Monday.\n\n"
        "The talks lasted three hours.\n\n"
        "“Nothing is signed,” the agent said."
    )
    assert speakers(text, nlp) == {"Nothing is signed,": "the agent"}


def test_a_parent_the_article_names_without_a_sex_is_her_father_or_mother(nlp):
    text = (
        "Chief Roland Sanderson cut the ribbon on Friday.\n\n"
        "Sanderson's daughter, Kayla Sanderson, 24, now works as one of the plant's two operators.\n\n"
        "“Now I'm the one who tests it every morning,” she said.\n\n"
        "Her father said he was “prouder of that than of the plant.”"
    )
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["prouder of that than of the plant."] == "her father, Roland Sanderson"
    # with no tie written, the one other person of her surname (``kin._only_namesake``); with no tie and
    # no namesake, no one
    text = text.replace("Sanderson's daughter, Kayla Sanderson, 24,", "Kayla Sanderson, 24,")
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["prouder of that than of the plant."] == "her father, Roland Sanderson"
    text = text.replace("Chief Roland Sanderson", "Chief Roland Baker")
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["prouder of that than of the plant."] in (None, "Her father")


def test_a_kin_phrase_of_a_shared_surname_is_the_one_namesake_of_its_sex(nlp):
    # "his" is one of two Brooks brothers, which the rules cannot say; his mother is the one Brooks woman
    text = (
        "Guard\n\nTavion Brooks scored 31 points on Saturday. His brother, Marcus Brooks, watched from the stands.\n\n"
        "Keisha Brooks, a postal carrier who raised both boys by herself, laughed when she heard the story.\n\n"
        "Brooks will graduate in May. Asked what he would tell a younger player, he paused.\n\n"
        "His mother said she had one request for her son: “Don't make me cry in public.”"
    )
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["Don't make me cry in public."] == "his mother, Keisha Brooks"


_COUPLE = (
    "Donna Keller has worked on the plant's circuit board line for 22 years. She married Jim Keller, an "
    "electrician, in 1990.\n\n"
    "The plant was sold in 2017, when a private equity firm bought it from Arne Halverson for $40 million.\n\n"
    '"I keep doing the math," Donna Keller said.\n\n'
)


def test_a_he_after_her_husband_is_the_husband(nlp):
    # "He" cannot be the woman who owns "Her husband": the pronoun continues from the relative, not from
    # the last man named (the seller)
    text = _COUPLE + (
        "Her husband was quieter. He said both times people had told them it would close.\n\n"
        '"So part of you stops believing it," he said.'
    )
    assert speakers(text, nlp)["So part of you stops believing it,"] == "Jim Keller"


def test_a_body_in_a_side_clause_does_not_stop_the_chain(nlp):
    # a company as the subject of a when-clause names no he: the chain still runs back to "Her husband"
    text = _COUPLE + (
        "Her husband was quieter. He said people had told them it would close when private equity firm "
        "Halcrow Partners bought it.\n\n"
        '"So part of you stops believing it," he said.'
    )
    assert speakers(text, nlp)["So part of you stops believing it,"] == "Jim Keller"


def test_a_he_after_his_father_stays_with_the_resolver(nlp):
    # "His father was a steelworker. He said …" may be either man: the owner keeps the pronoun
    text = (
        "Tom Reyes grew up in Gary, Indiana, and now runs the union local. His father was a steelworker. He "
        "said the closures of the 1980s shaped him.\n\n"
        "“I saw what it did to the men on our street,” he said."
    )
    assert speakers(text, nlp)["I saw what it did to the men on our street,"] == "Tom Reyes"
