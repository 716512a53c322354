"""Every word list the quote extractor reads, in one place (each word once).

Lists are matched against lowercased lemmas or words unless a comment says otherwise.
"""

from __future__ import annotations

import re

from bot.nlp.actors.lexicon import NAMING_PHRASE, PERSON_DEMONYMS

# Reporting verbs: a quote's speaker is the subject of one of these in the clause around it.
CUE_VERBS = frozenset(
    """say tell add describe stress praise pledge write tweet post claim state declare explain note
    argue ask insist warn announce suggest recall continue report reply respond answer acknowledge admit
    concede call accuse charge complain boast brag vow promise predict mention observe remark comment
    testify quip joke shout yell scream cry exclaim whisper mutter murmur sing read repeat reiterate
    emphasize emphasise point urge caution contend maintain assert allege confirm deny dismiss blast
    slam criticize criticise condemn lament counter retort snap fire rail deride
    mock label dub brand term hail applaud thank welcome laud decry denounce question wonder muse
    speculate estimate conclude find indicate cite quote recount relate offer tout characterize
    characterise summarize summarise put liken compare rate refer deem chant inform assure advise plead
    beg demand threaten proclaim pronounce profess hint imply sign text message tease
    lecture preach scoff sneer gush rave marvel counsel instruct order reason ponder
    reflect reckon enthuse fume venture groan grumble gasp laugh chuckle smile grin sigh shrug wince beam
    attack reference bark growl bellow holler interject confide clarify elaborate opine gripe grouse
    whine stammer intone confess protest interrupt apologise apologize concur recite remember agree
    sob exult crow""".split()
)
# Phrasal cues: a verb that speaks only with its particle ("Ruiz shot back", "Hale cut in", "chimed in").
PHRASAL_CUES = {
    "shoot": "back",
    "cut": "in",
    "chime": "in",
    "pipe": "up",
    "butt": "in",
    "hit": "back",
    # a case or a reasoning set out before a colon ("the judge laid out her thinking:", "Ashdown set out the case:")
    "lay": "out",
    "set": "out",
}
# Phrasal cues that speak only with what is set out ("laid out her thinking:", "set out the case:"), never alone ("had
# set out on the trail": left).
SETTING_OUT_VERBS = frozenset({"lay", "set"})
# Cues that say how someone looked or sounded ("‘…,’ she laughs"): they report a quote only right
# beside it (after a quote closed by a comma, or before a colon), never from across a clause ("a role he
# plays so badly that the audience laughed").
# So do cues that say what someone recalled or felt ("‘…,’ she remembers", "he agrees", "she sobs").
MANNER_CUES = frozenset(
    "laugh chuckle smile grin sigh shrug wince beam groan gasp remember agree sob exult crow".split()
)
# Cues that only report speech when nothing follows them ("she continued: …"): with a verb after
# them ("will continue to fight", "continued working") they say what someone went on doing.
ASPECT_CUES = frozenset({"continue"})
# Cues whose passive subject is the person told, not the speaker ("she was told").
# Modals that make a speech verb something not (yet) said: 'the council should ask who will pay'.
UNSPOKEN_MODALS = frozenset({"should", "must", "ought"})
PASSIVE_LISTENER_CUES = frozenset({"tell", "ask", "call"})
# Cues whose first noun after them is always the one spoken to, never a speaker in inverted order: "told
# the Herald" (while "said the mayor", "asked the coach", "warned the minister" may invert).
ADDRESSEE_CUES = frozenset({"tell"})
# A word that opens a phrase for a person other than the one just quoted ("another fan", "yet another"):
# the speaker after a quote closed by a comma ('“…,” added another volunteer'), never the one before.
ANOTHER_WORDS = frozenset({"another"})
# Prepositions that front a sentence's topic: "For Ana Ruiz, Friday is a day she has waited for", "As for
# Tom Hale, he …" (a he/she later in that sentence or the next is that person, as a subject would be).
TOPIC_PREPOSITIONS = frozenset({"for", "to"})
# Cues whose passive subject is the speaker ("X was quoted as saying").
PASSIVE_SPEAKER_CUES = frozenset({"quote", "report"})

# "X's office said" speaks for X ("the ministry's press service" too); so do the documents X issues.
PROXY_NOUNS = frozenset(
    {"office", "statement", "release", "letter", "tweet", "website", "account", "spokesperson", "service"}
)
DOC_NOUNS = frozenset(
    """statement report release letter memo tweet post ad email website order ruling judgment
    judgement notice announcement bulletin advisory handout filing review audit study survey guidance
    evaluation inquiry investigation sheet update decision affidavit analysis notification circular submission
    newsletter memorandum communique communiqué""".split()
)
# A writing that speaks only for the one the article says it is from ("according to a note from Marisol Reyes-Dantes",
# "a research note by …"); alone, "the note reads" may be anyone's hand (a will on a receipt's back), no one named.
ISSUED_DOC_NOUNS = frozenset({"note"})
# Parts of a document named with their number ("Paragraph 23 of the affidavit reads: “…”"): the document speaks,
# never the part ("page" and "chapter" are left out: a group's Facebook page, a party's chapter speak for it).
DOC_PARTS = frozenset("paragraph section clause annex appendix schedule".split())
# Forms of a speech verb that are never a noun, which the tagger may still read as one after a description it
# took for an adjective phrase ("“…,” the 27-year-old said").
MISTAGGED_CUES = frozenset(
    "said says counters retorts replies answers notes quips jokes remarks comments laughs sighs shrugs".split()
)  # (a present tense the tagger reads as a plural noun: '“…,” her brother counters')
# What records someone's words without saying them: "According to the Senate Journal, she opened by addressing the
# chair: “…”" is her speech, the journal its source.
RECORD_NOUNS = frozenset(
    "journal transcript transcripts minutes record records hansard log recording footage tape".split()
)
# Participles whose "by" names who got hold of a document, not who wrote it ("a letter obtained by the Star",
# "an email seen by Reuters").
RECEIVING_VERBS = frozenset("obtain see view review receive acquire examine".split())
# Words of birth order before a sibling or a child ("his younger brother", "the eldest daughter", "her big sister"),
# and which way each points.
BIRTH_ORDER = {
    **dict.fromkeys("younger youngest little kid baby".split(), "younger"),
    **dict.fromkeys("older oldest elder eldest big".split(), "older"),
}
# Nouns for a person by a span of ages, and the span (inclusive).
AGE_SPAN_NOUNS = {
    "teen": (13, 19),
    "teenager": (13, 19),
    "sexagenarian": (60, 69),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 125),
}
# Verbs for writing or sending a document, whose "by" names its author ("a memo written by the supervisor").
AUTHORING_VERBS = frozenset("write author pen draft compose send".split())
# Prepositions that name a document's issuer ("a statement from the ministry").
ISSUER_PREPOSITIONS = frozenset({"from", "by", "of"})

