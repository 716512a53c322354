"""Rules written in the forty-ninth pass from the forty-eighth pass's end sets (mixed272, 273, 277) and the blind sets
mixed278-mixed281 (each measured once on e5558810 before any rule was written from it): a quoted subhead opens no
sentence of the paragraph after it; a body's name alone on the line under a quote is no sign-off; an institution's
short name ("Humberview General") and a name the model cut at a hyphen ("Co-operative"); a bench title or a detective's
letters before a surname; a long ministerial title with its portfolio listed; a programme's name in quotation marks;
a memo the subject sent; a firm's designator; a chief executive's title; a couple named with one surname; a
playing position that sets two players apart; a role given "as captain"; the one doctor, the one spokesperson; a name
set off after a relative clause; a fronted place read as the subject. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> dict[str, str | None]:
    """Each rule quote's speaker, the actor a description resolves to (not the description shown with it)."""
    return {q.quote: q.speaker_actor for q in rule_quotes(text, nlp)}


def shown(text: str, nlp) -> dict[str, str | None]:
    """Each rule quote's speaker as the digest shows it."""
    return {q.quote: q.speaker for q in rule_quotes(text, nlp)}


def _actors(text: str, nlp, kind: str) -> list[str]:
    return sorted(a.name for a in analyze(text, nlp).actors if a.kind == kind)


def test_a_quoted_subhead_leaves_the_statement_after_it_its_issuer(nlp):
    text = (
        "Boil-water advisory\n\n"
        "Residents of Pinecrest have boiled their water for 400 days.\n\n"
        "'Someone has to fix this'\n\n"
        "In a statement, the Northern Water Authority said it was working with the contractor.\n\n"
        '"The authority remains committed to safe water for every household by the spring," the statement said.'
    )
    got = speakers(text, nlp)
    assert got["The authority remains committed to safe water for every household by the spring,"] == (
        "Northern Water Authority"
    )


def test_a_bodys_name_alone_under_the_last_quote_is_the_desk_line_not_its_signature(nlp):
    text = (
        "Water\n\n"
        "For 1,000 days, Marion Kakfwi has boiled every drop of water her family drinks.\n\n"
        "'Somebody has to answer for this'\n\n"
        "Back at her house, Kakfwi fills the stockpot again and sets it on the stove.\n\n"
        '"My grandson asked me if the water in Regina is the same as ours. I did not know what to tell him."\n\n'
        "CBC News Saskatchewan"
    )
    got = shown(text, nlp)
    assert got[
        "My grandson asked me if the water in Regina is the same as ours. I did not know what to tell him."
    ] == ("Marion Kakfwi")


def test_a_person_alone_on_the_line_under_a_quote_still_signs_it(nlp):
    text = (
        "Pull quotes\n\n"
        "The clinic reopened on Monday after a month of repairs.\n\n"
        "“We never stopped seeing patients, we just saw them in the car park.”\n\n"
        "Dr Ana Ruiz, clinic director"
    )
    assert (
        speakers(text, nlp)["We never stopped seeing patients, we just saw them in the car park."]
        == "Ana Ruiz"
    )


def test_an_institutions_short_name_is_the_institution(nlp):
    text = (
        "Emergency waits\n\n"
        "Patients at Lakeshore General Hospital waited up to 40 hours for a bed last week.\n\n"
        "In a statement, Lakeshore General said it could not discuss individual cases.\n\n"
        "“We will open 18 more beds in April,” the statement said."
    )
    assert "Lakeshore General" not in _actors(text, nlp, "organization")
    assert speakers(text, nlp)["We will open 18 more beds in April,"] == "Lakeshore General Hospital"


def test_a_bodys_name_cut_at_its_hyphen_is_whole(nlp):
    text = (
        "Dairy\n\n"
        "Members of Brackenford Vale Co-operative voted on the merger on Tuesday. Brackenford Vale said it was “confident "
        "the members will back it”."
    )
    assert "Brackenford Vale Co-operative" in _actors(text, nlp, "organization")
    assert speakers(text, nlp)["confident the members will back it"] == "Brackenford Vale Co-operative"


