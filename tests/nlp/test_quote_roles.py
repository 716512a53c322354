"""Role nouns (``bot/nlp/quotes/roles.py``): "the mayor said" names the one person the article ties to
the role, and only when nothing in the description points at someone else."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_team_named_in_the_role_that_the_article_gives_another_coach_is_not_the_one_holder(nlp):
    text = (
        "Kestrels head coach Martin Oyelaran was delighted with his forwards.\n\n"
        "“They never stopped,” he said.\n\n"
        "Harriers head coach Devlin rued two missed kicks.\n\n"
        "“We let it slip, and that hurts,” the Harriers coach said."
    )
    # the small model tags the one-word "Devlin" an organisation: the only person holding "coach" is
    # Oyelaran, but the article gives the Harriers' title to someone else
    found = speakers(text, nlp)
    assert found["They never stopped,"] == "Martin Oyelaran"
    assert found["We let it slip, and that hurts,"] == "the Harriers coach"


def test_a_contrastive_modifier_needs_the_articles_own_word(nlp):
    text = (
        "Home manager Priya Castell watched from the stand as her side lost 2-0 on Saturday.\n\n"
        "“We were second best for ninety minutes,” the visiting manager said."
    )
    assert speakers(text, nlp) == {"We were second best for ninety minutes,": "the visiting manager"}


def test_the_description_still_names_the_one_holder_when_its_words_agree(nlp):
    text = (
        "Kestrels head coach Martin Oyelaran was delighted with his forwards on Saturday.\n\n"
        "“They never stopped running,” the Kestrels coach said."
    )
    assert speakers(text, nlp) == {"They never stopped running,": "the Kestrels coach, Martin Oyelaran"}


def test_the_force_is_the_one_police_body_the_article_names(nlp):
    text = (
        "Officers were called to a flat on Mill Lane at 2am. Westshire Police said a man had been arrested "
        "and that the Independent Office for Police Conduct had been told.\n\n"
        "“We will co-operate fully with the inquiry,” the force said."
    )
    found = speakers(text, nlp)
    assert found["We will co-operate fully with the inquiry,"] == "the force, Westshire Police"


def test_an_organisation_noun_with_two_candidates_stays_the_phrase(nlp):
    text = (
        "Harbourview Council and Lakeside Council both objected to the plan on Monday.\n\n"
        "“The road cannot take the traffic,” the council said."
    )
    assert speakers(text, nlp) == {"The road cannot take the traffic,": "the council"}


def test_the_company_is_the_organisation_just_written_as_the_subject_in_apposition(nlp):
    text = (
        "The high street retailer Kellaway is to close 30 of its stores, putting 600 jobs at risk.\n\n"
        "The company, which sells kitchenware and toys, said trading had been ‘extremely tough’."
    )
    assert speakers(text, nlp) == {"extremely tough": "the company, Kellaway"}


def test_an_organisation_noun_names_the_one_untagged_subject_that_is_an_organisation(nlp):
    """The small model leaves "Harbour Link Ferries" untagged: as the one capitalised subject of the
    sentences before "the operator said", it is the operator, added as an organisation."""
    from bot.nlp.analysis import analyze

    text = (
        "Harbour Link Ferries has cancelled all sailings until Monday because of the storm.\n\n"
        "“Safety has to come first,” the operator said."
    )
    assert speakers(text, nlp) == {"Safety has to come first,": "the operator, Harbour Link Ferries"}
    brief = analyze(text, nlp=nlp)
    assert ("Harbour Link Ferries", "organization") in [(a.name, a.kind) for a in brief.actors]
    # a name opening with a given name is a person the model missed, never "the operator"
    text = (
        "Martin Keane Ferris has cancelled all sailings until Monday.\n\n"
        "“Safety has to come first,” the operator said."
    )
    assert speakers(text, nlp) == {"Safety has to come first,": "the operator"}


def test_of_several_holders_the_role_names_the_one_the_narration_is_about(nlp):
    text = (
        "Falcons head coach Dana Whitlock praised her defence after the 3-1 win.\n\n"
        "Rovers coach Piet Kruger blamed the referee.\n\n"
        "Falcons head coach Dana Whitlock said she had told Ellis about the start on Friday.\n\n"
        "“I knew she would handle it,” the coach said."
    )
    assert speakers(text, nlp) == {"I knew she would handle it,": "the coach, Dana Whitlock"}


def test_of_several_holders_none_is_named_when_the_last_subject_holds_no_such_role(nlp):
    text = (
        "Falcons head coach Dana Whitlock praised her defence after the 3-1 win.\n\n"
        "Rovers coach Piet Kruger blamed the referee.\n\n"
        "Striker Ama Boateng scored twice in the second half.\n\n"
        "“I knew she would handle it,” the coach said."
    )
    assert speakers(text, nlp) == {"I knew she would handle it,": "the coach"}


def test_an_organisation_named_in_apposition_to_any_noun_for_a_place_or_business_speaks(nlp):
    text = (
        "Officers were called to the High Street shortly after 2am on Sunday.\n\n"
        "The nightclub, Halcyon Rooms Ltd, said it was “devastated” by what had happened."
    )
    assert speakers(text, nlp) == {"devastated": "Halcyon Rooms Ltd"}


def test_a_statement_not_mentioned_before_is_the_words_of_whoever_was_just_reported(nlp):
    text = (
        "Shares in Brackwater fell 12 per cent on Thursday.\n\n"
        "Its largest investor, Tidewater Capital, said it still backed the board. “We are patient owners "
        "and we are not selling,” the statement read."
    )
    assert speakers(text, nlp)["We are patient owners and we are not selling,"] == (
        "the statement from Tidewater Capital"
    )
    # nobody reported as saying anything just before: the phrase stays
    text = (
        "Shares in Brackwater fell 12 per cent on Thursday.\n\n"
        "Its largest investor, Tidewater Capital, bought more shares. “We are patient owners "
        "and we are not selling,” the statement read."
    )
    assert speakers(text, nlp)["We are patient owners and we are not selling,"] == "the statement"


def test_a_name_in_apposition_to_the_noun_in_apposition_to_the_subject_speaks(nlp):
    text = (
        "The club's main sponsor, the brewing group Hollins & Marsh Ltd, said it was “disappointed” by "
        "the result."
    )
    assert speakers(text, nlp) == {"disappointed": "Hollins & Marsh Ltd"}


def test_a_role_tied_to_no_one_is_the_subject_named_in_apposition_before_a_long_quote(nlp):
    text = (
        "The governor's cousin, Tomas Revilla, who runs the housing department, rejected the report.\n\n"
        "“We built homes. We built schools. We built roads, and nobody thanked us for any of it,” the "
        "minister told reporters."
    )
    found = speakers(text, nlp)
    assert found[
        "We built homes. We built schools. We built roads, and nobody thanked us for any of it,"
    ] == ("the minister, Tomas Revilla")


def test_a_role_tied_to_no_one_is_not_the_person_who_just_asked_the_question(nlp):
    text = (
        "“Would that be you?” Harriet Vance asked.\n\n“That would be me, yes. I think so,” the senator said."
    )
    assert speakers(text, nlp)["That would be me, yes. I think so,"] == "the senator"


def test_a_role_tied_to_no_one_is_the_subject_who_was_asked_a_question(nlp):
    text = (
        "Mads Kjærgaard took the race lead on stage 11 on Wednesday.\n\nKjærgaard, asked whether he could "
        "defend the jersey to Paris, smiled. ‘I am 22. I don’t know anything,’ the race leader said."
    )
    assert speakers(text, nlp)["I am 22. I don’t know anything,"].startswith("the race leader, ")


def test_a_ships_master_is_the_captain_the_article_named(nlp):
    text = (
        "The master of the container ship, Captain Rodel Santos, told investigators he had turned.\n\n"
        "“There was a small boat with no lights,” the master said, according to the report."
    )
    assert speakers(text, nlp)["There was a small boat with no lights,"] == "the master, Rodel Santos"


def test_an_untagged_organisation_subject_is_the_company_beside_a_tagged_one_that_is_no_subject(nlp):
    text = (
        "Forecasters at the Met Office have issued a red warning for parts of Cumbria.\n\n"
        "Western Fells Water says it has restored supplies to about 8,000 homes.\n\n"
        "“Our crews are working around the clock,” the company said."
    )
    assert speakers(text, nlp) == {
        "Our crews are working around the clock,": "the company, Western Fells Water"
    }


def test_a_wire_dateline_with_a_date_is_no_organisation_the_company_could_be(nlp):
    text = (
        "LISBON, March 3 (Reuters) - Portuguese shoemaker Solana Shoes Group cut its sales forecast on "
        "Monday, blaming weaker demand in Germany.\n\n"
        "The company, whose brands include Passo and Trilho, now expects sales to fall 5%.\n\n"
        "“Our customers are being careful with their money,” the company said in a statement."
    )
    found = speakers(text, nlp)
    assert found["Our customers are being careful with their money,"] == "the company, Solana Shoes Group"


def test_a_backbencher_tied_to_no_one_is_the_member_just_narrated(nlp):
    text = (
        "Some Conservatives were openly critical. Sir Alan Pickering, who chairs the health committee, "
        "said he was ‘deeply disappointed’.\n\n"
        "The veteran backbencher, known in the Commons as ‘the Bulldog’, added: ‘Every delay costs more.’"
    )
    assert speakers(text, nlp)["Every delay costs more."] == "the veteran backbencher, Alan Pickering"


def test_the_officer_named_before_of_and_the_force_speaks_not_the_force(nlp):
    text = "Outside court, Inspector Tom Garvey of Westshire Constabulary said the sentence was ‘fair’."
    assert speakers(text, nlp) == {"fair": "Tom Garvey"}
    text = (
        "Outside court, Detective Sergeant Amina Yusuf of Northshire Police said the verdict sent "
        "‘a strong signal’ to fraudsters."
    )
    assert speakers(text, nlp) == {"a strong signal": "Amina Yusuf"}


def test_the_company_is_the_organisation_whose_short_name_the_model_took_for_a_place(nlp):
    # the small model tags the short "Dakota" a place; "Dakota Logistics" is out of the window
    text = (
        "Dakota Logistics cut its outlook on Thursday. Freight rates have fallen for six months in a row.\n\n"
        "Dakota said revenue fell 9% in the quarter, below the 10% analysts expected. The company said it "
        "would cut 900 office jobs, a step it called “painful but unavoidable”."
    )
    assert speakers(text, nlp) == {"painful but unavoidable": "the company, Dakota Logistics"}


# --- role synonyms, fields, collective nouns, subordinate holders, header titles (issue 16) ------------


def test_the_boss_is_the_manager_of_the_side_its_modifier_names(nlp):
    text = (
        "Kelso Rovers manager Ross Dunbar was furious with the penalty decision.\n\n"
        "Ashby Town manager Tom Reid said his side had deserved the point.\n\n"
        "“I have never seen a softer penalty in my life,” the Kelso boss said."
    )
    found = speakers(text, nlp)
    assert found["I have never seen a softer penalty in my life,"] == "the Kelso boss, Ross Dunbar"


def test_the_boss_of_a_side_is_not_the_one_manager_titled_with_another_side(nlp):
    text = (
        "Kelso manager Ross Dunbar was furious with the penalty decision on Saturday.\n\n"
        "“We were robbed in the last minute and everybody in the ground saw it,” the Ashby boss said."
    )
    found = speakers(text, nlp)
    assert found["We were robbed in the last minute and everybody in the ground saw it,"] == "the Ashby boss"


def test_the_head_of_a_field_is_the_person_of_that_field(nlp):
    text = (
        "Marta Quintero, Fennick's head of engineering, spent a decade building jet engines.\n\n"
        "“Every gram we save is range we give back to the pilot,” the engineer says."
    )
    found = speakers(text, nlp)
    assert found["Every gram we save is range we give back to the pilot,"] == "the engineer, Marta Quintero"


def test_a_body_is_the_organisation_just_written_as_the_subject(nlp):
    text = (
        "The National Farmers Federation has responded to the drought package. In a statement, the peak "
        "body welcomed the loans but said the plan “does nothing for the next six months”."
    )
    found = speakers(text, nlp)
    assert found["does nothing for the next six months"] == "the peak body, National Farmers Federation"


def test_the_group_is_the_organisation_the_article_introduced_as_a_group(nlp):
    text = (
        "Residents packed the hall on Tuesday night as the plan was approved.\n\n"
        "The volunteer group Friends of Alder Creek said it would help with the planting.\n\n"
        "Councillor Mark Ellery said the work would start in spring.\n\n"
        "“This creek has waited thirty years for some care,” the group said in a statement."
    )
    found = speakers(text, nlp)
    assert found["This creek has waited thirty years for some care,"] == "the group, Friends of Alder Creek"


def test_the_role_is_never_the_shadow_holder(nlp):
    text = (
        "The shadow treasurer, Tom Baird, said the figures did not add up.\n\n"
        "Earlier in the evening the budget papers were released to the press gallery.\n\n"
        "“This is a budget for working families,” the treasurer said."
    )
    found = speakers(text, nlp)
    assert found["This is a budget for working families,"] == "the treasurer"


def test_a_description_with_a_word_the_one_holder_lacks_stays_when_a_deputy_holds_the_role_too(nlp):
    text = (
        "Mayor Irene Soto opened the bridge on Monday, with Deputy Mayor Carl Nyberg beside her.\n\n"
        "The crowd cheered as the ribbon was cut.\n\n"
        "“I waited forty years for this crossing,” the former mayor said."
    )
    found = speakers(text, nlp)
    assert found["I waited forty years for this crossing,"] == "the former mayor"


def test_a_header_with_a_bare_title_gives_it_to_the_subject_of_the_next_paragraph(nlp):
    text = (
        "9.05pm\n\n"
        "“We will not raise the fuel levy this year,” the minister said.\n\n"
        "8.40pm\n\n"
        "Minister begins her statement\n\n"
        "Helen Varga is on her feet in the chamber. She opens with the jobs figures."
    )
    found = speakers(text, nlp)
    assert found["We will not raise the fuel levy this year,"] == "the minister, Helen Varga"


def test_a_header_title_is_not_given_to_a_subject_the_article_ties_to_another_role(nlp):
    text = (
        "Hospital waiting lists grew again in March, the health department said.\n\n"
        "Premier defends hospital cuts\n\n"
        "Ana Kerr, the opposition leader, has accused the government of hiding the waiting lists.\n\n"
        "“The numbers are worse than anyone has been told,” the premier said later."
    )
    found = speakers(text, nlp)
    assert found["The numbers are worse than anyone has been told,"] == "the premier"


def test_of_several_holders_the_one_a_relative_clause_narrates_is_the_role(nlp):
    text = (
        "Visiting captain Liam Ortega fell for a duck in the morning session.\n\n"
        "Priya Nair put on 140 with captain Dev Kapoor, who made a patient 61 and was full of praise "
        "for his partner.\n\n"
        "“She has been the best batter in the country for two years,” the skipper said."
    )
    found = speakers(text, nlp)
    assert found["She has been the best batter in the country for two years,"] == "the skipper, Dev Kapoor"


def test_the_boss_of_a_business_is_its_one_chief_executive(nlp):
    text = (
        "Lisa Chen, the council's chief executive, said the budget was the tightest in a decade.\n\n"
        "“We have cut what we can cut,” the boss said."
    )
    assert speakers(text, nlp) == {"We have cut what we can cut,": "the boss, Lisa Chen"}


def test_a_role_owned_by_a_name_is_the_holder_the_article_titled_so(nlp):
    text = (
        "Brightwell chief executive Sarah Mitchell told analysts the quarter had been difficult.\n\n"
        "“We have cut what we can cut,” Brightwell's chief executive said."
    )
    assert speakers(text, nlp) == {
        "We have cut what we can cut,": "Brightwell's chief executive, Sarah Mitchell"
    }


def test_a_body_named_by_another_field_is_not_the_one_body_holding_the_noun(nlp):
    text = (
        "The Interior Ministry said the border crossing would reopen on Monday.\n\n"
        "Farmers' groups want more help, and Spain's agriculture ministry promised “additional support” "
        "for growers."
    )
    assert speakers(text, nlp)["additional support"] == "Spain's agriculture ministry"


def test_the_group_is_the_one_untagged_name_just_written_as_the_subject(nlp):
    """The small model leaves "Green Valley Walkers" untagged: as the one capitalised subject before "the
    group said", it is the group, as an untagged subject is "the company"."""
    text = (
        "The trail reopened on Saturday.\n\n"
        "Green Valley Walkers says it will plant 300 trees along the route.\n\n"
        "“People have waited a long time for this,” the group said."
    )
    assert speakers(text, nlp) == {
        "People have waited a long time for this,": "the group, Green Valley Walkers"
    }