# Nouns for a person's role: a name in apposition to one is a person ("the minister, Amara Diallo").
ROLE_NOUNS = frozenset(
    """deputy administrator mentor pivot speaker minister spokesman spokeswoman spokesperson director chairman chairwoman chair president
    secretary undersecretary under-secretary coordinator co-ordinator official leader adviser advisor aide lawyer attorney chief head manager mayor governor
    senator representative lawmaker legislator ambassador envoy commissioner chancellor founder owner
    organiser organizer analyst economist professor researcher scientist doctor officer commander
    general coach captain executive ceo candidate nominee strategist consultant pollster activist advocate surrogate
    resident witness teacher headteacher principal author historian editor correspondent kaumātua kaumatua
    faifeau faifekau reverend
    emir collector mp pm mhk gp mla mpp mna mha msp mlc mep td councillor councilor premier goalie goaltender goalkeeper striker forward defenceman
    defender midfielder winger quarterback pitcher rookie veteran player skipper judge sheriff marshal detective
    constable sergeant inspector prosecutor superintendent congressman congresswoman councilman
    councilwoman councilmember councilperson alderman alderwoman alderperson assemblymember selectman
    selectwoman selectperson supervisor comptroller auditor assessor trustee dean provost pastor priest bishop rabbi imam nurse physician surgeon
    psychologist therapist chef pilot singer actor actress artist musician fighter champion boxer golfer
    skier swimmer sprinter cyclist bowler batsman batter spinner opener wicketkeeper all-rounder
    fly-half out-half scrum-half flanker fullback full-back jockey trainer rider athlete olympian gaffer
    backbencher frontbencher songwriter politician campaigner novelist writer comedian filmmaker
    entrepreneur businessman businesswoman farmer boss treasurer engineer designer physicist
    chemist biologist coroner referee umpire curator producer solicitor barrister counsel magistrate
    registrar pathologist paramedic firefighter midwife pharmacist ranger librarian conductor composer
    poet playwright choreographer aviator coxswain caddie driver agent negotiator investigator headmaster
    headmistress keeper netminder blueliner centre-back centre-half wing-back playmaker flyhalf
    scrumhalf seamer setter libero shortstop catcher outfielder infielder reliever linebacker lineman
    receiver wrestler student pupil undergraduate schoolboy schoolgirl freshman sophomore
    junior taoiseach tánaiste tanaiste comhairle cathaoirleach garda kagawad justice master skip elder honour honor footballer cricketer
    hurler reeve delegate critic auctioneer monarch ruler king queen sultan oba baale cleric clergyman clergywoman vicar chaplain safety cornerback tailback halfback kicker punter placekicker bailiff guard
    lock prop hooker stand-off clerk brigadier colonel lieutenant commodore admiral corporal warden
    controller whip cop promoter volunteer queenmother iyaloja babaloja corporator dcp acp sho ssp dsp igp
    rep odikro omanhene igwe banker excellency""".split()
)
# Roles only in capitals: a Member of the Senedd's letters, which in lower case are the courtesy title ("the
# Montgomeryshire MS said"; "Ms Rees" is none).
CAPITALS_ROLES = frozenset(
    {"MS", "MEC", "MCA", "CEC"}
)  # (a Kenyan county executive: "Health CEC Dr Grace Kamau")
# A body's word before "member" makes one role of the two ("Council Member Linh Tran-Whitaker" … "the council
# member interjected"; "board member Ana Ruiz"), written as the one word where English has it.
BODY_MEMBERS = {
    "council": "councilmember",
    "assembly": "assemblymember",
    "board": "board member",
    "committee": "committee member",
    "cabinet": "cabinet member",
    "commission": "commission member",
}
ROLE_NOUNS = ROLE_NOUNS | frozenset(BODY_MEMBERS.values())
# Roles a page writes two ways: "captain Steve Holden" … "the skipper said".
# A party's member as US copy writes one after the name ("the Glastonbury Republican", "the Tulsa Democrat").
PARTY_MEMBER_NOUNS = frozenset({"republican", "democrat", "independent"})
# A party's nickname, lower case, and the party word it stands for ("the Tory leader" is the Conservative leader).
PARTY_NICKNAMES = {"tory": "conservative", "tories": "conservative", "gop": "republican", "grit": "liberal"}
# US states by the short forms a party-and-state tag writes them in ("Sen. Thomas Whitfield, R-Kan.", "R-KS"):
# AP's abbreviation and the postal code, lower case without full stops ("the Kansas Republican").
US_STATE_SHORT = {
    name: frozenset(short.split("|"))
    for name, short in (
        line.split(":")
        for line in """alabama:ala|al alaska:ak arizona:ariz|az arkansas:ark|ar california:calif|ca colorado:colo|co
        connecticut:conn|ct delaware:del|de florida:fla|fl georgia:ga hawaii:hi idaho:id illinois:ill|il
        indiana:ind|in iowa:ia kansas:kan|kans|ks kentucky:ky louisiana:la maine:me maryland:md
        massachusetts:mass|ma michigan:mich|mi minnesota:minn|mn mississippi:miss|ms missouri:mo
        montana:mont|mt nebraska:neb|ne nevada:nev|nv ohio:oh oklahoma:okla|ok oregon:ore|or
        pennsylvania:pa tennessee:tenn|tn texas:tex|tx utah:ut vermont:vt virginia:va washington:wash|wa
        wisconsin:wis|wi wyoming:wyo|wy""".split()
    )
}
# A company officer's title by its initials: the role word and the modifiers the title writes in full
# ("the CFO" is "Chief Financial Officer Raymond Tan").
OFFICER_INITIALS = {
    # "Chief Executive Ana Ruiz" and "the chief executive officer, Ana Ruiz," are both "the CEO"
    "ceo": (("executive", frozenset({"chief"})), ("officer", frozenset({"chief", "executive"}))),
    "cfo": (("officer", frozenset({"chief", "financial"})),),
    "coo": (("officer", frozenset({"chief", "operating"})),),
    "cto": (("officer", frozenset({"chief", "technology"})),),
    "cio": (("officer", frozenset({"chief", "information"})),),
    "cmo": (("officer", frozenset({"chief", "marketing"})),),
    # an Indian district's superintendent of police ("Superintendent of Police (SP) Rajeev Kumar Meena" … "the SP said")
    "sp": (("superintendent", frozenset({"police"})), ("superintendent", frozenset())),
    # a general manager ("Oilers general manager Curtis Lindgren" … "the GM said")
    "gm": (("manager", frozenset({"general"})),),
    # a vice-president ("Karen Lettieri, the hospital's vice-president of corporate services," … "the VP said")
    "vp": (("vice-president", frozenset()), ("president", frozenset({"vice"}))),
    # an Indian or Pakistani district's deputy commissioner ("Deputy Commissioner Manpreet Kaur Dhillon" …
    # "The DC said")
    "dc": (("commissioner", frozenset({"deputy"})),),
    # a managing director ("metro rail managing director K. Sudhakar Rao" … "the MD said")
    "md": (("director", frozenset({"managing"})),),
    # … and its district magistrate ("District Magistrate Anupam Kumar Jha" … "the DM said")
    "dm": (("magistrate", frozenset({"district"})),),
    # a South Asian high court's chief justice ("Chief Justice Rukhsana Bano Shaikh" … "the CJ remarked")
    "cj": (("justice", frozenset({"chief"})),),
    # an Indian city's deputy or assistant commissioner of police ("K Rajasekaran, deputy commissioner of police
    # (traffic)," … "the DCP added")
    "dcp": (("commissioner", frozenset({"deputy", "police"})),),
    "acp": (("commissioner", frozenset({"assistant", "police"})),),
    # a union's or a body's secretary-general and director-general ("Kupe secretary-general Collins Barasa" … "the SG
    # said"), the hyphened title read as its last word or whole
    "sg": (("general", frozenset({"secretary"})), ("secretary-general", frozenset())),
    "dg": (("general", frozenset({"director"})), ("director-general", frozenset())),
}
_LEGISLATORS = tuple(
    (
        "lawmaker legislator senator representative congressman congresswoman assemblyman assemblywoman "
        "assemblymember mp mla mpp mna mha msp mlc mep td"
    ).split()
)
_POLICE_RANKS = tuple("constable sergeant inspector detective superintendent corporal trooper".split())
_CLERGY = tuple("pastor priest imam rabbi bishop vicar chaplain reverend minister".split())
# Verbs whose subject holds the role their noun names ("Isabelle Roy has coached her since she was 11" … "the coach
# said"), by the verb's lemma.
ROLE_OF_AGENT_VERB = {
    "coach": "coach",
    "teach": "teacher",
    "captain": "captain",
    "chair": "chair",
}
# ... and the standing, no office, a verb gives its subject ("McAllister won her first title" … "the winner said").
STANDING_OF_AGENT_VERB = {"win": "winner"}
# ... and the champion, whoever won, kept or defended a title ("Kieran Doherty retained his world super-lightweight
# title" … "the champion admitted"), by the verb and its object.
CHAMPIONS_VERBS = frozenset("win retain defend keep regain reclaim".split())
TITLE_NOUNS = frozenset("title titles belt crown championship".split())
# A person's standing in a race, not an office: after "for" it names whom a title's holder works for ("The campaign
# manager for Senate hopeful Margaret Wexler"), so the title is not that person's.
RUNNING_NOUNS = frozenset("hopeful challenger incumbent frontrunner front-runner contender".split())
# Verbs whose subject in a relative clause on a name holds the role of running what the verb takes ("Karen Ames, who
# manages the lead service line program," … "the program manager added"), by the verb's lemma; "chair" is left out, as
# for the head of a body an article's lede names before its chair.
ROLE_OF_RELATIVE_VERB = {
    "manage": "manager",
    "direct": "director",
    "supervise": "supervisor",
    "edit": "editor",
    "curate": "curator",
    "coach": "coach",
    "captain": "captain",
    "teach": "teacher",
}
# What a relative clause of running or owning a place makes its subject ("Morag MacRae, who runs the island's only
# shop," … "the shopkeeper said"), by the place's noun: the trade, and its owner.
RUN_PLACE_ROLES = {
    "shop": ("shopkeeper", "owner"),
    "store": ("storekeeper", "shopkeeper", "owner"),
    "pub": ("publican", "landlord", "owner"),
    "bar": ("owner",),
    "bakery": ("baker", "owner"),
    "cafe": ("owner",),
    "café": ("owner",),
    "restaurant": ("restaurateur", "owner"),
    "diner": ("restaurateur", "owner"),
    "hotel": ("hotelier", "owner"),
    "farm": ("farmer", "owner"),
    "salon": ("owner",),
    "garage": ("owner",),
    "bookshop": ("bookseller", "owner"),
    "bookstore": ("bookseller", "owner"),
}
# Verbs that give a role to come into force and stay ("who became the museum's curator in 2021", "who was named
# captain", "who took over as coach"): in the past tense the role is held still, not a former one.
TAKEN_ROLE_VERBS = frozenset("become name appoint elect promote".split())
# Bodies of a few members whose leader the article may later call their chair ("the panel led by Justice Halima
# Bello-Ahmed" … "the tribunal chairman held").
LED_BODIES = frozenset("panel committee board tribunal bench commission inquiry delegation taskforce".split())
# Roles only in lower case, their capitalised form a given name ("the don said" of a lecturer; "Don Reyes said").
LOWER_CASE_ROLES = frozenset({"don"})
ROLE_SYNONYMS = {
    # an academic, as British, Irish and Nigerian copy calls one ("A lecturer …, Dr Folake Adeyemi-Hart," … "the don said")
    "don": ("lecturer", "professor", "academic", "researcher", "scholar"),
    # a member of the US House ("Rep. Ana Ruiz" … "the congresswoman said")
    "congressman": ("representative", "legislator", "lawmaker"),
    "congresswoman": ("representative", "legislator", "lawmaker"),
    "skipper": ("captain",),
    # a representative as trade and local copy shortens one ("business representative for … Local 417" … "the union
    # rep said")
    "rep": ("representative",),
    # an Akan town's or paramount chief by his stool's title ("The Odikro of Asankrom, Nana Kwaku Ofori Agyeman II,"
    # … "the Odikro said")
    "odikro": ("chief",),
    "omanhene": ("chief",),
    # a church's minister in Samoan and Tongan, as Pacific and New Zealand copy writes it ("Its minister, Rev. Leota
    # Sione Fa'alogo," … "the faifeau said")
    "faifeau": ("minister", "pastor", "reverend"),
    # a clergyman by his style ("whose minister, Rev Dr Siosaia Tuʻipulotu," … "the reverend says")
    "reverend": ("minister", "pastor", "priest", "vicar", "rector"),
    "faifekau": ("minister", "pastor", "reverend"),
    # a member of a city council by any of its words ("The local council member, Ana Ruiz," … "the councilwoman said")
    "councilwoman": ("councilmember", "councillor", "councilor", "councilperson"),
    "councilman": ("councilmember", "councillor", "councilor", "councilperson"),
    # a team's coach as sportswriters call one ("The Hotshots mentor said", "the Gilas mentor")
    "mentor": ("coach",),
    # a quarterback or a centre as Canadian sportswriters call one ("Quarterback Tre Vaillancourt" … "the veteran pivot
    # said"; "centre Luc Gagnon" … "the pivot added")
    "pivot": ("quarterback", "centre", "center"),
    "captain": ("skipper",),
    "master": ("captain",),
    # a judge addressed or named by the court's form ("Judge Ana Ruiz" … "Her Honour said")
    "honour": ("judge", "justice", "magistrate"),
    "honor": (
        "judge",
        "justice",
        "magistrate",
    ),  # a ship's master is its captain ("Captain Rodel Santos" … "the master said")
    # a High Court judge is titled "Mr Justice Ó Dálaigh", "Mrs Justice Ruiz", "Lord Justice Hale"
    "judge": ("justice",),
    "gaffer": ("manager", "coach", "boss"),
    # whoever heads a body ("The Chairman of Ofu-Ajere LGA, Hon. Yusuf Abdulmalik," … "the council boss said")
    "boss": (
        "manager",
        "coach",
        "gaffer",
        "chief",
        "ceo",
        "executive",
        "chairman",
        "chairwoman",
        "chair",
        "head",
    ),
    "manager": ("boss", "gaffer"),
    # whoever heads a body, as a lede calls them before naming them ("The head of the union representing transit
    # operators says …" ¶ "…, said Romeo Dacanay, president of the union local")
    "head": ("president", "chairman", "chairwoman", "chair", "chairperson", "ceo", "executive", "chief"),
    # a body's chair by any of its words ("Judiciary Chair Thomas Garrity" … "the chairman said")
    "chairman": ("chair", "chairperson"),
    "chairwoman": ("chair", "chairperson"),
    "chairperson": ("chair", "chairman", "chairwoman"),
    "chair": ("chairman", "chairwoman", "chairperson"),
    # a teacher by the compound trade ("schoolteacher Meena Pun" … "the teacher said")
    "teacher": ("schoolteacher",),
    # "Kingsmere boss Marta Kowalczyk" … "the Polish coach told BBC Sport"
    "coach": ("boss", "gaffer", "manager"),
    "keeper": ("goalkeeper", "wicketkeeper", "goalie"),
    "goalkeeper": ("keeper", "goalie"),
    "goalie": ("goalkeeper", "keeper", "goaltender", "netminder"),
    # a hockey goalie by the trade's other name ("Jets goaltender Anders Pelletier" … "the veteran netminder added"; not
    # "the goaltender" for "Wild goalie Filip Novak": the one the narration is about may be a goalie the article gave
    # no title)
    "netminder": ("goaltender", "goalie"),
    # the No 10, as Irish rugby writes it ("out-half Ronan Keogh" … "the fly-half")
    "out-half": ("fly-half",),
    "fly-half": ("out-half",),
    # a member of a legislature by the general word ("Sen. Ana Ruiz" … "the lawmaker said", "Opposition
    # legislator Rashmi Nayak" … "the two-time MLA said")
    "lawmaker": (
        *_LEGISLATORS,
        "member",
    ),  # (a role "member" is a legislature's: ``roles.member_of_a_legislature``)
    "legislator": (*_LEGISLATORS, "member"),
    **{
        member: ("legislator", "lawmaker")
        for member in _LEGISLATORS
        if member not in ("lawmaker", "legislator", "congressman", "congresswoman")  # (theirs above)
    },
    # a lawyer by any of the trade's words ("His attorney, Stephen Nakamura," … "the lawyer said")
    "lawyer": ("attorney", "counsel", "solicitor", "barrister", "advocate"),
    "attorney": ("lawyer", "counsel"),
    "counsel": ("lawyer", "attorney", "barrister", "solicitor", "advocate"),
    "barrister": ("lawyer", "counsel"),
    "solicitor": ("lawyer", "counsel"),
    # a family doctor, as British and Irish copy writes one ("Dr Gareth Pryce" … "the GP said")
    "gp": ("doctor", "physician"),
    # a TD as the Dáil addresses one ("Independent TD Tadhg Ó Súilleabháin" … "the Deputy said")
    "deputy": ("td",),
    # a ruler or a cleric by the general word ("The traditional ruler of Ilemo, Oba Adebayo Olatunji" … "the
    # monarch said"; "Rev. Samuel Adeyinka, the vicar of St Peter's" … "the cleric said")
    "monarch": ("king", "queen", "ruler", "oba", "emir", "sultan", "igwe", "baale"),
    # a chief as Nigerian and Ghanaian copy calls one ("The community head of Ganaja-Otite, Chief Samuel Okpanachi" …
    # "the traditional ruler said")
    "ruler": ("chief", "king", "queen", "oba", "emir", "sultan", "monarch", "igwe", "baale"),
    # a police officer by the general word ("PC Mark Stannard", "Sgt. Leanne Dorosh" … "the officer said")
    "officer": _POLICE_RANKS,
    # the same by the slang word ("Superintendent Marcia Dennis-Walker" … "the senior cop said"), and an Irish
    # officer by the force's word, a detective's rank too ("Det Garda Cian Moriarty" … "the garda said", "the
    # detective said")
    "cop": (*_POLICE_RANKS, "officer", "garda"),
    "garda": (*_POLICE_RANKS, "officer"),
    "detective": ("garda", "officer"),
    "cleric": _CLERGY,
    "clergyman": _CLERGY,
    "clergywoman": _CLERGY,
}
# Modifiers that set one holder of a role against another ("the visiting coach", "the assistant
# manager"): a description with one resolves to a holder only when the article itself used that word
# for them. Not "former": "the former president" is "President George W. Bush" too.
CONTRASTIVE_MODIFIERS = frozenset(
    """visiting home away opposing rival other assistant deputy vice interim acting caretaker
    incoming shadow""".split()
)
# Pairs of modifiers no one holder bears both of ("the veteran right-hander" is not "Left-hander Cody Marchetti",
# "the offensive coordinator" not "defensive coordinator Ana Ruiz"): a description with one is no holder the
# article gave the other.
OPPOSED_MODIFIERS: dict[str, frozenset[str]] = {}
for _one, _others in (
    ("left", "right"),
    ("offensive", "defensive"),
    ("junior", "senior"),
    ("men", "women"),
    ("upper", "lower"),
    ("outgoing", "incoming"),
    # a player's standing: "the veteran receiver" is not "rookie Tre Lassiter" (nor "second-year receiver Darnell
    # Okafor": ``roles._clashes``, as a veteran is often a "12-year" one too)
    ("veteran", "rookie freshman sophomore"),
):
    for _other in _others.split():
        OPPOSED_MODIFIERS[_one] = OPPOSED_MODIFIERS.get(_one, frozenset()) | {_other}
        OPPOSED_MODIFIERS[_other] = OPPOSED_MODIFIERS.get(_other, frozenset()) | {_one}
