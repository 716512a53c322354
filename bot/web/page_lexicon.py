"""Word lists the page rules read that name a kind of furniture on any site (``page_rules``, ``page_boxes``).

Each list is a regular expression's alternation, matched case-insensitively, unless a comment says otherwise.
"""

from __future__ import annotations

# The units of a posting's age as a feed reader, an aggregator or a news list prints it beside another story's
# headline: "4d", "2w", "3h", "12 min ago", "2 hours ago".
AGE_UNITS = r"s|m|min|mins|h|hr|hrs|d|w|wk|wks|mo|y|yr|yrs"
AGE_WORDS = r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
# An animal's age as a rescue's card gives it after the name: "Pickle, 12 weeks", "Bramble, 4 years", "Moss, 8 mos".
PET_AGE_UNITS = r"weeks?|wks?|months?|mos?|years?|yrs?"
# The same age told in a profile's opening sentence, the unit joined to the figure: "<Name> is a 4-year-old beagle mix",
# "… a shy 2-year-old tabby", "… a 10-week-old kitten".
PROFILE_AGE_UNITS = r"year|month|week"

# A box score's team statistics, each a label over the two sides' figures ("Turnovers: Tennant 13, Marlow State 9"):
# the labels every basketball, hockey or football box prints under its tables.
BOX_SCORE_LABELS = (
    r"half-?time|halftime score|end of (regulation|the first|the second|the third)|turnovers|points off turnovers|"
    r"rebounds|offensive rebounds|assists|steals|blocks|blocked shots|fouls|total fouls|personal fouls|"
    r"technicals|technical fouls|fouled out|free throws|3-point goals|three-point goals|field goals|"
    r"bench points|second-chance points|fast-break points|points in the paint|largest lead|lead changes|times tied|"
    r"shots on goal|shots|saves|power plays|power-play goals|penalty minutes|faceoffs|corners|possession|"
    r"first downs|total yards|time of possession|penalties|sacks"
)
# A baseball box score's notes, each a scoring code and a dash over the players ("E—Ruiz. 2B—Samuels, Brandvold.
# HR—Almonte (11). T—2:31. A—18,442."): the codes every paper's agate prints under the tables (matched case-sensitively).
BOX_SCORE_CODES = r"E|2B|3B|HR|RBI|SB|CS|S|SF|SH|DP|TP|LOB|GIDP|HBP|WP|PB|BK|IBB|PO|T|A|Umpires"
# The officials named under the same box ("Officials: Greg Saltz, Harmon Ivey, Deb Kowalczyk").
GAME_OFFICIALS = r"officials|game officials|referees"
# A box score's players' lines, each a label over the players' names and their figures ("Goalies: Marchetti (PC) 31
# saves on 34 shots; Lykke (MB) 38 saves on 41 shots"): the labels a hockey, baseball or soccer box prints under its
# tables, and the words of the figures they print (``PLAYER_STAT_WORDS``: one figure's, "saves", "shots against").
PLAYER_LINE_LABELS = (
    r"goalies|goaltenders|goaltending|goalkeepers|keepers|pitchers|pitching|winning pitcher|losing pitcher"
)
PLAYER_STAT_WORDS = (
    r"saves|shots|shots against|goals against|minutes|innings|innings pitched|hits|runs|earned runs|walks|strikeouts|"
    r"pitches|points|rebounds|assists"
)

# What a comment section's heading calls the readers' posts under it ("Comments (148)", "Replies", "3 Webmentions"):
# "webmention" is the IndieWeb's standard for replies from other sites, and a static site shows them under that name.
COMMENT_NOUNS = r"comments?|responses|replies|webmentions?"

# What a call to pay makes of the reader ("Become a Member", "Become a monthly supporter"): a membership's kinds, as a
# museum, a club or a newsroom sells them.
MEMBERSHIP_KINDS = r"member|subscriber|supporter|patron|friend"

