"""Boxes of a page removed before trafilatura reads it: by the role their markup gives them, or by
what they hold.

* Small boxes whose class or id names their role (newsletter, signup, subscribe, author bio, pull
  quote, a promotion, a call to action's "cta" or camelCase "JoinCta", reader support's "support-box") are never the
  article, once the article's own container is ruled out (``PRUNE_XPATH``; a paywall's teaser named for its readers,
  "subscriber-preview", is the article's text, not a "subscribe" prompt); so is a call to action's box named by a data attribute (a page builder's
  ``data-framer-name="CTA"`` over hashed classes), and a paragraph that is nothing but a button whose
  class names a cta (HubSpot's ``hs-cta-wrapper`` around "Download the full report"); and the site's footer named by
  its markup role rather than its tag (a page builder's ``data-…-type="footer"``, ``role="contentinfo"``).
* Readers' posts under their own role name (a guest book of condolences under an obituary): trafilatura
  leaves out boxes named "comment", not these.
* Call boxes (``drop_call_boxes``): a small box of one paragraph addressed to the reader (or under a heading that
  is) and a button beside it ("Like this recipe? Add the ingredients to your basket …" + "Shop ingredients"; "Sign up
  to get the top stories in your inbox" + "Sign up!", or a page builder's button module right after the box's text
  module, Divi's "Not a member yet?" … "Sign your card", or a block editor's buttons block): a prompt, whatever its
  words; or of a heading, one paragraph and a link to another page styled as a button by its class (a service card:
  "Claiming a Prize" … "How to Claim"), the heading and paragraph in a box of their own beside the button or not; or,
  between two of the story's paragraphs, of a heading, two short paragraphs and such a button (a museum's "Plan your
  visit" over its hours and its address, and "Hours & directions": ``_info_card_among_text``).
* Offer boxes (``drop_offer_boxes``): a small box holding a price (or a discount, "50% off your first
  year") and a button or link that calls the reader to buy ("Keep reading for just $1 … Subscribe now",
  "Sympathy flowers … Starting at $59.99 … Send flowers now"): an advertisement or a paywall's price plans,
  on any site; the call may be the box's own heading, nothing but a call to join ("Become a Member!" over "Individual
  memberships are $10, families $15.") or to sponsor one of the body's charges ("Sponsor a pig", a bold line of its own
  over "For $25 a month you can sponsor …"), the box a block or a table of one cell; a button holding the price itself
  ("Give $35") calls for the card around it, not its own wrapper, and a
  site builder's button module ("Get tickets …", its link three boxes deep) for the column that holds it and the prices;
  an e-mail's table cell holding no table but its buttons' is such a box too (a rescue's "Sponsor me" card, "Sponsor
  <Name> for $10 a month"), and the small print under a row of such boxes in smaller type than the text goes with them
  (``_offer_row_notes``); and a priced block with the button block a site builder sets right after it ("Join today" after "Become a
  member" and its price: ``_priced_block_before``).
* Shop boxes (``drop_shop_boxes``): a small box of a heading naming a shop ("From the sanctuary shop", "New in our
  gift shop") over paragraphs each closing on a link that calls the reader to buy or to the shop ("… Order the
  calendar", "… Visit the shop"), and no other words: the wares a newsletter or a post sells beside its news.
* Teaser cards (also ``drop_call_boxes``): a heading and one blurb closing with a read-on link to
  another page ("… Read our explainer"), or among the story's paragraphs a heading and a paragraph whose last sentence
  calls the reader to the site's own page ("… Read our <guide> before you go.", ``_own_page_box``).
* Readers' posts by their shape (``drop_reply_posts``, ``drop_posting_walls``): a thread's replies
  ("Re: <the thread's subject>"), the cards beside a posting form (a tribute wall), a poster's signature.
* A heading over a list of links (``drop_headed_link_lists``): "Associated links", "Related pages", over a news list
  of dated headlines ("Other News in …", each a linked headline, its posting date or its age after its source's name,
  a teaser at most), or a short one over one linked headline ("Explore further"); a short label over links and nothing
  else (``drop_labelled_link_boxes``): "Read more: <link> <link>"; an old site's menu in a table cell, five links or more
  one a line with a few labels at most (``drop_menu_cells``).
* Sponsors' boxes (``drop_sponsor_boxes``): a small box opening with "Together with …", "Sponsored", "This week's
  sponsor", or a bare "Powered by" beside the sponsor's logo or over a pitch in the sponsor's voice; and an old site's
  advertisement slot set as a small table, a row of its label ("ADVERTISEMENT") over or under the ad's picture or link.
* Choice boxes (``drop_choice_boxes``): the small box around a group of radio buttons (a poll, a quiz), or around a
  list of lone buttons, of links to one address differing in one field or of links leading nowhere ("#") under a
  question (a newsletter platform's poll shown to a reader not signed in).
* Cards for other pages (``drop_link_cards``): a small box opened by a linked title to another page, over
  a blurb, with the heading and short lead-in right before a run of them that nothing else stood beside ("Adopt me!"
  over "These seniors are waiting at <Shelter> right now."); and a run of three or more such cards, whatever their titles link to, one of them titled with the page's own
  headline (``drop_story_listings``: a feed reader's article list beside the story it shows).
* Headline buttons (``drop_headline_buttons``): a short link alone in its block leading where the page's linked
  headline leads ("Visit website" beside a reader app's headline linked to the story's site).
* Link previews (``drop_preview_cards``): a link to another site holding its host name in an element of its own,
  then the page's title and blurb (a social post's card under a shared link).
* Form boxes (``drop_form_boxes``): the small box around a form the reader types into (a gated download,
  a sign-up, a log-in).
* Action tails (``drop_repeated_action_tails``): the same small bar of buttons or links leading nowhere
  ("Share", "Like · Reply", or a short label beside two or more: "Share this post" "Facebook" "X" "Copy link") closing
  each of a run of three or more look-alike entries (a live blog's posts).
* Notes lists (``drop_note_lists``): a list most of whose items are a platform's activity on the post ("X liked
  this", "X reblogged this from Y and added: …"), with the replies and the "Show more notes" among them.
* Field lists (``drop_field_lists``): a ``<dl>`` of short labels and short values, no sentence ("Journal:
  Nature Plants", "DOI: …", "Joined: Mar 4, 2009"), or a ``<ul>`` of items each a label in its own element and a
  short value (a spec box's "Base price: $44,995"), or a ``<table>`` whose every row is a label closing with its
  colon and a short value (a release's "Contact: …", "Phone: …"), with the heading over it: a record's fields; and the
  whole box when it holds nothing else but one short note after the fields (a fact box's "Fun fact: …"). A ``<ul>``
  of different names, each with a phrase in lower case ("Ashby Landing: replacement of 1.2 kilometres of water main,
  $940,000"), is the story's list of them, and stays.
* About boxes (``drop_about_boxes``): a small box of a heading "About <name>" and a line or two, outside
  the box around the headline that holds the story (the site's or the writer's card), or inside it when the
  name is the site's own (its ``og:site_name``, JSON-LD publisher or title after the headline); and a heading
  "About <the site's name>" closing the text's own box with the paragraph or two under it (a release's boilerplate).
* Site notes (``drop_site_notes``): a paragraph opening with a note labelled by the site's own name or its initials
  ("RPA note: The Ridgeland Press Association opposed …" under a member paper's story it reprints).
* An agency's first-published line set apart (``drop_classed_first_published``): "This report by The Canadian Press was
  first published Dec. 2, 2026." under a class the paragraph before it lacks ("story__signoff"), the page's sign-off; as
  one of the text's paragraphs it is the wire's copy, and stays.
* Chapter lists (``drop_chapter_lists``): a list whose items open with time codes from zero ("00:00 Cold
  open", "03:41 A week of rain"), a player's chapter markers, with the heading over it.
* Translation links (``drop_translation_boxes``): the small block around a link to this page in another
  language (a ``hreflang`` link on the site, or one of the page's own alternates): a bilingual story's "Leer
  en español" toggle, its "¿Prefiere leer en español? …" reminder among the paragraphs, a language bar.
* Credited captions (``drop_credited_captions``): the one text block beside a picture, closing with its
  credit after its last sentence ("… on Tuesday. (Yonhap)", "… Taipei Main Station. FNA file photo"); or the block
  right after a picture in a larger box, closing on a credit that names the photo ("… Photo by <Name>, <Zoo>").
* Small-type captions (``drop_small_type_captions``): the one block beside a picture in its box, set in smaller type
  than most of the text's prose by the inline styles (an e-mail builder's image cell and its caption), no credit needed.
* Captions by class (``drop_classed_captions``): a block beside a picture or an embed (a map, a video frame), in a small box of its own, whose
  class names it the picture's caption or credit ("imageCaption", "photo-credit", a short part: "img-cap"), or a small
  table of such cells right after the picture's box (a Blogger post's "tr-caption" table).
* Clips' titles (``drop_media_titles``): a player's small box opening with the clip's kind in an element of its own
  ("Video") or its play button ("<button>Play</button>") and then a short title with no sentence end, the "WATCH: …"
  line set apart by markup.
* Italic captions (``drop_italic_captions``): a paragraph wholly in italics right under a picture, a blog
  editor's caption by its place and style (the italics a tag, or a span's inline style: an e-mail builder's), or
  wholly in the editor's smallest type by keyword ("font-size: x-small", ``<font size="1">``: Blogger's); and, after a
  break in the picture's own paragraph, a run in that type closing on "Click to enlarge." (an old club site's).
* Masthead taglines (``drop_masthead_taglines``): the short paragraph beside a heading that is nothing but a link to
  the site's home page, in a small box of its own (a hosted blog's description under its name); and the short line
  beside the site's logo in its box (``drop_logo_taglines``: an old site's banner cell, "Community Theatre on the River
  Since 1961" under its logo).
* Summaries over the byline (``drop_header_summaries``): a short list between the ``<h1>`` and the byline, the
  page's summary of its story in bullets.
* Italic taglines (``drop_italic_taglines``): the paragraph wholly in italics closing the text's box, giving a phone
  number, an e-mail or a web address (a club's "Memberships are on sale now. For more information, call …").
* Readers' replies beside the text (``drop_reply_runs``): a run of look-alike posts outside the text's box, each an
  avatar, an "@handle" link, a date and a few lines (a Micro.blog conversation).
* Notes by their class part (``_NOTE_XPATHS``): a funding credit ("story__funding", a paragraph's "supported-by"), an
  accessibility note ("accessibility-note"), an e-mail's preheader ("preheader"), a charity's wish list ("wish-list-box"),
  a commentary's endnotes ("endnotes"); and a release's media contact box set over the text ("media-contact-box", with
  the release's paragraphs in a box after it: ``_CONTACT_BOX_OVER_TEXT``).
* Picture cards (``drop_picture_cards``): a run of three or more look-alike cards, each a picture and a few
  short lines with no sentence (a speaker's name and role, a product), with the heading over them; or two or more
  persons' cards, each a picture, the name on its own line and a bio opening with that name ("Creators and Guests"),
  an e-mail's cells side by side too (a sanctuary's "Hamlet" over "Hamlet is a nine-year-old kunekune …").
* A person's card alone after the text (``drop_profile_cards``): a picture, the name as its heading, a bio opening with
  that name or a title and the surname, and a link to the person's page (a hospital's "Meet the doctor" card).
* Wish lists (``drop_wish_list_boxes``): a small box opened by a heading naming a charity's wish list ("Our Wish List")
  over the goods it asks for, with no class naming it.
* Appeal boxes (``drop_appeal_boxes``): a small box of a heading over one to three paragraphs that the line rules each
  take as an appeal for gifts ("Help us get ready for the next emergency" over a day's cost of care and a call to give
  monthly), the heading with them: an e-mail builder's one table cell runs them into one line no line rule reads.
* Boxes after the text (``drop_glance_boxes``, ``drop_tip_boxes``): a classed box of a heading and one table of
  labelled fields ("At a glance" over "Committee action | Informational hearing; no action taken"), and a tip box headed
  by a tip's label and closing on a credit ("Energy Tip" … "Source: U.S. Department of Energy"), with no paragraph of
  the text after either.
* Contact boxes after the text (``contact_box_lines``): a press office's box under its contact heading ("Media Contact")
  with a phone number or an e-mail: not pruned, its lines only read, so that the extraction can drop them even when
  trafilatura leaves the heading out.
* Readers' comments by their markup (``drop_comment_sections``, ``drop_reply_threads``): a box opened by the comments'
  heading ("Comments (148)", "Webmentions") over a run of look-alike posts, whatever its class, or over one short note
  and no post after the text ("No comments yet."), or over the short notes around the list its posts left empty (a
  count and a help line), or the posts after such a label set between a thread's own posts and
  its replies; and a run of dated look-alike posts
  after the text, one of which nests a dated reply of its own kind (a threaded discussion on a forum's story page), or
  whose posts stand at two depths or more by their markup (a flat thread's ``depth="1"``, a ``depth-2`` class part).
* A thread's replies under its story (``drop_thread_replies``): a run of look-alike posts stamped with the day and the
  clock time, the first holding an article's length (a member's pasted or forwarded story) and the rest small, oldest
  first (the clock in the stamp's tooltip when the stamp shows the day alone; never on a page declared a live blog; a
  reply's size its own words, not the message it quotes): the posts after the first go (one alone when it names the
  poster, by the first name or the name the post is signed with), and the first post's signature under its rule
  ("__________________"); and a table of other
  threads under a thread list's columns ("Thread Starter", "Replies", "Last Post": ``drop_thread_lists``).
* Posts listed after the story's (``drop_listed_posts``): on a page of posts each stamped by a link to a page of its own
  (a group's month archive), the first holding an article's length and the rest small, the rest go.
* Button cards (``drop_button_cards``): a run of three look-alike cards or more, each a picture, a name, a line or two
  and a button to another page of the site with the same words on every card ("Foster me"), and the heading over them;
  and a labelled series of cards, two or more, each heading one label and a name ("HAPPY TAILS: <Name>") over a button
  naming that name in one call to read on ("Read <Name>’s story →", ``drop_labelled_name_cards``), or with no button,
  each a picture beside the labelled heading over one paragraph about the name (or the picture's alt text that name),
  no name told of outside its card, an e-mail's preview line aside ("Success story: <Name>",
  ``drop_labelled_blurb_cards``), or with no heading, each a bold name run into its blurb
  over a button to read on about it ("<b>Copper</b> came to us …" over "Read Copper's story", ``drop_run_in_name_cards``),
  or with buttons in other words, each blurb closing on a teaser's call ("Find out why …", ``drop_teaser_cards``);
  and two picture cards or more side by side, each named by its picture's alt text and its blurb's bold first words, no
  name told of outside its card, closed by a button block ("<strong><Name></strong>, 3, is …" … "See all our dogs",
  ``drop_named_picture_cards``; a card may close on one button naming its name, "Meet <Name>").
* Ratings tables (``drop_rating_tables``): a table whose every row gives a name one mark out of ten, under a heading
  naming ratings ("Player ratings"), with the heading.
* Event listings (``drop_event_listings``): a heading of coming events ("Upcoming meetups") over short dated lines, in a
  rail beside the story's box (one holding another widget's heading too).
* Key points (``key_points_lines``): a box whose class names the story's key points ("key-points", "keyTakeaways"),
  or whose heading labels it a machine-written summary ("Key Points AI-assisted summary"), a heading and one short list
  above the paragraphs, which tell its items again: not pruned, its lines only read, so that the extraction can drop
  them.
* Pop-ups, hidden on load or modal (``hidden_dialog_text``): not pruned, their text only read, so that
  the extraction can drop their lines.
* Post pagers' links (``drop_pager_links``): a link holding a label element ("Previous", "Next") and the neighbour's
  title, a blog theme's post navigation.
* Look-back columns (``drop_look_back_boxes``): a small box after the text holding two dated labels or more ("25 YEARS
  AGO (1973)"), a small paper's old news.
* Info bands (``drop_info_bands``): two or more short headed boxes side by side after the text and outside its box (a
  venue's "Plan Your Visit", "Admission", "Getting Here").
* Field line boxes (``drop_field_line_boxes``): a box after the text of a heading over short lines each opening on a
  label, two of them or more running three labelled fields together (a match's "Scoring summary" over "Tries: ….
  Cons: …. Pens: …").
* A live blog's table widget (``drop_live_blog_table_widgets``): on a page declared a ``LiveBlogPosting``, a box of
  tables, their heading and a short note between the headline and the first timed post (a leaderboard, a tally), or a
  box of a short label over one headline's line there (the pinned "Latest" line, ``_pinned_line``).
* A tally box opening the text (``drop_tally_boxes``): before the story's first paragraph of prose, a box of headings
  over lists of a name and its figures ("Barwick 8,412 53.3%") and a short note or two (a results widget).

Kept: a quote box among the story's paragraphs whose words the page says nowhere else loses the pull quote's name
(``keep_unrepeated_pull_quotes``; set as an ``<aside>`` or a ``<figure>``, it becomes a ``<div>``; a short one too on a
teaser a paywall cuts, ``_over_paywall``, or crediting a speaker the story gives no words elsewhere, in an element of its
own or after a dash closing the quotation, ``_INLINE_CREDIT``, or whose credit is the page's only full naming of its
speaker, ``_introduced_by_credit``), and a box of the text's own prose among its paragraphs, hardly a link
in it, loses an attachment's name, which trafilatura drops whatever it holds (``keep_attached_text``: a release's
backgrounder), and a box named for an embed that holds the story's own captioned table among its paragraphs loses that
name (``keep_embedded_tables``: "Monthly bill for a typical household …" over its rows and its source line); an
``<aside>`` there holding two paragraphs of prose or more, or one opening on a bold run-in label right
between two of them, becomes a ``<div>`` (``keep_prose_asides``: a magazine's tasting notes, a story's "How it works:"
explainer, an aquarium's "Did you know?" fact answering its kicker), since trafilatura drops every aside; and a ``<figure>`` of nothing but a quotation the page says nowhere
else, between two paragraphs of prose, long or crediting a speaker the page gives no words elsewhere or a writing of a
given date ("— <Name>, ledger entry, January 14, 1911"), becomes one too (``keep_quote_figures``: a site builder's quote
block), since trafilatura drops every figure.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from bot.web.page_lexicon import (
    ANSWERED_KICKERS,
    COMMENT_NOUNS,
    MACHINE_SUMMARY_LABELS,
    MEMBERSHIP_KINDS,
    NAME_LINKS,
    NEWSROOM_ROLES,
    OTHER_PAGES,
    PET_AGE_UNITS,
    PROFILE_AGE_UNITS,
    SHOP_NAMES,
    SIGN_OFF_WORDS,
    SPEECH_VERBS,
    TEASER_CALLS,
    THREAD_LIST_COLUMNS,
    WEEKDAYS,
    WISH_LISTS,
)
from bot.web.page_rules import (
    ACTIVITY,
    ACTIVITY_ADDED,
    BARE_SPONSOR_LABEL,
    CONTACT_HEADING,
    DISCOUNT,
    EMAIL,
    ENLARGE_CALL,
    FIRST_PUBLISHED_ON,
    PAYWALL,
    PHONE,
    PRICE,
    READ_ON,
    REPORTED,
    SENTENCE_CLOSE,
    fold,
    furniture_rule,
    gathers_pictures_for_officer,
    is_age_stamp,
    is_date_stamp,
    is_sponsor_label,
)

__all__ = [
    "PRUNE_XPATH",
    "drop_about_boxes",
    "drop_alert_banners",
    "drop_appeal_boxes",
    "drop_button_cards",
    "link_hosts",
    "drop_labelled_blurb_cards",
    "drop_labelled_name_cards",
    "drop_teaser_cards",
    "drop_named_picture_cards",
    "drop_run_in_name_cards",
    "drop_call_boxes",
    "drop_chapter_lists",
    "drop_bar_charts",
    "drop_choice_boxes",
    "drop_classed_captions",
    "drop_comment_sections",
    "drop_credited_captions",
    "drop_small_type_captions",
    "drop_event_listings",
    "drop_fact_boxes",
    "drop_glance_boxes",
    "drop_tip_boxes",
    "drop_site_notes",
    "drop_classed_first_published",
    "drop_field_lists",
    "drop_field_line_boxes",
    "drop_live_blog_table_widgets",
    "drop_tally_boxes",
    "drop_form_boxes",
    "drop_link_cards",
    "drop_story_listings",
    "drop_look_back_boxes",
    "drop_note_lists",
    "drop_headed_link_lists",
    "drop_info_bands",
    "drop_header_summaries",
    "drop_italic_captions",
    "drop_italic_taglines",
    "drop_labelled_link_boxes",
    "drop_listed_posts",
    "drop_logo_taglines",
    "drop_masthead_taglines",
    "drop_media_titles",
    "drop_menu_cells",
    "drop_offer_boxes",
    "drop_shop_boxes",
    "drop_pager_links",
    "drop_picture_cards",
    "drop_poster_titles",
    "drop_profile_cards",
    "drop_picture_tables",
    "drop_preview_cards",
    "drop_posting_walls",
    "drop_rating_tables",
    "drop_repeated_action_tails",
    "drop_reply_posts",
    "drop_header_replies",
    "drop_reply_runs",
    "drop_reply_threads",
    "drop_thread_lists",
    "drop_thread_replies",
    "drop_sponsor_boxes",
    "drop_translation_boxes",
    "drop_wish_list_boxes",
    "keep_attached_text",
    "keep_embedded_tables",
    "keep_prose_asides",
    "keep_quote_figures",
    "keep_unrepeated_pull_quotes",
    "contact_box_lines",
    "hidden_dialog_text",
    "key_points_lines",
    "told_in_paragraphs",
    "next_element",
    "page_text",
    "previous_element",
]

# Page parts that are never the article, removed before trafilatura looks: boxes whose class/id
# names their role (general CMS vocabulary, not any site's words). A box that is itself the
# article's container (article/main/body) or that holds more text than such a box ever does
# (``_BOX_MAX`` characters) is never pruned: a blog platform may put "newsletter" on the post itself.
# (Not "paywall": some sites put that class on the article body itself; not figcaption/wp-caption:
# pruning them made trafilatura lose real paragraphs on saved pages. Captions go by rule instead.)
_BOX_MAX = 800
# Each role as class names spell it (lower-case, Capitalised, camelCase): ``translate()`` to fold case
# would double the extraction time.
_BOX_ROLES = [
    "newsletter",
    "Newsletter",
    "signup",
    "sign-up",
    "Signup",
    "SignUp",
    "subscribe",
    "Subscribe",
    "subscription",
    "Subscription",
    "email-capture",
    "author-bio",
    "author-box",
    "about-author",
    "authorbio",
    "AuthorBio",
    "pullquote",
    "pull-quote",
    "PullQuote",
    "Pullquote",
    "promo",  # "promo-block", "article-promo": a promotion box (membership, tickets, an app)
    "Promo",
    # a station's funding credit ("underwriting-note": "… is supported in part by … Underwriters have no role
    # in editorial decisions"): the credit line of a public broadcaster's sponsor, never the story
    "underwriting",
    "Underwriting",
    "underwriter",
    "Underwriter",
    # a site-wide alert bar ("alertCenterBar", "alert-banner": "Holiday Closure: City Hall will be closed …
    # Read On..."): the city's notices over every page, not this page's story (not a bare "alert": Bootstrap's
    # "alert alert-info" frames an editor's note inside an article)
    "alertCenter",
    "AlertCenter",
    "alert-center",
    "alert-bar",
    "alertBar",
    "AlertBar",
    "alert-banner",
    "alertBanner",
    "AlertBanner",
    # the same bar as a ticker of a district's or a site's alerts ("emergency-ticker": "Alert: Winter recess: all
    # schools … closed Feb. 16–20."), or of its latest headlines ("news-ticker"): never this page's story (not a bare
    # "ticker", which "sticker" holds)
    "emergency-ticker",
    "emergencyTicker",
    "EmergencyTicker",
    "alert-ticker",
    "alertTicker",
    "news-ticker",
    "newsTicker",
    "NewsTicker",
    # a site's calendar widget beside every page ("upcomingevents", "upcoming-events": "Regular Board Meeting, 6:00
    # PM – District Office Board Room"), the dates of other events, not this story's
    "upcomingevents",
    "upcoming-events",
    "upcomingEvents",
    "UpcomingEvents",
    "upcoming_events",
]


# A pull quote repeats a line of the story, so the box that names it goes (its words stay once, in their paragraph). A
# quote box among the story's paragraphs whose words the page shows nowhere else is no repeat: a CMS that sets a
# speaker's quote in a "pull-quote" block ("<blockquote class="pull-quote">"We are not clearing a single tree …"</
# blockquote>" between two paragraphs, the quote said nowhere else) would lose the story's own passage. Such a box keeps
# its place: it loses the role's name. Among the story's paragraphs: its parent holds two paragraphs of prose of its
# own. A quotation's length, not display type's: ``_PULL_QUOTE_MIN_WORDS`` words or more (a pull quote is a line or two,
# often paraphrased or from a later page of the story: the saved pages' pull quotes hold 9 to 27 words, and go). Not
# repeated: fewer than half its word triples are in the page's other text (scripts and styles left out: an app's state
# data repeats every paragraph). A pull quote of a line the story says (its triples there), a short one, or a quote box
# in a side column, still goes.
# A short one goes too, but not when it credits its words to a speaker the page gives no words elsewhere: "“A well is a
# family’s whole water supply. …”" over "<footer>— Jesse Varga, Tallow Basin Water Users Association</footer>" between a
# release's paragraphs, a voice the story brings in only there. A pull quote lifts its words from the story, and so its
# speaker is the story's (the saved pages' short pull quotes credit someone the paragraphs name, "Marguerite
# Dellacroix" under her own line); the box credits it in its own element (``<cite>``, ``<footer>``, ``<figcaption>``) or
# after a dash closing the quotation (``_INLINE_CREDIT``), a name before any comma, its last word (the surname) found in
# no sentence of the page's other text that quotes or reports (``_given_words``: a speaker the story names but never
# gives words to has no line there to lift).
_PULL_QUOTE_ROLES = ("pullquote", "pull-quote", "PullQuote", "Pullquote")
_PULL_QUOTE_MIN_WORDS = 40
_PULL_QUOTE_CREDITS = ("cite", "footer", "figcaption")
_CREDIT_NAME = re.compile(r"^[\s—–-]*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s*(,|$)")
_PULL_QUOTE_REPEAT = 0.5
# (Or in the quotation's own line, after a dash that follows its closing mark, the way a template writes it when it has
# no credit element: "“She asked the trumpets to play as if they were apologizing. …” — <Name>", "… ” – <Name>, <role>".
# A dash inside the quotation, or a name run into a sentence after it, is no credit.)
_INLINE_CREDIT = re.compile(
    r"[”\"]\s*[—–]\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s*(,[^”\"—–.!?]{0,80})?$"
)
# A short one with no credit goes too, but not when it gives a figure the page gives nowhere else: "The town saved about
# $38,000 in the first year, mostly in fuel, wages and mower repairs." over "That number got the council's attention.",
# a newsletter's own line set large, the story's only telling of its fact. A pull quote lifted from the story repeats
# its figures (a sum, a count of two digits or more, a year).
# A short one with neither goes too, but not on a teaser a paywall cuts: a preview's "“You don’t think about how much of
# your life is built on a thing until the thing stops showing up.”" between its paragraphs, over "Subscribe to keep
# reading" and "You’ve reached the end of the free preview. …" (``PAYWALL``, a notice of ``_PAYWALL_NOTICE_WORDS`` words
# at most after the box in the page). The lines it would lift are behind the gate, so the page gives those words
# nowhere else the reader can get to: the box is the story's. A pull quote from a later page of a story the site shows
# whole ("Continue reading" under a page's pager is no gate) still goes.
_PAYWALL_NOTICE_WORDS = 60
# A box kept so is read whatever its tag: set as an ``<aside>`` ("<aside class="pullquote"><p>A full replacement … was
# estimated at $610,000 in a 2021 facilities study …</p></aside>" between two paragraphs), trafilatura would drop it as
# it drops every aside (``keep_prose_asides``), so it becomes a ``<div>``; so does one set as a ``<figure>`` ("<figure
# class="pull-quote"><blockquote>…</blockquote><figcaption>— <Name>, …</figcaption></figure>"), which trafilatura leaves
# out as well.
_FIGURE = re.compile(r"\d[\d,.]*\d")
_PAGE_TEXT_SKIP = ("script", "style", "noscript", "template")


def _triples(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _prose_paragraphs(parent) -> int:
    """How many of ``parent``'s own ``<p>`` children are paragraphs of prose (over ``_PROSE_P`` characters)."""
    return sum(1 for p in parent if p.tag == "p" and len(_text(p, 2000) or "x" * 9999) > _PROSE_P)


def _pull_quote_credit(box) -> str | None:
    """The surname of the speaker a pull quote's box credits in an element of its own (``_PULL_QUOTE_CREDITS``), or
    after a dash closing its quotation (``_INLINE_CREDIT``), or None."""
    for el in box.iter(*_PULL_QUOTE_CREDITS):
        if (match := _CREDIT_NAME.match(_text(el, 200) or "")) is not None:
            return match.group(1).split()[-1]
    if (match := _INLINE_CREDIT.search(" ".join(" ".join(box.itertext()).split()))) is not None:
        return match.group(1).split()[-1]
    return None


def _pull_quote_credited_name(box) -> str:
    """The whole name a pull quote's box credits (``_pull_quote_credit``'s, before its surname is taken), or ""."""
    for el in box.iter(*_PULL_QUOTE_CREDITS):
        if (match := _CREDIT_NAME.match(_text(el, 200) or "")) is not None:
            return match.group(1)
    if (match := _INLINE_CREDIT.search(" ".join(" ".join(box.itertext()).split()))) is not None:
        return match.group(1)
    return ""


def _credit_as_line(box) -> None:
    """The box's credit element read as a line of its own (trafilatura leaves a ``<footer>`` out): the quote keeps
    its speaker."""
    for el in box.iter(*_PULL_QUOTE_CREDITS):
        if _CREDIT_NAME.match(_text(el, 200) or ""):
            el.tag = "p"
            return


def keep_unrepeated_pull_quotes(tree) -> None:
    """Take the pull quote's name off a quote box among the story's paragraphs that repeats nothing the page says
    (``_PULL_QUOTE_ROLES``), so the role's pruning leaves the story's own quote."""
    names = " or ".join(f"contains(@class, '{r}') or contains(@id, '{r}')" for r in _PULL_QUOTE_ROLES)
    boxes = [
        box
        for box in tree.xpath(f"//*[{names}]")
        if box.getparent() is not None and _prose_paragraphs(box.getparent()) >= _PROSE_BOX_PARAGRAPHS
    ]
    if not boxes:
        return
    body = tree.find(".//body")
    if body is None:
        return
    for box in boxes:
        said = " ".join(box.itertext())
        quote = _triples(said)
        if not quote:
            continue
        credit = _pull_quote_credit(box)
        figures = _FIGURE.findall(said)
        cut = _over_paywall(box)
        voiced = credit is None and _gives_reported_words(box)
        own = credit is None and _writers_own_shape(box, said)
        short = _words(said) < _PULL_QUOTE_MIN_WORDS
        if short and credit is None and not figures and not cut and not voiced and not own:
            continue
        others = _text_outside(body, box)
        if len(quote & _triples(others)) >= _PULL_QUOTE_REPEAT * len(quote):
            continue
        if short:
            if credit is None:
                own = own and not quote & _triples(others)
                if not cut and not voiced and not own and not set(figures) - set(_FIGURE.findall(others)):
                    continue  # (a short line of the writer's whose figures the story gives: lifted)
            elif _given_words(credit, others) and not _introduced_by_credit(
                _pull_quote_credited_name(box), others
            ):
                continue  # (a short pull quote of a speaker the story quotes: the story's line, lifted)
            else:
                _credit_as_line(box)
        for el in box.iter():  # (its text's own element may name the role too: "<p class="pullquote__text">")
            if isinstance(el.tag, str):
                _drop_role_names(el, _PULL_QUOTE_ROLES)
        if box.tag in ("aside", "figure"):  # (trafilatura leaves both out)
            box.tag = "div"


# A short one with none of those goes too, but not when it is the writer's own passage set large among the text: "<figure
# class="wp-block-pullquote"><blockquote><p>A courthouse on the square tells people the law lives among them. A courthouse
# by the interstate tells them something else.</p></blockquote></figure>" between two paragraphs of a retired judge's
# post. A pull quote an editor lifts shares the story's wording, a run of three words at least ("the town lost its clock"
# beside "…, and the town lost its clock for good"), or gives a speaker's words in quotation marks, from a later page or
# paraphrased; a line of two sentences or more in no quotation mark, sharing no run of three words with the page's other
# text, is told only there. Set in a quote block or a figure in the text's flow, not in an ``<aside>``, the markup that
# sets a box apart from the text (a think tank's "<aside class="pull-quote">A reserve that cannot be released quickly is a
# museum, not a stockpile</aside>" still goes, and so does a one-sentence line, a quotation or a line sharing a run).
_OWN_PASSAGE_SENTENCES = 2


def _writers_own_shape(box, said: str) -> bool:
    """Whether a pull quote's box has the writer's own passage's shape: no aside, no quotation mark, two sentences or
    more closing on a stop (whether it shares a run of three words with the page is read after)."""
    said = " ".join(said.split())
    if box.tag == "aside" or next(box.iterancestors("aside"), None) is not None or _QUOTE_MARK.search(said):
        return False
    sentences = [part for part in _SENTENCE_GAP.split(said) if part]
    return len(sentences) >= _OWN_PASSAGE_SENTENCES and bool(SENTENCE_CLOSE.search(said))


# A short one with none of those goes too, but not when it gives the words its paragraph reports: "Council member <Name>
# cast the only no vote. She said she supports more frequent pickup but objected to charging every household the same
# amount." over "<blockquote class="pull-quote">“A retiree in a condo … is going to pay the same as someone with a
# half-acre of oaks. …”</blockquote>", the quotation said nowhere else. The story tells what its speaker said and the box
# then says it: the paragraph right before the box closes on a sentence in which a speaker, a pronoun or a name, reports
# (``_SPEAKER_REPORTS``: "She said she …", "…, she says, because …", "Kovac told the council …") with no quotation mark
# in it, and the box is one quotation, opening and closing on its marks. A pull quote lifted from the story repeats its
# words; one from a later page, or a writer's line set large, follows whatever paragraph the layout puts it after: a
# paragraph giving a speaker's own words in marks ("“…,” she told me"), one reporting nothing or no one's words ("the
# report says the piles had rotted"), or a box that is no quotation, still goes.
_WHOLE_QUOTATION = re.compile(r"^[\"“„«].*[\"”»][.!?]?$")
_SPEAKER_REPORTS = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[A-Z][\w'’-]+) (?:{SPEECH_VERBS})\b|\b(?:{SPEECH_VERBS}) (?:he|she|they|[A-Z][\w'’-]+)\b"
)  # (the verbs of speech ``_SPOKE`` reads too)


# Or the paragraph right after the box opens by pointing back at the words it gives: "“It was never about the fence for
# me. …”" over "That was how <Name>, who cast the deciding vote, described his position after the meeting." The story's
# next sentence names the quotation's speaker by "That was how … described", "Those were the words of …": the box holds
# the words the story goes on from. A paragraph opening on anything else ("That was in March.", "That is why the board
# …" with no verb of speech) is no such pointer. A match report points back by naming the speaker and when the words
# were said, the verb left out: "That was head coach <Name> afterwards, and …", "That was <Name> speaking after the
# game" (a role in lower case or none, a capitalised name, then "afterwards", "speaking" or "after the <event>"; "That
# was Tuesday afternoon" names no one after whom anything was said).
_POINTS_BACK = re.compile(
    rf"^(That|Those|Such)( was| is| were|['’]s) (how|what|the words of)\b[^.!?]{{0,120}}?"
    rf"\b({SPEECH_VERBS}|described|describes|put it|puts it|summed it up|sums it up)\b"
    r"|^(That|Those) (was|were) (the )?([a-z][\w-]* ){0,3}(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+,? "
    r"(afterwards|speaking|talking|after (the|his|her|their) (game|match|race|meeting|vote|hearing|final|win|loss))\b"
)


def _gives_reported_words(box) -> bool:
    """Whether ``box`` is one quotation (``_WHOLE_QUOTATION``) right after a paragraph whose last sentence has a
    speaker report (``_SPEAKER_REPORTS``) and quotes none (``_QUOTE_MARK``), or right before one that opens by pointing
    back at it (``_POINTS_BACK``)."""
    if not _WHOLE_QUOTATION.match(_text(box, 2000) or ""):
        return False
    before = next((el for el in box.itersiblings(preceding=True) if isinstance(el.tag, str)), None)
    if before is None or before.tag != "p":
        return False
    said = _text(before, 2000) or ""
    last = _SENTENCE_GAP.split(said)[-1]
    if len(said) > _PROSE_P and bool(_SPEAKER_REPORTS.search(last)) and not _QUOTE_MARK.search(last):
        return True
    after = next((el for el in box.itersiblings() if isinstance(el.tag, str)), None)
    told = _text(after, 2000) or "" if after is not None and after.tag == "p" else ""
    return len(told) > _PROSE_P and bool(_POINTS_BACK.match(told))


def _over_paywall(box) -> bool:
    """Whether a paywall's notice (``PAYWALL``, a line of ``_PAYWALL_NOTICE_WORDS`` words at most) follows ``box`` in the
    page: the story is cut after it."""
    for el in box.xpath("following::*"):
        if el.tag in _PAGE_TEXT_SKIP or not isinstance(el.tag, str):
            continue
        line = _text(el, 400)
        if line and _words(line) <= _PAYWALL_NOTICE_WORDS and PAYWALL.search(line):
            return True
    return False


def _text_outside(body, box) -> str:
    """The page's text outside ``box`` (scripts and styles left out)."""
    inside = set(box.iter())
    pieces = []
    for el in body.iter():
        if el in inside:
            continue
        if isinstance(el.tag, str) and el.text and el.tag not in _PAGE_TEXT_SKIP:
            pieces.append(el.text)
        if el.tail:  # (the box's own tail too: it follows the box)
            pieces.append(el.tail)
    if box.tail:
        pieces.append(box.tail)
    return " ".join(pieces)


def _drop_role_names(box, roles, attrs=("class", "id")) -> None:
    """Take every part of ``box``'s ``attrs`` (its class and its id) naming one of ``roles`` off it."""
    for attr in attrs:
        value = box.get(attr)
        if value and any(r in value for r in roles):
            kept = " ".join(t for t in value.split() if not any(r in t for r in roles))
            if kept:
                box.set(attr, kept)
            else:
                box.attrib.pop(attr)


# trafilatura drops every block whose class names an attachment ("attachment" in it): a CMS's list of files under a
# story or a release ("Attachments" over "Complaint (PDF, 245 KB)"). A release sets its backgrounder the same way, the
# text attached to it ("<div class="release-attachments">" in the release's body: "BACKGROUNDER", the projects funded, a
# paragraph on where the full list is), and lost it. A box among the text's paragraphs (its parent holds two paragraphs
# of prose of its own) that holds a paragraph or an item of prose (a sentence of ``_ATTACHED_PROSE_WORDS`` words or more)
# and hardly a link (``_ATTACHED_LINK_SHARE`` of its words at most) is text: it loses the name. A list of files is its
# links, and one in a side column or a footer has no paragraphs of prose beside it: both still go.
_ATTACHMENT_ROLE = "attachment"  # (trafilatura's own test, case-sensitive)
_ATTACHED_PROSE_WORDS = 15
_ATTACHED_LINK_SHARE = 0.1


def _attached_text(box) -> bool:
    """Whether ``box`` sits among the text's paragraphs and holds prose of its own, hardly a link."""
    parent = box.getparent()
    if parent is None or _prose_paragraphs(parent) < _PROSE_BOX_PARAGRAPHS:
        return False
    said = _text(box, 20_000) or ""
    if sum(_words(_text(a) or "") for a in box.iter("a")) > _ATTACHED_LINK_SHARE * _words(said):
        return False
    return _prose_lines(box) > 0


def _prose_lines(box) -> int:
    """How many of ``box``'s paragraphs and items are prose: a sentence of ``_ATTACHED_PROSE_WORDS`` words or more."""
    return sum(
        _words(line) >= _ATTACHED_PROSE_WORDS and bool(SENTENCE_CLOSE.search(line))
        for line in (_text(el, 2000) or "" for el in box.iter("p", "li"))
    )


def keep_attached_text(tree) -> None:
    """Take the attachment's name off a box of the text's own prose among its paragraphs (``_ATTACHMENT_ROLE``), so
    trafilatura keeps a release's backgrounder."""
    for box in tree.xpath(f"//*[contains(@class, '{_ATTACHMENT_ROLE}')]"):
        inside_another = any(_ATTACHMENT_ROLE in (a.get("class") or "") for a in box.iterancestors())
        if inside_another or not _attached_text(box):
            continue
        for el in box.iter():
            _drop_role_names(el, (_ATTACHMENT_ROLE,), attrs=("class",))


# trafilatura drops every block whose class names an embed ("embed" in it, as it does a share bar's "embedded"): a
# video's or a post's wrapper. A paper's CMS sets the story's own table that way ("<div class="embed
# table-responsive">" around "<table><caption>Monthly bill for a typical household …</caption>…" and its source line,
# between two of the story's paragraphs), and the table was lost whole. A box among the text's paragraphs (its parent
# holds two paragraphs of prose of its own) holding a data table with a caption of its own, and besides it short lines
# at most (a source, a note: ``_EMBEDDED_TABLE_EXTRA`` words), no link, is the story's table: it loses the name. A
# results widget ("results-embed": a race's heading over its tally, its source note and "See all local results") has
# no caption and links away, and a player's wrapper holds no table: both still go.
_EMBED_ROLE = "embed"  # (trafilatura's own test, case-sensitive)
_EMBEDDED_TABLE_EXTRA = 30


def _embedded_table(box) -> bool:
    """Whether ``box`` sits among the text's paragraphs and holds one captioned data table and short lines, no link."""
    parent = box.getparent()
    if parent is None or _prose_paragraphs(parent) < _PROSE_BOX_PARAGRAPHS:
        return False
    tables = list(box.iter("table"))
    if len(tables) != 1 or tables[0].find("caption") is None or len(tables[0].findall(".//tr")) < 2:
        return False
    if next(box.iter("a", "iframe", "video", "script", "blockquote"), None) is not None:
        return False
    table_words = _words(_text(tables[0], 20_000) or "")
    return _words(_text(box, 20_000) or "") - table_words <= _EMBEDDED_TABLE_EXTRA


def keep_embedded_tables(tree) -> None:
    """Take the embed's name off a box among the text's paragraphs that holds its own captioned table
    (``_embedded_table``), so trafilatura keeps the story's table."""
    for box in tree.xpath(
        f"//*[self::div or self::section or self::figure][contains(@class, '{_EMBED_ROLE}')]"
    ):
        inside_another = any(_EMBED_ROLE in (a.get("class") or "") for a in box.iterancestors())
        if inside_another or not _embedded_table(box):
            continue
        for el in box.iter():
            _drop_role_names(el, (_EMBED_ROLE,), attrs=("class",))


# trafilatura drops every ``<aside>`` whatever it holds. A magazine sets the story's own sidebar that way inside its text
# (a wine piece's "What we tasted" notes, a recipe's "The method"): a box among the text's paragraphs (as
# ``_attached_text`` reads it) holding ``_SIDEBAR_PROSE`` paragraphs or items of prose of its own, hardly a link, is
# text: it becomes a ``<div>``. A pull quote (one line), an author's bio or a sign-up box (one paragraph) and a box of
# related stories (its links) are still asides.
_SIDEBAR_PROSE = 2
# An aside of one paragraph is the story's too when it reads as the story's explainer: a paragraph of prose opening on a
# run-in label in bold that closes on a colon ("<strong>How the borrowing works:</strong> Each patron can take up to six
# packets …"), the aside's only line, set right between two of the text's paragraphs of prose (its siblings), speaking
# to no reader ("you"), its label naming no writer (``NEWSROOM_ROLES``, "author") and no furniture by a line rule of its
# own. An author's bio has no run-in label or one naming the writer, a sign-up box ("<b>Newsletter:</b> Get our
# briefing in your inbox") speaks to the reader, a pointer ("<b>Related:</b> …") is a link, and a box at the text's end
# has no paragraph after it: they stay asides.
_RUN_IN_LABEL_WORDS = 8
_RUN_IN = ("strong", "b")
_WRITERS_LABEL = re.compile(rf"\b({NEWSROOM_ROLES}|author)s?\b", re.IGNORECASE)
# The label may be a question the paragraph answers (``ANSWERED_KICKERS``: "<strong>Did you know?</strong> <Species>
# are sometimes called … You can hear it most mornings at …", a fact box set among an aquarium's news): its first
# sentence after the kicker states the fact, speaking to no reader and not for the site ("you", "we", "our"); what comes
# after it may speak to the visitor. The kicker asks nothing of the reader's own ("How can you help?" names "you"; "Did
# you know?" is the one formula that may) and a call's kicker is no such question ("Like this story? Sign up …", "Got
# a tip? …"), so a box calling on the reader stays an aside.
_ANSWERED_KICKER = re.compile(rf"^({ANSWERED_KICKERS})\b[^?]*\?$", re.IGNORECASE)
_TRIVIA_KICKER = re.compile(r"^did you know\?$", re.IGNORECASE)
_FOR_THE_SITE = re.compile(r"\b(we|we['’](re|ve|ll|d)|our|ours|us)\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=[\"”’']?(\s|$))")


def _answers_kicker(name: str, said: str) -> bool:
    """Whether ``name`` is a question kicker (``_ANSWERED_KICKER``) whose paragraph ``said`` opens on a sentence
    stating a fact, to no reader and not for the site."""
    if not _ANSWERED_KICKER.match(name) or (_YOU.search(name) and not _TRIVIA_KICKER.match(name)):
        return False
    rest = said[len(name) :].strip() if said.startswith(name) else ""
    first = _FIRST_SENTENCE.match(rest)
    if first is None or not _OPENS_SENTENCE.match(rest) or first.group(0).endswith("?"):
        return False
    return not _YOU.search(first.group(0)) and not _FOR_THE_SITE.search(first.group(0))


def _prose_sibling(el) -> bool:
    """Whether ``el`` is a ``<p>`` of prose (over ``_PROSE_P`` characters)."""
    return el is not None and el.tag == "p" and len(_text(el, 2000) or "x" * 9999) > _PROSE_P


def _run_in_explainer(box) -> bool:
    """Whether ``box`` is one paragraph of prose opening on a bold label closing on a colon (or a question kicker it
    answers, ``_answers_kicker``), right between two paragraphs of prose, that speaks to no reader, names no writer and
    that no line rule takes."""
    lines = list(box.iter("p", "li"))
    if len(lines) != 1 or _prose_lines(box) != 1:
        return False
    if not (_prose_sibling(box.getprevious()) and _prose_sibling(box.getnext())):
        return False
    line = lines[0]
    label = line[0] if len(line) else None
    if label is None or label.tag not in _RUN_IN or (line.text or "").strip():
        return False
    name = _text(label, 200) or ""
    colon = name.endswith(":") or (label.tail or "").lstrip().startswith(":")
    if not (colon or name.endswith("?")) or _words(name) > _RUN_IN_LABEL_WORDS:
        return False
    if _WRITERS_LABEL.search(name):
        return False
    said = _text(line, 2000) or ""
    if said != (_text(box, 2000) or "") or furniture_rule(said) is not None:
        return False
    return _answers_kicker(name, said) if not colon else not _YOU.search(said)


# So is an aside of one paragraph under a short heading of its own, the same explainer set as a titled box ("<h2>What
# happens next</h2><p>The state office is expected to announce awards in October. Residents who …</p>"): nothing in it
# but the heading and the paragraph, right between two of the text's paragraphs of prose, the heading naming no writer,
# the paragraph speaking to no reader, neither furniture by a line rule. A sign-up box or a donation call under its
# heading speaks to the reader ("you"), an author's box names the writer, a box of links is no prose.
_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _headed_explainer(box) -> bool:
    """Whether ``box`` is a short heading over one paragraph of prose, right between two paragraphs of prose, that
    speaks to no reader, names no writer and that no line rule takes."""
    parts = [el for el in box if isinstance(el.tag, str)]
    if (
        len(parts) != 2
        or parts[0].tag not in _BOX_HEADINGS
        or parts[1].tag != "p"
        or (box.text or "").strip()
    ):
        return False
    if _prose_lines(box) != 1 or not (_prose_sibling(box.getprevious()) and _prose_sibling(box.getnext())):
        return False
    name, said = _text(parts[0], 200) or "", _text(parts[1], 2000) or ""
    if not name or _words(name) > _RUN_IN_LABEL_WORDS or _WRITERS_LABEL.search(name) or furniture_rule(name):
        return False
    return not _YOU.search(said) and furniture_rule(said) is None


# So is an aside of a short heading over one list whose every item is a sentence of the story's, the fact box a news
# site sets in its text ("<h3>What changes July 1</h3><ul><li>The center closes on June 30.</li><li>The transfer station
# will stay open until 4 p.m. on Saturdays.</li>…</ul>"): two items or more, each opening on a capital and closing a
# sentence of ``_FACT_ITEM_WORDS`` words or more, no link in the box, right between two of the text's paragraphs of
# prose, the heading naming no writer, no item speaking to the reader, none furniture by a line rule. A box of related
# stories is links, a "Key dates" box of labels ("June 30: center closes") closes no sentence, a sign-up box's list of
# what "you" get speaks to the reader, and a box after the text has no paragraph after it: they stay asides.
_FACT_ITEM_WORDS = 6
_FACT_ITEMS_MIN = 2
_OPENS_SENTENCE = re.compile(r"^[\"“‘']?(?-i:[A-Z0-9])")


def _headed_fact_list(box) -> bool:
    """Whether ``box`` is a short heading over one list of sentences, right between two paragraphs of prose, with no
    link, that speaks to no reader, names no writer and that no line rule takes."""
    parts = [el for el in box if isinstance(el.tag, str)]
    if len(parts) != 2 or parts[0].tag not in _BOX_HEADINGS or parts[1].tag not in ("ul", "ol"):
        return False
    if (
        (box.text or "").strip()
        or any((el.tail or "").strip() for el in parts)
        or box.find(".//a") is not None
    ):
        return False
    if not (_prose_sibling(box.getprevious()) and _prose_sibling(box.getnext())):
        return False
    name = _text(parts[0], 200) or ""
    if not name or _words(name) > _RUN_IN_LABEL_WORDS or _WRITERS_LABEL.search(name) or furniture_rule(name):
        return False
    items = [_text(li, 2000) or "" for li in parts[1] if isinstance(li.tag, str)]
    if len(items) < _FACT_ITEMS_MIN or any(li.tag != "li" for li in parts[1] if isinstance(li.tag, str)):
        return False
    return all(
        _words(item) >= _FACT_ITEM_WORDS
        and _OPENS_SENTENCE.match(item)
        and SENTENCE_CLOSE.search(item)
        and not _YOU.search(item)
        and furniture_rule(item) is None
        for item in items
    )


def keep_prose_asides(tree) -> None:
    """Make an aside of the story's own prose among its paragraphs a box trafilatura reads (``_SIDEBAR_PROSE``, or one
    paragraph read as the story's explainer, ``_run_in_explainer``, ``_headed_explainer``, or a headed list of its
    sentences, ``_headed_fact_list``)."""
    for box in tree.xpath("//aside[not(ancestor::aside)]"):
        if _attached_text(box) and (
            _prose_lines(box) >= _SIDEBAR_PROSE
            or _run_in_explainer(box)
            or _headed_explainer(box)
            or _headed_fact_list(box)
        ):
            box.tag = "div"


# trafilatura leaves every ``<figure>`` out, and a site builder sets a quotation block that way: "<figure><blockquote>
# “They tackled for each other all day …”</blockquote><figcaption>— Head coach <Name></figcaption></figure>" between
# the story's paragraphs, no picture in it. Such a figure is read as a pull quote is (``keep_unrepeated_pull_quotes``):
# a figure of nothing but a quotation and its credit (no picture, no link), between two paragraphs of prose (the
# nearest ``<p>`` before it and after it, over ``_PROSE_P`` characters), whose words the page says nowhere else
# (``_PULL_QUOTE_REPEAT``), a quotation's length (``_PULL_QUOTE_MIN_WORDS``) or crediting a speaker the page gives no
# words elsewhere (the credit's last word before any comma, its surname: ``_given_words``), is the story's: it becomes
# a ``<div>``, its credit a line of its own. A pull quote repeats a line of the story, or a writer's line set large with
# no credit, or a speaker's words the story quotes; it stays a figure (trafilatura drops it). So does a picture's figure,
# an embedded post (its links, its author's box), a quote set outside the text's paragraphs, and a figure whose class
# names a pull quote (read by ``keep_unrepeated_pull_quotes``).
# A speaker the story names but never gives words to is no pull quote's either: a pull quote lifts words the story gives
# its speaker, so one of the sentences naming the speaker quotes or reports them (a quotation mark, ``REPORTED``'s "said",
# "told", "asked": "“Honestly? Yes,” Abernathy said.", "<Name> has asked the board for a speed limit"). A rescue's quote
# block "“She is the most stubborn animal I have splinted …” — Dr. <Name>, <Clinic>" between paragraphs that name her
# only for what she did ("Dr. <Name> and her team pulled the quills …") is the story's only telling of her words.
# A quotation credited to a writing of a day long passed is no pull quote either: "— <Name>, ledger entry, January 14,
# 1911", "— <Name>, letter to her sister, 1862". A pull quote credits a speaker the story heard (a name, a role); a
# credit closing on the date the words were written, after a comma, cites the document the story quotes (a diary, a
# letter, a ledger), which the story may tell of without giving its words ("she wrote down every pound of flour").
# (A year run into the credit's words, "Class of 2024", is no date of writing.)
# Nor is a quotation the story leads into, its speaker reported in the paragraph right before it and quoted nowhere on
# the page: "Curator <Name> said building the exhibition around it was an easy decision." over "“Once <Name> told us
# the story, there was no other way to hang the show. …” — <Name>, curator" (a verb of speech, ``SPEECH_VERBS``). The
# story tells what the speaker said and the box gives the words; a pull quote lifts words the story quotes, so one of
# the sentences naming its speaker holds a quotation mark, or it stands away from the paragraph that brings the speaker
# in. (A paragraph telling of the speaker writing, "<Name> wrote down every boat …", reports no saying: a block credited
# to the writer by a role, not a dated writing, stays a pull quote's.)
_SPOKE = re.compile(rf"\b({SPEECH_VERBS})\b", re.IGNORECASE)
_CREDIT_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|"
    r"dec(ember)?)\.?"
)
_DATED_CREDIT = re.compile(
    rf",\s*({_CREDIT_MONTH}(\s+\d{{1,2}})?,?\s+|\d{{1,2}}\s+{_CREDIT_MONTH},?\s+)?\d{{4}}\W*$", re.IGNORECASE
)
_QUOTE_FIGURE_PARTS = frozenset(("blockquote", "figcaption"))
_NOT_IN_QUOTE_FIGURE = ("img", "picture", "video", "audio", "iframe", "svg", "object", "embed", "canvas", "a")
_SURNAME = re.compile(r"^[\s—–-]*(?:[\w.'’-]+\s+){0,5}[A-Z][\w'’-]+\s*(,|$)")
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_SENTENCE_GAP = re.compile(r"""(?<=[.!?])["”’')]?\s+""")


def _quote_figure(figure) -> bool:
    """A figure of one quotation (its own ``<blockquote>`` of words and inline markup) and its caption at most, no
    picture nor link in it, no pull quote's name on it."""
    parts = elements(figure)
    quotes = [el for el in parts if el.tag == "blockquote"]
    if len(quotes) != 1 or any(el.tag not in _QUOTE_FIGURE_PARTS for el in parts):
        return False
    if any((piece or "").strip() for piece in _loose_text(figure)):
        return False
    if next(figure.iter(*_NOT_IN_QUOTE_FIGURE), None) is not None:
        return False
    if next(quotes[0].iter("div", "section", "ul", "ol", "table", *_HEADINGS), None) is not None:
        return False
    return not any(role in (el.get("class") or "") for el in figure.iter() for role in _PULL_QUOTE_ROLES)


def _between_prose(el) -> bool:
    """Whether the nearest ``<p>`` before ``el`` and the nearest after it (outside it) are paragraphs of prose. A
    paragraph inside a form is the form's (a sign-up block's "The bulletin goes out every Monday. …" over its e-mail
    field, between the quote and the next section of the text), not the text's: it is passed over."""
    around = [
        *el.xpath("preceding::p[not(ancestor::form)][1]"),
        *el.xpath("following::p[not(ancestor::form)][1]"),
    ]
    return len(around) == 2 and all(len(_text(p, 2000) or "x" * 9999) > _PROSE_P for p in around)


# A short paragraph of the story's own counts as prose beside a quote figure, when the story's prose runs on before it:
# "Ice technician <Name> and her crew re-pebbled the sheets 41 times over the weekend." over a quote block, "The 53rd
# <Event> is scheduled for February 20-22, 2026. …" under it, a site builder's blocks of one short paragraph each, two
# of the three ``<p>`` before the figure paragraphs of prose. Short: a sentence of ``_SHORT_PROSE_WORDS`` words or more
# closing on its stop, no link in it. A testimonial's lines on a page selling something ("Our members love the club."
# over the quote, "Join today!" under it) are short of a sentence, and a quote set before the text has no prose before
# it: they stay figures. (Only a quotation kept is read so; the boxes dropped between two paragraphs of prose,
# ``_info_card_among_text`` and ``_own_page_box``, still ask for prose on both sides.)
_SHORT_PROSE_WORDS = 10
_PROSE_BEFORE = 2


def _short_prose(p) -> bool:
    """Whether ``p`` is one of the story's short paragraphs (``_SHORT_PROSE_WORDS`` words or more, closing on a stop,
    no link in it)."""
    said = _text(p, 2000) or ""
    return (
        _words(said) >= _SHORT_PROSE_WORDS
        and bool(SENTENCE_CLOSE.search(said))
        and next(p.iter("a"), None) is None
    )


def _among_story_prose(el) -> bool:
    """Whether ``el`` stands between two paragraphs of prose (``_between_prose``), or between two short ones of the
    story's (``_short_prose``, or prose) with ``_PROSE_BEFORE`` paragraphs of prose among the three ``<p>`` before it."""
    if _between_prose(el):
        return True
    around = [
        *el.xpath("preceding::p[not(ancestor::form)][1]"),
        *el.xpath("following::p[not(ancestor::form)][1]"),
    ]
    if len(around) != 2 or not all(
        len(_text(p, 2000) or "x" * 9999) > _PROSE_P or _short_prose(p) for p in around
    ):
        return False
    before = el.xpath("preceding::p[not(ancestor::form)][position() <= 3]")
    return sum(len(_text(p, 2000) or "x" * 9999) > _PROSE_P for p in before) >= _PROSE_BEFORE


def _credited_surname(figure) -> str | None:
    """The last word of the figure caption's name, before any comma ("— Head coach Dai Pritchard": "Pritchard"), or
    None."""
    caption = next(figure.iter("figcaption"), None)
    said = (_text(caption, 200) or "") if caption is not None else ""
    if _SURNAME.match(said) is None:
        return None
    return said.split(",")[0].split()[-1]


def _dated_credit(figure) -> bool:
    """Whether the figure's caption closes on the date its quotation was written (``_DATED_CREDIT``)."""
    caption = next(figure.iter("figcaption"), None)
    return caption is not None and bool(_DATED_CREDIT.search(_text(caption, 200) or ""))


def _given_words(surname: str, others: str) -> bool:
    """Whether a sentence of ``others`` naming ``surname`` quotes or reports (a quotation mark, ``REPORTED``): the
    story gives that speaker words a pull quote could lift."""
    named = re.compile(rf"\b{re.escape(surname)}\b")
    return any(
        named.search(s) and (_QUOTE_MARK.search(s) or REPORTED.search(s)) for s in _SENTENCE_GAP.split(others)
    )


# Nor is a short quotation whose credit is the only place the page gives its speaker's full name: "“You don’t get used
# to it. …”" over "<figcaption>— <Given> <Surname>, <neighbourhood> resident</figcaption>" between two paragraphs, the
# next one going on "<Surname>, who has lived …, told the council …". A story names a speaker in full the first time and
# by the surname after; a pull quote lifts its words from a story that has already named its speaker so ("<Given>
# <Surname> said …" in a paragraph), and a story that calls its speaker by the surname alone, no capitalised word before
# it in any sentence ("<Given> <Surname>" and "Ms. <Surname>" nowhere), has introduced her in the box: the box is the
# story's. A credit of a surname alone, or of a name the paragraphs give in full, still goes.
_GIVEN_NAME = re.compile(r"^[A-Z][a-z][\w'’-]*$")
_CAPITALISED_BEFORE = r"\b[A-Z][\w.'’-]*\s+"


def _introduced_by_credit(name: str, others: str) -> bool:
    """Whether ``name`` (a credit's given name and surname, the last two words of its name) is the page's only full
    naming of the speaker: the surname stands in ``others`` only with no capitalised word right before it."""
    words = name.split()
    if len(words) < 2 or not _GIVEN_NAME.match(words[-2]):
        return False
    surname = re.escape(words[-1])
    if re.search(rf"\b{surname}\b", others) is None:
        return False
    return re.search(rf"{_CAPITALISED_BEFORE}{surname}\b", others) is None


def _led_into(figure, surname: str, others: str) -> bool:
    """Whether the paragraph right before ``figure`` reports ``surname`` speaking (``SPEECH_VERBS``) in a sentence with
    no quotation mark, and no sentence of ``others`` naming them quotes: the story leads into the speaker's only
    words."""
    before = figure.xpath("preceding::p[not(ancestor::form)][1]")
    named = re.compile(rf"\b{re.escape(surname)}\b")
    if not before or not any(
        named.search(s) and _SPOKE.search(s) and not _QUOTE_MARK.search(s)
        for s in _SENTENCE_GAP.split(" ".join(before[0].itertext()))
    ):
        return False
    return not any(named.search(s) and _QUOTE_MARK.search(s) for s in _SENTENCE_GAP.split(others))


def keep_quote_figures(tree) -> None:
    """Make a figure of a quotation the page says nowhere else, between two paragraphs of prose, a box trafilatura
    reads (``_quote_figure``, ``_among_story_prose``), when it is long or credits a speaker the page gives no words
    elsewhere (``_given_words``), a writing of a given date (``_dated_credit``) or a speaker the paragraph before it
    reports and the page never quotes (``_led_into``)."""
    figures = [f for f in tree.iter("figure") if _quote_figure(f) and _among_story_prose(f)]
    body = tree.find(".//body")
    if not figures or body is None:
        return
    for figure in figures:
        said = " ".join(next(figure.iter("blockquote")).itertext())
        quote = _triples(said)
        others = _text_outside(body, figure)
        if not quote or len(quote & _triples(others)) >= _PULL_QUOTE_REPEAT * len(quote):
            continue
        if _words(said) < _PULL_QUOTE_MIN_WORDS:
            surname = _credited_surname(figure)
            if surname is None or (
                _given_words(surname, others)
                and not _dated_credit(figure)
                and not _led_into(figure, surname, others)
            ):
                continue  # (a writer's line set large, or a speaker the story quotes: a pull quote)
        figure.tag = "div"
        for caption in figure.iter("figcaption"):
            caption.tag = "p"


# A box holding this many paragraphs of prose (each over ``_PROSE_P`` characters) is article text
# whatever its class says: a paywalled site marks its free teaser "subscriber-preview", a sign-up box
# has one short paragraph at most.
_PROSE_P = 120
_PROSE_BOX_PARAGRAPHS = 2


# A paywalled site names its gated text by who may read it: "subscriber-preview" (the free teaser),
# "subscriber-only", "subscriberContent". That box is the article's own text, however short (a teaser of one
# paragraph), not the "subscribe" prompt the role names: the noun and what follows it, case and "-"/"_" folded.
_GATED_TEXT = (
    "subscriberpreview",
    "subscriberonly",
    "subscriberspreview",
    "subscribersonly",
    "subscribercontent",
)
_GATED_FOLD = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ-_", "abcdefghijklmnopqrstuvwxyz")  # ("-", "_" dropped)


def _names_gated_text(attr: str) -> str:
    folded = f"translate({attr}, '{_GATED_FOLD[0]}', '{_GATED_FOLD[1]}')"
    return " or ".join(f"contains({folded}, '{g}')" for g in _GATED_TEXT)


def _role_test(role: str) -> str:
    """The box's class or id names ``role``; a "subscribe" role not in a name of gated text
    (``_GATED_TEXT``: the translate runs only on boxes already named so)."""
    test = f"contains(@class, '{role}') or contains(@id, '{role}')"
    if role.lower() != "subscribe":
        return test
    return f"(({test}) and not({_names_gated_text('@class')} or {_names_gated_text('@id')}))"


def _box_xpath(roles: list[str]) -> str:
    names = " or ".join(_role_test(r) for r in roles)
    return (
        f"//*[{names}][not(self::html or self::body or self::main or self::article)]"
        f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
        f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
    )


# Readers' posts under a role name trafilatura does not know as comments. These boxes can be long (a
# guest book of 140 entries), so there is no size bound: only the page's headline (a guest-book page of
# its own) and the article's own container are never pruned.
_USER_POST_ROLES = ["guestbook", "guest-book", "Guestbook", "GuestBook", "condolence", "Condolence"]


def _user_posts_xpath(roles: list[str]) -> str:
    names = " or ".join(f"contains(@class, '{r}') or contains(@id, '{r}')" for r in roles)
    return f"//*[{names}][not(self::html or self::body or self::main or self::article)][not(.//h1)]"


# A poster's signature under each forum post ("Jo - Wyke Lane", a motto, a club's name): the class token
# itself, not a word inside a longer class ("signature-series" may be a site's own section), and small.
# The in-content ad slot of a widely used news theme, by its token (tagDiv's "td-a-rec", beside "td-a-rec-id-…"): the
# slot the site fills with an ad or a paid notice ("AVIS PUBLIC / PUBLIC NOTICE" over a municipality's meeting notice
# among the paragraphs), never the story's paragraph.
_TOKEN_ROLES = ["signature", "td-a-rec"]


def _token_xpath(roles: list[str]) -> str:
    names = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {r} ')" for r in roles)
    return (
        f"//*[{names}][not(self::html or self::body or self::main or self::article)][not(.//h1)]"
        f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
        f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
    )


# A call to action's box by the short name themes give it: a class token "cta" or opening with it ("cta-box",
# "ctaBlock"), or one closing a compound ("article-cta", "c-cta", "whatsapp-cta"): a health system's "Know the
# signs … Learn more about our stroke care" box among the paragraphs. Block boxes only, small, never holding
# two paragraphs of prose (as ``_box_xpath``); a word that merely holds the letters ("selectable",
# "expectation") is no such name. (Not "call-to-action" spelt out: GOV.UK's govspeak sets a minister's quote in
# a "call-to-action" box.)
# A compound in camelCase closes on "Cta" the same way (CSS modules' "JoinCta_wrap__9UeTm", "newsletterCta",
# "HeroCta-box": a "Become a Documenter" pitch and its button after the notes), a capital and a break after it.
_CAMEL_CTA = "contains(concat(normalize-space(@class), ' '), 'Cta ') or contains(@class, 'Cta_') or contains(@class, 'Cta-')"
_CTA_XPATH = (
    "//*[self::div or self::aside or self::section or self::figure]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' cta') or contains(@class, '-cta') "
    f"or contains(@class, '_cta') or {_CAMEL_CTA}]"
    f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
    f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
)

# The same box named by a data attribute instead of its class: a page builder hashes its classes
# ("framer-zh7u2s") and keeps the layer's name in ``data-framer-name="CTA"`` (``data-name``,
# ``data-block="cta-banner"``): "cta" as a word of any ``data-*`` value, case folded, "-" and "_" as spaces.
# Block boxes only, small, never holding two paragraphs of prose or the headline; "Actas", "ctab" are no
# such word.
_CTA_DATA_XPATH = (
    "//*[self::div or self::aside or self::section or self::figure]"
    "[@*[starts-with(name(), 'data-')]"
    "[contains(concat(' ', translate(normalize-space(.), 'CTA-_', 'cta  '), ' '), ' cta ')]]"
    "[not(.//h1)]"
    f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
    f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
)

# A paragraph that is nothing but a call-to-action button: all its text inside one inline element whose
# class names a cta as ``_CTA_XPATH`` reads it (HubSpot's ``<p><span class="hs-cta-wrapper">…<a
# class="cta_button">Download the full report</a>…</p>``). A cta link inside a sentence leaves the
# paragraph alone ("… said the group, <a class="cta-link">which published the figures</a>.").
_CTA_CLASS = (
    "[contains(concat(' ', normalize-space(@class), ' '), ' cta') or contains(@class, '-cta') "
    "or contains(@class, '_cta')]"
)
_CTA_PARAGRAPH_XPATH = (
    f"//p[.//*[self::span or self::a or self::button or self::strong or self::em]{_CTA_CLASS}"
    "[normalize-space(.) = normalize-space(ancestor::p[1])]]"
    "[string-length(normalize-space(.)) > 0][string-length(normalize-space(.)) < 200]"
)


def _part_xpath(word: str, tags: str = "self::div or self::aside or self::section") -> str:
    """Block boxes whose class has ``word`` as a token or a whole part of a compound, first, last or between
    ("support-box", "support_banner", "article-support", "fdn-support-box", "m-superbox--sources"); a word
    that merely holds the letters ("supporting-image", "supported-browsers", "opensources") is no such name.
    Small, never holding two paragraphs of prose (as ``_box_xpath``)."""
    parts = " or ".join(
        f"contains(concat(' ', normalize-space(@class), ' '), '{form}')"
        for form in (f" {word} ", f" {word}-", f" {word}_", f"-{word} ", f"_{word} ")
    )
    return (
        f"//*[{tags}]"
        f"[{parts} or contains(@class, '-{word}-') or contains(@class, '_{word}_')]"
        f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
        f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
    )


# A reader-support appeal's box by the name themes give it, "support" as a class part ("support-box",
# "reader-support", a theme's prefixed "fdn-support-box"): "Watershed Stories is listener supported. … become a
# supporter for $5 a month".
_SUPPORT_XPATH = _part_xpath("support")

# A fact-check's or explainer's list of its sources under their own class part ("m-superbox--sources",
# "article-sources", "sources-list"): "Our Sources" over "Facebook post, Nov. 27, 2026", "Phone interview, …":
# citations, one a line, that read as stray lines once the headings around them are gone. (A source named in a
# sentence is the story's own; a box of two paragraphs of prose stays.)
_SOURCES_XPATH = _part_xpath("sources")

# The credits of a show or a release under their own class part ("episode-credits", "release-credits", "credits"):
# "The Front Range Daily is produced by … Our editor is … Music by …", "Writer: …", "Source: …": who made the page,
# not what it reports. (A part only: "creditscore" is no such name; a box of two paragraphs of prose stays.)
_CREDITS_XPATH = _part_xpath("credits")

# Notes under their own class part, read in the class only (an id of the same word is a section's anchor: GOV.UK's
# ``<h2 id="funding">Funding</h2>`` heads a part of the speech):
# - a research story's funding credit in a box of its own after the text ("story__funding", "callout--funding": "The
#   research was supported by …"): a credit line, like a station's underwriting;
# - an agency's accessibility note under its release ("accessibility-note": "Alternative accessible formats of this
#   information will be provided upon request"): the same notice under every page;
# - an e-mail's preheader, the inbox preview line over the masthead ("preheader": "The Harbor Brief for Wednesday,
#   December 3"): every e-mail template names it so (``_PREHEADER_XPATH``, below, a paragraph too).
# - a show's or a newsletter's sponsors under the plural ("episode__sponsors", "sponsors-list": "Sponsored By:" over
#   "Buckeye Credit Union: Open a holiday savings account …"): paid lines (the singular "sponsored" may flag a paid
#   article itself, so it is left out).
# - a charity's wish list under its own class part ("wish-list-box", "wishlist": "Our Amazon Wish List" over "Most
#   needed right now: …" and its shop button): the same appeal under every post.
# - a commentary's or a long read's endnotes under their own class part ("endnotes", "article-endnotes": "Endnotes"
#   over "Author's calculations based on … ↩"): its citations, one a line, with a link back up to the text. (Not
#   "footnotes": a blog's footnote may be the writer's own aside, "The Saturday service is unchanged.")
_NOTE_XPATHS = [
    _part_xpath(word)
    for word in (
        "funding",
        "accessibility",
        "sponsors",
        "wishlist",
        "wish-list",
        "endnotes",
    )
]
# A release's media contact box under its own class part ("media-contact-box", "press-contacts": "Media Contact" over
# "<name>, Communications Office", a phone number and an e-mail) set over the text: a box after it holding the
# release's paragraphs (two of prose at least). The contacts after the text are read as lines (``page_lines``'s contact
# block, which also takes the short notes under them); a box of two paragraphs of prose stays.
_CONTACT_BOX_OVER_TEXT = " | ".join(
    f"{_part_xpath(word)}[following-sibling::*[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) >= 2]]"
    for word in ("media-contact", "media-contacts", "press-contact", "press-contacts")
)
# (The preheader in a paragraph too: an e-mail's table cell "<td class="preheader">" is read as a box, and its one line of
# prose as a paragraph, once the layout is read as boxes.)
_PREHEADER_XPATH = _part_xpath("preheader", "self::div or self::aside or self::section or self::p")
# (Or under an id naming it, in any case: Mailchimp's templates set the line in "<td id="templatePreheader">", read as a
# box once the layout is; the word holds no other word's letters. The preview line alone, no link in the box: a
# preheader holding the e-mail's "View this email in your browser" is its browser bar, whose line the line rules take
# (the e-mail trailer) and whose cell the reading of the cells over the letter counts.)
_PREHEADER_ID_XPATH = (
    "//*[self::div or self::aside or self::section or self::p or self::td]"
    "[contains(translate(@id, 'PREHEADR', 'preheadr'), 'preheader')][not(.//a)]"
    f"[string-length(normalize-space(.)) < {_BOX_MAX}]"
    f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
)
# A funder's credit under the class that names it, a box or a paragraph ("supported-by": "The conservation of the
# figurehead was supported by the Coastal Heritage Fund …"): a credit line, like a funding credit's box; the whole
# compound only ("supported-browsers" names no credit).
_SUPPORTED_BY_XPATH = _part_xpath("supported-by", "self::div or self::aside or self::section or self::p")
# A site's disclaimer under its own class part, a box or a paragraph (a bare text ``<div>`` is read as one):
# a portal's notice under every release it hosts ("pr-disclaimer": "The publisher indicated in each case … is
# solely responsible for the stated content"), never the release.
_DISCLAIMER_XPATH = _part_xpath("disclaimer", "self::div or self::aside or self::section or self::p")
# The site's footer by its markup role rather than its tag: a page builder's footer template set in a ``<div>`` and named
# by a data attribute ("<div data-elementor-type="footer">", ``data-location="footer"``) or an ARIA landmark (``<div
# role="contentinfo">``), which trafilatura reads as text since only a ``<footer>`` tells it what the block is (a
# body's "<Name> is a nonprofit organization of …" and its postal address under every page). The whole value names the
# footer ("footer-ad", "entry-footer" do not); block boxes only, never holding the headline or two paragraphs of prose.
_FOOTER_ROLE_XPATH = (
    "//*[self::div or self::section]"
    "[@role='contentinfo' or @*[starts-with(name(), 'data-')][translate(normalize-space(.), 'FOTER', 'foter') = 'footer']]"
    "[not(.//h1)]"
    f"[count(.//p[string-length(normalize-space(.)) > {_PROSE_P}]) < {_PROSE_BOX_PARAGRAPHS}]"
)


PRUNE_XPATH = [
    _box_xpath(_BOX_ROLES),
    _user_posts_xpath(_USER_POST_ROLES),
    _token_xpath(_TOKEN_ROLES),
    _CTA_XPATH,
    _CTA_DATA_XPATH,
    _CTA_PARAGRAPH_XPATH,
    _SUPPORT_XPATH,
    _SOURCES_XPATH,
    _CREDITS_XPATH,
    *_NOTE_XPATHS,
    _PREHEADER_XPATH,
    _PREHEADER_ID_XPATH,
    _SUPPORTED_BY_XPATH,
    _DISCLAIMER_XPATH,
    _CONTACT_BOX_OVER_TEXT,
    _FOOTER_ROLE_XPATH,
]


# -- offer boxes ----------------------------------------------------------------------------------

# A control that asks the reader to buy: its text opens with the call ("Subscribe now", "Send Flowers
# Now", "Buy the issue", "Add to basket", "See all plans").
# ("Get", "start", "try", "send" only with what is bought: "Get the full report" in a fact box is no sale; "Become" only
# with a membership's kind, which is sold: "Become a Member" under "Family memberships start at $145". "Sponsor" the
# verb, a sponsorship sold by the month: "Sponsor Biscuit for $10 a month"; "Sponsored by" credits and sells nothing.
# "Adopt" the verb, an animal's symbolic adoption sold at its price: "Adopt Juniper →" under "A $40 adoption includes a
# photo …"; "Adopted", "adoption" sell nothing.)
_CALL = re.compile(
    r"^(subscribe|buy|shop|order|join|sign ?up|claim|book|donate|give|sponsor|adopt|renew|upgrade|unlock|"
    rf"become an? ((paying|paid|founding|monthly|annual) )?({MEMBERSHIP_KINDS})|"
    r"get (started|access|offer|deal|this deal|the deal|it now|yours|unlimited|digital|tickets|seats|\d)|"
    r"start (your|my|a|free|now|today|trial|subscription|reading)|try (it|free|now|today|for|\d)|"
    r"send (flowers|a gift|gifts)|continue reading|keep reading|add to (cart|basket|bag)|"
    r"see (all )?(plans|offers|deals|prices?)|view (the )?(offer|deal|plans)|check (the )?price)\b",
    re.IGNORECASE,
)
_CALL_WORDS = 6  # a control's text: a button, not a sentence
# A button's call with its offer set after a dash or a bar ("Subscribe now — 50% off your first year", "Join
# today | $1 a week"): the call is the part before it.
_CALL_OFFER_SPLIT = re.compile(r"\s+[—–|]\s+|\s+-\s+")
_OFFER_MAX = 500  # characters: an offer box is small; a container this large is more than an offer
_OFFER_LEVELS = 3  # how far above the control the box holding the price may be
_BOX_TAGS = frozenset(("div", "aside", "section", "form", "figure", "footer"))
# An e-mail's layout sets its card in a table cell (a rescue's newsletter: "Sponsor me: Biscuit" over "Hi, I'm Biscuit!
# … My medicine costs about $40 a month. …" and "Sponsor Biscuit for $10 a month", in one ``<td>`` beside the picture's):
# the cell is the box. A cell holding a table is a layout's column (an old site's menu over its subscription box), and
# is passed over; but not for a table that is nothing but a button (an e-mail builder sets each button as a table of its
# own, "<table class="mlContentButton"><tr><td><a>Sponsor <Name> for $10 a month</a></td></tr></table>", inside the
# card's cell): that cell is still the card (``_layout_cell``).
_OFFER_BOX_TAGS = _BOX_TAGS | {"td"}


def _button_table(table) -> bool:
    """A table holding one link or button and no other words: an e-mail builder's button."""
    controls = [c for c in table.iter("a", "button") if _text(c)]
    return len(controls) == 1 and _text(table, 200) == _text(controls[0])


def _layout_cell(cell) -> bool:
    """A table cell holding a table other than a button's (``_button_table``): a layout's column, not a card."""
    return any(not _button_table(table) for table in cell.iter("table"))


def _text(el, limit: int | None = None) -> str | None:
    """The element's text, whitespace folded; None once it passes ``limit`` characters (read no further:
    a menu of thousands of links has thousands of controls below one big box)."""
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if limit is not None and size > 2 * limit and len(" ".join(" ".join(parts).split())) > limit:
            return None
    text = " ".join(" ".join(parts).split())
    return None if limit is not None and len(text) > limit else text


def _offer_box(control, seen: dict):
    """The small box around ``control`` that also holds a price, or None.

    A block box or an e-mail's table cell (``_OFFER_BOX_TAGS``; never a paragraph: "<p>Tickets are $12. <a>Buy
    tickets</a></p>" is article text), of at most ``_OFFER_MAX`` characters, with fewer than two paragraphs of prose
    (``_PROSE_P``), not holding the page's headline or the article's own container. A box of nothing but the control's
    own words is the button's wrapper, not the box: a donation card's "Give $35" button holds the price, and the card
    around it ("$35 pays for a day of warden patrols …") is the offer; nor is it one of the ``_OFFER_LEVELS`` looked up
    (a site builder's button module wraps its link three deep, beside the block holding the prices). ``seen`` keeps each
    box's verdict: a page of thousands of buttons in one box judges that box once.
    """
    box, label, levels = control, _text(control, 80), 0
    while levels < _OFFER_LEVELS:
        box = box.getparent()
        if box is None or box.tag in ("body", "html", "main", "article"):
            return None
        if _text(box, 80) == label:
            continue  # (the button's own wrapper: a price on the button, "Give $35", is the box's above it)
        levels += 1
        if box.tag not in _OFFER_BOX_TAGS or (box.tag == "td" and _layout_cell(box)):
            continue  # (a table cell holding a table, not a button's, is a layout's column, not an e-mail's card)
        if box not in seen:
            seen[box] = _judge(box)
        verdict = seen[box]
        if verdict != "no price":
            return box if verdict == "offer" else None
    return None


# A venue's box of show times sells its showings as a priced box sells its offer: "Show times" over "Fri 7:00 pm –
# <Show>", "Sat 2:00 pm – <Show>" and "Buy tickets · …" has no price but ``_SHOWINGS_MIN`` slots of a day and a clock
# time. A story's paragraph with one time ("Doors open Fri 7:00 pm. <a>Buy tickets</a>") is a paragraph, never a box,
# and a story's box of several is held by its prose (``_PROSE_BOX_PARAGRAPHS``).
_SHOWING = re.compile(rf"\b({WEEKDAYS})\.?,? \d{{1,2}}(:\d\d)? ?([ap]\.?m\b\.?)", re.IGNORECASE)
_SHOWINGS_MIN = 2


def _judge(box) -> str:
    """ "offer", "no price" (look further up) or "not an offer" (stop: too big, or article text)."""
    text = _text(box, _OFFER_MAX)
    if text is None:
        return "not an offer"
    # (a discount is a price too: a premium lock's "Subscribe now — 50% off your first year"; a schedule of showings
    # is what a ticket call sells)
    if not (PRICE.search(text) or DISCOUNT.search(text) or len(_SHOWING.findall(text)) >= _SHOWINGS_MIN):
        return "no price"
    if next(box.iter("h1", "article", "main"), None) is not None:
        return "not an offer"
    if sum(len(_text(p)) > _PROSE_P for p in box.iter("p")) >= _PROSE_BOX_PARAGRAPHS:
        return "not an offer"
    return "offer"


# A site builder sets a button as a block of its own after the text block it belongs to (Squarespace's "button-block",
# Elementor's button widget): "Become a member" over "Members get … Family memberships start at $55 a year, …" in one
# block, "Join today" in the next. The priced block is the offer as the box around both would be, and goes with the
# button's block: the button (a call to buy, ``_CALL``) styled as one by its class (``_BUTTON_CLASS``, on the link or a
# wrapper), alone in up to ``_MODULE_LEVELS`` boxes of nothing else, the block right before them an offer box by
# ``_judge`` (a price, ``_OFFER_MAX`` characters, fewer than two paragraphs of prose, no headline). A button block after
# a block of no price, or a bare link with no button's class, stays.
_MODULE_LEVELS = 4


def _button_module(control):
    """The outermost of up to ``_MODULE_LEVELS`` boxes around ``control`` holding nothing but it, when one of them or
    the control is styled as a button; else None."""
    label, boxes = _text(control, 80), [control]
    for _ in range(_MODULE_LEVELS):
        parent = boxes[-1].getparent()
        if parent is None or parent.tag not in ("div", "section", "p") or _text(parent, 80) != label:
            break
        boxes.append(parent)
    if len(boxes) < 2 or not any(_BUTTON_CLASS.search(box.get("class") or "") for box in boxes):
        return None
    return boxes[-1]


def _priced_block_before(control, seen: dict):
    """The offer block right before the button block of ``control`` (``_button_module``), or None."""
    module = _button_module(control)
    if module is None:
        return None
    before = previous_element(module)
    if before is None or before.tag not in _BOX_TAGS or (before.tail or "").strip():
        return None
    if before not in seen:
        seen[before] = _judge(before)
    return [before, module] if seen[before] == "offer" else None


# The call to join may be the box's own heading rather than a button: "Become a Member!" in bold on a line of its own
# over "Members receive our quarterly newsletter … Individual memberships are $10, families $15." (an old museum site's
# bordered box, its form a link inside the sentence), "<h4>Become a member</h4>" over "Family memberships start at $55
# a year" (a site builder's box, its "Join today" button in a block of its own beside it). The heading is nothing but
# the call to become a member or to join (``_HEADING_CALL``), opening the box, and the box holds a price as an offer
# box does; a table cell is such a box only as the one cell of its table, which goes whole (``_framed_box``): a row of
# a side column's table ("JOIN US!" under "MUSEUM HOURS") is the column's, read with it. A story's subheading over a
# paragraph of prices ("Order of events", "Shop local") calls no one to join.
# The call may name what it calls the reader to join, the club's name or initials in capitals ("Join <INITIALS>!",
# "Join the Friends of the Museum"), and a bold call closing on "!" may run into its box's line rather than stand on one
# of its own ("<b>Join <INITIALS>!</b> Annual dues are only $15 …", an old club site's framed box): the shout sets it
# apart as a line's break would. A bold run with no "!" inside a line ("<b>Join us</b> for the parade, $5 a head") is no heading.
_HEADING_CALL = re.compile(
    rf"^(become an? ((new|paying|paid|founding|monthly|annual) )?({MEMBERSHIP_KINDS})( today| now)?|"
    r"join (us|today|now|(the )?(?-i:[A-Z])[\w&.'’-]*( (of |the )?(?-i:[A-Z])[\w&.'’-]*){0,4})( today)?|"
    # (or to sponsor or adopt one of the body's charges, as a sanctuary's, a zoo's or a charity's box heads its offer:
    # "Sponsor a pig" over "For $25 a month you can sponsor one of our residents …" and its link)
    r"(sponsor|adopt) (a|an|one of our) [\w'’-]+( [\w'’-]+)?( today| now)?)\W*$",
    re.IGNORECASE,
)
_BOLD = ("b", "strong")


def _call_heading(el) -> bool:
    """A heading (``_HEADINGS``), or a bold run set on a line of its own at its block's opening (or run into it,
    closing on "!"), that is nothing but a call to join (``_HEADING_CALL``)."""
    parent = el.getparent()
    if parent is None or (parent.text or "").strip() or el.getprevious() is not None:
        return False  # (it opens its block)
    if el.tag in _BOLD:
        after = el.getnext()
        shout = (_text(el, 80) or "").endswith("!")
        if (
            not shout
            and not _bold_line(el)
            and (
                (el.tail or "").strip()
                or after is None
                or not isinstance(after.tag, str)
                or after.tag not in ("br", "p", "div")
            )
        ):
            return False
    elif el.tag not in _HEADINGS:
        return False
    label = _text(el, 80)
    return bool(label) and bool(_HEADING_CALL.match(label))


def _bold_line(el) -> bool:
    """A bold run that is the whole of its block, a line of its own with a block after it (an e-mail builder's heading:
    "<div><strong>Sponsor a pig</strong></div>" over the box's paragraph)."""
    block = el.getparent()
    if block is None or block.tag not in ("div", "p") or (el.tail or "").strip() or len(elements(block)) != 1:
        return False
    after = next_element(block)
    return after is not None and after.tag in ("p", "div") and not (block.tail or "").strip()


def _framed_box(box):
    """The box a heading's call is read in: a block box itself, and for a table cell the table around it when that is
    its only cell (an old layout's framed box); a cell among others (a row of a side column's table) is None."""
    if box.tag != "td":
        return box
    table = next(box.iterancestors("table"), None)
    if table is None:
        return None
    cells = [cell for cell in table.iterdescendants("td", "th") if next(cell.iterancestors("table")) is table]
    return table if cells == [box] else None


def drop_offer_boxes(tree) -> None:
    """Remove every small box that holds a price and a call to buy (see ``_offer_box``), the call a button or the box's
    heading (``_call_heading``), and a priced block with the button block a site builder sets after it
    (``_priced_block_before``)."""
    boxes, seen = {}, {}  # (a dict keeps the page's order)
    for control in tree.iter("a", "button", *_HEADINGS, *_BOLD):
        if control.tag not in ("a", "button"):
            if _call_heading(control) and (box := _offer_box(control, seen)) is not None:
                box = _framed_box(box)
                if box is not None:
                    boxes[box] = True
            continue
        label = _text(control, 80)
        call = _CALL_OFFER_SPLIT.split(label, maxsplit=1)[0] if label else ""
        if call and len(call.split()) <= _CALL_WORDS and _CALL.match(call):
            box = _offer_box(control, seen)
            if box is not None:
                boxes[box] = True
            elif (blocks := _priced_block_before(control, seen)) is not None:
                boxes.update(dict.fromkeys(blocks, True))
    notes = _offer_row_notes(tree, list(boxes))
    for box in [*boxes, *notes]:
        if box.getparent() is not None:
            remove_keeping_tail(box)


# The terms of a row of offer cards, in small print under it: "Sponsors get a quarterly photo update and a thank-you card
# …" under two cards side by side, each a picture, a name, a line and "Sponsor <Name> for $10 a month" (a rescue's
# e-mail). Two offer boxes or more in one row (the children of one box, or the cells of one table row), then right after
# the row's box a paragraph that closes its own box, caption-sized (``_CAPTION_MAX``), with no link, and set in smaller
# type than the text's prose (``_text_size``, ``_SMALLER_TYPE``): the offer's small print, whatever it says. A paragraph
# in the text's own size, one followed by more of the box, or one under a single offer, stays.
_ROW_WRAPS = ("tr", "tbody", "thead")


def _offer_row_notes(tree, boxes: list) -> list:
    """The small-print paragraphs closing the box of a row of two or more offer boxes among ``boxes``."""
    rows: dict = {}
    for box in boxes:
        if box.getparent() is not None:
            rows.setdefault(box.getparent(), []).append(box)
    notes = []
    for parent, cards in rows.items():
        if len(cards) < _NAMED_CARDS:
            continue
        row = parent
        while row.tag in _ROW_WRAPS and row.getparent() is not None:
            row = row.getparent()
        note = next_element(row)
        if (
            note is None
            or note.tag != "p"
            or next_element(note) is not None
            or not _text(note, _CAPTION_MAX)
            or next(note.iterdescendants("a", *_INNER_BLOCKS), None) is not None
        ):
            continue
        size, own = _text_size(tree), _font_size(note)
        if size is not None and own is not None and own <= size * _SMALLER_TYPE:
            notes.append(note)
    return notes


# A shop's box set beside the news (a charity's newsletter after its sign-off, a museum's post): a heading naming the
# shop (``SHOP_NAMES``: "From the sanctuary shop", "New in our gift shop") over paragraphs each closing on a link
# that calls the reader to buy (``_CALL``: "… Every calendar sold feeds a donkey for two days. Order the calendar") or
# to the shop itself ("… Visit the shop"): the shop's wares, sold, with no price the offer boxes would read. The box
# holds the heading and those paragraphs and no other words, ``_SHOP_BOX_MAX`` characters at most. A section of a story
# under a heading about a shop, whose paragraphs close on their own sentences, stays, and so does a box of one
# paragraph closing on a link that calls to nothing bought.
_SHOP_HEADING = re.compile(rf"\b({SHOP_NAMES})\b", re.IGNORECASE)
_SHOP_HEADING_WORDS = 6
_SHOP_VISIT = re.compile(
    rf"^(visit|browse|see|explore) (the|our) ([\w'’-]+ )?({SHOP_NAMES}|range|collection)\b", re.IGNORECASE
)
_SHOP_BOX_MAX = 800


def _shop_call(paragraph) -> bool:
    """A paragraph of words closing on a link that calls the reader to buy or to the shop, nothing after the link."""
    kids = elements(paragraph)
    if not kids or kids[-1].tag != "a" or (kids[-1].tail or "").strip(" .!→›»"):
        return False
    label = _text(kids[-1], 80) or ""
    if not (0 < len(label.split()) <= _CALL_WORDS) or not (_CALL.match(label) or _SHOP_VISIT.match(label)):
        return False
    return len((_text(paragraph) or "").split()) > len(label.split())


def _shop_box(heading) -> object | None:
    """The box ``heading`` heads when it names a shop over paragraphs each closing on a call to buy, else None."""
    box = heading.getparent()
    label = _text(heading, 80) or ""
    if box is None or box.tag not in _OFFER_BOX_TAGS or not _SHOP_HEADING.search(label):
        return None
    if len(label.split()) > _SHOP_HEADING_WORDS or _text(box, _SHOP_BOX_MAX) is None:
        return None  # (read no further than a small box's text)
    if (
        any((piece or "").strip() for piece in _loose_text(box))
        or next(box.iter("h1", "article", "main"), None) is not None
    ):
        return None
    kids = elements(box)
    worded = [el for el in kids if el is not heading and (_text(el) or "")]
    if not worded or kids.index(heading) > kids.index(worded[0]):
        return None
    return box if all(el.tag == "p" and _shop_call(el) for el in worded) else None


def drop_shop_boxes(tree) -> None:
    """Remove every box of a heading naming a shop over paragraphs each closing on a call to buy (``_shop_box``)."""
    boxes = [box for heading in tree.iter(*_HEADINGS) if (box := _shop_box(heading)) is not None]
    for box in boxes:
        remove_keeping_tail(box)


def remove_keeping_tail(el) -> None:
    """Take ``el`` out of the page, the text after it (its tail) staying where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# -- call boxes -----------------------------------------------------------------------------------

_YOU = re.compile(r"\b(you|your|yours|you’re|you're|you’ll|you'll|you’ve|you've)\b", re.IGNORECASE)
_CALL_BOX_MAX = 300  # characters: a prompt and its button, not a passage
_CALL_BOX_ELEMENTS = 30  # a prompt's box is a handful of elements; a wrapper is not read further
_BUTTON_MAX_WORDS = 4


def _at_most(el, count: int) -> bool:
    """Whether ``el`` holds at most ``count`` elements (counting stops there: a wrapper costs no more)."""
    for i, _ in enumerate(el.iter()):
        if i >= count:
            return False
    return True


def _call_box(box) -> bool:
    if box.tag not in ("div", "section", "aside", "form") or not _at_most(box, _CALL_BOX_ELEMENTS):
        return False
    paragraphs = list(box.iter("p"))
    # (the reader may be addressed by the box's heading over the pitch: "Publish your press release" over "Reach
    # journalists and search engines for free." and "Submit now")
    headings = [child for child in box if child.tag in _HEADINGS]
    control = _button_paragraph(box, paragraphs)
    if control is not None:
        paragraphs = paragraphs[:-1]
        # (the heading set as a paragraph all in bold over the pitch: "<p><strong>The Dispatch is free. …</strong></p>")
        if not headings and len(paragraphs) == 2 and paragraphs[0] is box[0] and _all_bold(paragraphs[0]):
            headings, paragraphs = [paragraphs[0]], paragraphs[1:]
    if len(paragraphs) == _INFO_CARD_PARAGRAPHS and _info_card_among_text(box, headings, paragraphs):
        return True
    if len(paragraphs) != 1:
        return False
    if not (
        any(_YOU.search(_text(el) or "") for el in [paragraphs[0], *headings[:1]])
        or _info_card(box, headings)
        or (control is not None and bool(headings) and _styled_or_read_on(control))
    ):
        return False
    if _text(box, _CALL_BOX_MAX) is None or next(box.iter("h1", "article", "main"), None) is not None:
        return False
    # the button stands beside the paragraph, not inside it: a link in a sentence is the text's own
    if control is not None or any(_wrapped_button(child) is not None for child in box):
        return True
    return bool(headings) and _button_module_after(box)


_BUTTON_WRAPPERS = (
    2  # a buttons block and a button's own box around the link ("wp-block-buttons" > "wp-block-button")
)


def _wrapped_button(child):
    """The child when it is a button (a link or a ``<button>`` as short as one), or the button it wraps in boxes of
    nothing else (a block editor's buttons module, ``<div><div><a>Donate now</a></div></div>``, which stands beside the
    paragraph as a bare button does); else None."""
    el = child
    for _ in range(_BUTTON_WRAPPERS):
        if el.tag in ("a", "button") or el.tag != "div" or (el.text or "").strip():
            break
        inner = elements(el)
        if len(inner) != 1 or (inner[0].tail or "").strip():
            return None
        el = inner[0]
    if el.tag == "a" and el is not child and (el.get("href") or "#").strip().startswith(("#", "javascript:")):
        return None
    return el if el.tag in ("a", "button") and _is_button(el) else None


def _split_card(box) -> bool:
    """A service card whose heading and paragraph stand in a box of their own beside its button (``_info_card``'s
    evidence, set as a picture, a text box and a button side by side: a gated report's "Free Report: …" over "Download
    the full PDF … Registration required." and "Download the PDF"). ``box`` is the text box: headings and one
    paragraph, nothing else; its parent holds it, one link to another page styled as a button, and boxes with no
    text (an icon)."""
    card = box.getparent()
    kids = elements(box)
    if card is None or card.tag not in ("div", "section", "aside") or not _at_most(card, _CALL_BOX_ELEMENTS):
        return False
    if [k.tag for k in kids if k.tag != "p"] != [k.tag for k in kids if k.tag in _HEADINGS] or not kids:
        return False
    if [k.tag for k in kids].count("p") != 1 or kids[0].tag not in _HEADINGS or (box.text or "").strip():
        return False
    others = [k for k in elements(card) if k is not box]
    buttons = [
        k
        for k in others
        if k.tag == "a"
        and _BUTTON_CLASS.search(k.get("class") or "")
        and not (k.get("href") or "#").strip().startswith(("#", "javascript:"))
        and _is_button(k)
    ]
    if len(buttons) != 1 or any(k not in buttons and (_text(k) or "") for k in others):
        return False
    return _text(card, _CALL_BOX_MAX) is not None and next(card.iter("h1", "article", "main"), None) is None


def _button_module_after(box) -> bool:
    """Whether a page builder's button module stands right after the text module holding ``box`` (Divi's
    ``et_pb_text`` > ``et_pb_text_inner`` and then ``et_pb_button_module_wrapper`` > ``<a class="et_pb_button">Sign
    your card</a>``): an element holding nothing but one link to another page styled as a button by its class. The
    module wraps the box and nothing else; a button after a box of the text's own paragraphs is never read so."""
    el = box
    for _ in range(2):
        parent = el.getparent()
        if parent is None or parent.tag != "div" or len(elements(parent)) != 1 or (parent.text or "").strip():
            break
        el = parent
    nxt = next_element(el)
    if nxt is None or nxt.tag not in ("div", "p") or (el.tail or "").strip():
        return False
    links = list(nxt.iter("a"))
    if len(links) != 1 or (_text(nxt) or "") != (_text(links[0]) or ""):
        return False
    link = links[0]
    return (
        bool(_BUTTON_CLASS.search(link.get("class") or ""))
        and not (link.get("href") or "#").strip().startswith(("#", "javascript:"))
        and _is_button(link)
    )


def _button_paragraph(box, paragraphs: list):
    """The box's control when it stands in a paragraph of its own closing the box: a ``<p>`` holding one link or
    button and no other text ("<p><a class="button">Get involved</a></p>", "<p><a href="/careers/…">Find out more
    about renal careers</a></p>"), as short as a button (``_is_button``) or a read-on label. None otherwise."""
    if len(paragraphs) < 2 or box[-1] is not paragraphs[-1] or len(paragraphs[-1]) != 1:
        return None
    last, control = paragraphs[-1], paragraphs[-1][0]
    if control.tag not in ("a", "button") or (last.text or "").strip() or (control.tail or "").strip():
        return None
    if control.tag == "a" and (control.get("href") or "#").strip().startswith(("#", "javascript:")):
        return None
    return control if _is_button(control) or _read_on_label(_text(control) or "") else None


def _all_bold(paragraph) -> bool:
    """A paragraph whose whole text is one ``<strong>``/``<b>`` element: a heading set as a paragraph."""
    return (
        len(paragraph) == 1
        and paragraph[0].tag in ("strong", "b")
        and not (paragraph.text or "").strip()
        and not (paragraph[0].tail or "").strip()
    )


def _styled_or_read_on(control) -> bool:
    """A control styled as a button by its class, or a read-on link ("Read our advice on severe wind"): under a heading,
    the box is the site's card on a service or a call, not the story's paragraph."""
    return bool(_BUTTON_CLASS.search(control.get("class") or "")) or _read_on_label(_text(control) or "")


# A link styled as a button by its class ("btn", "pb-btn", "button--primary") may say a little more than a
# bare control ("Select a badge color and size"); an unstyled one is a button only when as short as one.
_BUTTON_CLASS = re.compile(r"(^|[\s_-])(btn|button)([\s_-]|$)", re.IGNORECASE)


def _info_card(box, headings: list) -> bool:
    """A heading, one paragraph and a link to another page styled as a button by its class: the site's card on a
    service, whoever it addresses ("Claiming a Prize" over "Prizes over $600 must be claimed at …" and "How to
    Claim"). The text's paragraphs carry no styled button beside them."""
    return bool(headings) and any(
        child.tag == "a"
        and _BUTTON_CLASS.search(child.get("class") or "")
        and not (child.get("href") or "#").strip().startswith(("#", "javascript:"))
        for child in box
    )


# The same card with two short paragraphs under its heading, set among the story's paragraphs: a museum's "Plan your
# visit" over "Open Wednesday through Sunday, 10 a.m. to 4 p.m. Admission is $8 …" and "The museum is at <street> …" and
# its "Hours & directions" button, a site builder's summary block between two of the story's paragraphs. The link to
# another page styled as a button beside the paragraphs (the box's own last element) is the site's, never the story's:
# the box holds one heading, the two paragraphs and that button and nothing else, ``_TEASER_MAX`` characters at most,
# between two paragraphs of prose. (A heading over two paragraphs with no styled button, or a longer box, stays.)
_INFO_CARD_PARAGRAPHS = 2


def _info_card_among_text(box, headings: list, paragraphs: list) -> bool:
    """A heading, two short paragraphs and a button to another page, between two of the story's paragraphs."""
    kids = elements(box)
    if len(headings) != 1 or kids != [headings[0], *paragraphs, kids[-1]] or not _info_card(box, headings):
        return False
    if (
        kids[-1].tag != "a"
        or not _is_button(kids[-1])
        or any((piece or "").strip() for piece in _loose_text(box))
    ):
        return False
    if _text(box, _TEASER_MAX) is None or next(box.iter("h1", "article", "main"), None) is not None:
        return False
    return _between_prose(box)


def _is_button(control) -> bool:
    words = len((_text(control) or "").split())
    limit = _CALL_WORDS if _BUTTON_CLASS.search(control.get("class") or "") else _BUTTON_MAX_WORDS
    return 0 < words <= limit


def drop_call_boxes(tree) -> None:
    """Remove every small box of one reader-addressed paragraph and a button beside it (``_call_box``; or among the
    story's paragraphs, of a heading, two short paragraphs and a styled button, ``_info_card_among_text``), and every
    teaser card of a heading and a blurb closing with a read-on link (``_teaser_card``), or among the story's
    paragraphs with a call to read the site's own page (``_own_page_box``).

    Judged from each paragraph's own box, so the work is bounded by the paragraphs of the page, each
    box read to at most ``_CALL_BOX_ELEMENTS`` elements.
    """
    boxes, seen = [], set()
    for paragraph in tree.iter("p"):
        box = paragraph.getparent()
        if box is None or box in seen:
            continue
        seen.add(box)
        if _call_box(box) or _teaser_card(box) or _own_page_box(box):
            boxes.append(box)
        elif _split_card(box):
            boxes.append(box.getparent())
    for box in boxes:
        remove_keeping_tail(box)


# -- readers' posts: replies, posting forms, signatures ---------------------------------------------

# A reply's subject repeats the thread's with a reply prefix: "Re: Harbour fees up 12%", "RE[2]: …"
# (the convention of e-mail and of every forum package). The thread's first post is the article; the
# replies are readers' comments, which trafilatura leaves out only when the markup calls them so.
_REPLY_SUBJECT = re.compile(r"^\s*re\s*(\[\d+\])?\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_NEVER_PRUNED = frozenset(("html", "body", "main"))


def _alike(el) -> bool:
    """Whether ``el`` has a sibling of its tag and first class: it is one of a run of posts."""
    cls = (el.get("class") or "").split()
    if not cls or el.getparent() is None:
        return False
    return any(
        sib is not el and sib.tag == el.tag and (sib.get("class") or "").split()[:1] == cls[:1]
        for sib in el.getparent()
    )


# A list archive sets each message's subject in its header table, not in a heading: a row of a "Subject:" label cell and
# the subject's cell ("| Subject: | Re: FW: ROAD CLOSURE - … |" over each reply, the first message's the same without
# "Re:"). That cell stands for the post's heading; a row of any other label ("Date:", "Re:" in a memo's "Re:" row) is
# no subject's.
_SUBJECT_LABEL = re.compile(r"^\s*subject\s*:\s*$", re.IGNORECASE)


def _subject_cells(tree) -> list:
    """The subject cells of the page's message headers: the cell after a row's first cell "Subject:"."""
    cells = []
    for row in tree.iter("tr"):
        row_cells = [c for c in row if c.tag in ("td", "th")]
        if len(row_cells) == 2 and _SUBJECT_LABEL.match(" ".join(row_cells[0].itertext())):
            cells.append(row_cells[1])
    return cells


def _post_box(start, marks: set) -> object | None:
    """The box of one post above ``start`` (the heading of a reply): the first box that is one of a run
    of look-alike siblings, never one holding another of ``marks`` (the headings of the thread's posts)
    or the page's headline. None when there is no such box (the replies are not set apart)."""
    box = start
    while True:
        parent = box.getparent()
        if parent is None or parent.tag in _NEVER_PRUNED:
            return None
        if any(h in marks and h is not start for h in parent.iter(*_HEADINGS, "td", "th")):
            return None
        if next(parent.iter("h1"), None) is not None:
            return None
        box = parent
        if _alike(box):
            return box


def drop_reply_posts(tree, title: str | None = None) -> None:
    """Remove the replies of a thread: the box of each post whose heading is "Re: <the thread's subject>".

    The subject must be the page's title or another heading of the page (the first post's), so a
    heading that merely opens with "Re:" in an article stays. Each reply's box is the first above its
    heading that is one of a run of look-alike boxes, holding no other post's heading (``_post_box``).
    """
    _drop_replies(title, [h for h in tree.iter(*_HEADINGS)])


def drop_header_replies(tree, title: str | None = None) -> None:
    """Remove a list archive's replies by their header tables (``_subject_cells``), as ``drop_reply_posts`` does by
    headings: read before the tables of short labelled fields go (``drop_field_lists``), a short subject's with them."""
    cells = _subject_cells(tree)
    if any(_REPLY_SUBJECT.match(" ".join(c.itertext())) for c in cells):
        _drop_replies(title, [h for h in tree.iter(*_HEADINGS)] + cells)


def _drop_replies(title: str | None, headings: list) -> None:
    """Remove the box of each post whose heading (one of ``headings``) is "Re: <the thread's subject>"."""
    if not headings:
        return
    replies, subjects = [], {fold(title or "")}
    for h in headings:
        text = " ".join(h.itertext())
        m = _REPLY_SUBJECT.match(text)
        if m:
            replies.append((h, fold(m.group(2))))
        else:
            subjects.add(fold(text))
    page_title = fold(title or "")
    replies = [(h, s) for h, s in replies if s and (s in subjects or s in page_title)]
    if not replies:
        return
    marks = {h for h, _ in replies} | {h for h in headings if fold(" ".join(h.itertext())) in subjects}
    for box in [_post_box(h, marks) for h, _ in replies]:
        if box is not None:
            remove_keeping_tail(box)


# A posting form (a ``<textarea>``) beside a run of look-alike cards, each dated as posts are ("February
# 10, 2026", "3 days ago", a ``<time>``): the readers' posts it collects (a tribute wall under an obituary,
# a comment section of any name). Found from the form up, a few boxes at most: the box whose children
# hold the form and two or more dated cards of one class. (Undated look-alike boxes beside a contact form
# are a page builder's text blocks, the article's own.)
_FORM_LEVELS = 4
_CARD_TAGS = frozenset(("div", "li", "article", "section"))
# A month is its name or its abbreviation, a word of its own ("Mar", "March", "Sept."): a name opening on one is none
# ("Marmalade, 12" over "Marmalade is …" reads "12 Marmalade", no "12 Mar" of a post's stamp).
_MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|"
    r"dec(ember)?)\b\.?"
)
_POST_DATE = re.compile(
    rf"\b{_MONTHS} \d{{1,2}}\b|\b\d{{1,2}} {_MONTHS}|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|"
    r"\b(\d+|an?|one) (minutes?|hours?|days?|weeks?|months?|years?) ago\b",
    re.IGNORECASE,
)


def _dated(card) -> bool:
    return next(card.iter("time"), None) is not None or bool(_POST_DATE.search(_text(card, 2000) or ""))


def _cards(box) -> int:
    """The most children of ``box`` that share one tag and one class and carry a date (readers' posts)."""
    counts: dict[tuple, int] = {}
    for child in box:
        cls = (child.get("class") or "").split()
        if child.tag in _CARD_TAGS and cls and _dated(child):
            key = (child.tag, cls[0])
            counts[key] = counts.get(key, 0) + 1
    return max(counts.values(), default=0)


_FORM_BOX_MAX = 400  # characters: a form under its heading ("Comments (0)", "Leave a reply") and a line


def drop_posting_walls(tree) -> None:
    """Remove the box holding a posting form and the readers' posts beside it (``_cards``); with no
    posts yet, the form's own small box under its heading ("Comments (0)", "Share a memory").

    Never the page's body or main part, nor a box holding the headline or an ``<article>``.
    """
    boxes = []
    for area in tree.iter("textarea"):
        box, own = area, None
        for _ in range(_FORM_LEVELS):
            box = box.getparent()
            if box is None or box.tag in _NEVER_PRUNED or box.tag == "article":
                break
            if next(box.iter("h1", "article"), None) is not None:
                break
            if _cards(box) >= 2:
                own = box
                break
            if next(box.iter(*_HEADINGS), None) is not None and _text(box, _FORM_BOX_MAX) is not None:
                own = box
        if own is not None:
            boxes.append(own)
    for box in boxes:
        remove_keeping_tail(box)


# A run of two or more look-alike posts beside the text, each a reader's: a picture (the avatar), a link to a
# profile by its handle ("@annekhill"), a date, a few lines and no heading (a Micro.blog conversation, a
# webmention's replies, a fediverse thread under a post). Never in a box holding the headline, nor inside the box of
# the text (the box whose own paragraphs of prose are the most): a post the story embeds (a quoted tweet) stays.
# A reader's review is such a post too: a star rating in an element of its own (nothing but the stars, "★★★★☆", or a
# rating's label, "5 out of 5 stars"), a few lines and no heading (a podcast's "What listeners are saying" carousel, a
# shop's customer reviews). A critic's rated items in the story (a heading each: "Best new films", "★★★★") are inside
# the text's box or carry a heading, and stay.
_HANDLE = re.compile(r"^@\w[\w.-]{0,40}$")
_REPLY_MAX = 600  # characters: an avatar's name, a handle, a reply and its date
_REPLY_RUN = 2
_STARS = re.compile(r"^([★☆✩✪✫✬✭✮✯⭐] ?){3,}½?$")  # three stars at least, a half after them
_RATING_LABEL = re.compile(r"^(rated )?\d([.,]\d)? (out of|of) 5( stars)?$", re.IGNORECASE)
_REVIEW_MAX = 300  # characters: a rating, a reader's few lines and the reader's name


def _star_rating(card) -> bool:
    for el in card.iter():
        if not isinstance(el.tag, str):
            continue
        label = el.get("aria-label") or ""
        if _RATING_LABEL.match(label.strip()):
            return True
        if len(el) == 0 and _STARS.match((el.text or "").strip()):
            return True
    return False


def _reply_card(card) -> bool:
    if (
        card.tag not in _CARD_TAGS
        or next(card.iter("h1", *_HEADINGS, "form", "article", "figcaption"), None) is not None
    ):
        return False
    if _text(card, _REVIEW_MAX) is not None and _star_rating(card):
        return True
    if _text(card, _REPLY_MAX) is None or not _dated(card):
        return False
    if next(card.iter("img"), None) is None and not _addressed(card):
        return False
    return any(_HANDLE.match(_link_text(a)) for a in card.iter("a"))


def _link_text(a) -> str:
    """A link's text as the reader sees it, its parts run together ("@<span>mtallis</span>" reads "@mtallis")."""
    return " ".join("".join(a.itertext()).split())[:80]


def _addressed(card) -> bool:
    """A post opening on a link to the handle it answers ("@mtallis The grant deadline …"): a reply, avatar or not."""
    for p in card.iter("p"):
        link = next(p.iter("a"), None)
        handle = _link_text(link) if link is not None else ""
        if _HANDLE.match(handle) and " ".join("".join(p.itertext()).split()).startswith(handle + " "):
            return True
    return False


def _wrapped(child):
    """The element a classless wrapper of one element and no text of its own stands for (a feed's focus holder,
    ``<div tabindex="-1">`` around each post), else the child itself."""
    while not (child.get("class") or "").split():
        inner = elements(child)
        if len(inner) != 1 or (child.text or "").strip() or (inner[0].tail or "").strip():
            break
        child = inner[0]
    return child


def _text_box(tree):
    """The element whose own children hold the most paragraphs of prose (over ``_PROSE_P`` characters), or None."""
    counts: dict = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None and len(_text(p, 2000) or "x" * 9999) > _PROSE_P:
            counts[parent] = counts.get(parent, 0) + 1
    return max(counts, key=counts.get, default=None)


def _trailing_replies(run: list) -> list:
    """The replies that close a thread of look-alike posts: its last posts, each a reader's card opening on the handle
    it answers (``_addressed``), ``_REPLY_RUN`` or more of them (a fediverse thread's own posts, then the readers'
    "@author Thanks for …" under them). The thread's own posts open on no handle and stay; a reply in the middle of
    the run is no tail."""
    tail: list = []
    for card in reversed(run):
        if not (_reply_card(card) and _addressed(card)):
            break
        tail.append(card)
    return tail if len(tail) >= _REPLY_RUN else []


# A thread's own posts are one writer's: the run opens on two or more posts whose avatar links to the same profile. The
# posts closing it that link another profile each, every post before them the writer's, are the readers' replies
# (a fediverse thread of nine posts and four readers' "Great thread …" under them, their handles on other servers:
# "@tashdown@mastodon.example"), two or more, each small, dated and with no heading (``_REPLY_MAX``). A run whose posts
# change hands before its end (a conversation), or whose first two posts are not one writer's (a comment list), is no
# thread of this shape and stays.
_THREAD_OWN_POSTS = 2


def _poster(card) -> str | None:
    """The profile a post's avatar links to: the address of the first link holding a picture."""
    link = next((a for a in card.iter("a") if next(a.iter("img"), None) is not None), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return href or None


def _small_post(card) -> bool:
    return (
        card.tag in _CARD_TAGS
        and next(card.iter("h1", *_HEADINGS, "form", "article", "figcaption"), None) is None
        and _text(card, _REPLY_MAX) is not None
        and _dated(card)
    )


def _replies_by_others(run: list) -> list:
    """The posts closing a thread by other hands than its writer's (``_THREAD_OWN_POSTS``, ``_REPLY_RUN``)."""
    posters = [_poster(card) for card in run]
    writer = posters[0]
    if writer is None or posters[:_THREAD_OWN_POSTS].count(writer) < _THREAD_OWN_POSTS:
        return []
    end = len(run)
    while end > 0 and posters[end - 1] not in (None, writer) and _small_post(run[end - 1]):
        end -= 1
    if len(run) - end < _REPLY_RUN or any(p != writer for p in posters[:end]):
        return []
    return run[end:]


def drop_reply_runs(tree) -> None:
    """Remove every run of readers' replies (``_reply_card``, ``_REPLY_RUN`` or more of one tag and first class)
    outside the box of the text, and the replies that close a thread (``_trailing_replies``)."""
    runs = []
    for parent in tree.iter():
        groups: dict[tuple, list] = {}
        for child in map(_wrapped, elements(parent)):
            cls = (child.get("class") or "").split()
            if cls:
                groups.setdefault((child.tag, cls[0]), []).append(child)
        for run in groups.values():
            if len(run) < _REPLY_RUN:
                continue
            replies = run if all(map(_reply_card, run)) else _trailing_replies(run) or _replies_by_others(run)
            if replies:
                runs.append((parent, replies))
    if not runs:
        return
    headline = {a for h1 in tree.iter("h1") for a in (h1, *h1.iterancestors())}
    text_box = _text_box(tree)
    found = [
        card
        for parent, run in runs
        if parent not in headline
        and not (text_box is not None and (parent is text_box or text_box in parent.iterancestors()))
        for card in run
    ]
    for card in found:
        remove_keeping_tail(card)


# A discussion opening on the story: a forum thread or a group's conversation whose first post pastes or forwards an
# article, the members' replies under it. A run of look-alike posts (one tag, one first class, a classless wrapper read
# as its one element), each stamped as a discussion stamps its posts, with the day and the clock time ("Oct 3, 2023,
# 9:02 AM", "04-08-2025, 07:26 PM"), the first holding an article's length (``_THREAD_STORY_WORDS``) and every post
# after it small (``_REPLY_MAX``), ``_REPLY_RUN`` or more of them: the posts after the first are the readers' replies,
# and go; the first, the story, stays. A live blog's entries are no such run: its text is spread over its entries, not
# held in the first, and they run newest first (a first entry stamped later than the next, ``_clock_time``); a
# feed's posts carry no clock time.
# A group's archive may show the day alone and give the clock in the stamp's tooltip ("<span title="Feb 28, 2024
# 6:41pm">Feb 28</span>", Groups.io): the tooltip of a stamp in the post's head showing no clock is read as its stamp. A
# live blog shows each entry's time to the reader, and a page that declares itself one (its JSON-LD's
# ``LiveBlogPosting``) holds a live blog's entries, however long its first: none of them is a reply.
# The story's post keeps its words, not its poster's signature: a block of the post opening on the rule a forum or a mail
# client sets over it (a run of underscores, "--") before a line break, a line or two ("__________________<br>Tight
# lines! — <boat>, <engine>"), ``_SIGNATURE_MAX`` characters at most.
_THREAD_STORY_WORDS = 250
_SIGNATURE_RULE = re.compile(r"^(_{5,}|--)$")
_SIGNATURE_MAX = 400
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?m\b\.?)?", re.IGNORECASE)
_STAMP_REACH = 300  # characters: a post's head, its poster's name and its stamp


def _post_head(post) -> str:
    """The first ``_STAMP_REACH`` characters of the post's words: its poster's name and its stamp."""
    parts, size = [], 0
    for piece in post.itertext():
        parts.append(piece)
        size += len(piece)
        if size > _STAMP_REACH:
            break
    return " ".join(" ".join(parts).split())[:_STAMP_REACH]


def _clock_time(post) -> int | None:
    """The minutes past midnight of the clock time stamping the post, the day with it (in its head), or None."""
    head = _post_head(post)
    found = _CLOCK.search(head) if _POST_DATE.search(head) else None
    if found is None and (tip := _stamp_tooltip(post)) is not None:
        found = _CLOCK.search(tip) if _POST_DATE.search(tip) else None
    if found is None:
        return None
    hours, minutes, half = int(found.group(1)), int(found.group(2)), (found.group(3) or "").lower()
    if hours > 23 or minutes > 59:
        return None
    if half:
        hours = hours % 12 + (12 if half == "p" else 0)
    return hours * 60 + minutes


def _stamp_tooltip(post) -> str | None:
    """The tooltip (``title``) of the stamp in the post's head that shows the day alone ("Feb 28"), or None."""
    size = 0
    for el in post.iter():
        if not isinstance(el.tag, str):
            continue
        own = " ".join((el.text or "").split())
        if el.get("title") and own and _POST_DATE.search(own) and not _CLOCK.search(own):
            return el.get("title")
        size += len(el.text or "") + len(el.tail or "")
        if size > _STAMP_REACH:
            return None
    return None


# The day stamping a post, its month spelt out: "Feb 5, 2024, 4:47 PM", "6 February 2024 07:02". A thread runs over
# days: a reply the next morning is stamped at an earlier hour than the post it answers, and only the day tells which
# came first. (A day written in figures, "04-08-2025", reads either way round, and is not read.)
_MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_MONTH_NAME = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|"
    r"dec(ember)?)\.?"
)
_SPELT_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_NAME}) (?P<day>\d{{1,2}})\b(,? (?P<year>\d{{4}}))?|"
    rf"\b(?P<day2>\d{{1,2}}) (?P<month2>{_MONTH_NAME})(?![a-z])(,? (?P<year2>\d{{4}}))?",
    re.IGNORECASE,
)


def _post_day(post) -> tuple[int, int, int] | None:
    """(year, month, day) of the day stamping the post in its head, the year 0 when not given, or None."""
    found = _SPELT_DAY.search(_post_head(post))
    if found is None:
        return None
    month = found.group("month") or found.group("month2")
    day = int(found.group("day") or found.group("day2"))
    year = int(found.group("year") or found.group("year2") or 0)
    return year, _MONTH_NUMBERS[month[:3].lower()], day


def _stamped_in_order(first, second) -> bool:
    """Whether ``first`` was stamped no later than ``second``: by the day when both give one (the year too when both
    give it), then by the clock."""
    clocks = _clock_time(first), _clock_time(second)
    days = _post_day(first), _post_day(second)
    if days[0] is not None and days[1] is not None:
        (y0, m0, d0), (y1, m1, d1) = days
        if not (y0 and y1):
            y0 = y1 = 0
        if (y0, m0, d0) != (y1, m1, d1):
            return (y0, m0, d0) < (y1, m1, d1)
    return clocks[0] <= clocks[1]


# One reply is enough when it answers the first post's poster by name: "Thanks Gail. Does anyone know …" under the post
# of "Gail Merriweather", a member's question on the story's thread. The poster's first name is the first capitalised
# word of the post's head before its stamp ("Gail Merriweather · Apr 9, 2024, 4:02 PM"); the reply names it in its words
# after its own stamp, and its own head before the stamp does not (a second post of the story's own poster is no reply).
# A lone post that names no one there, a conversation of two, stays as before.
_FIRST_NAME = re.compile(r"\b(?-i:[A-Z][a-z]+)\b")


def _before_and_after_stamp(post) -> tuple[str, str] | None:
    """The post's words before its day stamp (its poster) and after it, or None."""
    text = _unquoted_text(post, _REPLY_MAX) if post is not None else None
    stamp = _POST_DATE.search(text or "")
    return (text[: stamp.start()], text[stamp.end() :]) if text and stamp else None


# The poster may sign the post with the name the members call them by, on a line of its own under the words ("Marge"
# under the post of "Marjorie Feld", a mail client's lines each a ``<div>``): a reply naming that name ("Thanks Marge.
# Anyone on …") answers the poster as one naming the first name does. The signature is a block of the post that is one
# capitalised word and nothing else, a dash before it or not, and no sign-off's word (``SIGN_OFF_WORDS``: "Thanks" alone
# under a post signs no name). The poster's own second post (their first name before its stamp) answers no one.
_SIGNED_NAME = re.compile(r"^[-–—~]?\s*(?-i:([A-Z][a-z]+))$")
_SIGN_OFF = re.compile(rf"^({SIGN_OFF_WORDS})$", re.IGNORECASE)
_SIGNATURE_BLOCKS = ("div", "p")


def _signed_names(post) -> set[str]:
    """The names ``post`` is signed with: its blocks of one capitalised word (``_SIGNED_NAME``), no sign-off's."""
    names = set()
    for block in post.iter(*_SIGNATURE_BLOCKS):
        found = _SIGNED_NAME.match(_text(block, 40) or "")
        if found and not _SIGN_OFF.match(found.group(1)):
            names.add(found.group(1))
    return names


def _answers_the_poster(story, reply) -> bool:
    """Whether ``reply`` names the first name of ``story``'s poster, or the name the post is signed with
    (``_signed_names``), in its words after its stamp, and is no post of the poster's own."""
    head = _POST_DATE.split(_post_head(story), maxsplit=1)[0]
    name = _FIRST_NAME.search(head)
    parts = _before_and_after_stamp(reply)
    if name is None or parts is None or re.search(rf"\b{re.escape(name.group())}\b", parts[0]):
        return False
    return any(
        re.search(rf"\b{re.escape(called)}\b", parts[1])
        and not re.search(rf"\b{re.escape(called)}\b", parts[0])
        for called in (name.group(), *sorted(_signed_names(story)))
    )


def _replies_to_story(run: list) -> list:
    """The posts after a thread's first when it holds the story and they are small replies (``_REPLY_RUN`` or more, or
    one answering the first post's poster by name, ``_answers_the_poster``), else []."""
    if len(run) < 2 or next(run[0].iter("h1"), None) is not None:
        return []
    if len(run) < 1 + _REPLY_RUN and not _answers_the_poster(run[0], run[1]):
        return []
    if any(_clock_time(post) is None for post in run) or not _stamped_in_order(run[0], run[1]):
        return []
    if _words(_text(run[0], 100_000) or "") < _THREAD_STORY_WORDS:
        return []
    replies = run[1:]
    if any(
        _unquoted_text(post, _REPLY_MAX) is None or next(post.iter("h1"), None) is not None
        for post in replies
    ):
        return []
    return replies


# A reply's size is its own words: the message it answers, quoted under it by the mail client or the forum (a
# ``<blockquote>``, a block whose class names a quote, "gmail_quote", often folded away behind "Show quoted text"), is the
# earlier post again, however long. A reply quoting the whole forwarded story under "Thanks <Name>. …" is a small reply.
_QUOTE_CLASS = re.compile(r"(^|[_-])quote(d)?$", re.IGNORECASE)


def _quotes_a_message(el) -> bool:
    return el.tag == "blockquote" or any(_QUOTE_CLASS.search(c) for c in (el.get("class") or "").split())


def _unquoted_pieces(el):
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and not _quotes_a_message(child):
            yield from _unquoted_pieces(child)
        if child.tail:
            yield child.tail


def _unquoted_text(post, limit: int) -> str | None:
    """The post's text without the messages it quotes (``_quotes_a_message``), whitespace folded; None past ``limit``
    characters."""
    parts, size = [], 0
    for piece in _unquoted_pieces(post):
        parts.append(piece)
        size += len(piece)
        if size > 2 * limit and len(" ".join(" ".join(parts).split())) > limit:
            return None
    text = " ".join(" ".join(parts).split())
    return None if len(text) > limit else text


def _signatures(post) -> list:
    """The blocks of ``post`` that open on a signature's rule before a line break, small (``_SIGNATURE_RULE``)."""
    return [
        el
        for el in post.iter("div", "p", "span", "td")
        if _SIGNATURE_RULE.match((el.text or "").strip())
        and len(el)
        and el[0].tag == "br"
        and _text(el, _SIGNATURE_MAX) is not None
    ]


def drop_thread_replies(tree) -> None:
    """Remove the replies under a thread's first post when that post holds the story (``_replies_to_story``), and the
    first post's signature (``_signatures``); on a page that declares a live blog, none."""
    if _declares_live_blog(tree):
        return
    found = []
    for parent in tree.iter():
        groups: dict[tuple, list] = {}
        for child in map(_wrapped, elements(parent)):
            if _first_class(child):
                groups.setdefault((child.tag, _first_class(child)), []).append(child)
        for run in groups.values():
            if replies := _replies_to_story(run):
                found.extend(replies + _signatures(run[0]))
    for el in found:
        remove_keeping_tail(el)


# A page listing posts each of which is a page of its own: a group's month archive, a member's post pasting a notice
# first and other members' posts under it ("Found: young lab mix … Message me if he's yours!"), newest first. The page's
# outermost posts (``<article>``, ``role="article"``: replies nested in a post are its own), ``_REPLY_RUN`` + 1 or more,
# each stamped in its head by a link to its own page (its day linked to its permalink, "March 2 at 7:31 PM" →
# ".../posts/20250302-1931/": on the site, another path than the page's own), the first holding an article's length
# (``_THREAD_STORY_WORDS``) and every one after it small (``_REPLY_MAX``): the first is the text, the others are posts of
# their own, and go. A live blog's entries link their stamps to anchors on the page itself, or the page declares itself
# one; a post page's own post links to the page itself; a story's boxes carry no such stamp each; a listing of posts of
# a size (a blog's front page, read whole), or whose long post is not its first, is no such run: each stays.
_POST_XPATH = "//article | //*[@role='article']"
_PERMALINK_WORDS = 12


def _permalinked(post, own: str, host: str | None) -> bool:
    """Whether ``post`` is stamped in its head (``_STAMP_REACH`` characters) by a link to a page of its own: a short
    link holding a day (``_POST_DATE``) or a ``<time>``, to the site and not to the page itself."""
    size = 0
    for el in post.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a" and (label := _text(el, 80)) and len(label.split()) <= _PERMALINK_WORDS:
            href = el.get("href") or ""
            stamped = _POST_DATE.search(label) or next(el.iter("time"), None) is not None
            if stamped and _on_site(href, host) and not _same_page(href, own):
                return True
        size += len(el.text or "") + len(el.tail or "")
        if size > _STAMP_REACH:
            return False
    return False


def _listed_after_story(tree) -> list:
    """The posts after the first of a page listing posts of their own (``_permalinked``) when the first holds the story
    and they are small, else []."""
    posts = tree.xpath(_POST_XPATH)
    if len(posts) < 1 + _REPLY_RUN:
        return []
    marked = set(posts)
    outer = [post for post in posts if not any(a in marked for a in post.iterancestors())]
    if len(outer) < 1 + _REPLY_RUN or next(outer[0].iter("h1"), None) is not None:
        return []
    own = _own_path(tree)
    if own is None or _declares_live_blog(tree):
        return []
    if _words(_text(outer[0], 100_000) or "") < _THREAD_STORY_WORDS:
        return []
    if any(_text(post, _REPLY_MAX) is None or next(post.iter("h1"), None) is not None for post in outer[1:]):
        return []
    host = urlsplit(own).hostname
    return outer[1:] if all(_permalinked(post, own, host) for post in outer) else []


def drop_listed_posts(tree) -> None:
    """Remove the small posts listed after the story's on a page of posts each of its own page
    (``_listed_after_story``)."""
    for post in _listed_after_story(tree):
        remove_keeping_tail(post)


# A forum's list of other threads under the one shown ("Similar Threads", "Latest topics"): a table whose header cells
# (``<th>``, or the cells of its ``<thead>``) name two of a thread list's columns or more (``THREAD_LIST_COLUMNS``: "Thread
# Starter", "Replies", "Last Post") and whose every other row opens on a link, another thread's title. A story's table
# of results or figures heads no such columns, and goes on.
_THREAD_COLUMN = re.compile(rf"^({THREAD_LIST_COLUMNS})$", re.IGNORECASE)
_THREAD_COLUMNS = 2


def _thread_list(table) -> bool:
    heads = [*table.iter("th"), *(td for head in table.iter("thead") for td in head.iter("td"))]
    if sum(bool(_THREAD_COLUMN.match(_text(cell, 40) or "")) for cell in heads) < _THREAD_COLUMNS:
        return False
    rows = [
        row
        for row in table.iter("tr")
        if next(row.iterancestors("thead"), None) is None and row.find("th") is None
    ]
    return bool(rows) and all(
        (cells := [c for c in row if c.tag == "td"]) and next(cells[0].iter("a"), None) is not None
        for row in rows
    )


def drop_thread_lists(tree) -> None:
    """Remove every table listing other threads by a thread list's columns (``_thread_list``)."""
    for table in [t for t in tree.iter("table") if _thread_list(t)]:
        remove_keeping_tail(table)


# -- teaser cards -----------------------------------------------------------------------------------

# A link that sends the reader to read on elsewhere (``page_rules.READ_ON``): "Read our explainer".
_READ_ON_WORDS = 6
_TEASER_MAX = 400  # characters: a heading and a blurb


def _read_on_label(label: str) -> bool:
    """A link's words that send the reader to read on elsewhere, no longer than ``_READ_ON_WORDS``."""
    return len(label.split()) <= _READ_ON_WORDS and bool(READ_ON.match(label))


def _teaser_card(box) -> bool:
    """A small box of a heading and one paragraph that closes with a read-on link to another page (in the paragraph or
    right after it)."""
    if box.tag not in ("div", "section", "aside", "li") or not _at_most(box, _CALL_BOX_ELEMENTS):
        return False
    paragraphs = list(box.iter("p"))
    if len(paragraphs) != 1 or not any(child.tag in _HEADINGS for child in box):
        return False
    if _text(box, _TEASER_MAX) is None or next(box.iter("h1", "article", "main"), None) is not None:
        return False
    last = paragraphs[0][-1] if len(paragraphs[0]) else None
    # (or the link stands after the paragraph, the box's last element: a market box's "Market Pulse" over one figure and
    # "See all commodity prices")
    if box[-1].tag == "a" and box[-1].getprevious() is paragraphs[0]:
        last = box[-1]
    if last is None or last.tag != "a" or (last.tail or "").strip(" .!?»›→\n\t"):
        return False
    href = (last.get("href") or "").strip()
    label = _text(last) or ""
    # a blurb is one sentence; a digest's item (a morning briefing's "The bridge reopened at 5 a.m. … The
    # county said …" closing with "Read the full story") reports in several and is the page's own text
    blurb = _text(paragraphs[0]) or ""
    if last.getparent() is paragraphs[0]:
        blurb = blurb[: -len(label) or None]
    return (
        bool(href)
        and not href.startswith(("#", "javascript:"))
        and _read_on_label(label)
        and not _SENTENCE_BREAK.search(blurb)
    )


_SENTENCE_BREAK = re.compile(r"""[.!?]["”’')]?\s+["“‘]?[A-Z0-9]""")

# The same box set among the story's paragraphs, its blurb a few sentences: a travel site's "Planning your trip" over
# "The <hut> is a three-hour walk from the car park … Beds cost around €38 a night … Read our <hut-to-hut guide to the
# Pyrenees> before you go." in a wire story it carries. Its last sentence opens on the call to read a page of the site's
# own ("Read our", "See our", "Browse our"), the link in that sentence: the site's box, not the story's; it goes, between
# two paragraphs of prose, a heading and that one paragraph, ``_TEASER_MAX`` characters at most. A box whose last
# sentence sends the reader to another's page ("Read the council's report"), or tells on ("Our reporters read the
# report …"), stays; a digest's items stand between boxes, not among a story's paragraphs.
_OWN_PAGE_CALL = re.compile(
    r"""(?:^|[.!?]["”’')]?\s+)(read|see|browse|explore|check out) our\b[^.!?]*[.!?]?$""", re.IGNORECASE
)


def _own_page_box(box) -> bool:
    """A small box of a heading and one paragraph among the story's paragraphs, the paragraph's last sentence a call
    to read the site's own page, a link in it (``_OWN_PAGE_CALL``)."""
    if box.tag not in ("div", "section", "aside") or not _at_most(box, _CALL_BOX_ELEMENTS):
        return False
    kids = elements(box)
    if len(kids) != 2 or kids[0].tag not in _HEADINGS or kids[1].tag != "p" or (box.text or "").strip():
        return False
    if _text(box, _TEASER_MAX) is None or not _between_prose(box):
        return False
    said = _text(kids[1]) or ""
    call = _OWN_PAGE_CALL.search(said)
    if call is None:
        return False
    return any((label := _text(a)) and label in said[call.start() :] for a in kids[1].iter("a"))


# -- pop-ups: dialogs hidden on load or shown over the page ---------------------------------------------

# A dialog the page hides until a click (``role="dialog"`` with ``aria-hidden="true"``: a pop-up plugin's
# course description, a donation appeal, a consent box) or shows over the page (``aria-modal="true"``, a
# ``<dialog>``: a registration wall over a truncated story, "Keep reading for free … Already registered?
# Log in") is no part of the article: the markup says the box stands apart from the page. Pruning it
# from the page changes what trafilatura takes for the article's container (tried: a page lost the label
# above its headline), so its text is only noted here and its lines are dropped from the extracted text.
_DIALOG_XPATH = "//*[@role='dialog' or @role='alertdialog' or @aria-modal='true'] | //dialog"
_PAGE_TEXT_XPATH = "//body//text()[not(parent::script or parent::style)]"
_DIALOG_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "dd", "dt", "figcaption")


def hidden_dialog_text(tree) -> tuple[frozenset[str], str]:
    """(the folded text of each block inside a dialog (hidden on load or modal), all their text folded in
    one)."""
    blocks: set[str] = set()
    whole = []
    for dialog in tree.xpath(_DIALOG_XPATH):
        for el in dialog.iter(*_DIALOG_BLOCKS):
            text = fold(" ".join(el.itertext()))
            if text:
                blocks.add(text)
        whole.append(fold(" ".join(dialog.itertext())))
    return frozenset(blocks), " | ".join(whole)


def page_text(tree) -> str:
    """The whole page's text, folded (read only when a line of the text is in a hidden dialog)."""
    return fold(" ".join(tree.xpath(_PAGE_TEXT_XPATH)))


# -- headed link lists ------------------------------------------------------------------------------

# A heading over a list whose every item is nothing but a link ("Associated links", "More from the
# council", "Latest news"): a list of other pages. trafilatura drops such a list for its link density
# but keeps the heading, which then labels nothing, or the next block.
_LINK_LIST_MIN_ITEMS = 2
_LINKED_SHARE = 0.9


def _all_links(items) -> bool:
    for li in items:
        words = len(" ".join(li.itertext()).split())
        linked = sum(len(" ".join(a.itertext()).split()) for a in li.iter("a"))
        if words == 0 or linked < _LINKED_SHARE * words:
            return False
    return True


# The same list as a news list's cards: each item another page's linked headline, its posting date right after it and
# at most a teaser under them ("Other News in Parks" over "<a>Trail Safety Reminders</a> Posted on: February 20, 2026 …
# Hikers are asked to …"): a list of other stories, whatever its teasers say. The date may be the posting's age after its
# source's name, as a feed reader or an aggregator prints it ("<a>Urchin divers hired …</a> <span>Ocean Policy Brief / 4d
# </span>", ``is_age_stamp``). An item opening with anything but the link, or with no date after it (a timeline's
# "<a>Report published</a> and sent to the council"), stays.
_HEADLINE_WORDS = 3


def _dated_headline_item(li) -> bool:
    """The item opens with a link to another page (a headline of ``_HEADLINE_WORDS`` or more) and the next thing after
    it is a posting date (``is_date_stamp``), a posting's age (``is_age_stamp``) or a ``<time>``."""
    texts = li.xpath(".//text()[normalize-space()]")
    link = next(li.iter("a"), None)
    if not texts or link is None or (link.get("href") or "#").startswith(("#", "javascript:")):
        return False
    first = texts[0].getparent()
    if not texts[0].is_text or not (first is link or link in first.iterancestors()):
        return False
    if _words(" ".join(link.itertext())) < _HEADLINE_WORDS:
        return False
    tail, nxt = (link.tail or "").strip(" -–—|·•"), link.getnext()
    if tail:
        return is_date_stamp(tail) or is_age_stamp(tail)
    if nxt is None:
        return False
    stamp = _text(nxt, 200) or ""
    return nxt.tag == "time" or is_date_stamp(stamp) or is_age_stamp(stamp)


def drop_headed_link_lists(tree) -> None:
    """Remove a heading and the list of links right under it (every item all link, or every item a dated headline
    (``_dated_headline_item``), two items or more), and a small box holding only a heading and link cards ("MORE
    COVERAGE" over two linked headlines)."""
    found, boxes = [], []
    for heading in tree.iter(*_HEADINGS):
        if _headed_card_box(heading):
            boxes.append(heading.getparent())
            continue
        nxt = heading.getnext()
        if nxt is None or nxt.tag not in ("ul", "ol") or (heading.tail or "").strip():
            continue
        items = [li for li in nxt if li.tag == "li"]
        if len(items) >= _LINK_LIST_MIN_ITEMS and (
            _all_links(items) or all(_dated_headline_item(li) for li in items)
        ):
            found.append((heading, nxt))
    for heading, links in found:
        remove_keeping_tail(links)
        remove_keeping_tail(heading)
    for box in boxes:
        remove_keeping_tail(box)


# The same listing set as a table under a heading naming the others ("Other routes" over "| <a>Ardcraig – Lismoran</a> |
# Sailing as normal |", "More closures" …): each row opens on a cell that is all link, to another page, its other cells a
# few words with no link (a status, a date). The heading says the rows are the site's other pages, not the story's; a
# table of the story's own under a heading of its own ("Schools closed today" over linked school names) stays, and so
# does a row with a sentence in it.
_OTHERS_HEADING = re.compile(rf"^({OTHER_PAGES})\b", re.IGNORECASE)
_STATUS_CELL_WORDS = 10


def _linked_row(row) -> bool:
    """Whether a table row opens on a cell that is all link to another page, its other cells short and unlinked."""
    cells = [c for c in row if c.tag in ("td", "th")]
    if len(cells) < 2:
        return False
    link = next(cells[0].iter("a"), None)
    if link is None or (link.get("href") or "#").startswith(("#", "javascript:")):
        return False
    if (_text(link, 200) or "") != (_text(cells[0], 200) or "x"):
        return False
    return all(
        next(c.iter("a"), None) is None and _words(_text(c, 200) or "x" * 999) <= _STATUS_CELL_WORDS
        for c in cells[1:]
    )


def drop_other_pages_tables(tree) -> None:
    """Remove a heading naming other pages (``OTHER_PAGES``) and the table right under it whose every body row opens on
    a link to another page (``_linked_row``), two rows or more."""
    found = []
    for heading in tree.iter(*_HEADINGS):
        nxt = heading.getnext()
        if nxt is None or nxt.tag != "table" or (heading.tail or "").strip():
            continue
        if not _OTHERS_HEADING.match(_text(heading, 80) or ""):
            continue
        rows = [tr for tr in nxt.iter("tr") if next(tr.iter("td"), None) is not None]
        if len(rows) >= _LINK_LIST_MIN_ITEMS and all(_linked_row(tr) for tr in rows):
            found.append((heading, nxt))
    for heading, table in found:
        remove_keeping_tail(table)
        remove_keeping_tail(heading)


# The same list with a line of its own between it and the heading, the three of them a box set inside the text ("<div
# class="wp-block-group"><h2>Storm resources</h2><p>Report an outage to <Utility> at …</p><ul><li><a>Outage map</a></li>
# <li><a>Road conditions</a></li></ul></div>"): a resource box, its one line the box's blurb, no more the story's than
# the links under it. The box holds nothing else, and its links lead away; a list of links with two paragraphs or more
# over it, or set right in the text's own run of paragraphs (a story's "Where to give" section), stays, and so does a
# live page's summary over its key events, links within the page.
_RESOURCE_BOX_TAGS = ("div", "section", "aside")
_RESOURCE_LINE_WORDS = 60


def _resource_box(box) -> bool:
    """Whether ``box`` holds a heading, one short paragraph and a list of links under them (``_all_links``), nothing
    else."""
    parts = [el for el in box if isinstance(el.tag, str)]
    if len(parts) != 3 or (box.text or "").strip() or any((el.tail or "").strip() for el in parts):
        return False
    heading, line, links = parts
    if heading.tag not in _HEADINGS or line.tag != "p" or links.tag not in ("ul", "ol"):
        return False
    if (
        next(heading.iter("a"), None) is not None
        or _words(_text(line, 1000) or "x " * 999) > _RESOURCE_LINE_WORDS
    ):
        return False
    items = [li for li in links if li.tag == "li"]
    if any((a.get("href") or "#").startswith("#") for a in links.iter("a")):
        return False  # (links within the page: a live page's summary over its key events)
    return len(items) >= _LINK_LIST_MIN_ITEMS and _all_links(items)


def drop_resource_boxes(tree) -> None:
    """Remove each box of a heading, one short paragraph and a list of links (``_resource_box``)."""
    for box in [b for b in tree.iter(*_RESOURCE_BOX_TAGS) if _resource_box(b)]:
        remove_keeping_tail(box)


_CARD_BOX_MAX = 600  # characters: a heading and a few headlines


def _headed_card_box(heading) -> bool:
    """A box of a heading and nothing after it but two or more links with text of their own (cards for
    other pages), or one linked headline under a short label ("Explore further" over another story's headline, as
    ``_label_block_over_links`` reads a label block over one link), no text between them, the box small and no
    article container."""
    box = heading.getparent()
    if box is None or box.tag not in ("div", "section", "aside") or heading is not box[0]:
        return False
    if (box.text or "").strip() or (heading.tail or "").strip():
        return False
    cards = list(box)[1:]
    if not cards or any(c.tag != "a" or (c.tail or "").strip() for c in cards):
        return False
    if any(not " ".join(c.itertext()).strip() for c in cards):
        return False
    if len(cards) < _LINK_LIST_MIN_ITEMS and not _label_over_headline(heading, cards[0]):
        return False
    return len(" ".join(box.itertext())) <= _CARD_BOX_MAX


def _label_over_headline(heading, link) -> bool:
    """A short label (``_BOX_LABEL_WORDS``) over one link to another page of two words or more: a headline."""
    label, headline = _words(" ".join(heading.itertext())), _words(" ".join(link.itertext()))
    return 1 <= label <= _BOX_LABEL_WORDS and headline >= 2 and not (link.get("href") or "#").startswith("#")


# A short label over links to other pages and nothing else, in a small box of running text between
# paragraphs: "Read more: <link><br><link>", "RELATED | <link> · <link>". trafilatura may keep one link of it, a headline alone on its
# line that the labelled-link rule of ``page_lines`` no longer sees under its label.
_LABELLED_BOX_MAX = 400  # characters: a label and a few headlines
_LABELLED_BOX_TAGS = ("div", "p", "aside", "section")
_BOX_LABEL_WORDS = 4
_INLINE_TAGS = frozenset(("a", "strong", "b", "em", "i", "span", "br", "small"))


def _box_label(box, links: list) -> str:
    """The box's words outside its links, when they all come before the first link (a label), else ""."""
    first = links[0]
    before, after = [], []
    side = before
    for el in box.iter():
        if el is first:
            side = after
        inside = any(anc in links for anc in el.iterancestors()) or el in links
        if not inside and el is not box and el.tail and el.tail.strip():
            after.append(el.tail)
        if not inside and el.text and el.text.strip():
            side.append(el.text)
    # (separators between the links, "·", "|", are no words)
    return "" if re.search(r"\w", " ".join(after)) else " ".join(" ".join(before).split())


def _labelled_link_box(box) -> bool:
    # a run of text, not a section of blocks: a heading over cards or lists is ``drop_headed_link_lists``'
    if any(el.tag not in _INLINE_TAGS for el in box.iterdescendants()):
        return _label_block_over_links(box)
    text = _text(box, _LABELLED_BOX_MAX)
    links = [a for a in box.iter("a") if not (a.get("href") or "#").startswith("#")]
    if not text or len(links) < 2:
        return False
    words = _words(_box_label(box, links))
    linked = sum(_words(" ".join(a.itertext())) for a in links)
    return 1 <= words <= _BOX_LABEL_WORDS and words + linked >= _words(text)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# The same box with its label in a block of its own over the links: "<p>MORE FROM LEDGERLINE</p><a>The CEO Pay
# Gap At Regional Banks Is Widening</a>" between a business story's paragraphs. trafilatura keeps the headline
# alone on its line, under a label line that no longer touches it; one link is enough here, since the label
# and the link are the box's only children (a paragraph that links inside its sentence is no such box).
# (A heading over link cards is ``drop_headed_link_lists``' to judge.)
_LABEL_BLOCKS = frozenset(("p", "span", "div", "strong", "b"))


def _label_block_over_links(box) -> bool:
    children = list(box)
    if len(children) < 2 or (box.text or "").strip() or any((c.tail or "").strip() for c in children):
        return False
    label, links = children[0], children[1:]
    if label.tag not in _LABEL_BLOCKS or next(label.iter("a"), None) is not None:
        return False
    if any(a.tag != "a" or (a.get("href") or "#").startswith("#") for a in links):
        return False
    words = _words(" ".join(label.itertext()))
    text = _text(box, _LABELLED_BOX_MAX)
    return (
        bool(text)
        and 1 <= words <= _BOX_LABEL_WORDS
        and all(_words(" ".join(a.itertext())) >= 2 for a in links)
    )


def drop_labelled_link_boxes(tree) -> None:
    """Remove the small boxes of a short label and two or more links to other pages (or, the label a block of
    its own, one link or more: ``_label_block_over_links``)."""
    found = [box for box in tree.iter(*_LABELLED_BOX_TAGS) if _labelled_link_box(box)]
    for box in found:
        remove_keeping_tail(box)


# -- a menu in a table cell ---------------------------------------------------------------------------

# An old site's menu set in a table cell of its own: a column of links to the site's pages, one a line (each closed by a
# ``<br>`` or alone in its list item), with a few words of labels among them at most ("SECTIONS", "WEATHER",
# "Advertisement") and no sentence.
# Read as a table, trafilatura keeps it as one row of the text ("| SECTIONS Front Page Local News Sports … |"), which no
# line rule can take apart. A cell of fewer than five links, one whose own words make a sentence, or one holding
# a table (a layout's column) stays.
_MENU_LINKS = 5
_MENU_LABEL_WORDS = 6
_MENU_CELL_MAX = 1000  # characters: a menu's links and labels


def _closed_by_break(a) -> bool:
    after = a.getnext()
    return not (a.tail or "").strip() and (after is None or after.tag == "br")


def _menu_cell(cell) -> bool:
    if next(cell.iterdescendants("table"), None) is not None:
        return False
    links = [a for a in cell.iter("a") if not (a.get("href") or "#").startswith("#")]
    if len(links) < _MENU_LINKS or sum(_closed_by_break(a) for a in links) < len(links) - 1:
        return False
    text = _text(cell, _MENU_CELL_MAX)
    if not text:
        return False
    linked = sum(_words(" ".join(a.itertext())) for a in links)
    own = _words(text) - linked
    return own <= _MENU_LABEL_WORDS and not _SENTENCE_IN.search(text)


def drop_menu_cells(tree) -> None:
    """Remove every table cell that is a column of links to the site's pages (``_menu_cell``)."""
    found = [cell for cell in tree.iter("td", "th") if _menu_cell(cell)]
    for cell in found:
        remove_keeping_tail(cell)


# -- sponsors' boxes --------------------------------------------------------------------------------

# A small box whose first line labels it as paid for ("Together with Sunvale Solar", "Sponsored",
# "Advertisement", or a bare "Powered by" over the sponsor's logo) is a sponsor's slot: its pitch and button
# go with the label, whatever they say.
_SPONSOR_BOX_MAX = 600  # characters: a label, a pitch and a button
_SPONSOR_BOX_ELEMENTS = 40
_SPONSOR_VOICE = re.compile(r"\b(you|your|our|us|we)\b", re.IGNORECASE)


def _sponsor_box(box) -> bool:
    if len(box) < 2 or not isinstance(box[0].tag, str):
        return False
    label = _text(box[0], 120)
    if not label or (box.text or "").strip():
        return False
    # a bare label ("Powered by") names its sponsor by the logo beside it, or by a pitch under it in the sponsor's
    # voice or to the reader (a newsletter's "SUPPORTED BY" over "Millrace Title & Abstract has handled property
    # closings … since 1961. Stop by our office …")
    if not (
        is_sponsor_label(label)
        or (
            BARE_SPONSOR_LABEL.match(label)
            and (
                next(box.iter("img"), None) is not None
                or _SPONSOR_VOICE.search(_text(box, _SPONSOR_BOX_MAX) or "")
            )
        )
    ):
        return False
    if not _at_most(box, _SPONSOR_BOX_ELEMENTS) or _text(box, _SPONSOR_BOX_MAX) is None:
        return False
    if next(box.iter("h1", "article", "main"), None) is not None:
        return False
    prose = [text for p in box.iter("p") if len(text := _text(p) or "") > _PROSE_P]
    return len(prose) < _PROSE_BOX_PARAGRAPHS or all(_SPONSOR_CREDIT.search(text) for text in prose)


# (Under its label, a sponsors' box may thank each in a paragraph of its own, every one crediting what a business gave:
# "This month's hay is sponsored by <Feed Store> in <Town>. Thank you …", "Farrier care for the … horses is donated by
# <Farrier>. …" (a newsletter's box of its sponsors). A paragraph crediting no one is prose, and two of them keep the box.)
_SPONSOR_CREDIT = re.compile(
    r"\b(sponsored|donated|underwritten|supported|provided|made possible) by (?-i:[A-Z])", re.IGNORECASE
)


# An old site's advertisement slot set as a small table of its own: a row that is nothing but the slot's label
# ("ADVERTISEMENT", "Sponsored") over (or under) the row holding the ad, a picture or a link (an advertiser's banner and
# its line, "<Shop> — <offer>! <dates>"). Read as a table, trafilatura keeps the advertiser's line as a row of the
# text once the label's row goes by the line rules. A table of more than a few rows, one holding another table (a
# page's layout) or one with no picture and no link (a data table under such a heading) stays.
_SPONSOR_TABLE_ROWS = 4


def _rows(table) -> list:
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


# With no picture and no link, the sponsors' names alone in the cells under the label's row: three cells or more, each a
# name of a few words, no figure and no sentence in any ("Overholt Feed & Grain | Pruett Township Bank - Member FDIC |
# …"), an old weekly's roll of its sponsors. A data table under such a label has figures in its cells (an amount, a
# count) or a sentence.
_ROLL_NAMES = 3
_ROLL_NAME_WORDS = 7


def _names_roll(table) -> bool:
    rows = _rows(table)
    cells = [
        _text(cell, 120) or ""
        for row in rows
        if not is_sponsor_label(_text(row, 120) or "")
        for cell in row
        if isinstance(cell.tag, str) and cell.tag in ("td", "th")
    ]
    names = [cell for cell in cells if cell]
    return len(names) >= _ROLL_NAMES and all(
        _words(name) <= _ROLL_NAME_WORDS and not re.search(r"\d", name) and not _CLOSES_SENTENCE.search(name)
        for name in names
    )


def _sponsor_table(table) -> bool:
    rows = _rows(table)
    if not 2 <= len(rows) <= _SPONSOR_TABLE_ROWS or next(table.iterdescendants("table"), None) is not None:
        return False
    if not any(is_sponsor_label(_text(row, 120) or "") for row in (rows[0], rows[-1])):
        return False
    if next(table.iter("img", "a"), None) is None and not _names_roll(table):
        return False
    if not _at_most(table, _SPONSOR_BOX_ELEMENTS) or _text(table, _SPONSOR_BOX_MAX) is None:
        return False
    return next(table.iter("h1", "article", "main"), None) is None


def drop_sponsor_boxes(tree) -> None:
    """Remove every small box that opens with a sponsor's label (``_sponsor_box``), and every small table whose first
    or last row is that label (``_sponsor_table``)."""
    # (a table cell too: an e-mail's layout sets its sponsors' thanks in one, "Thank you to our Partners" over
    # their names)
    boxes = [box for box in tree.iter("div", "aside", "section", "td") if _sponsor_box(box)]
    boxes += [table for table in tree.iter("table") if _sponsor_table(table)]
    for box in boxes:
        if box.getparent() is not None:
            remove_keeping_tail(box)


# -- choice boxes: polls and quizzes ----------------------------------------------------------------

# A group of two or more radio buttons of one name is a choice put to the reader (a poll, "Should the
# city ban …? Yes / No", a quiz, a "rate this" widget): an article asks nothing of the kind in its
# markup. The box goes with its question and small print ("This poll is not scientific"): the largest
# box above the buttons that stays small (``_CHOICE_BOX_MAX`` characters, ``_PROSE_BOX_PARAGRAPHS``
# paragraphs of prose at most, never the headline, the article's container or the page's main part).
_CHOICE_BOX_MAX = 700
_CHOICE_MIN = 2


def _choice_box(radios) -> object | None:
    box = radios[0]
    while any(box not in r.iterancestors() for r in radios):
        box = box.getparent()
        if box is None:
            return None
    return _largest_small_box(box, _CHOICE_BOX_MAX)


def _largest_small_box(box, max_chars: int) -> object | None:
    """The largest of ``box`` and its ancestors that stays small: at most ``max_chars`` characters and
    ``_PROSE_BOX_PARAGRAPHS`` paragraphs of prose, never the headline, the article's container or the
    page's main part (a poll's or a form's box, with its question and small print); None when even
    ``box`` is too big."""
    chosen = None
    while box is not None and box.tag not in _NEVER_PRUNED and box.tag != "article":
        if _text(box, max_chars) is None or next(box.iter("h1", "article", "main"), None) is not None:
            break
        if sum(len(_text(p) or "") > _PROSE_P for p in box.iter("p")) >= _PROSE_BOX_PARAGRAPHS:
            break
        chosen = box
        box = box.getparent()
    return chosen


# A poll may put its choices as submit buttons instead: two or more buttons of one form sharing one name, each sending a
# value of its own ("<form action="/polls/…/vote"><button type="submit" name="choice" value="1">Faster than before
# </button><button … value="2">About the same</button>…"), a newsletter platform's poll. A form's one submit button (a
# search, a sign-up) or buttons of no name or of one value each (a form's "Cancel" and "Save") are no choice.
def _choice_buttons(tree) -> dict:
    groups: dict = {}
    for el in tree.iter("button", "input"):
        kind = (el.get("type") or ("submit" if el.tag == "button" else "")).strip().lower()
        name = (el.get("name") or "").strip()
        form = next(el.iterancestors("form"), None)
        if kind == "submit" and name and form is not None:
            groups.setdefault((form, name), []).append(el)
    return {
        key: buttons
        for key, buttons in groups.items()
        if len({(b.get("value") or "").strip() for b in buttons}) == len(buttons) >= _CHOICE_MIN
    }


# Or as a list of buttons and nothing else: "<ul class="poll-options"><li><button>Yes</button></li><li><button>No
# </button></li><li><button>Still deciding</button></li></ul>", a newsletter platform's poll shown to a reader not signed
# in, with no form around it. Each item holds one button and no other word, two items or more, each button a few words
# (``_BUTTON_MAX_WORDS``). A list of links, or an item with words beside its button, is no such list.
def _button_lists(tree) -> list:
    lists = []
    for lst in tree.iter("ul", "ol"):
        items = elements(lst)
        if len(items) < _CHOICE_MIN or any(item.tag != "li" for item in items):
            continue
        buttons = []
        for item in items:
            inner = elements(item)
            if len(inner) != 1 or inner[0].tag != "button" or next(item.iter("a"), None) is not None:
                break
            if (item.text or "").strip() or (inner[0].tail or "").strip() or not _is_button(inner[0]):
                break
            buttons.append(inner[0])
        else:
            lists.append(buttons)
    return lists


# Or as links, one for each answer, to one address that differs only in one field's value
# ("<div class="poll-option"><a href="/polls/c3e9/respond?choice=yes">Voting yes</a></div>" and "…?choice=no"), a
# newsletter platform's poll shown to a reader not signed in: each link alone in its box (no word beside it), a few
# words (``_BUTTON_MAX_WORDS``), two or more side by side, and the question they answer in the box around them (a line
# of it closing on "?"). Links to one address with different fields ("?page=2", "?sort=new": a pager, a sort bar) under
# no question, or links to addresses of their own, are no poll. The answer's number may close the address's path instead
# of a field ("…/polls/3f9b/1", "…/polls/3f9b/2": the same platform's poll in another issue), each label holding a
# word; a pager's "1", "2", "3" to "…/page/2" carries no word.
def _choice_links(tree) -> list:
    groups: dict = {}
    for link in tree.iter("a"):
        label = _text(link, _CHOICE_BOX_MAX) or ""
        address = urlsplit((link.get("href") or "").strip())
        fields = [f.partition("=") for f in address.query.split("&") if f]
        head, _, last = address.path.rstrip("/").rpartition("/")
        numbered = not fields and last.isdigit() and bool(head) and bool(re.search(r"[^\W\d_]", label))
        if (
            not 0 < len(label.split()) <= _BUTTON_MAX_WORDS
            or not (numbered or fields)
            or not all(sep for _, sep, _ in fields)
        ):
            continue
        box = link  # (the link's own box: the largest around it with no word beside it)
        while box.getparent() is not None and _text(box.getparent(), len(label)) == label:
            box = box.getparent()
        parent = box.getparent()
        if parent is None:
            continue
        if numbered:
            groups.setdefault((parent, address.netloc, head, "/", ()), {})[last] = link
        # (links that differ in one field's value share the address and every other field)
        for i, (name, _, value) in enumerate(fields):
            rest = tuple((n, v) for j, (n, _, v) in enumerate(fields) if j != i)
            groups.setdefault((parent, address.netloc, address.path, name, rest), {})[value] = link
    return [
        list(answers.values())
        for (parent, *_), answers in groups.items()
        if len(answers) >= _CHOICE_MIN and _asks_question(parent, list(answers.values()))
    ]


# Or as links that lead nowhere, one for each answer, side by side under the question ("What did you think of today's
# issue?" over "<a href="#" class="poll-option">🐚🐚🐚 Loved it</a><a href="#">🐚🐚 It was fine</a>…", a newsletter
# platform's poll shown to a reader not signed in, its answers sent by the page's script): two or more links whose
# address is "#" or a script's, each a few words (``_BUTTON_MAX_WORDS``) and alone in its box, in one box with a line of
# its own closing on "?" (``_asks_question``). Such links under no question (a page's tabs, "Show more"), or links to
# pages, are no poll.
def _inert_choice_links(tree) -> list:
    groups: dict = {}
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        label = _text(link, _CHOICE_BOX_MAX) or ""
        if (
            not (href == "#" or href.lower().startswith("javascript:"))
            or not 0 < len(label.split()) <= _BUTTON_MAX_WORDS
        ):
            continue
        box = link  # (the link's own box: the largest around it with no word beside it)
        while box.getparent() is not None and _text(box.getparent(), len(label)) == label:
            box = box.getparent()
        if box.getparent() is not None:
            groups.setdefault(box.getparent(), []).append(link)
    return [
        links
        for parent, links in groups.items()
        if len(links) >= _CHOICE_MIN and _asks_question(parent, links)
    ]


def _asks_question(parent, links: list) -> bool:
    """Whether the box ``parent`` (or the one around it) has a line of its own, outside the ``links``, closing on "?"."""
    for box in (parent, parent.getparent()):
        if box is None or _text(box, _CHOICE_BOX_MAX) is None:
            return False
        for el in box.iter():
            if el in links or any(a in links for a in el.iterancestors("a")):
                continue
            if any((piece or "").strip().endswith("?") for piece in (el.text, el.tail)):
                return True
    return False


def drop_choice_boxes(tree) -> None:
    """Remove the small box around each group of radio buttons of one name (``_choice_box``), around a poll's
    submit buttons of one name (``_choice_buttons``), around a list of lone buttons (``_button_lists``) and around a
    poll's answer links (``_choice_links``, or leading nowhere, ``_inert_choice_links``)."""
    groups: dict = {}
    for el in tree.iter("input"):
        if (el.get("type") or "").strip().lower() == "radio":
            groups.setdefault(el.get("name") or "", []).append(el)
    groups.update(_choice_buttons(tree))
    groups.update((id(buttons), buttons) for buttons in _button_lists(tree))
    groups.update((id(links), links) for links in _choice_links(tree))
    groups.update((id(links), links) for links in _inert_choice_links(tree))
    boxes = []
    for radios in groups.values():
        if len(radios) >= _CHOICE_MIN:
            box = _choice_box(radios)
            if box is not None:
                boxes.append(box)
    for box in boxes:
        remove_keeping_tail(box)


# -- bar charts drawn in boxes ---------------------------------------------------------------------

# A chart drawn in boxes: each row an empty box whose inline width is its value ("<div class="bar" style="width:89%">
# </div><b>Civic Union</b> 201"), beside a label and a figure. trafilatura drops the rows (no text worth a paragraph)
# but kept the chart's heading ("Seats declared: 447 of 450 · 226 needed for a majority", a live page's seat tally),
# which then reads as a line of the story. The small box around two rows or more with bars of different widths goes
# whole, heading and all: at most ``_CHART_MAX`` characters, no paragraph of prose, never the headline's, the article's
# or the page's main box. One bar (a reading progress bar), bars of one width (spacers, rules), or a box holding a
# paragraph of prose, stay.
_CHART_MAX = 600
_BAR_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)%")


def _bar_width(el) -> str | None:
    """The width an empty box's inline style gives it in per cent, or None."""
    if len(el) or (el.text or "").strip():
        return None
    m = _BAR_WIDTH.search(el.get("style") or "")
    return m.group(1) if m else None


def drop_bar_charts(tree) -> None:
    """Remove the small box around each chart of two bars or more of different widths (``_bar_width``)."""
    charts: dict = {}
    for el in tree.iter("div", "span"):
        width = _bar_width(el)
        row = el.getparent()
        chart = row.getparent() if row is not None else None
        if width is not None and chart is not None:
            charts.setdefault(chart, {})[row] = width
    for chart, rows in charts.items():
        if len(rows) < 2 or len(set(rows.values())) < 2:
            continue
        if chart.tag in _NEVER_PRUNED or chart.tag == "article" or _text(chart, _CHART_MAX) is None:
            continue
        if next(chart.iter("h1", "article", "main"), None) is not None:
            continue
        if any(len(_text(p) or "") > _PROSE_P for p in chart.iter("p")):
            continue
        if chart.getparent() is not None:
            remove_keeping_tail(chart)


# -- cards for other pages ----------------------------------------------------------------------------

# A small box opened by a title that is nothing but a link to another page, with a blurb and maybe a date
# under it ("The water troughs are leaking again …" over "Three of the five troughs …", "September 12,
# 2024"): a card for another story (related posts, "more from", an event listing), whatever the site calls
# it. trafilatura drops the linked title for its link density but may keep the blurb, which then reads as
# the article's own paragraph. The title is a heading, or (in a run of two cards or more under one list or
# box: a related list's "title" and "description" boxes) any block. (A title linking to the page itself,
# a live post's permalink, is the page's own; a title over more than a blurb is a section's; a card with
# no blurb, an author's name over a date, stays: trafilatura reads the page's author and date there.)
_CARD_MAX = 400  # characters: a headline, a blurb and a date
_CARD_TAGS_BOX = frozenset(("div", "li", "article", "section"))
_CARD_TITLE_TAGS = frozenset((*_HEADINGS, "div", "p", "span", "a"))
_CARD_ELEMENTS = 30
_BLURB_WORDS = 8
_CARD_RUN = 2
_LABEL_WORDS = 4
_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|avif|svg)$", re.IGNORECASE)


def _own_path(tree) -> str | None:
    for href in tree.xpath(
        "//head/link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"
        " | //head/meta[@property='og:url']/@content"
    ):
        if href.strip():
            return href.strip()
    return None


def _path(href: str) -> str:
    return urlsplit(href.strip()).path.rstrip("/")


def _same_page(href: str, own: str | None) -> bool:
    """Whether ``href`` leads to the page itself: the same path, and the same query when both have one
    ("article.aspx?id=1170" is another story than "article.aspx?id=1187"; "?post=12" on the page's own
    address is a live post's permalink)."""
    if own is None:
        return False
    mine, theirs = urlsplit(own), urlsplit(href.strip())
    if mine.path.rstrip("/") != theirs.path.rstrip("/"):
        return False
    return not (mine.query and theirs.query) or mine.query == theirs.query


def elements(box) -> list:
    """The child elements of ``box``, comments and processing instructions passed over."""
    return [child for child in box if isinstance(child.tag, str)]


def _card_title(link):
    """The block that ``link`` is the whole of: the link itself, or up to two boxes wrapping only it (no
    other element, no text of their own). Read from the markup alone: no text is read here."""
    title = link
    for _ in range(2):
        parent = title.getparent()
        if parent is None or parent.tag not in _CARD_TITLE_TAGS or (parent.text or "").strip():
            break
        if (title.tail or "").strip() or len(elements(parent)) != 1:
            break
        title = parent
    return title


def _link_card(link, own: str | None) -> tuple[object, bool] | None:
    """(the card's box, whether its title is a heading) when ``link`` is the whole title of a card for another page
    (``_titled_card``)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "?")):
        return None
    found = _titled_card(link, lambda: not (_same_page(href, own) or _IMAGE_FILE.search(_path(href))))
    if found is None:  # (a link to the page itself, or to a picture's "click to enlarge")
        return None
    box, title = found
    return box, title.tag in _HEADINGS


def _titled_card(link, leads_on=None) -> tuple[object, object] | None:
    """(the card's box, its title) when ``link`` is the whole title of a small box over a blurb, and ``leads_on()``
    (a test of the link's address, read once the markup holds) is true.

    The markup is checked first (the title opens the box, something follows it), so the text of the
    page's many menu links is never read."""
    title = _card_title(link)
    box = title.getparent()
    if box is None or box.tag not in _CARD_TAGS_BOX or title.tag not in _CARD_TITLE_TAGS:
        return None
    children = elements(box)
    at = next((i for i, child in enumerate(children[:2]) if child is title), None)
    if at is None or at + 1 >= len(children) or not _at_most(box, _CARD_ELEMENTS):
        return None
    if leads_on is not None and not leads_on():
        return None
    # the title opens the box, or follows a short label ("Upcoming Webinar", "Free White Paper")
    label = children[0] if at == 1 else None
    if label is not None and (
        len((_text(label, 60) or "x " * 9).split()) > _LABEL_WORDS or next(label.iter("a"), None) is not None
    ):
        return None
    if (
        not _text(link, 300)
        or _text(box, _CARD_MAX) is None
        or next(box.iter("h1", "main"), None) is not None
    ):
        return None
    headings = sum(1 for h in box.iter(*_HEADINGS) if h is not label)
    if headings > 1 or sum(1 for _ in box.iter("p", "li")) > 3:
        return None
    # a blurb under the title, one short paragraph at most (a byline's card, a name over a date and a
    # reading time, is the page's own metadata: trafilatura reads the author and the date there)
    after = children[at + 1 :]
    rest = [_text(child) or "" for child in after]
    if sum(len(r) > _PROSE_P for r in rest) > 1 or not any(_blurb(child) for child in after):
        return None
    return box, title


# A blurb is a sentence or two of the card's own words: eight words or more, closing with an end mark, not
# mostly link text (a menu's list of links, a byline's "Published: June 9 at 11:02 a.m." and a site's
# tagline are none).
_BLURB_END = re.compile(r"""([.!?…]|\.\.\.)["”’')]?$""")


_BYLINE_WORDS = re.compile(r"\b(published|updated|posted)\b", re.IGNORECASE)


def _blurb(el) -> bool:
    text = _text(el, _CARD_MAX) or ""
    if len(text.split()) < _BLURB_WORDS or not _BLURB_END.search(text) or _BYLINE_WORDS.search(text):
        return False
    linked = sum(len(_text(a) or "") for a in el.iter("a"))
    return linked * 2 < len(text)


def drop_link_cards(tree) -> None:
    """Remove every small box opened by a linked title to another page over a blurb (``_link_card``):
    alone when the title is a heading, else in a run of cards under one list or box."""
    own = _own_path(tree)
    headed, others, runs = [], [], {}
    for link in tree.iter("a"):
        found = _link_card(link, own)
        if found is None:
            continue
        box, is_heading = found
        if is_heading:
            headed.append(box)
        else:
            others.append(box)
            for holder in (box.getparent(), box.getparent().getparent()):
                if holder is not None:
                    runs[holder] = runs.get(holder, 0) + 1
    boxes = headed + [
        box
        for box in others
        if any(
            runs.get(h, 0) >= _CARD_RUN
            for h in (box.getparent(), box.getparent().getparent())
            if h is not None
        )
    ]
    holders = {box.getparent() for box in boxes if box in others}
    for box in boxes:
        remove_keeping_tail(box)
    for holder in holders:
        heading = _cards_heading(holder)
        if heading is not None:
            remove_keeping_tail(heading)


# The heading a run of cards stood under, with its lead-in, once the cards went ("Adopt me!" over "These seniors are
# waiting at <Shelter> right now.", then the cards of the animals, each "Meet <Name> →"): the box right before the
# emptied run (the run's holder, or the boxes around it that hold nothing else), a heading and at most one short line
# (``_LEAD_IN_WORDS`` words), no link, with nothing of the text's after the run. A heading over the text's own
# paragraphs, a box with more than one line under its heading, and a heading over cards still holding one stay.
_LEAD_IN_WORDS = 15


def _cards_heading(holder):
    """The heading box (a heading and one short line at most, no link) right before the emptied run ``holder`` stood
    in, with no paragraph of the text after the run, or None."""
    top = holder
    while top.getparent() is not None and top.getparent().tag not in ("body", "main", "article"):
        if _text(top) or _text(top.getparent()) != "":
            break
        top = top.getparent()
    if _text(top) or any(_text(after, _PROSE_P) is None for after in top.itersiblings()):
        return None
    return _lead_in_box(top.getprevious())


def _lead_in_box(box, tags=_BOX_TAGS):
    """``box`` (one of ``tags``) when it is a heading and one short line at most, no link (``_cards_heading``), else
    None."""
    if box is None or box.tag not in tags or next(box.iter("a"), None) is not None:
        return None
    lines = [el for el in box.iter(*_HEADINGS, "p", "li") if _text(el)]
    if not lines or lines[0].tag not in _HEADINGS or len(lines) > 2:
        return None
    if len(lines) == 2 and (lines[1].tag != "p" or _words(_text(lines[1]) or "") > _LEAD_IN_WORDS):
        return None
    said = " ".join(_text(el) or "" for el in lines)
    return box if said == _text(box) else None


# -- a list of stories holding this one -----------------------------------------------------------------

# A run of three or more look-alike cards (one tag, one first class, under one box), each a title over a blurb, one of
# them titled with the page's own headline: a list of stories with this one among them (a feed reader's article list
# beside the story it shows, a site's "Latest" marking the story being read). The other cards are other stories'
# teasers, whatever their titles link to (a reader app's script takes "#"; the cards' rule above reads only links to
# other pages), and this story's card only tells its lede again. A run with no card titled as the page (an FAQ's
# questions over their answers) stays, and so does a title of fewer than ``_HEADLINE_WORDS`` words.
_LISTING_RUN = 3


def _headlines(tree) -> set[str]:
    """The page's own headline as the page gives it, folded: ``og:title``/``twitter:title``, the ``<title>`` and its
    first part (before " | Site"), the ``<h1>``."""
    found = [
        m.get("content") or ""
        for m in tree.iter("meta")
        if (m.get("property") or m.get("name")) in ("og:title", "twitter:title")
    ]
    title = tree.find(".//title")
    if title is not None:
        found += [title.text_content(), _TITLE_PARTS.split(title.text_content().strip())[0]]
    found += [_text(h1, 300) or "" for h1 in tree.iter("h1")]
    return {key for key in map(fold, found) if len(key.split()) >= _HEADLINE_WORDS}


def _card_and_tile(box) -> list:
    """The card, and the tile around it when the tile's other parts hold no words (a reader app's tile: the card and a
    bar of icon buttons, "Star", "Tag", "Share" only in their titles): the run may be the tiles'."""
    tile = box.getparent()
    if tile is None or tile.tag not in _BOX_TAGS or _text(tile, _CARD_MAX) != _text(box, _CARD_MAX):
        return [box]
    return [box, tile]


def drop_story_listings(tree) -> None:
    """Remove every run of cards, or of the tiles around them (``_card_and_tile``), one of which is titled with the
    page's headline (``_LISTING_RUN``, ``_headlines``)."""
    headlines = _headlines(tree)
    if not headlines:
        return
    runs: dict[tuple, dict] = {}
    for link in tree.iter("a"):
        found = _titled_card(link)
        if found is None:
            continue
        box, title = found
        titled = fold(_text(title) or "") in headlines
        for card in _card_and_tile(box):
            if _first_class(card) is not None:
                cards = runs.setdefault((card.getparent(), card.tag, _first_class(card)), {})
                cards[card] = cards.get(card, False) or titled
    for cards in runs.values():
        if len(cards) >= _LISTING_RUN and any(cards.values()):
            for box in cards:
                remove_keeping_tail(box)


# -- a button to the headline's own address ---------------------------------------------------------

# A short link alone in its block, leading where the page's linked headline leads ("Visit website", "Open original"
# beside a reader app's or an aggregator's headline linked to the story's site): a button repeating the headline's link,
# the way out to the story, never a line of it. The headline is a link whose words are the page's own headline
# (``_headlines``); the button stands on a line of its own (no words beside it, only blocks or nothing before and after
# it), ``_BUTTON_MAX_WORDS`` words at most, no sentence. A link in a sentence, or to another address, stays; so does any
# link when the headline links nowhere ("#"), and a link whose words are a host's name ("meridianpress.example" after a
# forum post's linked title names the story's source, as a byline names its writer, and is left to the line rules).
_DOTTED = re.compile(r"\w\.\w")
_LINE_BLOCKS = frozenset(
    ("div", "p", "ul", "ol", "table", "section", "header", "figure", "h1", *_HEADINGS, "br", "hr")
)


def _headline_targets(tree, headlines: set[str]) -> set[str]:
    """The addresses the page's headline links to (a link whose words are the headline, ``_headlines``)."""
    found = {(a.get("href") or "").strip() for a in tree.iter("a") if fold(_text(a, 300) or "") in headlines}
    return {href for href in found if href and not href.startswith(("#", "javascript:"))}


def _headline_button(a, targets: set[str], headlines: set[str]) -> bool:
    if (a.get("href") or "").strip() not in targets:
        return False
    text = _text(a, 60)
    if (
        not text
        or fold(text) in headlines
        or _words(text) > _BUTTON_MAX_WORDS
        or _CLOSES_SENTENCE.search(text)
    ):
        return False
    return not _DOTTED.search(text) and _on_its_own_line(a)


def _on_its_own_line(el) -> bool:
    """No words beside ``el`` in its parent: only blocks, or nothing, before and after it."""
    parent, before = el.getparent(), el.getprevious()
    if (
        parent is None
        or (el.tail or "").strip()
        or ((parent.text if before is None else before.tail) or "").strip()
    ):
        return False
    return all(
        sibling is None or not isinstance(sibling.tag, str) or sibling.tag in _LINE_BLOCKS
        for sibling in (before, el.getnext())
    )


def drop_headline_buttons(tree) -> None:
    """Remove every short link alone in its block that leads where the page's linked headline leads
    (``_headline_button``)."""
    headlines = _headlines(tree)
    targets = _headline_targets(tree, headlines) if headlines else set()
    if not targets:
        return
    for a in [a for a in tree.iter("a") if _headline_button(a, targets, headlines)]:
        remove_keeping_tail(a)


# -- preview cards ----------------------------------------------------------------------------------

# A link preview that a social post or a chat shows under a shared link: one link to another site holding the site's
# host name in an element of its own, then the page's title and blurb ("caldervalleygazette.example.org" "Commissioners
# delay …" "The county will …"). The text of such a card is the other page's, never the post's. A link in a sentence
# whose words are a host name ("… said <a>harbour.example.org</a>"), or a host name and no title, stays.
_LINK_HOST = re.compile(r"^https?://(www\.)?(?P<host>[^/:?#\s]+)", re.IGNORECASE)
_PREVIEW_TITLE_WORDS = 4


def _preview_card(a) -> bool:
    found = _LINK_HOST.match(a.get("href") or "")
    if found is None or (a.text or "").strip() or not elements(a):
        return False
    pieces = [piece.strip() for piece in a.itertext() if piece.strip()]
    host = found.group("host").lower()
    if not pieces or pieces[0].lower().removeprefix("www.") != host:
        return False
    text = _text(a, _CARD_MAX)
    return text is not None and len(text.split()) > _PREVIEW_TITLE_WORDS


def drop_preview_cards(tree) -> None:
    """Remove every link preview (``_preview_card``): a link to another site opening on its host name over a title."""
    for a in [a for a in tree.iter("a") if _preview_card(a)]:
        remove_keeping_tail(a)


# -- form boxes -------------------------------------------------------------------------------------

# A form asking the reader to type something in (an e-mail, a name, a company) with a button to send it:
# a newsletter sign-up, a gated white paper ("First name … Business email … Download now"), a lead form
# beside a law firm's post. The article asks nothing of the kind; the box around it goes with its pitch
# and small print, as large as it stays small (``_ENTRY_FORM_MAX`` characters, under two paragraphs of
# prose, never the headline's, the article's or the page's main box: a site that wraps its whole page in
# one form keeps it). A search box is such a form too, and no part of the article either.
_ENTRY_FORM_MAX = 600
_TYPED_INPUTS = frozenset(("", "text", "email", "tel", "search"))


def _form_box(form) -> object | None:
    fields = [el for el in form.iter("input") if (el.get("type") or "").strip().lower() in _TYPED_INPUTS]
    sends = next(
        (
            el
            for el in form.iter("button", "input")
            if el.tag == "button" or (el.get("type") or "").lower() == "submit"
        ),
        None,
    )
    if not fields or sends is None:
        return None
    return _largest_small_box(form, _ENTRY_FORM_MAX)


def drop_form_boxes(tree) -> None:
    """Remove the small box around each form the reader is asked to fill in (``_form_box``), and around each
    e-mail field a script sends with its button, no ``<form>`` around it (``_email_field_box``)."""
    boxes = [box for box in (_form_box(form) for form in tree.iter("form")) if box is not None]
    boxes += [box for box in (_email_field_box(el) for el in tree.iter("input")) if box is not None]
    for box in boxes:
        if box.getparent() is not None:
            remove_keeping_tail(box)


_FIELD_LEVELS = 3  # how far above an e-mail field its button may sit


def _email_field_box(field) -> object | None:
    """A React or Vue page's sign-up: an ``<input type="email">`` outside any form with a button a few levels
    above it ("The Charge" · "A weekly newsletter on the energy transition … Every Thursday." · e-mail · "Sign
    up"), the small box around them (as ``_form_box``)."""
    if (field.get("type") or "").strip().lower() != "email":
        return None
    if next(field.iterancestors("form"), None) is not None:
        return None  # a form's field: ``_form_box`` judges it
    holder = field.getparent()
    for _ in range(_FIELD_LEVELS):
        if holder is None:
            return None
        if next(holder.iter("button"), None) is not None:
            return _largest_small_box(holder, _ENTRY_FORM_MAX)
        holder = holder.getparent()
    return None


# -- action tails of a run of entries ---------------------------------------------------------------

# A run of look-alike entries (three or more siblings of one tag and first class: a live blog's posts, a
# feed's items) each closing with the same small box of buttons that lead nowhere ("Share", "Like · Reply",
# links to "#" or script, ``<button>``s): the entries' action bar. trafilatura reads each entry's link
# density with that tail and drops entries of one short paragraph ("Share" is a third of a two-line post),
# keeping two of five; without the tails it keeps them all. A tail that links to another page ("Read more"
# under a related card) is a card's title link and stays: the card is then still read as links.
# The bar may carry a short label of its own beside two or more controls ("Share this post" before "Facebook",
# "X", "Copy link"): with it, the last post of a newest-first live blog was dropped whole.
_TAIL_RUN = 3
_TAIL_MAX_WORDS = 8
_TAIL_LABEL_WORDS = 3


def _inert(control) -> bool:
    """A button, or a link that leads nowhere (no address, "#…", script): an action, not a page."""
    if control.tag == "button":
        return True
    href = (control.get("href") or "").strip()
    return not href or href.startswith(("#", "javascript:"))


# A post's counters read as its bar: three or more bare inline pieces, no link among them, each a count ("1.2K", "214")
# or one word ("Share"), two of them counts at least: a social post's likes, replies and reposts.
_COUNT = re.compile(r"^\d[\d.,]*[KkMm]?$")
_COUNTERS_MIN = 3


def _counters_bar(tail) -> bool:
    pieces = elements(tail)
    if (
        len(pieces) < _COUNTERS_MIN
        or (tail.text or "").strip()
        or next(tail.iter("a", "button"), None) is not None
    ):
        return False
    texts = [(_text(piece, 20) or "") for piece in pieces]
    if any(
        len(piece) or len(text.split()) != 1 or (piece.tail or "").strip()
        for piece, text in zip(pieces, texts, strict=True)
    ):
        return False
    return sum(bool(_COUNT.match(text)) for text in texts) >= 2


def _action_tail(entry):
    """The entry's last element when it is a small box of inert controls (and at most a short label beside
    them) or of a post's counters, else None; a box closing the entry as its main part, beside a gutter or a
    picture, is searched for the same bar at its end (a social post's gutter holds its avatar)."""
    tail = _own_action_tail(entry)
    children = elements(entry)
    if tail is None and len(children) >= 2 and children[-1].tag in ("div", "section"):
        tail = _own_action_tail(children[-1])
        if tail is not None and _words(_text(entry, 4000) or "x " * 999) <= _words(_text(tail) or ""):
            return None
    return tail


def _own_action_tail(entry):
    children = elements(entry)
    if len(children) < 2:
        return None
    tail = children[-1]
    if tail.tag in ("a", "button") or not _at_most(tail, 12):
        return None
    if _counters_bar(tail):
        return tail if _words(_text(entry, 4000) or "x " * 999) > _words(_text(tail) or "") else None
    controls = list(tail.iter("a", "button"))
    if not controls or not all(_inert(c) for c in controls):
        return None
    text = _text(tail, 80)
    if not text or len(text.split()) > _TAIL_MAX_WORDS:
        return None
    inside = " ".join(_text(c) or "" for c in controls)
    # every word of the tail is a control's (separators "·", "|" are no words), but for a short label beside two
    # controls or more
    label = _TAIL_LABEL_WORDS if len(controls) >= 2 else 0
    if _words(text) > _words(inside) + label:
        return None
    # the entry has words of its own beside its tail
    if _words(_text(entry, 4000) or "x " * 999) <= _words(text):
        return None
    return tail


def drop_repeated_action_tails(tree) -> None:
    """Remove the action bar (``_action_tail``) closing each of a run of three or more look-alike entries,
    when the same bar (one tag and class) closes at least three of them."""
    found = []
    for parent in tree.iter():
        children = elements(parent)
        if len(children) < _TAIL_RUN:
            continue
        runs: dict[tuple, list] = {}
        for child in children:
            cls = (child.get("class") or "").split()
            if cls:
                runs.setdefault((child.tag, cls[0]), []).append(child)
        for entries in runs.values():
            if len(entries) < _TAIL_RUN:
                continue
            tails: dict[tuple, list] = {}
            for entry in entries:
                tail = _action_tail(entry)
                if tail is not None:
                    tails.setdefault((tail.tag, tail.get("class") or ""), []).append(tail)
            for same in tails.values():
                if len(same) >= _TAIL_RUN:
                    found.extend(same)
    for tail in found:
        remove_keeping_tail(tail)


# -- a post's notes ---------------------------------------------------------------------------------------

# A list at least half of whose items, two or more, are a social platform's activity on the post ("old-barns-of-ny
# liked this", "sawkillkayaker reblogged this from millbrookhistory", "hudsonvalleyspans reblogged this from
# millbrookhistory and added:" over the reblogger's words): a blog post's notes, whatever else is among them (a
# reply, "mapsandmills said: …"; the list's "Show more notes"). The line rules know each activity line alone; the
# replies and the rebloggers' words only by their place in the list.
_NOTES_MIN = 2
_NOTE_MAX = 400  # characters read of an item: an activity line and a reader's short comment


def _is_note(item) -> bool:
    text = _text(item, _NOTE_MAX) or ""
    return bool(ACTIVITY.match(text) or ACTIVITY_ADDED.match(text))


def _notes_list(lst) -> bool:
    items = [li for li in elements(lst) if li.tag == "li"]
    notes = sum(_is_note(li) for li in items)
    return notes >= _NOTES_MIN and 2 * notes >= len(items) and next(lst.iter("h1"), None) is None


def drop_note_lists(tree) -> None:
    """Remove every list of a post's notes (``_notes_list``)."""
    found = [lst for lst in tree.iter("ul", "ol") if _notes_list(lst)]
    for lst in found:
        remove_keeping_tail(lst)


# -- field lists --------------------------------------------------------------------------------------

# A definition list whose every term is a short label and every value a few words without a sentence
# ("Journal: Nature Plants", "DOI: 10.1038/…", "Joined: Mar 4, 2009", "Date modified: 2026-12-01") is a
# record's fields: a release's research details, a poster's profile, a page's dates. The story tells in
# sentences; a glossary's or a Q&A's values are sentences and stay, and so do lists whose values, with their
# sibling lists', are all quantities ("Calories: 390", "Sugars: 45g", "Iron: 6%": a recipe's nutrition
# facts, a table of data). The heading right above such a list ("Research details") goes with it.
_FIELD_LABEL_WORDS = 4
_FIELD_VALUE_WORDS = 12
_SENTENCE_IN = re.compile(r"""[.!?]["”’')]?(\s|$)""")
_QUANTITY = re.compile(r"^[<>~≈]?\s*\d[\d.,]*\s*(%|[a-zA-Zµ]{1,4})?$")


def _field_values(dl) -> list[str] | None:
    """The values of a list of short labelled fields, or None when ``dl`` is no such list."""
    if any(isinstance(el.tag, str) and el.tag not in ("dt", "dd", "div") for el in dl):
        return None
    pairs = list(dl.iter("dt", "dd"))
    if not any(el.tag == "dt" for el in pairs) or not any(el.tag == "dd" for el in pairs):
        return None
    values = []
    for el in pairs:
        text = _text(el, 200)
        if text is None:
            return None
        limit = _FIELD_LABEL_WORDS if el.tag == "dt" else _FIELD_VALUE_WORDS
        if _words(text) > limit or (el.tag == "dd" and _SENTENCE_IN.search(text)):
            return None
        if el.tag == "dd" and text:
            values.append(text)
    return values


# The same fields set as a bulleted list, each item a label in an element of its own closing with its colon and a
# short value ("<li><span class="label">Base price:</span> $44,995</li>", "<li><b>EPA range:</b> 281-318 miles</li>"):
# a spec box's or a fact box's fields. Two items or more; an item that opens with plain text, holds no label of its
# own or says a sentence ("<li><b>Update:</b> The council has since replied.</li>") leaves the list to the text.
_FIELD_LABEL_TAGS = frozenset(("span", "strong", "b", "em", "i", "label"))
_FIELD_ITEMS = 2


# A list of names, each with what it is or gets in a phrase of its own, is the story's enumeration, not a record's
# fields: a release's projects by the place that gets each ("<li><b>Ashby Landing:</b> replacement of 1.2 kilometres of
# cast-iron water main, $940,000</li>"). A field's label names the field ("Base price:", "Contractor:", "EPA range:") and
# its value is a figure or a name; here every label is a different name (two capitalised words or more, maybe with the
# small words of ``page_lexicon.NAME_LINKS`` between) and every value runs on in lower case for ``_NAMED_ITEM_WORDS``
# words or more, as a sentence's list would.
_ITEM_NAME = re.compile(rf"^[A-Z][\w.'’&-]*( ([A-Z][\w.'’&-]*|{NAME_LINKS}))*( [A-Z][\w.'’&-]*):$")
_NAMED_ITEM_WORDS = 5


def _named_items(labels: list[str], values: list[str]) -> bool:
    """Whether a list's labels are different names and its values phrases in lower case (``_ITEM_NAME``)."""
    return (
        len(set(labels)) == len(labels)
        and all(_ITEM_NAME.match(label) for label in labels)
        and all(v[0].islower() and _words(v) >= _NAMED_ITEM_WORDS for v in values)
    )


def _item_fields(ul) -> list[str] | None:
    """The values of a bulleted list of short labelled fields, or None when ``ul`` is no such list."""
    items = elements(ul)
    if len(items) < _FIELD_ITEMS or any(li.tag != "li" for li in items):
        return None
    labels, values = [], []
    for li in items:
        children = elements(li)
        if (li.text or "").strip() or not children or children[0].tag not in _FIELD_LABEL_TAGS:
            return None
        label, text = _text(children[0], 100), _text(li, 200)
        if not label or not text or not label.endswith(":") or _words(label) > _FIELD_LABEL_WORDS:
            return None
        value = text[len(label) :].strip() if text.startswith(label) else None
        if not value or _words(value) > _FIELD_VALUE_WORDS or _SENTENCE_IN.search(value):
            return None
        labels.append(label)
        values.append(value)
    return None if _named_items(labels, values) else values


# The same fields set as a table's rows, each a label cell closing with its colon and a short value cell
# ("<tr><th>Contact:</th><td>Kelsey Brandvold, District Public Information Officer</td></tr>", "Phone:", "Email:"):
# a release's contact box, a record's details. A table with a header row, a row of more cells or a label without
# its colon is data ("Stock | Price | Change") and stays.
def _row_fields(table) -> list[str] | None:
    """The values of a table of short labelled fields, or None when ``table`` is no such table."""
    rows = list(table.iter("tr"))
    if len(rows) < _FIELD_ITEMS or sum(1 for _ in table.iter("table")) > 1:
        return None
    values = []
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str)]
        if len(cells) != 2 or any(c.tag not in ("th", "td") for c in cells):
            return None
        label, value = _text(cells[0], 100), _text(cells[1], 200)
        if not label or not label.endswith(":") or _words(label) > _FIELD_LABEL_WORDS:
            return None
        if not value or _words(value) > _FIELD_VALUE_WORDS or _SENTENCE_IN.search(value):
            return None
        values.append(value)
    return values


def _fields(el) -> list[str] | None:
    if el.tag == "dl":
        return _field_values(el)
    return _item_fields(el) if el.tag == "ul" else _row_fields(el)


def drop_field_lists(tree) -> None:
    """Remove every list or table of short labelled fields (``_field_values``, ``_item_fields``,
    ``_row_fields``), with a heading right above it, unless its values and its sibling lists' are all
    quantities (a table of data)."""
    found: dict = {}
    for dl in tree.iter("dl", "ul", "table"):
        values = _fields(dl)
        if values is not None:
            found[dl] = values
    data = set()
    for parent in {id(dl.getparent()): dl.getparent() for dl in found if dl.getparent() is not None}.values():
        lists = [dl for dl in parent if dl in found]
        if all(_QUANTITY.match(v) for dl in lists for v in found[dl]):
            data.update(lists)
    for dl in found:
        if dl in data or dl.getparent() is None:
            continue
        heading = dl.getprevious()
        if heading is not None and heading.tag in _HEADINGS and not (heading.tail or "").strip():
            if _fact_box_of(dl, heading):
                remove_keeping_tail(dl.getparent())
                continue
            remove_keeping_tail(heading)
        remove_keeping_tail(dl)


# A headed field list's own box may close on a short note under the fields ("Animal Facts: Snow Leopard" over "Range:
# …", "Diet: …" and "Fun fact: A snow leopard’s thick tail can be nearly as long as its body. …"): a fact box, whose
# note goes with its fields. The box holds the heading, the list and one paragraph after the list, nothing else, the
# paragraph ``_FACT_NOTE_MAX`` characters at most; a box with more in it (the text's paragraphs) loses only its list.
# An e-mail's layout sets that box as a table cell (a newsletter's "Every Saturday Vendor List" over "Produce: …",
# "Dairy: …" and "Vendor attendance may vary week to week. …" in one ``<td>``): the cell is the box.
_FACT_NOTE_MAX = 300
_FIELD_BOX_TAGS = _BOX_TAGS | {"td"}


def _fact_box_of(fields, heading) -> bool:
    """The field list's box is its heading, the list and one short paragraph after it (``_FACT_NOTE_MAX``)."""
    box = fields.getparent()
    if box is None or box.tag not in _FIELD_BOX_TAGS or next(box.iter("h1"), None) is not None:
        return False
    parts = elements(box)
    if len(parts) != 3 or parts[:2] != [heading, fields] or parts[2].tag != "p":
        return False
    loose = [box.text, *(part.tail for part in parts)]
    return not any((piece or "").strip() for piece in loose) and bool(_text(parts[2], _FACT_NOTE_MAX))


# -- a fact box inside the text ----------------------------------------------------------------------------

# A small classed box set among the text's blocks, holding a heading and a line or two, none of them a sentence: a
# release's "FY2026 at a glance" over "Containers: 1,420,000 | Vessel calls: 1,118", a player's card ("#44 Marcus
# Delacroix" over "Position: Defense | Height: 6-3"), a notice's "Exposure locations" over an address and dates. The
# story tells its facts in sentences; the box repeats them as labels. Position is the evidence: a block box with a class,
# inside a parent whose text is mostly elsewhere, followed by a paragraph of the text (the box sits among the
# paragraphs; a box after them is left to the other rules), two to four blocks (headings and
# paragraphs), the first a heading or a label line, no sentence closing any of them. A box with a sentence, a quotation,
# a link, more lines or more text stays, and so does any box holding a list: a "Key facts" / "At a glance" box of
# bullets is the story's own summary on some sites (its bullets are passages the reader needs).
_FACT_BOX_TAGS = ("div", "aside", "section")
_FACT_BOX_MAX = 300  # characters
_FACT_BLOCKS = (*_HEADINGS, "p")
_FACT_BLOCKS_MIN, _FACT_BLOCKS_MAX = 2, 4
_FACT_LINE_WORDS = 20
_FACT_SHARE = 0.34  # of the parent's text at most: the box is beside the text, not the text
_CLOSES_SENTENCE = re.compile(r"""[.!?…]["”’')]?$""")


def _fact_line(line: str) -> bool:
    """A short label or figure line: no sentence end, no quotation."""
    return (
        bool(line)
        and _words(line) <= _FACT_LINE_WORDS
        and not (_CLOSES_SENTENCE.search(line) or '"' in line or "“" in line)
    )


def _fact_box(box) -> bool:
    if not (box.get("class") or "").strip() or box.find(".//h1") is not None or box.find(".//a") is not None:
        return False
    text = _text(box, _FACT_BOX_MAX)
    parent = box.getparent()
    if not text or parent is None or parent.tag in ("html", "body"):
        return False
    if box.find(".//li") is not None:
        return False
    blocks = [el for el in box.iter(*_FACT_BLOCKS) if el.find(".//p") is None]
    if not _FACT_BLOCKS_MIN <= len(blocks) <= _FACT_BLOCKS_MAX:
        return False
    lines = [_text(el, _FACT_BOX_MAX) or "" for el in blocks]
    if sum(len(ln) for ln in lines) + len(lines) < len(text) or not all(_fact_line(ln) for ln in lines):
        return False  # text outside the blocks, or a sentence among them
    after = next_element(box)
    if after is None or after.tag != "p" or not _CLOSES_SENTENCE.search(_text(after, 2000) or ""):
        return False  # the text goes on after the box: it sits among the paragraphs, not after them
    around = _text(parent, 20 * _FACT_BOX_MAX)
    return around is None or len(text) <= _FACT_SHARE * len(around)


def drop_fact_boxes(tree) -> None:
    """Remove the small classed boxes of a heading and short labels among the text's blocks (``_fact_box``)."""
    for box in [el for el in tree.iter(*_FACT_BOX_TAGS) if _fact_box(el)]:
        if box.getparent() is not None:
            remove_keeping_tail(box)


# -- a box after the text: a tip, a table of labelled facts --------------------------------------------------------


def _told(el) -> bool:
    """The element holds a paragraph closing a sentence."""
    return any(_CLOSES_SENTENCE.search(_text(p, 2000) or "") for p in el.iter("p"))


def _follows_text(box) -> bool:
    """A paragraph closing a sentence stands before the box (in its parent)."""
    return any(_told(el) for el in box.itersiblings(preceding=True) if isinstance(el.tag, str))


def _after_text(box) -> bool:
    """The box follows the text and the text does not go on: a paragraph closing a sentence before it (in its
    parent), none after it."""
    return _follows_text(box) and not any(_told(el) for el in box.itersiblings() if isinstance(el.tag, str))


def _box_heading(box) -> str | None:
    """The text of the heading that opens the box (its first element), or None."""
    first = next((el for el in box if isinstance(el.tag, str)), None)
    if first is None or first.tag not in _HEADINGS:
        return None
    return _text(first, 200)


# A magazine's tip box after the story, named so by its class part ("pc-energy-tip", "tip-box"), headed by a tip's
# label and closing on the tip's credit to another source: "Energy Tip" over "Set your thermostat to 68 degrees …
# Every degree you turn it down can save up to 3% on heating costs." and "Source: U.S. Department of Energy". The
# tip is the magazine's standing feature, credited elsewhere, not the story. A recipe's own "Chef's tip" after the
# method has no credit and stays; so does the same box among the paragraphs, or under any other heading.
_TIP_HEADING = re.compile(r"^([\w'’-]+ ){0,3}tips?( of the (day|week|month))?\W*$", re.IGNORECASE)
_TIP_CREDITS = frozenset(("press-release label", "photo credit", "source credit"))


def _credited_tip(box) -> bool:
    """A tip's box: a tip's heading first, then a paragraph, and a credit line last (``_TIP_CREDITS``)."""
    heading = _box_heading(box)
    blocks = [el for el in box if isinstance(el.tag, str)]
    if not heading or not _TIP_HEADING.match(heading) or len(blocks) < 3 or blocks[-1].tag != "p":
        return False
    return furniture_rule(_text(blocks[-1], 200) or "") in _TIP_CREDITS


def drop_tip_boxes(tree) -> None:
    """Remove a small box whose class names a tip, credited to another source, after the text (``_credited_tip``)."""
    for box in tree.xpath(_part_xpath("tip")):
        if _credited_tip(box) and box.getparent() is not None and _after_text(box):
            remove_keeping_tail(box)


# A charity's wish list set as a box of its own, a short heading naming it over the goods it asks for: "Our Wish List"
# over "Paper towels, unscented laundry detergent, … Drop-offs are welcome any day between 9 a.m. and 5 p.m." (a
# rescue's e-mail, the heading a bold line no class names), "Amazon wish list" over its items: the same standing appeal
# under every issue, as the class-named one is (``_NOTE_XPATHS``'s "wish-list"). The heading (``_WISH_LIST_HEADING``:
# the name, a word or two before it at most) opens the box on a line of its own, and the box is small (``_WISH_LIST_MAX``
# characters, fewer than two paragraphs of prose, never the headline's or the article's). A story's subheading "The
# council's wish list" heads a part of the story's own box, far larger, and stays.
_WISH_LIST_HEADING = re.compile(rf"^((our|the|a)\s)?([\w'’&-]+\s){{0,2}}({WISH_LISTS})\W*$", re.IGNORECASE)
_WISH_LIST_MAX = 600
_WISH_LIST_BOXES = ("div", "section", "aside", "td")


def _wish_list_box(label):
    """The small box that ``label`` (an element whose whole text is a wish list's heading) opens, or None."""
    heading = _text(label, 80) or ""
    box = label
    while box is not None and (_text(box, 80) or "") == heading:
        box = box.getparent()
    if box is None or box.tag not in _WISH_LIST_BOXES:
        return None
    said = _text(box, _WISH_LIST_MAX)
    if said is None or not said.startswith(heading) or _words(said) <= _words(heading):
        return None
    if next(box.iter("h1", "article", "main"), None) is not None:
        return None
    prose = sum(len(_text(p, 2000) or "") > _PROSE_P for p in box.iter("p"))
    return box if prose < _PROSE_BOX_PARAGRAPHS else None


def drop_wish_list_boxes(tree) -> None:
    """Remove a small box opened by a wish list's heading (``_wish_list_box``)."""
    boxes = {}
    for el in tree.iter():
        if not isinstance(el.tag, str) or "wish" not in (el.text or "").lower():
            continue
        if _WISH_LIST_HEADING.match(_text(el, 80) or "") and (box := _wish_list_box(el)) is not None:
            boxes[box] = True
    for box in boxes:
        if box.getparent() is not None:
            remove_keeping_tail(box)


# A donation box of a heading over paragraphs that the line rules each take as an appeal for gifts: "Help us get ready
# for the next emergency" over "It costs about $14 a day to care for one … A gift of $50 covers almost four days." and
# "Become a monthly <Name> and your gift goes to work all year round …" (an e-mail builder's boxed text block, its one
# table cell read as one line, heading and paragraphs run together, where no line rule reads them). The heading
# (``_HEADINGS``) opens the box, one to ``_APPEAL_PARAGRAPHS`` paragraphs follow it and nothing else holds words, the box
# is small (``_APPEAL_MAX`` characters, no headline) and a line rule of giving (``_APPEAL_RULES``) takes every paragraph:
# the heading is the appeal's, and goes with it. A box with one paragraph no such rule takes ("Want to help in person?
# New volunteer orientation is Saturday …"), or a story's section under its subheading, stays.
_APPEAL_RULES = frozenset(
    (
        "donation box's pitch",
        "appeal for support",
        "appeal to readers who value the news",
        "body's appeal for gifts",
        "free-to-read donation pitch",
    )
)
_APPEAL_MAX = 700
_APPEAL_PARAGRAPHS = 3
_APPEAL_BOXES = ("div", "section", "aside", "td")


def _appeal_box(heading):
    """The small box that ``heading`` opens when a line rule of giving takes each of its paragraphs, or None."""
    box = heading.getparent()
    if (
        box is None
        or box.tag not in _APPEAL_BOXES
        or (box.text or "").strip()
        or heading.getprevious() is not None
    ):
        return None
    rest = [el for el in box if el is not heading]
    if not 1 <= len(rest) <= _APPEAL_PARAGRAPHS or any(el.tag != "p" for el in rest):
        return None
    if any((el.tail or "").strip() for el in (heading, *rest)) or _text(box, _APPEAL_MAX) is None:
        return None
    if next(box.iter("h1", "article", "main"), None) is not None:
        return None
    return box if all(furniture_rule(_text(p) or "") in _APPEAL_RULES for p in rest) else None


def drop_appeal_boxes(tree) -> None:
    """Remove a small box of a heading over paragraphs each an appeal for gifts by the line rules (``_appeal_box``)."""
    for box in {b: True for b in (_appeal_box(h) for h in tree.iter(*_HEADINGS)) if b is not None}:
        if box.getparent() is not None:
            remove_keeping_tail(box)


# A box after the text of a heading and short lines each opening on a label and its colon, two lines or more running
# three labelled fields or more together: "Scoring summary" over "Caldermoor Warriors: Tries: Penalty try, Greaves.
# Cons: Penhallow 2. Pens: Penhallow 2.", "Score progression: 0-7, 3-7, …", a match's, a race's or a count's record set
# as fields, on any site. Prose never runs three "Label:" openings into a line of a few words; an "If you go" box's
# "When: Saturday" lines hold one field each and stay, and so do the same lines among the text's paragraphs (no
# paragraph closing a sentence before the box in its parent) or in a box holding anything besides its lines.
_FIELD_LABEL = re.compile(r"(?:^|(?<=[.;:]\s))[A-Z][\w'’-]*(?: [\w'’()-]+){0,2}:(?=\s)")
_FIELD_HEADING_WORDS = 6
_FIELD_LINE_WORDS = 30
_FIELD_RUN = 3  # labelled fields in one line: a record's run of them
_FIELD_RUN_LINES = 2


def _field_line_box(box) -> bool:
    """The box is a short heading (``_box_heading``) and paragraphs only, each opening on a label, of
    ``_FIELD_LINE_WORDS`` words at most, ``_FIELD_RUN_LINES`` of them running ``_FIELD_RUN`` labels or more."""
    heading = _box_heading(box)
    parts = elements(box)
    if not heading or _words(heading) > _FIELD_HEADING_WORDS or len(parts) < 1 + _FIELD_RUN_LINES:
        return False
    if any(part.tag != "p" for part in parts[1:]) or any((piece or "").strip() for piece in _loose_text(box)):
        return False
    lines = [_text(part, 400) or "" for part in parts[1:]]
    if any(not line or _words(line) > _FIELD_LINE_WORDS or not _FIELD_LABEL.match(line) for line in lines):
        return False
    return sum(len(_FIELD_LABEL.findall(line)) >= _FIELD_RUN for line in lines) >= _FIELD_RUN_LINES


def _loose_text(box) -> list:
    """The words set loose in ``box``, outside its elements: its text and its elements' tails."""
    return [box.text, *(part.tail for part in elements(box))]


def drop_field_line_boxes(tree) -> None:
    """Remove every box of a heading over lines of labelled fields after the text, outside the text's box
    (``_field_line_box``)."""
    text_box = _text_box(tree)
    found = [
        box
        for box in tree.iter(*_BOX_TAGS)
        if box.tag not in _NEVER_PRUNED
        and _field_line_box(box)
        and _follows_text(box)
        and (text_box is None or not _inside(box, text_box))
    ]
    for box in found:
        remove_keeping_tail(box)


# A press office's contact box after the text, a box of its own under a heading that names it (``CONTACT_HEADING``:
# "Media Contact" over "Hannah Voss, Communications Manager", the office, "Phone: …", "Email: …"). ``page_lines`` takes
# the same block as lines under its heading; a layout that trafilatura reads without its headings (a city's news flash)
# left the name, the office and the phone number with no heading over them. Small, with a phone number or an e-mail,
# after the text's last paragraph: a box among the paragraphs, or one without a number, stays. Not pruned (without the
# box, trafilatura's reading of what follows it changes): its lines are only read, so that the extraction can drop them.
# A CMS's field sets its heading as the field's label, a bare block rather than a heading (Drupal's "<div
# class="field__label">Media contact</div>" over "Tom Aldana, University Communications" and a phone number): trafilatura
# leaves the short label out, and the name and the office were left with nothing over them. A first element holding
# text only (no element inside it) that the contact heading matches whole heads the box as well.
_CONTACT_BOX_MAX = 400
_LINE_BREAKS = ("br", "p", "div", "li", "dd", "dt", *_HEADINGS)


def _label_heading(box) -> str | None:
    """The text of the bare block that opens the box as its label (its first element, holding no element), or None."""
    first = next((el for el in box if isinstance(el.tag, str)), None)
    if first is None or first.tag not in ("div", "span", "p", "strong", "b") or len(first):
        return None
    return _text(first, 200)


def _contact_box(box) -> bool:
    heading = _box_heading(box) or _label_heading(box)
    if heading is None or not CONTACT_HEADING.match(heading):
        return False
    text = _text(box, _CONTACT_BOX_MAX)
    return bool(text) and bool(PHONE.search(text) or EMAIL.search(text)) and _after_text(box)


def _broken_lines(box) -> list[str]:
    """The box's lines as trafilatura reads them, folded: its text cut at each block and each ``<br>``."""
    lines, current = [], []
    for node in box.xpath(".//text() | .//*"):
        if isinstance(node, str):
            current.append(node)
        elif node.tag in _LINE_BREAKS:
            lines.append(fold(" ".join(current)))
            current = []
    lines.append(fold(" ".join(current)))
    return [line for line in lines if line]


def contact_box_lines(tree) -> frozenset[str]:
    """The folded lines (the heading, each line under it) of every press office's contact box after the text
    (``_contact_box``)."""
    return frozenset(
        line for box in tree.iter(*_FACT_BOX_TAGS) if _contact_box(box) for line in _broken_lines(box)
    )


# A classed box after the text holding a heading and one table of labelled facts, each row a label cell and its value
# ("At a glance" over "Bill | Draft bill, to be introduced in 2027", "Committee action | Informational hearing; no
# action taken"): the story's facts again as fields. A data table has a row of column headings; a box with a
# sentence, a link or a table of more columns stays, and so does the same box among the paragraphs.
_GLANCE_ROWS = (2, 10)
_GLANCE_CELL_WORDS = 12


def _glance_box(box) -> bool:
    if not (box.get("class") or "").strip() or box.find(".//a") is not None or _box_heading(box) is None:
        return False
    tables = box.findall(".//table")
    if len(tables) != 1 or len(_text(box, _FACT_BOX_MAX * 2) or "") >= _FACT_BOX_MAX * 2:
        return False
    rows = tables[0].findall(".//tr")
    if not _GLANCE_ROWS[0] <= len(rows) <= _GLANCE_ROWS[1]:
        return False
    for row in rows:
        cells = [el for el in row if isinstance(el.tag, str)]
        if [el.tag for el in cells] != ["th", "td"]:
            return False
        value = _text(cells[1], 500) or ""
        if _words(value) > _GLANCE_CELL_WORDS or _CLOSES_SENTENCE.search(value):
            return False
    return _after_text(box)


def drop_glance_boxes(tree) -> None:
    """Remove a classed box of a heading and one two-column table of labelled facts after the text (``_glance_box``)."""
    for box in [el for el in tree.iter(*_FACT_BOX_TAGS) if _glance_box(el)]:
        if box.getparent() is not None:
            remove_keeping_tail(box)


# -- an "About …" box beside the article ------------------------------------------------------------------

# A small box of a heading "About <name>" and a line or two ("About Kestrel Inquiries" over "Independent
# investigations …, funded entirely by readers. 1,204 members.", a blog's "About me") standing outside the
# article's container (the box around the headline that holds the story's paragraphs): the site's or the
# writer's card on the page, not the story. Inside the box of the text, such a box goes only when its name
# is the site's own, the name the page gives its publisher (``og:site_name``, the JSON-LD publisher, the
# title's part after the headline): "About the Kessler Institute" closing a news item on "Soil fungi … |
# Kessler Institute for Plant Science" is the site's boilerplate; an "About Dale Watch" section inside a post
# on another site's page, or an "About the trial" heading, is left to the line rules.
_ABOUT_HEADING = re.compile(r"^about\b(?!\s+(?:\d|half|a |an )).{0,60}$", re.IGNORECASE)
_ABOUT_BOX_MAX = 500
_NAME_WORD = re.compile(r"[^\W_]+")
_NAME_FILLERS = frozenset({"the", "a", "an", "of", "for", "and", "at", "in", "on", "to", "us", "me"})
_TITLE_PARTS = re.compile(r"\s+[|\-–—·:]{1,2}\s+")
_PUBLISHER_NAME = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,100})"')


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _NAME_WORD.findall(text.lower()) if w not in _NAME_FILLERS)


def _site_names(tree) -> list[frozenset[str]]:
    """The words of each name the page gives its own site: ``og:site_name``/``application-name``, its JSON-LD
    publisher, the title's parts after the first (the headline)."""
    return [w for w in map(_name_words, _site_name_texts(tree)) if w]


def _site_name_texts(tree) -> list[str]:
    """Each name the page gives its own site, as written (``_site_names``)."""
    names = [
        m.get("content") or ""
        for m in tree.iter("meta")
        if (m.get("property") or m.get("name")) in ("og:site_name", "application-name")
    ]
    names += [
        m.group(1)
        for sc in tree.iter("script")
        if sc.get("type") == "application/ld+json"
        for m in _PUBLISHER_NAME.finditer(sc.text or "")
    ]
    title = tree.find(".//title")
    if title is not None:
        names += _TITLE_PARTS.split(title.text_content().strip())[1:]
    return names


def _names_the_site(label: str, sites: list[frozenset[str]]) -> bool:
    words = _name_words(label[len("about") :])
    return bool(words) and any(words <= site for site in sites)


def _article_container(tree):
    """The smallest box around the page's headline (its first ``<h1>``) that holds two paragraphs of prose,
    or None."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    for box in h1.iterancestors():
        if box.tag in _NEVER_PRUNED:
            return None
        if sum(len(_text(p, 2000) or "x" * 9999) > _PROSE_P for p in box.iter("p")) >= _PROSE_BOX_PARAGRAPHS:
            return box
    return None


def _about_box(heading, container, sites: list[frozenset[str]] = ()) -> bool:
    box = heading.getparent()
    if box is None or box.tag not in ("div", "section", "aside") or heading is not elements(box)[0]:
        return False
    label = _text(heading, 80)
    if not label or not _ABOUT_HEADING.match(label) or _SENTENCE_IN.search(label):
        return False
    rest = elements(box)[1:]
    if not rest or len(rest) > 2 or any(el.tag != "p" for el in rest) or (box.text or "").strip():
        return False
    if _text(box, _ABOUT_BOX_MAX) is None:
        return False
    if box is container or box in container.iterancestors():
        return False
    return container not in box.iterancestors() or _names_the_site(label, sites)


# The same boilerplate set in the text's own box rather than one of its own: a heading "About <the site's name>"
# closing the release's body, over the last paragraph or two and nothing after them ("About Sierra Foothill Power"
# over "Sierra Foothill Power provides electric service to …"). Only under the site's own name, and only at the
# end of its box: a heading "About the plan" midway through a story heads the story's own section.
def _about_section(heading, sites: list[frozenset[str]]) -> list | None:
    """The heading and the paragraphs after it to the end of its box, when it is such a closing section."""
    box = heading.getparent()
    if box is None or box.tag in _NEVER_PRUNED or heading is elements(box)[0] or (heading.tail or "").strip():
        return None
    label = _text(heading, 80)
    if not label or not _ABOUT_HEADING.match(label) or not _names_the_site(label, sites):
        return None
    rest = []
    el = next_element(heading)
    while el is not None and len(rest) <= 2:  # (a third is one too many: read no further)
        rest.append(el)
        el = next_element(el)
    if not rest or len(rest) > 2 or any(el.tag != "p" or (el.tail or "").strip() for el in rest):
        return None
    if sum(len(_text(el) or "") for el in rest) > _ABOUT_BOX_MAX:
        return None
    return [heading, *rest]


def drop_about_boxes(tree) -> None:
    """Remove every small "About …" box outside the article's container, or inside it under the site's own
    name (``_about_box``), and a closing "About <the site's name>" section of the text's box (``_about_section``)."""
    sites = _site_names(tree)
    sections = [_about_section(h, sites) for h in tree.iter(*_HEADINGS)]
    for section in sections:
        for el in section or ():
            remove_keeping_tail(el)
    container = _article_container(tree)
    if container is None:
        return
    found = [h.getparent() for h in tree.iter(*_HEADINGS) if _about_box(h, container, sites)]
    for box in found:
        remove_keeping_tail(box)


# -- the site's own note on a story it carries ----------------------------------------------------------------

# A paragraph opening with a note labelled by the site's own name or its initials: a press association's "RPA note: The
# Ridgeland Press Association opposed …" under a member paper's story it reprints, "Harbour Wire note: …". The site speaks
# of the story in its own voice, beside it (its editor's note on the story's own page, "Editor's note: …", names no site
# and stays; so does "EPA note: …" on a site that is not the EPA's, and a label that is one word of a longer name, "Press
# note:" on the Ridgeland Press Association's page).
_SITE_NOTE = re.compile(r"^(.{2,60}?)(['’]s)? (editor['’]s |editorial )?note\s*:", re.IGNORECASE)
_SITE_NOTE_MAX = 120  # words


def _initials(name: str) -> str:
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w.lower() not in _NAME_FILLERS).upper()


def _names_site(label: str, names: list[str]) -> bool:
    words = _name_words(label)
    if not words:
        return False
    if any(words == _name_words(name) for name in names):
        return True
    initials = label.strip()
    return len(initials) >= 2 and initials.isupper() and any(initials == _initials(name) for name in names)


def drop_site_notes(tree) -> None:
    """Remove every paragraph opening with a note labelled by the site's own name or its initials (``_SITE_NOTE``)."""
    names = [n for n in _site_name_texts(tree) if n.strip()]
    if not names:
        return
    found = []
    for p in tree.iter("p"):
        text = _text(p, 1500)
        m = _SITE_NOTE.match(text or "")
        if m and _words(text) <= _SITE_NOTE_MAX and _names_site(m.group(1), names):
            found.append(p)
    for p in found:
        remove_keeping_tail(p)


# An agency's line on its story's first appearance, the date alone ("This report by The Canadian Press was first
# published Dec. 2, 2026.", ``FIRST_PUBLISHED_ON``), is the last paragraph of the copy the wire sends: a page printing it
# as one of the text's paragraphs keeps it. A page that gives it a class the paragraph before it lacks (``<p
# class="story__signoff">`` after the text's bare ``<p>``s) sets it apart as its own sign-off under the story, which
# goes. (The line with the same class as the text's paragraphs, or none, stays.)
_FIRST_PUBLISHED_MAX = 200  # characters


def _set_apart(p) -> bool:
    """Whether ``p`` has a class of its own that the paragraph right before it lacks."""
    classes = set((p.get("class") or "").split())
    before = p.getprevious()
    if not classes or before is None or before.tag != "p":
        return False
    return not classes <= set((before.get("class") or "").split())


def drop_classed_first_published(tree) -> None:
    """Remove every agency's first-published line (``FIRST_PUBLISHED_ON``) the page sets apart from the text's
    paragraphs by a class of its own (``_set_apart``)."""
    found = [
        p
        for p in tree.iter("p")
        if _set_apart(p) and FIRST_PUBLISHED_ON.match(_text(p, _FIRST_PUBLISHED_MAX) or "")
    ]
    for p in found:
        remove_keeping_tail(p)


# -- a player's chapter list ----------------------------------------------------------------------------

# A list whose every item opens with a time code, the first at zero ("00:00 Cold open", "03:41 A week of
# rain"): the chapter markers of an episode's or a video's player, with the heading right above it
# ("Chapters"). A story's timeline of the day ("09:15 Police are called") starts at a time of day, not at
# zero, and stays.
_TIME_CODE = re.compile(r"^[(\[]?(\d{1,2}:)?\d{1,2}:\d{2}[)\]]?(\s|$)")
_ZERO_CODE = re.compile(r"^[(\[]?(0{1,2}:)?0{1,2}:00[)\]]?(\s|$)")
_CHAPTER_WORDS = 12


def _chapter_list(items: list) -> bool:
    if len(items) < _LINK_LIST_MIN_ITEMS:
        return False
    texts = [_text(li, 200) for li in items]
    if any(t is None or not _TIME_CODE.match(t) or _words(t) > _CHAPTER_WORDS for t in texts):
        return False
    return bool(_ZERO_CODE.match(texts[0]))


def drop_chapter_lists(tree) -> None:
    """Remove every list of chapter markers (``_chapter_list``), with a heading right above it."""
    found = []
    for lst in tree.iter("ul", "ol"):
        if _chapter_list([li for li in lst if li.tag == "li"]):
            found.append(lst)
    for lst in found:
        heading = lst.getprevious()
        if heading is not None and heading.tag in _HEADINGS and not (heading.tail or "").strip():
            remove_keeping_tail(heading)
        remove_keeping_tail(lst)


# -- a link to the page in another language ------------------------------------------------------------

# A bilingual site offers the same story in its other language: a toggle between the byline and the body
# ("Leer en español" + "Esta historia también está disponible en español."), a reminder among the
# paragraphs ("¿Prefiere leer en español? Lea esta historia en español aquí."), a language bar. Its link is
# a translation of this page: one of the page's own ``<link rel="alternate" hreflang>`` versions in
# another language than the page's ``<html lang>`` (compared by path: a site links them relative), or a
# link whose ``hreflang`` names another language, on the page's own site (relative, or the host of those
# alternates). The small block around such a link goes: never the page's body, main part or ``<article>``,
# never one holding a heading or a paragraph of prose (a story quoting "la versión en español" in a
# sentence keeps it). A link to a source in another language on another site ("<a hreflang="es"
# href="https://elpais.com/…">") is no translation of the page.
_TRANSLATION_BOX_MAX = 200  # characters: a toggle's link and its note, a language bar
_TRANSLATION_BOX_TAGS = frozenset(("p", "div", "aside", "section", "nav", "ul", "ol"))


def _primary_lang(code: str | None) -> str:
    return (code or "").strip().lower().replace("_", "-").split("-")[0]


def _split_href(href: str) -> tuple[str, str]:
    """(host, path) of a link, the host empty when relative; the path without a closing slash."""
    parts = urlsplit(href.strip())
    return parts.netloc.lower(), parts.path.rstrip("/")


def _translation_links(tree) -> list:
    root = tree.getroottree().getroot()
    lang = _primary_lang(root.get("lang") or root.get("xml:lang"))
    if not lang:
        return []
    paths, hosts = set(), set()
    for link in root.iter("link"):
        hreflang, href = _primary_lang(link.get("hreflang")), link.get("href") or ""
        if "alternate" not in (link.get("rel") or "").lower().split() or not hreflang or not href:
            continue
        host, path = _split_href(href)
        if host:
            hosts.add(host)
        if hreflang not in (lang, "x"):  # ("x-default": the chooser, no language)
            paths.add(path)
    found = []
    for a in root.iter("a"):
        href = a.get("href") or ""
        if not href or href.startswith("#"):
            continue
        host, path = _split_href(href)
        if host and hosts and host not in hosts:
            continue
        hreflang = _primary_lang(a.get("hreflang"))
        if (path and path in paths) or (hreflang and hreflang != lang and (not host or host in hosts)):
            found.append(a)
    return found


def _translation_box(a):
    box = a.getparent()
    while box is not None and box.tag not in _TRANSLATION_BOX_TAGS:
        if box.tag in ("body", "html", "main", "article"):
            return None
        box = box.getparent()
    if box is None or _text(box, _TRANSLATION_BOX_MAX) is None:
        return None
    if next(box.iter("h1", *_HEADINGS, "article", "main"), None) is not None:
        return None
    return box


def drop_translation_boxes(tree) -> None:
    """Remove the small block around each link to this page in another language (``_translation_links``)."""
    boxes = {}
    for a in _translation_links(tree):
        box = _translation_box(a)
        if box is not None:
            boxes[box] = True
    for box in boxes:
        remove_keeping_tail(box)


# -- a picture's caption closing with its credit ---------------------------------------------------------

# The one text block beside a picture, in a box of nothing else (``<div><img><p>…</p></div>``), is the
# picture's caption by its place. When its last sentence is followed by a credit, in brackets or naming the
# photo ("… on Tuesday. (Yonhap)", "… Taipei Main Station. FNA file photo", "(Courier file photo)"), it is the
# picture's small print: trafilatura keeps such a block (it is no ``<figure>``), and the line rules know a
# bracketed credit only as "(Name/Agency)" ("(Yonhap)" alone may close a paragraph of text, a speech's
# "(Applause)"). A caption with no credit stays, and so does a figure's (trafilatura leaves figures out; a
# picture story's captioned slides are read by ``page_tree``).
_CAPTION_CREDIT = re.compile(
    r"""[.!?]["”’']?\s+[–—-]?\s*(\([^().!?]{1,40}\)|[^\s().!?][^().!?]{0,40}\b(photo|photograph|picture|image)s?|"""
    # or the credit naming its photographer after the word: "… at the schoolhouse. Photo by Gazette staff"
    r"""(photo|photograph|picture|image)s? (by|courtesy( of)?) [^().!?]{1,40}|"""
    # or a photographer's name, then "for" and the outlet: "… Tuesday morning. Maren Ostby for Pulse"
    r"""(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) for (the )?(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}))$""",
    re.IGNORECASE,
)
_CAPTION_MAX = 400  # characters: a caption, not a paragraph
_PICTURE_WRAPPERS = 3  # boxes of nothing but the picture, one inside the other
# (an old site's table cell holds its picture and its caption in a <font>, a <br> between them)
_CAPTION_BOXES = ("div", "p", "span", "td")
_CAPTION_BLOCKS = ("p", "div", "span", "font")


def _is_picture(el) -> bool:
    """An image, or a link wrapping only an image."""
    if el.tag in ("img", "picture"):
        return True
    return (
        el.tag == "a"
        and not "".join(el.itertext()).strip()
        and next(el.iter("img", "picture"), None) is not None
    )


def _credited_caption(picture):
    """The caption beside ``picture`` (an image, or a link wrapping only one) when it closes with a credit, or
    None (``_block_beside``)."""
    block = _block_beside(picture)
    if block is None:
        return None
    text = _text(block, _CAPTION_MAX)
    return block if text and _CAPTION_CREDIT.search(text) else None


def _block_beside(picture):
    """The one other element of the box holding ``picture`` and no text of its own, a caption's block, or None. A
    picture in wrappers of nothing else (a framework's ``<div><span><img></span></div>``) is the box's child the block
    stands beside."""
    for _ in range(_PICTURE_WRAPPERS):
        box = picture.getparent()
        if (
            box is None
            or box.tag not in _CAPTION_BOXES
            or (box.text or "").strip()
            or (picture.tail or "").strip()
        ):
            return None
        if len([el for el in elements(box) if el.tag != "br"]) != 1:
            break
        picture = box
    else:
        return None
    every = elements(box)
    children = [el for el in every if el.tag != "br"]
    if len(children) != 2 or any((el.tail or "").strip() for el in every):
        return None
    block = children[1] if children[0] is picture else children[0]
    return block if block.tag in _CAPTION_BLOCKS else None


# The same caption set as the block right after the picture in a box that holds more (a column holding the headline,
# the lead picture, its caption and the story: "<img …><p class="mt-2 text-sm">The calf, still unnamed, rests in the
# straw during her first week. Photo by <Name>, <Zoo></p>"), when its credit names the photo ("Photo by …", "Photo
# courtesy …", "… file photo"): by its place and its credit, on any site. A credit in brackets alone ("(Applause)",
# "(in Spanish)") may close a paragraph of the story set under an inline picture, and is read only in the box of the
# picture and its caption (``_credited_caption``); so is a block holding other blocks, or longer than a caption.
_PHOTO_CREDIT = re.compile(
    r"""[.!?]["”’']?\s+[–—-]?\s*([^\s().!?][^().!?]{0,40}\b(photo|photograph|picture|image)s?|"""
    r"""(photo|photograph|picture|image)s? (by|courtesy( of)?) [^().!?]{1,40})$""",
    re.IGNORECASE,
)


def _credited_block_after(picture):
    """The block right after ``picture`` (or after boxes holding nothing but it) that closes with a credit naming the
    photo (``_PHOTO_CREDIT``), or None; never inside a figure (its caption trafilatura leaves out already)."""
    if next(picture.iterancestors("figure"), None) is not None:
        return None
    el = picture
    for _ in range(_PICTURE_WRAPPERS + 1):
        if (el.tail or "").strip():
            return None
        block = next_element(el)
        if block is not None:
            if (
                block.tag not in _CAPTION_BLOCKS
                or next(block.iterdescendants(*_INNER_BLOCKS), None) is not None
            ):
                return None
            text = _text(block, _CAPTION_MAX)
            return block if text and _PHOTO_CREDIT.search(text) else None
        parent = el.getparent()
        if parent is None or parent.tag not in _PICTURE_BOXES or "".join(parent.itertext()).strip():
            return None
        el = parent
    return None


def drop_credited_captions(tree) -> None:
    """Remove every caption beside a picture that closes with its credit (``_credited_caption``), and the block right
    after a picture closing with a credit that names the photo (``_credited_block_after``)."""
    found = {}  # (read from each picture: a box of thousands of blocks is never read block by block)
    for image in tree.iter("img", "picture"):
        parent = image.getparent()
        picture = parent if parent is not None and _is_picture(parent) else image
        block = _credited_caption(picture)
        if block is None:
            block = _credited_block_after(picture)
        if block is not None:
            found[block] = True
    for block in found:
        remove_keeping_tail(block)


# The same block beside a picture with no credit, set in smaller type than the text: an e-mail builder's image cell
# "<td><img …><p style="font-size: 12px">Juniper, Pepper and Tanner in the south paddock …</p></td>" over the letter's
# paragraphs at 16px. The caption's place (the one other element of the picture's box, ``_block_beside``) and its type,
# smaller than the size most of the text's prose is set in, make it the picture's small print, whatever it says. The
# sizes are read from the inline styles the block and its boxes carry (px or pt); a page that sets the size of no
# paragraph of prose (``_SIZED_PROSE`` at least), a block as large as the text, or one longer than a caption, stays.
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)\b", re.IGNORECASE)
_PROSE_WORDS = 12  # a paragraph of prose, not a label's or a caption's words
_SIZED_PROSE = 3  # paragraphs of prose whose size the page sets: the text's size is read from them
_SMALLER_TYPE = 0.9  # of the text's size: a caption's type, a step down


def _font_size(el) -> float | None:
    """The size in px that the inline style of ``el`` or of its nearest box setting one gives it, or None."""
    for box in (el, *el.iterancestors()):
        m = _FONT_SIZE.search(box.get("style") or "")
        if m:
            return float(m.group(1)) * (4 / 3 if m.group(2).lower() == "pt" else 1)
    return None


def _text_size(tree) -> float | None:
    """The size most of the page's paragraphs of prose are set in (by their characters), or None when fewer than
    ``_SIZED_PROSE`` of them have a size set."""
    sizes: dict[float, int] = {}
    sized = 0
    for p in tree.iter("p"):
        text = _text(p) or ""
        if _words(text) < _PROSE_WORDS:
            continue
        size = _font_size(p)
        if size is not None:
            sizes[size] = sizes.get(size, 0) + len(text)
            sized += 1
    if sized < _SIZED_PROSE:
        return None
    return max(sizes, key=lambda size: sizes[size])


def drop_small_type_captions(tree) -> None:
    """Remove every block beside a picture in its own box (``_block_beside``) set in smaller type than the text's
    prose (``_text_size``), a caption of ``_CAPTION_MAX`` characters at most holding no block of its own."""
    pictures = []
    for image in tree.iter("img", "picture"):
        parent = image.getparent()
        pictures.append(parent if parent is not None and _is_picture(parent) else image)
    blocks = [b for b in (_block_beside(picture) for picture in pictures) if b is not None]
    if not blocks or (size := _text_size(tree)) is None:
        return
    found = {}
    for block in blocks:
        if not _text(block, _CAPTION_MAX) or next(block.iterdescendants(*_INNER_BLOCKS), None) is not None:
            continue
        own = _font_size(block)
        if own is not None and own <= size * _SMALLER_TYPE:
            found[block] = True
    for block in found:
        remove_keeping_tail(block)


# A paragraph wholly in italics right under a picture, nothing between them (``<figure><img></figure><p><i>The
# Hartwell Covered Bridge around 1931, from the … collection.</i></p>``, ``<p><img></p><p><em>…</em></p>``, or a page
# builder's image module and then a text module of that one paragraph, Divi's ``<div class="et_pb_image">…</div><div
# class="et_pb_text"><div class="et_pb_text_inner"><p><em>…</em></p></div></div>``): a blog
# editor's caption, set by its place and its style, whatever it says. trafilatura keeps it as the text's first
# paragraph. A paragraph with any plain text in it, or under no picture, stays; so does a long one (``_CAPTION_MAX``).
_ITALIC = frozenset(("i", "em"))
_PICTURE_BOXES = frozenset(("a", "figure", "div", "p", "span", "picture"))


def next_element(el):
    """The next sibling element of ``el`` (comments and processing instructions passed over), or None."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def previous_element(el):
    """The sibling element right before ``el`` (comments and processing instructions passed over), or None."""
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


def _italic_paragraph(el) -> bool:
    """A paragraph wholly in italics; or a bare ``<div>`` a blog editor writes for a line, its italics maybe in one
    span or font of a small size ("<div><span style="font-size: x-small;"><i>A hand-tinted postcard …</i></span></div>",
    Blogger's caption under its picture box); the italics may be the span's own inline style (``_styled_italic``)."""
    if el is None or el.tag not in ("p", "div") or (el.text or "").strip():
        return False
    children = elements(el)
    if len(children) == 1 and children[0].tag in ("span", "font") and not _styled_italic(children[0]):
        if (children[0].tail or "").strip() or (children[0].text or "").strip():
            return False
        children = elements(children[0])
    if len(children) != 1 or (children[0].tail or "").strip():
        return False
    if children[0].tag not in _ITALIC and not _styled_italic(children[0]):
        return False
    if next(children[0].iterdescendants(*_INNER_BLOCKS), None) is not None:
        return False
    return bool(_text(children[0], _CAPTION_MAX))


# An e-mail builder sets its italics as an inline style rather than a tag ("<p><span style="font-size:12px;
# font-style:italic">Clementine, Pudding and Big Walt …</span></p>" in the picture's cell): a span or a font whose own
# style is italic is an italic run as ``<i>`` is.
_STYLED_ITALIC = re.compile(r"(?:^|;)\s*font-style\s*:\s*(italic|oblique)\b", re.IGNORECASE)


def _styled_italic(el) -> bool:
    return el.tag in ("span", "font") and bool(_STYLED_ITALIC.search(el.get("style") or ""))


def _sole_paragraph(box):
    """The one paragraph a page builder's text module wraps in boxes of nothing else (Divi's ``et_pb_text`` >
    ``et_pb_text_inner`` > ``<p>``), or None."""
    levels = 0
    while box is not None and box.tag == "div" and levels < 3:
        children = elements(box)
        if len(children) != 1 or (box.text or "").strip() or (children[0].tail or "").strip():
            return None
        if levels and children[0].tag in _LINE_RUNS:
            return box  # (an e-mail builder's line of its own, a bare ``<div>`` of one run, as its paragraph)
        box, levels = children[0], levels + 1
    return box if box is not None and box.tag == "p" and levels else None


_LINE_RUNS = ("span", "font", *_ITALIC)


# Or in the smallest type a blog editor offers, by keyword rather than size, closing on its note of the photo: Blogger's
# "Smallest" writes "<div style="text-align: center;"><span style="font-size: x-small;">New piles going in at the
# seaward end, October 24. (My photo, taken from …)</span></div>" under the picture's box, no italics. The line is one
# span or font of that size and nothing else (``xx-small``, ``x-small``, ``<font size="1">``), its last words a
# bracketed note naming the photo (``_PHOTO_NOTE``); "small" is a blogger's everyday size, a small line with no such note
# is the blog's own (a postcard's description), and a line with words outside the run stays.
_SMALLEST_TYPE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(xx?-small)\b", re.IGNORECASE)
_PHOTO_NOTE = re.compile(
    r"\([^()]{0,40}\b(photos?|photographs?|pictures?|pics?|images?|snaps?)\b[^()]{0,80}\)\W*$", re.I
)


def _smallest_type_paragraph(el) -> bool:
    if el is None or el.tag not in ("p", "div") or (el.text or "").strip():
        return False
    children = elements(el)
    if len(children) != 1 or (children[0].tail or "").strip():
        return False
    run = children[0]
    if run.tag == "span":
        small = bool(_SMALLEST_TYPE.search(run.get("style") or ""))
    else:
        small = run.tag == "font" and (run.get("size") or "").strip() == "1"
    if not small or next(run.iterdescendants(*_INNER_BLOCKS), None) is not None:
        return False
    text = _text(run, _CAPTION_MAX)
    return bool(text) and bool(_PHOTO_NOTE.search(text))


def _italic_caption(image):
    """The italic paragraph (or one in the smallest type, ``_smallest_type_paragraph``) right after ``image`` or after a
    box holding nothing but it, or None."""
    el = image
    while el is not None and el.tag not in _NEVER_PRUNED and el.tag != "article":
        if not (el.tail or "").strip():
            nxt = next_element(el)
            if _italic_paragraph(nxt) or _smallest_type_paragraph(nxt):
                return nxt
            if _italic_paragraph(_sole_paragraph(nxt)):
                return nxt
        parent = el.getparent()
        if parent is None or parent.tag not in _PICTURE_BOXES or "".join(parent.itertext()).strip():
            return None
        el = parent
    return None


# Or in the picture's own paragraph, after a line break: an old editor's "<p align="center"><img …><br><font size="1">
# <i>Fallen fence posts along the north road, March 3.</i></font></p>" sets the caption under the picture in one block,
# and trafilatura read it as a line of the text. The paragraph holds nothing but the picture (bare or in its link), one
# break and a run wholly in italics (bare, or in one font or span of nothing else), and no text of its own. A paragraph
# with words beside the picture, a run with plain words in it, or a second line after it, stays.
_CAPTION_RUN_BOXES = ("font", "span")


# Or in plain type there, when the run is set in the smallest type (``<font size="1">``, an ``x-small`` span) and closes on
# the note to click the picture for a bigger one (``page_rules.ENLARGE_CALL``): "<p><img …><br><font size="1">Sketch of
# the fireball path by <Name>. Click to enlarge.</font></p>" (an old club site's picture). The note says the line is the
# picture's; a small run with no such note, or one with a link or a mark inside it, stays.
def _smallest_enlarge_note(run) -> bool:
    if run.tag == "span":
        small = bool(_SMALLEST_TYPE.search(run.get("style") or ""))
    else:
        small = run.tag == "font" and (run.get("size") or "").strip() == "1"
    if not small or elements(run):
        return False
    text = _text(run, _CAPTION_MAX)
    return bool(text) and bool(ENLARGE_CALL.search(text))


def _caption_after_break(image):
    """The italic run after a break in the paragraph holding nothing but ``image`` (in its link or not), or None."""
    picture, parent = image, image.getparent()
    if parent is not None and parent.tag == "a" and len(elements(parent)) == 1 and not _text(parent):
        picture, parent = parent, parent.getparent()
    if parent is None or parent.tag not in ("p", "div") or (parent.text or "").strip():
        return None
    parts = elements(parent)
    if len(parts) != 3 or parts[0] is not picture or parts[1].tag != "br":
        return None
    if any((el.tail or "").strip() for el in parts):
        return None
    run = inner = parts[2]
    if _smallest_enlarge_note(run):
        return run
    if run.tag in _CAPTION_RUN_BOXES:
        kids = elements(run)
        if len(kids) != 1 or (run.text or "").strip() or (kids[0].tail or "").strip():
            return None
        inner = kids[0]
    if inner.tag not in _ITALIC or next(inner.iterdescendants(*_INNER_BLOCKS), None) is not None:
        return None
    return run if _text(inner, _CAPTION_MAX) else None


def drop_italic_captions(tree) -> None:
    """Remove every paragraph wholly in italics right under a picture (``_italic_caption``), and the italic run after a
    break in the picture's own paragraph (``_caption_after_break``)."""
    found = {}
    for image in tree.iter("img", "picture"):
        block = _italic_caption(image)
        if block is None:
            block = _caption_after_break(image)
        if block is not None:
            found[block] = True
    for block in found:
        remove_keeping_tail(block)


# The last paragraph of the text's box, wholly in italics, giving a way to reach the site (a phone number, an e-mail,
# a web address): a club's or a company's tagline under every story ("Full-season memberships … are on sale now. For
# more information, call the box office at (609) 555-0190 or visit …"). The box holds the story's paragraphs before
# it. An italic closing note with no contact in it (a correction, an editor's note) stays, and so does one gathering the
# event's pictures for an officer of the body (``page_rules.gathers_pictures_for_officer``: "… If you have photos you are
# willing to share, please send them to the Show Secretary at …", a club's show report's postscript).
_CONTACT_IN = re.compile(
    r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|[\w.+-]+@[\w-]+\.\w|\b[\w-]+\.(com|org|net|gov|edu)\b|\bwww\.",
    re.IGNORECASE,
)
_TAGLINE_AFTER = 2  # paragraphs of prose before it in its box


def _italic_tagline(el) -> bool:
    if not _italic_paragraph(el) or next_element(el) is not None or (el.tail or "").strip():
        return False
    text = _text(el) or ""
    if not _CONTACT_IN.search(text) or gathers_pictures_for_officer(text):
        return False
    before = [p for p in el.itersiblings("p", preceding=True) if len(_text(p, 2000) or "x" * 9999) > _PROSE_P]
    return len(before) >= _TAGLINE_AFTER


def drop_italic_taglines(tree) -> None:
    """Remove the italic paragraph closing the text's box when it gives a way to reach the site
    (``_italic_tagline``)."""
    found = [p for p in tree.iter("p") if _italic_tagline(p)]
    for p in found:
        remove_keeping_tail(p)


# A text block whose class names it the picture's caption or credit ("imageCaption", "image-caption",
# "photo-credit"), beside the picture in a small box of its own (``<div><div><img></div><p
# class="imageCaption">…</p><p class="imageCredit">…</p></div>``): the markup says what it is, whatever it says
# ("Margaret Hollis, 71, with her winning cheque …"). trafilatura keeps such a block (it is no ``<figure>``). A
# figure's caption stays (trafilatura leaves figures out; a picture story's slides are read by ``page_tree``), and
# so does a box holding more than a picture and its lines (``_CLASSED_CAPTION_BOX_MAX``).
# ("cutline", the American newsroom's word for a caption: an old newspaper CMS's ``<td class="cutline">``)
_CAPTION_CLASS_WORDS = ("caption", "credit", "cutline")
# The same named short, as a whole part of the class ("img-cap", "photo_cap", "figcap"): "cap" inside a word
# ("capital", "recap") names nothing.
_CAPTION_CLASS_PARTS = frozenset(("cap", "capt", "figcap", "imgcap", "piccap", "photocap"))
_CLASSED_CAPTION_BOX_MAX = 600  # characters: a picture's caption and credit, not a passage
# A caption's block holds its text and inline marks only: a "caption" box of boxes (an overlay holding the credit,
# the caption and a viewer's links) is a widget whose removal can shift what trafilatura takes for the article's
# start, and is left to it.
_INNER_BLOCKS = ("div", "p", "ul", "ol", "section", "table", "img", "picture", "figure")


# A page whose classes are generated hashes ("sc-hKMtZM", a styled-components app's) names its blocks in a data
# attribute instead ("data-tag="image-caption"", "data-testid="photo-caption""): the same name, read the same way.
_NAMING_ATTRIBUTES = ("class", "data-tag", "data-testid", "data-test", "data-component", "data-qa")


def _names_caption(el) -> bool:
    cls = " ".join(el.get(attr) or "" for attr in _NAMING_ATTRIBUTES).lower()
    return any(word in cls for word in _CAPTION_CLASS_WORDS) or any(
        part in _CAPTION_CLASS_PARTS for part in re.split(r"[\s_-]+", cls)
    )


def _picture_box(picture):
    """The box holding ``picture`` and its lines: its parent, or the parent's parent when the parent wraps only
    the picture (``<div class="img"><img></div>``)."""
    box = picture.getparent()
    if box is not None and len(elements(box)) == 1 and not "".join(box.itertext()).strip():
        box = box.getparent()
    return box


def _classed_captions(picture) -> list:
    box = _picture_box(picture)
    if (
        box is None
        or box.tag in _NEVER_PRUNED
        or box.tag in ("article", "figure")
        or next(box.iterancestors("figure"), None) is not None
    ):
        return []
    after = _caption_right_after(box)
    wrapper = picture.getparent()
    if not after and wrapper is not box and wrapper is not None:
        # (the block right after the picture's own wrapper, in a box holding the post: "<div data-tag="post-image">
        # <img></div><p data-tag="post-image-caption">… Photo by me.</p>" under a creator post's headline)
        after = _caption_right_after(wrapper)
    if _text(box, _CLASSED_CAPTION_BOX_MAX) is None:
        return after
    return [
        el
        for el in elements(box)
        if el.tag in _CAPTION_BLOCKS
        and _names_caption(el)
        and next(el.iterdescendants(*_INNER_BLOCKS), None) is None
    ] + after


def _caption_right_after(box) -> list:
    """The block right after a picture's own box whose class names it the caption ("<div class="mol-img">…</div>
    <p class="imageCaption">Retired couple Brian and Sheila Potts, both 72, say …</p>", a tabloid's layout), short
    and holding no blocks; a box of text around the picture (its own words) has none."""
    if "".join(box.itertext()).strip():
        return []
    nxt = box.getnext()
    if nxt is not None and nxt.tag == "table":
        return _caption_table(nxt)
    if (
        nxt is None
        or nxt.tag not in _CAPTION_BLOCKS
        or not _names_caption(nxt)
        or next(nxt.iterdescendants(*_INNER_BLOCKS), None) is not None
        or _text(nxt, _CAPTION_MAX) is None
    ):
        return []
    return [nxt]


# The same caption set in a small table of its own right after the picture's box (a blog editor's
# "<div class="separator"><a><img></a></div><table class="tr-caption-container"><tr><td class="tr-caption">Three jars
# on day three …</td></tr></table>"): a table of one column, holding no picture and no more than a caption's text, whose
# cells with words are all named the caption. A table holding anything else (a data table under a chart) stays.
def _caption_table(table) -> list:
    if next(table.iter("img", "picture", *_EMBEDS), None) is not None or _text(table, _CAPTION_MAX) is None:
        return []
    rows = [tr for tr in table.iter("tr") if "".join(tr.itertext()).strip()]
    cells = [td for tr in rows for td in tr.iter("td", "th") if "".join(td.itertext()).strip()]
    if not cells or len(cells) != len(rows):
        return []
    if not all(_names_caption(td) and next(td.iterdescendants(*_INNER_BLOCKS), None) is None for td in cells):
        return []
    return [table]


# An embed (a map, a chart, a video frame) is captioned like a picture: "Outage map from Tri-Rivers Electric. If
# you can't see the map, tap here." in its ``embed-caption`` block says nothing once the frame is gone.
_EMBEDS = ("iframe", "video")


# A picture laid out in a small table of its own, the picture in one cell and its caption in a cell whose class
# names it ("tr-caption" in a blog editor's "tr-caption-container": "The Island Belle tied up at the town landing
# … (My photo, from last March.)"): the same caption, set in rows. A cell so named in a table holding more than a
# picture and its lines (a data table's "caption" column) stays.
def _table_captions(picture) -> list:
    table = next(picture.iterancestors("table"), None)
    if table is None or next(table.iterancestors("figure"), None) is not None:
        return []
    if _text(table, _CLASSED_CAPTION_BOX_MAX) is None or len(list(table.iter("img", "picture"))) > 2:
        return []
    return [
        td
        for td in table.iter("td", "th")
        if _names_caption(td)
        and next(td.iterdescendants(*_INNER_BLOCKS), None) is None
        and not any(a is td for a in picture.iterancestors("td", "th"))
    ]


def drop_classed_captions(tree) -> None:
    """Remove the blocks beside a picture or an embed whose class names them its caption or credit
    (``_classed_captions``), and a picture's caption cell in a small table of its own (``_table_captions``)."""
    found = {}
    for image in tree.iter("img", "picture", *_EMBEDS):
        for block in _classed_captions(image):
            found[block] = True
    for image in tree.iter("img"):
        for block in _table_captions(image):
            found[block] = True
    for block in found:
        remove_keeping_tail(block)


# A picture laid out in a small table of its own with a short line of text, and nothing else: an old template's
# captioned photo ("<table width=300><tr><td><img …><br><font size=1><i>Sentinel photo: Smoke still rises …</i></font>
# </td></tr></table>" set among the story's paragraphs) or an e-mail builder's caption block (the picture's row over a
# caption's row). The table is the picture and its caption, whatever its classes say; trafilatura read the caption as a
# paragraph of the story. One picture, one or two cells, a caption's length (``_PICTURE_TABLE_WORDS``, and
# ``_CAPTION_MAX`` characters); a table holding a heading, a list, a form or another table, a third cell (a data
# table's), or inside a ``<figure>`` (whose caption trafilatura leaves out already) stays.
_PICTURE_TABLE_WORDS = 50
_PICTURE_TABLE_CELLS = 2


def _picture_table(picture):
    """The small table holding ``picture`` and a caption's line and nothing else, or None."""
    table = next(picture.iterancestors("table"), None)
    if table is None or next(table.iterancestors("figure"), None) is not None:
        return None
    if len(list(table.iter("img"))) != 1 or len(list(table.iter("td", "th"))) > _PICTURE_TABLE_CELLS:
        return None
    if (
        next(table.iterdescendants("table", "h1", *_HEADINGS, "ul", "ol", "form", "iframe", "video"), None)
        is not None
    ):
        return None
    text = _text(table, _CAPTION_MAX)
    return table if text and 3 <= _words(text) <= _PICTURE_TABLE_WORDS else None


def drop_picture_tables(tree) -> None:
    """Remove every small table of one picture and its caption's line (``_picture_table``)."""
    found = {}
    for image in tree.iter("img"):
        table = _picture_table(image)
        if table is not None:
            found[table] = True
    for table in found:
        remove_keeping_tail(table)


# -- a clip's blurb, by its class ---------------------------------------------------------------------

# A broadcaster's video embed keeps the clip's title, length and blurb as text beside the player's markup: "<p
# class="videoDescription">Evacuees arriving at the … centre describe packing in minutes as smoke thickened.</p>",
# "<p class="c-video__desc">… Amrit Sandhu reports.</p>". A block whose class names a video's description, summary
# or caption is the clip's, not the story's (its title is the "WATCH: …" line ``page_rules`` knows); a long block
# or one holding other blocks stays.
_CLIP_BLURB_CLASS = re.compile(
    r"(video|media|clip)[\w-]*?(desc|description|summary|caption|blurb|dek)\b|video.?(desc|summary)|"
    r"video[\w-]*?title\b",  # ("video-player__title": the clip's title beside its "Watch:" label)
    re.I,
)
_CLIP_BLURB_MAX = 400  # characters


def drop_clip_blurbs(tree) -> None:
    """Remove every block whose class names it a video's description (``_CLIP_BLURB_CLASS``)."""
    found = [
        el
        for el in tree.iter("p", "div", "span")
        if _CLIP_BLURB_CLASS.search(el.get("class") or "")
        and next(el.iterdescendants(*_INNER_BLOCKS), None) is None
        and _text(el, _CLIP_BLURB_MAX)
    ]
    for el in found:
        remove_keeping_tail(el)


# -- a site's alert banner, by its role --------------------------------------------------------------

# A small box the markup marks as an alert (``role="alert"``) above the page's headline, or above its first paragraph
# of prose on a page with no ``<h1>``: the site's notice over every page ("Alert: City offices will close at noon on
# Friday … Read On...", a weather warning, a breaking-news strip), whatever its class. trafilatura read it as the
# story's first line. An alert inside an ``<article>`` or ``<main>``, or after the headline (an editor's note in a
# Bootstrap "alert" box, a form's error), stays, and so does a box holding the headline or past ``_ALERT_MAX``
# characters.
_ALERT_MAX = 300


def _page_top_mark(tree):
    """The page's headline (its first ``<h1>``), or its first paragraph of prose when it has none, or None."""
    h1 = next(tree.iter("h1"), None)
    if h1 is not None:
        return h1
    return next((p for p in tree.iter("p") if _is_prose(p)), None)


def _is_prose(p) -> bool:
    text = _text(p, 2000)
    return text is None or len(text) > _PROSE_P


def drop_alert_banners(tree) -> None:
    """Remove every small box marked as an alert above the page's headline (``_page_top_mark``)."""
    mark = _page_top_mark(tree)
    if mark is None:
        return
    found = []
    for el in tree.iter():
        if el is mark:
            break
        if el.get("role") == "alert" and el.tag not in _NEVER_PRUNED and el.tag != "article":
            found.append(el)
    for el in found:
        if next(el.iterancestors("article", "main"), None) is not None:
            continue
        if next(el.iter("h1", "article", "main"), None) is None and _text(el, _ALERT_MAX) is not None:
            remove_keeping_tail(el)


# -- a live blog's table widget above its posts ------------------------------------------------------------------------

# A live blog (the page declares itself one in its JSON-LD, schema.org's ``LiveBlogPosting``, and sets three timed posts
# or more side by side, look-alike by tag and first class, each with its ``<time>``) is its posts: a box between the
# headline and the first post holding only tables, their heading and a short note ("Leaders – Official finish times"
# over the top three's names and times, "Source: timing partner. Provisional."), outside every post, is the live blog's
# widget (a scoreboard, a leaderboard, a tally), data the posts tell as news, on any site. A table inside a post stays,
# and so does a box holding a paragraph past ``_WIDGET_NOTE_WORDS`` words, a list or anything but tables, headings and
# notes; on a page that is no live blog nothing is read.
_LIVE_BLOG = re.compile(r"""["']@type["']\s*:\s*(\[[^\]]*)?["']LiveBlogPosting["']""")
_WIDGET_NOTE_WORDS = 20
_WIDGET_NOTES = 1


def _declares_live_blog(tree) -> bool:
    """Whether the page's JSON-LD declares it a live blog (``_LIVE_BLOG``)."""
    return any(
        _LIVE_BLOG.search(sc.text or "")
        for sc in tree.iter("script")
        if sc.get("type") == "application/ld+json"
    )


def _live_posts(tree) -> list:
    """The timed posts of a live blog (``_LIVE_BLOG``): the longest run of ``_TAIL_RUN`` look-alike siblings or more
    (one tag, one first class) each holding a ``<time>``, or [] on a page that is no live blog."""
    if not _declares_live_blog(tree):
        return []
    best: list = []
    for parent in tree.iter(*_BOX_TAGS, "main", "article", "ol", "ul"):
        runs: dict[tuple, list] = {}
        for child in elements(parent):
            if _first_class(child) is not None and next(child.iter("time"), None) is not None:
                runs.setdefault((child.tag, _first_class(child)), []).append(child)
        best = max([best, *runs.values()], key=len)
    return best if len(best) >= _TAIL_RUN else []


def _table_widget(box) -> bool:
    """A box of tables, with headings and at most ``_WIDGET_NOTES`` short note (``_WIDGET_NOTE_WORDS``), and no
    words loose in it."""
    parts = elements(box)
    if not any(part.tag == "table" for part in parts) or any(
        (piece or "").strip() for piece in _loose_text(box)
    ):
        return False
    notes = [part for part in parts if part.tag not in ("table", *_HEADINGS)]
    return len(notes) <= _WIDGET_NOTES and all(
        note.tag == "p" and _words(_text(note, 300) or "x " * 99) <= _WIDGET_NOTE_WORDS for note in notes
    )


# The same place holds the live blog's pinned line: a box of a short label ("Latest", "Pinned", "Key event") over one
# headline (``_WIDGET_NOTE_WORDS`` words at most, no stop closing it: "Alliance keeps control; recount under way"), the
# summary a post tells in full, and nothing else. A box whose line is a sentence (a standfirst's, closing on a stop),
# one of more lines, or one without its label stays.
_PINNED_LABEL_WORDS = 3


def _pinned_line(box) -> bool:
    """A box of a short label over one headline's line (``_PINNED_LABEL_WORDS``, ``_WIDGET_NOTE_WORDS``), no words
    loose in it."""
    parts = elements(box)
    if len(parts) != 2 or parts[1].tag != "p" or any((piece or "").strip() for piece in _loose_text(box)):
        return False
    label, line = (_text(part, 300) or "" for part in parts)
    return (
        0 < _words(label) <= _PINNED_LABEL_WORDS
        and not re.search(r"[.!?:]$", label)
        and 0 < _words(line) <= _WIDGET_NOTE_WORDS
        and not re.search(r"[.!?…]['’\"”]?$", line)
    )


def drop_live_blog_table_widgets(tree) -> None:
    """Remove every box of tables (``_table_widget``) or pinned line (``_pinned_line``) between a live blog's headline
    and its first post (``_live_posts``), holding no post."""
    posts = _live_posts(tree)
    headline = next(tree.iter("h1"), None)
    if not posts or headline is None:
        return
    found, started = [], False
    for el in tree.iter():
        if el is posts[0]:
            break
        if el is headline:
            started = True
        elif (
            started
            and el.tag in _BOX_TAGS
            and not _inside(el, headline)
            and (_table_widget(el) or _pinned_line(el))
        ):
            found.append(el)
    for box in found:
        if not any(_inside(box, other) for other in found):
            remove_keeping_tail(box)


# -- a tally box opening the text -----------------------------------------------------------------------------------------

# A results widget pinned over the story, on any page (live blog or not): a box of a heading ("Results as of 11:52 p.m.")
# over lists whose every item is a tally's row, a name and its figures and nothing else ("Barwick 8,412 53.3%", no
# sentence, ``_TALLY_ROW_WORDS`` words at most, closing on a figure), each list two rows or more and under its own
# heading (in the box or in a box of its own inside it: a race's name and "42 of 42 precincts reporting"), with at most
# ``_TALLY_NOTES`` short notes (the figures' source, ``_WIDGET_NOTE_WORDS`` words at most, or a line that is wholly a
# link to the full tables). It stands before the story's first paragraph of prose (after the headline) and beside it:
# its parent holds prose of its own. The story tells the figures in its sentences; the box repeats them as data. A list
# of results told in the text (after its first paragraph), a box holding a paragraph of prose or a sentence in a row
# ("Barwick won 8,412 votes."), and a list of rows under no heading, stay.
_TALLY_ROW_WORDS = 10
_TALLY_ROW = re.compile(r"\d[\d,.]*\s*%?\)?$")
_TALLY_NOTES = 2
_TALLY_BOX_MAX = 1200


def _tally_row(item: str) -> bool:
    return (
        0 < _words(item) <= _TALLY_ROW_WORDS
        and bool(_TALLY_ROW.search(item))
        and not re.search(r"[.!?]\s", item)
    )


def _tally_list(lst) -> bool:
    items = elements(lst)
    return len(items) >= 2 and all(li.tag == "li" and _tally_row(_text(li, 300) or "") for li in items)


def _tally_parts(box, notes: list) -> bool | None:
    """Whether ``box`` holds only headings, tally lists (``_tally_list``) each under a heading, short notes (gathered in
    ``notes``) and boxes of the same; None when it holds anything else."""
    lists, headed = 0, False
    for part in elements(box):
        if part.tag in _HEADINGS:
            headed = True
        elif part.tag in ("ul", "ol"):
            if not (headed and _tally_list(part)):
                return None
            lists += 1
        elif part.tag in ("div", "section"):
            inner = _tally_parts(part, notes)
            if inner is None:
                return None
            lists += inner
        elif part.tag == "p":
            notes.append(part)
        else:
            return None
    return lists


def _tally_note(note) -> bool:
    said = _text(note, 300) or "x " * 99
    links = [a for a in note.iter("a")]
    whole_link = len(links) == 1 and _text(links[0], 300) == said
    return whole_link or _words(said) <= _WIDGET_NOTE_WORDS


def _tally_box(box) -> bool:
    """A box of tally lists under their headings and a short note or two (``_tally_parts``), no words loose in it."""
    text = _text(box, _TALLY_BOX_MAX)
    if not text or any((piece or "").strip() for piece in _loose_text(box)):
        return False
    if next(box.iter(*_HEADINGS), None) is None:
        return False
    notes: list = []
    lists = _tally_parts(box, notes)
    return bool(lists) and len(notes) <= _TALLY_NOTES and all(_tally_note(note) for note in notes)


def drop_tally_boxes(tree) -> None:
    """Remove every tally box (``_tally_box``) standing before the story's first paragraph of prose, after the
    headline, in a parent holding prose of its own."""
    headline = next(tree.iter("h1"), None)
    found, started = [], headline is None
    for el in tree.iter():
        if el is headline:
            started = True
        elif not started or (headline is not None and _inside(el, headline)):
            continue
        elif el.tag == "p" and not any(_inside(el, box) for box in found) and _prose_sibling(el):
            break
        elif (
            el.tag in ("div", "section", "aside")
            and not any(_inside(el, box) for box in found)
            and _tally_box(el)
        ):
            parent = el.getparent()
            if parent is not None and any(_prose_sibling(p) and not _inside(p, el) for p in parent.iter("p")):
                found.append(el)
    for box in found:
        remove_keeping_tail(box)


# -- a match's line-ups, by its class ---------------------------------------------------------------

# A match report's box of the teams as they lined up: "<section class="lineups"><h2>Line-ups</h2><div
# class="lineup lineup-home"><h3>Harbourside Athletic</h3><p>Ogunleye; Barnes, Kerr, …</p><p class="subs">Subs not
# used: …</p></div>…". A block whose class names a line-up or a team sheet is the box, not the report (a report's
# paragraph about the line-up sits in the story's own blocks); a long block stays.
_LINE_UP_CLASS = re.compile(r"(^|[\s_-])(line-?ups?|team-?sheets?|starting-?xi)($|[\s_-])", re.I)
_LINE_UP_MAX = 1500  # characters: two teams of names, their substitutes and the heading


def drop_line_up_boxes(tree) -> None:
    """Remove every block whose class names it a match's line-ups (``_LINE_UP_CLASS``), outermost first."""
    found = [
        el
        for el in tree.iter("section", "div", "aside", "table", "ul")
        if _LINE_UP_CLASS.search(el.get("class") or "") and _text(el, _LINE_UP_MAX)
    ]
    for el in found:
        if el.getparent() is not None and not any(a in found for a in el.iterancestors()):
            remove_keeping_tail(el)


# -- a clip's title beside its player ---------------------------------------------------------------

# A player's box showing the clip's kind in an element of its own and then the clip's title: "<span>Video</span>
# <span>Today's News in 90 Seconds - 12 June 2026</span>" over a video frame. It is the "WATCH: …" line of another
# page's media (``page_rules``), its label set apart by markup instead of a colon: the box is small, holds a player (a
# frame, a video or audio element, or an element whose class, id or data attribute names a player), opens with the
# label, and the title after it is short with no sentence end. A caption that tells a sentence ("Video: Crowds
# gathered outside the court.") and a "Video" kicker with no player beside it stay.
_MEDIA_LABEL = re.compile(r"^(videos?|watch( now| video)?|listen( now)?|audio|podcast)$", re.IGNORECASE)
# (or, opening the player's box, its play button left as text: "<button>Play</button>" in an audio embed's player, then
# the show's name, the clip's length and its title, "Superior Morning 7:42 <title>"; a "Play" that is no button, a
# kicker over a theatre review, is no control)
_PLAY_BUTTON = re.compile(r"^play( (video|audio|clip|episode|now))?$", re.IGNORECASE)
_MEDIA_BOX_MAX = 200  # characters: the label and a clip's title
_MEDIA_LEVELS = 3  # how far above the label the player's box may be
_MEDIA_TITLE_WORDS = 20
_PLAYER_TAGS = ("iframe", "video", "audio", "embed", "object")


def _names_player(el) -> bool:
    if el.tag in _PLAYER_TAGS:
        return True
    if "player" in (el.get("class") or "").lower() or "player" in (el.get("id") or "").lower():
        return True
    return any(name.startswith("data-") and "player" in name for name in el.attrib)


def _media_title_box(label) -> object | None:
    box = label
    for _ in range(_MEDIA_LEVELS):
        box = box.getparent()
        if box is None or box.tag in _NEVER_PRUNED or box.tag in ("article", "p", "li", "td"):
            return None
        text = _text(box, _MEDIA_BOX_MAX)
        if text is None or next(box.iter("h1", "main"), None) is not None:
            return None
        if box.tag not in _BOX_TAGS or not any(
            _names_player(el) for el in box.iter() if isinstance(el.tag, str) and el is not label
        ):
            continue
        pieces = [t.strip() for t in box.itertext() if t.strip()]
        title = " ".join(pieces[1:])
        if not pieces or pieces[0] != (label.text or "").strip():
            return None
        if not title:
            continue  # (the player's own box holds the label alone: the clip's title is beside it, a level up)
        if _words(title) > _MEDIA_TITLE_WORDS or _CLOSES_SENTENCE.search(title):
            return None
        return box
    return None


def drop_media_titles(tree) -> None:
    """Remove a player's small box that opens with the clip's kind in an element of its own ("Video") and then
    its title (``_media_title_box``)."""
    found = {}
    for label in tree.iter("span", "div", "p", "strong", "b", "em", "small", "label", "button"):
        text = (label.text or "").strip()
        if len(label) == 0 and (
            _PLAY_BUTTON.match(text) if label.tag == "button" else _MEDIA_LABEL.match(text)
        ):
            box = _media_title_box(label)
            if box is not None:
                found[box] = True
    for box in found:
        remove_keeping_tail(box)


# -- a summary over the byline ---------------------------------------------------------------------

# A list set between the headline and the byline (``<h1>``, ``<ul>``, then the writer's line: a class naming a
# byline, an author or the contributors, or "By …"): the page's summary of its own story in bullets ("She found
# it under the shortbread two weeks later …", a business site's "abstract"), a teaser the text then tells in
# full. A list after the byline is the text's own (an explainer's key points under its heading stay), and so is
# one of long items or many.
_SUMMARY_ITEMS = 5
_SUMMARY_ITEM_WORDS = 30
_SUMMARY_MAX = 800  # characters
_BYLINE_CLASS = ("byline", "author", "contributor")
_BY_LINE = re.compile(r"^by\s+\S", re.IGNORECASE)


def _is_byline(el) -> bool:
    cls = (el.get("class") or "").lower()
    if any(word in cls for word in _BYLINE_CLASS):
        return True
    text = _text(el, 200)
    return bool(text and _BY_LINE.match(text))


def _header_summary(heading):
    """The list right after the page's ``<h1>`` and right before its byline, when short (``_SUMMARY_ITEMS``
    items of ``_SUMMARY_ITEM_WORDS`` words at most), or None."""
    summary = next_element(heading)
    if summary is None or summary.tag not in ("ul", "ol") or (heading.tail or "").strip():
        return None
    byline = next_element(summary)
    if byline is None or (summary.tail or "").strip() or not _is_byline(byline):
        return None
    items = [li for li in summary if isinstance(li.tag, str)]
    if not items or len(items) > _SUMMARY_ITEMS or any(li.tag != "li" for li in items):
        return None
    if _text(summary, _SUMMARY_MAX) is None:
        return None
    return summary if all(_words(_text(li) or "") <= _SUMMARY_ITEM_WORDS for li in items) else None


def drop_header_summaries(tree) -> None:
    """Remove the summary list between the headline and the byline (``_header_summary``)."""
    for heading in list(tree.iter("h1")):
        summary = _header_summary(heading)
        if summary is not None:
            remove_keeping_tail(summary)


# -- the site's tagline in its masthead ---------------------------------------------------------------

# The site's description beside its name in the masthead: a heading that is nothing but a link to the site's home page
# ("Eastside Planning Notes" on "/"), and the short paragraphs after it in the same small box ("Notes from Harwood
# planning commission … meetings, written up by a neighbor who goes so you don't have to."): the site's standing line
# over every page, which trafilatura read as the post's first paragraph when the masthead is a bare ``<div>``. A box
# holding another heading (the post's own title links to the post, not home), an ``<article>`` or a long paragraph stays.
# A heading in the page's banner (``role="banner"``, the ARIA landmark of the site's own header) is the site's name
# by its place, linked or not: a district's motto under it ("Every Student. Every Day. Every Opportunity.") goes the
# same way; a story's header box (no banner role) stays. The tagline may be a bare ``<div>`` of one line, no link in it
# (a Tumblr theme's "<div class="description">Bread, buns and … Tues–Sat, 7 till sold out.</div>"); the menu beside it
# is no tagline and stays for the menu rules.
_MASTHEAD_MAX = 600  # characters: the site's name, its tagline and a menu
_MASTHEAD_TAGLINE_WORDS = 40
_MASTHEAD_HEADINGS = ("h1", "h2", "h3", "h4")


def _links_home(heading, own: str | None) -> bool:
    """The heading is one link, to the site's home page ("/", or the page's own host with no path)."""
    links = list(heading.iter("a"))
    if len(links) != 1 or fold(_text(heading, 200) or "") != fold(_text(links[0]) or "x"):
        return False
    href = (links[0].get("href") or "").strip()
    parts = urlsplit(href)
    if not href or parts.path.rstrip("/") or parts.query or parts.fragment:
        return False
    if not parts.netloc:
        return True
    return own is not None and urlsplit(own).netloc.lower() == parts.netloc.lower()


def _in_banner(heading) -> bool:
    """The heading stands in the page's banner (an ancestor of ``role="banner"``, small, holding no ``<article>``
    or ``<main>``): the site's name, whatever it links to."""
    banner = next(
        (a for a in heading.iterancestors() if (a.get("role") or "").strip().lower() == "banner"), None
    )
    if banner is None or banner.tag in _NEVER_PRUNED or _text(banner, _MASTHEAD_MAX) is None:
        return False
    return next(banner.iter("article", "main"), None) is None


_LINE_TYPE = frozenset(("span", "font", "b", "strong", "i", "em", "small", "br"))


def _bare_line_div(el) -> bool:
    """A ``<div>`` of words and inline type only, no link: a line as a paragraph is one (a hosted blog's theme sets its
    description under the blog's name as "<div class="description">…</div>"); a menu's box of links is none."""
    return bool(_text(el)) and all(c.tag in _LINE_TYPE for c in el.iter() if c is not el)


def _masthead_taglines(heading, own: str | None) -> list:
    """The short paragraphs after ``heading`` in its box when it is the site's name linking home (or standing in the
    page's banner, ``_in_banner``), or []."""
    box = heading.getparent()
    if box is None or box.tag in _NEVER_PRUNED or box.tag == "article":
        return []
    if not (_links_home(heading, own) or _in_banner(heading)):
        return []
    if _text(box, _MASTHEAD_MAX) is None or next(box.iter("article"), None) is not None:
        return []
    if any(h is not heading for h in box.iter(*_HEADINGS, "h1")):
        return []
    taglines = [p for p in heading.itersiblings("p", "div") if p.tag == "p" or _bare_line_div(p)]
    if not taglines or any(_words(_text(p) or "") > _MASTHEAD_TAGLINE_WORDS for p in taglines):
        return []
    return taglines


def drop_masthead_taglines(tree) -> None:
    """Remove the site's tagline beside its name in the masthead (``_masthead_taglines``)."""
    own = _own_path(tree)
    found = [p for h in tree.iter(*_MASTHEAD_HEADINGS) for p in _masthead_taglines(h, own)]
    for p in found:
        remove_keeping_tail(p)


# The same tagline beside the site's logo in a box of its own: an old site's banner cell "<td><img src="…/masks_logo.gif"
# alt="<Players>"><br><font><i>Community Theatre on the River Since 1961</i></font></td>" over its columns, or a header's
# "<div><a href="/"><img class="logo" …></a><span>…</span></div>", which trafilatura read as the text's first line. The
# logo is a picture that names itself one (a "logo" in its file name, its class or id, or its link's class) or whose alt
# text is a name the page gives its own site (``_site_name_texts``); the box is the nearest block around it, and its
# other words are one short line closing no sentence (``_LOGO_TAGLINE_WORDS``), with no heading or paragraph in it: the
# site's motto, whatever it says. A picture with its caption (a sentence, or a picture no logo) stays.
# The site's banner graphic is its logo as well: a picture whose file name names it the banner ("images/…_banner.gif"
# beside "Founded 1952 * Meetings 2nd & 4th Tuesday * Visitors Welcome" in the old site's top cell). Only the file
# name is read so: a class or id "banner" may name the box of the story's own lead picture (a "hero-banner").
_LOGO_TAGLINE_WORDS = 16
_LOGO_NAME = re.compile(r"(^|[^a-z])logo", re.IGNORECASE)
_BANNER_FILE = re.compile(r"(^|[^a-z])banner([^a-z]|$)", re.IGNORECASE)
_INLINE_BOXES = frozenset(("a", "span", "font", "b", "strong", "i", "em", "small", "picture"))


def _is_logo(img, names: set[str]) -> bool:
    link = next(img.iterancestors("a"), None)
    marks = [img.get("class"), img.get("id"), (img.get("src") or "").rsplit("/", 1)[-1]]
    if link is not None:
        marks.append(link.get("class"))
    if any(_LOGO_NAME.search(m or "") for m in marks) or _BANNER_FILE.search(marks[2] or ""):
        return True
    return fold(img.get("alt") or "") in names


def _logo_tagline_box(img, names: set[str]):
    """The block around the logo ``img`` when its other words are a short tagline (see ``_is_logo``), or None."""
    box = img.getparent()
    while box is not None and box.tag in _INLINE_BOXES:
        box = box.getparent()
    if box is None or box.tag in _NEVER_PRUNED or box.tag == "article" or not _is_logo(img, names):
        return None
    text = _text(box, 200)
    if not text or _words(text) > _LOGO_TAGLINE_WORDS or _SENTENCE_END.search(text):
        return None
    if next(box.iter("p", "h1", *_HEADINGS, "li", "table", "form"), None) is not None:
        return None
    return box


def drop_logo_taglines(tree) -> None:
    """Remove the short line beside the site's logo in its box (``_logo_tagline_box``), the logo kept."""
    names = {fold(n) for n in _site_name_texts(tree) if n.strip()}
    for img in list(tree.iter("img")):
        box = _logo_tagline_box(img, names)
        if box is None:
            continue
        keep = next(el for el in (img, *img.iterancestors()) if el.getparent() is box)
        box.text = None
        for child in elements(box):
            if child is not keep:
                box.remove(child)
        keep.tail = None


# -- a key-points box over the text ------------------------------------------------------------------

# A box whose class names the story's key points ("key-points", "RenderKeyPoints-keyPoints", "key-highlights",
# "storyPage_keyTakeaways"; a live page's "key-updates" over its first post, "More than 20,000 customers are without
# power", the page's running summary its posts tell in full; a research story's "key-facts" box is its own findings and
# stays): a heading at most and one short list ("Contract covers 28 S700 vehicles with options for 22
# more."), set above the paragraphs that tell the same facts in full (a box with a paragraph of its own beside the
# list, "What's next?" over a sentence, is left whole). The class, the place and the repetition are
# the evidence: the box comes before two paragraphs of prose among its following siblings (a trade site's "Key Points"
# under the byline), and four in five of its items' words stand in the page's paragraphs (a summary read twice). An
# explainer's key points that say what the text does not ("Wales revalued in 2003; England and Scotland never have."),
# a box after the text, one of long items or many, or an unclassed "Key points" heading over a list stays.
# The box is not pruned (without it trafilatura may take a narrower container and lose the standfirst): its lines are
# dropped from the extracted text (``key_points_lines``).
# A box with no such class whose heading labels it the site's machine summary ("Key Points AI-assisted summary" over
# the items, ``MACHINE_SUMMARY_LABELS``) is the same box: the label names it as well as a class does (an unclassed
# "Highlights" heading over a list is still the text's own).
_KEY_POINTS_CLASS = re.compile(r"key[-_]?(points|highlights|takeaways|updates)", re.IGNORECASE)
_MACHINE_SUMMARY = re.compile(MACHINE_SUMMARY_LABELS, re.IGNORECASE)
_KEY_POINTS_TAGS = ("div", "section", "aside", "ul", "ol")
_KEY_POINTS_MAX = 800  # characters
_KEY_POINTS_ITEMS = 6
_KEY_POINT_WORDS = 30
_TEXT_AFTER_PARAGRAPHS = 2
_TOLD_AGAIN = 0.8  # of the items' words found in the paragraphs
_KEY_WORD = re.compile(r"\w*\d[\w.,]*\w|\w{4,}")  # a figure, or a word of four letters or more


def _text_follows(box) -> bool:
    """Two paragraphs of prose (``_PROSE_P`` characters) or more among the siblings after ``box``."""
    found = 0
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        for p in sibling.iter("p"):
            text = _text(p, 2000)
            found += text is None or len(text) > _PROSE_P
            if found >= _TEXT_AFTER_PARAGRAPHS:
                return True
    return False


def _machine_summary_heading(box) -> bool:
    """The box opens on a heading that labels it a machine-written summary (``_MACHINE_SUMMARY``)."""
    first = next(iter(elements(box)), None)
    return (
        first is not None
        and first.tag in _HEADINGS
        and bool(_MACHINE_SUMMARY.search(_text(first, 200) or ""))
    )


def _key_point_items(box) -> list[str] | None:
    """The items' text of a key-points box above the text (class, shape and place), or None."""
    if box.tag not in _KEY_POINTS_TAGS or not (
        _KEY_POINTS_CLASS.search(box.get("class") or "") or _machine_summary_heading(box)
    ):
        return None
    if _text(box, _KEY_POINTS_MAX) is None or next(box.iter("h1", "article", "main"), None) is not None:
        return None
    lists = [box] if box.tag in ("ul", "ol") else list(box.iter("ul", "ol"))
    if len(lists) != 1:
        return None
    items = elements(lists[0])
    if not items or len(items) > _KEY_POINTS_ITEMS or any(li.tag != "li" for li in items):
        return None
    beside = [] if box is lists[0] else [el for el in elements(box) if lists[0] not in el.iter()]
    if not all(_fact_line(_text(el) or "") for el in beside):
        return None  # beside the list, only its heading (a paragraph of prose is the box's own text)
    texts = [_text(li) or "" for li in items]
    if any(_words(t) > _KEY_POINT_WORDS for t in texts) or not _text_follows(box):
        return None
    return texts


def _told_again(items: list[str], paragraph_words: set[str]) -> bool:
    words = [w.lower() for t in items for w in _KEY_WORD.findall(t)]
    return bool(words) and sum(w in paragraph_words for w in words) >= _TOLD_AGAIN * len(words)


def told_in_paragraphs(items: list[str], tree, box) -> bool:
    """Whether the page's paragraphs outside ``box`` tell ``items`` again (``_TOLD_AGAIN`` of their figures and longer
    words stand in them): a summary read twice."""
    inside = set(box.iter("p"))
    paragraph_words = {
        w.lower() for p in tree.iter("p") if p not in inside for w in _KEY_WORD.findall(_text(p) or "")
    }
    return _told_again(items, paragraph_words)


def key_points_lines(tree) -> frozenset[str]:
    """The folded lines (heading and items) of every key-points box above the text whose items the page's paragraphs
    tell again (``_key_point_items``, ``_told_again``)."""
    boxes = [
        (box, items) for box in tree.iter(*_KEY_POINTS_TAGS) if (items := _key_point_items(box)) is not None
    ]
    if not boxes:
        return frozenset()
    lines: set[str] = set()
    for box, items in boxes:
        if told_in_paragraphs(items, tree, box):
            lines.update(fold(t) for t in items)
            lines.update(fold(_text(el) or "") for el in elements(box) if el.tag not in ("ul", "ol"))
    return frozenset(line for line in lines if line)


# -- picture cards ----------------------------------------------------------------------------------

# A run of look-alike cards (three or more siblings of one tag and first class), each a picture and a few short
# lines with no sentence among them: a grid of people or things, not the story ("Dr. Hana Okonkwo" over
# "Director, Desert Water Institute" under each speaker's photo, a team page's staff, a shop's products).
# trafilatura reads the lines as stray labels after the text. The article's own pictures carry their captions
# in a ``<figcaption>`` or as sentences, and stay; a card holding a sentence stays. The heading over the run
# goes with it when the two are all their box holds ("Featured speakers").
_PICTURE_CARD_RUN = 3
_PICTURE_CARD_WORDS = 15
_PICTURE_CARD_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]?$")


def _picture_card(card) -> bool:
    if next(card.iter("img", "picture"), None) is None:
        return False
    if next(card.iter("figcaption", "h1", "article", "main", "form"), None) is not None:
        return False
    text = _text(card, _PICTURE_CARD_CHARS)
    if not text or len(text.split()) > _PICTURE_CARD_WORDS:
        return False
    pieces = [card.text or ""] + [" ".join(el.itertext()) + " " + (el.tail or "") for el in elements(card)]
    return not any(_SENTENCE_END.search(p.strip()) for p in pieces)


# A person's card of the same kind with a line of bio under the name: a picture, the name alone on its line, short
# labels ("Guest") and sentences that open with that name ("Kayla Brenner is a senior dispatcher …"): a podcast's
# "Creators and Guests", a panel's speakers. Two such cards make a run: the bio under the card's own name is what sets
# it apart from a story's picture and its caption.
_BIO_CARD_RUN = 2
_BIO_CARD_WORDS = 60
_BIO_CARD_CHARS = 450
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]+$")


def _card_lines(card) -> list[str]:
    """The text of each block of ``card`` that holds no other block."""
    lines = []
    for el in card.iter("p", "div", "span"):
        if next((b for b in el.iterdescendants("p", "div")), None) is not None:
            continue
        if el.tag == "span" and any(
            a.tag in ("p", "div", "span") for a in el.iterancestors() if a is not card
        ):
            continue
        text = _text(el)
        if text:
            lines.append(text)
    return lines


def _bio_card(card) -> bool:
    if next(card.iter("img", "picture"), None) is None:
        return False
    if next(card.iter("figcaption", "h1", "article", "main", "form"), None) is not None:
        return False
    text = _text(card, _BIO_CARD_CHARS)
    if not text or len(text.split()) > _BIO_CARD_WORDS:
        return False
    lines = _card_lines(card)
    if len(lines) < 2 or not _NAME_LINE.match(lines[0]):
        return False
    name, surname = lines[0], lines[0].split()[-1]
    sentences = [ln for ln in lines[1:] if _SENTENCE_END.search(ln)]
    return all(ln.startswith((name + " ", surname + " ")) for ln in sentences) and all(
        len(ln.split()) <= _PICTURE_CARD_WORDS for ln in lines[1:] if ln not in sentences
    )


def _card_kind(card) -> str:
    """What sets ``card`` apart as one of a run: its first class, else its inline style (an e-mail's layout cells, read
    as boxes, carry no class: "<td width="50%" style="padding:8px">" each); empty: neither."""
    cls = (card.get("class") or "").split()
    if cls:
        return cls[0]
    style = "".join((card.get("style") or "").split()).lower()
    return f"style:{style}" if style else ""


def _picture_card_runs(parent) -> list[list]:
    """The runs of ``parent``'s children of one tag and first class (``_card_kind``), ``_PICTURE_CARD_RUN`` or more,
    all picture cards, or ``_BIO_CARD_RUN`` or more, all cards with their bio (``_bio_card``; the cells of an e-mail's
    row too, side by side)."""
    groups: dict[tuple, list] = {}
    for child in elements(parent):
        kind = _card_kind(child)
        if child.tag in _BIO_CARD_TAGS and kind:
            groups.setdefault((child.tag, kind), []).append(child)
    return [
        run
        for (tag, _), run in groups.items()
        if (tag in _CARD_TAGS and len(run) >= _PICTURE_CARD_RUN and all(_picture_card(c) for c in run))
        or (len(run) >= _BIO_CARD_RUN and all(_bio_card(c) for c in run))
    ]


_BIO_CARD_TAGS = _CARD_TAGS | {"td"}


def drop_picture_cards(tree) -> None:
    """Remove every run of picture cards (``_picture_card_runs``), and the box around it when only its
    heading is left there."""
    found = [(parent, run) for parent in tree.iter() for run in _picture_card_runs(parent)]
    for parent, run in found:
        for card in run:
            remove_keeping_tail(card)
        rest = elements(parent)
        if (
            parent.tag not in ("html", "body", "main", "article")
            and parent.getparent() is not None
            and not (parent.text or "").strip()
            and rest
            and all(el.tag in _HEADINGS and not (el.tail or "").strip() for el in rest)
        ):
            remove_keeping_tail(parent)


# The same run of cards with a line or two of sentences under each name and a button to another page of the site under
# it, the same words on every card ("Pepper" ¶ "2-year-old lurcher. Good with cats, …" ¶ "Foster me", and so for "Moss"
# and "Duchess"): an adoption page's animals, a shop's products, a directory's members, set into a post by a page
# builder. The sentence kept it from the picture cards' rule, and its title, no link, from the link cards'. Each card a
# picture, one heading of a name (``_LABEL_WORDS`` words at most, no link in it), one paragraph at most, ``_CARD_MAX``
# characters, no date (a live blog's entries and a feed's posts carry one), and its one link the button, to the site;
# three cards or more, every sibling of the run such a card. The heading over the run goes with it (``_cards_heading``).
# A run whose buttons say different things (a shop's "$129 at Amazon", "$89 at Target"), cards with a second link or a
# paragraph of prose, or a share button leading off the site, stays.
_BUTTON_CARD_RUN = 3


def _button_card(card, host: str | None) -> str | None:
    """The card's button label when ``card`` is a card of a run of button cards, else None."""
    heading = _card_heading(card)
    if heading is None:
        return None
    if len((_text(heading) or "").split()) > _LABEL_WORDS or len([p for p in card.iter("p") if _text(p)]) > 1:
        return None
    links = [a for a in card.iter("a") if _text(a)]
    if len(links) != 1 or not _is_button(links[0]) or not _on_site(links[0].get("href") or "", host):
        return None
    return _text(links[0])


def _on_site(href: str, host: str | None) -> bool:
    """Whether ``href`` leads to another page of the site (a path, or an address on the page's own host)."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return False
    theirs = urlsplit(href).hostname
    return theirs is None or (host is not None and theirs.removeprefix("www.") == host.removeprefix("www."))


# Cards whose buttons differ by the name each card heads, set apart in the text rather than in a run: a rescue's
# newsletter sets an "Adopt me!" card between its paragraphs now and then ("Biscuit · 2 years · Female" over a line about
# her and a button "Meet Biscuit", and so for "Juniper" further down), a shop's post its products ("Trail Runner 2" ¶
# "Shop Trail Runner 2"). A button naming the card's own heading leads to that thing's page on the site: the card is a
# teaser for it, not a paragraph of the story. Each card as a run's (a picture, one heading with no link, no date,
# ``_CARD_MAX`` characters), its heading's name (the part before a "·", "|", a dash or a comma, ``_LABEL_WORDS`` words at
# most) closing its one link, a button to the site after a word or two of its own ("Meet", "View"); at most one line of
# more than ``_LABEL_WORDS`` words that is no line of facts (``_fields_line``: a label such as "Adopt me!" may stand
# over the name, "3 years · male · tabby" under it); two such cards or more on the
# page, each taken whole (the outermost box that is one). One card alone, a button that names something else ("Donate",
# "Read more"), a second link or a second paragraph, stays.
# The label may open the heading itself, closing on a colon before the name ("Adopt me: Biscuit" over "Meet Biscuit",
# "Adopt us: Juniper & Sage" over "Meet Juniper & Sage", ``_NAME_LABEL``): the name is what follows it. A heading whose
# words after the colon the button does not close on ("Adopt me: Biscuit" over "Meet our cats") stays as before. The
# label may be a feature's of four words, an emoji before it ("🐾 Pet of the Week: Biscuit").
_NAMED_CARDS = 2
_NAME_END = re.compile(r"\s+[·|•–—-]\s+|,\s")
_NAME_LABEL = re.compile(r"^([^\w\s]+\s+)?\S+(\s\S+){0,3}:\s+(?=\S)")


# An e-mail's archive is on its mailer's host, and its cards' buttons lead to the sender's site ("Meet <Name> →" to
# <org>/adopt/<name>, the card a table cell): buttons off the site count when three cards or more lead to one other
# host, a series as a run of cards is (``_BUTTON_CARD_RUN``); a card's button off the site is a shop's or another
# site's link as often, and two such cards ("Meet <Name>" to a shop's pages) stay. Two are enough when another link of
# the page, outside the cards, leads to that host too: the sender's own site, its footer's "Website" or its "Donate"
# button; a shop's host the page links nowhere else. An arrow after the name is the button's, not the name's.
_NAMED_CARD_TAGS = (*_CARD_TAGS, "td")


def _card_heading(card):
    """The one heading of a card of a picture, a short text and no page's parts (no ``h1``, article, main or form, no
    date), the heading holding no link; else None. Its size is read first: a page's big boxes are passed over after a
    few hundred characters."""
    if not _text(card, _CARD_MAX) or next(card.iter("img", "picture"), None) is None:
        return None
    if next(card.iter("h1", "article", "main", "form"), None) is not None or _dated(card):
        return None
    headings = list(card.iter(*_HEADINGS))
    if len(headings) != 1 or next(headings[0].iter("a"), None) is not None:
        return None
    return headings[0]


# A mailer's card may set its name in bold on a line of its own rather than in a heading: "<strong>Biscuit</strong><br>"
# over the line about her, in the card's table cell, and "Meet Biscuit" under it. With no heading in the card, its one
# bold run (no link) that opens a line of the card and closes it is the card's name, read as a heading is. A bold word
# inside a line ("loves a <b>cardboard</b> castle") names no card, and a card of two bold runs has no one name.
_LINE_BREAKS = ("br", "p", "div", "table", "tr", "td", "ul", "ol", "li")


def _bold_card_name(card):
    """The one bold run of a card (as ``_card_heading`` reads one: a picture, a short text, no page's parts, no date)
    that has no heading, set on a line of its own and holding no link; else None."""
    if not _text(card, _CARD_MAX) or next(card.iter("img", "picture"), None) is None:
        return None
    if next(card.iter("h1", "article", "main", "form", *_HEADINGS), None) is not None or _dated(card):
        return None
    bold = [
        el for el in card.iter(*_BOLD) if _text(el) and not any(a.tag in _BOLD for a in el.iterancestors())
    ]
    if len(bold) != 1 or next(bold[0].iter("a"), None) is not None:
        return None
    name, before, after = bold[0], bold[0].getprevious(), bold[0].getnext()
    parent = name.getparent()
    opens = (
        before.tag in _LINE_BREAKS and not (before.tail or "").strip()
        if before is not None
        else not (parent.text or "").strip()
    )
    closes = not (name.tail or "").strip() and (after is None or after.tag in _LINE_BREAKS)
    return name if opens and closes else None


def _named_button_card(card, host: str | None) -> str | None:
    """The host of the one button of ``card`` ("" for the site's own) when the button names the card's heading
    (``_NAME_END``), or with none its bold name on a line of its own (``_bold_card_name``), else None."""
    heading = _card_heading(card)
    if heading is None:
        heading = _bold_card_name(card)
    if heading is None:
        return None
    name = _NAME_LABEL.sub("", _NAME_END.split(_text(heading) or "", maxsplit=1)[0].strip(), count=1)
    if not 1 <= len(name.split()) <= _LABEL_WORDS:
        return None
    links = [a for a in card.iter("a") if _text(a)]
    if len(links) != 1:
        return None
    # (a button naming two, "Meet Juniper & Sage →", is a button still: its words are the call and the name; and its
    # own paragraph is no line of prose)
    label = _BUTTON_ARROW.sub("", _text(links[0]) or "")
    if not (_is_button(links[0]) or len(label.split()) <= len(name.split()) + _NAMED_CALL_WORDS):
        return None
    if sum(1 for p in card.iter("p") if not _fields_line(_text(p) or "") and _text(p) != _text(links[0])) > 1:
        return None
    href = links[0].get("href") or ""
    if not label.casefold().endswith(f" {name.casefold()}"):
        return None
    if _on_site(href, host):
        return ""
    return urlsplit(href.strip()).hostname if href.strip().startswith(("http://", "https://")) else None


_NAMED_CALL_WORDS = 2  # the call's words before the name: "Meet", "Come meet"


# A card's line of facts is a label too, however many its words: short fields set apart by a "·", "|" or "•" ("3 years
# · male · orange tabby", "8 months · bonded sisters · gray and white"), each ``_LABEL_WORDS`` words at most and none
# closing a sentence. A line of prose has no such separators between short runs. So is a kicker in capitals over the
# heading, no letter of it in lower case ("ALSO LOOKING FOR A HOME"), ``_CAPS_LABEL_WORDS`` words at most.
_FIELD_GAP = re.compile(r"\s+[·|•]\s+")
_CAPS_LABEL_WORDS = 8


def _fields_line(line: str) -> bool:
    """Whether ``line`` is a label: ``_LABEL_WORDS`` words at most, a kicker in capitals, or short fields between
    separators (``_FIELD_GAP``)."""
    if len(line.split()) <= _LABEL_WORDS:
        return True
    if (
        len(line.split()) <= _CAPS_LABEL_WORDS
        and line == line.upper()
        and any(c.isalpha() for c in line)
        and not line.rstrip().endswith((".", "?"))
    ):
        return True
    fields = _FIELD_GAP.split(line.strip())
    return len(fields) > 1 and all(
        len(f.split()) <= _LABEL_WORDS and not f.rstrip().endswith((".", "!", "?")) for f in fields
    )


# An off-site host is the sender's own when the page's address names it: a mailer's archive of the sender's issue at
# "mailchi.mp/<sender>/<issue>" (or "<sender>.substack.com/…") with its cards' buttons to "<sender>.org/adopt/<name>". The
# host's name (the label before its suffix, ``_SITE_NAME_CHARS`` characters at least) is a segment of the address's path
# or a label of its host; two such cards go as two on the site's own host do. A shop's host that the address does not
# name still needs the run.
_SITE_NAME_CHARS = 5
_SECOND_LEVELS = frozenset(("co", "com", "org", "net", "ac", "gov", "edu"))


def _site_name(host: str) -> str:
    """The name of ``host``: its label before the suffix ("secondchancewhiskers" of "www.secondchancewhiskers.org",
    "harbourtrust" of "harbourtrust.org.uk")."""
    labels = host.casefold().removeprefix("www.").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _senders_host(host: str, own: str | None) -> bool:
    """Whether the page's own address ``own`` names ``host``'s site (``_site_name``) in its path or its host."""
    if not own:
        return False
    name = _site_name(host)
    if len(name) < _SITE_NAME_CHARS:
        return False
    parts = urlsplit(own.strip())
    named = {seg.casefold() for seg in parts.path.split("/") if seg}
    named |= set((parts.hostname or "").casefold().split(".")[:-2])
    return name in named and (parts.hostname or "").casefold().removeprefix(
        "www."
    ) != host.casefold().removeprefix("www.")


def _outermost_cards(tree, read) -> dict:
    """The cards of the page (``_NAMED_CARD_TAGS``) that ``read`` finds something in, outermost first: a card inside
    one already found is passed over; each with what ``read`` found."""
    found: dict = {}
    for card in tree.iter(*_NAMED_CARD_TAGS):
        if any(a in found for a in card.iterancestors(*_NAMED_CARD_TAGS)):
            continue
        value = read(card)
        if value is not None:
            found[card] = value
    return found


def _named_button_cards(
    tree, host: str | None, linked: dict[str, int] | None = None, own: str | None = None
) -> list:
    """The outermost cards of the page whose buttons name their headings (``_named_button_card``), two or more; those
    whose buttons lead off the site, ``_BUTTON_CARD_RUN`` or more to one host, or two when another of the page's links
    (``linked``, counted by ``link_hosts``) leads there too, or any to the sender's own site that the page's address
    ``own`` names (``_senders_host``)."""
    found = _outermost_cards(tree, lambda card: _named_button_card(card, host))
    hosts = [leads_to for leads_to in found.values() if leads_to]
    if hosts and not linked:
        linked = link_hosts(tree)
    cards = [
        card
        for card, leads_to in found.items()
        if not leads_to
        or hosts.count(leads_to) >= _BUTTON_CARD_RUN
        or (hosts.count(leads_to) >= _NAMED_CARDS and (linked or {}).get(leads_to, 0) > hosts.count(leads_to))
        or _senders_host(leads_to, own)
    ]
    return cards if len(cards) >= _NAMED_CARDS else []


def link_hosts(tree) -> dict[str, int]:
    """How many of the page's links lead to each host (read before any box goes: the sender's "Donate" box may go
    before the cards are read)."""
    counts: dict[str, int] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if href.startswith(("http://", "https://")) and (host := urlsplit(href).hostname):
            counts[host] = counts.get(host, 0) + 1
    return counts


def drop_button_cards(tree, linked: dict[str, int] | None = None) -> None:
    """Remove every run of look-alike cards each closing on the same button to another page of the site
    (``_button_card``), and the heading over the run (``_cards_heading``); and the cards whose buttons name their own
    headings, two or more on the page (``_named_button_cards``; ``linked``, the page's links by host, counted before any
    box went)."""
    own = _own_path(tree)
    host = urlsplit(own).hostname if own else None
    found = []
    for parent in tree.iter():
        groups: dict[tuple, list] = {}
        for child in elements(parent):
            cls = (child.get("class") or "").split()
            if child.tag in _CARD_TAGS and cls:
                groups.setdefault((child.tag, cls[0]), []).append(child)
        for run in groups.values():
            if len(run) < _BUTTON_CARD_RUN:
                continue
            labels = {_button_card(card, host) for card in run}
            if None not in labels and len(labels) == 1:
                found.append((parent, run))
    for parent, run in found:
        for card in run:
            remove_keeping_tail(card)
        heading = _cards_heading(parent)
        if heading is not None:
            remove_keeping_tail(heading)
    named = _named_button_cards(tree, host, linked, own)
    over = _named_cards_heading(named)
    for card in named:
        remove_keeping_tail(card)
    for box in over:
        remove_keeping_tail(box)


# The same heading over the cards whose buttons name them, set as the e-mail's blocks among the letter's own: "<table>
# <h2>Adopt me!</h2><p>These pups are ready for their forever homes right now.</p></table>" right before the cards, one
# block each, side by side with the letter's blocks in one cell. The cards run on with nothing between them, and no
# paragraph of the text comes after the run; the box is the heading and a short line at most, no link
# (``_lead_in_box``). A heading over cards the text goes on after, or with a longer paragraph under it, stays.
def _named_cards_heading(cards: list) -> list:
    """The heading box right before each run of ``cards`` that are siblings, one after another (each card with the
    boxes wrapping nothing but it, ``_outermost_lone_wrap``)."""
    found = []
    tops = [_outermost_lone_wrap(c) for c in cards]
    for parent in {id(t.getparent()): t.getparent() for t in tops if t.getparent() is not None}.values():
        run = [t for t in elements(parent) if any(t is top for top in tops)]
        if len(run) < 2:
            continue
        kids = elements(parent)
        first, last = kids.index(run[0]), kids.index(run[-1])
        if kids[first : last + 1] != run or any(_text(after, _PROSE_P) is None for after in kids[last + 1 :]):
            continue
        box = _lead_in_box(run[0].getprevious(), _BOX_TAGS | {"table"})
        if box is not None:
            found.append(box)
    return found


# The same cards labelled as a series, on a page of any host: each heading opens on one label closing on a colon and then
# names the card's own thing ("HAPPY TAILS: <Name>", "Member spotlight: <Name>"), and each card's one button names it in
# one call to read on ("Read <Name>’s story →", ``READ_ON``): a newsletter's feature set between its paragraphs now and
# then, another page's teaser, never the story's. A card as ``_named_button_card`` reads one (a picture, one heading
# with no link, no date, ``_CARD_MAX`` characters, at most one paragraph of more than ``_LABEL_WORDS`` words), its button
# naming the name anywhere (a possessive after it or not), not only closing on it; two such cards or more with the same
# label and the same button but for the name, each taken whole (the outermost box that is one), wherever the buttons
# lead: the label and the button's wording, repeated, are the series'. One card alone, two under different labels or
# with buttons in other words ("Read <Name>’s story" and "Adopt <Name>"), a heading with no label, a button that does
# not name its card's name, or one that calls to no reading ("Meet <Name>", a sanctuary's own cards), stays. The name
# in the button counts as one word, however many it has: "⭐ Success story: Tank & Lulu" over "Read Tank & Lulu’s story
# →" is a button's call as "Read Biscuit’s story →" is.
_LABELLED_NAME = re.compile(r"^(?P<label>\S+(?:\s\S+){0,2}):\s+(?P<name>\S.*)$")
_POSSESSIVE = r"(?:['’]s?)?"


def _labelled_name_card(card) -> tuple[str, str] | None:
    """(the heading's label, the button's wording with the name taken out) of a card whose heading is a label and a
    name and whose one button names that name, else None."""
    heading = _card_heading(card)
    if heading is None:
        return None
    m = _LABELLED_NAME.match(_text(heading) or "")
    if m is None or not 1 <= len(m.group("name").split()) <= _LABEL_WORDS:
        return None
    links = [a for a in card.iter("a") if _text(a)]
    if len(links) != 1:
        return None
    # (the button's own paragraph is no line of prose)
    if sum(1 for p in card.iter("p") if not _fields_line(_text(p) or "") and _text(p) != _text(links[0])) > 1:
        return None
    label = _BUTTON_ARROW.sub("", _text(links[0]) or "")
    if not READ_ON.match(label):
        return None
    named = re.compile(rf"(?<!\w){re.escape(m.group('name'))}{_POSSESSIVE}(?!\w)", re.IGNORECASE)
    wording, found = named.subn("\0", label)
    if found != 1 or not wording.replace("\0", "").strip():
        return None
    # (a button naming two, "Read Tank & Lulu’s story →", is a button still: the name counts as one word)
    if not (_is_button(links[0]) or _is_button_words(named.sub("\0", _text(links[0]) or ""))):
        return None
    return m.group("label").casefold(), wording.casefold()


def _is_button_words(text: str) -> bool:
    return 0 < len(text.split()) <= _BUTTON_MAX_WORDS


def drop_labelled_name_cards(tree) -> None:
    """Remove the outermost cards of a labelled series (``_labelled_name_card``), two or more with one label and one
    button's wording."""
    found = _outermost_cards(tree, _labelled_name_card)
    series = list(found.values())
    for card, key in found.items():
        if series.count(key) >= _NAMED_CARDS:
            remove_keeping_tail(card)


# The same series with no button at all: each card a picture beside a heading of one label and a name ("Success story:
# <Name>") over one paragraph telling of that name, the card holding nothing else; two cards or more under one label,
# each naming another, and no name told of anywhere on the page outside its own card. A newsletter sets such a feature
# between its paragraphs now and then (another animal's happy ending, a volunteer's spotlight), never the issue's story,
# which names the ones it tells of in its own paragraphs too. A card alone, two under different labels, a name the text
# names elsewhere (a story's profiles, "Finalist: <Name>", introduced in its lead), a card with a second paragraph or a
# link, and a heading with no label stay.
_BLURB_CARD_WORDS = 12  # a paragraph of prose, not a caption's or a field's words


def _labelled_blurb_card(card) -> tuple[str, str] | None:
    """(the heading's label, its name) of a card of a picture, a heading of a label and a name and one paragraph naming
    that name, with no link, else None."""
    heading = _card_heading(card)
    if heading is None or next((a for a in card.iter("a") if _text(a)), None) is not None:
        return None
    m = _LABELLED_NAME.match(_text(heading) or "")
    if m is None or not 1 <= len(m.group("name").split()) <= _LABEL_WORDS:
        return None
    paragraphs = [el for el in card.iter("p") if _text(el)]
    if len(paragraphs) != 1:
        return None
    blurb = _text(paragraphs[0]) or ""
    if _words(blurb) < _BLURB_CARD_WORDS or _text(card) != f"{_text(heading)} {blurb}":
        return None
    if not (_names(m.group("name"), blurb) or _pictured_name(card) == m.group("name")):
        return None
    return m.group("label").casefold(), m.group("name")


def _pictured_name(card) -> str | None:
    """The alt text of a card's one picture, else None."""
    pictures = list(card.iter("img"))
    return " ".join((pictures[0].get("alt") or "").split()) if len(pictures) == 1 else None


def _names(name: str, text: str) -> int:
    """How many times ``text`` names ``name`` (whole words)."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def _page_text(tree) -> str:
    """The page's text, its body's where it has one."""
    body = tree.find(".//body")
    return _text(body if body is not None else tree) or ""


def _told_only_in(card, name: str, page: str) -> bool:
    """Whether the page names ``name`` nowhere outside ``card`` (``page``: the page's text)."""
    return _names(name, page) == _names(name, _text(card) or "")


def drop_labelled_blurb_cards(tree) -> None:
    """Remove the outermost cards of a labelled series with no button (``_labelled_blurb_card``), two or more under one
    label naming different names, none named on the page outside its card."""
    _drop_labelled_series(tree, _labelled_blurb_card)


def _drop_labelled_series(tree, card_of) -> None:
    """Remove the outermost cards ``card_of`` reads as (label, name), two or more under one label naming different names,
    none named on the page outside its card."""
    found = _outermost_cards(tree, card_of)
    if len(found) < _NAMED_CARDS:
        return
    page = _shown_text(tree)
    by_label: dict[str, list] = {}
    for card, (label, name) in found.items():
        if _told_only_in(card, name, page):
            by_label.setdefault(label, []).append((card, name))
    for cards in by_label.values():
        if len({name.casefold() for _, name in cards}) >= _NAMED_CARDS:
            for card, _ in cards:
                remove_keeping_tail(card)


# The same labelled series with buttons in other words, each blurb closing on a teaser's call: an e-mail's "Volunteer
# spotlight: <Name>" over "<Name> has driven our van every Tuesday since 2017 … Find out why she says it’s the best day of
# her week." and one button "Read <Name>’s story →", and the next card under the same label over "… Meet the team who
# turned a Friday afternoon into a habit." and "Meet the team →". Each card holds one heading of a label and a name (no
# link in it), one paragraph of prose whose last sentence opens on the call to click through (``page_lexicon.
# TEASER_CALLS``: "Find out why …", "Meet the … who …", "Discover how …") and one link alone in its block (a button of a
# few words, an arrow after them or not), a picture or not, nothing else; two such cards or more under one label, their
# names told nowhere else on the page: teasers of the site's other pages, set after the letter. A card whose blurb
# closes on a sentence of its own ("<Name> loves a cardboard castle."), one alone, or two under different labels stay.
_TEASER_CLOSE = re.compile(rf"(^|[.!?]\s+)({TEASER_CALLS})\b[^.!?]{{3,120}}[.!]?$", re.IGNORECASE)


def _labelled_teaser_card(card) -> tuple[str, str] | None:
    """(the heading's label, its name) of a card of a labelled heading, one blurb closing on a teaser's call
    (``_TEASER_CLOSE``) and one button alone in its block, else None."""
    if not _text(card, _CARD_MAX) or next(card.iter("h1", "article", "main", "form"), None) is not None:
        return None
    headings = list(card.iter(*_HEADINGS))
    if len(headings) != 1 or next(headings[0].iter("a"), None) is not None or _dated(card):
        return None
    m = _LABELLED_NAME.match(_text(headings[0]) or "")
    if m is None or not 1 <= len(m.group("name").split()) <= _LABEL_WORDS:
        return None
    links = [a for a in card.iter("a") if _text(a)]
    if len(links) != 1:
        return None
    button = links[0].getparent()
    if button is None or _text(button) != _text(links[0]):
        return None
    if not _is_button_words(_BUTTON_ARROW.sub("", _text(links[0]) or "")):
        return None
    blurbs = [p for p in card.iter("p") if _text(p) and links[0] not in p.iter("a")]
    if len(blurbs) != 1:
        return None
    blurb = _text(blurbs[0]) or ""
    if _words(blurb) < _BLURB_CARD_WORDS or not _TEASER_CLOSE.search(blurb):
        return None
    if _text(card) != f"{_text(headings[0])} {blurb} {_text(links[0])}":
        return None
    return m.group("label").casefold(), m.group("name")


def drop_teaser_cards(tree) -> None:
    """Remove the outermost cards of a labelled series of teasers (``_labelled_teaser_card``), two or more under one label naming
    different names, none named on the page outside its card."""
    _drop_labelled_series(tree, _labelled_teaser_card)


# The same series as picture cards named by their pictures: each card one picture whose alt text is a name and one blurb
# opening on that name in bold ("<img alt="<Name>">" beside "<strong><Name></strong>, 3, is a lurcher who …"), no
# link and nothing else, two cards or more side by side, of one tag and first class, each naming another, and no name
# told of anywhere on the page outside its own card; the run closed by a button block of one link right after it ("See
# all our dogs", ``_button_block_after``): an e-mail's spotlight of the animals, the volunteers or the wares a
# newsletter sends the reader on to, never the issue's story, which names the ones it tells of in its paragraphs and
# sends no one to a listing of them. The cards go, with the button block and a block of nothing but a heading right
# before them ("Dogs looking for homes"). A story's pictures and their captions (an alt text that is no name in bold opening
# the blurb), a name the text tells of elsewhere, one card alone, or a run with neither a button after it nor a heading of
# its own before it (below) stay.
_PICTURE_NAME_CARD_MAX = 450  # characters: a name, an age and a few lines about them
# The bold name may carry the age after a comma, as a sanctuary's cards give it ("<strong>Bramble, 19</strong><br>Bramble
# is our official greeter …"), a unit after it or not, as a rescue's kittens are counted in weeks ("<strong>Pickle, 12
# weeks</strong>", "Moss, 8 months old"; ``PET_AGE_UNITS``).
_AGE_AFTER_NAME = rf"(,\s*\d{{1,3}}(\s+({PET_AGE_UNITS})(\s+old)?)?)?"
# Or the bold may title the card by the name and a role, closed by a stop, the blurb run on after it ("<b>Harold, Tuesday
# sorting crew.</b> Harold retired from the post office …", a volunteer's spotlight): the picture's alt text then tells
# what the picture shows of the one named, opening on the name ("Harold at the sorting table").
_TITLED_NAME = re.compile(r"^(?P<name>[A-Z][\w'’-]*( [A-Z][\w'’-]*){0,2}), [^.!?]{2,60}\.$")


def _stop_titled_name(card) -> str | None:
    """The name a card's first bold run titles it by with a role, closed by a stop (``_TITLED_NAME``), else None."""
    bold = next(card.iter("b", "strong"), None)
    m = _TITLED_NAME.match(_text(bold) or "") if bold is not None else None
    return m.group("name") if m else None


# The card may close on one link naming its name, a button on to the name's own page ("Meet <Name>" under "<strong>
# <Name></strong>, 4 years" and a line about the cat, a rescue's e-mail): the button sends the reader to the listing,
# as the run's closing button does, and tells nothing. Its name may join two with "&" where the picture's alt text says
# "and" ("Pepper & Salt", a bonded pair): the name is the bold one, as the card prints it.
_BOTH = re.compile(r"\s*&\s*")


def _same_name(alt: str, bold: str) -> bool:
    """Whether the picture's alt text and the bold name are the one name, "&" read as "and"."""
    return _BOTH.sub(" and ", alt).casefold() == _BOTH.sub(" and ", bold).casefold()


def _named_picture_card(card) -> str | None:
    """The name of a card of one picture whose alt text is the name opening its blurb in bold (or opens on the name a
    bold title of a name and a role gives, ``_stop_titled_name``), no link but one naming the name, else None."""
    if next(card.iter("h1", "article", "main", "form", "figcaption"), None) is not None:
        return None
    pictures = list(card.iter("img"))
    links = [a for a in card.iter("a") if _text(a)]
    if len(pictures) != 1 or len(links) > 1:
        return None
    alt = " ".join((pictures[0].get("alt") or "").split())
    titled = _stop_titled_name(card)
    if titled and re.match(rf"{re.escape(titled)}(?!\w)", alt):
        if links or not 1 <= len(titled.split()) <= _LABEL_WORDS:
            return None
        text = _text(card, _PICTURE_NAME_CARD_MAX) or ""
        if _words(text) < _BLURB_CARD_WORDS or not re.match(rf"{re.escape(titled)}(?!\w)", text):
            return None
        return titled
    if not 1 <= len(alt.split()) <= _LABEL_WORDS or not alt[0].isupper():
        return None
    bold = next(card.iter("b", "strong"), None)
    match = re.fullmatch(rf"(.+?){_AGE_AFTER_NAME}", _text(bold) or "") if bold is not None else None
    if match is None or not _same_name(alt, match.group(1)):
        return None
    name = match.group(1)
    text = _text(card, _PICTURE_NAME_CARD_MAX) or ""
    if _words(text) < _BLURB_CARD_WORDS or not re.match(rf"{re.escape(name)}(?!\w)", text):
        return None
    if links and not (
        _names(name, _text(links[0]) or "") == 1
        and _words(_text(links[0]) or "") <= _words(name) + _LABEL_WORDS
        and text.endswith(_text(links[0]) or "")
    ):
        return None  # (a link in the blurb, or one to anything but the name's own page)
    return name


def _named_picture_runs(parent) -> list[tuple[list, list[str]]]:
    """The runs of two or more adjacent children of ``parent`` of one tag and first class, each a named picture card
    (``_named_picture_card``) naming another, with their names."""
    runs, run, names, key = [], [], [], None
    for child in [*elements(parent), None]:
        name = _named_picture_card(child) if child is not None else None
        this = (child.tag, _first_class(child)) if child is not None else None
        if name is not None and this[1] and this == key and name not in names:
            run.append(child)
            names.append(name)
            continue
        if len(run) >= _NAMED_CARDS:
            runs.append((run, names))
        run, names, key = ([child], [name], this) if name is not None and this[1] else ([], [], None)
    return runs


# (An e-mail's preview line is in its markup but hidden from the reader by its inline style, "Plus: meet <Name>, …": a
# name told there is told to no one who reads the issue. Shown or not, the preview line under the name every template
# gives it, a class or an id naming the preheader ("preheader", Mailchimp's "templatePreheader"), is the inbox's teaser
# of the issue's parts, "…, a new shed, and <Name>'s teeth": a name it tells of is a feature's, not the story's.)
_HIDDEN_STYLE = re.compile(r"\b(display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)
_PREHEADER_NAME = re.compile(r"preheader", re.IGNORECASE)


def _shown_pieces(el):
    """The pieces of ``el``'s text a reader sees: none of an element its inline style hides (``_HIDDEN_STYLE``), nor of
    an e-mail's preview line (``_PREHEADER_NAME``)."""
    if el.text:
        yield el.text
    for child in el:
        if (
            isinstance(child.tag, str)
            and not _HIDDEN_STYLE.search(child.get("style") or "")
            and not _PREHEADER_NAME.search(f"{child.get('class') or ''} {child.get('id') or ''}")
        ):
            yield from _shown_pieces(child)
        if child.tail:
            yield child.tail


def _shown_text(tree) -> str:
    """The text a reader of the page's body sees as the story's (``_shown_pieces``)."""
    body = tree.find(".//body")
    return " ".join(" ".join(_shown_pieces(body if body is not None else tree)).split())


# The same run with no button after it stands under a heading of its own and titles each card: the block right before
# the run, or before the boxes wrapping nothing but the run, holds one heading and nothing else ("Meet the herd"), and
# each card's bold name (its age after it or not) is a line of its own, over a blurb that opens on the name again
# ("<strong>Bramble, 19</strong><br>Bramble is our official greeter …"): a profile's title over its text, the
# newsletter's standing feature of its residents, its names told nowhere in the issue's story. A bold name run into its
# sentence ("<strong>Pepper</strong>, 2, is a lurcher …") is a caption's, and with no button after the run it stays;
# so does a run with no heading block right before it (pictures set among the paragraphs).
# A bold title of the name and a role closed by a stop (``_TITLED_NAME``) is set apart by its stop, the blurb run on
# after it naming the name again, anywhere ("<b>Priya, mobile pantry driver.</b> A nursing student at …, Priya drives
# …"); the caption's bold name run into its sentence closes on no stop.
def _name_titled_card(card, name: str) -> bool:
    """Whether the bold name opening ``card`` stands on a line of its own (a line break or the end of its block after
    it) over a blurb opening on the name again, or titles it with a role closed by a stop over a blurb naming it."""
    bold = next(card.iter("b", "strong"), None)
    if bold is not None and _stop_titled_name(card) == name:
        text, title = _text(card) or "", _text(bold) or ""
        return text.startswith(title) and _names(name, text[len(title) :]) > 0
    if bold is None or (bold.tail or "").strip():
        return False
    after = next_element(bold)
    if not (
        (after is not None and after.tag == "br")
        or (after is None and _text(bold.getparent()) == _text(bold))
    ):
        return False
    text, title = _text(card) or "", _text(bold) or ""
    return text.startswith(title) and bool(re.match(rf"{re.escape(name)}(?!\w)", text[len(title) :].strip()))


# An e-mail builder sets the heading as a short line in bold type, by its tag or its inline style, alone in its block
# ("<div><span style="font-size:20px;font-weight:bold">Volunteer spotlight</span></div>"): a heading on screen, read as
# one (``_BOLD_HEADING_WORDS`` words, closing no sentence).
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)\b", re.IGNORECASE)
_BOLD_HEADING_WORDS = 6


def _bold_type(el) -> bool:
    return el.tag in _BOLD or bool(_BOLD_STYLE.search(el.get("style") or ""))


def _heading_block(el) -> bool:
    """Whether ``el`` is a block of one heading and nothing else (or one short line in bold type, ``_BOLD_STYLE``), no
    link or picture in it."""
    if not _text(el) or next(el.iter("a", "img"), None) is not None:
        return False
    inner = [h for h in el.iter(*_HEADINGS)]
    if inner:
        return len(inner) == 1 and _text(el) == _text(inner[0])
    text = _text(el) or ""
    return (
        _words(text) <= _BOLD_HEADING_WORDS
        and not _SENTENCE_END.search(text)
        and any(_bold_type(b) and _text(b) == text for b in el.iter())
    )


def _run_top(cards: list):
    """The outermost of the boxes wrapping nothing but the run ``cards`` (its parent holding the cards alone, no loose
    text), or None."""
    parent = cards[0].getparent()
    if (
        parent is not None
        and elements(parent) == cards
        and not any((p or "").strip() for p in _loose_text(parent))
    ):
        return _outermost_lone_wrap(parent)
    return None


def _run_heading_block(cards: list):
    """The heading block (``_heading_block``) right before the run ``cards``, or before the boxes wrapping nothing but
    the run, or None."""
    top = _run_top(cards)
    before = previous_element(cards[0] if top is None else top)
    return before if before is not None and _heading_block(before) else None


# (An e-mail sets the run as the cells of one row, the row wrapped in its table and the section's cell: the button block
# is the section after the wrapping boxes, "See all adoptable cats" under the row of cards.)
def _run_button_block(cards: list):
    """The button block right after the run's last card (``_button_block_after``), or after the boxes wrapping nothing
    but the run, or None."""
    button = _button_block_after(cards[-1])
    top = _run_top(cards)
    return button if button is not None or top is None else _button_block_after(top)


# Under a heading block of its own, the run's bold names may run into their sentences when each sentence tells the
# name's age as a profile opens ("<strong><Name></strong> is a 4-year-old beagle mix who …", "… is a shy 2-year-old
# tabby …", "<Name>, 3, is …"; ``PROFILE_AGE_UNITS``): an e-mail's "Meet our pets" feature, each card the animal's
# introduction, not a caption of the story's pictures. A card of the same tag and first class right after such a run, of
# the same bold name opening the same profile but with no picture (its image left out), goes with it. A bold name run
# into a sentence telling no age ("<b>Harold</b> retired from the ferry office …"), a run with no heading block of its
# own, and a name the story tells of stay.
_PROFILE_AGE = re.compile(
    rf"(,\s*\d{{1,2}},\s+(is|was)\b|\s+(is|was) an? ([a-z]+ ){{0,2}}\d{{1,2}}-({PROFILE_AGE_UNITS})-old\b)"
)
_CARD_NAME = re.compile(r"(?-i:[A-Z])[\w'’.&-]*( [\w'’.&-]+){0,3}")


def _age_profiled(card, name: str) -> bool:
    """Whether ``card``'s text opens on ``name`` and runs on into a sentence telling its age (``_PROFILE_AGE``)."""
    text = _text(card, _PICTURE_NAME_CARD_MAX) or ""
    return text.startswith(name) and bool(_PROFILE_AGE.match(text[len(name) :]))


def _unpictured_profile_card(card) -> str | None:
    """The bold name opening a card of no picture, heading or link whose one blurb tells the name's age as a profile
    does (``_age_profiled``), else None."""
    if next(card.iter("img", "picture", "h1", *_HEADINGS, "article", "main", "form", "a"), None) is not None:
        return None
    bold = next(card.iter("b", "strong"), None)
    name = (_text(bold) or "") if bold is not None else ""
    if not _CARD_NAME.fullmatch(name) or _words(_text(card) or "") < _BLURB_CARD_WORDS:
        return None
    return name if _age_profiled(card, name) else None


def _with_unpictured_profiles(cards: list, names: list[str]) -> tuple[list, list[str]]:
    """The run ``cards`` with the picture-less profile cards (``_unpictured_profile_card``) of its tag and first class
    right after it, each naming another."""
    cards, names = list(cards), list(names)
    key = (cards[-1].tag, _first_class(cards[-1]))
    after = next_element(cards[-1])
    while after is not None and (after.tag, _first_class(after)) == key:
        name = _unpictured_profile_card(after)
        if name is None or name in names:
            break
        cards.append(after)
        names.append(name)
        after = next_element(after)
    return cards, names


def drop_named_picture_cards(tree) -> None:
    """Remove each run of named picture cards (``_named_picture_runs``) closed by a button block, or titled by their
    names (``_name_titled_card``) or opening profiles telling their ages (``_age_profiled``) under a heading block of
    their own (``_run_heading_block``), no name told of outside its card, with the button block and the heading's
    block right before the run."""
    found = [
        run for parent in tree.iter() if len(parent) >= _NAMED_CARDS for run in _named_picture_runs(parent)
    ]
    if not found:
        return
    page = _shown_text(tree)
    for cards, names in found:
        button = _run_button_block(cards)
        over = _run_heading_block(cards) if button is None else None
        titled = all(_name_titled_card(card, name) for card, name in zip(cards, names, strict=True))
        if button is None and over is not None and not titled:
            titled = all(_age_profiled(card, name) for card, name in zip(cards, names, strict=True))
            if titled:
                cards, names = _with_unpictured_profiles(cards, names)
        if (button is None and (over is None or not titled)) or any(
            not _told_only_in(card, name, page) for card, name in zip(cards, names, strict=True)
        ):
            continue
        heading = previous_element(cards[0])
        if heading is not None and _heading_block(heading):
            remove_keeping_tail(heading)
        for el in (*cards, *([button] if button is not None else [])):
            remove_keeping_tail(el)
        if over is not None and over.getparent() is not None:
            remove_keeping_tail(over)


# The same series with no heading on a card: each a picture over one paragraph opening on a name in bold run into the
# sentence ("<strong>Copper</strong> came to us in 2021 too lame to trot. …") and one button calling to read on about
# that name ("Read Copper's story", ``READ_ON``), the card holding nothing else (an e-mail's two columns under one
# "Success Stories" heading). Two cards or more, each naming another, none told of anywhere on the page outside its
# card: another page's teasers, never the story, which names the ones it tells of in its own paragraphs too. A card
# alone, a name the text names elsewhere, a button that calls to no reading ("Sponsor Copper") or does not name the
# card's name, a name in plain type, or a card with a heading or a second paragraph, stays.
def _run_in_name_card(card) -> str | None:
    """The name opening in bold the one paragraph of a card of a picture, that paragraph and one button to read on
    about that name (``READ_ON``), else None."""
    if not _text(card, _CARD_MAX) or next(card.iter("img", "picture"), None) is None:
        return None
    if next(card.iter("h1", *_HEADINGS, "article", "main", "form"), None) is not None or _dated(card):
        return None
    links = [a for a in card.iter("a") if _text(a)]
    if len(links) != 1:
        return None
    paragraphs = [p for p in card.iter("p") if _text(p) and links[0] not in p.iter("a")]
    if len(paragraphs) != 1 or (paragraphs[0].text or "").strip():
        return None
    lead = next(iter(elements(paragraphs[0])), None)
    if lead is None or lead.tag not in ("strong", "b"):
        return None
    name = _text(lead) or ""
    blurb = _text(paragraphs[0]) or ""
    if (
        not re.fullmatch(r"(?-i:[A-Z])[\w'’.&-]*( [\w'’.&-]+){0,3}", name)
        or _words(blurb) < _BLURB_CARD_WORDS
    ):
        return None
    label = _BUTTON_ARROW.sub("", _text(links[0]) or "")
    if not READ_ON.match(label) or not _names(name, label) or not _is_button_words(label.replace(name, "_")):
        return None
    rest = _text(card) or ""
    return name if rest == f"{blurb} {_text(links[0])}" else None


def drop_run_in_name_cards(tree) -> None:
    """Remove the outermost cards of a series of bold names run into their blurbs with a button to read on about each
    (``_run_in_name_card``), two or more naming different names, none named on the page outside its card."""
    found = _outermost_cards(tree, _run_in_name_card)
    if len({name.casefold() for name in found.values()}) < _NAMED_CARDS:
        return
    page = _page_text(tree)
    cards = [card for card, name in found.items() if _told_only_in(card, name, page)]
    if len({found[card].casefold() for card in cards}) >= _NAMED_CARDS:
        for card in cards:
            remove_keeping_tail(card)


# The same cards on a page of any host, their buttons selling the thing each heads: "Adopt a raptor: <Name>" over a line
# about the bird and "Adopt <Name> →" (``_CALL``'s verb, "adopt", "sponsor", "buy", "shop", then the heading's name, an
# arrow after it or not), two such cards or more, priced or not (an e-mail's series of adoption cards, the price on one,
# the others' on the page each button leads to; read before the priced ones go as offers). A newsletter's archive is on
# its mailer's host, so the buttons need not lead to the site; one card alone, priced nowhere, stays, and so does a
# button that sells nothing ("Meet <Name>"). (An e-mail's layout sets the card in a table cell: the cell is the box, as
# for ``_OFFER_BOX_TAGS``.)
_SOLD_CARD_TAGS = (*_CARD_TAGS, "td")
_BUTTON_ARROW = re.compile(r"[\s→›»>▸➔⟶-]+$")


# (An e-mail builder sets the button in a block of its own right after the card's, "<table class="…CardBlock">…<h3>Sponsor
# <Name></h3><p>…</p></table><table class="…ButtonBlock">…<a>Sponsor <Name></a></table>": a card with no link of its own
# takes that block's one link, the block holding nothing else, as its button, and goes with it. Its heading may be the
# call itself, the button repeating it word for word.)
_BUTTON_BLOCK_WRAPS = ("td", "tr", "tbody", "table", "div")


def _outermost_lone_wrap(el):
    """``el``, or the outermost of the boxes (``_BUTTON_BLOCK_WRAPS``) wrapping nothing but it, no loose text beside."""
    top = el
    while (
        top.getparent() is not None
        and top.getparent().tag in _BUTTON_BLOCK_WRAPS
        and len(elements(top.getparent())) == 1
        and not any((piece or "").strip() for piece in _loose_text(top.getparent()))
    ):
        top = top.getparent()
    return top


def _button_block_after(card):
    """The block right after ``card`` (or after the boxes wrapping nothing but it) holding nothing but one link, or
    None."""
    top = _outermost_lone_wrap(card)
    block = next_element(top)
    if (
        block is None
        or block.tag not in _BUTTON_BLOCK_WRAPS
        or next(block.iter("img", "picture"), None) is not None
    ):
        return None
    links = [a for a in block.iter("a") if _text(a)]
    if len(links) != 1 or _text(links[0]) != _text(block, _CARD_MAX):
        return None
    return block


def _sold_named_card(card) -> bool:
    """Whether ``card`` is a card whose one button (or the button block right after it, ``_button_block_after``) names
    the card's heading after a call to pay (``_CALL``), or leads to an address naming it (``_address_names_card``)."""
    if not _text(card, _CARD_MAX) or next(card.iter("img", "picture"), None) is None:
        return False
    if next(card.iter("h1", "article", "main", "form"), None) is not None:
        return False
    headings = list(card.iter(*_HEADINGS))
    if len(headings) != 1 or next(headings[0].iter("a"), None) is not None:
        return False
    heading = _text(headings[0]) or ""
    name = _NAME_LABEL.sub("", _NAME_END.split(heading, maxsplit=1)[0].strip(), count=1)
    if sum(1 for p in card.iter("p") if len((_text(p) or "").split()) > _LABEL_WORDS) > 1:
        return False
    links = [a for a in card.iter("a") if _text(a)]
    if not links and (block := _button_block_after(card)) is not None:
        links = [a for a in block.iter("a") if _text(a)]
    if len(links) != 1 or not _is_button(links[0]):
        return False
    label = _BUTTON_ARROW.sub("", _text(links[0]) or "")
    if not _CALL.match(label):
        return False
    if _address_names_card(links[0].get("href") or "", heading):
        return True  # (a date in its blurb, "went back to sea in May", tells of the animal, not of a post)
    if _dated(card) or not 1 <= len(name.split()) <= _LABEL_WORDS:
        return False
    return label.casefold().endswith(f" {name.casefold()}") or label.casefold() == heading.casefold()


# Or the button's call names no one ("Sponsor a patient →") and its address names the card: a field's value is the
# heading's name, its first word a capitalised name ("<h3>Juniper the great horned owl</h3>" over a line about the bird
# and "…/sponsor?patient=juniper"), the one call each card of the series repeats to one address, the field telling
# which. A call whose address names no card ("…/donate" on each), or a heading whose first word is no name, stays.
def _address_names_card(href: str, heading: str) -> bool:
    """Whether a query field of ``href`` has for its value the first word of ``heading``, a capitalised name."""
    first = heading.split()[0] if heading.split() else ""
    if not re.fullmatch(r"[A-Z][a-z][\w'’-]*", first):
        return False
    values = [v for _, _, v in (f.partition("=") for f in urlsplit(href.strip()).query.split("&") if f)]
    return first.casefold() in (unquote(v).casefold() for v in values)


def drop_sold_named_cards(tree) -> None:
    """Remove the outermost cards whose one button names its heading after a call to pay (``_sold_named_card``), two
    or more on the page, and the button block after each that has none inside."""
    found: list = []
    for card in tree.iter(*_SOLD_CARD_TAGS):
        if not any(a in found for a in card.iterancestors(*_SOLD_CARD_TAGS)) and _sold_named_card(card):
            found.append(card)
    for card in found if len(found) >= _NAMED_CARDS else []:
        block = _button_block_after(card) if next(card.iter("a"), None) is None else None
        if block is not None:
            remove_keeping_tail(block)
        remove_keeping_tail(card)


# A person's card after the text, alone: a picture, a heading that is the person's name (letters after it or not:
# "Priya Venkataraman, MD"), short lines (a label "Meet the doctor", a specialty, an address, a rating), a bio whose
# every sentence-closing line opens with that name, the surname or a title and the surname ("Dr. Venkataraman completed
# her fellowship …"), and a link to the person's own page ("View full profile"): a hospital's doctor card, a
# department's expert, the writer's card. One card is told from a story's portrait by all of it together and by its
# place, after the text's last paragraph; a card among the paragraphs, or without a link or a heading naming the
# person, stays (runs of such cards are ``_bio_card``'s).
_PROFILE_CARD_CHARS = 600
_PROFILE_CARD_WORDS = 80
_PROFILE_NAME = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w'’-]+)(,\s*[A-Z][A-Za-z.]{1,5}){0,3}$"
)
_PERSON_TITLES = ("Dr.", "Dr", "Prof.", "Professor", "Mr.", "Mrs.", "Ms.", "Mx.")
# The writer's card names itself so, its label run into the name in its heading ("Written by Theo Vanderlinde"): its bio
# need not open with the name (a platform's one-line bio, "Writer and former hardware store owner. Based in Ohio."), as
# the label says whose card it is.
_WRITER_HEADING = re.compile(r"^(?i:written by)\s+(?P<name>(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w'’-]+)$")


def _opens_with_person(line: str, name: str) -> bool:
    """The line opens with the person: the full name, the surname, or a title and the surname."""
    surname = name.split()[-1]
    openers = (name, surname, *(f"{title} {surname}" for title in _PERSON_TITLES))
    return line.startswith(tuple(f"{o} " for o in openers))


def _profile_card(card) -> bool:
    if next(card.iter("img", "picture"), None) is None:
        return False
    if next(card.iter("h1", "article", "main", "form"), None) is not None:
        return False
    text = _text(card, _PROFILE_CARD_CHARS)
    heading = next(card.iter(*_HEADINGS), None)
    if not text or len(text.split()) > _PROFILE_CARD_WORDS or heading is None:
        return False
    named = _PROFILE_NAME.match(_text(heading) or "")
    writer = _WRITER_HEADING.match(_text(heading) or "")
    links = [a for a in card.iter("a") if not (a.get("href") or "#").startswith("#")]
    if (named or writer) is None or not links:
        return False
    lines = _card_lines(card)
    sentences = [ln for ln in lines if _SENTENCE_END.search(ln)]
    if not sentences:
        return False
    if writer is None and not all(_opens_with_person(ln, named.group("name")) for ln in sentences):
        return False
    labels = [ln for ln in lines if ln not in sentences]
    # (the writer's card may have readers' responses under it, which have sentences of their own)
    placed = _after_text(card) if writer is None else _follows_text(card)
    return all(len(ln.split()) <= _PICTURE_CARD_WORDS for ln in labels) and placed


def drop_profile_cards(tree) -> None:
    """Remove a person's card alone after the text (``_profile_card``)."""
    for card in [el for el in tree.iter(*_FACT_BOX_TAGS) if _profile_card(el)]:
        if card.getparent() is not None:
            remove_keeping_tail(card)


# -- a poster's title under the poster's name ---------------------------------------------------------------------------

# A forum's post opens on its poster: the name, a link to the member's page, and under it the title the board gives the
# member ("Well-known member", "New member") or the member chose ("Street Captain, <street>"), in one look on every post.
# Read as the page's blocks, the first post's title runs into the text above its first line. The titles are told by
# the page's repeated shape alone: ``_POSTER_TITLES`` elements or more in one tag and class, each a few words with no
# link, most of them closing on no end mark, each the next element after an element that is one link and nothing else
# (the poster's name, a link to another page), the two all the words of their block. A live blog's post heading under
# its time link ("13.05 BST", to the post's own anchor) stays, and so does a card's one-off line under its link, with
# no look-alikes.
_POSTER_TITLES = 3
_POSTER_TITLE_WORDS = 6
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# (a title is a line of its own under the name; a word run on after a link on its line, "<a>Name</a> <span>NOR</span>"
# in a leaderboard's cell, "<a>Headline</a> <span>(Source)</span>" in a list, is the link's datum)
_TITLE_BLOCKS = ("div", "p", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "li")


def _name_link_before(el) -> str | None:
    """The words of the element right before ``el`` when it is one link and nothing else, else None."""
    before = previous_element(el)
    if before is None or (before.tail or "").strip():
        return None
    links = [a for a in before.iter("a") if a.get("href")]
    text = " ".join(" ".join(before.itertext()).split())
    linked = len(links) == 1 and text != "" and " ".join(" ".join(links[0].itertext()).split()) == text
    # (a member's page, not a place on this one: a live blog's time link, "13.05 BST", leads to its post's anchor)
    here = linked and ("#" in links[0].get("href") or _CLOCK_TIME.search(text))
    return text if linked and not here else None


def _poster_title(el) -> bool:
    """A block of a few words with no link in a class (``_TITLE_BLOCKS``), right after the poster's name
    (``_name_link_before``), the two of them all the words of their block (a post's heading under its time link, a
    table's cell after a linked one, an ingredient's note after its linked name, each have more words beside them)."""
    text = " ".join(" ".join(el.itertext()).split())
    parent = el.getparent()
    if (
        el.tag not in _TITLE_BLOCKS
        or not el.get("class")
        or not 1 <= len(text.split()) <= _POSTER_TITLE_WORDS
        or next(el.iter("a"), None) is not None
        or parent is None
        or (name := _name_link_before(el)) is None
    ):
        return False
    return " ".join(" ".join(parent.itertext()).split()) == f"{name} {text}"


def drop_poster_titles(tree) -> None:
    """Remove the titles under the posters' names on a page of posts (``_poster_title``, ``_POSTER_TITLES`` or more in
    one class)."""
    looks: dict[str, list] = {}
    for el in tree.iter():
        if isinstance(el.tag, str) and _poster_title(el):
            looks.setdefault(f"{el.tag} {' '.join(el.get('class').split())}", []).append(el)
    for found in looks.values():
        # (most of them labels, closing on no end mark: a title may close on an abbreviation's, "<Street> Cres.", but
        # a run of short replies under their posters' names says sentences)
        labels = sum(not SENTENCE_CLOSE.search(" ".join(el.itertext()).strip()) for el in found)
        if len(found) >= _POSTER_TITLES and labels * 2 > len(found):
            for el in found:
                if el.getparent() is not None:
                    remove_keeping_tail(el)


# -- an affiliate product box: links marked as paid ------------------------------------------------------------------

# A box whose every link is marked as paid (``rel="sponsored"``, the mark search engines ask of affiliate and ad links)
# and that holds no paragraph of prose is a shop's product box ("Gear We Used" over product names and "Check Price on
# Amazon" buttons): the largest such box around a paid link, small (``_PAID_BOX_MAX`` characters), goes whole. A paid
# link inside a sentence of the story stays: the box around it holds the story's prose.
_PAID_BOX_MAX = 600
_PAID_BOX_TAGS = frozenset(("div", "aside", "section", "figure", "ul", "ol", "li", "span"))


def _paid_link(a) -> bool:
    return "sponsored" in (a.get("rel") or "").lower().split()


def _paid_box(box) -> bool:
    if box.tag not in _PAID_BOX_TAGS or _text(box, _PAID_BOX_MAX) is None:
        return False
    if next(box.iter("h1", "h2", "article", "main", "form"), None) is not None:
        return False
    links = list(box.iter("a"))
    if not links or not all(_paid_link(a) for a in links):
        return False
    return not any(
        len(_text(p) or "") > _PROSE_P or _CLOSES_SENTENCE.search(_text(p) or "") for p in box.iter("p")
    )


def drop_paid_link_boxes(tree) -> None:
    """Remove the largest small box around each paid link that holds nothing but paid links and short lines
    (``_paid_box``)."""
    chosen = {}
    for a in [a for a in tree.iter("a") if _paid_link(a)]:
        box, best = a.getparent(), None
        while box is not None and box.tag not in _NEVER_PRUNED and _paid_box(box):
            best, box = box, box.getparent()
        if best is not None:
            chosen[id(best)] = best
    for box in chosen.values():
        if box.getparent() is not None and not any(b is not box and _inside(box, b) for b in chosen.values()):
            remove_keeping_tail(box)


# A short paragraph closing on a paid link that is a sentence of its own is an affiliate's pitch: "Where we stayed: We
# based ourselves at a family-run guesthouse twenty minutes north. <a rel="sponsored">Check prices and availability
# here</a>." after a travel post's tips, the link the site marks as paid for the booking it earns on. Its sentences
# pitch what the link sells, so the paragraph goes whole (``_PAID_CALL_WORDS`` words at most, every link in it paid,
# nothing but a stop after the link, a stop or a colon before it). A paid link inside a sentence ("We stayed at <a
# rel="sponsored">Casa Lume</a>, by the harbour.") stays, so does a longer paragraph closing on one, and a short one
# closing on a link no one paid for ("Read the council's report here.").
_PAID_CALL_WORDS = 40
_PAID_CALL_MIN_WORDS = 2  # the call's own words: "Book here", "Check prices and availability here"
_PAID_CALL_BEFORE = re.compile(r"(^|[.!?:]['\"”’)]?)\s*$")
_PAID_CALL_AFTER = re.compile(r"^[\s.!?)]*$")


def _paid_call(p) -> bool:
    """Whether the paragraph ``p`` is short and closes on a paid link set as a sentence of its own."""
    links = list(p.iter("a"))
    if not links or not all(_paid_link(a) for a in links):
        return False
    said, call = _text(p, 400), _text(links[-1]) or ""
    if not said or _words(said) > _PAID_CALL_WORDS or _words(call) < _PAID_CALL_MIN_WORDS:
        return False
    at = said.rfind(call)
    before, after = said[: max(at, 0)], said[at + len(call) :]
    return at >= 0 and bool(_PAID_CALL_BEFORE.search(before) and _PAID_CALL_AFTER.match(after))


def drop_paid_link_calls(tree) -> None:
    """Remove every short paragraph closing on a paid link set as a sentence of its own (``_paid_call``)."""
    for p in [p for p in tree.iter("p") if _paid_call(p)]:
        remove_keeping_tail(p)


def _inside(el, other) -> bool:
    return any(anc is other for anc in el.iterancestors())


# -- readers' comments by their markup: a section under its heading, a thread by its nesting -------------------------

# A box opened by the comments' own heading, the word alone or with its count ("Comments (148)", "148 comments",
# "Reader comments", "Webmentions", or the audience's by its name, "Listener comments (2)", "Viewer comments"), over a
# run of two or more look-alike posts (one tag, one first class): the readers' words, whatever the box's class calls it
# ("cmts"). Anything else in the box is small (a "Load more" button, a form, a "22 likes" count). Never a
# box holding the headline or the text's box; a heading "Comments" over the text's own paragraphs (a consultation's
# summary, unclassed) heads no run of posts. An old site's table cell is such a box too (``_COMMENT_BOX_TAGS``: a
# one-cell table of "Readers' comments (3)" over its posts and "Log in or register to post a comment.", which
# trafilatura read as one table row after the text).
_COMMENT_BOX_TAGS = (*_BOX_TAGS, "td")
_COMMENTS_HEADING = re.compile(
    r"^((\d[\d,]*|(readers?|listeners?|viewers?|visitors?|users?|members?|community)['’]?|your|latest|top|all)\s+)?"
    rf"({COMMENT_NOUNS})(\s*\(\d[\d,]*\)|\s+\d[\d,]*)?$",
    re.IGNORECASE,
)
_COMMENT_RUN = 2
_COMMENT_EXTRA_MAX = 200  # characters: a button or a note beside the posts, not a passage


def _first_class(el) -> str | None:
    cls = (el.get("class") or "").split()
    return cls[0] if cls else None


def _comment_section(box) -> bool:
    kids = elements(box)
    if len(kids) < 2 or kids[0].tag not in _HEADINGS:  # (the heading, and a run of posts or one list of them)
        return False
    if not _COMMENTS_HEADING.match(_text(kids[0], 60) or ""):
        return False
    groups: dict[tuple, list] = {}
    for kid in kids[1:]:
        if _first_class(kid):
            groups.setdefault((kid.tag, _first_class(kid)), []).append(kid)
    run = max(groups.values(), key=len, default=[])
    if len(run) < _COMMENT_RUN:
        # the posts may stand as one list's items under the heading ("Replies 214" over a <ul> of look-alike <li>s)
        lists = [kid for kid in kids[1:] if kid.tag in ("ul", "ol") and _post_list(kid)]
        if len(lists) != 1:
            return False
        run = lists
    return all(kid in run or _text(kid, _COMMENT_EXTRA_MAX) is not None for kid in kids[1:])


# A comments box before anyone wrote in it: the comments' heading over one short note and nothing else ("Comments" over
# "No comments yet. Be the first to comment.", "Webmentions" over "Replied to this on your own site? Send me a
# webmention and it will show up here.", "Comments are closed."): the readers' box of any site, empty. The note is one
# block of ``_COMMENT_NOTE_MAX`` characters at most, no heading, list or table, and the box follows the text
# (``_follows_text``), outside the text's box; a heading "Comments" over the text's own paragraphs stays.
# The same box once an earlier rule took its posts (each a reader's linked name over a line and a date, a card for
# another page to ``drop_link_cards``): the heading over the list they left empty and the short notes around it, a
# count ("9 likes · 3 reposts · 2 replies") and the help line, in the same ``_COMMENT_NOTE_MAX`` characters at most
# together. A list still holding an item is no emptied list, and the box stays for ``_comment_section`` to read.
_COMMENT_NOTE_MAX = 200


def _emptied_list(el) -> bool:
    """A list with no item left in it and no words."""
    return el.tag in ("ul", "ol") and next(el.iter("li"), None) is None and not _text(el)


def _empty_comment_section(box) -> bool:
    kids = elements(box)
    if len(kids) < 2 or kids[0].tag not in _HEADINGS or not _COMMENTS_HEADING.match(_text(kids[0], 60) or ""):
        return False
    emptied = [kid for kid in kids[1:] if _emptied_list(kid)]
    notes = [kid for kid in kids[1:] if kid not in emptied]
    if not notes or (len(notes) > 1 and not emptied):
        return False  # (one note, or the notes around the list the posts left)
    if any(
        note.tag in (*_HEADINGS, "ul", "ol", "table")
        or next(note.iter(*_HEADINGS, "li", "tr"), None) is not None
        for note in notes
    ):
        return False
    if (
        not all(_text(note, _COMMENT_NOTE_MAX) for note in notes)
        or _text(box, _COMMENT_NOTE_MAX + 60) is None
    ):
        return False  # (an empty note, or words beside the notes and their heading)
    return _follows_text(box)


def _post_list(lst) -> bool:
    """A list whose items, two or more, are look-alike posts: one first class to them all."""
    items = elements(lst)
    return (
        len(items) >= _COMMENT_RUN
        and all(it.tag == "li" and _first_class(it) for it in items)
        and (len({_first_class(it) for it in items}) == 1)
    )


# The same label set between the posts themselves: a thread's own posts, then a small box of nothing but "Replies" (or
# "Comments", "12 replies"), then posts of the same kind (one tag, one first class), two or more, each small
# (``_REPLY_MAX``): the readers' replies under a social thread, the writer's answers among them. The posts before the
# label are the thread and stay; posts with no label between them, or a label with none of them before it, stay.
def _replies_after_label(parent) -> list:
    kids = elements(parent)
    for i, kid in enumerate(kids):
        if i == 0 or not _COMMENTS_HEADING.match(_text(kid, 60) or ""):
            continue
        kind = (kids[i - 1].tag, _first_class(kids[i - 1]))
        after = [k for k in kids[i + 1 :] if (k.tag, _first_class(k)) == kind and _text(k)]
        if (
            kind[1] is None
            or len(after) < _COMMENT_RUN
            or any(_text(k, _REPLY_MAX) is None or next(k.iter("h1"), None) is not None for k in after)
        ):
            continue
        return [kid, *after]
    return []


def drop_comment_sections(tree) -> None:
    """Remove every box opened by a comments heading over a run of look-alike posts (``_comment_section``) or over one
    short note after the text (``_empty_comment_section``), outside the headline's box and the text's, and the replies
    after such a label among the posts (``_replies_after_label``)."""
    for parent in list(tree.iter(*_BOX_TAGS, "main")):
        for post in _replies_after_label(parent):
            remove_keeping_tail(post)
    text_box = _text_box(tree)
    found = [
        box
        for box in tree.iter(*_COMMENT_BOX_TAGS)
        if box.tag not in _NEVER_PRUNED
        and (_comment_section(box) or _empty_comment_section(box))
        and next(box.iter("h1"), None) is None
        and not (text_box is not None and (box is text_box or _inside(text_box, box)))
    ]
    for box in found:
        if not any(_inside(box, other) for other in found):
            remove_keeping_tail(box)


# A thread of readers' posts by its nesting: a run of two or more look-alike posts (one tag, one first class), each
# dated as posts are ("2 days ago", a ``<time>``), one of them at least holding a dated reply of its own kind (the same
# tag and first class) inside it: a discussion's threading, which a story's sections and a live blog's entries never
# have. The posts go, not the text: every one of them comes after the text's box, none holding it or the headline (a
# forum thread's first post, the story, stays; so does a thread whose markup nests every post in the one before, read
# with no text's box).
# A thread set flat says the same by each post's depth in the markup, two depths or more among the run's posts (a
# ``depth="1"`` or ``aria-level="2"`` attribute, a ``depth-2`` class part: a reply set as the next sibling of the post it
# answers, indented): a story's sections and a live blog's entries carry no depth.
_THREAD_RUN = 2
_DEPTH_ATTRIBUTES = ("depth", "data-depth", "aria-level")
_DEPTH_CLASS = re.compile(r"(?:^|\s)depth[-_]?(\d+)(?:\s|$)", re.IGNORECASE)


def _nested_reply(post) -> bool:
    kind = _first_class(post)
    return any(
        inner is not post and _first_class(inner) == kind and _dated(inner) for inner in post.iter(post.tag)
    )


def _depth(post) -> str | None:
    """The post's depth in its thread as the markup gives it (an attribute or a ``depth-N`` class part), or None."""
    for attr in _DEPTH_ATTRIBUTES:
        value = (post.get(attr) or "").strip()
        if value.isdigit():
            return value
    found = _DEPTH_CLASS.search(post.get("class") or "")
    return found.group(1) if found else None


def _threaded(run: list) -> bool:
    """Whether the run's posts are a thread: one holds a reply of its kind, or they stand at two depths or more."""
    return any(map(_nested_reply, run)) or len({_depth(post) for post in run} - {None}) >= 2


def drop_reply_threads(tree) -> None:
    """Remove every run of dated look-alike posts one of which holds a reply of its kind (a threaded comment), or
    whose posts stand at two depths or more (``_threaded``)."""
    text_box = _text_box(tree)
    runs = []
    for parent in tree.iter():
        groups: dict[tuple, list] = {}
        for child in elements(parent):
            # (a custom element is a kind by its own name, class or none: <shreddit-comment>, <disqus-post>)
            if _first_class(child) or "-" in child.tag:
                groups.setdefault((child.tag, _first_class(child)), []).append(child)
        for run in groups.values():
            if len(run) >= _THREAD_RUN and _threaded(run) and all(map(_dated, run)):
                runs.append(run)
    if not runs or text_box is None:
        return
    order = {el: i for i, el in enumerate(tree.iter())}
    found = [
        post
        for run in runs
        if all(order[post] > order[text_box] and not _inside(text_box, post) for post in run)
        and not any(next(post.iter("h1"), None) is not None for post in run)
        for post in run
    ]
    for post in found:
        if not any(_inside(post, other) for other in found):
            remove_keeping_tail(post)


# -- a ratings table under its heading --------------------------------------------------------------------------------

# The marks a match report gives the players, a table under its heading ("Player ratings", "How they rated") whose every
# row is a name, a mark out of ten and maybe a line on the game ("Hartley | 7 | Kept Redfield in it …"): a box set
# beside the report, not its text. A table of results or standings has no such heading, or marks past ten.
_RATINGS_HEADING = re.compile(
    r"\b(ratings?|rated|marks out of (10|ten)|player marks|player grades)\b", re.IGNORECASE
)
_RATINGS_HEADING_WORDS = 6
_MARK = re.compile(r"^(10|\d)([.,]5)?(\s*/\s*10)?$")
_RATED_NAME_WORDS = 4
_RATED_ROWS = 2


def _rated_row(row) -> bool:
    cells = [_text(cell, 300) or "" for cell in row if cell.tag in ("td", "th")]
    if len(cells) < 2 or _MARK.match(cells[0]) or len(cells[0].split()) > _RATED_NAME_WORDS:
        return False
    return sum(bool(_MARK.match(c)) for c in cells[1:]) == 1


def _ratings_table(table) -> bool:
    rows = [r for r in table.iter("tr") if any(cell.tag == "td" for cell in r)]  # (a header row of th apart)
    return (
        len(rows) >= _RATED_ROWS and sum(1 for _ in table.iter("table")) == 1 and all(map(_rated_row, rows))
    )


def _block_of(el):
    """``el``, or the wrappers around it that hold nothing else (a table's scroll box)."""
    while (
        el.getparent() is not None
        and el.getparent().tag not in _NEVER_PRUNED
        and len(elements(el.getparent())) == 1
        and not (el.getparent().text or "").strip()
    ):
        el = el.getparent()
    return el


def drop_rating_tables(tree) -> None:
    """Remove every table of players' marks with the heading right above it naming ratings (``_ratings_table``),
    and the box that held only the two."""
    found = []
    for table in tree.iter("table"):
        block = _block_of(table)
        heading = block.getprevious()
        if heading is None or heading.tag not in _HEADINGS or (heading.tail or "").strip():
            continue
        label = _text(heading, 80) or ""
        if (
            len(label.split()) <= _RATINGS_HEADING_WORDS
            and _RATINGS_HEADING.search(label)
            and _ratings_table(table)
        ):
            found.append((heading, block))
    for heading, block in found:
        box = block.getparent()
        remove_keeping_tail(heading)
        remove_keeping_tail(block)
        if (
            box is not None
            and box.tag not in _NEVER_PRUNED
            and box.tag != "article"
            and not elements(box)
            and not (box.text or "").strip()
        ):
            remove_keeping_tail(box)


# -- a listing of coming events under its heading ----------------------------------------------------------------------

# A calendar widget in a rail, whatever its class: a heading of what is coming ("Upcoming meetups", "Coming up",
# "Events", "What's on") over short dated lines ("Mesh build day: Sat Feb 8, Pell's Landing Library, 10am"), the dates
# of other events, in a box beside the story's own (the box holding its headline and its text) that holds another
# widget's heading too ("Hot threads" over links). A story's "Upcoming dates" among its paragraphs, or a newsletter's
# "Coming up downtown" box of its own under the story, is the text's and stays.
_COMING_HEADING = re.compile(
    r"^((upcoming|coming up|forthcoming)\b[\w ’'-]{0,30}|((local|community) )?events?( calendar| diary| listings?)?|"
    r"what['’]s on)$",
    re.IGNORECASE,
)
_LISTING_WORDS = 25
_RAIL_HEADINGS = 2


def _listing(el) -> bool:
    items = elements(el) if el.tag in ("ul", "ol") else [el]
    if not items or any(item.tag in _HEADINGS or item.tag in ("h1", "table") for item in items):
        return False
    texts = [_text(item, 300) for item in items]
    return all(t and len(t.split()) <= _LISTING_WORDS and _POST_DATE.search(t) for t in texts)


def _story_box(tree):
    """The smallest box holding the text's box and a headline (``<h1>``), or None (no text's box, or no headline
    beside it: nothing is known to be beside the story)."""
    text_box = _text_box(tree)
    if text_box is None:
        return None
    for box in (text_box, *text_box.iterancestors()):
        if box.tag in _NEVER_PRUNED:
            return None
        if next(box.iter("h1"), None) is not None:
            return box
    return None


def _in_rail(heading, story) -> bool:
    """Whether ``heading`` is in a box beside ``story`` that holds another heading (the rail's other widgets)."""
    if _inside(heading, story):
        return False
    branch = None
    for box in heading.iterancestors():
        if box is story or _inside(story, box):
            break
        branch = box
    return branch is not None and sum(1 for _ in branch.iter(*_HEADINGS)) >= _RAIL_HEADINGS


def drop_event_listings(tree) -> None:
    """Remove every heading of coming events in a rail beside the story with the short dated lines right after it."""
    story = _story_box(tree)
    if story is None:
        return
    found = []
    for heading in tree.iter(*_HEADINGS):
        if not _COMING_HEADING.match(_text(heading, 60) or "") or not _in_rail(heading, story):
            continue
        listings, el = [], heading.getnext()
        while el is not None and el.tag not in _HEADINGS and _listing(el):
            listings.append(el)
            el = el.getnext()
        if listings:
            found.append([heading, *listings])
    for group in found:
        for el in group:
            remove_keeping_tail(el)


# -- a heading over a table of labelled facts, among the text --------------------------------------------------------

# A heading over a table whose every row is a label (a row's own ``<th>``) and one short value, three rows or more, the
# heading and the table alone in their box: a fact box set among the text ("Plant facts" over "Native to | High
# grasslands of …", "Lifespan | Flowers once in its lifetime, …"), a profile's or a specimen's card, never the story. A
# data table has its labels over its columns (a results table's "Candidate | Votes") or more than one value a row; a
# value closing a sentence, a long one or a link is the text's own.
_LABELLED_ROWS_MIN = 3
_LABELLED_VALUE_WORDS = 15
_LABELLED_HEADING_WORDS = 6


def _labelled_row(tr) -> bool:
    cells = elements(tr)
    if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
        return False
    value = _text(cells[1], 200) or ""
    return bool(value) and _words(value) <= _LABELLED_VALUE_WORDS and not _CLOSES_SENTENCE.search(value)


def _labelled_fact_table(table) -> bool:
    rows = list(table.iter("tr"))
    return (
        len(rows) >= _LABELLED_ROWS_MIN
        and next(table.iter("a"), None) is None
        and all(_labelled_row(tr) for tr in rows)
    )


def drop_labelled_fact_tables(tree) -> None:
    """Remove a heading and the table of labelled facts under it when they are their box's only elements
    (``_labelled_fact_table``)."""
    found = []
    for table in tree.iter("table"):
        box = table.getparent()
        kids = elements(box) if box is not None else []
        if (
            len(kids) == 2
            and kids[1] is table
            and kids[0].tag in _HEADINGS
            and kids[0].tag != "h1"
            and _words(_text(kids[0], 100) or "x " * 99) <= _LABELLED_HEADING_WORDS
            and not (box.text or "").strip()
            and _labelled_fact_table(table)
        ):
            found.append(box)
    for box in found:
        for kid in elements(box):
            remove_keeping_tail(kid)


# -- a post pager's links, each its label over the neighbour's title -------------------------------------------------

# A link to the post before or after this one, its label set in an element of its own and the neighbour's title after
# it inside the same link ("<a href="/news/otters"><span>Previous</span><h2>Zoo Welcomes Rescued River Otters …</h2>
# </a>", a blog theme's post navigation): the site's way round its posts, on any site. trafilatura kept the title as a
# heading of the text once the bare label went. A link whose label is run into a sentence, or whose text is only the
# label, is no such pager link; the label must open the link as an element whole.
_PAGER_LABEL = re.compile(
    r"^([«‹←<]\s*)?(previous|prev|next|older|newer)( (post|story|article|entry|item|page))?(\s*[»›→>])?$",
    re.IGNORECASE,
)
_PAGER_TITLE_WORDS = 25


def _pager_link(a) -> bool:
    href = (a.get("href") or "").strip()
    kids = elements(a)
    if not href or href.startswith(("#", "javascript:")) or len(kids) < 2 or (a.text or "").strip():
        return False
    label, rest = _text(kids[0], 40) or "", " ".join(_text(k, 400) or "" for k in kids[1:]).strip()
    return bool(_PAGER_LABEL.match(label)) and 0 < _words(rest) <= _PAGER_TITLE_WORDS


def drop_pager_links(tree) -> None:
    """Remove every post pager's link, its label and the neighbour's title with it (``_pager_link``)."""
    for a in [a for a in tree.iter("a") if _pager_link(a)]:
        remove_keeping_tail(a)


# -- a look-back column's box ------------------------------------------------------------------------------------------

# A small paper's look-back column, a box of items under their own dated labels ("25 YEARS AGO (1973)", "50 years
# ago:", "25 Years Ago - June 1974:", the month and year after a dash): the paper's old news beside today's story,
# under "From the files", "Looking back", "Yesteryears" or no heading at all. Two such labels or more, each a bold or
# heading element of its own, in a box of at most ``_LOOK_BACK_MAX`` characters that comes after a paragraph of the
# text; one such label is a story's own ("50 years ago" heading a history feature's part), and a box with no text before
# it may be the page's own column.
_LOOK_BACK_LABEL = re.compile(
    r"^(\d{1,3}|ten|twenty|twenty-five|thirty|forty|fifty|sixty|seventy-five|a hundred|one hundred) years? ago"
    rf"(\s*([(\[]|[-–—,])?\s*({_MONTHS}\s+)?(1[6-9]|20)\d\d\s*[)\]]?)?\s*:?$",
    re.IGNORECASE,
)
_LOOK_BACK_LABELS = 2
_LOOK_BACK_MAX = 1500  # characters: a few short items, not a page
_LOOK_BACK_BOXES = ("td", "div", "table", "aside", "section")
_LOOK_BACK_LEVELS = 4  # how far above the box a paragraph of the text may stand before it


def _look_back_labels(box) -> int:
    return sum(1 for el in box.iter("b", "strong", *_HEADINGS) if _LOOK_BACK_LABEL.match(_text(el, 60) or ""))


def _after_a_paragraph(box) -> bool:
    """A paragraph closing a sentence stands before the box, beside it or beside one of its nearest boxes."""
    el = box
    for _ in range(_LOOK_BACK_LEVELS):
        if _follows_text(el):
            return True
        el = el.getparent()
        if el is None:
            return False
    return False


def drop_look_back_boxes(tree) -> None:
    """Remove the smallest box holding two look-back labels or more (``_LOOK_BACK_LABEL``), when it is small and
    follows the text."""
    found = []
    for box in tree.iter(*_LOOK_BACK_BOXES):
        if _look_back_labels(box) < _LOOK_BACK_LABELS or _text(box, _LOOK_BACK_MAX) is None:
            continue
        if any(
            _look_back_labels(inner) >= _LOOK_BACK_LABELS for inner in box.iterdescendants(*_LOOK_BACK_BOXES)
        ):
            continue  # (a smaller box holds them)
        if next(box.iter("h1"), None) is None and _after_a_paragraph(box):
            found.append(box)
    for box in found:
        remove_keeping_tail(box)


# -- a band of headed boxes after the text -----------------------------------------------------------------------------

# A site's band of short boxes set side by side after the story, each a heading over a few short lines: a venue's "Plan
# Your Visit" (its hours, "Members get in free — every day, all year."), "Admission" (its prices) and "Getting Here"
# (its address), a footer's columns. Two headed boxes or more, the band's only children, every paragraph or item a short
# line (``_BAND_LINE_WORDS``) and none prose, in a block that follows a paragraph of the text and stands outside the
# text's box; a story's own boxes (a timeline, a fact box) stand one at a time or inside the text's box, and stay.
_BAND_TAGS = ("div", "section", "aside", "footer")
_BAND_BOXES = 2
_BAND_LINE_WORDS = 15
_BAND_MAX = 800  # characters: a few short boxes, not a story


def _short_headed_box(box) -> bool:
    kids = elements(box)
    if (
        box.tag not in ("div", "section")
        or len(kids) < 2
        or kids[0].tag not in _HEADINGS
        or (box.text or "").strip()
    ):
        return False
    lines = [el for kid in kids[1:] for el in ([kid] if kid.tag == "p" else kid.iter("li"))]
    if not lines or any(kid.tag not in ("p", "ul", "ol") for kid in kids[1:]):
        return False
    return all(_words(_text(el, 300) or "x " * 99) <= _BAND_LINE_WORDS for el in lines)


def drop_info_bands(tree) -> None:
    """Remove every band of two or more short headed boxes after the text and outside its box (``_short_headed_box``)."""
    text_box = _text_box(tree)
    if text_box is None:
        return
    found = []
    for band in tree.iter(*_BAND_TAGS):
        kids = elements(band)
        if len(kids) < _BAND_BOXES or (band.text or "").strip() or not all(map(_short_headed_box, kids)):
            continue
        if band is text_box or _inside(text_box, band) or _inside(band, text_box):
            continue
        if (
            _text(band, _BAND_MAX) is not None
            and next(band.iter("h1"), None) is None
            and _after_a_paragraph(band)
        ):
            found.append(band)
    for band in found:
        remove_keeping_tail(band)
