"""What ties a description to a person beyond a full title (``bot/nlp/quotes/roles.py``): abbreviated
titles ("Sen."), the places a person is introduced with, a title whose field has two parts, and the
places a description carries that its holder must share."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_description_with_a_place_names_the_one_abbreviated_title_holder_from_there(nlp):
    """The other senator was the last subject named: "the senator from Wichita" is the one introduced with
    Wichita."""
    text = (
        "Sen. Harlan Voss, a Wichita Republican, said the bill would gut the turnpike authority.\n\n"
        "Sen. Mark Quill, a Topeka Democrat who wrote the bill, said drivers had no say.\n\n"
        "Quill responded that the bill protects every bond already sold.\n\n"
        "“Not one bond is touched,” he said.\n\n"
        "The senator from Wichita was not persuaded. “You can write that all day long,” he said."
    )
    assert speakers(text, nlp)["You can write that all day long,"] == "Harlan Voss"


def test_a_state_before_the_abbreviated_title_ties_the_state_senator(nlp):
    text = (
        "Idaho Sen. Corwin Batt said he would oppose the rule. Sen. Lena Ostrova said she would back it.\n\n"
        "Asked about the vote, the Idaho senator was short: “It will fail.”"
    )
    assert speakers(text, nlp)["It will fail."] == "the Idaho senator, Corwin Batt"


def test_a_bare_role_beside_two_abbreviated_title_holders_names_neither(nlp):
    text = (
        "Sen. Harlan Voss and Sen. Marta Quill met on Monday.\n\n"
        "Reporters waited outside.\n\n"
        "“We made progress,” the senator said."
    )
    assert speakers(text, nlp)["We made progress,"] not in ("Harlan Voss", "Marta Quill")


def test_a_title_whose_field_has_two_parts_gives_the_role(nlp):
    text = (
        "Minister of Fisheries and Forestry Tomas Eriksen opened the harbour on Friday.\n\n"
        "Harbour pilot Ole Lund said boats had waited years for the new berth.\n\n"
        "The minister said the harbour would bring trade back to the island.\n\n"
        "“This is a new start for all of us,” he said."
    )
    assert speakers(text, nlp)["This is a new start for all of us,"] == "the minister, Tomas Eriksen"


def test_a_place_before_a_role_must_be_the_holders_own(nlp):
    text = (
        "By the time Niamh Corrigan took the stage, the rain had stopped. Within a song she had the crowd.\n\n"
        "The Donegal singer opened with a ballad before the band came in.\n\n"
        "“You are all still here,” she told the crowd.\n\n"
        "Later, singer Tessa Brandt of the Larks played to a thinning field."
    )
    assert speakers(text, nlp)["You are all still here,"] == "Niamh Corrigan"


def test_a_party_member_named_by_place_is_the_one_from_there(nlp):
    """ "the Glastonbury Republican said" after "Rep. Brittney Sorensen, R-Glastonbury,": the party's noun
    with a place is the one person introduced with that place, not the party."""
    text = (
        "Rep. Brittney Sorensen, R-Glastonbury, said she was not opposed in principle. Rep. Dale Ortiz, "
        "D-Hartford, backed the bill.\n\n"
        "“I'd like to know what this does to a small hospital,” the Glastonbury Republican said."
    )
    assert speakers(text, nlp)["I'd like to know what this does to a small hospital,"].endswith(
        ", Brittney Sorensen"
    )


def test_a_witness_holding_another_office_is_not_the_senator(nlp):
    """A hearing's exchange ends "“About the same,” the senator said": the FAA administrator answering
    (called "senator" inside his own quote) holds an office of his own and is never "the senator"."""
    text = (
        "FAA Administrator Raymond Okonjo told the subcommittee the agency had hired 1,900 controllers.\n\n"
        "“How many controllers do you have there today, fully certified?” Sen. Marcus Bellamy asked.\n\n"
        "“I'd have to get you the exact figure, senator,” Okonjo said.\n\n"
        "“Is it more or less than last year?”\n\n"
        "“It's about the same.”\n\n"
        "“About the same,” the senator said. “That's what I was afraid of.”"
    )
    assert speakers(text, nlp)["About the same,"] != "the senator, Raymond Okonjo"