def test_a_header_title_is_not_given_when_the_article_names_the_holder_itself(nlp):
    text = (
        "The Jets won 3-1 on Saturday.\n\n"
        "Coach praises young side\n\n"
        "Jake Moss scored twice as the Jets beat Oakridge. Jets coach Ana Whitlock was delighted.\n\n"
        "Moss has scored in four straight games.\n\n"
        "“They played without fear,” the coach said."
    )
    found = speakers(text, nlp)
    assert found["They played without fear,"] == "the coach, Ana Whitlock"


def test_a_name_after_an_abbreviated_title_holds_the_role_of_the_phrase_it_is_set_off_from(nlp):
    """The parser ends a sentence at "Engr." and hangs the title alone on "Environment", the object of
    "for": the name after the title still holds "Commissioner for Environment"."""
    text = (
        "Residents were moved to three camps on Sunday.\n\n"
        "The Commissioner for Environment, Engr. Funmilayo Adeyemi, disclosed that water levels at the gauge "
        "had risen to 11 metres.\n\n"
        "According to her, the release of water from the dam had worsened the situation. “We began "
        "sensitisation in the riverine communities,” the commissioner said."
    )
    found = speakers(text, nlp)
    assert found["We began sensitisation in the riverine communities,"] == (
        "the commissioner, Funmilayo Adeyemi"
    )


def test_a_name_the_model_took_for_an_organisation_after_a_capitalised_title_is_a_person(nlp):
    """ "Bola Adeyemi-Cole" is tagged an organisation; set off after "The Commissioner for Works" it is the
    commissioner, a person."""
    text = (
        "Heavy rain fell across the state for a third day.\n\n"
        "The Commissioner for Works, Bola Adeyemi-Cole, disclosed that two bridges had been closed.\n\n"
        "“We closed the bridges before anyone was hurt,” the commissioner said."
    )
    assert speakers(text, nlp) == {
        "We closed the bridges before anyone was hurt,": "the commissioner, Bola Adeyemi-Cole"
    }


def test_court_and_trade_roles_name_their_one_holder(nlp):
    """Roles of courts, services and trades ("the solicitor", "the agent", "the paramedic") are role
    nouns: the one person the article titles with them speaks."""
    text = (
        "Defence solicitor Niamh Corrigan said her client had been drinking heavily.\n\n"
        "“He is deeply ashamed of what he did,” the solicitor told the court."
    )
    assert speakers(text, nlp) == {"He is deeply ashamed of what he did,": "the solicitor, Niamh Corrigan"}
    text = (
        "The applicant's agent, Gareth Pugh, told the committee the shop had traded for decades.\n\n"
        "The chairman, Cllr Ieuan Rees, thanked him.\n\n"
        "“This is a family business and it wants to stay here,” the agent said."
    )
    assert (
        speakers(text, nlp)["This is a family business and it wants to stay here,"]
        == "the agent, Gareth Pugh"
    )