def test_a_bench_title_before_a_surname_is_the_person_named_in_full(nlp):
    text = (
        "Sentence\n\n"
        "Magistrate Delia Frome said she accepted the young man was sorry.\n\n"
        "“A single punch has cost a family their son,” Magistrate Frome said."
    )
    assert "Magistrate Frome" not in _actors(text, nlp, "organization")
    assert speakers(text, nlp)["A single punch has cost a family their son,"] == "Delia Frome"


def test_a_detective_constables_letters_are_a_title(nlp):
    text = (
        "Bail hearing\n\n"
        "Detective Constable Morag Ellery told the court the two men had threatened a witness.\n\n"
        '"She was told to keep her mouth shut," DC Ellery said.'
    )
    assert speakers(text, nlp)["She was told to keep her mouth shut,"] == "Morag Ellery"


def test_a_ministers_title_with_its_portfolios_listed_is_hers(nlp):
    text = (
        "Nitrates\n\n"
        "Minister of State at the Department of Fisheries, Food and the Marine Gráinne Tuohy, speaking at a pier in "
        "Kilbrack on Monday, said the deadline could not move.\n\n"
        "“I grew up on a trawler and I know what a moved deadline means,” the Minister said.\n\n"
        "Ms Tuohy said the department would open a helpdesk."
    )
    assert "Gráinne Tuohy" in _actors(text, nlp, "person")
    assert (
        speakers(text, nlp)["I grew up on a trawler and I know what a moved deadline means,"]
        == "Gráinne Tuohy"
    )


def test_a_programmes_name_in_quotation_marks_is_no_quote(nlp):
    text = (
        "Nitrates\n\n"
        "Ms Gráinne Tuohy said the deadline was set by the “Coastal Waters Action Plan” agreed with Brussels.\n\n"
        "“I know what a moved deadline means,” Ms Tuohy said."
    )
    got = shown(text, nlp)
    assert "Coastal Waters Action Plan" not in got
    assert got["I know what a moved deadline means,"] == "Gráinne Tuohy"


def test_a_memo_the_subject_sent_is_hers(nlp):
    text = (
        "Campaign shake-up\n\n"
        "The campaign will now be run by Dana Kowalski, a party strategist.\n\n"
        "Kowalski sent a memo to staff on Tuesday, obtained by The Ledger, laying out her plans. It read, in part:\n\n"
        "“From today, every dollar we spend gets measured against one question.\n\n"
        "“We will double our volunteers by Labor Day.”"
    )
    got = speakers(text, nlp)
    assert got["We will double our volunteers by Labor Day."] == "Dana Kowalski"


def test_a_firms_designator_after_no_given_name_makes_a_firm(nlp):
    text = (
        "Deal\n\n"
        "OSLO (Reuters) - Norway's Halvorsen Industrial agreed on Monday to buy U.S. pump maker Brightwell Pumps Inc, "
        "in the Norwegian group's largest deal.\n\n"
        '"With Brightwell, we will own the water cycle," Halvorsen Chief Executive Lars Haugvik said.'
    )
    assert "Halvorsen Industrial" in _actors(text, nlp, "organization")
    assert "Halvorsen Industrial" not in _actors(text, nlp, "person")


def test_a_chief_executives_title_proves_the_name_after_it(nlp):
    text = (
        "Deal\n\n"
        '"With Brightwell, we own the whole water cycle," Halvorsen Chief Executive Lars Haugvik said on a call.\n\n'
        "Haugvik said Halvorsen would keep the plant."
    )
    assert "Lars Haugvik" in _actors(text, nlp, "person")
    assert speakers(text, nlp)["With Brightwell, we own the whole water cycle,"] == "Lars Haugvik"


def test_a_couple_named_with_one_surname_are_two_people(nlp):
    text = (
        "Bidding wars\n\n"
        "Tomasz and Aleksandra Wrobel sold their bungalow in Mississauga last spring and have bid on nine houses "
        "since.\n\n"
        "“Every time, eleven other people had the same idea,” Mr. Wrobel said."
    )
    got = speakers(text, nlp)
    assert got["Every time, eleven other people had the same idea,"] == "Tomasz Wrobel"


def test_a_playing_position_sets_two_players_apart(nlp):
    text = (
        "Club final\n\n"
        "Ruairí Keane scored the goal after a flicked pass from full-forward Dara Mulcair.\n\n"
        "Colm Keane, two years younger, was less diplomatic. ‘He has never once told me I played well,’ the "
        "corner-forward said."
    )
    assert speakers(text, nlp)["He has never once told me I played well,"] == "Colm Keane"