del _one, _others, _other
# Where on the field a player's position is ("corner-forward", "full-forward", "half-back", "centre-back", "wing-forward"):
# one player's is none of the others ("the corner-forward" is not "full-forward Jamie Twomey").
POSITION_MODIFIERS = frozenset("corner full half centre center wing inside outside".split())
# Modifiers that make a holder someone below or beside the role ("shadow treasurer", "deputy mayor",
# "assistant coach", "vice president"): a description without the word ("the treasurer") is never
# that holder, even when no one else holds the role.
SUBORDINATE_MODIFIERS = frozenset("shadow deputy vice assistant associate".split())
# Titles of standing a person carries between an occupation and the name ("Political analyst Professor Datuk Dr
# Rosli Mat Saman"): the occupation before them is the person's role as much as the last title is.
TITLES_OF_STANDING = frozenset(
    "professor prof dr doctor datuk dato datin tan sri seri tun sir dame mr mrs ms miss rev reverend hon "
    "honourable honorable engr alhaji alhaja hajia barr pastor".split()
)
# A government's portfolios: a secretary of one ("the business and trade secretary", "Health Secretary", "the
# Secretary of State for Transport") is a minister of the government, whom British and Irish copy also call "the
# minister".
PORTFOLIO_FIELDS = frozenset(
    """business trade health home foreign defence defense education transport environment justice culture energy
    treasury work pensions housing communities agriculture fisheries farming culture science technology digital
    levelling cabinet interior finance employment welfare equalities""".split()
)
# Roles whose holder presides alone over a hearing: a deputy or an assistant sitting in it is "the coroner",
# "the judge" of the report ("The assistant coroner, Dr Rachel Obi, recorded …" … "the coroner said").
PRESIDING_ROLES = frozenset("coroner judge magistrate".split())
# Modifiers of the one who leads a shared role ("the lead author", "the principal investigator"): never one
# the article calls a "co-" holder of it ("co-author Batbayaryn Ganbold").
LEADING_MODIFIERS = frozenset("lead principal chief senior first".split())
# A field of work and the noun for a person in it: "Gabriel Brandt, the firm's head of engineering" is
# "the engineer" (``FIELD_HEADS`` of a field name whom the article later calls by the field's person).
FIELD_PERSONS = {
    "engineering": "engineer",
    "research": "researcher",
    "science": "scientist",
    "design": "designer",
    "economics": "economist",
    "physics": "physicist",
    "chemistry": "chemist",
    "biology": "biologist",
    "history": "historian",
    "psychology": "psychologist",
    "nursing": "nurse",
    "coaching": "coach",
    "paleontology": "paleontologist",
    "palaeontology": "palaeontologist",
    "archaeology": "archaeologist",
    "archeology": "archeologist",
    "geology": "geologist",
    "ecology": "ecologist",
    "zoology": "zoologist",
    "astronomy": "astronomer",
}
# Roles that lead a field ("head of engineering", "research director", "chief scientist").
FIELD_HEADS = frozenset("head director chief lead leader manager professor lecturer vp curator".split())
# Kin and agent nouns a possessive phrase speaks through ("her son said", "his agent told reporters"):
# word -> (the relation, the sex it gives its holder). Spellings of one relation share it ("mum").
RELATION_NOUNS = {
    **{w: (w, "m") for w in "son father husband brother grandson grandfather nephew uncle widower".split()},
    **{w: (w, "f") for w in "daughter mother wife sister granddaughter grandmother niece aunt widow".split()},
    **{w: (w, None) for w in "child parent partner spouse sibling cousin twin agent publicist".split()},
    "mum": ("mother", "f"),
    "mom": ("mother", "f"),
    "dad": ("father", "m"),
    "fiancé": ("fiancé", "m"),
    "fiancée": ("fiancée", "f"),
    "boyfriend": ("boyfriend", "m"),
    "girlfriend": ("girlfriend", "f"),
    **{w: ("lawyer", None) for w in "lawyer attorney solicitor barrister".split()},
    **{w: ("spokesperson", None) for w in "spokesman spokeswoman spokesperson".split()},
}
# The other side of a kin relation, for a man and for a woman: "Morag's daughter, Eilidh" makes Morag
# (a woman) Eilidh's mother.
KIN_INVERSE = {
    **dict.fromkeys(("son", "daughter", "child"), ("father", "mother")),
    **dict.fromkeys(("father", "mother", "parent"), ("son", "daughter")),
    **dict.fromkeys(("husband", "wife", "spouse"), ("husband", "wife")),
    **dict.fromkeys(("brother", "sister", "sibling"), ("brother", "sister")),
    **dict.fromkeys(("grandson", "granddaughter"), ("grandfather", "grandmother")),
    **dict.fromkeys(("grandfather", "grandmother"), ("grandson", "granddaughter")),
    **dict.fromkeys(("nephew", "niece"), ("uncle", "aunt")),
    **dict.fromkeys(("uncle", "aunt"), ("nephew", "niece")),
    "partner": ("partner", "partner"),
    "cousin": ("cousin", "cousin"),
    "twin": ("twin", "twin"),
}
# Nouns for a person by origin that spaCy seldom tags as a nationality ("the Scot said"); words ending
# in -man or -woman ("the Corkman", "the Englishwoman") count too (``cues.describes_person``).
ORIGIN_NOUNS = PERSON_DEMONYMS
# A nation's noun for one of its people and the adjective an introduction writes ("the Swede" of "a Swedish
# defenceman"); a noun the same as its adjective ("the Brazilian") needs none.
NATION_ADJECTIVES = {
    "swede": "swedish",
    "finn": "finnish",
    "dane": "danish",
    "pole": "polish",
    "scot": "scottish",
    "brit": "british",
    "turk": "turkish",
    "spaniard": "spanish",
    "dutchman": "dutch",
    "dutchwoman": "dutch",
    "frenchman": "french",
    "frenchwoman": "french",
    "englishman": "english",
    "englishwoman": "english",
    "irishman": "irish",
    "irishwoman": "irish",
    "welshman": "welsh",
    "welshwoman": "welsh",
    "scotsman": "scottish",
    "scotswoman": "scottish",
}
# A nation's noun for one of its people and the country a possessive before a name writes ("Britain's Owen Ashdown" …
# "the Briton"), where the country is not the noun's stem ("the Brazilian" of "Brazil's …" needs none).
NATION_COUNTRIES = {
    "briton": ("britain",),
    "brit": ("britain",),
    "swede": ("sweden",),
    "finn": ("finland",),
    "dane": ("denmark",),
    "pole": ("poland",),
    "scot": ("scotland",),
    "turk": ("turkey", "türkiye"),
    "spaniard": ("spain",),
    "kiwi": ("zealand",),
    "aussie": ("australia",),
    "thai": ("thailand",),
    "dutchman": ("netherlands", "holland"),
    "dutchwoman": ("netherlands", "holland"),
    "frenchman": ("france",),
    "frenchwoman": ("france",),
    "swiss": ("switzerland",),
    "filipino": ("philippines",),
    "filipina": ("philippines",),
    "chinese": ("china",),
    "japanese": ("japan",),
    "vietnamese": ("vietnam",),
    "portuguese": ("portugal",),
    "lebanese": ("lebanon",),
    "senegalese": ("senegal",),
    "nepali": ("nepal",),
    "greek": ("greece",),
    "czech": ("czechia",),
    "cypriot": ("cyprus",),
}
# Capitalised heads of a long title a name may close without a comma, beside ``ROLE_NOUNS`` ("Member of
# Parliament for St Catherine Upper Eastern Juliet Ferron-Barnes said").
TITLE_RUN_HEADS = frozenset({"member"})
# Descriptions of a person by age or standing that stand alone as a speaker ("the teenager said").
PERSON_DESCRIPTIONS = frozenset(
    """teenager teen youngster veteran rookie newcomer debutant sexagenarian septuagenarian octogenarian
    nonagenarian centenarian
    pensioner retiree freshman sophomore junior senior sixth-former fresher schoolboy schoolgirl
    undergraduate left-hander right-hander southpaw kuia""".split()
)
# Of ``PERSON_DESCRIPTIONS``, those for someone new or young, who holds no senior office ("the rookie" is not the head
# coach named just before).
NEWCOMER_DESCRIPTIONS = frozenset(
    """teenager teen youngster rookie newcomer debutant freshman sophomore sixth-former fresher schoolboy schoolgirl
    undergraduate""".split()
)
# Offices held by people in charge, never by a newcomer described as one.
SENIOR_OFFICES = frozenset(
    """coach manager boss director president chairman chairwoman chair owner executive ceo minister mayor principal
    superintendent commissioner chief judge senator governor premier secretary spokesman spokeswoman spokesperson
    councillor councilor""".split()
)
# Nouns a place before them makes a description of one person ("the Halifax native", "the Bowen
# grandmother", "the Tullaroan clubman"), beside ``PERSON_DESCRIPTIONS``.
PLACE_DESCRIBED_NOUNS = frozenset(
    """native clubman clubwoman man woman grandmother grandfather grandma grandpa granny mother father mum
    mom dad""".split()
)
# Participles joined to a place that describe where a person is from or works ("the Haifa-based
# geochemist", "the Penang-born aviator", "the Manila-trained nurse").
ORIGIN_PARTICIPLES = frozenset("born based raised bred trained educated reared".split())
# Public bodies a place names in a sign-off ("– Cumbria police"), beside ``ORG_NOUNS``.
PUBLIC_BODIES = frozenset("police constabulary gardaí garda service services ambulance coastguard".split())
# Nouns for what someone said, whose owner speaks the quote after a colon ("His verdict: “…”").
SPEECH_NOUNS = frozenset(
    """verdict message response reply answer advice view warning retort explanation assessment
    prediction reaction words comment plea conclusion take""".split()
)
# Nouns for words given as a promise, which name their speaker only after a quote ("That was the promise from Niamh
# Ó Dálaigh"): elsewhere "a promise to …" reports nothing said.
PROMISE_NOUNS = frozenset("promise vow pledge".split())
# Nouns for an organisation: "the company said" speaks for the company the article has named.
ORG_NOUNS = frozenset(
    """company firm club team union airline bank retailer carrier automaker carmaker insurer league
    association agency ministry department corporation organization organisation charity network
    broadcaster publisher university college hospital council board commission committee party
    startup manufacturer utility railway railroad operator provider foundation institute force
    constabulary body entity court tribunal maker chipmaker drugmaker planemaker steelmaker airframer
    shipbuilder lender supplier distributor wholesaler authority chamber federation regulator watchdog
    theatre theater museum gallery school library zoo orchestra festival trust society academy hotel
    brewery cooperative co-op mill bench centre center archdiocese diocese church parish clinic fund caucus
    magazine newspaper district yard shipyard group rescue shelter sanctuary pantry consultancy forum port""".split()
)
# Nouns for those who run a body, which speak for it when its name follows "of" ("the management of Kilimo Blooms
# Limited said": the company).
GOVERNING_NOUNS = frozenset("management leadership".split())
# Organisation nouns only a business answers to ("the company said"): never a legislature, a court or a
# union beside it.
FIRM_NOUNS = frozenset(
    """company firm corporation startup manufacturer maker drugmaker automaker carmaker chipmaker retailer
    lender insurer supplier distributor wholesaler consultancy""".split()
)
# A municipality as a body that speaks ("the city said in a statement"): the one organisation whose name
# holds the word ("The City of Calgary", "Town of Cobourg"), never a guess from the organisations near it.
MUNICIPAL_NOUNS = frozenset("city town township municipality village rm".split())
# Nouns that name a local body "<Noun> of X" as often as "X <Noun>" ("The County of Birchwood issued an order" … "the
# county wrote"; "Canyon County"): the "<Noun> of X" body when the article names one, else the role rules as before.
NAMED_FIRST_MUNICIPAL_NOUNS = frozenset("county district borough region".split())
# A municipal noun the prairies write by its initials ("the Rural Municipality of Willow Bend" … "the RM said").
SPELT_MUNICIPAL_NOUNS = {"rm": "rural municipality"}
# Municipal nouns that end only a body's name ("Yerevan Municipality", "Hamilton Township"); "X City",
# "X Town", "X Village" are mostly a place's own name ("Kansas City", "Cape Town", "Greenwich Village").
BODY_SUFFIXES = frozenset({"municipality", "township"})
# Nouns for a body of people that an organisation's name in apposition names ("A supporters' group, the
# Thistle Trust, posted …"): with the organisation nouns above, the name speaks, not the noun.
COLLECTIVE_NOUNS = frozenset("group coalition alliance collective campaign nonprofit non-profit".split())
# Trades only a business names itself by ("Atlantic Gateway Stevedoring", "Kessel Trucking", "Dunmore Logistics").
TRADE_HEADS = tuple(
    """stevedoring shipping trucking haulage mining refining brewing logging drilling dredging towing paving roofing
    plumbing landscaping catering printing publishing manufacturing logistics foods motors airlines
    pharmaceuticals""".split()
)
# Organisation nouns an article writes for a body named by another ("the force said" after "Cumbria
# Police"): matched against the head word of the organisation's name.
ORG_SYNONYMS = {
    "force": ("police", "constabulary"),
    "constabulary": ("police", "force"),
    "bench": ("court",),  # "the bench said" in a court report is the court sitting: "the Bombay High Court"
    # "the union" of "Michigan Nurses Guild Local 14"
    "union": ("guild", "local", "brotherhood"),
    "railroad": ("railway",),  # "the railroad said" of the "Great Lakes & Ohio Railway"
    "railway": ("railroad",),
    # a regulator or watchdog is the commission, authority or board the article names ("the regulator said" of the
    # "Canadian Radio-television and Telecommunications Commission")
    "regulator": ("commission", "authority", "board", "ombudsman"),
    # a hospital named as a medical centre ("the hospital said" of "Lakeshore University Medical Center")
    "hospital": ("center", "centre", "infirmary"),
    "watchdog": ("commission", "authority", "board", "ombudsman"),
    # a school district named by its schools or its board ("the district said" of "Surrey Schools", "Springdale
    # Public Schools")
    "district": ("schools", "board"),
    # a port is its authority ("the port said" of the "Puget Gateway Port Authority", or of "Port of Halifax")
    "port": ("authority",),
    # a business named by its trade ("the company said" of "Atlantic Gateway Stevedoring", "Kessel Trucking")
    "company": TRADE_HEADS,
    "firm": TRADE_HEADS,
}
# Verbs of putting a question to someone ("asked him to …", "pressed her: “…?”", "was questioned by …"): the
# quote that answers is the one asked's.
ASKING_VERBS = frozenset({"ask", "press", "question"})
# Organisation nouns that stand only for a body their synonyms name, never the one last named ("the bench"
# is no ministry).
SYNONYM_ONLY_NOUNS = frozenset({"bench"})
# Nouns for someone who speaks for a body: "a spokesman for Zipway said" is Zipway's word.
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# Roles whose holder speaks for someone else: "the spokesman" after a sentence about a minister is not
# the minister.
PROXY_ROLES = frozenset(
    """spokesman spokeswoman spokesperson aide adviser advisor official lawyer attorney assistant
    representative agent staffer editor publicist secretary""".split()
)
# Nouns for people that are no role: a phrase ending in one names people ("two residents", "fans").
PEOPLE_NOUNS = frozenset(
    """people person man woman men women child children kid kids family families parent parents mother
    father son daughter wife husband friend friends neighbour neighbor neighbours public crowd fans
    staff crew team police army government administration audience community couple youth victim
    victims patient patients student students voter voters citizen citizens colleague colleagues
    opponent opponents critic critics ally allies rival rivals expert experts source sources
    someone anyone everyone nobody widow widower""".split()
)
# People nouns that name a group, never one person ("the crowd said" is not the last person named).
GROUP_NOUNS = frozenset(
    """public crowd fans staff crew team police army government administration audience community couple
    family families youth""".split()
)
# Word endings of nouns for people ("organiser", "economist", "resident", "spokeswoman").
PERSON_SUFFIXES = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "ee",
    "eer",
    "ess",
    "ive",
)
# A person described by age ("the 24-year-old said").
# Ages under a hundred as style books spell them ("the nine-year-old", "a twenty-two-year-old"), by their value.
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SPELT_NUMBERS = {
    **{w: str(i + 1) for i, w in enumerate(_UNITS)},
    **{w: str(i + 10) for i, w in enumerate(_TEENS)},
    **{t: str(20 + 10 * i) for i, t in enumerate(_TENS)},
    **{f"{t}-{u}": str(20 + 10 * i + j + 1) for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS)},
}
AGE_WORD = re.compile(
    r"(?:\d+|" + "|".join(sorted(SPELT_NUMBERS, key=len, reverse=True)) + r")-year-old", re.I
)
# A US legislator's party and state after the name ("Sen. Ann Lee, D-Ore.,"): never a speaker itself.
# Chamber words a description of a person may carry without pointing at another ("the Senate candidate",
# "the House majority leader"): generic, not a name (a party's word still points: "the Conservative senator").
CHAMBER_WORDS = frozenset("senate house assembly congressional parliamentary legislative".split())
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
# Characters of a photo credit ("Jane Doe / The Canadian Press"), never of a speaker's name.
CREDIT_MARKS = ("/", "|")