def test_a_trade_description_is_the_subject_just_before_whatever_else_the_article_calls_them(nlp):
    """ "Another resident, Samuel Wekesa, 67, said … “…,” the retired teacher said": a trade is no office
    another person holds, so being "a resident" too does not stop it; an office still does."""
    text = (
        "Another resident, Samuel Wekesa, 67, said he had attended the ceremony three years ago.\n\n"
        "“They came with tents and music. The board is still there. The water is not,” the retired "
        "teacher said."
    )
    assert speakers(text, nlp)[
        "They came with tents and music. The board is still there. The water is not,"
    ] == ("the retired teacher, Samuel Wekesa")


def test_a_name_set_off_from_a_role_of_a_two_part_field_holds_the_role(nlp):
    # the parser joins "and Natural Resources" to the role noun itself and hangs "Hon." on the last part
    text = (
        "The Deputy Minister of Lands and Natural Resources, Hon. Kwesi Manu-Darko, who was the special "
        "guest, commended the chief.\n\n"
        "“The fight is not a fight for the government alone,” the Deputy Minister said."
    )
    assert speakers(text, nlp)["The fight is not a fight for the government alone,"] == (
        "the Deputy Minister, Kwesi Manu-Darko"
    )


def test_a_playing_position_is_a_role_its_one_holder_speaks_by(nlp):
    for position in ("setter", "keeper", "shortstop", "netminder"):
        text = (
            f"Nadia Ferrante, the team's {position}, finished with a season best. Her sister had 19.\n\n"
            f"“We have been playing together since we were eight,” the {position} said."
        )
        found = speakers(text, nlp)["We have been playing together since we were eight,"]
        assert found == f"the {position}, Nadia Ferrante", position


def test_letters_defined_after_a_role_stand_for_its_one_holder(nlp):
    for role, letters in [("Resident District Commissioner", "RDC"), ("Municipal Chief Executive", "MCE")]:
        text = (
            f"The Kasese Central {role} ({letters}), Ms Naome Kirabo, said she would meet the riders' "
            f"leaders on Wednesday.\n\n“Government is not against boda bodas,” the {letters} said."
        )
        found = speakers(text, nlp)["Government is not against boda bodas,"]
        assert found == f"the {letters}, Naome Kirabo", role


def test_a_school_year_or_student_is_a_role_its_one_holder_speaks_by(nlp):
    text = (
        "The Hornets trailed at halftime before quarterback Devon Ashby threw two touchdown passes. "
        "Coach Ray Lund praised the defence.\n\nAshby, a junior, finished 19-of-27 for 243 yards. "
        "“Our line gave me all day,” the junior said."
    )
    assert speakers(text, nlp)["Our line gave me all day,"] == "the junior, Devon Ashby"


def test_an_office_the_model_takes_for_an_organisation_is_a_role_of_its_holder(nlp):
    text = (
        "The Taoiseach has said the Government will not “play politics” with hospital overcrowding.\n\n"
        "Taoiseach Colm Ó Dálaigh said the figures were unacceptable.\n\n"
        "“Nobody in this House is satisfied with these numbers,” the Taoiseach said."
    )
    found = speakers(text, nlp)
    assert found["Nobody in this House is satisfied with these numbers,"] == "the Taoiseach, Colm Ó Dálaigh"
    assert found["play politics"] == "the Taoiseach, Colm Ó Dálaigh"


def test_a_place_in_the_description_the_article_gives_another_person_is_not_the_one_holder(nlp):
    text = (
        "The vote split two councillors. Coun. Marc Lavoie, who represents Somerset, and his sister, "
        "Coun. Sarah Lavoie of Kitchissippi, voted on opposite sides.\n\n"
        "Naomi Richter, a councillor from Capital Ward, said she expected the issue to come back.\n\n"
        "Asked whether the family dinner table would be awkward, the Kitchissippi councillor laughed. "
        "“We’ve survived worse. He still owes me for the last election sign he borrowed.”"
    )
    # Richter is the one councillor the role rules find, but Kitchissippi is Sarah Lavoie's: the quote
    # is hers, the one councillor the article ties to Kitchissippi, never Richter's
    found = speakers(text, nlp)
    assert (
        found["We’ve survived worse. He still owes me for the last election sign he borrowed."]
        == "the Kitchissippi councillor, Sarah Lavoie"
    )


def test_a_nationality_in_a_description_points_at_no_one_else(nlp):
    text = (
        "Lucia Brandauer has a rule for her actors: no one reads the ending until the last week.\n\n"
        "“I don’t want them playing the ending from page one,” the Argentine-Canadian director says."
    )
    found = speakers(text, nlp)["I don’t want them playing the ending from page one,"]
    assert found == "the Argentine-Canadian director, Lucia Brandauer"


def test_a_party_in_a_description_still_points_elsewhere(nlp):
    text = (
        "Ana Ruiz, the Liberal candidate, spoke first.\n\nMark Hale attacked the plan for an hour.\n\n"
        "“It will not pass,” the Conservative senator said."
    )
    assert speakers(text, nlp)["It will not pass,"] == "the Conservative senator"


def test_an_age_in_a_description_points_at_no_one_else(nlp):
    # the model tags "21-year-old" a date
    text = (
        "Brothers Victor and Dennis Ouma combined for the winner in the 78th minute.\n\n"
        "Dennis, who had a quieter first half, was all smiles. “He owes me lunch for a month,” the "
        "21-year-old winger joked."
    )
    assert speakers(text, nlp)["He owes me lunch for a month,"] == "the 21-year-old winger, Dennis Ouma"


def test_the_union_is_the_untagged_name_set_off_after_the_subject_noun(nlp):
    text = (
        "The studio laid off 140 staff on Monday.\n\n"
        "The Quebec games workers’ union, STJV, said in a statement that the layoffs showed the need "
        "for stronger protections.\n\n"
        "“Once again, workers are paying for the mistakes of executives,” the union said."
    )
    assert (
        speakers(text, nlp)["Once again, workers are paying for the mistakes of executives,"]
        == "the union, STJV"
    )


def test_a_title_after_the_role_is_the_persons_not_the_roles_modifier(nlp):
    # in Jersey a States member is "Deputy": "Chief Minister Deputy …" is no deputy chief minister
    text = (
        "Chief Minister Deputy Helen Le Marquand said a legal cap would be a blunt instrument.\n\n"
        "“Who does Deputy Renouf think is staffing our hospital?” the Chief Minister said."
    )
    found = speakers(text, nlp)["Who does Deputy Renouf think is staffing our hospital?"]
    assert found == "the Chief Minister, Helen Le Marquand"


def test_the_chief_justice_is_the_one_titled_so(nlp):
    text = "Chief Justice Raymond Colebrook wrote for the majority. “The statute is clear,” the chief justice wrote."
    assert speakers(text, nlp)["The statute is clear,"] == "the chief justice, Raymond Colebrook"


def test_a_headlines_bare_role_noun_is_the_one_holder_or_no_one(nlp):
    text = (
        "Water advisory lifted\n\nChief Roland Sanderson cut the ribbon on Friday.\n\n"
        "'Our grandchildren can drink from the tap,' chief says at the feast."
    )
    assert speakers(text, nlp)["Our grandchildren can drink from the tap,"] == "Roland Sanderson"
    # no one holds the role: unattributed, never the bare noun
    text = "Water advisory lifted\n\n'Our grandchildren can drink from the tap,' chief says at the feast."
    assert speakers(text, nlp)["Our grandchildren can drink from the tap,"] is None
    # a noun with a word of its own before it is a description, kept
    text = "The crowd cheered.\n\n“You'll come back stronger,” one fan said."
    assert speakers(text, nlp)["You'll come back stronger,"] == "one fan"


def test_a_role_the_tokenizer_splits_at_its_hyphen_is_tied_to_its_holder(nlp):
    text = (
        "Leicester won, with fly-half Harry Pryce kicking 14 points.\n\n'I saw the space,' the fly-half said."
    )
    assert speakers(text, nlp)["I saw the space,"] == "the fly-half, Harry Pryce"


def test_a_ledes_role_is_the_one_holder_the_article_names_not_the_person_named_next(nlp):
    text = (
        "Two brothers who bashed a retired couple have been jailed, with a judge describing the attack as "
        "“cowardly and calculated”.\n\n"
        "Tuan Nguyen, 29, was sentenced in the County Court on Friday to nine years.\n\n"
        "Judge Catherine Lo Russo said she accepted his remorse was genuine.\n\n"
        "“You chose a house occupied by elderly people,” Her Honour told the brothers."
    )
    found = speakers(text, nlp)
    assert found["cowardly and calculated"] == "a judge, Catherine Lo Russo"
    assert found["You chose a house occupied by elderly people,"] == "Her Honour, Catherine Lo Russo"


def test_a_title_with_its_field_before_the_name_ties_the_role(nlp):
    # "Minister of Works Alfred Rolle", "Secretary of State Antony Blinken": the "of" phrase is the
    # title's field, and the name after it holds the role
    text = (
        "Minister of Works Alfred Rolle said the vendors would return.\n\n"
        "“Every vendor will have a stall when the work is done,” the Minister said."
    )
    assert speakers(text, nlp) == {
        "Every vendor will have a stall when the work is done,": "the Minister, Alfred Rolle"
    }


def test_a_name_run_into_the_field_of_the_subjects_title_speaks(nlp):
    # the parser hangs the name on the field ("works"), not on the role; with no comma between, it is
    # the title's holder
    text = (
        "Opposition spokesman for works Kendrick Bethel said in a statement that the government had "
        "“left the roof to rot”."
    )
    assert speakers(text, nlp) == {"left the roof to rot": "Kendrick Bethel"}


def test_a_maker_speaks_for_the_company_named_before(nlp):
    text = (
        "Pratt & Whitney Canada acknowledges longer turnaround times at some overhaul shops. "
        "“We are working closely with our customers,” the engine maker says."
    )
    assert speakers(text, nlp) == {
        "We are working closely with our customers,": "the engine maker, Pratt & Whitney Canada"
    }


