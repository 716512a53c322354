"""Reading the article out of a web page: main text, title, author, date, site name.

This module runs the steps in order and builds the ``Article``; each step lives in its own module:

1. ``bot.web.page_tree``: the page parsed once and refused past the work bounds (``MAX_ELEMENTS``
   elements, ``MAX_MARKUP_CHARS`` of markup besides script code: ``LinkError("page too big to read:
   …")``), the boxes that are never the article pruned (``bot.web.page_boxes``: small boxes whose
   class/id names their role, a call to action's "cta" among them, guest books, offer boxes with a
   price and a call to buy, one-paragraph prompts with a button, teaser cards, a thread's replies, the
   wall of posts beside a posting form, a heading over a list of links, a sponsor's box, a poll's radio
   buttons, a card titled by a link to another page, a form the reader types into, a caption closing with
   its credit beside a picture, a box of paid ``rel="sponsored"`` links), and the page read
   as a reader sees it (a bare text ``<div>`` is a paragraph, a layout table's columns are blocks, a
   feed of sibling ``<article>`` posts is one text, a picture story's slides are paragraphs of their
   captions, a story set as sibling text blocks of one class is read whole).
2. ``trafilatura`` finds the main text (comments left out: a commenter's words are not the article's
   quotes); ``bot.web.page_lines`` cleans it (``clean_extracted``, with the one-line rules
   ``PAGE_RULES`` of ``bot.web.page_rules``: ``furniture_rule(line)`` names the one that removes a line, and
   ``bot.web.page_mail``'s passes over a list archive's e-mail: its footer, quoted messages and signature).
3. ``bot.web.page_merge``: the blocks trafilatura's precision mode (and, on a thin page, its recall
   mode) finds beyond its default are merged in (``merge_missing``); on a page with no article container holding the
   text (``_has_container``), so are the recall mode's list items between two paragraphs of prose (or under a lead-in
   closing on a colon, when the items are sentences, or under a section's subheading); a block the page
   shows only outside its one main box, when the text is read inside it, is not (``page_tree.without_side_blocks``).
4. ``bot.web.page_tree.without_dialog_lines``: the lines of a pop-up (hidden on load or modal) are
   dropped; ``without_key_points``: so are those of a key-points box above the text that the paragraphs tell
   again; ``without_contact_boxes``: and those of a press office's contact box after the text.
5. ``bot.web.page_data``: a page whose HTML still gives too little is read from its JSON data;
   ``bot.web.page_posts``: a discussion page's, from the post its submitter pasted the article into.

The cleanup removes, by general rules and never by any site's own words, what trafilatura still lets
through on real news pages:

* furniture lines ``bot.text.clean`` already knows (share bars, "Sign up for our newsletter", copyright,
  photo credits, bylines…);
* metadata lines: "Category : …", "Tags: …", "Filed under …", a date on a line of its own, a
  "date | categories | View Comments" bar, comment-count buttons;
* calls to action: subscribe / log in / newsletter / download-our-app prompts, recognised by such a
  word together with a word addressed to the reader ("you", "our", "please", "!") or in an imperative
  ("Subscribe today");
* a paywall notice ("To view the full story, please subscribe…") and everything after it;
* small print: rights lines, "views expressed…" disclaimers, "contributed to this report" credits between a
  wire's separators, press-release labels ("For immediate release", "###"), newswire trailers ("View original
  content…", "SOURCE Acme Corp"), lines giving a contact e-mail (not a sentence telling the public whom to reach);
* reading times ("7 min read") and cookie notices in the site's own voice ("We use cookies…");
* list items cut short with an ellipsis ("… Wikipedia": teasers of other pages) and a closing author
  tagline ("Jane Doe is a lecturer in…" as the last paragraph);
* short list items (action bars: "Share", "Save", "Cite") before the first paragraph;
* photo captions that place people "(left)", "(right)", "(centre)", "(l-r)"; "(pictured)" only in
  a line that reports nobody's words.
* promotion labels ("WATCH: …"), photo credits, sponsor reads, site credits and forum statistics, a
  newsletter's e-mail trailer, paywall offers ("Keep reading for just $1");
* short labels above a repeated headline (kicker, badge, the lead photo's credit) and a pull quote
  read twice;
* a press office's contact block after the text, a label left with nothing after it ("Date
  modified:") and the heading over a run of links;
* widgets' lines (a player's clock "0:00 / 47:12", "Was this page helpful?", a republishing licence,
  "Click here to report a typo", "X reblogged this from Y", "Tried this recipe?"), provenance notes and
  legal boilerplate ("appears in print on …", "published from a syndicated feed", "forward-looking
  statements", "not investment advice"), a line as long as a paragraph that is wholly a link, and a
  read-on link closing a paragraph ("… See all galleries in the series");
* the gate over a comment form ("Log in or register to post comments"), a reporter's closing tagline
  ("Jane Doe covers energy for The Ledger"), a call to download the app in a later sentence, the note
  under a machine-written summary ("These takeaways are AI-generated …"), an agency desk's initials
  ("lr/mv/jg"), a player's controls left as text ("Video Player Close"), an appeal closing with its call
  ("… Become a supporter."), an advertisement's placeholder ("This advertisement has not loaded yet …")
  and a short label the template repeats between paragraphs ("Article content", three times or more);
* a call to follow the outlet on a platform ("Follow X on WhatsApp …", "… Follow her on X @jdoe"), an
  editor's credit ("Edited by: Jane Doe"), "Originally published as …", a betting site's notices ("Please
  gamble responsibly", "18+ only"), a table of contents' heading, a creator's sponsor box and the writer's
  card after the text ("Written by" over a name and a bio), an appeal closing "Become a <Outlet> member." or
  "Help us keep going.", the site's "For feedback …, contact us." and a machine-translation note;
* a box of a short label and links ("Read more: <link> <link>"), a call to get the outlet's news ("Track
  Latest News Live on …") or to go on in its app ("Continue reading on the … app"), an expander's "Show full
  article", a player's "Duration: …", "Related video: …", the site's comments policy, a hit counter
  ("Visitor Counter : 1462"), a sponsor line ("X is proudly supported by Y"), an ad under its label ("TEXT
  AD: …"), an appeal to the reader for journalism, an alert banner ("… View All Alerts") and a notify-me
  call ("Receive email or text alerts …");
* text-size buttons ("Normal text size …"), a tip line's "Find a typo?", a promotion card closing on its
  button ("… Request a demo", "Start your free trial today."), a card's button link alone on its line with
  its short pitch, a shopping card's "$129.99 at Amazon" with the product above it, a contact heading
  offering interviews, a Trust Project content-type note and a university's own ranking;
* a sponsor's box under a bare "Powered by" over the sponsor's logo (``page_boxes``) and an affiliate
  disclosure in the site's voice ("… through our links, we may earn an affiliate commission");
* an editor's date stamp ("Last edited December 1, 2026"), the licence a site puts its own work under ("This
  work is licensed under a Creative Commons … License"), a regulatory announcement's tail (its news service's
  "This information is provided by RNS, the news service of …", a privacy notice with "our Privacy Policy",
  the service's message code "TSTFLFSSVIIFLIR"), a disclaimer turned round ("Nothing on this page is
  investment advice") and a recirculation box's heading left alone ("Related stories", "Most read");
* a numbered advertisement slot's label ("Advertisement 2") and a station's sign-off sending the reader on
  ("For the latest news, weather, sports, and streaming video, head to KTWO News 4."); before trafilatura
  (``page_boxes``), a small box of a heading and link cards ("MORE COVERAGE") and one whose class names a
  promotion ("promo-block");
* before trafilatura (``page_boxes``), the action bar closing each of a run of look-alike entries (a live
  blog's "Share" under every post: buttons or links that lead nowhere); and kept, a picture story's
  captions (``page_tree``: three or more captioned slides near the headline, as many as the paragraphs);
  before trafilatura too, a list of short labelled fields ("Journal: …", "DOI: …", a poster's "Joined: …")
  with the heading over it, and a small "About <name>" box outside the article's container (the site's
  or the writer's card: "About Kestrel Inquiries" over a line), and a small box whose class names reader
  support ("support-box": "… is listener supported. … become a supporter for $5 a month"), and a player's
  chapter list (items opening with time codes from "00:00") with its heading;
* a date alone on its line with a time or a player's duration after a dot or bar ("December 1, 2026 · 47:12")
  and a player's transcript toggle ("Read transcript"); a title the page sets on two lines, a label over the
  headline that the title joins ("Episode 118" over "The night the dam almost broke"), goes as the title.
* before trafilatura (``page_boxes``), a call to action's box named by a data attribute rather than its
  class (a page builder's ``data-framer-name="CTA"`` over hashed classes: a pitch, a line and "Talk to our
  team" after the story), and a paragraph that is nothing but a button whose class names a cta (HubSpot's
  ``<span class="hs-cta-wrapper">`` around "Download the full report"; a cta link inside a sentence stays);
  and the small block (200 characters, no heading) around a link to this page in another language, a
  ``hreflang`` other than the page's ``lang`` on the site's own link or one of the page's ``<link
  rel="alternate" hreflang>`` versions: a bilingual story's "Leer en español" toggle, its "¿Prefiere leer en
  español? Lea esta historia en español aquí." reminder, a language bar.
* a tip line's call for the reader's pictures ("Do you have a photo or video of a breaking news story? Send it
  to us here …": a question to the reader, then the call to send it to "us"), a call to pass this story on
  ("Share this story on WhatsApp and Facebook to keep your friends informed."), a link's label run into a short
  call with no stop before it ("… for breaking news updates Click here"); and before trafilatura
  (``page_boxes``), a small "About <name>" box inside the article's container when the name is the site's own
  (``og:site_name``, the JSON-LD publisher, the title after the headline: "About the Kessler Institute" on
  "… | Kessler Institute for Plant Science").
* before trafilatura (``page_boxes``), a caption beside a picture closing with its credit ("… on Tuesday.
  (Yonhap)", "… FNA file photo") and a reader-support box under a prefixed class ("fdn-support-box"); and a
  newsletter's sign-off among the last lines ("That's it for today. Reply to this email …") with the signature
  and the masthead's credits under it.
* before trafilatura (``page_boxes``), a station's funding credit ("underwriting-note") and a site-wide alert bar
  ("alertCenterBar") by their class, a sources list under a "sources" class part, a premium lock whose offer is a
  discount ("Subscribe now — 50% off your first year"), a label block over one link ("MORE FROM …" over a
  headline) and a run of picture cards (a speaker's photo, name and role) with its heading; and a transcript's
  note ("Accuracy and availability of … transcripts may vary"), a callout's "We want to hear from you" with the
  question to the reader over it, and a sponsor's credit left with no name ("JIS News | Presented by:").
* before trafilatura (``page_boxes``), a caption or credit beside a picture by its class ("imageCaption",
  "imageCredit") and a summary list between the headline and the byline (a tabloid's bullets, an "abstract"); and
  a credit naming who supplied the story ("Provided by <Name>"), a labelled reference to a paper ("More
  information: … DOI: …", "Citation: … retrieved <date> from <address>"), a page's copyright notice ("This document
  is subject to copyright …") and a channel's call to watch the news ("Watch the latest news on Channel 7 …").
* before trafilatura (``page_boxes``), a call box whose button is styled as one by its class ("pb-btn": "Select a
  badge color and size") and a sponsor's box in an e-mail's table cell, under the sponsors' thanks ("Thank you to
  our 2026 Downtown Partners"); and an appeal's call closing on where to give ("Become a monthly supporter at
  example.org/support."), a caption closing "Photo courtesy <Name>.", a hosting service's "Try … for free today!"
  and the comments' heading left over their count ("Comments (2)").
* before trafilatura (``page_boxes``), a paragraph wholly in italics right under a picture (a blog's caption), a post's
  notes list ("X liked this", "X reblogged this from Y and added: …", with the replies among them), a bulleted list of
  labelled fields with its heading (a spec box's "Base price: $44,995") and a credits box by its class part
  ("episode-credits"); and an agency's hyphenated desk initials ("sv-th/dan"), a live blog's status note ("This live
  blog has ended. …"), a role credit ("Writer: Lindsey Harrod"), a transcript's and an interview's editing notes
  ("produced with speech recognition software", "edited for length and clarity"), a masthead bar set with middle
  dots ("… · Issue No. 142 · December 2, 2026"), an appeal to become a supporting reader and a "views … do not
  constitute … advice" disclaimer, and the reblogger's words on the line under "… and added:".
* before trafilatura (``page_boxes``), a closing "About <the site's name>" section of the text's box (a release's
  boilerplate), a table of labelled fields ("Contact: …", "Phone: …"), boxes whose class part names a funding credit,
  an accessibility note or an e-mail's preheader, a run of readers' replies beside the text (avatar, "@handle", date),
  persons' cards with their bios ("Creators and Guests") and an italic tagline closing the text with a phone number or
  a web address; and an excerpt's editing note ("This is an excerpt from the episode, edited for length and
  clarity.") and an issue's sponsor label over its sponsor ("Today’s Brief is supported by").
* an agency's sign-off with its name and the year ("CMC/ir/kb/2026"), a gate naming a plan ("exclusive to Pro
  subscribers") with the pitch after it, a live page's "This page updates automatically" note, a distribution
  service's notes on its releases ("“as is” without warranty", "our editors review every release") and a page's
  review stamp ("Page last reviewed: …").
* before trafilatura (``page_boxes``), a call to action's box named in camelCase ("JoinCta_wrap"), and a paywall's
  teaser named by who may read it ("subscriber-preview") kept as text; an agency's "This report by … was first
  published …" (the date alone: only when set apart by its class, below), a live page's "You’ve reached the first update on this page.", a "With reports from …" credit, a
  newsletter's tip call answered by a reply and its "sent to you" / "forwarded to you" trailer, a notes page's note on
  what it is ("These notes are a summary of the meeting written by …"), and among the last lines a show's credits
  ("<Show> is produced by …. Music by ….") and a release's closing "About <Name>" boilerplate.
* before trafilatura (``page_boxes``), a small classed fact box among the text's paragraphs, a heading over a line or
  two that are no sentences and no list ("FY2026 at a glance" over "Containers: 1,420,000 | …", a player's card); and a live page's time-only stamp ("Last updated 10:42 p.m.") and an issue's sponsor slot named by
  its week ("This week's issue is supported by …").
* a gate's heading "This article is for <Plan> subscribers" (the paywall cut, with its pitch), a transcript's heading
  with its note in brackets ("Transcript excerpt (auto-generated, lightly edited)"), an appeal's heading naming the
  outlet ("Keep the Report free for everyone"), a newsletter's "You received this because you subscribed to …" and the
  editor's signature closing with a call to reply ("— Maggie Lund, editor. Reply to this email …").
* a sponsor's label after a short label of what is paid for ("Live coverage sponsored by"); before trafilatura
  (``page_boxes``), a disclaimer under its class part ("pr-disclaimer", a box or a paragraph), a show's sponsors under
  the plural class part ("episode__sponsors"), a call box whose heading addresses the reader ("Publish your press
  release" over its pitch and "Submit now") and a bare sponsor label over a pitch in the sponsor's voice ("SUPPORTED
  BY" over "… Stop by our office …").
* a mirror's note on the agency it took the story from ("This article was sourced from Reuters. …"), a release's number
  ("Release ID: 23815547"), an editing note with where the full transcript is ("… The full transcript is available to
  supporters."), a sentence's call to subscribe at a price per period ("…, or subscribe for $48 a year."), a table's note
  closing with the table's credit ("… Official chart courtesy of Equibase."); and before trafilatura (``page_boxes``), a
  teaser card whose read-on link stands after its paragraph ("Market Pulse" over a figure and "See all commodity prices").
* before trafilatura (``page_boxes``), a live blog's share bar with a short label of its own ("Share this post" beside
  its buttons, under each post), a caption by a short class part ("img-cap"), a box under "This week's sponsor" and a
  titled card with a button styled by its class ("Claiming a Prize" over its paragraph and "How to Claim"); a release's
  "About <Name>" after its contacts saying what the company does ("… Oy operates …"), a typo note put as a condition
  ("If you notice a mistake, … press Ctrl+Enter to let us know.") and a podcast host's note ("Hosted on Acast. See
  acast.com/privacy for more information.").
* a paywall's heading naming the plan ("Continue reading with a Grainlines Weekly subscription", with the pitch after it),
  a release's "About <Name>" boilerplate opening with when and where the body began ("Founded in 1979 in Yakima, …
  provides …") or under an acronym its first words spell ("About CBNL" over "Columbia Basin National Laboratory draws
  on …"), a press office's contacts under "Further information", a show's credits with a second role ("… is produced by
  … and edited by …") or right over the transcript's heading, a masthead line opening with the issue's number ("Issue
  #212 · A free weekly newsletter …") and the link to the writer's page ("See stories by Mirella Tso") under the
  tagline, which then closes the text; after trafilatura (``page_tree.without_key_points``), the lines of a key-points
  box above the text by its class ("key-highlights": its heading and short items) when the paragraphs tell its items
  again.
* a podcast host's privacy line alone ("See omnystudio.com/listener for privacy information."), a feedback form's line
  ("Use this form to send a message to the author of this post. …"), a sponsor's credit after a label of coverage
  ("Kentucky football coverage presented by …") or in capitals run into its pitch ("SUPPORTED BY …"), a newsletter's
  "Know something …? Just hit reply.", a postal address bar closing on its country, an appeal's "Every contribution,
  however large or small, will make a difference.", a contact block under "Department Contact" and a show's people
  list closing the text ("Creators & Guests" over "- Host <Name> …"); before trafilatura (``page_boxes``), the site's
  tagline beside its name linking home in the masthead.
* a results widget's data credit ("Live results powered by … Figures from …") and the writer's card's label left with
  nothing under it ("About the Author"); before trafilatura (``page_boxes``), readers' reviews by their star rating
  beside the text and a clip's title beside its player ("Video" in an element of its own, then the title).
* a chart's or a figure's title under its number ("Chart 1: Share of …"), a note on the series a post belongs to ("This
  post is part of our symposium on …"), how to cite the post ("Suggested citation: …"), the lead picture's caption under
  its label closing with its credit ("Featured image: … public domain.") and a newsletter's referral counter; a line
  that is wholly a link to another page between the headline and the first paragraph, and a recirculation heading's
  list closing the text ("Recommended newsletters").
* a print tool's tip, the page's address under its label ("Source URL: https://…"), a broadcaster's crew credit and its
  pointer to the report's clip, a live page's refresh note, a profile box's line, a letters policy, a free-to-read
  donation pitch, a call to like the outlet's page, a date stamp with the editor's credit, a sponsored section's label
  hanging on "by", a newspaper's own photo credit, the post's own reference under a bare citation label and a bar of the
  page's links under its heading; before trafilatura, an AMP embed's placeholder, a "cutline" caption cell, and a live
  list's entries read with the story's lede above them.
* a wire feed's note that the story was published automatically, a print or e-mail tool's link line ("Click here for a
  printer-friendly version", "E-mail this story to a friend"), an old site's browser note ("best viewed with …"), a
  site footer's bar of its menu and its line about itself, a paper's own photo credit set with a slash ("GAZETTE PHOTO /
  <NAME>"), a drawing's credit closing a caption ("Illustration: <Name>"), a fact-checker's call for claims to check
  and an appeal to help "keep doing it for free"; before trafilatura, a comment section under its heading ("Comments
  (148)") whatever its class, a thread of dated replies nested in one another after the text, a players' ratings table
  under its heading, and a listing of coming events in a rail beside the story.
* a match report's facts ("Referee: <Name>", "Attendance: 6,412"), a nonprofit newsroom's appeal that it depends "on
  readers like you", "Cite this article" as a heading over the post's reference, a pager's "Displaying 1-9 of 9
  updates" and a linked item of a list above the first paragraph; before trafilatura, a small table of one picture and
  its caption and an alert banner above the headline by its ``role="alert"``; and kept, a live blog read whole when
  each post marks its body as the article's, a short sentence in a block of the paragraphs' class and a drop cap's
  letter (``page_tree``).
* a scoreboard's lines above the headline closing on figures in brackets ("… won by 6 wickets (4 balls left)"), an
  old layout's side column of cells above the first paragraph, a counted comments heading run into a reader's
  signature ("Reader Comments (2) farmgirl56 wrote on 6/12/2006 9:14 PM: …"); and kept, a colleague's credit closing
  the story ("… contributed to this report.", gone only between a wire's separators) and a sentence telling the public
  whom to call or e-mail.
* before trafilatura (``page_boxes``), the site's own note labelled by its name or its initials ("RPA note: …" under a
  story a press association reprints); a pager's or back link's line on an arrow ("<< Back to index"), an old site's
  news list run into one line with a date before each link, a layout cell of a calendar's dates ("Community Calendar
  Mar. 17 - …") or of a guest book's entries ("FROM OUR GUESTBOOK …"), a longer side column of cells above the text
  (its cells closing no sentence), a newsletter's call to pass the issue on ("Know someone who would like this?
  Forward it to a friend."), a forum topic's summary line ("There are 5 replies with an estimated read time of 2
  minutes.") and a follow call under a label in capitals ("PAY ATTENTION: Join …'s WhatsApp channel …").
* a table's note closing on its source under a label ("Results as of 11:58 p.m. Source: …"), a bar of bracketed
  buttons with one link to another page ("[ Back to Top ] [ Front Page ] [ Printer Friendly Version ]"), a match
  report's player of the match and scorers ("Tries: Penhallow, Morcombe, Ashdown"), an old layout's side boxes after
  the text (a heading cell in capitals with the cells under it, a cell opening on its heading or label in capitals), a
  line of nothing but labelled prices (a race's tote returns), "18+ Please gamble responsibly." and, on a discussion
  page, the poster's closing note in brackets under the story they pasted (``page_posts``).
* before trafilatura (``page_end_mark``), the headed boxes after the block a release's end mark ("###", "-30-")
  closes (a "Fire safety tip of the month" box under an incident report); a game listing with each side's starter in
  brackets and the time before the day ("Fenwick (RHP Ana Ruiz, 8-7) at Marlow (…), 7:05 p.m. Wednesday, … TV: …"),
  and a box score's notes run together as scoring codes and dashes ("E—Ruiz. 2B—Cole. HR—Pell (11). T—2:31.").
* the outlet's disclaimer of the syndicated copy it carries ("… is not responsible for the accuracy of syndicated
  material.") and an embed's consent placeholder ("This map is hosted by a third party. Click below to accept marketing
  cookies and load the interactive route.").
* a weekly's issue stamp ("Week of September 22, 1999", a date on its own, and so the masthead's bar of it and the
  paper's motto); and kept, before trafilatura, a box of the text's own prose whose class names an attachment
  (``page_boxes``: a release's backgrounder), a list of names each with a phrase in lower case ("Ashby Landing:
  replacement of …") as no record's fields, the ``<article>`` holding the headline and the text rather than one set
  around the page's sections (``page_tree``: a site builder's fixtures table and sponsors strip after the post), and on
  a page with no article container, a list under the story's lead-in closing on a colon ("Other high bids included:").
* before trafilatura (``page_boxes``), a short paragraph closing on a paid link (``rel="sponsored"``) set as a sentence
  of its own ("Where we stayed: … Check prices and availability here."), and a press office's contact box under a
  field's label rather than a heading ("Media contact" over "<Name>, University Communications" and a phone); and kept,
  a short bare ``<div>`` closing as a sentence between two bare ``<div>`` paragraphs (``page_tree``: a blog's "It rained
  anyway."), and a short pull quote crediting a speaker the page names nowhere else, with its credit (``page_boxes``:
  "“A well is a family's whole water supply. …” — <Name>, <Association>").
* before trafilatura (``page_boxes``), a live blog's pinned line between its headline and its first post (a short label,
  "Latest", over one headline closing on no stop); a reader's picture credited and thanked ("Photo by reader <Name> —
  thanks, <Name>!") and the writer's call to e-mail the reader's stories ("E-mail me with your stories and
  corrections!"); and kept, an ``<aside>`` among the text's paragraphs holding two paragraphs of prose or more
  (``page_boxes``: a wine piece's tasting notes, which trafilatura dropped as an aside), and a newsletter's closing "That's
  it for this week." whose reply call follows a condition of the writer's own news ("If you spot the first loon on the
  bay before I do, … just hit reply.").
* a gallery's note to enlarge its pictures, alone or after their credit ("Click photo for larger version.", "Photos by
  <Name>, <Agency>. Click any photo to enlarge."); before trafilatura (``page_boxes``), a comments box whose posts an
  earlier rule took, its heading over the count and the help line left around the emptied list ("Webmentions" over "9
  likes · 3 reposts · 2 replies" and "Replied to this on your own site? …"); and kept, a figure of a quotation crediting
  a speaker the page names nowhere else, between the text's paragraphs (``page_boxes``: a club post's quote block, which
  trafilatura dropped as a figure), and on a page with no article container, a list of sentences under a lead-in that a
  section's subheading opens ("Other Actions" over "In other business, the council:").
* a call to stay connected with the outlet on its platforms or to tag it there ("Tried this recipe?Tag @… on Instagram
  …"), a cricket scorecard's fall of wickets and bowling figures, a paywall's label over its notice ("Subscribers
  only"), a call to text the show ("Text us on 81234 (start your message with NTL) or use #NTLive …"), a gallery's
  "Booking photos courtesy of …" and its label's "(click any photo to enlarge)", a summary box's "Quick take: …" opening
  the text; and kept, a live blog's last post under a sign-off heading ("That's it for tonight") when it reports, a
  paragraph of three sentences naming a newsletter in none that calls the reader, and a short pull quote giving a
  figure the page gives nowhere else (``page_boxes``: "The town saved about $38,000 in the first year, …").
* a posting stamp with its poster and a date with no year ("Posted on Friday, March 12 @ 14:22:10 EST by <handle>"), a
  forum's clock ("All times are GMT -5. The time now is 08:14 PM.") and a member's note above the label of the message
  they forward ("---------- Forwarded message ---------"); before trafilatura (``page_boxes``), the replies under a
  thread's first post when it holds the story, with that post's signature, and a table of other threads under a thread
  list's columns; and kept, a pull quote giving a figure said nowhere else set as an ``<aside>``, and a quote block
  crediting a speaker the story names but gives no words elsewhere ("— Dr. <Name>, <Clinic>").
* a web ring's bar ("<< <Name> Web Ring >>"), a forum's welcome over its posting rules ("Welcome to <Site>! Please
  register to post …"), a site's disclaimer of affiliation over its small print, the banner's motto over an old layout's
  side column, a registration wall's "Continue reading for free" over its notice and a list archive's link to the
  list's page broken over two lines (with the signature above it); before trafilatura (``page_boxes``), a donation
  card whose button holds the price ("Give $35") and the heading and lead-in over a run of cards for other pages; and
  kept, a newsletter's greeting that mentions the subscribe button, a wrapped sentence's short last line ("April 13."),
  and a short pull quote on a teaser a paywall cuts.
* a market page's note on the news it carries ("… are not a recommendation to buy or sell any security") and a bank's
  disclosure under its investment products ("Not FDIC insured. No bank guarantee. May lose value."), a signed-in
  reader's bar ("Welcome back. Last login: … Log Out"), a standings table's date stamp ("Through games of Jan. 21,
  2024"), a page's PDF and print tools ("Download PDF version (212 KB) · Print this bulletin"), a sponsorship's price
  over what the reader gets ("From £12 a month. You’ll receive …") and a log-in prompt with a line on who reads free
  ("Already registered? Log in. Print subscribers get full access …"); and kept, a line naming the newsletter issue
  something will appear in ("… happy for us to use them in the next newsletter …"), a pull quote credited after a dash
  closing it to a speaker the story gives no words elsewhere (``page_boxes``) and a forwarder's note over a forward they
  write on after (``page_mail``).
* before trafilatura (``page_boxes``), a ticket box beside a site builder's button module ("Adults $22 · …" and "Get
  seats for …"), a box among the story's paragraphs closing on a call to read the site's own page ("Planning your trip"
  over "… Read our <guide> before you go."), a run of cards each closing on the same button ("Foster me") with the
  heading over it, and a thread's replies whose stamps give their clock in a tooltip (never a declared live blog's
  entries); and kept, a forwarder's note over a notice it passes on, naming no story and pointing at nothing below
  (``page_mail``).
* a market page's delay note ("Quotes delayed at least 15 minutes. As of …"), a web ring's buttons with its line ("This
  <Ring> site is owned by <Name>. [Prev] [Random] [Next] [List Sites]"), a sponsor's line closing on its bank's tag
  ("… Member FDIC."), a post's hashtags and a blog's blurb about itself with its posting schedule ("<Title> is written
  by <Name>, who … New posts go out …"); before trafilatura (``page_boxes``), a field list's note in an e-mail's table
  cell and a thread's replies stamped the next day; and kept, a list under a section's subheading and a list on a page
  whose first container is a side box (``page_merge``, step 3), a live blog's last post under a sign-off heading with
  two paragraphs of prose, and a quote figure with a sign-up form's paragraph after it (``page_boxes``).
* a body's equal opportunity statement ("<Co-op> is an equal opportunity provider and employer."); before trafilatura
  (``page_boxes``), an italic caption after a break in its picture's own paragraph, and cards whose buttons name their
  own headings ("Biscuit · 2 years · Female" over "Meet Biscuit"), two or more on the page; an old layout's side column
  whose box is named with an exclamation mark ("Scholarships!", ``page_columns``); and kept, a list whose nearest
  elements in its parent are two of the text's paragraphs on a page with no article container, however short they are
  (``page_tree.lists_between_paragraphs``, step 3).
* a web ring's line naming the site a member ("Member of the <Name> WebRing") and a footer's address bar with no postcode
  ("<Society> · P.O. Box 214 · <Town>"); before trafilatura (``page_boxes``), an agency's "This report by … was first
  published <date>." under a class the text's paragraphs lack (as one of them, it is the wire's last paragraph, and
  stays), a card of a heading, two short paragraphs and a styled button between the story's paragraphs ("Plan your
  visit" over the hours and the address) and a sponsorship's offer in an e-mail's table cell ("Sponsor <Name> for $10 a
  month"); and kept, a quote block crediting a writing of a given date ("— <Name>, ledger entry, January 14, 1911")
  though the story tells of its writer writing (``page_boxes``).
* an old layout's cell of a body's standing meetings under a calendar's heading ("| UPCOMING MEETINGS Board of
  Supervisors - 2nd Monday of each month, … |"), a lone box after the text opening on its label in capitals and closing
  on a button to the page telling the rest ("| ALSO IN THE NEWS: … More info... |"), a list message's signature over the
  forward under it (``page_mail``) and a column of boxes beside a headline set in an ``<h2>`` the page's title names
  (``page_columns``); and kept, a body's line sending its members' questions about a thing of their own to an office it
  names ("Questions about your February statement can go to Member Services at …").
* before trafilatura (``page_boxes``), cards whose buttons name their headings after a label closing on a colon ("Adopt
  me: <Name>" over "Meet <Name>", two or more), and on a page listing posts each stamped by a link to a page of its own
  (a group's month archive), the small posts after the first when it holds an article's length; and kept, a
  newsletter's sign-off alone as the text's last line, heading nothing and asking no reply ("See you soon.").
* an old layout's cell of the site's menu, its links run together with a short note under them ("| Home What's New …
  <Section> is under construction. Please check back soon! |"), a footer's address bar with its state spelled out or
  its telephone number after the town ("<Church> • 118 Church Street • <Town>, Ohio 43999 • (740) 555-0126"), a
  webmaster's credit ("Webmaster: <Name>") and a hit counter's label with the day it counts from ("You are visitor
  number since March 2002"); and kept, a line sending questions to an office it names at the office's number
  ("Questions may be directed to the Town Clerk at …"), before trafilatura a quote figure whose speaker the paragraph
  right before it reports and the page quotes nowhere (``page_boxes``), and a table of one cell holding a list between
  two of its paragraphs, read as a box (``page_tree``: an e-mail's "A few other things coming up:" over its list).
* before trafilatura (``page_boxes``), a card selling an animal's symbolic adoption ("Adopt <Name> →" over its price),
  and after it (``page_tree.without_bars_above_headline``), a bar the page sets above its headline outside the
  headline's block ("Field status (updated 7:15 a.m.): All <Park> fields OPEN", a ticker, a breadcrumb); and kept, a
  short pull quote giving the words its paragraph reports ("She said she …" over "“…”", ``page_boxes``) and a line
  sending questions about a thing of the story's to a person under a role in lower case ("… should go to league
  scheduler <Name> at …").
* a newsletter's sponsor line naming its issue's title ("This issue of <Newsletter> is supported by <Shop>, …"), a web
  ring's owner line ("This <Ring> WebRing site is owned by <Club>. [ Previous | Next … ]"), an old site's greeting
  ("Welcome to <Township> on the World Wide Web!"), a newsletter's "You're getting this because you signed up …" and a
  release's "About <Name>: Founded in …, <Initials> is …" run into its boilerplate (``page_lines``); before trafilatura
  the titles under a forum's posters' names ("Well-known member", three or more in one look, ``page_boxes``) and, after
  it, the notes in an old layout's column of the site's menu beside the story's cell ("The Township Board meets the 2nd
  Monday of each month …", ``page_columns``); and kept, a list under a subheading between two paragraphs of an e-mail's
  one-cell table (``page_tree``) and an event's date and hours listed under the story's lead-in closing on a colon
  (``page_merge``: "- Monday, May 26, 1997", read alone as a dateline).
* a body's nondiscrimination notice ("<District> does not discriminate in any programs or activities on the basis of
  sex, race, creed, …", ``page_rules``); and kept, a newsletter's closing line whose reply call comes with the writer's
  promise to answer the replies in an issue to come ("… hit reply — I'll round up the best ones next Thursday.",
  ``page_lines``) and a quote block between two short paragraphs of the story after its prose (``page_boxes``).
* a body's tax status ("A 501(c)(3) not-for-profit organization. All donations are tax deductible.", ``page_rules``),
  a poll set as a list of lone buttons, cards whose buttons name their headings over a line of facts ("3 years · male ·
  orange tabby") and a lone reply answering a thread's first poster by name ("Thanks <Name>. …", ``page_boxes``); and
  kept, a newsletter's closing line asking the reader to say what the writer got wrong ("… if I got something wrong,
  reply to this email and tell me", ``page_lines``) and a short pull quote the next paragraph points back at ("That was
  how <Name> … described his position", ``page_boxes``).
* an old site's "Welcome visitor number 004817" and "This site is maintained by <Name>. Please email the webmaster …",
  a shop's "Shop the <X> collection" (``page_rules``), a forward's framed label and a list digest's header, topics and
  messages but its longest (``page_mail``); before trafilatura (``page_boxes``), cards whose one button sells the thing
  each heads ("Adopt <Name> →", two or more, priced or not), a table of the site's other pages under a heading naming them ("Other routes")
  and a box of a heading, one line and a list of links; and kept, a newsletter's sections in its e-mail's repeated
  table cells and the text after an old page's floated picture table (``page_tree``), an aside of a short heading over
  one paragraph of the story's prose between two of its paragraphs (``page_boxes``) and enquiries about a thing of the
  story's "made to" an office.
* a body's appeal for gifts ("<Name> is a non-profit, all-volunteer organization. … Donations are tax deductible …"), a
  newsletter platform's "This post is for paid subscribers" and a list archive's counts ("Messages in this topic (3)",
  "Recent Activity: 4 New Members · …", ``page_rules``); before trafilatura (``page_boxes``), a venue's box of show
  times under its ticket call; and kept, an old page's story in a ``<font>`` opening before its ``<p>`` children and the
  text after a list (``page_tree``), and a short pull quote the next paragraph points back at by its speaker and when
  ("That was head coach <Name> afterwards", ``page_boxes``).
* a newsletter's call to forward it run into "Was this forwarded to you?", its sponsor slot naming the issue by the
  newsletter's title ("This week's <Title> is supported by <Shop> …"), a live page's feed title ("Latest updates"), a
  station's call for its readers' pictures ("… send us your storm photos at …") and a membership box's pitch ("Your
  membership supports …", ``page_rules``); in trafilatura's pruning, the site's footer named by its markup role rather
  than its tag (a page builder's ``<div data-…-type="footer">``, ``role="contentinfo"``: ``page_boxes``); after
  trafilatura, the lines of a box above the text whose heading labels it a machine-written summary ("Key Points
  AI-assisted summary"), its items told again in the paragraphs (``page_boxes.key_points_lines``).
* a line sending questions about the site to the webmaster ("Send questions or comments about this web site to the
  webmaster.", ``page_rules``) and a box after the text opening on a shout in capitals ("| WE NEED YOU! <Company> is
  always looking for new members. … |", ``page_lines``); before trafilatura (``page_boxes``), a poll whose answers are
  links to one address differing in one field, under its question, and an e-mail's cards whose buttons name them
  ("Meet <Name> →") leading to the sender's site, three or more to one host.
* a text-message sign-up ("Text <KEYWORD> to 38842 … Reply STOP to cancel.") and a download's note closing on "For
  personal use only, please!" (``page_rules``), and a card's button closing its blurb on an arrow ("… Meet <Name> →",
  ``page_lines``); and kept, an errand of the story's sent to a person under a role in lower case at a number ("To
  register for a workshop …, contact conservation technician <Name> at …") and a notice's sign-up for alerts of further
  changes to what it told ("Sign up for text alerts to get notice of any further changes", ``page_rules``).
* a list archive's footer under a rule of "#" ("To unsubscribe from the <LIST> list, click the following link:") and a
  plain-text message's signature block of street and telephone lines under its last sentence (``page_mail``); before
  trafilatura (``page_boxes``), a results box of headings over lists of names and figures ("Barwick 8,412 53.3%")
  before the story's first paragraph and cards whose button block after each sells the thing they head ("Sponsor
  <Name>", an e-mail builder's); and kept, an aside of a short heading over a list of the story's sentences between two
  of its paragraphs (``page_boxes``) and a forwarder's note naming the notice below that goes on to tell the news in its
  own words (``page_mail``).
* a mirrored wire story's "Most Read from <Wire>" heading left over its list (``page_rules``) and a box opening on a
  shout in capitals between the paragraphs when it closes on one of the page's links ("| WE NEED YOU! <INITIALS> is
  always looking for new members. … Click here to find out how to join. |", ``page_lines``); before trafilatura
  (``page_boxes``), an e-mail's two cards whose buttons name them ("Meet <Name> & <Name> →", a feature's label over the
  name) leading to the sender's site when another of the page's links leads there too.
* an old site's cell of headlines under a label in capitals closing on a colon ("| ALSO IN THIS ISSUE: <headline> … |",
  ``page_lines``) and a registration wall's heading "Register to read more" (``page_rules``); before trafilatura
  (``page_boxes``), a list archive's replies under header tables whose "Subject:" cell repeats the message's with "Re:",
  and a labelled series of cards ("HAPPY TAILS: <Name>") whose buttons name each name in one call to read on
  ("Read <Name>’s story →"); a layout table's side cell of blocks each opening on a bold heading ("<b>Group
  Information</b><br>…", ``page_columns``).
* a list archive's sender address spelt with " at " on a line of its own ("<name>.pta at gmail.com", ``page_rules``)
  and a reporter's closing tagline of the beat and a sentence about the reporter ("<Name> covers city hall and
  transportation. He grew up …", ``page_lines``); before trafilatura, a live page's "key-updates" box over its first
  post, its items told again in the posts, cards whose one call leads to an address naming each card ("Sponsor a
  patient →" to "…?patient=<name>", ``page_boxes``) and a column of headed boxes in a layout table's cell beside the
  story's (``page_columns``); and kept, a short pull quote whose credit is the page's only full naming of its speaker,
  set as a ``<figure>`` or not (``page_boxes``).
* a reporter's closing tagline whose beat opens on the places it names ("<Name> covers <Town>, <Town> and the townships
  of … She has been with …"), an old page's bracketed bar closing on the next page's title ("[Back to Top] [More
  History Articles] [Next: <Title>]", ``page_lines``), a post's own note "This post may contain affiliate links.", a
  web ring's buttons naming the site they step to ("[Previous Site] [Random] [Next Site]") and a group archive's
  buttons under each message ("Reply all Reply to author Forward", ``page_rules``).
* an issue's sponsor slot opening its line, its pitch run on past a sponsor read's length ("This week's issue is
  brought to you by <Shop>. Family owned since … Tell them <Newsletter> sent you.", ``page_rules``); before trafilatura
  (``page_boxes``), a labelled series of cards with no button, each a picture beside "<Label>: <Name>" over a paragraph
  about the name, no name told of outside its card ("Success story: <Name>"); and kept, an aside of one paragraph under
  a question kicker its first sentence answers ("Did you know? <Species> are …", ``page_boxes``) and a notice's call to
  put the questions about its thing to an office by its name and number ("Please contact the <Office> on <number> or
  <address> if you have any questions about this stoppage.", ``page_rules``).
* an old site's guest-book call with the visit it records ("Please sign our Guestbook and let us know you stopped by!",
  ``page_rules``); before trafilatura (``page_boxes``), a priced block with the button block a site builder sets after it
  ("Join today"), a poll whose answers are links leading nowhere ("#") with its question, a lone reply answering the
  poster by the name the post is signed with ("Thanks Marge."), and cards whose buttons name them when a name runs into
  an age ("Marmalade, 12" over "Marmalade is …" is no date: a month is read whole).
* before trafilatura (``page_boxes``), a shop's box of a heading naming the shop over paragraphs each closing on a call
  to buy ("From the <sanctuary> shop" … "Order the calendar", "Visit the shop"); and kept, a colleague's credit under
  one separator closing a wire story, with only its rights line after it (``page_lines``), and a standfirst between the
  headline and the text's box, moved to the top of that box (``page_tree``).
* a wire's note of a funder's support for a desk with "The AP is solely responsible for all content.", a charity's "Can't
  give money right now? Our … wish list has …" (``page_rules``), an old site's guest book cell opened by "Please sign our
  Guestbook!" (``page_lines``); before trafilatura (``page_boxes``), a caption beside a picture set in smaller type than
  the text and a series of cards each a bold name run into its blurb over "Read <Name>'s story"; and kept, a notice's
  bare "Questions? Call <Body> Customer Service at <number> …" (``page_rules``).

A page that still has fewer than ``MIN_WORDS`` words is not an article (paywall, consent wall, index or
gallery page): ``LinkError("not an article: too little text")``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin

from bot.errors import LinkError
from bot.web import page_tree
from bot.web.page_boxes import PRUNE_XPATH
from bot.web.page_data import data_article_text
from bot.web.page_lines import clean_extracted, link_texts
from bot.web.page_merge import merge_missing, word_triples
from bot.web.page_posts import submitted_text
from bot.web.page_rules import PAGE_RULES, furniture_rule, is_page_furniture, word_count

__all__ = [
    "Article",
    "extract_article",
    "plain_article",
    "declared_canonical",
    "MIN_WORDS",
    "EXTRACT_OPTIONS",
    "PAGE_RULES",
    "PRUNE_XPATH",
    "furniture_rule",
    "is_page_furniture",
]

MIN_WORDS = 50

# trafilatura's own options, chosen on saved news pages (benchmarks/eval_pages.py compares them).
EXTRACT_OPTIONS: dict = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
}


@dataclass
class Article:
    text: str  # paragraphs separated by one blank line
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date, YYYY-MM-DD
    site: str | None = None
    canonical_url: str | None = None  # the page's own <link rel="canonical">/og:url, absolute
    words: int = 0


# Below this many words the default extraction may have cut the article short (a recipe, a table, a
# list-heavy post): trafilatura's recall mode is tried too and kept when it finds clearly more.
_THIN_WORDS = 300
_RECALL_GAIN = 1.25
# The second and third modes reuse the first one's metadata (False: each reads it again, the baseline
# ``benchmarks/bench_extract.py`` measures against).
METADATA_ONCE = True


def _has_container(tree, text: str) -> bool:
    """Whether one of trafilatura's article containers (``BODY_XPATH``: an ``<article>``, a div whose
    class names the post's content…) is in the page and holds the ``text`` read. Without one, trafilatura reads the
    page's loose ``<p>`` elements only (its recovery of "wild" text), and a bullet list between them is lost (a
    document published to the web: its paragraphs and lists straight in one div); its recall mode's
    recovery reads lists too, so their items are merged from it (``merge_missing(…, lists_only=True)``).
    The first container found may be a side box of the layout (a Drupal theme's sidebar block ``<div class="content">``
    over "Elevator hours"): trafilatura then read the text from the loose paragraphs too, and lost the list as well. A
    container holding less than half the text's runs of three words (``_CONTAINER_SHARE``) is not the text's.
    """
    xpaths = page_tree.container_xpaths()  # None: a trafilatura without the module, nothing is merged
    if xpaths is None:
        return True
    found = page_tree.first_container(tree, xpaths)
    if found is None:
        return False
    read = word_triples(text)
    return not read or len(read & word_triples(found.text_content())) >= _CONTAINER_SHARE * len(read)


_CONTAINER_SHARE = 0.5


# -- metadata -------------------------------------------------------------------------------------

# ("<" excluded inside a tag, as in the anchor scan of ``bot.web.page_lines``: each scan stops at the next
# tag, so the work is linear)
_LINK_TAG = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b[^<>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))""")