# The copy an outlet carries from others and disclaims ("… is not responsible for the accuracy of syndicated
# material"): the kinds a portal, an aggregator or a paper names for another's stories, and what it calls that copy.
OUTSIDE_COPY_KINDS = r"syndicated|agency|wire|third[- ]party|partner|external"
OUTSIDE_COPY_NOUNS = r"material|content|copy|stories|articles|reports|news"

# What an embed's consent placeholder says it holds back until the reader accepts cookies ("This map is hosted by a third
# party. Click below to accept marketing cookies and load the interactive route."): the kinds of third-party embed.
EMBED_KINDS = (
    r"maps?|routes?|videos?|content|embeds?|players?|posts?|tweets?|media|forms?|charts?|graphics?|podcasts?|audio|"
    r"widgets?|calendars?|galler(y|ies)|slideshows?"
)

# The small words between a name's capitalised words, as places, bodies and districts are named ("Village of Tamsin
# Creek", "Stratford upon Avon", "Baie de la Trinité"): a list's labels that are names (matched in lower case only).
NAME_LINKS = r"of|the|and|&|on|upon|at|de|du|des|la|le|van|von"

# A newsroom's roles, as a writer's tagline names them ("Gavin Oyelowo-Hart is senior editor at FleetLine Journal").
NEWSROOM_ROLES = r"reporter|correspondent|writer|editor|columnist|journalist|critic|photographer|producer"

# Where a game listing says the game is carried ("TV: RSN Plus. Radio: 1340 AM The Stag."): a schedule box's labels.
BROADCAST_LABELS = (
    r"tv|television|radio|stream|streaming|live ?stream|webcast|audio|video|watch|listen|online"
)