def test_the_judge_is_the_justice_named_before(nlp):
    # High Court judges are titled "Mr Justice …", "Mrs Justice …"
    text = (
        "Mr Justice Cormac Ó Dálaigh found that the planning board had not erred in law.\n\n"
        "In a written judgment, the judge said the residents' concerns were “genuine and understandable”."
    )
    assert speakers(text, nlp) == {"genuine and understandable": "the judge, Cormac Ó Dálaigh"}


def test_an_aldermans_abbreviated_title_opens_the_name(nlp):
    text = (
        "“We have children in this city with lead in their blood,” said Ald. Tanisha Brooks, who wrote "
        "the ordinance."
    )
    assert speakers(text, nlp) == {
        "We have children in this city with lead in their blood,": "Tanisha Brooks"
    }


def test_a_company_by_the_opening_words_of_its_name(nlp):
    # the model tags the short form a place, or leaves it untagged: it is the company the article named
    text = (
        "A jury found on Thursday that Northern Plains Rail Co. was liable for the fire.\n\n"
        "Northern Plains said in a statement that it was “disappointed in the verdict”."
    )
    assert speakers(text, nlp) == {"disappointed in the verdict": "Northern Plains Rail Co."}
    text = (
        "Redgum Lithium told the exchange on Tuesday it would halt mining at its Banksia Creek operation.\n\n"
        "Redgum said it had “sufficient liquidity to fund care and maintenance”."
    )
    assert speakers(text, nlp) == {"sufficient liquidity to fund care and maintenance": "Redgum Lithium"}


def test_a_notice_speaks_for_the_body_that_posted_it(nlp):
    text = (
        "Patients will be sent to Winnipeg, the Northern Health Region said in a notice posted Thursday.\n\n"
        "“We recognize how difficult this is for families,” the notice said."
    )
    assert speakers(text, nlp) == {
        "We recognize how difficult this is for families,": "the notice from Northern Health Region"
    }


def test_a_role_the_name_is_set_off_after_is_the_names_however_the_parser_hangs_them(nlp):
    # the parser makes "captain" and "Pritchard" two subjects of "helped", not a role and its apposition
    text = (
        "The Somerset captain, Will Pritchard, helped Vaughan-Reid add 141 for the fifth wicket before he "
        "was caught at slip for 58.\n\n"
        "Pritchard, who was dismissed driving loosely in the final hour, was full of praise for his partner."
        "\n\n‘Jamie’s been knocking on the door for two years,’ the Somerset captain said."
    )
    assert speakers(text, nlp) == {
        "Jamie’s been knocking on the door for two years,": "the Somerset captain, Will Pritchard"
    }


def test_an_authority_noun_names_the_body_that_was_the_subject(nlp):
    text = (
        "Coastal Health will close the maternity ward at Harbourside General Hospital for six months "
        "starting in March.\n\n"
        "In an emailed statement, the health authority said the ward “can no longer be staffed safely” "
        "and that patients would be sent to Pinecrest."
    )
    found = speakers(text, nlp)
    assert found["can no longer be staffed safely"] == "the health authority, Coastal Health"


def test_an_organisation_named_in_passing_before_the_subject_is_no_rival(nlp):
    text = (
        "Hundreds of people watched the spawn from boats hired from the Ferrisport Harbour Trust.\n\n"
        "In a statement, Tidewater Fisheries Canada said the closure would “allow time for talks” with "
        "harvesters. The department said there is “real uncertainty” about the stock."
    )
    found = speakers(text, nlp)
    assert found["real uncertainty"] == "the department, Tidewater Fisheries Canada"


def test_an_organisation_noun_stands_for_what_its_earlier_use_stood_for(nlp):
    text = (
        "Birchwater Paper Ltd. will idle one of its two machines for ten weeks, the company confirmed "
        "on Wednesday.\n\n"
        "About 200 workers will be laid off, according to the union.\n\n"
        "Dale Kowalczyk, the local union president, said members were told on Tuesday night.\n\n"
        "Kowalczyk said the union had asked the company to keep some workers on. The company said it "
        "would “look at all options.”"
    )
    found = speakers(text, nlp)
    assert found["look at all options."] == "the company, Birchwater Paper Ltd."


def test_an_organisation_noun_does_not_reach_back_past_another_subject_organisation(nlp):
    text = (
        "Birchwater Paper Ltd. will idle one of its two machines, the company confirmed on Wednesday.\n\n"
        "Northgate Pulp Inc. announced it would hire 40 workers at its Elm Falls mill.\n\n"
        "Dale Kowalczyk, the local union president, said members were told on Tuesday night.\n\n"
        "Kowalczyk said the union had asked for more notice. The company said it would “look at all "
        "options.”"
    )
    found = speakers(text, nlp)
    assert found["look at all options."] == "The company"


def test_an_organisation_noun_qualified_by_another_name_is_not_the_subject_organisation(nlp):
    text = (
        "Adaeze Okonkwo is running for mayor. The Harbour Department said the figure did not come from "
        "its own analysis.\n\n"
        "The Okonkwo campaign put it more carefully: “Most of those records were already in the system.”"
    )
    found = speakers(text, nlp)
    assert found["Most of those records were already in the system."] == "The Okonkwo campaign"


def test_a_statement_opening_the_paragraph_after_the_report_is_the_reported_issuers(nlp):
    text = (
        "In an email, Cape Breton Health said it was “actively working with the clinic” on recruitment.\n\n"
        "“Patients who need care on Fridays can call 811,” the statement said."
    )
    assert speakers(text, nlp)["Patients who need care on Fridays can call 811,"] == (
        "the statement from Cape Breton Health"
    )
    # a narrated sentence of its own before the document in its paragraph: the phrase stays
    text = (
        "In an email, Cape Breton Health said it was “actively working with the clinic” on recruitment.\n\n"
        "Doctors were not convinced. “Patients who need care on Fridays can call 811,” the statement said."
    )
    assert speakers(text, nlp)["Patients who need care on Fridays can call 811,"] == "the statement"
    # a paragraph that narrates the document is no quote paragraph of its issuer
    text = (
        "In an email, Cape Breton Health said it was “actively working with the clinic” on recruitment.\n\n"
        "The report, published on Monday, praised the clinic's “ambitious” recruitment drive."
    )
    assert speakers(text, nlp)["ambitious"] == "The report"


def test_a_spokesperson_speaking_in_the_statement_speaks_for_its_issuer(nlp):
    text = (
        "In a statement, the Fruit Growers of Norfolk said it was asking the province for emergency "
        "support.\n\n"
        "“Growers should not be the shock absorber for the whole industry,” a spokesperson said in the "
        "statement."
    )
    found = speakers(text, nlp)
    assert found["Growers should not be the shock absorber for the whole industry,"] == (
        "a Fruit Growers of Norfolk spokesperson"
    )


def test_a_spokesperson_for_an_untagged_body_speaks_for_it_and_the_spokesperson_after(nlp):
    text = (
        "Residents of the tower have eight weeks to leave.\n\n"
        "A spokesperson for NSW Crown Lands said on Tuesday that approvals had taken “longer than "
        "anticipated”.\n\n"
        "The spokesperson added that help would be “available for all residents who need it”."
    )
    found = speakers(text, nlp)
    assert found["longer than anticipated"] == "a NSW Crown Lands spokesperson"
    assert found["available for all residents who need it"] == "the NSW Crown Lands spokesperson"
    # a person's spokesperson speaks for no body
    text = "A spokesperson for Dana Whitfield said she had “no comment at this time”."
    assert speakers(text, nlp)["no comment at this time"] == "A spokesperson"


def test_a_chamber_word_in_a_description_points_at_no_one_else(nlp):
    text = (
        "Standing on a flatbed truck outside a union hall, Patrick Keogan spent the afternoon talking "
        "about groceries.\n\n"
        "“Eggs, rent, car insurance. I hear it at every stop,” the Senate candidate told a crowd."
    )
    assert speakers(text, nlp)["Eggs, rent, car insurance. I hear it at every stop,"] == (
        "the Senate candidate, Patrick Keogan"
    )


def test_the_city_is_the_one_body_named_city_of(nlp):
    text = (
        "The City of Westbrook is adding $90 million to a program that pays developers to convert empty "
        "offices, Stampede City Properties said on Monday.\n\n"
        "The city said in a statement that the money would be “targeted at the emptiest towers.”"
    )
    assert speakers(text, nlp)["targeted at the emptiest towers."] == "the city, City of Westbrook"
    # no "City of …" named: the phrase stays, never the company with "City" in its name
    text = (
        "Stampede City Properties said on Monday it would convert two towers.\n\n"
        "The city said in a statement that the money would be “targeted at the emptiest towers.”"
    )
    assert speakers(text, nlp)["targeted at the emptiest towers."] == "The city"


def test_a_deputy_titled_so_is_the_deputy(nlp):
    # a States member of Guernsey or Jersey, a sheriff's deputy: "Deputy" before a name is a title
    text = (
        "Deputy Ravi Selvam said he had opposed the tax in the past but had changed his mind.\n\n"
        "‘I did not stand for election to introduce a new tax,’ the deputy said."
    )
    assert (
        speakers(text, nlp)["I did not stand for election to introduce a new tax,"]
        == "the deputy, Ravi Selvam"
    )


def test_the_subject_of_a_relative_clause_is_not_who_the_sentence_is_about(nlp):
    text = (
        "Sen. Russell Thibault, R-La., said the Democratic demand would “blow a hole” in the budget deal.\n\n"
        "Sen. Martin Okoye, D-Md., said the offsets Thibault wants would come out of housing money.\n\n"
        "“You can't rebuild a town and then take away the bus,” the senator said."
    )
    assert (
        speakers(text, nlp)["You can't rebuild a town and then take away the bus,"]
        == "the senator, Martin Okoye"
    )
    # a subordinate clause's subject ("as Obama spoke") is no relative clause's: two holders, no one
    text = (
        "Dan Grosse, president of a gun safety group, live tweeted as President Barack Obama spoke.\n\n"
        "An early tweet quoted the president as saying “Need to do something!”"
    )
    assert speakers(text, nlp).get("Need to do something!") != "the president, Dan Grosse"