def _attrs(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): unescape(m.group(3) or m.group(4) or m.group(5) or "")
        for m in _ATTR.finditer(tag)
    }


def declared_canonical(html: str, base_url: str | None = None) -> str | None:
    """The page's own canonical URL (``<link rel="canonical">``, else ``og:url``), made absolute."""
    head = html[:300_000]
    found = None
    for tag in _LINK_TAG.findall(head):
        a = _attrs(tag)
        if "canonical" in a.get("rel", "").lower().split() and a.get("href", "").strip():
            found = a["href"].strip()
            break
    if found is None:
        for tag in _META_TAG.findall(head):
            a = _attrs(tag)
            if a.get("property", a.get("name", "")).lower() == "og:url" and a.get("content", "").strip():
                found = a["content"].strip()
                break
    if not found:
        return None
    url = urljoin(base_url, found) if base_url else found
    return url if url.lower().startswith(("http://", "https://")) else None


# -- extraction -----------------------------------------------------------------------------------


def _extract_raw(html, url: str | None, options: dict, prune: bool = True, metadata: bool = True):
    """trafilatura on ``html`` (a string, or a tree from ``page_tree.readable_tree``: trafilatura works
    on a copy).

    ``metadata=False`` for the second and third modes: the page's title, author and date are the same
    whatever the mode, and reading them (the date search scans the whole page) is a third of a pass.
    """
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=metadata,
        prune_xpath=PRUNE_XPATH if prune else None,
        **options,
    )