# Pronouns never shown as a speaker.
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me"})
# Subject pronouns that name a person.
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})
MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# Pronouns for an organisation or group.
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our", "it", "its"})
# Plural subject pronouns tried against plural clause subjects first.
PLURAL_SUBJECT_PRONOUNS = frozenset({"they", "we"})
# Possessives that point at the owner of an office or a document ("his office said").
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

# spaCy entity labels that are never a speaker (a number, a date).
NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Tokens that end a sentence, and dashes (which the parser sometimes takes for a subject).
SENT_END = frozenset({".", "!", "?"})
# Marks a description set off by commas never runs across: a sentence's end, a semicolon or a colon.
CLAUSE_END = SENT_END | {";", ":"}
# Abbreviated titles, which the loaded pipeline's tokenizer keeps whole with their full stop ("Sgt.", "Coun.":
# ``bot.nlp.model``); where a stop is split off all the same ("Police Lt. Tom Wilkison said" in a pipeline loaded
# otherwise), that full stop ends no sentence. Matched case-sensitively, without the stop.
TITLE_ABBREVIATIONS = frozenset(
    """Lt Sgt Cpl Cpt Capt Col Gen Maj Adm Cmdr Insp Det Cst Const Supt Dr Mr Mrs Ms Prof Rev Sen Rep
    Gov Hon Engr Ald Coun Atty Cllr Cdr Brig Pte Pvt Msgr Fr Commr Asst Dep Usec Asec""".split()
)
# The role an abbreviated title before a name gives its holder ("Sen. Ana Ruiz" … "the senator", "Cllr
# Tom Ode" … "the councillor"), keyed by the title in lower case without its full stop.
ABBREVIATED_ROLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "coun": "councillor",
    "cllr": "councillor",
    "ald": "alderman",
    "atty": "attorney",
    "insp": "inspector",
    "supt": "superintendent",
    "det": "detective",
    "sgt": "sergeant",
    "maj": "major",
    "capt": "captain",
    "cpt": "captain",
    "gen": "general",
    "cmdr": "commander",
    "cst": "constable",
    "const": "constable",
    "pc": "constable",  # a British police constable ("PC Mark Stannard"), as "DC" is a detective constable
    "wpc": "constable",
    "prof": "professor",
    "engr": "engineer",
    # ranks ("Lt. Dana Whitcomb" … "the lieutenant said"); before another title, "Lt." qualifies it ("Lt. Gov."),
    # which the title's own entry reads
    "lt": "lieutenant",
    "col": "colonel",
    "adm": "admiral",
    "cpl": "corporal",
    "brig": "brigadier",
    "cdr": "commander",
    # a physician by the courtesy title ("Dr. Isabelle Gagnon-Théberge, who has been chief of emergency medicine" …
    # "the doctor said"): the one person the article titles so
    "dr": "doctor",
}
# The office a cleric's style before "Rev" is the style of ("the Very Rev Jonathan Ashdown", a dean or a provost of a
# cathedral; "the Right Rev", a bishop; "the Most Rev", an archbishop).
CLERICAL_STYLES = {"very": "dean", "right": "bishop", "rt": "bishop", "most": "archbishop"}
# Abbreviated words that qualify a title before it ("Lt. Gov. Harlan Beaudry": the lieutenant governor).
ABBREVIATED_QUALIFIERS = {"lt": "lieutenant", "dep": "deputy", "asst": "assistant"}
DASHES = frozenset({"―", "—", "–", "--", "-"})

