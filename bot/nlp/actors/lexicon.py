"""Every word list the actor table reads, each written once.

Titles are dropped from the front of a person's name; the gendered ones also give a gender hint.
The given-name lists are a small hand list used only to recognise a person's name and to guess
grammatical gender for the pronoun resolver; a name common for both sexes ("jean") is in
``UNISEX_NAMES``, never in both gender lists.
"""

from __future__ import annotations

import re

# spaCy entity label -> actor kind (the kinds themselves are ``bot.brief.ACTOR_KINDS``).
KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

MALE_TITLES = frozenset(
    "mr sir lord king prince father congressman chairman spokesman councilman assemblyman alderman selectman uncle".split()
)
FEMALE_TITLES = frozenset(
    """mrs ms miss madam mdm lady dame queen princess congresswoman chairwoman spokeswoman councilwoman
    assemblywoman alderwoman selectwoman aunt auntie aunty""".split()
)
# Courtesy titles that state a person's gender (the "honorific" evidence of the gender estimate);
# role titles ("king", "spokeswoman") are hints for the pronoun resolver only.
HONORIFICS = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "dame": "female",
    "lady": "female",
    "madam": "female",
    "mdm": "female",  # Singapore and Malaysia's "Mdm Lim Siew Hoon"
    "mme": "female",
    # the courtesy titles English copy keeps from other languages ("Madame Tremblay", "Herr Weber")
    "monsieur": "male",
    "herr": "male",
    "señor": "male",
    "signor": "male",
    "madame": "female",
    "mademoiselle": "female",
    "mlle": "female",
    "frau": "female",
    "señora": "female",
    "señorita": "female",
    "signora": "female",
    # Indian and Malaysian ones ("Smt Sunita Rao", "Datin Aminah")
    "shri": "male",
    "smt": "female",
    "shrimati": "female",
    "datin": "female",
}
# Titles of other countries' copy written before a name, never a given name or a surname in English copy:
# Malaysian ("Datuk", "Dato'", "Datin"), Irish ("Taoiseach", "Tánaiste", "Labour TD Ana Ruiz"), Indian
# ("Shri", "Smt", a village head's "Sarpanch", police ranks "SSP", "DSP", "ASP", "CSP", "ACP" and "DCP"),
# "Hajji" (not "Haji", a middle name in East Africa: "Rukia Haji Makame"), Zimbabwean
# ("Cde" for comrade, "Clr" for councillor), Maltese ("Perit" for an architect), Swahili ("Mzee"), Philippine
# ("Atty"), Anglican ("The Ven."), South African ("MEC", a province's member of the executive council). Alone, such a word names an office or a rank, not a person.
# Burmese honorifics, written as part of a person's name by Myanmar's English press ("Daw Khin Myo Thant",
# "U Thein Tun Aung", "Ko Aung Paing"): the sex each one tells.
HONORIFIC_NAME_WORDS = {
    "daw": "female",
    "ma": "female",
    "naw": "female",
    "u": "male",
    "ko": "male",
    "maung": "male",
}
# Quotation marks that open and close a quoted word inside narration (a nickname, "Ger ‘the Bomber’ Hehir"; a
# title; a quote's end before a pronoun), straight or curly, double or single.
QUOTE_OPENERS = frozenset({"‘", "“", '"', "'"})
QUOTE_CLOSERS = frozenset({"’", "”", '"', "'"})
FOREIGN_TITLES = frozenset(
    """datuk dato datin taoiseach tánaiste tanaiste td shri smt shrimati hajji sarpanch ssp dsp cde clr perit
    mzee atty ven mec h.e hrh asp csp acp dcp kagawad usec asec""".split()
)  # ("Kagawad Teresita Macaraeg": a Philippine barangay councillor; "Usec. Mylene Cabrera": an undersecretary)
# Offices that name one holder: alone, the word is a role, never an organisation or place of its own
# ("the Taoiseach said", the model tagging "Taoiseach" an organisation).
OFFICE_WORDS = frozenset(
    """taoiseach tánaiste tanaiste president senator governor minister premier chancellor mayor
    ambassador commissioner""".split()
)
# The chair of a house or a meeting, addressed by its office ("Mr. Speaker, the member opposite …", "Madam
# Chair"): alone, the word is the office, never a person's name.
CHAIR_OFFICES = frozenset("speaker chair chairman chairwoman chairperson".split())
# Words that follow a title in an office's name, not a surname ("Chief Executive", "Chief Whip", "Chief
# Constable", "Judge Advocate").
OFFICE_WORDS_AFTER_TITLES = frozenset(
    """executive whip constable justice secretary minister officer superintendent inspector engineer
    economist scientist medical nursing financial operating technology information marketing strategy
    investment legal magistrate coroner commissioner planner architect prosecutor examiner advocate
    steward warden clerk operator executioner herald""".split()
)
# Words dropped from the front of a person's name (the gendered titles above included).
TITLES = (
    frozenset(
        """president vice vice-president mx dr prof professor sen senator rep representative gov
        governor lt secretary minister prime deputy foreign defense defence state gen general adm
        admiral col colonel capt captain sgt maj major chair ceo pope judge justice mayor chancellor
        premier ambassador commissioner director chief leader former then candidate nominee rev
        reverend sheikh ayatollah attorney spokesperson presidential democrat republican democratic
        sheriff officer detective coach host anchor gop chef pastor rabbi imam direk
        councillor councilor councilmember councilperson alderperson assemblymember selectperson
        cllr cr ald coun alderman mp mla mpp mna mha mlc msp mep td pm constable inspector
        superintendent det insp supt dci di cst const cpl sergeant garda fr canon archdeacon archbishop bishop
        alhaji alhaja hajia hajiya mallam malam engr otunba hon honourable honorable rt nana togbe opanin opanyin oba iyaloja babaloja
        cathaoirleach kaumātua kaumatua mang aling manong manang gogo mkhulu mzee igwe
        treasurer comptroller auditor assessor supervisor pleader advocate barrister solicitor prosecutor magistrate coroner dc ds
        registrar delegate provost principal headteacher cs cmdr cdr cpt brig pte pvt msgr commr asst dep corporal
        lieutenant""".split()
    )
    | MALE_TITLES
    | FEMALE_TITLES
    | frozenset(HONORIFICS)
    | FOREIGN_TITLES
    | frozenset({"vp", "evp", "svp"})  # "VP Chiwenga urged …": a vice-president's title written short
    | frozenset({"cfo", "coo", "cto", "cio", "cmo"})  # "Pennard CFO Rachel Ambrose", as "CEO" is
)
# Titles of two words ("Tan Sri", "Datuk Seri", "Dato' Sri", "Toh Puan", "Ceann Comhairle", an Iban longhouse chief's
# "Tuai Rumah"): each word
# alone may be a name ("Tan Wei Ming", "Sri Srinivasan"), so only the pair is a title.
TITLE_PAIRS = frozenset(
    tuple(pair.split("_"))
    for pair in """tan_sri puan_sri toh_puan datuk_seri datuk_sri dato_seri dato_sri datin_seri datin_sri
    datin_paduka datuk_patinggi ceann_comhairle air_commodore air_marshal rear_admiral vice_admiral
    wing_commander group_captain squadron_leader tuai_rumah""".split()
)
# Titles of other countries that are given names too ("Adi", "Ratu", "Roko", "Tun", "Kumari", "Puan"),
# Indonesian "Pak", "Bapak", "Ibu", and words a union, a church or a charity puts before a member's name ("Sister Rachel Dunn", "Volunteer
# Isla Brannigan"): dropped only before a given name and a surname ("Adi Shamir", "Sister Act" stay).
# Kin words British and Australian copy writes before a given name as a title ("Mum Denise told The Sun",
# "Grandad Ron"): dropped from the name, the sex they tell kept. Not "Nana", which in Ghanaian copy is a
# chief's title ("Nana Kofi Amankwah … he said").
KIN_TITLES = {
    "mum": "f",
    "mom": "f",
    "nan": "f",
    "gran": "f",
    "granny": "f",
    "grandma": "f",
    "grandmother": "f",
    "auntie": "f",
    "aunty": "f",
    "dad": "m",
    "grandad": "m",
    "granddad": "m",
    "grandpa": "m",
    "grandfather": "m",
    # a generation further off, hyphened ("Great-aunt Naomi would correct me"): a title, not a name's first word
    "great-aunt": "f",
    "great-grandma": "f",
    "great-grandmother": "f",
    "great-uncle": "m",
    "great-grandpa": "m",
    "great-grandfather": "m",
}
SOFT_TITLES = frozenset(
    "adi ratu roko tun kumari puan encik pak bapak ibu sister brother comrade volunteer deacon whaea matua".split()
)
# Endings of occupation nouns that no surname has ("Volcanologist", "Oceanographer", "Paediatrician",
# "Agronomist", "Physicist", "Psychiatrist", "Neurosurgeon"): such a word opening a person's full name is a role, dropped
# like a title ("Volcanologist Haraldur Ingi Ólafsson" is "Haraldur Ingi Ólafsson").
OCCUPATION_ENDINGS = ("ologist", "ographer", "onomist", "ician", "icist", "iatrist", "ometrist", "surgeon")
# Words dropped from the end of a person's name ("Putin aide").
TRAILING_TITLES = frozenset("aide adviser campaign spokesman".split())
# Roles written by their initials ("the MLA said", "the GP said"): never a body's name after an article.
ROLE_INITIALS = frozenset("mp mla mpp mna mha mlc msp mep td gp ceo cfo coo cto pm dg md".split())
# Of those, the ones no body, bank or state goes by ("MP" is also Madhya Pradesh, "TD" a bank, "MD" Maryland).
ROLE_ONLY_INITIALS = frozenset("mla mpp mna mha mlc msp mep gp".split())
# Letters after a full name ("Rachel Dunmore KC", "Anna Lowe MSP") are dropped from it; "Jr." stays.
POST_NOMINALS = frozenset("KC QC SC MP MSP MS MLA MPP MNA MHA MLC MEP TD OBE MBE CBE PhD MEC MCA SAN".split())