def _extract_text(html, url: str | None, options: dict, links: frozenset[str] | None, of=None):
    """trafilatura's text, cleaned with the page's ``links`` (None: raw, for the benchmark); ``of``: the
    first mode's document, whose metadata (the title the cleanup drops) this mode does not read again."""
    doc = _extract_raw(html, url, options, prune=links is not None, metadata=of is None)
    raw_text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if links is not None:
        return doc, clean_extracted(raw_text, getattr(of or doc, "title", None), links)
    return doc, "\n\n".join(ln for ln in raw_text.splitlines() if ln.strip())


def _text_held_elsewhere(
    html: str, tree, doc, links: frozenset[str], text: str, words: int, min_words: int
) -> tuple[str, int]:
    """(text, words) for a page whose HTML gave fewer than ``min_words``: the article read from the page's JSON data
    (``page_data``), else from the post its submitter pasted it into on a discussion page (``page_posts``), when
    either gives more than ``text``."""
    title = getattr(doc, "title", None)
    data_text = clean_extracted(data_article_text(tree, title), title, links)
    if (data_words := word_count(data_text)) > words:
        text, words = data_text, data_words
    if words < min_words:
        pasted = clean_extracted(submitted_text(html, getattr(doc, "author", None)), title, links)
        if (pasted_words := word_count(pasted)) > words:
            text, words = pasted, pasted_words
    return text, words