# Works and their verbs: a title-case quote that names one of these is a title, not speech.
WORK_NOUNS = frozenset(
    """book film movie song album show series play musical novel memoir documentary episode poem
    painting exhibition exhibit podcast programme program track single opera anthem hymn ballad
    sitcom drama game tune psalm carol lullaby jingle brand label trademark pamphlet leaflet brochure booklet
    essay""".split()
)
WORK_VERBS = frozenset(
    "play perform release publish title entitle star direct watch stream air broadcast screen record sing hum whistle".split()
)
# Verbs that perform or put out a work rather than speak: a title after one is no one's words ("The
# congregation sang the tune “Coleshill”").
PERFORMING_VERBS = frozenset("sing hum whistle play perform release publish record screen broadcast".split())
# Words left lowercase in a title ("The Art of the Deal").
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "is"}
)

# Capitalised labels before a colon that are page furniture, not a transcript speaker (exact case).
NOT_LABELS = frozenset(
    {"UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "BREAKING", "WATCH", "READ", "PHOTOS", "VIDEO"}
)
# Titles dropped from a transcript label before it is matched to a person ("SEN. KAINE:").
LABEL_TITLES = ("mr", "mrs", "ms", "dr", "sen", "rep", "gov")

# Words an opening single mark elides, so it is no quote ('em, ’til, ’cause, rock ’n’ roll, ’tis).
ELISIONS = ("em", "til", "cause", "n", "tis")

# Labels that open a line of page furniture (a link to another story, a video); quotes in such a line
# are that story's headline, not speech in this one. Matched case-insensitively, before a colon.
FURNITURE_LABELS = (
    "read more",
    "read",
    "related",
    "watch",
    "listen",
    "see also",
    "also read",
    "video",
    "photos",
)
FURNITURE_LINE = re.compile(r"(?:" + "|".join(re.escape(w) for w in FURNITURE_LABELS) + r")\s*:", re.I)
# A label over a site's list of other stories, which prose never writes before a colon: a quote right after it is in
# a headline of that list, wherever the page dump put the label ("… Watch Live Trending: 'Miracle' dog rescue | …").
LIST_LABEL_BEFORE = re.compile(
    r"\b(?:trending(?: now| stories)?|most read|most popular|top stories)\s*:\s*$", re.I
)
# Things that carry words but do not speak: a quote they "read" or "say" (or that stands right after
# them) is an inscription, a slogan or a headline ('signs reading “Save Our Foreshore”'), not speech.
INSCRIPTION_NOUNS = (
    "sign banner placard slogan motto poster billboard t-shirt shirt sticker hashtag graffiti plaque "
    "inscription chalkboard blackboard whiteboard mural"
).split()
# Headlines count only with a verb of showing ('the same headline appears: “…”'): PolNeAR credits a
# quote a piece "used as its headline" to the piece.
HEADLINE_NOUNS = "headline caption tagline strapline".split()
INSCRIPTION_VERBS = (
    "read reads reading say says saying said appear appears appeared proclaim proclaims proclaiming "
    "declare declares declaring ran runs is was"
).split()
# Verbs that give a name rather than report speech: a title-case quote they govern is a nickname
# (“Iron Lady”), not a quote.
NAMING_VERBS = frozenset(
    {
        "call",
        "dub",
        "nickname",
        "name",
        "label",
        "brand",
        "christen",
        "know",
        "title",
        "rename",
        "rebrand",
        "relabel",
    }
)
# Verbs of perception whose passive subject is the speaker of the cue they govern ("she could be heard
# saying “…”").
PERCEPTION_VERBS = frozenset({"hear", "see", "overhear", "film", "record", "catch"})
# Penn tags of a finite verb: the verb a subject set off by commas leads to ("…, who runs the garage,
# said"), or the verb that makes a colon's line a clause rather than a label.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# The name an unnamed speaker goes by, in their own phrase: "a listener who identified himself as Greg", "a
# resident who asked to be identified only as Tom", "one, who gave only his first name, Moussa", "referred to in
# court as Witness B" (``NAMING_PHRASE``).
NAMED_AS = re.compile(rf"{NAMING_PHRASE}([A-Z][a-z]+(?: [A-Z][a-z]+| [A-Z](?![\w.’']))?)\b")