# A venue's visit box, "Hours & Admission: …": every word of its line is a day, a time word, a visitor's kind or a
# word that says when the doors close or what is free (lower case; figures, prices and clock times are read apart).
VISIT_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
    saturdays sundays mon tue tues wed thu thur thurs fri sat sun weekdays weekends weekend daily
    closed open opens closes holidays holiday major public bank federal national christmas thanksgiving
    except or by appointment only free under over ages age and up plus year round through to until from
    noon midnight last entry admission admissions general adults adult seniors senior students student
    children child kids youth members member families family military veterans groups per person
    with id""".split()
)

# Who a picture's credit thanks when the site did not take it: a reader who sent it in ("Photo by reader Ana Ruiz —
# thanks, Ana!", "Photo courtesy of subscriber Tom Pike. Thank you, Tom!").
CONTRIBUTOR_ROLES = (
    r"readers?|subscribers?|listeners?|viewers?|members?|followers?|contributors?|neighbou?rs?"
)
# What a reader is asked to write back with: the site's own call, "E-mail me with your stories and corrections!"
WRITE_IN_WITH = (
    r"stories|story|tips|news|photos|pictures|memories|questions|comments|corrections|feedback|ideas|thoughts"
)
# What a reader has with the site itself, as its furniture asks questions about it ("Questions about your subscription can
# go to Customer Service at …"): a paper's, a shop's or a service's dealings with its reader, not a thing a story concerns
# ("your February statement" from a co-op to its members, "your assessment" from a township).
READER_ACCOUNTS = (
    r"subscriptions?|accounts?|membership|delivery|deliveries|orders?|passwords?|log-?in|sign-?in|profile|billing|"
    r"payments?|newsletters?|e-?edition|digital access|privacy|data"
)
# The verbs a story reports speech with, as it leads into a speaker's quotation ("Curator <Name> said building the show
# around it was an easy decision."): a saying, not a writing the story narrates ("<Name> wrote down every boat").
SPEECH_VERBS = r"said|says|told|tells|added|adds|asked|asks|explained|explains"
# The desks a site answers its readers from, as its furniture sends questions there ("Questions can be directed to
# Customer Service at 1-800-…"): the site's own, not an office a story's questions go to ("the Town Clerk").
READER_DESKS = (
    r"customer (service|services|care|support)|reader (service|services|support)|subscriber (service|services)|"
    r"circulation|help ?desk|support|advertising|newsroom|news ?desk|editors?|webmaster"
)
# What a club's or a body's notice says is open for the reader to send in, as it closes a report of its own event
# ("Entries for the Summer Open are now open. Contact the tournament secretary on …"): the way into an event of the
# story's own, not the site's dealings with its reader.
OPEN_ENTRIES = r"entries|entry forms|registrations?|bookings|applications|nominations|sign-?ups"
# A reader's own entry in a report's listing of its event, as a club's results report asks for one it left out ("If
# we've missed your result, email … and we'll add it to the table"), and the listing it goes into: the story's table,
# not the site's pages ("your event" and "the calendar" are a listings desk's).
LISTED_ENTRIES = r"results?|times?|finish(ing)? times?|scores?|placings?|positions?|names?"
REPORT_LISTINGS = r"table|results|results table|list|standings|rankings|scores|honou?r roll"
# The errands a reader runs with the site itself, as its furniture sends them to a person or a desk ("To advertise,
# contact sales manager <Name> at …", "To report an error, e-mail …"): the site's business, not a thing a story's
# readers are told to register for or ask about ("To register for a workshop, contact …").
SITE_ERRANDS = (
    r"advertise|subscribe|unsubscribe|renew|place an? (ad|advertisement|classified|obituary|notice)|submit|"
    r"report (an? )?(error|typo|mistake|problem with)|request a correction|suggest a story|share a (news )?tip|"
    r"send (us )?(a )?(news )?tip|buy (a )?reprints?|republish|license"
)
# The errands a reader runs with a body's press office, its fundraising or its writers, as its furniture sends them to an
# address ("To arrange an interview with an Institute expert, contact media@…", "If you'd like to support this work,
# email …", "To reach the author, email …"): the site's dealings with the press, its donors and its readers, not an
# errand of the story's own ("To book a hygiene visit, call Field Services …").
SITE_SIDE_ERRANDS = (
    r"(arrange|request|schedule|book|set up) (an? )?(media |press )?interviews?|support|donate|give|sponsor|contribute|"
    r"write for|partner with|advertise|contact|reach|get in touch|talk to|speak (to|with) (the|our|an?) "
    r"(author|writer|reporter|editor|expert|spokes\w+)"
)
# What a service's notice promises alerts of, the changes to come to what it just told ("Sign up for text alerts to get
# notice of any further changes"): more of the notice's own news, not the site's stream of news ("breaking news",
# "updates", "the latest").
FURTHER_CHANGES = r"changes|closures|cancellations|delays|disruptions|outages|detours|schedule changes"
# The names a site gives itself in a line about itself ("This site is maintained by …", "This page is kept by …").
SITE_SELF_NAMES = r"site|web ?site|web ?page|page|home ?page"
# How a heading over a listing of the site's other pages opens ("Other routes", "More closures", "Related notices").
OTHER_PAGES = r"other|more|related|see also|elsewhere"
# What a shop's button offers under a post ("Shop the <Glaze> collection", "Shop our spring range").
SHOP_RANGES = r"collection|range|line|edit|sale|store|shop"
# What a box's heading calls the shop it sells from ("From the sanctuary shop", "New in our gift shop", "Online
# store"), as a charity's, a museum's or a club's newsletter heads the wares it sells beside its news.
SHOP_NAMES = r"shop|shops|store|gift shop|giftshop|webshop|web shop|boutique|merch|merchandise"
# Which issue of a newsletter a line names when it says what will appear there ("… happy for us to use them in the next
# newsletter", "Details in the autumn newsletter"): an issue to come or gone, by its order, its season or its month.
NEWSLETTER_ISSUES = (
    r"next|coming|forthcoming|upcoming|following|future|later|last|previous|spring|summer|autumn|fall|winter|"
    r"christmas|easter|january|february|march|april|may|june|july|august|september|october|november|december"
)

# What a newsletter's reply call asks the reader to write back about, or the issue itself ("if you have a story I
# should be chasing", "if you spot a typo", "if you enjoyed this"): a condition naming none of it is the writer's own
# news ("If you spot the first heron on the pond before I do, …").
REPLY_MATTER = (
    rf"{WRITE_IN_WITH}|tip|question|comment|correction|idea|thought|photo|picture|typo|error|mistake|anything|"
    r"something|this|issue|newsletter|e-?mail|edition|column|letter|enjoy(ed)?|lik(e|ed)|lov(e|ed)|hate(d)?|"
    r"miss(ed)?|want|need|wonder(ed)?|know|heard?|agree|disagree|subscribe(d)?|forward(ed)?|share(d)?"
)

# What a newsletter's writer owns up to under "if I …" when asking the reader to write back about the issue: "if I got
# something wrong", "if I missed anything", "if I've made a mistake" (a slip of the writer's own in what was just read).
WRITER_SLIPS = (
    r"(got|get|['’]ve got|have got) (something|anything|it|that|a (\w+ )?(fact|name|number|figure|detail)) wrong|"
    r"(missed|['’]ve missed|have missed) (something|anything)|(made|['’]ve made|have made) (a|an|any) (mistake|error)"
)
# The same slip as the reader would find it: "if you spot something I got wrong", "if you catch a mistake I made", "if
# you see anything I missed" (what the reader finds, then the writer's own doing of it; "if you spot a pothole" is not
# the writer's slip).
READER_FINDS = r"spot|see|find|catch|notice|come across"
WRITER_SLIPS_FOUND = (
    r"(something|anything|an? (\w+ )?(mistake|error|typo|fact|name|number|figure|detail)|any (mistakes|errors))"
    r"( that)? I(['’]ve| have)? (got wrong|get wrong|missed|made|messed up)"
)

# What a newsletter's writer says they will do with the readers' replies in an issue to come ("I'll round up the best
# ones next Thursday", "we will answer a few in next week's issue"): the issue's own promise of a readers' column.
REPLY_ROUNDUPS = (
    r"round (them |those |these )?up|answer|share|print|run|publish|feature|collect|tackle|address"
)

# A gallery's note on how to see its pictures bigger ("Click photo for larger version.", "Click any photo to enlarge."):
# the pictures it names, and the view a click gives.
PICTURE_NOUNS = r"photos?|photographs?|pictures?|images?|thumbnails?|pics?|slides?"
LARGER_VIEWS = r"larger|bigger|full[- ]?size[d]?|full[- ]?screen|high[- ]res(olution)?|enlarged|zoomed"

# A summary box's label above the text, run into its one sentence ("Quick take: A village in Nagano has converted its
# former school into a coworking space …"): what a site calls the line that sums the story up before it tells it. (Not
# a smart-brevity page's own labels, "Why it matters:", "The big picture:", which open the text's paragraphs.)
SUMMARY_LABELS = (
    r"quick take|in brief|in short|the gist|tl;? ?dr|at a glance|in a nutshell|the short version|short take"
)

# What a template's class calls the line under the headline that sums the story up, a word of the class's own
# ("article__deck", "story-dek", "c-standfirst", "entry-subtitle"): the names every CMS gives the standfirst.
STANDFIRST_CLASS_WORDS = r"deck|dek|standfirst|strapline|subtitle|subheadline|sub-headline"

# A bullet summary's heading above the story ("What to know:", "Key takeaways", "The short version"): what a site calls the
# list of the story's points it sets between the byline and the text.
BULLET_SUMMARY_HEADINGS = (
    rf"what (you need|to) know|need to know|key (points|takeaways|facts)|(the )?takeaways|(story )?highlights|"
    rf"(story )?summary|the essentials|the rundown|{SUMMARY_LABELS}"
)

# What a page's print or download tool calls the page it prints ("Print this article", "Print this bulletin"): the
# kinds of page a site prints, a newsroom's, a club's or an office's.
PRINTED_PAGES = r"story|article|page|post|item|report|bulletin|newsletter|issue|release|notice|recipe"

# The short button an old site closes a teaser with, leading to the page that tells the rest ("… will be accepted. More
# info...", "Full details »"): besides the calls to read on (``page_rules.READ_ON``), the words for more of it.
MORE_BUTTONS = r"more info|more information|more details|full details|see details|view details|click for more"

# What a forwarder's note calls the message it forwards when that is a news story ("This ran in the Record this morning.
# … your numbers are in the story."): the story, the article or the piece, or what ran in a paper. A note over a notice
# or a release it passes on ("passing this on from the parish clerk") names none of it.
FORWARDED_STORY = (
    r"(the|this|that|today's|today’s|this morning's|this morning’s|yesterday's|yesterday’s) (story|article|piece|"
    r"write-?up|column)|(this|it) ran (in|on|today|this morning|yesterday)"
)

# The columns a forum's list of threads heads its table with ("Thread | Thread Starter | Forum | Replies | Last Post"):
# a "Similar Threads" or "Latest topics" box of other discussions, each row one of them (two of these at least).
THREAD_LIST_COLUMNS = (
    r"thread starter|started by|topic starter|replies|views|last post|last reply|last poster"
)

# The words a sentence never ends on, the small words that leave it open for what follows (a preposition, an article, a
# conjunction): a line of a plain-text message that closes on one ("The first repair session is planned for") goes on
# in the next line ("April 13."), however short that is.
OPEN_ENDS = r"a|an|the|of|for|to|in|on|at|by|with|from|into|onto|upon|and|or|but|nor|than|as"

# What a market page's note says is delayed ("Quotes delayed at least 15 minutes."): the figures a quote strip or a
# ticker shows, as a brokerage's, a paper's markets page or a portal's widget names them.
DELAYED_FIGURES = r"quotes?|quote data|prices?|price data|market data|stock data|data|figures|index levels"

# The buttons under each message of a group's or list's archive as its web view prints them, one run of words ("Reply
# all Reply to author Forward").
MESSAGE_BUTTONS = r"reply|reply all|reply to all|reply to author|reply to sender|reply privately|forward"

# The buttons of a web ring's bar, stepping to the ring's other sites ("[Prev] [Random] [Next] [List Sites]"), as the
# ring services and every ring's own script print them, or naming the site they step to ("[Previous Site] [Random]
# [Next Site]").
RING_STEPS = (
    r"prev|previous|next|random|skip|skip it|skip prev|skip next|prev 5|next 5|list|list sites|list all|join|"
    r"join now|join the ring|ring hub|hub|home|prev site|previous site|next site|random site|skip site"
)

# What a body's nondiscrimination statement calls it ("… is an equal opportunity provider and employer.", "An equal
# opportunity educator and employer."), as the employers, schools, co-ops and agencies bound by the equal opportunity
# rules word it under every page.
EQUAL_OPPORTUNITY_ROLES = (
    r"(service |program |programme )?provider|employer|educator|institution|lender|agency|organi[sz]ation"
)

# A bank's regulatory membership tag closing its advertisement or a sponsor line ("… Hometown Savings Bank. Member
# FDIC."): the verbless marks a bank, a credit union or a broker must print beside its name.
BANK_MEMBERSHIPS = (
    r"member fdic|member sipc|member finra(/sipc)?|member finra and sipc|equal housing (lender|opportunity)|"
    r"(federally )?insured by (the )?ncua|nmls( id)?( #| no\.?)? ?\d+"
)

# A showing's slot in a venue's schedule: the day, short or whole, then its clock time ("Fri 7:00 pm", "Saturday 2
# p.m."), the way a box of show times, screenings or performances lists them.
WEEKDAYS = (
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)

# What a mailing list's archive page counts beside a message ("Recent Activity: 4 New Members · 2 New Files", "Messages
# in this topic (3)"): the group's own new members, files and posts, never the message's text.
GROUP_ITEMS = r"members?|files?|photos?|messages?|posts?|links?|events?|polls?|topics?|albums?"

# The label a site prints on a summary its software wrote ("Key Points AI-assisted summary", "AI-generated summary",
# "Summary generated by AI"): the box is the site's machine reading of the story, not the writer's text.
MACHINE_SUMMARY_LABELS = (
    r"\b(ai|machine|automatically)[- ](assisted|generated|written|created|powered) (summary|summaries|takeaways|"
    r"key points|highlights|bullet points)\b|\bai summary\b|\b(summary|takeaways|key points|highlights) "
    r"(generated|written) (by ai|automatically)\b"
)

# What a station or a paper asks its readers to send in of an event it covers ("Send us your storm photos"): the
# pictures and clips a site's upload page takes.
READER_MEDIA = r"photos|pictures|pics|videos|footage|images|clips"

# A run-in kicker put as a question the paragraph after it answers, over an explainer set among the text ("Did you
# know? <Species> are sometimes called …", "Why now? The lease runs out in June."): the trivia kicker and the
# questions a fact is the answer to. A call's kicker asks after the reader's wants ("Like this story?", "Got a tip?",
# "Want more?"), none of these.
ANSWERED_KICKERS = r"did you know|why|what|how|when|where|who|which"
# The words a message's writer closes on, alone on a line as a name would be ("Thanks", "Cheers", "Regards"): a word of
# these under a post signs it with no name.
SIGN_OFF_WORDS = (
    r"thanks|thank|thx|ta|cheers|regards|best|love|sincerely|warmly|yours|cordially|respectfully|bye"
)
# What a charity calls its standing appeal for goods under its heading ("Our Wish List", "Amazon wishlist", "Shelter
# needs list").
WISH_LISTS = r"wish ?lists?|wishlists?|needs list"
# The words a sentence puts before the noun it lists, leading into the list under it ("Awards fall into three
# categories:", "The plan names the following topics:"): a count or a pointer, which no metadata label follows.
LIST_LEAD_COUNTS = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|these|those|the following|following"
)

# The readers a newsletter's paid tier is for, named as the label of a note to them ("Paid members: below the line you'll
# find …"): the plan and who is on it.
PAID_READERS = r"(paid|paying|premium|founding) (subscribers|members|supporters)"
# The rest of a newsletter's readers, set against its paid tier ("Paid members get it in their inbox; everyone else gets
# the first three questions."): those the paywall holds back.
FREE_READERS = (
    r"everyone else|everybody else|the rest of you|all other readers|free (subscribers|members|readers)"
)
# What a newsletter's paid tier gets with an issue, over what the free letter gives ("Paying members also get this week's
# extra: …"): the paywall's part of the letter, never a thing of the story's.
ISSUE_EXTRAS = r"extras?|bonus( (post|episode|section|edition|content))?|add-ons?|members['’]? extra"
# What a newsletter calls the issue a reader is asked about ("What did you think of today's issue?", "How did you like
# this edition?"): the letter itself, never the story's matter.
ISSUE_NOUNS = r"issue|edition|newsletter|e-?mail|letter|dispatch|digest|roundup"
# The parts of a discussion group a reader's permissions name ("You do not have permission to delete messages in this
# group", "… permission to view the original message"): a group's or a forum's own notices, never a story's.
GROUP_PARTS = r"group|forum|board|list|topic|thread|conversation|messages?|posts?|original message"
# What the public sends a public body about a matter before it decides ("Written comments go to the city clerk at …",
# "Public testimony can be e-mailed to …"): a hearing's or a consultation's submissions.
PUBLIC_SUBMISSIONS = r"comments?|testimony|submissions?|objections?|statements?|feedback"
# The site's own matter, as its furniture sends questions about it to a desk ("Questions about obituaries can be directed
# to …", "… about our coverage …"): what a paper, a blog or a newsletter publishes, not a thing a story's questions are
# about ("Questions about leaf collection can be directed to Public Works …").
SITE_MATTERS = (
    r"site|web ?site|pages?|stor(y|ies)|articles?|newsletters?|papers?|blogs?|posts?|coverage|content|ads|"
    r"advertisements?|obituar(y|ies)|classifieds?|corrections?|reprints?|letters|comments|tips|photos|columns?"
)
# The words that set a thing before its noun ("your statement", "any delivery", "the closures"): a thing named with one
# is no thing named bare.
THING_DETERMINERS = (
    r"the|this|these|that|those|a|an|any|all|some|each|every|your|our|my|his|her|their|its|it|them|anything|"
    r"everything|something|nothing"
)
# The reader's dealings with the site itself put as what they would be doing, as its furniture sends questions about them
# on ("Questions about advertising can go to sales manager <Name> at …"): the site's business, not an activity of the
# story's own that its questions are about ("Questions about vending or volunteering can go to events coordinator …").
SITE_ERRAND_ACTIVITIES = (
    r"advertising|subscribing|unsubscribing|renewing|billing|ordering|shipping|donating|giving|sponsoring|"
    r"contributing|submitting|pitching|reporting|commenting|publishing|reprinting|republishing|licensing|partnering|"
    r"logging|signing"
)
# Who a social platform's post reaches, as its audience line counts them under the post ("Posted to <Neighbourhood> and
# 12 nearby neighborhoods"): the platform's own parts, never a place a story names.
POST_AUDIENCES = r"neighbou?rhoods|groups|communities|circles|pages|feeds"
# What a body's motto says it does, the verb in -ing opening the line under its name and closing on the year it began
# ("Preserving the Family History of <County> Since 1974", "Promoting the <Breed> in <Region> since 1952").
MOTTO_DEEDS = (
    r"preserving|promoting|protecting|celebrating|conserving|documenting|recording|sharing|supporting|championing|"
    r"connecting|educating|informing|uniting|honou?ring|restoring|encouraging|advancing|representing"
)
# The press named as the public a line sends on to an office, a press office's own words ("Members of the media should
# contact …", "Reporters who would like to visit … should contact the media office …").
PRESS_PUBLICS = (
    r"members of the (news )?(media|press)|(the )?(news )?media|(the )?press|reporters|journalists|editors|"
    r"broadcasters|news (outlets|organi[sz]ations|crews)"
)
# The desks that answer the press or run the site itself, as a line calls them by the hours they keep ("call our press
# office on …, 9am to 5pm, or email …"): never a service's desk a notice sends its public to ("our bookings team").
PRESS_DESKS = r"press|media|news|newsroom|news ?desk|editors?|editorial|communications|advertising"
# The people of a newsroom as the outlet names its own in the first person ("Our reporters live here …", "our
# journalists"), after its record of covering a place.
NEWSROOM_STAFF = (
    r"reporters|journalists|newsroom|writers|editors|staff|correspondents|photographers|news team"
)
# How a letter greets its readers on its first line ("Dear friends,", "Hi everyone,", "Hello again,"): a newsletter's,
# a charity's or a club's letter set as an e-mail, the greeting closing on a comma.
LETTER_GREETINGS = r"dear|hi|hello|hey|greetings|good (morning|afternoon|evening)"


# What a place's hours line says it opens for, after "Open for": "Open for adoptions Wednesday through Sunday, noon to 5
# p.m." (a shelter's e-mail footer), "Open for tours …", "Open for walk-ins …" (``page_rules._HOURS_LINE``).
OPEN_FOR = r"adoptions?|visits?|visitors|viewings?|tours?|browsing|walk-ins|drop-ins|business"

# Whom a club's standing invitation says are welcome at its meetings: "Visitors are always welcome on club nights",
# "Newcomers and beginners are welcome" (``page_rules._CLUB_INVITATION``).
CLUB_NEWCOMERS = r"visitors|newcomers|new members|beginners|guests|non-members|new faces|prospective members"

# How a teaser's blurb closes on the call to click through to the story it stands for ("Find out why she says it's the
# best day of her week.", "Meet the team who turned a Friday afternoon into a habit."): a card's last sentence sending
# the reader on to another page (``page_boxes.drop_teaser_cards``).
TEASER_CALLS = r"find out|discover|meet|learn|see|hear|read|watch"