MALE_NAMES = frozenset(
    """aaron adam ahmed alan lorne albert alexander andrew anthony arthur austin barack ben benjamin
    bernie bill billy bob bobby boris brandon brian bruce bryan carl carlos charles chris christian
    christopher chuck daniel david dennis dmitry donald douglas dylan edward elijah emmanuel eric
    ethan eugene francois frank gabriel gary george gerald giuseppe gregory hans harold hassan henry
    hugo igor ivan jack jacob jair james jason jeb jeffrey jeremy jerry jesse jim joe john jonathan
    jorge jose joseph joshua juan justin keith kenneth kevin klaus kyle larry lawrence
    logan louis luis luiz marco mark mason matthew michael miguel mike mitch mitt mohammed muhammad
    narendra nathan newt nicholas nikolai noah olaf omar patrick paul pedro peter philip pierre
    ralph rand randy raymond recep richard robert roger ronald roy rudy russell ryan samuel scott
    sean sergei stephen steven ted terry thomas tim timothy tom tyler viktor vincent vladimir
    volodymyr walter wayne william willie xi zachary""".split()
)
FEMALE_NAMES = frozenset(
    """abigail alexis alice amanda gail gayle terri amber amy andrea angela ann anna ashley barbara betty beverly
    brenda brittany carol carolyn catherine charlotte chelsea cheryl christina christine condoleezza
    cynthia danielle debra deborah denise diana diane donna doris dorothy elizabeth emily emma
    evelyn frances giorgia gloria grace hannah heather helen hillary hope huma isabella ivanka
    jacinda jacqueline janet janice jennifer jessica joan joyce judith judy julia julie kamala karen
    katherine kathleen kathryn kayla kellyanne kimberly laura lauren linda lisa liz madison
    margaret maria marie marilyn marine martha mary megan melania melissa michelle nancy natalie
    nicole nikki olivia oprah pamela patricia rachel rebecca rose ruth samantha sandra sanna sara
    sarah sharon sheryl shirley sophia stephanie susan teresa theresa ursula victoria virginia""".split()
)
# Given names borne by men and women alike in the copy we read ("Kim Pelletier … said she", "Jordan",
# "Ali", "Kelly"), and Punjabi given names, most of them borne by both ("Harjit and Manpreet Sandhu", common in
# Canadian and British copy and missing from the name data): a given name, no sex; the article's pronouns and titles
# decide.
UNISEX_NAMES = frozenset({"jean", "kim", "jordan", "ali", "kelly"}) | frozenset(
    """harjit manpreet gurpreet harpreet jaspreet navpreet amandeep navdeep kuldeep sandeep jaswinder sukhwinder
    balwinder parminder harjinder rajinder gurinder amarjit paramjit ranjit inderjit baljit manjit sukhjit jasbir
    ravinder kulwinder gurdeep hardeep jasvir""".split()
)
# Māori given names (many of them the English names in te reo: "Mere" Mary, "Hone" John, "Wiremu" William), which the
# name data lack and the model often leaves out of a name ("Mere Tautahi has fished …", only "Tautahi" tagged): a given
# name, its sex left to the article's pronouns and titles.
MAORI_GIVEN_NAMES = frozenset(
    """mere hone wiremu rewi hemi aroha huia kiri ngaire hine mereana anaru matiu rawiri tamati pita ihaia
    hohepa piripi hoani riria mihi rangi manaia tipene""".split()
)
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES | MAORI_GIVEN_NAMES
# English given names the name data split between the sexes, also firms' and places' names ("Shannon Dairies", "Casey's
# General Store"): a person's first name only where the article writes the name as a person's ("Shannon Pettibone, who
# lives …"), never on their own like ``GIVEN_NAMES``.
SHARED_GIVEN_NAMES = frozenset(
    "shannon jamie alex casey riley avery robin leslie dana jessie kendall peyton skyler jody lindsay kerry ashley".split()
)
# Short forms of given names and the full forms they stand for: "Greg Ames" is "Gregory Ames" when the
# article writes both (the full form is the one listed).
# Given names written short with a full stop before the rest of a name ("Ma. Lourdes dela Paz", Filipino for María;
# "Md. Rafiqul Islam", "Mohd. Azmi"; "Wm.", "Chas.", "Thos." in older copy): the stop ends no sentence.
ABBREVIATED_GIVEN_NAMES = frozenset("ma md mohd muhd wm chas thos jas geo".split())
SHORT_GIVEN_NAMES = {
    short: frozenset(full.split(","))
    for short, full in (
        pair.split(":")
        for pair in """greg:gregory mike:michael bill:william will:william billy:william bob:robert
        rob:robert bobby:robert jim:james jimmy:james tom:thomas tommy:thomas dan:daniel danny:daniel
        dave:david chris:christopher,christine,christina kate:katherine,catherine,kathleen
        katie:katherine,catherine,kathleen cathy:catherine kathy:katherine,kathleen liz:elizabeth
        beth:elizabeth betsy:elizabeth sue:susan jen:jennifer jenny:jennifer joe:joseph tony:anthony
        nick:nicholas matt:matthew pat:patrick,patricia steve:steven,stephen andy:andrew
        alex:alexander,alexandra ben:benjamin sam:samuel,samantha ed:edward ted:edward rick:richard
        rich:richard dick:richard ron:ronald don:donald jon:jonathan tim:timothy jeff:jeffrey
        ken:kenneth larry:lawrence charlie:charles chuck:charles fred:frederick pete:peter phil:philip
        nate:nathan,nathaniel zach:zachary josh:joshua abby:abigail maggie:margaret meg:margaret
        peggy:margaret becky:rebecca vicky:victoria debbie:deborah pam:pamela barb:barbara
        jess:jessica mandy:amanda theo:theodore gord:gordon doug:douglas peg:margaret betty:elizabeth
        bess:elizabeth sally:sarah patty:patricia trish:patricia cindy:cynthia sandy:sandra hank:henry
        walt:walter stan:stanley gerry:gerald,gerard jerry:gerald,jerome vince:vincent len:leonard lenny:leonard fran:frances
        tess:teresa,theresa""".split()
    )
}