def extract_article(
    html: str,
    url: str | None = None,
    *,
    min_words: int = MIN_WORDS,
    options: dict | None = None,
    cleanup: bool = True,
) -> Article:
    """The article in a page; ``LinkError("not an article: too little text")`` when there is none.

    ``options``/``cleanup`` exist for the evaluation benchmark (to compare with trafilatura alone).
    """
    if not html or not html.strip():
        raise LinkError("not an article: the page is empty")
    tree, elements = (
        page_tree.readable_tree(html) if cleanup else (None, 0)
    )  # refuses a page past the work bounds
    links = link_texts(html) if cleanup else None  # read once, for both extractions
    page = html if tree is None else tree
    doc, text = _extract_text(page, url, EXTRACT_OPTIONS if options is None else options, links)
    words = word_count(text)
    if (
        options is None
        and cleanup
        and len(html) <= page_tree.LARGE_PAGE_CHARS
        and elements <= page_tree.FULL_ELEMENTS
    ):
        others = []
        lists_from = None
        if words < _THIN_WORDS:
            _, recall_text = _extract_text(
                page, url, {**EXTRACT_OPTIONS, "favor_recall": True}, links, of=doc if METADATA_ONCE else None
            )
            recall_words = word_count(recall_text)
            if recall_words >= max(words * _RECALL_GAIN, words + 30):
                others.append(text)  # the default's own paragraphs are not lost with the switch
                text = recall_text
            else:
                others.append(recall_text)
        elif tree is not None and not _has_container(tree, text):
            lists_from = _extract_text(
                page, url, {**EXTRACT_OPTIONS, "favor_recall": True}, links, of=doc if METADATA_ONCE else None
            )[1]
        others.append(
            _extract_text(
                page,
                url,
                {**EXTRACT_OPTIONS, "favor_precision": True},
                links,
                of=doc if METADATA_ONCE else None,
            )[1]
        )
        for other in others:
            text = merge_missing(text, page_tree.without_side_blocks(other, text, tree))
        if lists_from is not None:
            placed = page_tree.lists_between_paragraphs(tree, text)
            text = merge_missing(
                text, page_tree.without_side_blocks(lists_from, text, tree), lists_only=True, placed=placed
            )
        words = word_count(text)
    if tree is not None:
        text = page_tree.without_key_points(page_tree.without_dialog_lines(text, tree), tree)
        text = page_tree.without_side_columns(page_tree.without_contact_boxes(text, tree), tree)
        text = page_tree.without_bars_above_headline(text, tree)
        words = word_count(text)
    if words < min_words and tree is not None:
        text, words = _text_held_elsewhere(html, tree, doc, links or frozenset(), text, words, min_words)
    if words < min_words:
        raise LinkError("not an article: too little text")

    def meta(name: str) -> str | None:
        value = getattr(doc, name, None)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        value = re.sub(r"\s+", " ", str(value)).strip() if value else ""
        return value or None

    author = meta("author")
    if author and len(author) > 120:
        author = None
    return Article(
        text=text,
        title=meta("title"),
        author=author,
        date=meta("date"),
        site=meta("sitename") or meta("hostname"),
        canonical_url=declared_canonical(html, url),
        words=words,
    )


def plain_article(text: str, *, min_words: int = MIN_WORDS) -> Article:
    """An article served as plain text: paragraphs kept, furniture lines removed, no metadata."""
    from bot.text.clean import clean_text

    cleaned = clean_text(text or "")
    words = word_count(cleaned)
    if words < min_words:
        raise LinkError("not an article: too little text")
    return Article(text=cleaned, words=words)