def test_a_venue_noun_is_the_organisation_just_written_as_the_subject(nlp):
    """ "The theatre said" after "The Wearside Playhouse is to cut …": a venue or institution noun
    (theatre, museum, school, orchestra, festival) names the organisation, like "the company"."""
    text = (
        "The Wearside Playhouse in Sunderland is to cut its in-house productions from six a year to two.\n\n"
        "The theatre said that “our commitment to new writing will not change”."
    )
    assert speakers(text, nlp) == {
        "our commitment to new writing will not change": "the theatre, Wearside Playhouse"
    }


def test_a_portfolio_joined_by_and_before_a_title_is_no_speaker(nlp):
    """ "Climate Crisis and Civil Protection Minister Yiannis Mavrogiannis, who chaired …, said": the
    portfolio's words are never a person "Climate Crisis"."""
    text = (
        "Climate Crisis and Civil Protection Minister Yiannis Mavrogiannis, who chaired a meeting of the "
        "scientific committee in Athens, said there were “no grounds” for restricting travel."
    )
    assert speakers(text, nlp).get("no grounds") != "Climate Crisis"


def test_an_organisation_noun_in_a_new_entry_is_the_one_subject_of_its_paragraph(nlp):
    """A live blog's entries: "Cayman Airways has added three flights. “…,” the airline said" is the
    airline written in its own paragraph, not the operations centre of the entry before."""
    text = (
        "Governor Helen Ashdown-Pryce said the National Emergency Operations Centre has been activated.\n\n"
        "9:30 a.m. – Cayman Airways adds flights\n\n"
        "Cayman Airways has added three extra flights to Miami this afternoon. “Once those flights are full, "
        "we will not be able to add more capacity,” the airline said in a statement."
    )
    found = speakers(text, nlp)["Once those flights are full, we will not be able to add more capacity,"]
    assert found == "the airline, Cayman Airways"


def test_an_unnamed_spokesperson_is_the_one_the_paragraph_names_next(nlp):
    """ "A spokesperson for Gov. Alicia Moreno-Trent said …. “…,” spokesperson Ivan Petrosyan said": the
    same spokesperson; with another spokesperson noun between, or none named, no one."""
    text = (
        "Some lawmakers want an audit.\n\n"
        'A spokesperson for Gov. Alicia Moreno-Trent said the governor was "closely following" the filing. '
        '"The governor expects the commissioner to protect consumers and will hold him to that," spokesperson '
        "Ivan Petrosyan said in a statement."
    )
    assert speakers(text, nlp)["closely following"] == "Ivan Petrosyan"
    text = (
        "A spokesperson for Gov. Alicia Moreno-Trent said the governor was “closely following” the filing.\n\n"
        "“We expect the commissioner to protect consumers,” spokesperson Ivan Petrosyan said."
    )
    assert speakers(text, nlp)["closely following"] != "Ivan Petrosyan"


def test_an_organisation_owning_the_subject_is_what_the_company_stands_for(nlp):
    """ "Chernihivoblenergo's press service said … “…,” the company said": the organisation owns the
    sentence's subject, so "the company" is it."""
    text = (
        "Power was restored to most of Chernihiv overnight.\n\n"
        "Chernihivoblenergo's press service said repair crews had worked through the night. “Crews are "
        "continuing to work to restore supply to the remaining consumers,” the company said in a statement."
    )
    found = speakers(text, nlp)["Crews are continuing to work to restore supply to the remaining consumers,"]
    assert found == "the company, Chernihivoblenergo"


def test_a_role_set_off_after_the_name_holds_even_when_the_tagger_reads_it_as_a_verb(nlp):
    # the small model reads "reeve" as the verb of "Harald Lindqvist, reeve of …": still an apposition
    text = (
        "Farmers met at the hall on Monday.\n\n"
        "Harald Lindqvist, reeve of the surrounding rural municipality, said thefts had gone on for years.\n\n"
        "“Every farmer out here has a story like this now,” the reeve said."
    )
    assert speakers(text, nlp) == {
        "Every farmer out here has a story like this now,": "the reeve, Harald Lindqvist"
    }
    # the reeve is the one set off with the title, not the subject of the paragraph
    text = (
        "Farmers met at the hall on Monday.\n\n"
        "Harald Lindqvist, who farms near the river, said thefts had gone on for years. Tomas Berg, "
        "reeve of the municipality, agreed.\n\n"
        "“Every farmer out here has a story like this now,” the reeve said."
    )
    assert speakers(text, nlp) == {
        "Every farmer out here has a story like this now,": "the reeve, Tomas Berg"
    }


def test_a_body_and_member_are_one_role(nlp):
    # "Council Member Lena Tran-Whitcombe" … "the council member interjected": "member" alone is no role,
    # but "council member" is, the same as "councilmember"; a board member is not a council member
    text = (
        "Council Member Lena Tran-Whitcombe said the overtime budget had become a shadow salary.\n\n"
        "Board member Ana Ruiz-Delgado disagreed with her at the forum.\n\n"
        "“It is not that simple,” the council member interjected.\n\n"
        "“We have cut enough,” the board member said."
    )
    found = speakers(text, nlp)
    assert found["It is not that simple,"] == "the council member, Lena Tran-Whitcombe"
    assert found["We have cut enough,"] == "the board member, Ana Ruiz-Delgado"


def test_the_bench_is_the_court_it_sits_for(nlp):
    # a court report's "the bench said" is the court named in it; with no court named it stays the bench
    text = (
        "The Madras High Court on Friday set aside the eviction notices issued to 40 fishing families.\n\n"
        "In its order, the bench said the notices were “vague and evasive”."
    )
    assert speakers(text, nlp)["vague and evasive"] == "the bench, Madras High Court"
    # near miss: with no court named, the bench is no body the article names last ("the Labour Ministry")
    text = (
        "The Labour Ministry filed its reply on Monday.\n\n"
        "In its order, the bench said the notices were “vague and evasive”."
    )
    assert speakers(text, nlp)["vague and evasive"] == "the bench"


def test_the_one_a_question_was_put_to_by_another_answers(nlp):
    # "X was asked by Y whether …" ¶ "“…,” the outgoing premier said": X answers, not Y (the last named);
    # the one who asks ("Y asked X whether …") is no answer's speaker
    text = (
        "Aroha Pomare spoke to supporters in Mt Albert. She conceded graciously.\n\n"
        "Pomare was asked by TVNZ’s Grace Okwuosa-Reid whether she would stay on.\n\n"
        "“That’s a conversation for caucus, not for tonight,” the outgoing premier said."
    )
    assert speakers(text, nlp)["That’s a conversation for caucus, not for tonight,"] == (
        "the outgoing premier, Aroha Pomare"
    )
    text = text.replace(
        "Pomare was asked by TVNZ’s Grace Okwuosa-Reid", "TVNZ’s Grace Okwuosa-Reid asked Pomare"
    )
    assert speakers(text, nlp)["That’s a conversation for caucus, not for tonight,"] == "the outgoing premier"


def test_an_office_to_come_and_the_pm_are_roles(nlp):
    # "the prime minister-elect says" after a paragraph on the winner; "the PM said" after one on the
    # premier: the subject just named, as any role noun the article ties to no one
    text = (
        "Hamish Forsyth-Grant takes the stage at the Viaduct Events Centre to loud cheers.\n\n"
        "“Tonight you asked for change, and tonight you got it,” the prime minister-elect says.\n\n"
        "Aroha Pomare conceded in Mt Albert an hour earlier.\n\n"
        "“Our democracy worked tonight,” the PM said."
    )
    found = speakers(text, nlp)
    assert found["Tonight you asked for change, and tonight you got it,"] == (
        "the prime minister-elect, Hamish Forsyth-Grant"
    )
    assert found["Our democracy worked tonight,"] == "the PM, Aroha Pomare"


def test_a_seat_before_a_members_letters_or_after_member_for_is_no_speaker(nlp):
    # "the Jacques-Cartier MNA said", "the Montgomeryshire MS said", "the member for Vuntut Gwitchin said":
    # the member the article names so, not the riding the model tagged with the letters
    text = (
        "Jacques-Cartier MNA Lucia D’Amico-Roy, whose riding covers much of the West Island, spoke first.\n\n"
        "“This isn’t about French,” the Jacques-Cartier MNA said.\n\n"
        "Bethan Gwyther-Rees, the Montgomeryshire MS, said she had written to the Health Secretary.\n\n"
        "“The board keeps saying it’s consulting,” the Montgomeryshire MS said.\n\n"
        "Annie Johnston, the NDP member for Vuntut Gwitchin, raised the same concern.\n\n"
        "“My constituents depend on the caribou herd,” the member for Vuntut Gwitchin said."
    )
    found = speakers(text, nlp)
    assert found["This isn’t about French,"] == "the Jacques-Cartier MNA, Lucia D’Amico-Roy"
    assert found["The board keeps saying it’s consulting,"] == "the Montgomeryshire MS, Bethan Gwyther-Rees"
    assert found["My constituents depend on the caribou herd,"] == (
        "the member for Vuntut Gwitchin, Annie Johnston"
    )
    # near miss: "a member of the public" is no role, and "Ms" no member's letters
    text = (
        "Ruth Alden, a retired teacher, watched the vote.\n\n"
        "“It was a farce,” a member of the public said.\n\n"
        "“We will appeal,” Ms Alden said."
    )
    found = speakers(text, nlp)
    assert "Alden" not in (found["It was a farce,"] or "")
    assert found["We will appeal,"] == "Ruth Alden"


