"""Descriptions and names from the thirty-second pass's blind sets (mixed119–mixed122, each measured once on
70b2a2c): a nationality the same in the plural ("the Portuguese grinned") or a province's people ("the Albertan
said") describes one person; a town and its province after an untagged name ("Shayla Vandermeer of Ridgeford,
Alta.,") make it a person's; an age before an occupation before a name ("22-year-old pacer Harshit Malviya") is
the name's; an age description that opened a narrated sentence earlier is whom it stood for then; a person
introduced with a "who" clause in a sentence no one is the subject of is whom the narration turned to; a present
tense the tagger read as a noun ("her brother counters") is a cue; the given names opening the sentences of a
family's paragraph ("three Kaminski boys. Luke, 24, …") are that family's. Sentences written for the test."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_a_nationality_the_same_in_the_plural_is_one_person(nlp):
    text = (
        "Rovers boss stays calm\n\nRovers manager Rui Fontes, 51, said he had a contract on his desk. "
        "‘I know what everybody is saying,’ Fontes said.\n\n"
        "Asked whether Rovers would be busy before the window shuts, the Portuguese grinned: ‘Maybe. Maybe not.’"
    )
    assert speakers(text, nlp)["Maybe. Maybe not."] == "the Portuguese, Rui Fontes"


def test_a_provinces_people_and_a_hometown_name_the_rider(nlp):
    text = (
        "Brothers meet in Stampede final\n\nWyatt Lyle, a Texan making his first trip to Calgary, finished third.\n\n"
        "Shayla Vandermeer of Ridgeford, Alta., won the barrel racing title with a time of 17.31 seconds.\n\n"
        '"I have been coming here since I was a little girl," the Albertan said.'
    )
    assert "Shayla Vandermeer" in people(text, nlp)
    ride = (
        "The ride was operated by Delaney Amusements of Grand Forks, N.D. Nobody was hurt, Mark Delaney said."
    )
    assert "Delaney Amusements" not in people(ride, nlp)
    assert speakers(text, nlp)["I have been coming here since I was a little girl,"] == (
        "the Albertan, Shayla Vandermeer"
    )


def test_an_age_before_an_occupation_is_the_names(nlp):
    text = (
        "India seal series\n\nCHENNAI: Aditya Raghavan made 132 and 22-year-old pacer Harshit Malviya took 5 for 38 "
        "as India won the third ODI.\n\n"
        "Australia were bowled out after skipper Mitchell Harwood (61) and Sam Pryor (48) had added 97.\n\n"
        '"I just wanted to hit the top of off stump," the 22-year-old said.'
    )
    assert (
        speakers(text, nlp)["I just wanted to hit the top of off stump,"]
        == "the 22-year-old, Harshit Malviya"
    )


def test_a_nationality_used_before_is_whom_it_stood_for(nlp):
    text = (
        "Rovers boss shrugs off talk\n\nRovers manager Rui Fontes said he had a contract on his desk.\n\n"
        "Asked whether the post had been a mistake, Fontes shrugged: ‘Ask Kofi.’\n\n"
        "But the Portuguese insisted the pair had cleared the air. ‘Kofi came to my office,’ he said.\n\n"
        "Mensah-Darko’s younger brother Kwabena, 19, waded in last night with a post of his own.\n\n"
        "Asked whether Rovers would be busy before the window shuts, the Portuguese grinned: ‘Maybe. Maybe not.’"
    )
    assert speakers(text, nlp)["Maybe. Maybe not."] == "the Portuguese, Rui Fontes"


def test_an_age_description_used_before_is_whom_it_stood_for(nlp):
    text = (
        "Bombers rally\n\nWINNIPEG - Brody Kessler threw three touchdown passes as the Bombers rallied.\n\n"
        '"We were flat for three quarters," Kessler said.\n\n'
        "The 27-year-old finished 24-of-33 for 312 yards after a first half in which Winnipeg managed 96 yards.\n\n"
        "Bombers head coach Dwayne Halloran said he never considered pulling his starter.\n\n"
        '"Not for a second," Halloran said.\n\n'
        '"I have played with a lot of receivers. That kid is different," the 27-year-old said of the rookie.'
    )
    found = speakers(text, nlp)["I have played with a lot of receivers. That kid is different,"]
    assert found == "the 27-year-old, Brody Kessler"


def test_a_person_introduced_with_a_who_clause_is_whom_the_narration_turned_to(nlp):
    text = (
        "Harold Fenn, a paleontologist at the University of Wyoming, said in an e-mail that the specimen was "
        "“genuinely important.”\n\n"
        "Much of the digging has fallen to graduate students such as Maria Lopez, who spent this summer jacketing "
        "the tail in plaster.\n\n"
        "“You spend ten hours a day with a dental pick,” the 24-year-old said."
    )
    assert (
        speakers(text, nlp)["You spend ten hours a day with a dental pick,"] == "the 24-year-old, Maria Lopez"
    )
    # (the person named last as a subject stays whom a description means when the new name has no clause)
    plain = text.replace(", who spent this summer jacketing the tail in plaster", "")
    assert (
        speakers(plain, nlp)["You spend ten hours a day with a dental pick,"]
        == "the 24-year-old, Harold Fenn"
    )


def test_a_present_tense_read_as_a_noun_is_a_cue(nlp):
    text = (
        "The winery has reopened an old argument.\n\n"
        "“We are underpriced. I say that with love,” Kirsten Halvorsen says.\n\n"
        "“We are priced for the people who kept buying when nobody knew who we were,” her brother counters."
    )
    # the words are not hers: her brother's, whom the parse leaves unnamed
    assert speakers(text, nlp)[
        "We are priced for the people who kept buying when nobody knew who we were,"
    ] == ("her brother")


def test_given_names_opening_a_family_paragraph_are_the_familys(nlp):
    text = (
        "CEDAR FALLS, Iowa — The mat in Dale Kaminski’s pole barn is older than two of his sons.\n\n"
        "There are three Kaminski boys. Luke, 24, coaches high school wrestling in Ames. Aaron, 21, is a junior at "
        "Northern Iowa. Sam, 17, is a senior.\n\n"
        "“Dad and I did not talk for almost a year,” the eldest brother says."
    )
    assert {"Luke Kaminski", "Aaron Kaminski"} <= people(text, nlp)