PLACE_ALIASES = {
    "u.s.": "United States",
    "us": "United States",
    "u.s.a.": "United States",
    "usa": "United States",
    "america": "United States",
    "the united states": "United States",
    "u.k.": "United Kingdom",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
}

# Evidence in the text that a single capitalised word is a place: "the city of X", "mayor of X",
# "X city", "X region" (a lower-case noun after it; "X City" may be a name of its own).
PLACE_BEFORE = (
    r"(?:[Cc]ity|town|village|region|province|state|county|district|port|capital|mayor|governor|residents|"
    r"outskirts|streets|centre|center|suburbs?|people) of (?:the )?"
)
# "in X", "near X": a preposition people are rarely the object of (not before a possessive: "in X's view").
PLACE_PREPOSITION = r"(?:in|near|outside|across|around|(?:municipalities|cities|towns|communities) (?:like|such as|including)) "
PLACE_AFTER = (
    r"[’']?s? (?:city|town|region|province|oblast|district|county|residents|airport|area|mayor|mayoral|"
    r"council|councillors?|city council)\b"
)
# What follows the place that opens a dateline: a country or region, a wire service in brackets, then a
# dash ("MONTERREY, Mexico (AP) —", "AMMAN (Reuters) -", "MOSUL —").
DATELINE_REST = r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\s*(?:\([A-Za-z]{2,12}\)\s*)?(?:—|–|-{1,2})\s"
# Demonyms, religions and ideologies end like this; such a NORP stays a group.
DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ics|ch|ist|ists|ite|ites|ean|eans|s)$")

# A nationality (or its plural) opening an entity before a full name ("Canadians Mackenzie Hughes",
# "American Jess Holloway").
DEMONYM_LEAD = re.compile(r"(?:ians?|ans?|eans?|ese|ish|is|ch|ers)$")

# Common nouns a he/she may refer to instead of a named person ("a 39-year-old woman ... She").
# A city's people, which the model tags a body or a person now and then ("the Vancouverite said"): a description,
# never a name (``relabel.drop_non_name_words``; a place's people by its name's ending when the article names the place:
# ``evidence.demonym_of_a_place``).
CITY_DEMONYMS = frozenset(
    """vancouverite torontonian calgarian edmontonian winnipegger montrealer haligonian ottawan reginan
    saskatonian hamiltonian bostonian chicagoan angeleno philadelphian seattleite denverite atlantan
    houstonian dallasite parisian berliner""".split()
)
# Nouns for a person by origin (a country's, a region's, a state's or a city's people) that the model seldom tags a
# nationality ("the Scot said") and now and then tags a body or a person ("the Manitoban said"): a description,
# never a name (``relabel.drop_non_name_words``; the quote rules read them as descriptions: ``quotes.lexicon.ORIGIN_NOUNS``).
PERSON_DEMONYMS = (
    frozenset(
        """scot brit briton kiwi aussie swede dane finn pole czech slovak serb croat bosnian basque catalan
    spaniard turk dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
    welshman welshwoman scotsman scotswoman
    geordie scouser cockney texan yankee
    albertan ontarian manitoban quebecer quebecker newfoundlander maritimer
    californian floridian virginian ohioan oklahoman minnesotan michigander kansan nebraskan iowan missourian
    coloradan arizonan nevadan alaskan hawaiian louisianan kentuckian hoosier
    londoner glaswegian mancunian liverpudlian brummie dubliner corkonian aucklander sydneysider""".split()
    )
    | CITY_DEMONYMS
)  # (not "Oregonian" or "Tennessean": newspapers too)
# The first field of a Canadian federal department's applied title, before "and" ("Fisheries and Oceans Canada",
# "Environment and Climate Change Canada", "Agriculture and Agri-Food Canada"), which the model cuts in two.
DEPARTMENT_FIELDS = frozenset(
    """fisheries environment agriculture immigration innovation employment indigenous veterans women public
    transport finance justice heritage""".split()
)
# By sex, for a description's noun ("the DUP man" is no woman named before it).
FEMALE_NOUNS = frozenset(
    """woman women girl girls lady ladies mother mom mum wife daughter sister grandmother aunt niece
    widow actress queen princess girlfriend bride""".split()
)
MALE_NOUNS = frozenset(
    """man men boy boys gentleman father dad husband son brother grandfather uncle nephew widower actor king
    prince boyfriend groom""".split()
)
GENDERED_NOUNS = FEMALE_NOUNS | MALE_NOUNS
# Nouns for a person by sex or age that a headline writes after a place ("Hamilton Woman", "Ottawa Teen"), never a name's
# last word.
HEADLINE_PERSON_NOUNS = frozenset(
    "woman man mom dad teen boy girl grandmother grandfather grandma grandpa".split()
)
# Words for a person by what they do or are, besides a trade, that set a given name off as a vox pop's ("Dolores,
# a retired teacher who …", "Mike, a longtime customer,").
PERSON_DESCRIPTIONS = frozenset(
    """resident retiree pensioner housewife homemaker volunteer student customer regular commuter shopper parent grandparent
    grandmother grandfather mother father widow widower veteran survivor worker employee tenant homeowner
    man woman pupil grader kindergartner schoolboy schoolgirl teenager teen boy girl kuia""".split()
)
# Kin and close ties: a name in apposition after one is a person ("Musk's brother, Kimbal").
KIN_NOUNS = frozenset(
    """brother sister wife husband son daughter father mother partner spouse cousin uncle aunt nephew
    niece grandson granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter
    widow widower fiance fiancé fiancee fiancée girlfriend boyfriend friend""".split()
)
# What a family calls its own ("Mum can't do this", "Grandad said"): written like a name, never a
# person's name to list.
FAMILY_TERMS = frozenset(
    """mum mom mam mummy mommy dad daddy mama mamma papa pa ma grandad granddad grandpa granda grandma
    granny gran nan nana nanna gramps""".split()
)
# The relative each family term stands for ("Mum" is the writer's mother), as the article introduces them ("my
# mother, Ruth Whitcombe", "my mum Ruth").
FAMILY_TERM_KIN = {
    **{w: "mother" for w in "mum mom mam mummy mommy mama mamma ma mother".split()},
    **{w: "father" for w in "dad daddy papa pa father".split()},
    **{w: "grandmother" for w in "grandma granny gran nan nana nanna grandmother".split()},
    **{w: "grandfather" for w in "grandad granddad grandpa granda gramps grandfather".split()},
}
MALE_KIN = frozenset(
    """brother husband son father uncle nephew grandson grandfather stepfather stepson widower fiance
    boyfriend""".split()
)
FEMALE_KIN = frozenset(
    """sister wife daughter mother aunt niece granddaughter grandmother stepmother stepdaughter widow
    fiancee fiancée girlfriend""".split()
)
# Verbs right after a capitalised word that say it names a person ("Laurin said").
SPEECH_VERBS = frozenset("said says told added explained asked wrote tweeted".split())
# The commonest of them, as a pattern: after a full name ("Will Young said"), or after a name and an age.
SAID_VERBS = r"(?:said|says|told|added|wrote)"
HE = frozenset({"he", "him", "his", "himself"})
SHE = frozenset({"she", "her", "hers", "herself"})