def test_a_clubs_word_the_model_left_untagged_points_nowhere_else(nlp):
    # "The former Scarlets boss was asked …" ¶ "‘…,’ he said": the coach just quoted; a place in the
    # description still points elsewhere ("the Vermont senator")
    text = (
        "Wales head coach Rhodri Evans said his side had switched off.\n\n"
        "‘People will write what they want,’ Evans said.\n\n"
        "‘That’s not for me to say,’ the former Scarlets boss said."
    )
    assert speakers(text, nlp)["That’s not for me to say,"] == "the former Scarlets boss, Rhodri Evans"


def test_a_member_of_parliament_and_the_bailiff_are_roles(nlp):
    # "Member of Parliament for South West St Catherine, Everald Campbell-Dixon, said": the member named, not
    # "Member"; "the Bailiff, Sir Richard Mahy," … "the Bailiff said", tagged a body: the bailiff named
    text = (
        "Member of Parliament for South West St Catherine, Everald Campbell-Dixon, said the community had "
        "been “let down for too long.”\n\n"
        "At one point the Bailiff, Sir Richard Mahy, intervened. “Please withdraw it,” the Bailiff said."
    )
    found = speakers(text, nlp)
    assert found["let down for too long."] == "Everald Campbell-Dixon"
    assert found["Please withdraw it,"] == "the Bailiff, Richard Mahy"


def test_an_age_description_is_the_person_given_that_age(nlp):
    # "Dean Mulvaney, 44, pleaded guilty …" … his lawyer's quote … "The 44-year-old … said he was “truly sorry”":
    # the age stated for him outweighs the lawyer, the last subject; with no age stated, the last subject stands
    text = (
        "Dean Mulvaney, 44, pleaded guilty on Friday to nine charges of deception.\n\n"
        "Defence lawyer Fiona Tuckwell said her client had never been in trouble before. "
        "“He is not a man who set out to deceive anyone,” Ms Tuckwell said.\n\n"
        "The 44-year-old, who briefly addressed the court, said he was “truly sorry” for the harm."
    )
    assert speakers(text, nlp)["truly sorry"] == "the 44-year-old, Dean Mulvaney"
    text = (
        "Dean Mulvaney pleaded guilty on Friday to nine charges of deception.\n\n"
        "Defence lawyer Fiona Tuckwell, 52, said her client had never been in trouble before.\n\n"
        "“He is not a man who set out to deceive anyone,” the 52-year-old said."
    )
    assert (
        speakers(text, nlp)["He is not a man who set out to deceive anyone,"]
        == "the 52-year-old, Fiona Tuckwell"
    )


def test_a_place_after_a_titled_name_qualifies_the_title(nlp):
    # "Republican Councilor Jeremiah Oakes of Wolfeboro" … "the Wolfeboro councilor said", beside two other
    # councilors: Oakes, as "Salem Councilor Curtis Mahaney" would be "the Salem councilor"
    text = (
        "Republican Councilor Jeremiah Oakes of Wolfeboro questioned the nominee for 40 minutes. "
        "Councilor Roland Thibodeau and Salem Councilor Curtis Mahaney voted to confirm.\n\n"
        "Oakes said the answer on bail had stayed with him.\n\n"
        "“I asked him a straight question and got a lawyer’s answer,” the Wolfeboro councilor said."
    )
    assert speakers(text, nlp)["I asked him a straight question and got a lawyer’s answer,"] == (
        "the Wolfeboro councilor, Jeremiah Oakes"
    )


def test_an_abbreviated_qualifier_before_an_abbreviated_title_is_the_full_word(nlp):
    # "Lt. Gov. Harlan Beaudry … called him …" ¶ "Gov. Mara Quinn signed …" ¶ "“…,” the lieutenant governor
    # said": Beaudry, not the governor last named
    text = (
        "Lt. Gov. Harlan Beaudry, a Republican who presides over the Senate, called him "
        "“the last of the old-school horse traders.”\n\n"
        "Gov. Mara Quinn signed the budget on Tuesday.\n\n"
        "“I don't think we agreed on a single big vote,” the lieutenant governor said."
    )
    assert speakers(text, nlp)["I don't think we agreed on a single big vote,"] == (
        "the lieutenant governor, Harlan Beaudry"
    )


def test_the_interim_chief_is_the_deputy_named_interim_chief(nlp):
    # "Deputy Chief Marisol Greer, who will serve as interim chief" … "the interim chief said": a deputy is
    # not "the chief", but is "the interim chief" when given every word of it
    text = (
        "Police Chief Darnell Whitfield will retire on Friday. Deputy Chief Marisol Greer will serve as "
        "interim chief until a search is finished.\n\n"
        "Whitfield thanked the officers at a news conference.\n\n"
        "“Every report will be read by a captain,” the interim chief said."
    )
    assert (
        speakers(text, nlp)["Every report will be read by a captain,"] == "the interim chief, Marisol Greer"
    )


def test_a_birthplace_before_a_role_ties_it_to_no_place(nlp):
    # "the Montreal-born director": where she was born is no tie to a role there; the one director named
    text = (
        "Director Mireille Thibodeau-Nakamura brought her new film to Toronto on Saturday. The screening sold "
        "out within an hour in Montreal and Toronto.\n\n"
        "“I made a film about a woman who stops talking,” the Montreal-born director said."
    )
    assert speakers(text, nlp)["I made a film about a woman who stops talking,"] == (
        "the Montreal-born director, Mireille Thibodeau-Nakamura"
    )


def test_a_role_answering_a_question_is_the_one_the_asker_was_written_to_ask(nlp):
    # "Sen. Naomi Feldstein asked Achebe-Ward to commit …" ¶ "“…?” Feldstein asked." ¶ "“…,” the nominee
    # said": the one asked answers; her former office ("a former state emergency director") does not make
    # her someone other than "the nominee"
    text = (
        "Rosalind Achebe-Ward, a former state emergency management director, faced questions on Wednesday.\n\n"
        "Sen. Naomi Feldstein asked Achebe-Ward to commit to releasing internal reports on staffing.\n\n"
        "“Will you commit to releasing those reports?” Feldstein asked.\n\n"
        "“I will commit to reviewing them,” the nominee said."
    )
    assert speakers(text, nlp)["I will commit to reviewing them,"] == "the nominee, Rosalind Achebe-Ward"


def test_a_name_the_parser_hung_on_the_role_after_it_is_the_holder(nlp):
    # "Kim Soo-ah, head of the city's transport policy bureau, said …": the parser made "head" the subject
    # with the name hung on it; the speaker is the name, not "head"
    text = (
        "Kim Soo-ah, head of the city's transport policy bureau, said the city had prepared emergency "
        "measures but was “relieved they will not be needed.”"
    )
    assert speakers(text, nlp)["relieved they will not be needed."] == "Kim Soo-ah"


def test_the_shadow_holder_given_the_same_words_is_still_below_the_one(nlp):
    # "The education secretary, Bridget Harcourt-Lyle," beside "Shadow education secretary Graham
    # Pennock-Shah": "The education secretary replied" is Harcourt-Lyle (both were given "education")
    text = (
        "The education secretary, Bridget Harcourt-Lyle, told MPs on Tuesday that the rise was fair.\n\n"
        "Shadow education secretary Graham Pennock-Shah said schools would have to cut staff.\n\n"
        "The education secretary replied that the payments were being ‘refocused, not removed’ this year."
    )
    assert speakers(text, nlp)["refocused, not removed"] == "the education secretary, Bridget Harcourt-Lyle"


def test_a_document_the_subject_questions_is_not_theirs(nlp):
    # "Whitfield questioned a city staff memo that said the ballpark would “pay for itself …”": the memo
    # speaks, not the man who questioned it; "the council issued a statement that said …" is the council's
    text = (
        "Brandon Whitfield, the council's longest-serving member, questioned a city staff memo that said the "
        "ballpark would “pay for itself within 20 years” through tax revenue."
    )
    assert speakers(text, nlp)["pay for itself within 20 years"] == "a city staff memo"
    text = "The Harbour Council issued a statement that said the ferry would “run again by Friday” after repairs."
    assert speakers(text, nlp)["run again by Friday"] == "Harbour Council"


def test_a_team_in_a_description_is_the_narrated_players_own(nlp):
    # "Ruiz had a simple routine for the biggest kick of his career." ¶ "“…,” the Lions kicker said": a team
    # the article names is whose kicker he is, no name pointing elsewhere; but after "Smith scored twice
    # against the BC Lions", "the Lions coach" is someone else
    text = (
        "The Calgary Stampeders beat the BC Lions 27-24 at McMahon Stadium on Saturday.\n\n"
        "Mateo Ruiz had a simple routine for the biggest kick of his career.\n\n"
        "“I look at the laces and the holder’s hands,” the Lions kicker said."
    )
    assert (
        speakers(text, nlp)["I look at the laces and the holder’s hands,"] == "the Lions kicker, Mateo Ruiz"
    )
    text = (
        "The Calgary Stampeders beat the BC Lions 27-24 at McMahon Stadium on Saturday.\n\n"
        "Mateo Ruiz scored twice against the BC Lions in the second half.\n\n"
        "“We could not stop him,” the Lions coach said."
    )
    assert "Ruiz" not in (speakers(text, nlp)["We could not stop him,"] or "")


def test_a_delegate_is_titled_and_a_bracketed_seat_qualifies_the_title(nlp):
    # "Council Delegate Loretta Begay (Tsé Chízhí, Dilkon)" is a person, not a body, and "Begay said" before
    # the other Begay is introduced is her; "Council Delegate Raymond Begay (Shiprock)" is "the Shiprock
    # delegate"
    text = (
        "The legislation, sponsored by Council Delegate Loretta Begay (Teesto, Dilkon), passed 17-4.\n\n"
        "“We have families hauling water 40 miles,” Begay said on the floor.\n\n"
        "Council Delegate Raymond Begay (Shiprock), who is not related to the sponsor, voted against the bill.\n\n"
        "“Every year we say emergency,” the Shiprock delegate said."
    )
    found = speakers(text, nlp)
    assert found["We have families hauling water 40 miles,"] == "Loretta Begay"
    assert found["Every year we say emergency,"] == "the Shiprock delegate, Raymond Begay"


