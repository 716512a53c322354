"""Hand-written news paragraphs for the quote regression test (registers the dev set lacks).

Every text here was written for this file. Each case: (register, text, [(quote start, speaker)]). A
speaker matches when it equals the expected one or ends with the same word, as the dev scorer counts
it ("the ministry" / "Health Ministry" both end in "ministry"). An empty list means no quote should be
reported (titles, scare quotes, nicknames, page furniture, apostrophes).
"""

CASES = [
    # --- wire copy -------------------------------------------------------------------------------
    (
        "wire lede, delayed identification",
        "A Moncton daycare owner says she was “blindsided” by the province’s new licensing fees.\n\n"
        "Carla Benoit said she learned of the change from a parent on Friday.",
        [("blindsided", "Carla Benoit")],
    ),
    (
        "wire, party and state tag",
        "Sen. Ruth Okafor voted no.\n\n"
        '"We can pay now or pay later," Okafor said. "That is all I am asking for."\n\n'
        'Senate Minority Leader Glen Ashby, R-Utah, called the bill "a blank check" and walked out.',
        [("We can pay now", "Ruth Okafor"), ("That is all", "Ruth Okafor"), ("a blank check", "Glen Ashby")],
    ),
    (
        "wire",
        "BRUSSELS (Reuters) - The European Union will tighten rules on chemical imports, the bloc’s trade "
        "commissioner said on Monday.\n\n“We cannot allow unsafe products onto our market,” Commissioner "
        "Petra Lindahl said in a statement.",
        [("We cannot allow", "Petra Lindahl")],
    ),
    (
        "wire",
        "The ministry said in a statement on Tuesday that the talks had been “constructive and frank.”",
        [("constructive and frank", "ministry")],
    ),
    (
        "wire",
        "“We are deeply saddened by this loss,” the family said in a statement on Monday.",
        [("We are deeply saddened", "family")],
    ),
    (
        "wire",
        "Prices rose 3 percent in March, the statistics office said. “Energy was the main driver,” the "
        "office added.",
        [("Energy was the main driver", "office")],
    ),
    (
        "wire",
        "In a statement, the Coast Guard said crews had rescued 14 people and described conditions as "
        "“extremely dangerous.”",
        [("extremely dangerous", "Coast Guard")],
    ),
    (
        "wire",
        "“The situation remains tense,” the Defence Ministry said on Sunday, adding that two villages had "
        "been evacuated.",
        [("The situation remains tense", "Defence Ministry")],
    ),
    (
        "wire",
        "The plant will close in June, according to a statement from Norland Steel, which called the "
        "decision “painful but unavoidable.”",
        [("painful but unavoidable", "Norland Steel")],
    ),
    (
        "wire",
        "“We are not going to negotiate in public,” Mayor Carla Jimenez told reporters on Wednesday.",
        [("We are not going to negotiate", "Carla Jimenez")],
    ),
    (
        "wire",
        "Governor Paul Whitaker toured the flooded towns on Saturday.\n\n“Nobody saw this coming,” he told "
        "reporters in Millbrook.",
        [("Nobody saw this coming", "Paul Whitaker")],
    ),
    (
        "wire",
        "The Health Ministry said the outbreak was “under control” and urged people not to panic.",
        [("under control", "Health Ministry")],
    ),
    # --- speaker after the quote, inverted ----------------------------------------------------------
    (
        "inversion",
        "“The figures are alarming,” said Ruth Adeyemi, a spokeswoman for the Coastal Food Bank, which "
        "serves four counties.",
        [("The figures are alarming", "Ruth Adeyemi")],
    ),
    (
        "inversion",
        "“This is not the end of the campaign,” said the group’s director, Felix Aranda.",
        [("This is not the end", "Felix Aranda")],
    ),
    (
        "inversion",
        "“Democracy is more fragile than we think,” writes historian Paul Renner in his new book.",
        [("Democracy is more fragile", "Paul Renner")],
    ),
    (
        "inversion",
        "“Great day for the state!” Governor Mia Castell tweeted on Saturday.",
        [("Great day for the state", "Mia Castell")],
    ),
    # --- British style, single marks ------------------------------------------------------------------
    (
        "british",
        "Home Secretary Alice Brennan faced angry MPs on Thursday.\n\n‘We will not back down,’ she said. "
        "‘Not now, not ever.’",
        [("We will not back down", "Alice Brennan"), ("Not now, not ever", "Alice Brennan")],
    ),
    (
        "british",
        "‘Parents don’t want excuses,’ said Tom Hughes, a headteacher in Leeds. ‘They want their "
        "children’s schools open.’",
        [("Parents don’t want excuses", "Tom Hughes"), ("They want their children’s", "Tom Hughes")],
    ),
    (
        "british",
        "The council described the plan as ‘deeply flawed’ and said residents’ concerns had been ignored.",
        [("deeply flawed", "council")],
    ),
    (
        "british",
        "Speaking at the conference in Manchester, Ms Clarke said: ‘We will deliver on our promises.’",
        [("We will deliver on our promises", "Clarke")],
    ),
    (
        "british",
        "Mr Patel, 54, said the shop had been ‘targeted again and again’ since the summer.",
        [("targeted again and again", "Patel")],
    ),
    (
        "british",
        "'We won't stop until the library reopens,' said Kate O'Neill, the campaign's organiser.",
        [("We won't stop", "Kate O'Neill")],
    ),
    # --- guillemets ---------------------------------------------------------------------------------
    (
        "guillemets",
        "«We are ready for talks,» Foreign Minister Anton Weber said on Friday.",
        [("We are ready for talks", "Anton Weber")],
    ),
    (
        "guillemets",
        "The party’s spokesman, Luca Ferri, called the proposal «unacceptable» and left the chamber.",
        [("unacceptable", "Luca Ferri")],
    ),
    (
        "guillemets",
        "«This is a historic day», said the chancellor, Maria Vogt. «Europe has shown it can act.»",
        [("This is a historic day", "Maria Vogt"), ("Europe has shown", "Maria Vogt")],
    ),
    # --- multi-paragraph quotes and quote after quote ---------------------------------------------
    (
        "multipara",
        "“The first thing we did was count the boats,” said Hana Sato, the harbour master.\n\n"
        "“Half of them were gone. Some had sunk at their moorings, others had simply drifted away.\n\n"
        "“It will take years to rebuild the fleet.”",
        [
            ("The first thing we did", "Hana Sato"),
            ("Half of them were gone", "Hana Sato"),
            ("It will take years", "Hana Sato"),
        ],
    ),
    (
        "multipara",
        "“It was terrifying,” said Omar Haddad, who lives near the river. “The water came up so fast.” "
        "Neighbours helped him carry his furniture upstairs.",
        [("It was terrifying", "Omar Haddad"), ("The water came up", "Omar Haddad")],
    ),
    (
        "multipara",
        "Ines Moreau, the festival’s director, said ticket sales had doubled.\n\n“We added a third stage "
        "this year. The queues were still around the block.\n\n“Next year we will need a bigger site.”",
        [("We added a third stage", "Ines Moreau"), ("Next year we will need", "Ines Moreau")],
    ),
    # --- possessive offices, documents ------------------------------------------------------------
    (
        "office",
        "Senator Ruth Kaplan voted against the bill. Kaplan’s office said she had “serious concerns about "
        "the cost.”",
        [("serious concerns about", "Ruth Kaplan")],
    ),
    (
        "office",
        "Gov. Alan Pierce signed the budget on Friday. Pierce's office said the plan would be \"balanced "
        'by June."',
        [("balanced by June", "Alan Pierce")],
    ),
    (
        "office",
        "“I regret nothing,” Viktor Sand said in an interview with the Nordic Herald.",
        [("I regret nothing", "Viktor Sand")],
    ),
    (
        "office",
        "The foreign minister, Amara Diallo, put it bluntly: “There will be no deal without guarantees.”",
        [("There will be no deal", "Amara Diallo")],
    ),
    # --- pronouns -----------------------------------------------------------------------------------
    (
        "pronoun",
        "David Moss, the mayor, defended the budget. “We kept every promise,” Moss said.\n\n"
        "His rival, Karen Ellis, disagreed. “The numbers do not add up,” Ellis said.\n\n"
        "“We will keep taxes low,” he added.",
        [
            ("We kept every promise", "David Moss"),
            ("The numbers do not add up", "Karen Ellis"),
            ("We will keep taxes low", "David Moss"),
        ],
    ),
    (
        "pronoun",
        "Greenpeace activists climbed the cooling tower on Monday. They called the protest “a warning to "
        "the whole industry.”",
        [("a warning to the whole industry", "Greenpeace activists")],
    ),
    (
        "pronoun",
        "Sarah Lund met the Finance Minister, Peter Holm, on Tuesday. She said afterwards that the meeting "
        "had been “useful but short.”",
        [("useful but short", "Sarah Lund")],
    ),
    (
        "pronoun",
        "Mr. Halvorsen, the mayor, opened the meeting. “We have a plan,” Halvorsen said.\n\nThe opposition "
        "leader, Ms. Dahl, was unimpressed. “It is a plan to do nothing,” Dahl said.\n\n“We will see who "
        "is right,” he said.",
        [
            ("We have a plan", "Halvorsen"),
            ("It is a plan to do nothing", "Dahl"),
            ("We will see who is right", "Halvorsen"),
        ],
    ),
    (
        "pronoun",
        "Democrats in the Senate blocked the bill. “This is a cynical stunt,” they said in a joint statement.",
        [("This is a cynical stunt", "Democrats")],
    ),
    (
        "pronoun",
        "Residents of Oakdale packed the hall on Thursday. “Nobody asked us,” they said.",
        [("Nobody asked us", "Residents")],
    ),
    (
        "pronoun",
        "Norwind Airlines said flights would resume on Friday. “Passengers will be refunded in full,” they "
        "added.",
        [("Passengers will be refunded", "Norwind Airlines")],
    ),
    # --- transcripts ----------------------------------------------------------------------------------
    (
        "transcript",
        "Governor Lisa Moreno sat down with us on Friday. This transcript has been edited for length.\n\n"
        "Q: What is your first priority?\n\n"
        "MORENO: Housing. We have to build more homes, and faster.\n\n"
        "Q: And the budget?\n\n"
        "MORENO: It will be balanced. I promise you that.",
        [("Housing. We have to build", "Lisa Moreno"), ("It will be balanced", "Lisa Moreno")],
    ),
    # --- parser slips around the speaker (2nd pass) --------------------------------------------------
    (
        "speaker after quote",
        "“We will have the bridge open by the weekend,” Harbor police Chief Dana Whitfield said Monday.",
        [("We will have the bridge open", "Dana Whitfield")],
    ),
    (
        "speaker after quote",
        "“Nobody in the fleet wants this fight,” Okafor, a retired admiral, said Tuesday in a radio interview.",
        [("Nobody in the fleet", "Okafor")],
    ),
    (
        "poll",
        "In the new survey, only 41 percent said the mayor was “doing a good job.”",
        [("doing a good job", "41 percent")],
    ),
    (
        "put it",
        "The council leader told residents she would see it as a “personal failure” if the library closed, "
        "putting her own record on the line.",
        [("personal failure", "council leader")],
    ),
    (
        "continuation",
        "“The ferry will run again on Friday,” Captain Ruth Adeyemi said, stressing that the engines had "
        "been checked twice. “Nobody sails until I am satisfied.”",
        [("The ferry will run again", "Ruth Adeyemi"), ("Nobody sails until", "Ruth Adeyemi")],
    ),
    (
        "continuation",
        "The county may delay the vote until spring, Commissioner Tomas Lindgren said. “We would rather "
        "get it right than get it fast.”",
        [("We would rather get it right", "Tomas Lindgren")],
    ),
    (
        "quoted transcript",
        "Senator Hal Brennan appeared on the Sunday programme. A partial transcript follows.\n\n"
        '"HOST: Senator, will you vote for the budget on Tuesday?\n\n'
        '"BRENNAN: Not in its current form. The cuts to rural hospitals go too far.\n\n'
        '"We will offer amendments, and I expect some of them to pass.',
        [
            ("Senator, will you vote", "Host"),
            ("Not in its current form", "Hal Brennan"),
            ("We will offer amendments", "Hal Brennan"),
        ],
    ),
    (
        "dash",
        "When the auditor noted that the firm had paid no fees for years ― as was clear once its accounts "
        "were made public ― Priya Sandoval boasted, “That is how the system works.”",
        [("That is how the system works", "Priya Sandoval")],
    ),
    # --- unseen copy (issue 16): registers beyond US political news ---------------------------------
    (
        "british multi-paragraph",
        "Union Rejects Offer\n\nGeorgina Pike, the union’s regional secretary, said the deal was an "
        "insult.\n\n‘Our members have been patient for two years.\n\n‘They will not be patient for a "
        "third.’\n\nTalks resume on Monday.",
        [("Our members have been patient", "Georgina Pike"), ("They will not be patient", "Georgina Pike")],
    ),
    (
        "dash sign-off",
        "Late Collapse\n\nThe visitors led until the 80th minute.\n\n‘We switched off and got punished.’ "
        "– Rovers manager Kieran Doyle",
        [("We switched off", "Kieran Doyle")],
    ),
    (
        "pull quote and name line",
        "Reef Survey\n\nThe survey covered 40 sites along the coast.\n\n“Half the coral we mapped in "
        "2019 is gone.”\n\nProf Helen Achebe, marine biologist\n\nThe results were published on Friday.",
        [("Half the coral", "Helen Achebe")],
    ),
    (
        "headline quote",
        "‘We were never consulted’: Halvorsen slams depot plan\n\nCouncillor Ingrid Halvorsen said the "
        "bus depot would bring noise to a quiet street.",
        [("We were never consulted", "Ingrid Halvorsen")],
    ),
    (
        "age description",
        "Derby Hero\n\nMarcus Reid came off the bench to score the winner. “I have dreamed of this since "
        "I was a boy,” the 19-year-old said.",
        [("I have dreamed of this", "Marcus Reid")],
    ),
    (
        "nationality description",
        "Open Final\n\nSofia Martinez of Argentina beat the top seed in straight sets. “I played the best "
        "tennis of my life,” the Argentine said.",
        [("I played the best tennis", "Sofia Martinez")],
    ),
    ("nickname", "Fans have called the striker “The Hammer” since his first season at the club.", []),
    ("title of a work", "The documentary “Salt and Stone” premieres at the festival next week.", []),
    (
        "read more furniture",
        "Ferry Fares\n\nFares will rise by four per cent in April.\n\nREAD MORE: ‘We can’t afford it,’ "
        "islanders say\n\nThe operator blamed fuel costs.",
        [],
    ),
    (
        "pronoun, nearest fitting antecedent",
        "Hearing Adjourned\n\nThe lawyer Tom Becker asked for more time. The hearing was chaired by "
        "Judge Miriam Osei. She said, “This court will not wait forever.”",
        [("This court will not wait forever.", "Miriam Osei")],
    ),
    (
        "shared surname",
        "Family Firm\n\nRobert Castell founded the bakery in 1971 and his daughter Louise Castell runs it "
        "now. “We still use the same ovens,” Castell said.",
        [("We still use the same ovens", "Castell")],
    ),
    (
        "age in apposition before a colon cue",
        "Flood Clean-up\n\nShopkeeper Nadia Ruiz, 37, said: “Everything on the ground floor is ruined.”",
        [("Everything on the ground floor", "Nadia Ruiz")],
    ),
    (
        "told this newspaper",
        "Rent Rises\n\n“Nobody can live on these wages,” Arjun Persaud told this newspaper.",
        [("Nobody can live on these wages", "Arjun Persaud")],
    ),
    (
        "colon after a clause",
        "Hospital Delays\n\nNurse manager Elif Demir is more blunt: “The ward is full every night.”",
        [("The ward is full every night.", "Elif Demir")],
    ),
    (
        "narrated person",
        "Night Shift\n\nKwame Mensah has driven the night bus for 22 years. He knows every stop by heart."
        "\n\n“You see the whole city asleep. I would not swap it for anything.”",
        [("You see the whole city asleep.", "Kwame Mensah")],
    ),
    # --- role nouns: the person or firm the article tied to the role (issue 16, class 1) -------------
    (
        "local",
        "Lakeside Mayor Rosa Delgado defended the library cuts at Tuesday's council meeting.\n\n"
        "Residents packed the gallery.\n\n"
        "“Every branch will stay open, just for fewer hours,” the mayor told reporters afterwards.",
        [("Every branch will stay open", "the mayor, Rosa Delgado")],
    ),
    (
        "sport",
        "Rookie goalie Max Dupuis made 38 saves as the Falcons beat Oakridge 3-1.\n\n"
        "“I just tried to stay square to the puck,” the rookie goalie said.",
        [("I just tried to stay square", "the rookie goalie, Max Dupuis")],
    ),
    (
        "sport",
        "Two coaches were fined after the brawl: coach Ann Burke of the Falcons and coach Tom Reyes of "
        "the Hawks.\n\n“It was ugly for everyone,” the coach said.",
        [("It was ugly for everyone", "the coach")],
    ),
    (
        "business",
        "Pellmark Foods will close its Brandon plant in March, cutting 240 jobs.\n\n"
        "The company said the decision was “the hardest we have made in our history.”",
        [("the hardest we have made", "the company, Pellmark Foods")],
    ),
    (
        "business",
        "Opposition finance critic Leah Moss questioned the deal. Her office said the terms were "
        "“far too generous to the lender.”",
        [("far too generous to the lender", "Leah Moss’s office")],
    ),
    (
        "subhead",
        "Costs of the new line\n\nDelgado also claimed of the tram project, “The soil is too soft to "
        "build it cheaply.”",
        [("The soil is too soft", "Delgado")],
    ),
    (
        "business",
        "Sara Lind, an analyst at Norcap, said the outlook implied a “very soft” first quarter for the "
        "group.",
        [("very soft", "Sara Lind")],
    ),
    (
        "court",
        "A forensic accountant, Mark Delaney, gave evidence that the records had been ‘altered by hand’.",
        [("altered by hand", "Mark Delaney")],
    ),
    # --- kin, agents and organisation nouns: the one person or body the article ties to them --------
    (
        "feature",
        "Nadia Fenwick has kept bees on the allotment for thirty years. Her daughter, Isla Fenwick, 15, "
        "now does the heavy lifting.\n\n“Mum still tells me I’m doing it wrong,” her daughter said.",
        [("Mum still tells me", "her daughter, Isla Fenwick")],
    ),
    (
        "sport",
        "Winger Joao Pinto has asked to leave. The player’s agent, Luis Moura, met the club on Monday, and "
        "Pinto trained alone.\n\nHe missed the last match, which his agent called “a punishment”.",
        [("a punishment", "his agent, Luis Moura")],
    ),
    (
        "local",
        "Dorset Police said a woman had been arrested after the fire on Bay Road.\n\n‘We would ask anyone "
        "with footage to get in touch,’ the force said.",
        [("We would ask anyone", "the force, Dorset Police")],
    ),
    (
        "local",
        "Harbour Link Ferries has cancelled all sailings until Monday because of the storm.\n\n“Safety has "
        "to come first,” the operator said.",
        [("Safety has to come first", "the operator, Harbour Link Ferries")],
    ),
    # --- role synonyms, fields, collective nouns, shadow holders, live-blog headers (issue 16) -------
    (
        "sport",
        "Tullamore manager Eamon Brady saw his side lose a five-point lead in the last ten minutes.\n\n"
        "‘We stopped playing and they punished us,’ the Tullamore boss said. ‘That is on me.’",
        [
            ("We stopped playing and they punished us", "the Tullamore boss, Eamon Brady"),
            ("That is on me.", "the Tullamore boss, Eamon Brady"),
        ],
    ),
    (
        "tech feature",
        "Ruth Okonkwo, Vellum's head of research, left a university lab to join the company.\n\n"
        "“In a lab nobody asks what it costs,” the researcher says.",
        [("In a lab nobody asks", "the researcher, Ruth Okonkwo")],
    ),
    (
        "local",
        "The trail was reopened on Saturday.\n\n"
        "The conservation group Friends of Tarn Moss said it would plant 300 trees along it.\n\n"
        "‘People have been waiting a long time for this,’ the group said.",
        [("People have been waiting", "the group, Friends of Tarn Moss")],
    ),
    (
        "live blog",
        "Budget night live\n\n"
        "8.05pm\n\n"
        "“Nobody earning under $90,000 will pay more,” the Treasurer said.\n\n"
        "The shadow treasurer, Gus Fenner, called the plan a ‘sugar hit’.\n\n"
        "7.30pm\n\n"
        "Treasurer rises to deliver the budget\n\n"
        "Marion Teale is on her feet in the House.",
        [
            ("Nobody earning under $90,000", "the Treasurer, Marion Teale"),
            ("sugar hit", "Gus Fenner"),
        ],
    ),
    # --- apostrophes, titles, scare quotes: nothing to report ---------------------------------------
    (
        "apostrophes",
        "In the ’90s, students’ fees were lower, and the union’s leader, Nia Roberts, said they ‘didn’t "
        "need to march’ then.",
        [("didn’t need to march", "Nia Roberts")],
    ),
    (
        "apostrophes",
        "‘It’s the ’90s all over again,’ said Dev Malhotra, the club’s manager. ‘Rock ’n’ roll never died.’",
        [("It’s the ’90s all over again", "Dev Malhotra"), ("Rock ’n’ roll never died", "Dev Malhotra")],
    ),
    (
        "nested",
        "“He told me, ‘Don’t worry about it,’ and walked away,” said Leo Fontaine, a tenant.",
        [("He told me", "Leo Fontaine")],
    ),
    ("nickname", "She said she had grown tired of being called “the Duchess of Dartmoor” in the papers.", []),
    ("inscription", "A placard at the front of the march read “Fund our libraries”.", []),
    ("title", "Her new book, “The Long Road Home,” comes out in May.", []),
    ("title", "The company’s so-called “green” bonds drew criticism from investors.", []),
    ("title", "The band played “Blue River” and “Night Train” at the festival, the organisers said.", []),
    ("title", "The ‘Leave’ campaign won by a narrow margin in the northern towns.", []),
    ("title", "The students’ union said it wasn’t consulted about the ’20s-themed ball.", []),
    # --- live blogs, subheads and captions (issue 16, detection) ------------------------------------
    (
        "live blog",
        "Floods live: river peaks in Tewkesbury\n\n"
        "15:40\n"
        "Minister: “Every pump we have is on its way”\n\n"
        "Floods minister Ruth Adler has been speaking in Gloucester. “Every pump we have is on its way "
        "north tonight,” Adler said.\n\n"
        "15:10\n"
        "We put your questions to our weather correspondent, Sam Okoro.\n\n"
        "Q: When will the rain stop?\n\n"
        "A: “Not before Thursday, and the rivers keep rising for a day after that.”",
        [
            ("Every pump we have is on its way", "Ruth Adler"),
            ("Every pump we have is on its way north", "Ruth Adler"),
            ("Not before Thursday", "Sam Okoro"),
        ],
    ),
    (
        "feature with subheads and a caption",
        "The night bus has run from the hospital to the estate for forty years. “People think it is a "
        "ghost bus,” said driver Carol Mensah.\n\n"
        "‘We know every face’\n\n"
        "Mensah, 58, has driven the route since 2009. “We know every face on this bus,” she said.\n\n"
        "Mensah says: ‘We know every face.’ (Jo Baird/Evening Post)",
        [
            ("People think it is a ghost bus", "Carol Mensah"),
            ("We know every face on this bus", "Carol Mensah"),
        ],
    ),
]