def test_a_role_given_as_captain_beside_a_thing_is_the_subjects(nlp):
    text = (
        "Club final\n\n"
        "Séamus Keane tried to talk like a manager.\n\n"
        "Ballinure had booked their first final, his son Ruairí had lifted the cup as captain, and the crowd sang.\n\n"
        "The winning goal came from Ruairí Keane.\n\n"
        "‘We said at half-time, give us ten minutes,’ the captain said afterwards."
    )
    assert speakers(text, nlp)["We said at half-time, give us ten minutes,"] == "Ruairí Keane"


def test_the_one_person_titled_doctor_is_the_doctor(nlp):
    text = (
        "Hallway medicine\n\n"
        "Dr. Hélène Marchetti-Roy, who has run the emergency department since 2019, said the numbers kept climbing.\n\n"
        "“We are running a hospital in the hallways,” Marchetti-Roy said.\n\n"
        "She said about 40 beds were taken by patients waiting for long-term care.\n\n"
        "The hospital declared what staff call a “code débordement” on Jan. 4.\n\n"
        "“One of my nurses told me she had nowhere left to put anyone,” the doctor said."
    )
    assert speakers(text, nlp)["One of my nurses told me she had nowhere left to put anyone,"] == (
        "Hélène Marchetti-Roy"
    )


def test_a_bodys_spokesperson_is_the_one_person_named_as_one(nlp):
    text = (
        "Physics\n\n"
        "The Nordhavn Laboratory has seen more events than expected. “We do not know what this is yet,” says its "
        "spokesperson.\n\n"
        "“We do not know what this is yet, and we want to be clear about that,” says Maren Tolle, a physicist at the "
        "University of Aarhus and the collaboration’s spokesperson."
    )
    assert speakers(text, nlp)["We do not know what this is yet,"] == "Maren Tolle"


def test_a_name_set_off_after_the_subjects_relative_clause_is_the_subject(nlp):
    text = (
        "Beds\n\n"
        "The hospital is full again.\n\n"
        "The regional health authority that runs the hospital, the CIUSSS du Haut-Fleuve, said in a statement that it "
        "was “fully mobilized” to free up beds."
    )
    assert speakers(text, nlp)["fully mobilized"] == "CIUSSS du Haut-Fleuve"


def test_a_fronted_place_is_not_the_speaker(nlp):
    text = (
        "Verdict\n\n"
        "Outside court, a neighbour of Mrs Dunleavy, who did not wish to be named, described the pensioner as "
        '"the kindest woman on the street".'
    )
    assert shown(text, nlp)["the kindest woman on the street"] == "a neighbour"


def test_a_fragment_reported_by_saying_is_not_the_relative_clauses(nlp):
    text = (
        "Ads\n\n"
        "Warren Pelly, a spokesman for Prairie Prosperity Action, defended the ad, saying each of the votes it cited "
        "“would have raised taxes on Kansas families, full stop.”"
    )
    assert speakers(text, nlp)["would have raised taxes on Kansas families, full stop."] == "Warren Pelly"


def test_a_print_edition_note_names_no_person(nlp):
    text = (
        "Primary\n\n"
        "Harlan Voigt won the primary.\n\n"
        "A version of this article appears in print on March 9, 2016, on Page A1 of the New York edition with the "
        "headline: Voigt Wins Michigan, Urging Unity."
    )
    assert "Voigt Wins Michigan" not in _actors(text, nlp, "person")


def test_the_congressman_is_the_representative(nlp):
    text = (
        "Ads\n\n"
        "The ad was paid for by a group supporting Representative Curtis Vanderhoek.\n\n"
        "“People here are smart,” the congressman said."
    )
    assert speakers(text, nlp)["People here are smart,"] == "Curtis Vanderhoek"


def test_a_neighbour_named_with_who_and_said_alone_is_a_person(nlp):
    text = (
        "House fire\n\n"
        "A man was pulled from the burning house by a neighbour.\n\n"
        "'I JUST KICKED THE DOOR'\n\n"
        "Brody Tkachuk, who lives two houses down, said he woke to his dog barking.\n\n"
        '"I threw my boots on and ran over," Tkachuk said.\n\n'
        "Tkachuk's mother, Marlene Tkachuk, called 911."
    )
    assert "Brody Tkachuk" in _actors(text, nlp, "person")
    assert speakers(text, nlp)["I threw my boots on and ran over,"] == "Brody Tkachuk"