def test_a_shared_surname_before_the_second_holder_is_introduced_is_the_first(nlp):
    # "Quarterback Mason Strand …" ¶ "“…,” Strand said." ¶ later "Safety Jordan Strand, no relation, …":
    # when "Strand said" is read, the reader has met one Strand; after both, a bare "Strand" stays itself
    text = (
        "Quarterback Mason Strand threw for 312 yards on Saturday.\n\n"
        "“We kept believing,” Strand said.\n\n"
        "Safety Jordan Strand, no relation to the quarterback, had two interceptions.\n\n"
        "“It was a long night,” Strand said."
    )
    found = speakers(text, nlp)
    assert found["We kept believing,"] == "Mason Strand"
    assert found["It was a long night,"] in ("Strand", "Jordan Strand")


def test_a_review_audit_or_guidance_speaks_for_whoever_the_article_says_issued_it(nlp):
    # a review, audit, study or guidance is a document like a statement: "The review" points back to "a
    # review by Sagebrush Justice Analytics", "The guidance" to the bureau that "issued guidance"
    text = (
        "He pointed to a 2024 review by Sagebrush Justice Analytics that found the county could save money. "
        "The review described the jail's population as “driven more by case processing times than by crime.”\n\n"
        "Michigan's Bureau of Elections has issued guidance to local clerks on handling threats. "
        "The guidance states that “no election official should be required to tolerate threats.”"
    )
    got = speakers(text, nlp)
    assert got["driven more by case processing times than by crime."] == (
        "the review from Sagebrush Justice Analytics"
    )
    assert got["no election official should be required to tolerate threats."].endswith("Bureau of Elections")


def test_a_document_released_by_a_body_speaks_with_its_issuer_named(nlp):
    # "A fact sheet released by the county calls the plan “…”": the issuer the "by" names, in the article's
    # words when it is no named actor; the named one when it is
    text = (
        "Voters will decide the bond in May. A fact sheet released by the county calls the plan "
        "“the minimum facility needed to meet constitutional standards.”\n\n"
        "An independent review commissioned by Marlowe Partners found the project had been "
        "“under-scoped, over-promised and poorly governed.”"
    )
    got = speakers(text, nlp)
    assert (
        got["the minimum facility needed to meet constitutional standards."] == "a fact sheet from the county"
    )
    assert got["under-scoped, over-promised and poorly governed."] == "Marlowe Partners"


def test_a_party_initialism_is_the_party_the_holder_was_given(nlp):
    # "the PC MLA" after "Progressive Conservative MLA Greg Thiessen"; "critic" is a role
    text = (
        "Progressive Conservative MLA Greg Thiessen, whose constituency includes several care homes, said the "
        "province should pay for the courses.\n\n“We are flying nurses in from overseas,” the PC MLA said.\n\n"
        "NDP health critic Priyanka Deol-Martin spoke on Monday. Deol-Martin said the province has relied "
        "on stopgaps.\n\n“Every one of those closures is a family,” the NDP critic said."
    )
    got = speakers(text, nlp)
    assert got["We are flying nurses in from overseas,"] == "the PC MLA, Greg Thiessen"
    assert got["Every one of those closures is a family,"] == "the NDP critic, Priyanka Deol-Martin"


def test_a_leader_is_the_person_just_narrated_whatever_her_office_is_called(nlp):
    # the union's president is "the union leader"; "the prime minister" is still not Premier Ford (see
    # recent_role_free_person)
    text = (
        "Stéphanie Gagnon-Rioux, president of the federation, called the offer an insult.\n\n"
        "Gagnon-Rioux said any talk of legislation would hurt.\n\n"
        "“If the minister wants to write a special law, that tells you everything,” the union leader said."
    )
    got = speakers(text, nlp)
    assert got["If the minister wants to write a special law, that tells you everything,"] == (
        "the union leader, Stéphanie Gagnon-Rioux"
    )


def test_an_update_is_a_document_whose_issuer_speaks(nlp):
    # "In an update Wednesday morning, the Manitoba Wildfire Service said …" ¶ "“…,” the update said"
    text = (
        "In an update Wednesday morning, the Manitoba Wildfire Service said the fire had grown to about 21,000 "
        "hectares.\n\n“Crews are focusing on structure protection around the community,” the update said."
    )
    got = speakers(text, nlp)
    assert got["Crews are focusing on structure protection around the community,"] == (
        "the update from Manitoba Wildfire Service"
    )


def test_a_bodys_noun_before_a_document_is_the_one_body_named_with_it(nlp):
    # "A board report released last month says" beside the Toronto District School Board: the board's report
    text = (
        "The Toronto District School Board plans to close three schools. A board report released last month says "
        "the schools are half empty.\n\n"
        "The report says consolidation “represents the most responsible use of limited capital funding.”"
    )
    got = speakers(text, nlp)
    assert got["represents the most responsible use of limited capital funding."].endswith(
        "Toronto District School Board"
    )


def test_letters_defined_after_a_hyphenated_role_name_its_holder(nlp):
    # whether or not the model tags "OC" a body, the letters the article defined stand for the officer
    text = (
        "Strike\n\nWorkers blocked the highway for a third day on Tuesday.\n\n"
        "Md Rezaul Karim, officer-in-charge (OC) of Konabari Police Station, said police had been deployed "
        "along the highway but had not used force.\n\n"
        "“We are trying to handle the situation with patience. No one has been arrested so far,” the OC said."
    )
    found = speakers(text, nlp)
    assert (
        found["We are trying to handle the situation with patience. No one has been arrested so far,"]
        == "the OC, Md Rezaul Karim"
    )


def test_a_trade_named_by_its_ending_is_the_role_of_the_person_just_named(nlp):
    text = (
        "Outbreak\n\nDr. Ruth Calloway, a pediatrician whose practice sits across the street from the school, "
        "said she had seen a rise in parents asking about shots.\n\n"
        "“I had six families come in this week,” the pediatrician said."
    )
    assert speakers(text, nlp)["I had six families come in this week,"] == "the pediatrician, Ruth Calloway"


def test_a_coach_is_the_boss_the_article_titled_and_the_subject_outranks_the_player_she_names(nlp):
    text = (
        "Match report\n\nHarbury manager Ross Pendleford praised his side.\n\n"
        "Kingsmere boss Marta Kowalczyk was furious with the decision to send off Reid, insisting her "
        "defender had played the ball.\n\n"
        "“He wins the ball. Clean,” the Polish coach told BBC Sport."
    )
    assert speakers(text, nlp)["He wins the ball. Clean,"] == "the Polish coach, Marta Kowalczyk"


def test_a_cue_before_a_semicolon_does_not_reach_the_other_clause(nlp):
    text = (
        "Council passes budget\n\nMayor Patricia Doucet-Moore cast the deciding vote.\n\n"
        "Mayor says city had no choice; councillors who opposed budget call it “a reckless gamble” and vow to "
        "fight on."
    )
    assert speakers(text, nlp)["a reckless gamble"] not in ("Patricia Doucet-Moore", "Mayor")


def test_initials_of_an_office_no_one_is_titled_with_speak_for_the_subject_just_named(nlp):
    text = (
        "Earnings\n\nVeridian Systems reported a soft quarter on Tuesday.\n\n"
        "In a brief interview after the call, Adam Cole said he was unbothered by the stock move.\n\n"
        "“The engineers don't watch the ticker,” the CTO said."
    )
    assert speakers(text, nlp)["The engineers don't watch the ticker,"] == "the CTO, Adam Cole"


def test_initials_of_a_title_spelt_out_before_a_name_name_its_holder(nlp):
    text = (
        "Smog\n\nTalking to Dawn, EPD Director General Rana Tariq Mahmood said the department's teams were "
        "working round the clock.\n\n"
        "“Around 40 percent of the pollution load is from vehicles,” the DG said."
    )
    assert speakers(text, nlp)["Around 40 percent of the pollution load is from vehicles,"] == (
        "the DG, Rana Tariq Mahmood"
    )


def test_the_lead_author_is_never_a_co_author(nlp):
    text = (
        "Fossil\n\nThe specimen was found on the last day of the season, according to co-author Batbayaryn "
        "Ganbold of the Mongolian Academy of Sciences.\n\n"
        "“More like a very enthusiastic squeaky toy,” the lead author said."
    )
    assert (
        speakers(text, nlp)["More like a very enthusiastic squeaky toy,"]
        != "the lead author, Batbayaryn Ganbold"
    )


def test_the_crown_speaks_through_its_one_titled_lawyer(nlp):
    text = (
        "Sentencing\n\nIn a statement read aloud by assistant Crown attorney Megan O'Rourke, the father said he "
        "had stopped cycling.\n\nO'Rourke had asked for seven years.\n\n"
        "“This was not a borderline case,” the Crown said in her sentencing submissions."
    )
    assert speakers(text, nlp)["This was not a borderline case,"] == "Megan O'Rourke"


def test_rugby_positions_are_roles(nlp):
    text = (
        "Rugby\n\nFly-half Euan MacLeod kicked a penalty to the corner, and Drummond finished a sweeping move.\n\n"
        "MacLeod, who was named player of the match after kicking 11 points, was asked about the atmosphere at a "
        "sold-out Scotstoun.\n\n“It's the loudest I've heard this place,” said the stand-off."
    )
    assert speakers(text, nlp)["It's the loudest I've heard this place,"] == "the stand-off, Euan MacLeod"