# Region abbreviations and names that follow a town in a dateline or address ("Milton, Ont.").
REGION_ABBREVIATIONS = frozenset(
    """ont que qc bc b.c alta ab sask sk man mb ns n.s nb n.b nl n.l nfld pei p.e.i yt nwt n.w.t nu
    ala ariz ark calif colo conn del fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev
    n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash wis w.va wyo""".split()
)
# US states as AP style writes them short in a party tag ("Sen. Thomas Kessler (D-Vt.)" … "the Vermont senator").
AP_STATE_NAMES = {
    short: name.replace("_", " ")
    for short, name in (
        pair.split(":")
        for pair in """ala:alabama ariz:arizona ark:arkansas calif:california colo:colorado conn:connecticut
        del:delaware fla:florida ga:georgia ill:illinois ind:indiana kan:kansas ky:kentucky la:louisiana
        md:maryland mass:massachusetts mich:michigan minn:minnesota miss:mississippi mo:missouri mont:montana
        neb:nebraska nev:nevada n.h:new_hampshire n.j:new_jersey n.m:new_mexico n.y:new_york n.c:north_carolina
        n.d:north_dakota okla:oklahoma ore:oregon pa:pennsylvania r.i:rhode_island s.c:south_carolina
        s.d:south_dakota tenn:tennessee tex:texas vt:vermont va:virginia wash:washington wis:wisconsin
        w.va:west_virginia wyo:wyoming""".split()
    )
}
# Canadian provinces and territories as a dateline or an address writes them short ("Saint-Hyacinthe, Que.") … "the
# Quebecer"): each short form, lower case without its stops, by the region's name.
PROVINCE_SHORT_FORMS = {
    "quebec": ("que", "qc"),
    "ontario": ("ont",),
    "manitoba": ("man", "mb"),
    "alberta": ("alta", "ab"),
    "saskatchewan": ("sask", "sk"),
    "newfoundland": ("nfld", "nl"),
    "yukon": ("yt",),
    "nunavut": ("nu",),
}
# A region's demonym of two words or more and how the article may write the region ("the British Columbian" of
# "Liam Okada-Price of Coquitlam, B.C.", "B.C. gymnast Liam Okada-Price").
REGION_DEMONYM_PHRASES = {
    "british columbian": ("british columbia", "b.c", "bc"),
    "nova scotian": ("nova scotia", "n.s", "ns"),
    "new brunswicker": ("new brunswick", "n.b", "nb"),
    "prince edward islander": ("prince edward island", "p.e.i", "pei"),
}
# India's states, Pakistan's provinces and Australia's, as their copy names them: places, never people ("migrants from
# Tamil Nadu and Odisha", the state tagged a person's name).
_REGIONS_ABROAD = frozenset(
    """kerala karnataka maharashtra odisha telangana gujarat rajasthan bihar jharkhand assam haryana uttarakhand
    chhattisgarh sindh balochistan queensland tasmania""".split()
) | frozenset(
    {
        "tamil nadu",
        "andhra pradesh",
        "uttar pradesh",
        "madhya pradesh",
        "himachal pradesh",
        "arunachal pradesh",
        "west bengal",
        "khyber pakhtunkhwa",
        "new south wales",
        "western australia",
        "south australia",
    }
)
REGIONS = (
    frozenset(
        """ontario quebec alberta saskatchewan manitoba yukon nunavut newfoundland labrador
        california texas florida""".split()
    )
    | frozenset(
        {
            "british columbia",
            "nova scotia",
            "new brunswick",
            "prince edward island",
            "northwest territories",
            "new york",
        }
    )
    | _REGIONS_ABROAD
)
# First words of US states and provinces that the name data also record as given names ("Georgia Tech",
# "Carolina Hurricanes", "Virginia Beach"): such a name is no person on the name data's word alone.
STATE_FIRSTS = frozenset(
    """georgia carolina virginia florida dakota washington indiana nevada montana kansas louisiana
    alabama arizona tennessee kentucky maryland augusta victoria regina""".split()
)
# Last words of a gathering's name ("Republican National Convention", "World Health Summit"): an event, which holds
# no press office; an acronym both it and a body could stand for ("RNC") is the body's when it speaks.
GATHERING_HEADS = frozenset("convention summit expo".split())
# Last words that make a name an organisation, a place, an event or a work, not a person.
ORG_HEADS = frozenset(
    """university college polytechnic seminary conservatory school academy institute center centre project hall
    auditorium llp inc ltd corp co award awards invitational station sport sports society foundation council
    committee association club church hospital clinic corps transit group party press news times post review method agency
    department ministry bureau commission league union federation museum library gallery theatre theater festival
    tournament championship cup open games series show studio studios records network company partners holdings
    bank fund trust authority service services team court police program programme tech motors national
    institution politics channel business enterprises trophy shield family anonymous water energy airlines airways
    rail foods management administration office board coalition alliance directorate secretariat commodities
    tankers shipping logistics capital resources minerals mining petroleum pharmaceuticals labs laboratories
    systems solutions technologies industries media entertainment interactive esports racing classic marathon
    potash metals pharma farms dairy cement chemicals textiles timber fisheries seafood seafoods utilities telecom telecoms
    networks software therapeutics biotech ventures brewing breweries distillery distillers beverages apparel
    supermarkets insurance bancorp securities lithium uranium cobalt graphite vanadium copper nickel zinc coffee roasters bakery
    brewery baths health residential homes housing properties developments development interiors construction contractors
    automation robotics analytics aerospace colliery
    builders joinery roofing plumbing landscaping stevedoring catering printing publishing manufacturing logging
    drilling dredging towing paving flooring glazing hardware architects associates consultants consulting engineering
    pharmacy grocery grocers outfitters furniture tavern diner cafe café restaurant bistro garage synod diocese archdiocese
    presbytery tours cruises charters expeditions rentals mines freight haulage trucking couriers maritime schools
    orchards vineyards nurseries growers packers refining fuels renewables""".split()
)
# A chief's title in Akan copy, the town's name and "-hene" ("Omanhene", "Akomfohene", "Asantehene"): a title, never a
# person's name ("the Omanhene said" is the chief the article names). Akan is written without a "c": "Duchene",
# "Courchene" and "Deschene" are French surnames.
AKAN_CHIEF = re.compile(r"[A-Z][a-z]{2,}(?<!c)hene")
# Titles written only before a person's name ("Dr Nwosu", "Cllr Kiely", "Mr. Hale"): a name after one is a
# person's, whatever the model tagged it.
PERSONAL_TITLES = frozenset(
    """mr mrs ms miss mx madam mdm dr prof sir dame cllr councillor sen senator rep gov lt sgt cpl det insp supt
    const cst rev fr cr canon alhaji alhaja hajia hajiya mallam malam engr ald coun councilor councilman councilwoman
    alderman alderwoman hon honourable honorable h.e hrh sp asp dsp csp ssp acp dcp sho igp nana togbe opanin opanyin oba iyaloja babaloja
    whaea matua usec mang aling manong manang gogo mkhulu mzee igwe""".split()
)  # (Māori elders' "Whaea Mere", "Matua Hēmi"; Filipino courtesy titles, "Mang Tonyo", "Aling Nena"; a Zulu or Xhosa
# grandmother's and grandfather's, "Gogo Dube"; a Swahili elder's, "Mzee Kiprotich"; an Igbo king's, "Igwe Nnaemeka
# Udeogu"; Ghanaian chiefs' titles: "Nana Ekow Amissah", "Togbe Afede", an Akan elder's "Opanin Kofi Boadu"; a Yoruba king's, "Oba Adeleke Akinsanya"; a Yoruba market leader's, "the Iyaloja"; police ranks of Nigerian and Indian copy: "SP Adebola Oyesanya", "DCP Meera Nair"; "SP" alone is also a
# party's short name, so it is no title dropped from a name)
# A member's letters, in capitals ("the Jacques-Cartier MNA", "the Montgomeryshire MS", "Laxey MHK"): the
# role a riding's or a party's name stands before.
MEMBER_LETTERS = frozenset("MP MPP MLA MNA MHA MHK MSP MS MLC MEP TD".split())
# Titles in the plural, before a list of surnames the article names in full ("Councilmembers Brightwater,
# Lindqvist and Petrosyan voted no", "Trustees Okonjo, Kowalchuk and Dale Szakacs"): each name is a person.
PLURAL_TITLES = frozenset(
    """councillors councilors councilmembers councilmen councilwomen cllrs trustees senators sens reps
    aldermen alderwomen drs commissioners supervisors""".split()
)
# Last words of a public body's or a firm's name that no place's name ends in ("Eskridge County Emergency
# Management", "Halton Regional Police", "Isle of Man Government", "Isle of Man Steam Packet Company"): the
# model's "place" for such a name is the body.
AGENCY_HEADS = frozenset(
    """management administration office department agency authority ministry bureau commission council
    committee service services police board directorate secretariat association foundation society
    union federation coalition alliance government company corporation inc ltd corp llc plc limited""".split()
)
# Last words of a sports club's, a school's, a holding company's or a newspaper's name ("Coldmere
# Town", "Harwick United", "Lincoln Elementary", "Halvmane Holding", "Dunmore Herald"): no person's (kept apart from ``ORG_HEADS``, which
# the speaker confidence reads).
CLUB_HEADS = frozenset(
    """town city united rovers wanderers athletic athletico albion fc afc cf rfc elementary primary
    secondary holding herald gazette chronicle tribune courier telegraph advertiser examiner journal
    mail express mirror observer guardian independent globe bulletin sentinel enquirer inquirer
    dispatch register argus citizen""".split()
)
# A company's legal form, the last word of its full name ("Corvane Semiconductor Inc.", "Ford Motor Co.").
LEGAL_FORMS = frozenset("inc ltd corp co corporation limited llc llp plc gmbh ag clg dac pty pte bhd".split())
# The word after a company's own name in its full form ("Suncor Energy", "Rivian Inc"): the name alone is
# the same company.
COMPANY_DESIGNATORS = frozenset(
    """inc ltd corp co corporation limited llc llp plc clg dac pty pte bhd group holdings energy resources industries
    technologies systems foods motors airlines airways pharmaceuticals communications petroleum residential
    properties therapeutics biosciences biotech pharma logistics mining minerals bancorp financial insurance
    hospitality hotels bakery bakeries brewing brewery software networks solutions laboratories telecom
    utilities developments development shipbuilders system industrial petrochemical petrochemicals""".split()
)
# Last words of a firm's name beyond the designators ("Bluffline Hospitality Partners", "Kestrel Metals",
# "Harbourview Securities", "Northshore Bank", "Kgotla Platinum" are firms, though "Harbourview" alone need not be one): a short form
# is the same company only when the model tagged it an organisation too (``merge.merge_org_short_names``).
FIRM_NAME_ENDINGS = frozenset(
    """partners securities capital metals railway railways railroad ventures brands bank ferries shipping tours cruises
    charters expeditions rentals mines maritime labs laboratories technologies platinum lithium potash uranium chemicals
    cement exploration fertilisers fertilizers casualty electric refining fuels renewables apparel outfitters clothing
    fashions retail stores supermarkets media entertainment textiles beverages wines distillers roasters construction
    contractors components""".split()
)
# Last words of an institution's full name that its short form leaves off ("Humberview General" of "Humberview General
# Hospital", "Carbery Vale" of "Carbery Vale Co-operative"): the short form of two words or more is the same body
# (``merge.merge_institution_short_names``).
INSTITUTION_ENDINGS = frozenset(
    """hospital university college co-operative cooperative co-op coop clinic infirmary polytechnic""".split()
)
# Last words of a firm's name no place ends with ("Bank": the West Bank; "Capital", "Co": a county).
FIRM_LAST_WORDS = (COMPANY_DESIGNATORS | FIRM_NAME_ENDINGS) - {"bank", "capital", "co"}
# Last words of a shop named for its founder with a possessive ("Harlan's Market", "Hadley's Bakery"), beside the
# firm words above: written "Harlan's" alone, the name stands for the shop.
SHOP_WORDS = frozenset(
    """market markets store stores shop shops supermarket deli pizzeria bakery restaurant diner pharmacy hardware
    garage cafe café grocery tavern bistro brewery pub""".split()
)
# First words that make a name a place: the Irish county ("Co Wexford", "County Kerry"), a Malay estate, street or river
# ("Taman Sri Cempaka", "Jalan Ampang", "Sungai Buloh"), a Sarawak longhouse by its chief's name ("Rumah Jalong"), a
# Philippine village ("Barangay San Isidro"), a Scottish or Irish lake ("Loch Carran", "Lough Ree").
PLACE_FIRSTS = frozenset(
    "co co. county pulau bukit kampung taman jalan sungai rumah barangay mount cwm lake fort port loch lough".split()
)
# First words of a named storm ("Cyclone Gabrielle", "Hurricane Ian"): an event, no person.
STORM_FIRSTS = frozenset("cyclone hurricane typhoon storm".split())
# First words of an institution named after a saint ("St Finian’s GAA Club", "St Mary's"), or a place
# ("St Albans"): no person of the story.
SAINT_FIRSTS = frozenset("st st. saint".split())
# A paragraph opening with one of these labels is a link to another story, not this one's text.
LINK_LABELS = r"(?:read more|related|watch|listen|more|see also|also read|recommended|trending|opinion)\s*:"
# Words before a name that make it a photo credit, not a person of the story.
CREDIT_CUES = (
    r"(?:(?:photo|photograph|image|picture|credit|illustration|video|graphic)s?(?:\s+by|\s*:)"
    r"|(?:produced|edited|filmed|presented)\s+by)\s*$"
)  # ("Q&A edited for length and clarity. Produced by Katie Ruel.": a programme's credit)
# A line that opens like this is a photo caption ("Open this photo in gallery Premier Ana Costa …",
# "This image released by …"), and so is one opening with a wire agency before a name.
CAPTION_OPENERS = r"(?:open this photo in gallery|this image released by|photo illustration)"
CAPTION_AGENCIES = r"(?:The Canadian Press|The Associated Press|Associated Press|Getty Images|Reuters|AFP)"
# Words that say a line describes a picture ("… are shown in this 1958 photo. ( City Archives )").
CAPTION_WORDS = r"(?:shown|pictured|photo|photographed|poses?|posing|seen here|file photo|handout)"
# What makes a line an entry of a list of references: a journal's year;volume ("2023;73:e412-9"), a DOI,
# or "et al." on a line that opens with its number ("2 Osei H, et al. …").
REFERENCE_MARKS = r"\b(?:19|20)\d\d\s?;\s?\d+|\bdoi(?::|\.org)|^\s*\[?\d{1,3}[.)\]]?\s.*\bet al\b"
# A reporter's credit: "With files from Jane Doe", "—With assistance from Jane Doe" (a wire's), "Jane Doe contributed to
# this report", and at the end
# of the article "Jane Doe is a Toronto-based reporter covering …".
CONTRIBUTOR_BEFORE = (
    r"(?:with files from|files from|reporting by|additional reporting by|with assistance from)\s*$"
)
# A credit line naming several ("(Additional reporting by A, B and C in Singapore; Editing by D)"): every
# name up to the end of the clause is a credit.
# Not after a form of "be": "The club's history has been compiled by former secretary Glenys Price-Morgan" is prose.
CONTRIBUTOR_RUN = (
    r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )"
    r"(?:with files from|reporting by|editing by|writing by|compiled by|with assistance from)\b[^).;\n]*"
)
# "Jane Doe contributed to this report", "Jane Doe in Kathmandu contributed to this report", "… in Columbus,
# Ohio, contributed to this report".
CONTRIBUTOR_AFTER = (
    r"(?:\s+in\s+[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,2},?)?"
    r"\s+contributed\b(?:\s+(?:reporting|to\s+(?:this|the)\s+(?:story|report|article)))"
)
# A reporter's contact line: "Jane Doe can be reached at jdoe@paper.com or 555-0100" (an address or a
# number on the same line; "the mayor can be reached at city hall" stays), "Jane Doe: jdoe@paper.com".
CONTACT_AFTER = (
    r"\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\b[^\n]{0,80}?(?:\S@\S|@\w|\d{3}[-.\s]\d{4})"
    r"|\s*:\s*[\w.+-]+@[\w-]+\."  # "Jane Doe: jdoe@paper.com"
    r"|\s*:\s*\+?\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b"  # "Reporter Jane Doe: 541-555-0148, jdoe@…"
)
STAFF_AFTER = (
    r"\s+is\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,5}?(?:reporter|writer|columnist|correspondent|journalist|editor|"
    r"contributor|photographer)\b"
)
# The writer's tagline, opening a paragraph under the headline or at the end: "Jane Doe covers City Hall
# for the Times-Union. Follow him on X", "Jane Doe writes about city life for The Spectator"; it is the
# writer's only when the paragraph also names a paper ("for the Times-Union"), a way to reach them, or
# what they write ("Jane Doe writes the Wednesday Question Period sketch.").
WRITER_TAGLINE = r"\s+(?:covers|writes\s+(?:about|on|for|the|a)|reports\s+on|has\s+covered)\b"
WRITER_TAGLINE_PROOF = (
    r"\bfor\s+(?:the\s+)?[A-Z]|@|\b(?:Reach|Follow|Contact|Email)\b"
    r"|\b(?:column|sketch|newsletter|blog)\b"  # "… writes the Wednesday Question Period sketch."
)
# A word of a paper's name or of a newsroom desk, in the line that names the writer under the headline
# ("Florida Times-Union", "Memphis Commercial Appeal", "Senior Reporter", "Seattle Times business reporter").
WRITER_LINE_WORDS = (
    r"(?:news|times|post|herald|tribune|journal|gazette|press|daily|telegraph|guardian|chronicle|observer|"
    r"express|mail|star|sun|examiner|inquirer|enquirer|sentinel|courier|appeal|register|record|dispatch|"
    r"bulletin|standard|mercury|advertiser|citizen|globe|ledger|monitor|independent|reporter|writer|"
    r"correspondent|editor|columnist|contributor|journalist|staff|bureau)s?"
)
# Labels that put the writer's name after them on its own line: "Author: Jane Doe", "Author of the article:".
WRITER_LABELS = r"(?:author(?:\s+of\s+the\s+(?:article|story))?|written\s+by|story\s+by|words\s+by|byline|story(?=\s*:))\s*:?\s*"
# Nouns that say a name in apposition is an organisation ("Dixon Hall, a non-profit agency that …");
# not those a person can be too ("a real estate developer", "a producer", "a publisher").
ORG_NOUNS = frozenset(
    """agency company firm charity organization organisation non-profit nonprofit group band brand
    chain website app startup start-up publisher retailer restaurant café cafe bar store shop
    manufacturer newspaper magazine channel network broadcaster union association society foundation
    institute dictionary outlet airline bank insurer automaker carmaker""".split()
)
# Organisation nouns no person is called, as a title right before a name ("the retailer Kellaway",
# "carmaker Vauxhall"): the name is an organisation wherever the article writes it, even "in Kellaway".
# Not "group", "network", "publisher", "manufacturer": "publisher Ron Unz", "network Russia Today".
TITLE_ORG_NOUNS = frozenset(
    """company firm retailer airline bank carmaker automaker insurer supermarket chain startup start-up
    broadcaster charity union club brand newspaper magazine tabloid maker operator processor exporter
    importer wholesaler distributor lender refiner group watchdog organisation organization agency nonprofit
    non-profit conglomerate manufacturer service regulator utility ministry""".split()
)
# Articles of other languages that open a title's name ("the Dutch newspaper Het Parool", "Le Monde").
FOREIGN_ARTICLES = frozenset("het de le la les die der das el il lo los las".split())
ORG_TITLE = r"(?:" + "|".join(sorted(TITLE_ORG_NOUNS)) + r") "
# Role nouns right before a name that say it is a person's ("entrepreneur Ana Ruiz", "moderator Lee Holt").
ROLE_NOUNS = frozenset(
    """entrepreneur moderator anchor host reporter writer author actor actress singer player coach chef
    owner founder lawyer attorney spokesman spokeswoman spokesperson analyst professor economist
    director manager official activist candidate rapper comedian filmmaker columnist journalist
    photographer resident student teacher nurse doctor officer senator mayor councillor minister premier
    leader pastor rabbi imam musician artist designer athlete veteran winger goalie forward defenceman
    quarterback pitcher golfer caddie boxer fighter champion researcher scientist historian developer
    engineer programmer flyhalf fly-half out-half scrumhalf scrum-half hooker striker midfielder defender
    goalkeeper skipper captain bowler batsman batter opener seamer spinner coroner magistrate registrar
    vicar curate chaplain coordinator jockey trainer rider breeder elder safety""".split()
)
# Occupations written right before a person's full name ("bandleader Lionel Fontenot", "suckler farmer Bríd
# Ní Chonghaile", "cornerback Marquise Bellamy"), beside ROLE_NOUNS: no business is called these (not
# "developer", "retailer", "producer", "operator": "developer Mattamy Homes").
OCCUPATION_NOUNS = frozenset(
    """farmer fisherman fisherwoman rancher grower beekeeper shepherd baker butcher shopkeeper publican landlord
    restaurateur hotelier bookseller storekeeper
    landlady vet veterinarian collector
    bandleader ombudsman ombudswoman keeper cornerback linebacker receiver tailback lineman kicker punter
    netminder goaltender sprinter swimmer runner cyclist skier skater wrestler rower dancer poet novelist
    painter sculptor composer pianist violinist guitarist drummer bassist vocalist saxophonist trumpeter
    trombonist cellist harpist organist flautist clarinettist clarinetist percussionist surgeon physician
    bard calypsonian troubadour balladeer crooner fiddler dietitian dietician nutritionist
    paramedic firefighter prosecutor lecturer playwright translator curator architect midwife pharmacist
    carpenter plumber electrician mechanic labourer laborer driver trucker miner welder chair chairman
    chairwoman chairperson president trustee superintendent commissioner treasurer chancellor dispatcher
    cashier clerk janitor custodian bartender waiter waitress barista courier caregiver pacer paceman
    seamer spinner opener batter batsman batswoman all-rounder wicketkeeper legspinner""".split()
)
# Occupations and roles a person is named by ("Nurse Priya Ramanathan", "bandleader Lionel Fontenot").
OCCUPATIONS = ROLE_NOUNS | OCCUPATION_NOUNS
# Patronymics: Russian ("Borisovna", "Toktogulovich") and Turkic ("Dauletuly", "Tolegenkyzy"), by sex.
RUSSIAN_PATRONYMICS_MALE = ("ovich", "evich")
RUSSIAN_PATRONYMICS_FEMALE = ("ovna", "evna", "ichna")
TURKIC_PATRONYMICS_MALE = ("uly",)
TURKIC_PATRONYMICS_FEMALE = ("kyzy", "qizi")
# Role nouns a business is called too ("developer Mattamy Homes", "owner Kauri Coast Aggregates").
BUSINESS_ROLES = frozenset(
    "developer owner operator builder contractor producer provider supplier lender".split()
)
# Words between a club's or a body's name and the role of its person ("Ashby head coach Ana Ruiz").
ROLE_MODIFIERS = frozenset("head assistant team club interim caretaker former new club's".split())
# Role nouns of a body's people: "the chairman of X", "the head of X" make X a body, not a person.
BODY_ROLES = frozenset(
    """chairman chairwoman chair president director head chief ceo founder co-founder member members
    leader spokesman spokeswoman spokesperson executive manager secretary boss coach captain trustee
    trustees governor governors principal""".split()
)
# Before a vessel's or a horse's name ("HMS Dauntless", "the trawler Mary Jane", "the colt Red Lad").
# A ship's prefix ("HMS Dauntless", "MV Loch Torran"), as an alternation.
VESSEL_PREFIXES = r"HMS|HMCS|HMAS|HMNZS|USS|USNS|RMS|MV|FV|RV"
VESSEL_BEFORE = (
    rf"(?:\b(?:{VESSEL_PREFIXES})|\b[Tt]he\s+(?:trawler|yacht|ship|boat|vessel|ferry|"
    r"tug|tugboat|liner|schooner|barge|tanker|freighter|lifeboat|sloop|cutter|catamaran|submarine|frigate|"
    r"destroyer|steamer|racehorse|horse|colt|filly|mare|gelding|stallion))\s+$"
)
# Words of a horse race's report ("the jockey", "four lengths", "the 2-1 favourite"): three of them in an
# article and the runners' names, shaped like people's, are horses.
RACING_WORDS = frozenset(
    """jockey jockeys trainer trainers furlong furlongs lengths favourite favorite gelding mare colt filly
    stallion hurdle hurdles fences steeplechase racecourse handicap gallops stewards""".split()
)
# A list of a company's brands or products ("whose brands include Crispwell, Dunmore Farms and Nonna
# Lucia"): the names in it are the company's, not people.
BRAND_LIST_OPENER = (
    r"\b(?:brands|labels|products|marques|imprints|titles|chains|subsidiaries|businesses)\s+"
    r"(?:include|included|including|such as|like)\s+"
)
# Roles in apposition after a full name that make it a person's ("Ana Ruiz, the agency's director",
# "Ana Ruiz, head of research at …"): people's jobs that no work or product is.
APPOSED_ROLES = frozenset(
    """director head chief chair chairman chairwoman president founder co-founder professor lecturer
    researcher editor manager spokesman spokeswoman spokesperson secretary minister executive officer
    analyst economist coach captain principal superintendent commissioner governor ambassador
    chancellor coordinator co-ordinator adviser advisor consultant organiser organizer campaigner
    administrator curator treasurer mayor premier senator councillor councilor""".split()
)
# The words with which an article gives the name someone goes by in the story ("a woman who gave her name
# as Ishikawa", "who gave only his first name, Tomas", "who gave his name only as Emeka", "who would only
# give his name as “Shorty”", "who asked to be identified only as Katrina", "identified only by her first
# name, Theresa", "a listener who identified himself as Greg", "a healthcare assistant, referred to in court
# as Witness B,", "a man known only as Shorty"): the capitalised words after them are that person's name.
NAMING_PHRASE = (
    r"\b(?:(?:gave|give|gives|giving)\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+|last\s+|family\s+|given\s+)?name"
    r"|identified\s+(?:himself|herself|themselves)|asked\s+to\s+be\s+(?:identified|named|called)|(?:goes|went)\s+by"
    r"|identified\s+(?=only|simply)|referred\s+to\s+(?:in\s+(?:court|the\s+\w+)\s+)?|known\s+(?=only))"
    r"\s*(?:(?:only|simply|just)\s+)?(?:by\s+(?:her|his|their)\s+(?:first\s+)?name,|as\b|,)\s*[\"“‘']?"
)
# The same words right before a quotation mark or a name: 'who would only give his name as “Shorty”' names him.
NAMED_AS_BEFORE = re.compile(rf"{NAMING_PHRASE}$")
# A name given to a person to hide who they are ("asked us to call her Priya", "Priya (not her real
# name)"), or one they gave (``NAMING_PHRASE``): a person, as the article names her.
PSEUDONYM_BEFORE = (
    r"\b(?:call(?:ed|ing)?|refer to|referred to as|known only as|name(?:d)?)\s+(?:her|him|them|me)\s+$"
    rf"|{NAMING_PHRASE}$"
)
# Words before such a naming that say the name was withheld ("declined to give his name, …").
PSEUDONYM_WITHHELD = (
    r"\b(?:declin\w*|refus\w*|not|n[’']t|never|without)\s+(?:to\s+)?(?:be\s+)?(?:give|giving|identified)\b"
)
PSEUDONYM_AFTER = r"\s*[(,]\s*(?:not|which is not|who is not)\s+(?:her|his|their|my)\s+real\s+name\b"
# Nouns after a possessive that only a business has ("Vauxhall's U.K. managing director").
CORPORATE_NOUNS = (
    r"(?:ceo|managing director|shareholders|locations?|outlets|subsidiary|franchisees?|menu|board|"
    r"(?:group )?chief executive|chairman|chairwoman|headquarters|share price|workforce|annual report)"
)
# Between "a"/"an"/"the" and an organisation noun in apposition, the words are adjectives or nouns, not
# these ("Dixon Hall, a non-profit agency"; not "Ana Ruiz, a lawyer for the agency").
APPOSITION_STOPS = r"(?:of|for|with|in|at|the|a|an|to|from|and|by|on|who|whose)"
# What may follow such an organisation noun ("a non-profit agency that …", "a firm based in …").
ORG_NOUN_AFTER = (
    r"(?:that|which|based|founded|in|whose|run|with|from|for|of|contracted|hired|chosen|selected|tasked|behind"
    r"|responsible|owned|operated|created|established|set)"
)  # "Connect Éireann, the company contracted to deliver fibre,"
# Endings of abstract nouns, never a lone person's name ("Uselessness", "Management").
ABSTRACT_ENDINGS = re.compile(r"(?:ness|ment|tion|sion|ity|ism|ship)$")
# Endings of an adverb no name has ("Metabolically, two nights isn't enough", "Obviously"), capitalised opening a
# sentence.
ADVERB_ENDINGS = re.compile(r"(?:ically|ously|ively|fully)$")
# Possessive determiners before a kin noun ("her husband Dave").
POSSESSIVE_DETERMINERS = frozenset("my our your his her their".split())
# Words that open a phrase, never a person's name ("My Name's Not George").
DETERMINER_FIRSTS = frozenset("my our your his her their its this that these those".split())
# Verbs opening a placard's or a campaign's call, never a person's name ("Save Nakiwogo, Save Our Lives").
CAMPAIGN_CALLS = frozenset("save stop".split())
# Platforms and brands the small model often tags as people.
PLATFORMS = frozenset(
    """twitter facebook instagram youtube tiktok snapchat linkedin reddit whatsapp telegram google
    apple amazon netflix spotify uber airbnb oracle microsoft wikipedia""".split()
)
# A Cantonese or Korean given name written with a hyphen after the surname ("Lam Man-yee", "Lee Jae-won").
HYPHENED_GIVEN = re.compile(
    r"^[A-Z][a-z]{0,5}-[a-z]{1,6}$"
)  # syllables of six letters at most ("Cheung", "Shuang")
# Capitalised prefixes before a hyphen that open a compound, never a given name ("Anti-war", "Pro-am").
HYPHEN_PREFIXES = frozenset(
    "anti pro non post pre ex self co multi mid semi inter intra over under out sub super ultra well".split()
)
# Lower-case words that end an English compound after a name ("Trump-style", "Ruiz-era"), never the second
# half of a hyphenated given name ("Kam-sing", "Ji-hoon").
COMPOUND_ENDINGS = frozenset(
    "style era like type esque ish born based led backed owned run made maker free proof".split()
)
# Prefixes a surname may open with before its capital ("McKenna", "MacLeod", "O’Brien", "DeSantis",
# "LeBlanc", "d'Entremont").
SURNAME_PREFIXES = r"(?:Mc|Mac|O’|O'|De|Di|Du|La|Le|Van|d’|d')"
# Irish surname particles written as a word of their own ("Seán Ó Raghallaigh", "Aoife Ní Chonaill").
IRISH_PARTICLES = ("Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua")
SURNAME_PARTICLE_WORDS = r"(?:" + "|".join(IRISH_PARTICLES) + ")"
# Lower-case words that may sit inside a person's name ("Ludwig van Beethoven", "Bashar al-Assad", Catalan
# "Marc Vidal i Puig", Maasai "Samuel ole Kantai", Kikuyu "Ngugi wa Thiong’o", Iban "Jalong anak Ngelai").
NAME_PARTICLES = frozenset(
    "de del della der den di da dos das du la le los las van von bin binti binte bint ibn al el y i st ap ab arap ole wa dela delos ter ten zu anak".split()
)
# Words that may stand between titles and a full name inside an entity the model tagged otherwise
# ("The Rev Canon Ana Ruiz", "former British No 1 Tom Hale"): the article, a ranking.
TITLE_FILLERS = frozenset("the no no. number".split())
# Titles "the" may open an entity with ("The Rev Canon Ana Ruiz"; not "the King James Bible").
THE_TITLES = frozenset("rev reverend very most rt right hon honourable honorable".split())
# Plural words for the people a sentence goes on to name, opening it before the first name ("Twins Eli and Maya
# Santos, sophomores, …", "Sisters Ama Boateng and Efua Boateng"): no part of the name, and a sign one follows.
GROUP_LEADS = frozenset("twins triplets brothers sisters siblings cousins spouses newlyweds".split())
# Words before given names listed with one surname that make them one family, beside ``GROUP_LEADS`` ("husband and
# wife Baraka and Neema Mollel", "parents Ana and Paulo Ferreira").
FAMILY_LEADS = GROUP_LEADS | frozenset("couple wife husband parents".split())
ROMAN_NUMERALS = frozenset("II III IV V VI JR SR".split())
# Chinese surnames as Singapore, Malaysia and Hong Kong copy romanises them, written before a given name of two
# syllables written apart ("Tan Ah Kow", "Lim Siew Hoon", "Mdm Lim"): the first word of such a name is the surname.
CHINESE_SURNAMES = frozenset(
    """tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong chia leong foo seah quek lau
    cheng liew kwok yap tang loh chew heng phua soh pang chin chen wang zhang liu yang huang zhao wu zhou xu lin
    luo zheng liang xie kwan lam leung cheung yip tsang tse chow fung mak poon siu tam wan yuen au kong
    khoo cheah ooi yeoh teoh kwek neo choo gan khor mok quah wee""".split()
)
# First elements of Malay given names that the second word follows as the name a person is called by ("Mr Muhammad
# Faizal Abdul Rahman" … "Mr Faizal", "Ms Siti Aminah Yusof" … "Ms Aminah"); a father's name, not a surname, closes it.
# (With the hereditary styles a Malay name opens with and repeats before the father's name: "Wan Rosnah Wan Ismail" is
# "Wan Rosnah", "Nik Azman Nik Abdullah" "Nik Azman".)
MALAY_NAME_FIRSTS = frozenset(
    "muhammad muhammed mohamed mohammad mohd muhd nur nurul siti wan nik tengku tunku syed sharifah megat".split()
)
# Last words that make a name a place ("Niagara Falls", "Glace Bay"); first words that make it an
# organisation or a venue ("Studio Schicketanz").
PLACE_HEADS = frozenset(
    """falls lake lakes river bay downs island islands street avenue road park square bridge valley mountain hills springs
    basin plains peninsula canyon prairie bog moor moors fen line sideroad concession
    mountains beach harbour harbor creek heights village county township parish borough lane close
    crescent cres drive terrace grove gardens mews ave blvd rd hwy boulevard highway parkway expressway freeway shire
    motorway state province region territory oblast prefecture
    governorate municipality district market mill hotel stadium arena airport mall plaza wharf pier quay
    residency residences apartments enclave towers flats place bayou cove coulee vihar marg nagar colony salai chowk
    northwest northeast southwest southeast north-west north-east south-west south-east""".split()
)
# Prizes whose name, lone and capitalised, the model may tag a person ("Grammy-nominated", "her first
# Grammy nomination", "the Oscar-winning director"): at such a use, the word names the prize, no one.
AWARD_NAMES = frozenset(
    """grammy grammys emmy emmys oscar oscars tony tonys pulitzer juno junos bafta baftas booker giller nobel
    obie olivier polaris""".split()
)
AWARD_USES = frozenset(
    "nominated winning winner winners nominee nominees nomination nominations award awards nod".split()
)
# Last words of a made thing's name ("James Webb Space Telescope", "Mars Perseverance Rover"): no one.
THING_HEADS = frozenset(
    """telescope satellite spacecraft rover probe rocket missile lander orbiter shuttle locomotive
    vaccine""".split()
)
# Nouns for a thing a name set off after them names ("The disease, Banana Xanthomonas Wilt,", "his horse, Midnight
# Rambler,", "the bill, the Fair Rents Act,"): that thing, no person.
THING_APPOSED_NOUNS = frozenset(
    """disease virus bacterium fungus pest parasite infection syndrome variant strain storm hurricane cyclone typhoon
    bill act law drug vaccine app product brand ship vessel boat horse colt filly mare gelding song album film movie
    book novel series programme program""".split()
)
# First words of an institution's name, French ones too ("Théâtre du Nouveau Monde", "Musée d'Orsay"), Welsh ones
# ("Ysgol", a school; "Ysbyty", a hospital).
ORG_FIRSTS = frozenset(
    """the studio hotel club team camp restaurant cafe café théâtre théatre musée université école collège
    institut société galerie cinéma ngāti ngāi ngati ngai scoil gaelscoil coláiste colaiste ysgol ysbyty""".split()
)
# A country, province or continent ending a name makes it a body of that place ("Hockey Canada", "Historic
# England", "Greenpeace Africa").
COUNTRY_HEADS = frozenset(
    """canada america britain ontario quebec alberta australia uk usa england scotland wales ireland africa
    europe asia""".split()
)
# Heads above that are also common surnames: after a given name they stay a person's name.
SURNAME_HEADS = frozenset(
    """hall church bay lake park bank banks bridge brook field island post lane close grove holding guardian
    courier citizen globe herald mill arena plaza england wales ireland""".split()
)
# A team's role written between the team's name and its holder's ("Saracens captain Ben Earl", "Villa boss
# Stefan Lindqvist", "Leinster head coach Leo Cullen"): the name before it is a club's.
TEAM_ROLE_AFTER = (
    r"(?:[’']s?)?\s+(?:(?:head|assistant|interim|new)\s+)?(?:captain|skipper|manager|coach|boss|chairman|owner|"
    r"striker|forward|midfielder|defender|goalkeeper|keeper|winger|fly-half|out-half|scrum-half|flanker|hooker)\s+[A-Z]"
)
# A judge or mayor named by the form of address after "Her"/"His"/"Your" ("Her Honour told the court"):
# a role, never the given name Honour.
COURT_FORMS = frozenset({"honour", "honor", "worship", "lordship", "ladyship"})