def test_a_rank_before_a_knights_style_is_the_holders(nlp):
    text = (
        "Army stocks\n\n"
        "Gen Sir Rupert Haldane-Crewe, who retired as Chief of the General Staff two years ago, said successive "
        "governments had raided the reserves.\n\n"
        "The general added: ‘When I joined, we had depots full of the unglamorous things.’"
    )
    assert speakers(text, nlp)["When I joined, we had depots full of the unglamorous things."] == (
        "Rupert Haldane-Crewe"
    )


def test_the_one_in_the_chair_is_the_chairman(nlp):
    text = (
        "Standing committee\n\n"
        "The committee met at Parliament House with Senator Zulfiqar Ali Bhattani in the chair.\n\n"
        "Senator Sajida Nausheen Durrani said 600 families had been served notices.\n\n"
        "The chairman remarked that the committee could not “allow anyone to be thrown on the road in the middle of "
        "the monsoon”."
    )
    assert speakers(text, nlp)["allow anyone to be thrown on the road in the middle of the monsoon"] == (
        "Zulfiqar Ali Bhattani"
    )


def test_a_ledes_unnamed_spokesman_is_the_one_named_with_the_role_right_after(nlp):
    text = (
        "Spokesman rips rival\n\n"
        "A spokesman for Ohio Senate candidate Brock Tilghman went after his rival on Wednesday night, calling her "
        '"the face of everything Ohioans hate about Washington."\n\n'
        "Hunter Pryor, Tilghman's campaign spokesman, appeared on a cable news show, where he was asked about a new "
        "ad."
    )
    assert speakers(text, nlp)["the face of everything Ohioans hate about Washington."] == "Hunter Pryor"


def test_a_ledes_unnamed_spokesman_stays_unnamed_when_no_one_is_named_so_after(nlp):
    text = (
        "Spokesman rips rival\n\n"
        "A spokesman for Ohio Senate candidate Brock Tilghman went after his rival on Wednesday night, calling her "
        '"the face of everything Ohioans hate about Washington."\n\n'
        "Hunter Pryor, a voter in Dayton, said he had not seen the ad."
    )
    assert speakers(text, nlp)["the face of everything Ohioans hate about Washington."] != "Hunter Pryor"


def test_a_document_signed_by_someone_is_theirs(nlp):
    text = (
        "Poll watchers\n\n"
        "The campaign sent an email to its volunteers on Tuesday asking them to sign up as poll watchers.\n\n"
        "The email was signed by Brent Haskins, the campaign’s deputy field director. It reads, in part:\n\n"
        "“In too many precincts in this state, there is no one from our side watching.”"
    )
    assert speakers(text, nlp)[
        "In too many precincts in this state, there is no one from our side watching."
    ] == ("Brent Haskins")


def test_a_petrochemical_firm_is_a_firm(nlp):
    text = (
        "Refinery blast\n\n"
        "Smoke rises from the Bayline Petrochemical refinery in Galena Point after an explosion Thursday morning.\n\n"
        "Bayline Petrochemical did not respond to questions about the complaints."
    )
    assert "Bayline Petrochemical" in _actors(text, nlp, "organization")
    assert "Bayline Petrochemical" not in _actors(text, nlp, "person")


def test_a_show_named_for_its_host_makes_the_host(nlp):
    text = (
        "Spokesman on TV\n\n"
        'Hunter Pryor appeared on American News Channel\'s "Prime Time with Dana Kessler," where he was asked about '
        "a new ad.\n\n"
        "Kessler pressed him on the substance of the ad.\n\n"
        "Kessler wasn't fully satisfied. \"That's not quite a no,\" the host said."
    )
    assert speakers(text, nlp)["That's not quite a no,"] == "Dana Kessler"


def test_a_quoted_phrase_with_a_name_in_it_is_no_show(nlp):
    text = (
        "Fundraiser\n\n"
        'Hunter Pryor said the auction prize, "a quiet dinner with Dana Kessler," raised $4,000.\n\n'
        '"That\'s not quite a record," the host said.'
    )
    assert speakers(text, nlp)["That's not quite a record,"] != "Dana Kessler"