def test_a_holder_the_quote_talks_about_is_no_rival_for_the_role(nlp):
    text = (
        "Bill\n\nEmployment Minister Rajiv Sandhu tabled the bill on Monday. His predecessor, former minister "
        "Helen Ashworth, wrote on X that the bill was weak.\n\n"
        "Asked about the post, Sandhu smiled. “Helen is entitled to her view,” the minister said."
    )
    assert speakers(text, nlp)["Helen is entitled to her view,"] == "the minister, Rajiv Sandhu"


def test_a_party_in_apposition_ties_the_party_s_member_to_the_role(nlp):
    text = (
        "Deportation\n\nBloc MP Luc Gagnon called the decision cruel.\n\n"
        "Local MP Sukhdeep Bains, a Liberal, said she had written to the minister.\n\n"
        "“I've met this family,” the Liberal MP said."
    )
    assert speakers(text, nlp)["I've met this family,"] == "the Liberal MP, Sukhdeep Bains"


def test_a_place_s_possessive_the_model_took_into_the_name_ties_the_role(nlp):
    text = (
        "Curling\n\nOntario’s Rachel Dumont came up light with her final draw, and Manitoba's Kate Kowalchuk "
        "stole two for the win.\n\nIt was a cruel finish for Dumont.\n\n"
        "“I didn’t throw enough weight,” the Ontario skip said afterward."
    )
    assert speakers(text, nlp)["I didn’t throw enough weight,"] == "the Ontario skip, Rachel Dumont"


def test_a_deck_s_bare_role_with_its_modifier_is_the_one_holder_or_no_one(nlp):
    text = (
        "Measles cases climb to 47\n\nMedical officer says outbreak 'nowhere near over'; two children in hospital\n\n"
        "The number of cases has risen to 47, the health unit said, with the region's top doctor warning the "
        'outbreak is "nowhere near over."\n\n'
        "Dr. Aisha Farouk, the region's medical officer of health, said 41 of the cases are in children.\n\n"
        '"We are nowhere near the end of this," Farouk said.'
    )
    assert speakers(text, nlp)["nowhere near over"] == "Aisha Farouk"


def test_a_line_opening_with_a_possessive_kin_noun_is_no_heading(nlp):
    text = (
        "Flood\n\nRon Pettibone and his wife, Dora Pettibone, lost their cabin.\n\n"
        "Her husband, Ron Pettibone, shrugged. “Thirty years of fly rods. I'll buy new ones,” he said."
    )
    assert speakers(text, nlp)["Thirty years of fly rods. I'll buy new ones,"] == "Ron Pettibone"


def test_a_role_is_never_the_person_another_reports_on(nlp):
    text = (
        "Fraud\n\nJason Leung, 41, pleaded guilty to fraud.\n\n"
        "Deputy District Judge Edmond Kwok said Leung had deliberately targeted people who trusted him.\n\n"
        "“The defendant did not merely deceive strangers,” the judge said."
    )
    assert speakers(text, nlp)["The defendant did not merely deceive strangers,"] != "the judge, Jason Leung"


def test_a_party_spelt_out_is_the_initials_in_brackets_after_a_name(nlp):
    text = (
        "Parking\n\nCllr Tom Gallagher (Ind) backed the scheme.\n\n"
        "Cllr Mairéad Kinsella (SF) said the scheme was “a tax on rural people.”\n\n"
        "“There's one bus a day from Belmullet,” said the Sinn Féin councillor."
    )
    assert (
        speakers(text, nlp)["There's one bus a day from Belmullet,"]
        == "the Sinn Féin councillor, Mairéad Kinsella"
    )


def test_the_union_is_the_guild_local_the_article_names(nlp):
    text = (
        "Strike\n\n“We are not replaceable,” said Denise Kowalczyk, an intensive care nurse and president of the "
        "Michigan Nurses Guild Local 14.\n\n"
        "The union is seeking enforceable ratios written into its contract.\n\n"
        "The hospital said replacement nurses would be paid for five days.\n\n"
        "The union called that “a lockout by another name.”"
    )
    assert speakers(text, nlp)["a lockout by another name."].startswith(
        "the union, Michigan Nurses Guild Local"
    )


def test_a_described_holder_of_two_coaches_is_the_one_just_named(nlp):
    """ "the first-year coach": the words describe, they pick out neither coach; the one the sentence
    before was about speaks (the parser makes "Lamar Pettigrew" the object of "coach" there)."""
    text = (
        "Trade\n\nKings coach Mitch Harlan said he called Tavares early Thursday morning.\n\n"
        "“It's never easy,” Harlan said.\n\n"
        "Grizzlies coach Lamar Pettigrew, in his first season on the bench, said Tavares would go straight into "
        "the starting lineup for Friday's game against Dallas.\n\n"
        "“He makes everybody's job easier. Mine included,” the first-year coach said."
    )
    assert speakers(text, nlp)["He makes everybody's job easier. Mine included,"] == (
        "the first-year coach, Lamar Pettigrew"
    )


def test_the_company_after_its_statement_in_the_paragraph_before(nlp):
    """The parser runs the statement's sentence over the paragraph break; the company's own sentence there
    does not make it the one "the company" reports on."""
    text = (
        "Tenants of a Halifax apartment building say they are being pushed out.\n\n"
        "In a statement, Bluenose Residential Properties said the building's systems are \"well past the end "
        'of their useful life" and that the work "cannot be done safely with tenants in place."\n\n'
        '"We understand this is difficult news, and we are offering every tenant three months\' rent," the '
        "company said."
    )
    found = speakers(text, nlp)
    assert found[
        "We understand this is difficult news, and we are offering every tenant three months' rent,"
    ] == ("the company, Bluenose Residential Properties")


def test_the_group_is_the_body_a_which_clause_narrates(nlp):
    """ "… from the Caucus, which represents the mayors …": the narration is about the body, as a subject's
    would be, so "the group" in the next sentence is that body."""
    text = (
        "Transit\n\nPremier Gordon Beale defended the bill during question period.\n\n"
        "“The people of Ontario elected us to get things built,” Beale said.\n\n"
        "The bill drew a cautious response from the Ontario Municipal Leaders’ Caucus, which represents the "
        "mayors of the province’s 29 largest cities. In a statement, the group said it was “concerned that the "
        "bill removes municipalities from decisions.”"
    )
    assert speakers(text, nlp)["concerned that the bill removes municipalities from decisions."] == (
        "the group, Ontario Municipal Leaders’ Caucus"
    )


def test_the_body_a_notice_went_to_is_no_rival_of_the_company(nlp):
    text = (
        "Factory\n\nEastgate Foods Plc has suspended production at its factory in Ota, citing the cost of "
        "imported raw materials.\n\n"
        "In a notice to the Nigerian Exchange Limited on Tuesday, the company said the suspension would remain "
        'in place "until macroeconomic conditions permit a sustainable resumption of operations."'
    )
    assert speakers(text, nlp)[
        "until macroeconomic conditions permit a sustainable resumption of operations."
    ] == ("the company, Eastgate Foods Plc")


def test_a_description_the_sentence_gives_a_sex_is_not_a_person_of_the_other(nlp):
    """ "The singer said she was wary …": the singer is a woman, so not the producer just named."""
    text = (
        "Music\n\nTheo Banerjee, who produced the album at his studio in Nashville, said it nearly did not "
        "happen.\n\n"
        "The singer said she was wary of making that story sound too neat.\n\n"
        "“People like a narrative where you go home and everything makes sense,” the singer said."
    )
    assert "Banerjee" not in (
        speakers(text, nlp)["People like a narrative where you go home and everything makes sense,"] or ""
    )


def test_the_widow_is_the_woman_just_quoted(nlp):
    text = (
        "Ducks\n\nMargaret Holroyd, 78, was handed the fixed penalty notice last Tuesday.\n\n"
        "Mrs Holroyd told the Examiner: ‘I’ve done it every day for 40 years.’\n\n"
        "The widow, who has seven grandchildren, said the officers had been ‘perfectly polite’."
    )
    assert "Holroyd" in (speakers(text, nlp)["perfectly polite"] or "")


def test_a_role_given_in_a_span_of_the_holders_own_time_is_held(nlp):
    text = (
        "Basketball\n\nSt. Brendan coach Karen Doyle said her team had played well.\n\n"
        "Lonnie Whitfield, in his ninth season as Cedar Bluff's coach, has spent most of them in the same gym.\n\n"
        "“We talked all week about it,” the coach said."
    )
    assert speakers(text, nlp)["We talked all week about it,"] == "the coach, Lonnie Whitfield"


def test_the_place_a_company_is_based_in_names_no_other_body(nlp):
    text = (
        "Plant\n\nHalverson Components will close its Brule Falls plant by the end of March, the company said "
        "Tuesday.\n\n"
        'In a statement, the Minneapolis-based manufacturer said the move was driven by "sustained cost '
        'pressure" and that workers would receive severance.'
    )
    assert speakers(text, nlp)["sustained cost pressure"] == (
        "the Minneapolis-based manufacturer, Halverson Components"
    )


def test_the_out_half_is_the_fly_half_the_article_titled(nlp):
    text = (
        "Rugby\n\nLeinster edged Munster on Saturday, with out-half Ronan Keogh’s 78th-minute penalty proving "
        "decisive.\n\n"
        "“You just try to treat it like any other kick,” the out-half said."
    )
    assert speakers(text, nlp)["You just try to treat it like any other kick,"] == "the out-half, Ronan Keogh"


def test_a_deck_s_role_after_a_capitalised_noun_is_the_one_holder(nlp):
    """ "Finance minister says …": the portfolio noun, capitalised as a deck opens, with the role after it."""
    text = (
        "Federal budget promises $8.5B for housing\n\nFinance minister says plan is about ‘fairness for every "
        "generation’\n\nÉlise Marchand · CBC News · Posted: Apr 16, 2024\n\n"
        "Finance Minister Margaret Okonkwo-Reid tabled the budget on Tuesday."
    )
    assert speakers(text, nlp)["fairness for every generation"] == "Margaret Okonkwo-Reid"
