"""Line rules: which lines of extracted article text are page furniture, by general rules.

Each rule is a predicate over one stripped line and its word count, bounded by a word count so a long
paragraph of article text that happens to mention a newsletter, an e-mail or a copyright is never
pruned. ``furniture_rule(line)`` names the rule that removes a line (for debugging a page).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot.text.clean import is_furniture
from bot.web.page_lexicon import (
    AGE_UNITS,
    AGE_WORDS,
    BANK_MEMBERSHIPS,
    BOX_SCORE_CODES,
    BOX_SCORE_LABELS,
    BROADCAST_LABELS,
    CLUB_NEWCOMERS,
    CONTRIBUTOR_ROLES,
    DELAYED_FIGURES,
    EMBED_KINDS,
    EQUAL_OPPORTUNITY_ROLES,
    FREE_READERS,
    FURTHER_CHANGES,
    GAME_OFFICIALS,
    GROUP_ITEMS,
    GROUP_PARTS,
    ISSUE_EXTRAS,
    ISSUE_NOUNS,
    LARGER_VIEWS,
    LIST_LEAD_COUNTS,
    LISTED_ENTRIES,
    MESSAGE_BUTTONS,
    MOTTO_DEEDS,
    NEWSLETTER_ISSUES,
    NEWSROOM_ROLES,
    NEWSROOM_STAFF,
    OPEN_ENTRIES,
    OPEN_FOR,
    OUTSIDE_COPY_KINDS,
    OUTSIDE_COPY_NOUNS,
    PAID_READERS,
    PICTURE_NOUNS,
    PLAYER_LINE_LABELS,
    PLAYER_STAT_WORDS,
    POST_AUDIENCES,
    PRESS_DESKS,
    PRESS_PUBLICS,
    PRINTED_PAGES,
    PUBLIC_SUBMISSIONS,
    READER_ACCOUNTS,
    READER_DESKS,
    READER_MEDIA,
    REPORT_LISTINGS,
    RING_STEPS,
    SHOP_RANGES,
    SITE_ERRAND_ACTIVITIES,
    SITE_ERRANDS,
    SITE_MATTERS,
    SITE_SELF_NAMES,
    SITE_SIDE_ERRANDS,
    THING_DETERMINERS,
    VISIT_WORDS,
    WISH_LISTS,
    WRITE_IN_WITH,
)

__all__ = [
    "ACTIVITY",
    "ACTIVITY_ADDED",
    "BARE_SPONSOR_LABEL",
    "CONTACT_HEADING",
    "DISCOUNT",
    "EMAIL",
    "ENLARGE_CALL",
    "FIRST_PUBLISHED_ON",
    "LIST_ITEM",
    "PAGE_RULES",
    "PASTE_NOTE",
    "PAYWALL",
    "PHONE",
    "PITCH_MAX",
    "READ_ON",
    "REPORTED",
    "SCOREBOARD_LINE",
    "WORD",
    "fold",
    "furniture_rule",
    "is_age_stamp",
    "is_date_stamp",
    "is_page_furniture",
    "is_postal_address",
    "is_cite_label",
    "is_own_reference",
    "is_phone_line",
    "is_recirculation_heading",
    "is_reference_entry",
    "is_sponsor_label",
    "is_street_line",
    "is_tip_call",
    "sends_the_public_on",
    "gathers_pictures_for_officer",
    "word_count",
]

WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
_META_LABEL = re.compile(
    r"\b(categor(y|ies)|tags?|tagged( with)?|topics?|filed under|posted in|labels?|keywords?)\s*:",
    re.IGNORECASE,
)
# A forum poster's profile beside each post: "Joined: Sat Mar 14, 2009", "Posts: 2317".
_PROFILE_FIELD = re.compile(r"^[-*•]?\s*(joined|member since|posts|messages)\s*:?\s.*\d", re.IGNORECASE)
# A release's or a story's number under it: "Release ID: 23815547", "Story No. 4471" (a label and a number, nothing else).
_ID_FIELD = re.compile(
    r"^(news |press )?(release|story|article|item|document|content) (id|no\.?|number|#)\s*:?\s*#?[\w-]*\d[\w-]*$",
    re.IGNORECASE,
)
_FILED = re.compile(r"^(filed under|posted in|tagged( with)?)\b", re.IGNORECASE)
# The same word closing a sentence's lead-in to its list, a count or a pointer before it (``LIST_LEAD_COUNTS``): "Awards
# in this round fall into three categories:", "The survey asked about the following topics:" over the items. A label's
# colon opens its values; this one closes the line, a sentence's. "Categories:" alone, "Posted in News | Tags:", stay
# labels.
_LIST_LEAD_IN = re.compile(
    rf"\b({LIST_LEAD_COUNTS})( [\w'’-]+)? (categor(y|ies)|tags|topics?|labels|keywords)\s*:$", re.IGNORECASE
)
_COMMENTS_BUTTON = re.compile(
    r"^((view|show|leave|add|post|read|see|hide|load)( all| more)?( the)? ?(\d+ )?(a )?comments?|"
    r"\d+ (comments?|replies|responses)|(no|join the) (comments?|conversation|discussion))\W*(\(\d+\)\W*)?$|"
    # the comments' heading left over their count once trafilatura drops them: "Comments (2)", "Responses (14)"
    r"^(comments?|replies|responses)\s*\(\d+\)$",
    re.IGNORECASE,
)
# The invitation that closes a reactions bar: "What do you think? Join the conversation (48)".
_COMMENTS_INVITE = re.compile(
    r"\bjoin the (conversation|discussion)\W*(\(\d+\)\W*)?$|"
    # "Have your say in the comments below. Show comments"
    r"^(have your say|tell us what you think|share your (thoughts|views))\b.{0,40}\bcomments?\b",
    re.IGNORECASE,
)
# The same invitation as a sentence closing the line, after a question to the reader: "Have you been to any of these
# takeaways? Let us know in the comments below" (the imperative opens its sentence and the comments close it; "He asked
# viewers to let us know in the comments" narrates, and a speaker's words are the story's).
_COMMENTS_CALL = re.compile(
    r"(^|[.!?]\s+)(let us know|tell us|share your (thoughts|views|experiences?|stories))\b[^.!?]{0,40}"
    r"\b(in|using|via) the comments?( section| box| form)?( below| underneath)?\W*$",
    re.IGNORECASE,
)
_COMMENTS_CALL_MAX = 30
# The gate over a comment form, in whatever words the CMS gives it: "Log in or register to post comments",
# "You must be logged in to post a comment.", "Sign in to comment" (the call closes the line: "Register to
# comment on the draft plan before March 31" tells readers how to reach the council).
_COMMENTS_GATE = re.compile(
    r"^([-*•]\s+)?(you (must|need to) (be )?|please )?(log ?in|logged in|sign ?in|signed in|register(ed)?)\b"
    r".{0,30}\bto (post|leave|add|write|submit|make)( a| your| new)? (comments?|repl(y|ies))\W*$|"
    r"^([-*•]\s+)?(you (must|need to) (be )?|please )?(log ?in|logged in|sign ?in|signed in|register(ed)?)\b"
    r".{0,30}\bto (comment|reply)\W*$",
    re.IGNORECASE,
)
# The site's comments policy in its own voice: "… we reserve the ability to disable comments from time to
# time", "Comments closed.", "Please see our Commenting Policy for more." ("The paper closed comments on the
# story after threats, its editor said" reports; "our" and "we" are the site.) And the outlet setting the comments
# apart from itself, the line opening on them and the outlet "this" or "our" one: "Comments are posted from viewers like
# you and do not always reflect the views of this station." ("Comments on the council's page do not reflect the views of
# the council" names no outlet of the page's own.)
_COMMENTS_POLICY = re.compile(
    r"\bwe reserve the (right|ability) to (disable|close|remove|delete|moderate|edit|turn off|switch off)\b"
    r".{0,30}\bcomments?\b|^comments (are |have been )?(now )?(closed|disabled|turned off)\W*$|"
    r"^((readers?|users?|viewers?|listeners?)['’]? )?comments\b[^.!?]{0,80}\b(do|does) not (necessarily |always )?"
    r"(reflect|represent) the (views|opinions) of (this|our) (station|site|website|newspaper|paper|publication|"
    r"network|outlet|company)\b|"
    r"\b(see|read|review|check) our (comment(ing|s)?|community|discussion|moderation) (policy|guidelines|rules|standards)\b",
    re.IGNORECASE,
)
_COMMENTS_POLICY_MAX = 50
_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|"
    r"nov(ember)?|dec(ember)?)\.?"
)
# A date as a page stamps it: "Tuesday, December 2, 2026", "2 December 2026", "12/02/2026".
_DATE = (
    r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"({_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?(\s+\d{{4}})?|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH},?(\s+\d{{4}})?|"
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
)
_DATE_ONLY = re.compile(
    # (an editor's stamp too: "Last edited December 1, 2026", "Modified: 3 March 2026")
    # (a health site's page review stamp: "Page last reviewed: 2 December 2026", "Next review due: …")
    # (a first stamp: "First Published: May 14, 2026 19:42 IST")
    # (a weekly's issue stamp in its masthead bar: "Week of September 22, 1999", "Week ending March 7, 2026")
    r"^(((first )?(published|updated|posted)|((this )?page )?last (updated|edited|modified|revised|reviewed)|"
    r"next review( due)?|edited|modified|revised|date|(for )?(the )?week (of|ending))"
    r"(\s+on)?\s*:?\s*)?(on\s+)?"  # ("Posted on: November 24, 2026")
    rf"{_DATE}"
    # (a time or a player's duration after it: "December 1, 2026 · 47:12")
    # (and the year after the time and its zone, as a server's clock writes a date: "Last modified: Mon Nov 4 14:22:07
    # CST 1996", an old page's stamp; the year alone after it, never a sentence going on)
    r"((,?\s*|\s*[·•|]\s*)(at\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?(\s+(19|20)\d\d)?)?\W*$",
    re.IGNORECASE,
)
_CTA = re.compile(
    # (not a sign-up in person or to speak: "you can sign up at the door starting at 5:30")
    r"\b(subscrib(e|er|ers|ing|ption)|newsletters?|sign(ing)? ?up(?! (at|in person|to (speak|testify)))|log ?in|"
    r"logged in|"
    # (an inbox a message is delivered to: "in your inbox", "straight to the inbox"; "my inbox is open" is a
    # writer's own)
    r"download\b.{0,40}\bapps?|app store|google play|your (email|inbox)|(in|to|into|hits?|lands? in) (the |an? )?inbox(es)?|"
    r"unlimited (digital )?access|(\d+ )?free (articles?|stories)|"
    # a blogging platform's follow box: "Join Writeup for free to get updates from this writer."
    r"updates from this (writer|author|creator|publication|blogger)|"
    # a shop's call: "Add the ingredients to your basket", "add to cart"
    r"add\b.{0,30}\bto (your )?(basket|cart|bag|trolley)|"
    # a sponsor's offer: "Get R250 when you open an account with code LONGREAD"
    r"(with|use|enter|using) (the )?((promo|discount|coupon|voucher) )?code (?-i:[A-Z][A-Z0-9]{3,}))\b",
    re.IGNORECASE,
)
# Addressed to the reader: "you"/"our"/"please"/"!" ("now", "today", "free" are news words too: they count
# only in an imperative, a line that starts with the call itself, "Subscribe today").
_READER = re.compile(r"\b(you|your|you’re|you're|you’ll|you'll|our|please)\b|!", re.IGNORECASE)
_CTA_START = re.compile(
    r"^(subscribe|sign ?up|log ?in|sign in|register|join|download|get|try|start|become)\b", re.IGNORECASE
)
# A call that opens a later sentence: "This story appears in the winter issue. Subscribe to the print edition."
# ("Download the app …" too: "Catch all the … News on X. Download The X News App to get Daily Market Updates.")
_CTA_SENTENCE = re.compile(
    r"[.!?]\s+(subscribe|sign ?up|register|donate|become a member|download)\b", re.IGNORECASE
)
# A call to follow the outlet on a platform, opening the line or a sentence of it: "Follow The Ledger Business
# on X, LinkedIn and Facebook for insights …", "Stay informed! Follow X on WhatsApp for real-time updates",
# "Reach Jane Doe at jdoe@… Follow her on X @janedoe", "Join our Telegram channel". ("Fans can follow the
# race on YouTube" narrates; "Follow-up posts on Facebook" is no call.)
_PLATFORM = (
    r"(whats ?app|telegram|google news|twitter|(?-i:X)|facebook|instagram|linkedin|tiktok|youtube|threads|"
    r"bluesky|mastodon|snapchat|signal)"
)
_FOLLOW_CALL = re.compile(
    # (or after a dash closing a short call's opening: "Stay current – follow X on Telegram and WhatsApp for …")
    rf"(^|[.!?]\s+|^[^.!?–—]{{0,25}}\s[–—]\s+)(please )?(follow|connect with|like us)\s[^.!?]{{0,60}}\bon (the )?{_PLATFORM}\b|"
    rf"(^|[.!?]\s+)(please )?join (us on |our |the )[^.!?]{{0,30}}\b{_PLATFORM}( channel| group| community)\b|"
    # (or after the news it brings, plural when there are two: "For more news, join The X's WhatsApp and Telegram
    # channels."; "For more news, residents joined the council's WhatsApp group" narrates)
    rf"^for (more|the latest|all the latest|breaking|more local) (news|updates|stories|headlines)( and [\w'’ -]{{1,25}})?,?"
    rf"\s+(please )?join (us on |our |the )[^.!?]{{0,40}}\b{_PLATFORM}( channels?| groups?| communit(y|ies))\W*$|"
    # (the channel named before the platform: "Stay informed. Join The Ledger channel on Telegram for breaking news")
    rf"(^|[.!?]\s+)(please )?join (our |the )[^.!?]{{0,30}}\b(channel|group|community) on {_PLATFORM}\b|"
    # (or sent there by a link's words opening the line: "Click here to join the X on WhatsApp and get the latest news";
    # "Residents can click here to join the group on WhatsApp, the council said" does not open with the call)
    rf"^(click|tap) here to (join|follow)\b[^.!?]{{0,60}}\b(on|via) (the )?{_PLATFORM}\b|"
    # (or the platform's channel closing the link's words: "Click here to join the official X WhatsApp channel";
    # "Click here to join the waitlist" names no platform)
    rf"^(click|tap) here to (join|follow)\b[^.!?]{{0,60}}\b{_PLATFORM} (channel|group|community|page)\W*$|"
    # (the outlet named as the channel's owner, opening the line: "Join ST's WhatsApp Channel and get the latest news";
    # "Join Maria's WhatsApp group to swap seeds" is a group, no channel, and "Residents can join …" narrates)
    rf"^(please )?join (?-i:[A-Z])[\w&.-]*( (?-i:[A-Z])[\w&.-]*){{0,3}}['’]s {_PLATFORM} channel\b|"
    # (the follow set after the news it brings: "Stay up to date with Hawks Football by following @HarlowStFB on X and
    # Instagram."; "Fans stayed up to date by following the race on YouTube" narrates in the past)
    r"^(stay|keep) (up[- ]to[- ]date|updated|informed|connected|in touch|in the loop)\b[^.!?]{0,50}"
    rf"\bby (following|liking|joining)\b[^.!?]{{0,40}}\bon (the )?{_PLATFORM}\b|"
    # (or with whom to stay connected, the platforms closing the line: "Stay connected with the Department of Coastal
    # Communities on X, Facebook and Instagram."; "Stay connected with family on WhatsApp during the outage, officials
    # urged" goes on past the platforms)
    rf"^(stay|keep) (connected|in touch) with\b[^.!?]{{1,60}}\bon (the )?{_PLATFORM}"
    rf"((,| and| or| &)\s*(the )?{_PLATFORM})*\s*[.!]?$|"
    # (or to tag the outlet in the reader's own post: "Tag @larderandflame on Instagram and let us know how it turned
    # out!"; "She tagged the bakery on Instagram" narrates)
    rf"^(please )?tag (us|@[\w.]+)\b[^.!?]{{0,40}}\bon (the )?{_PLATFORM}\b",
    re.IGNORECASE,
)
_FOLLOW_CALL_MAX = 45
# A call to pass this story on, opening the line: "Share this story on WhatsApp and Facebook to keep your friends
# informed.", "Kindly share this article with your friends and family." (The reader is told where or to whom;
# "Share this story's findings were disputed" is no sentence a page writes, and a line that reports someone's
# words, "Share this post, the minister urged supporters", stays.)
_SHARE_CALL = re.compile(
    rf"^(please |kindly )?(share|forward|send) this (story|article|post|piece|report|news|page|update)\b[^.!?,]{{0,60}}"
    rf"\b(on (the )?{_PLATFORM}|with (your |all your )?(friends|family|followers|loved ones|network|contacts)|"
    r"your (friends|family|followers|loved ones|network|contacts))\b",
    re.IGNORECASE,
)
_SHARE_CALL_MAX = 30
# The same call with the address to pass on after a colon, and nothing else: "Share this update:
# tenants.example.org/march", "Forward this story: https://example.org/a/123" (a story's "Share this story: residents
# say …" goes on in words).
_SHARE_ADDRESS = re.compile(
    r"^(please |kindly )?(share|forward|send) this (story|article|post|piece|report|page|update|newsletter|issue|link)"
    r"( with (your )?(friends|family|neighbou?rs|followers|network|contacts))?\s*:\s*(https?://)?[\w-]+(\.[\w-]+)+"
    r"(/\S*)?$",
    re.IGNORECASE,
)
# A tip line's call for the reader's pictures or stories, a question to the reader and the call to send it:
# "Do you have a photo or video of a breaking news story? Send it to us here with a brief description.", "Got
# a news tip? Email us at …". (A question in a story has no call to send anything to "us" after it: "Do you
# have a photo of him? she asked the neighbours" reports.) A fact-checker's call asks what the reader has seen: "Spotted
# a claim you think we should check? Send it to us on WhatsApp or by email."
_TIP_CALL = re.compile(
    r"^((do you have|have you got|have|got)\b[^?]{0,20}\b(photos?|videos?|pictures?|pics|footage|images?|"
    r"(news |story )?tips?|story( ideas?)?|news)\b|did you (see|witness|capture|film|photograph)\b|"
    r"(have you )?(spotted|seen|noticed|come across)\b[^?]{0,20}\b(claims?|posts?|rumou?rs?|stories|story|"
    r"errors?|mistakes?)\b|"
    # (a newsletter's: "Know something we should look into? Just hit reply.")
    r"(do you )?know (something|anything|of something|of a story|a story)\b)[^?]{0,60}\?\s+"
    r"((please )?(send|e-?mail|share|submit|upload|tell|contact|message|text|whatsapp|get in touch|reach)\b"
    r"[^.!?]{0,60}\b(us|our)\b|"
    # a newsletter's, answered by a reply: "Got a tip, a correction or a question …? Just reply to this email.", "…? Just
    # hit reply"
    r"(please |just |simply )?(hit |press )?reply\b)",
    re.IGNORECASE,
)
_TIP_CALL_MAX = 40
# A callout's appeal in the outlet's voice, opening the line: "We want to hear from you. Share your experience,
# confidentially if you prefer.", "We'd like to hear your stories." (the tip box among an investigation's
# paragraphs; a line that reports someone's words, "We want to hear from you, the mayor told residents", stays).
_HEAR_FROM_YOU = re.compile(
    r"^(we|we['’]d|we would) (want|like|love|would like|would love|['’]d like|['’]d love) to hear "
    r"(from you|(about )?your (stories|story|experiences?|views|thoughts|questions))\b",
    re.IGNORECASE,
)
# A call to get the outlet's news, opening the line: "Track Latest News Live on X.in and get news updates from
# India and around the world", "Get the latest headlines on our app", "Stay updated with breaking news from
# Y". (An imperative that opens the line: "Residents can track the latest updates on the council's site" and
# "Get the latest news to the troops, the general told aides" narrate or report.)
_NEWS_CALL = re.compile(
    r"^(track|follow|get|catch|stay (updated|informed|tuned|up to date)( with| on| for)?)( all)?( the)? "
    r"(latest|breaking|live|top|today'?s) (news|updates|headlines|stories|news updates)\b"
    # a station's sign-off: "For the latest news, weather, sports, and streaming video, head to KTWO News 4."
    r"|^for (the )?(latest|more|breaking|up-to-date) (news|updates|headlines|coverage|local news)\b[^.!?]{0,80},?"
    r"\s+(head|go|tune in|turn|log on|download|visit|subscribe|sign up)\b"
    # a channel's promotion: "Watch the latest news on Channel 7 or stream for free on SevenPlay »" (the news
    # and where to watch it: a report says "watched the news on" in the past, or names who spoke)
    r"|^(watch|stream)( all)?( the)? (latest|breaking|live|top|today'?s) (news|updates|headlines|stories|bulletins?)"
    r"( and [\w'’ -]{1,30})? (on|at|with)\s+(?-i:[A-Z0-9])",
    re.IGNORECASE,
)
_NEWS_CALL_MAX = 30
# A call to go on in the outlet's app, a line of nothing else: "Continue reading on the NewsWave app", "Read
# this story in our app", "Open in app", "Get the app". ("The council's new app lets residents report
# potholes" and "Get the app from the council's site, Coun. Ruiz said" go on or report.)
_APP_CALL = re.compile(
    r"^(((continue|keep) reading|read (this|the full|more)( \w+)?|open|view|listen|watch)( it)? (on|in) "
    r"((the|our) )?([\w'’-]+ ){0,3}app|(get|download|open|try) (the|our) ([\w'’-]+ ){0,3}app)\W*$",
    re.IGNORECASE,
)
_APP_CALL_MAX = 12
# A notify-me widget's call, opening the line: "Receive email or text alerts when new press releases are
# posted", "Get push notifications for breaking news", "Sign up for text alerts". ("Residents can receive
# text alerts about flooding" narrates; a reported call says who spoke.)
_ALERTS_CALL = re.compile(
    r"^(receive|get|sign up (for|to receive)|subscribe to|turn on)( free)? (e-?mail|text|sms|push|breaking news)"
    r"( (or|and|/) (e-?mail|text|sms|push))? (alerts|notifications|updates)\b",
    re.IGNORECASE,
)
_ALERTS_CALL_MAX = 25
# A text-message sign-up, by the two things every such box prints: the keyword in capitals to send to a short code, and
# the opt-out ("Text GULL or TERN to 38842 for cancellations and delays on your route. Reply STOP to cancel."). A story
# that tells of a campaign's keyword says who asked ("Supporters were asked to text VOTE to 50555").
_TEXT_SIGN_UP = re.compile(
    r"^text (?-i:[A-Z0-9]{2,15})((,? (or|and)|,) (?-i:[A-Z0-9]{2,15}))* to \d{5,6}\b|"
    r"(^|[.!?]\s+)reply (?-i:STOP) to (cancel|opt[- ]out|unsubscribe|end|stop)\b",
    re.IGNORECASE,
)
_TEXT_SIGN_UP_MAX = 40
# A service's notice closing with its own alerts of the changes still to come to what it told: "Updated printable
# schedules are available at both terminals. Sign up for text alerts to get notice of any further changes, including
# weather cancellations." (``page_lexicon.FURTHER_CHANGES``): the notice's news, kept whatever its sign-up says. The
# site's stream ("Sign up for alerts for further updates", "… for breaking news") names no change.
_ALERTS_OF_FURTHER_CHANGES = re.compile(
    rf"\b(alerts?|notifications?|notice|texts?|e-?mails?)\b[^.!?]{{0,30}}\b(of|about|on|for|when there are) "
    rf"(any |all )?(further|future|later) ([\w-]+ )?({FURTHER_CHANGES})\b",
    re.IGNORECASE,
)
PAYWALL = re.compile(
    r"\b(to (view|read|see|continue reading|access|unlock) (the|this) (full |whole |rest of (the |this )?)?"
    r"(story|article|content|piece)|for the full (story|article)|already an? (subscriber|member)|"
    r"subscribe (now |today )?to (continue|read|keep reading|view|unlock)|"
    # (the plan's or the outlet's name may come before it: "Continue reading with a Grainlines Weekly subscription")
    r"(continue|keep) reading with (a|an|your) ((?-i:[A-Z])[\w+&'’-]* ){0,3}(subscription|account|membership)|"
    r"(reached|read) (the end of )?(your|the|this) (free )?(preview|article limit|free articles?)|"
    # (a registration wall's heading in other words: "Register to read more", "Sign in to read on")
    r"(subscription|account|log ?in|sign ?in|sign ?up|register)( for free| free| now| today)? to "
    r"((continue|keep) reading|read (more|on)\b(?! than))|"
    # (a plan's name before them: "This article is exclusive to Pro subscribers.", "… to Premium members")
    # ("This article is for GridWatch Pro subscribers": the gate's heading with "for" alone; a newsletter platform's
    # "This post is for paid subscribers", the plan in lower case)
    r"this (story|article|content|post|issue|episode) is (only )?((available|for|reserved|exclusive) (to|for)|for) "
    r"((paid|paying|premium|founding) )?((?-i:[A-Z])[\w+'’-]* ){0,3}"
    r"(subscribers|members|registered (readers|users|members)))\b",
    re.IGNORECASE,
)
# A link that sends the reader to read on elsewhere: "Read our explainer", "Read more", "Full story", "See
# all galleries in the series" (a teaser card's last link, a promotion's closing link).
READ_ON = re.compile(
    r"^(read|continue reading|keep reading|full (story|report|coverage)|find out more|learn more|"
    r"see (more|the full|our|all)|more (on|about) (this|the))\b",
    re.IGNORECASE,
)
# A poster's note naming the story they paste under it: its paywall or its full text ("Paywalled on their site, so here's
# the full text", "Full article below for those without a subscription", "Below is the press release we sent to local
# media today"); read only right above the pasted headline or a separator.
PASTE_NOTE = re.compile(
    r"\b(paywall(ed)?|full (text|article|story)|article text|(text|copy) of the (article|story)|"
    r"(here['’]s|here is|below is) the (article|story|text|press release|news release))\b",
    re.IGNORECASE,
)
REPORTED = re.compile(r"\b(said|says|told|tells|according to|added|asked|wrote)\b", re.IGNORECASE)
# An appeal for the outlet's own funding: support words together with the site speaking of its own
# journalism ("Reader donations pay for stories like this one", "X is reader-funded. If this story was
# useful, become a member"). A report about a newsroom's finances names no "this story" and no "our".
# (The outlet saying it lives on its readers is a support word too: "Investigations like this one take months and
# depend on readers like you.")
_SUPPORT = re.compile(
    r"\b(donat\w*|members?(hip)?|support\w*|fund\w*|chip in|give|gift|"
    r"(depends?|rel(y|ies)) (entirely |solely |only )?on (readers|listeners|viewers|you)|readers like you)\b",
    re.IGNORECASE,
)
_OWN_JOURNALISM = re.compile(
    r"\b(this (story|article|reporting|journalism)|(stories|reporting|journalism) like this|"
    r"(our|independent|local|nonprofit|public[- ]service) (local )?(journalism|reporting)|"
    # the site saying what it is: "X is a nonprofit newsroom" ("The nonprofit newsroom, which relies on
    # donations, cut three jobs" is news about one)
    r"(is|are) an? ((independent|local|nonprofit|non-profit|reader-(funded|supported)),? )+newsroom|our (\w+ )?newsroom|"
    r"reader[- ](funded|supported|powered))\b",
    re.IGNORECASE,
)
# The outlet by its name, in a call that opens the line: "Chip in to keep the Bulletin free", "Help keep The
# Ledger independent" ("Members voted to keep The Crown Inn going" is news).
_KEEP_OUTLET = re.compile(
    r"^(chip in|donate|give|support us|help|become a (member|supporter)|join us)\b.{0,30}"
    r"\bkeep (the |this |our )?(?-i:[A-Z][\w'’-]*)( (?-i:[A-Z][\w'’-]*)){0,2} (free|independent|going|alive|ad-free)\b",
    re.IGNORECASE,
)
# Third-person narration: a line that tells what someone did or has is reporting, not a prompt to the
# reader ("Its subscribers have doubled", "the company's app, which lets you…, was launched").
_NARRATIVE = re.compile(
    r"\b(he|she|they|its|his|her|their|was|were|had|has been|have been|is expected|announced|reported|"
    r"launched|percent|per cent|million|billion)\b|%",
    re.IGNORECASE,
)
# A caption places people in the photo: "(left)", "(l-r)". The softer markers ("(pictured)",
# "(inset)") also appear in running text ("Mr Lee (pictured) said…"): they count only in a line
# that reports nobody's words.
_CAPTION = re.compile(
    r"\((left|right|centre|center|middle|second (from )?(left|right)|"
    r"third (from )?(left|right)|far (left|right)|l-r|r-l|l to r|from left|from right)\)",
    re.IGNORECASE,
)
# ("(above)", "(below)", "(top)" are left out: in running text they point at a chart or a table.)
_CAPTION_SOFT = re.compile(r"\((pictured|front|back|foreground|background|inset)\)", re.IGNORECASE)
# Rights, disclaimers, credits and contacts: the small print around an article.
# The sign and a year ("© 2025", "©1998-2025"), read by the footer cell below as well.
_COPYRIGHT_YEAR = re.compile(r"(?<!\w)©\s*(19|20)\d\d")
_RIGHTS = re.compile(
    _COPYRIGHT_YEAR.pattern
    + r"|(?<!\w)©\s*[A-Z]|\ball rights reserved\b|\b(this|the) (material|article|story|content) may not be (re)?published\b|"
    # the page's own notice: "This document is subject to copyright. Apart from any fair dealing … no part may be
    # reproduced without the written permission." ("The song is subject to copyright" names no page of its own)
    r"^(this|the) (document|page|article|story|content|material|work) is (subject to|protected by) copyright\b|"
    r"\bno part of (this|the) (document|page|article|publication|content|material|work) may be reproduced\b",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    # ("… expressed by the author are for informational purposes only and do not constitute financial … advice"; in the
    # negative too, an old site's footer: "Views expressed are not necessarily those of the <Council> or the <Service>.")
    r"\b(views|opinions) expressed\b.*\b(are (not (necessarily )?)?(those|solely)|"
    r"do not (necessarily )?(reflect|represent|constitute))\b|"
    # the site speaking for itself ("The platform argues it is not responsible for the content" is news)
    r"^disclaimer\b|^disclosures?( statement)?\s*:|\b(we|this (site|website|web site|service|newspaper|publication)) (is|are) not responsible for\b|"
    # the outlet, by its name, on the pages it links to: "Valley Net News is not responsible for the content of
    # external sites." (what a site it links to says, never a story's subject's words)
    r"^[^.!?]{0,60}\b(is|are) not responsible for the content of (external|third[- ]party|linked|outside) "
    r"(internet )?(sites|websites|web sites|pages|links)\.?$|"
    r"\b(transcripts?|captions?|translations?)\b.{0,60}\bmay (contain|include|have) (errors|mistakes|inaccuracies)\b",
    re.IGNORECASE,
)
# The outlet disclaiming the copy it carries from others, a sentence of its own closing the line: "Southern Cross Now
# is not responsible for the accuracy of syndicated material." (a portal under a wire story, an aggregator under a
# partner's; the kinds and nouns are ``page_lexicon.OUTSIDE_COPY_KINDS`` and ``OUTSIDE_COPY_NOUNS``). A story's
# sentence that says so reports someone ("…, the platform said") or goes on after the copy it names.
_OUTSIDE_COPY_DISCLAIMER = re.compile(
    r"(^|[.!?]\s+)[^.!?]{0,60}\b(is|are) not (responsible|liable) for the (accuracy|content|contents|completeness)"
    rf"( (and|or) (accuracy|content|contents|completeness))? of (any |the )?({OUTSIDE_COPY_KINDS}) "
    rf"({OUTSIDE_COPY_NOUNS})\.?$",
    re.IGNORECASE,
)
_OUTSIDE_COPY_DISCLAIMER_MAX = 50
# The outlet setting itself apart from those it prints: "The Ledger is an impartial platform & does not necessarily share
# the views of opinion writers or advertisers" (the views of its writers, columnists, contributors or advertisers, in
# the site's voice; "The union does not necessarily share the views of its members" is news, and so is "The company does
# not share the views of its contributors, a spokesman said").
_VIEWS_NOT_SHARED = re.compile(
    r"\b(does|do) not (necessarily )?(share|endorse|reflect|represent|hold) the (views|opinions|positions) "
    r"(expressed )?(of|by) (its |our |any )?((opinion|guest|outside|individual) )?(writers|columnists|contributors|"
    r"authors|bloggers|commenters|advertisers|sponsors)\b",
    re.IGNORECASE,
)
# The outlet's notes on where the story comes from or ran: "A version of this article appears in print on
# Jan. 22, Section A, Page 14", "(Except for the headline, this story has not been edited by … staff and is
# published from a syndicated feed.)", "This article was generated from an automated news agency feed", "This story has
# been published automatically from a syndicated wire feed and has not been edited by … staff." (how it was published
# between the verb and its feed).
# A transcript's note in the site's voice, opening the line: "Accuracy and availability of NNR transcripts may
# vary. Transcript text may be revised to correct errors …", "This transcript was machine-generated and may not
# be in its final form." (A public broadcaster's whole network carries the same note under every story.)
_TRANSCRIPT_NOTE = re.compile(
    r"^[^.!?]{0,60}\btranscripts?\b[^.!?]{0,40}\b(may (vary|change|be (revised|updated|edited|corrected))|"
    r"may not be (in )?(its|their) final form|(is|are|was|were) (machine|computer|automatically|ai)[- ]generated|"
    # "This transcript was produced with speech recognition software and edited by our staff. It may contain errors."
    r"(is|are|was|were|has been|have been) (produced|generated|created|made) (with|by|using|through) "
    r"([\w-]+ ){0,2}(speech[- ]recognition|voice[- ]recognition|automated|automatic|machine|ai|computer)\b|"
    # the adverb after the verb: "Transcripts are generated automatically and edited lightly. Please check the audio
    # before quoting." ("The minutes are generated automatically" names no transcript)
    r"(is|are|was|were|has been|have been) (produced|generated|created|made) automatically\b)\b",
    re.IGNORECASE,
)
_TRANSCRIPT_NOTE_MAX = 70
# A transcript's heading that says how the transcript was made, a label of nothing else: "Transcript excerpt
# (auto-generated, lightly edited)", "Full transcript (machine-generated)". (A heading "Transcript" alone, or a
# story's sentence about a transcript, has no such note in brackets.)
_TRANSCRIPT_LABEL = re.compile(
    r"^((full|partial|episode|show|edited|interview) )?transcripts?( (excerpt|below))?\s*"
    r"\([^()]{0,30}\b(auto-?generated|machine-generated|ai-generated|computer-generated|automated|unedited|edited|"
    r"condensed)\b[^()]{0,30}\)$",
    re.IGNORECASE,
)
_TRANSCRIPT_LABEL_MAX = 10
# The editor's note under an interview or an excerpt, a line of nothing else: "This excerpt has been edited for length
# and clarity.", "This interview has been lightly edited and condensed.", "Responses were edited for brevity." (A
# story's sentence goes on: "The report was edited for clarity before the council saw it" names no such part.)
_EDITED_NOTE = re.compile(
    r"^((this|the|our)( following)? )?(interviews?|conversations?|excerpts?|transcripts?|exchange|q ?& ?a|discussion|chat|"
    r"responses|answers|remarks|comments)( (excerpt|transcript|below|above))? (has been|have been|was|were|is|are) "
    r"((lightly|slightly|also) )?(edited|condensed)( and ((lightly|slightly) )?(edited|condensed))?"
    r"( for (length|clarity|brevity|space|style|readability)((,|,? and) (length|clarity|brevity|space|style|"
    r"readability))*)?\W*$|"
    # the same note naming the part first: "This is an excerpt from the episode, edited for length and clarity.",
    # "What follows is a transcript of the interview, lightly edited." ("This is an excerpt from the report the council
    # saw" is no such note: the part is of a show, and the line closes on its editing)
    r"^(this|what follows|the following|below) is an? (partial |short |edited )?(excerpt|transcript|portion|"
    r"part|version) (from|of) (the|this|our|today['’]?s) (episode|interview|conversation|podcast|show|program|"
    r"programme|broadcast|discussion|segment)(,| and| that has been| which has been| that was| which was)? "
    r"((lightly|slightly) )?(edited|condensed)( and ((lightly|slightly) )?(edited|condensed))?"
    r"( for (length|clarity|brevity|space|style|readability)((,|,? and) (length|clarity|brevity|space|style|"
    r"readability))*)?\W*$",
    re.IGNORECASE,
)
_EDITED_NOTE_MAX = 20
# The note's second sentence, or a line of its own, on where the whole of it is: "The full transcript is available to
# supporters.", "Full transcript available to members." (A story's "The full report is available on the council's
# website" names no transcript, episode or interview.)
_FULL_VERSION = re.compile(
    r"^(the )?(full|complete|unedited) (transcript|interview|episode|conversation)( is| are)? (available|free) "
    r"(to|for|at|on|in)\b[^.!?]{0,60}[.!]?$",
    re.IGNORECASE,
)
_NOTE_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _editing_note(s: str) -> bool:
    """A line of an editing note and where the full version is, sentence by sentence (``_EDITED_NOTE``,
    ``_FULL_VERSION``): "Transcripts are lightly edited for clarity. The full transcript is available to supporters."
    """
    return all(_EDITED_NOTE.match(p) or _FULL_VERSION.match(p) for p in _NOTE_SENTENCES.split(s))


_PROVENANCE = re.compile(
    r"\bthis (article|story|piece|column|review|essay|report) (appears|appeared|ran|will appear|was published) in "
    r"(print|the print edition|our print|(the|our) [\w ]{0,30}(issue|edition|magazine))\b|"
    r"\bthis (story|article|report|copy|content) (has not been|was not|is not|has been neither) (edited|modified)\b|"
    # the same note after the agency that provided the copy: "This story was provided by Reuters and has not been edited
    # by <Site> staff." (the story, who provided it, then the editing it had not; "This information was provided by the
    # police" names no editing, and "The report was provided by the firm and has not been edited" no "this")
    r"^this (story|article|report|copy|content) (was|is|has been) (provided|supplied|distributed|syndicated) (by|from) "
    r"[^.!?]{1,60}? and (has not been|was not|is not|has been neither) (edited|modified)\b|"
    r"\b(published|generated|auto-?generated|sourced|taken|carried) (directly |verbatim |automatically )?from an? "
    r"((automated|syndicated|agency|wire|news) )+feed\b|"
    # the page saying what it is and who wrote it: "These notes are a summary of the meeting written by a Documenter.
    # For the full record, see …" (a civic notes programme's page; "The notes were a summary of the talks, the
    # mayor said" reports, and a story's sentence names no "these notes")
    r"^(these|this) (notes|summary|recap|write-?up|account) (is|are) (an? )?(summary|recap|account|write-?up|record)s? "
    r"of (the|this) [\w ]{0,40}?\b(written|prepared|compiled|taken|produced) by\b|"
    # a mirror's note on the agency it took the story from, opening the line: "This article was sourced from Reuters. The
    # … is not responsible for the content of external agency copy." (the note names the agency and stops there: "This
    # story was sourced from court filings and interviews" names no agency)
    r"^this (article|story|report|content|copy) (was|is|has been) (sourced|taken|supplied|obtained|syndicated) from "
    r"(the )?(?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z])[\w&.'’-]*){0,3}[.!]( |$)",
    re.IGNORECASE,
)
# A syndicated story's trailer, a line of nothing else: "Originally published as Ferry terminal rebuild
# blows out by $40m", "This article originally appeared in The Harbour Post", "Originally published on March 5,
# 2026". (A sentence that goes on after a comma is the text's own: "Originally published in 1962, the novel
# sold …".)
# A mirror's note names the story's first appearance the same way: "This article was first published on The Harbour
# Post." (the story, who wrote it, "first published" and the place; "First published in 1962, the novel …" goes on after
# its comma, and a line of the story names no "this report").
# An agency's line giving only the date ("This report by The Canadian Press was first published Dec. 2, 2026.",
# ``FIRST_PUBLISHED_ON``) is no line rule's: the wire sends it as the story's last paragraph, and a page printing it as
# one of the text's paragraphs prints the story whole. A page that sets it apart by its markup, a class the text's
# paragraphs lack, prints it as its own sign-off (``page_boxes.drop_classed_first_published``).
_BYLINED = r"( (by|from) (the )?(?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,4})?"
_FIRST_PUBLISHED = (
    rf"^this (article|story|piece|post|column|report){_BYLINED} (was|has been) first "
    r"(published|appeared|posted|ran)\b"
)
_ORIGINALLY = re.compile(
    rf"^(this (article|story|piece|post|column|report){_BYLINED} (was )?)?originally (published|appeared|posted|ran)\b"
    r"( (as|in|on|at|by|with)\b)?[^;]*$|"
    rf"{_FIRST_PUBLISHED}(?!( on)? {_DATE}\W*$)[^;]*$",
    re.IGNORECASE,
)
FIRST_PUBLISHED_ON = re.compile(rf"{_FIRST_PUBLISHED}( on)? {_DATE}\W*$", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r"[,;:]\s+(?-i:[a-z])")
_ORIGINALLY_MAX = 25
# The note under a machine-written summary, the site speaking of its own box: "These takeaways are
# AI-generated and reviewed by our editors", "Summary generated automatically", "AI-generated summary".
# ("The summary, which was AI-generated, contained errors, the court heard" is news: it narrates.)
_SUMMARY_NOTE = re.compile(
    r"^(this|these) (summary|summaries|takeaways|key (points|takeaways)|highlights|bullet points) "
    r"(is|are|was|were|has been|have been) (ai|automatically|machine)[- ]generated\b|"
    r"^(summary|takeaways|highlights|key points) (generated (automatically|by ai)|(ai|machine)[- ]generated)\b|"
    r"^(ai|automatically|machine)[- ]generated (summary|takeaways|highlights|key points)\b",
    re.IGNORECASE,
)
# A content-type label's note, in the Trust Project's definitions that every member site prints beside it:
# "News Based on facts, either observed and verified directly by the reporter, or reported and verified from
# knowledgeable sources", "Opinion Advocates for ideas and draws conclusions based on the author's
# interpretation of facts and data", "Analysis Interpretation of the news based on evidence, including data".
# ("The panel's findings were based on facts observed by its inspectors" is no definition.)
_CONTENT_TYPE_NOTE = re.compile(
    r"^(\w+ )?(based on facts, either observed and verified (directly )?by the reporter|"
    r"advocates for ideas and draws conclusions based on the (author|writer)[’']s interpretation of facts|"
    r"interpretation of the news based on evidence, including data|"
    r"provides context, definition and detail on a specific topic)\b",
    re.IGNORECASE,
)
_CONTENT_TYPE_NOTE_MAX = 45
# The outlet's note that a machine translated the story: "At SWIx we select the most relevant news … and use
# automatic translation tools such as DeepL to translate it into English", "This article was automatically
# translated from German", "This story has been translated using AI". ("Courts increasingly use machine
# translation, a study found" speaks of others.)
_TRANSLATION_NOTE = re.compile(
    r"\bwe\b[^.!?]{0,80}\buse\b[^.!?]{0,20}\b(automatic|automated|machine|ai|artificial intelligence)"
    r"([- ]powered)? translation\b|"
    r"^(this|the) (article|story|news story|text|piece|page|content|report) (was|has been|is) "
    r"((automatically |machine[- ]|ai[- ])translated|translated (automatically|by (a )?machine|by ai|(with|using) "
    r"(ai|machine translation|automatic translation|automated translation)))\b",
    re.IGNORECASE,
)
_TRANSLATION_NOTE_MAX = 80


# Legal boilerplate in the publisher's own voice: a release's safe-harbour paragraph ("This press release
# contains forward-looking statements within the meaning of …", "The company undertakes no obligation to
# update …", its heading alone), and an adviser's notice ("This article is for information only and is not
# investment advice", "The author holds no position in the stocks mentioned"). Any length: the paragraph
# is long, and a report quoting such words says so ("…, the company said").
_BOILERPLATE = re.compile(
    r"\b(this|the) (press |news )?(release|announcement|document|communication|report|presentation) "
    r"(contains|includes|may contain) (certain )?[\"“]?forward[- ]looking statements\b|"
    r"\bundertakes? no (obligation|duty)\b.{0,40}\b(update|revise)\b|"
    r"^(cautionary (note|statement)s? (regarding|concerning|about) )?forward[- ]looking statements?\W*$|"
    r"^safe harbou?r statements?\W*$|"
    r"\b(this|the) (article|post|content|information|material|page|blog)\b.{0,60}\b(is|are|does) not "
    r"(intended as |meant as |constitute |a substitute for )?(investment|financial|legal|medical|tax) advice\b|"
    # the same notice turned round: "Nothing on this page is investment advice", "Nothing in this newsletter
    # constitutes financial advice" (a sentence of its own; "nothing in the report" is someone else's)
    r"(^|[.!?]\s+)nothing (on|in) (this|our) (page|site|website|article|post|newsletter|blog|content|email)\b.{0,30}"
    r"\b(is|constitutes|should be (taken|construed|considered) as) (\w+ )?(investment|financial|legal|medical|tax) "
    r"advice\b|"
    r"\b(author|writer|i|we) (holds?|have|has|own) no (positions?|stake|shares)( in)?\b|"
    # a market page's note on the news and quotes it carries: "News and quotes are provided for informational purposes
    # only and are not a recommendation to buy or sell any security." (the notice's pair of trades, or "any": "The
    # downgrade is not a recommendation to sell the shares" is a story's, and "…, the bank said" reports)
    r"\b(is|are) not an? (recommendation|offer|solicitation)( or (an? )?(recommendation|offer|solicitation))? to "
    r"((buy|purchase),? (or )?(sell|hold)(,? or (sell|hold))? (any )?|(buy|sell|purchase|hold) any )"
    r"(securit(y|ies)|stocks?|shares|investments?|financial (instruments?|products?))\b",
    re.IGNORECASE,
)
# A bank's disclosure under the investment products it sells, its short verbless sentences as the regulators word them:
# "Investment products offered through … member FINRA/SIPC. Not FDIC insured. No bank guarantee. May lose value." Two of
# them standing as sentences of their own tell it; a story's "The fund is not FDIC insured and may lose value, the
# regulator warned" says it in one sentence of its own words.
_PRODUCT_DISCLOSURE = re.compile(
    r"not (fdic|ncua|federally)[- ]insured|no bank guarantee|not bank[- ]guaranteed|may lose value|"
    r"not a (bank )?deposit|not insured by any (federal )?government agency",
    re.IGNORECASE,
)
_PRODUCT_DISCLOSURES = 2
_PRODUCT_DISCLOSURE_MAX = 80


def _product_disclosure(s: str, n: int) -> bool:
    if n > _PRODUCT_DISCLOSURE_MAX:
        return False
    sentences = _NOTE_SENTENCES.split(s)
    return (
        sum(bool(_PRODUCT_DISCLOSURE.fullmatch(x.rstrip(".!; "))) for x in sentences) >= _PRODUCT_DISCLOSURES
    )


# A university's boilerplate, its own standing in the words every press office uses: "The University of X is
# a member of the Russell Group and is ranked in the top 100 universities in the world", "Y University is
# consistently ranked among the top 20 public universities" (the institution as the subject, then its rank among
# its peers or its group; "The university was ranked 40th last year, the vice-chancellor said" reports, "X
# University is ranked in the top 10 for complaints, a student survey found" ranks it in something else).
_INSTITUTION_BOILERPLATE = re.compile(
    r"^(The )?((University|College|Institute) of( [A-Z][\w’'&.-]*){1,4}|([A-Z][\w’'&.-]* ){1,5}(University|College|"
    r"Institute)),? (is|has been) (?i:((consistently |currently |now )?(ranked|rated) (in|among|as one of) the "
    r"(top|best)|one of the world[’']s (top|leading)|a (founding )?member of the [A-Z]\w+( \w+)? group)\b)"
)
# An affiliate disclosure, the site speaking of the commission it earns on what the reader buys through its
# links: "When you buy through our links, we may earn an affiliate commission", "We may earn a commission from
# purchases made through links on this page", "As an Amazon Associate I earn from qualifying purchases". The
# commission and the reader's purchase or the links together, in the first person (``_FIRST_PERSON``): "Our
# agents earn a commission when customers buy through the app" and "Creators who earn a commission through
# links must now say so" are news.
_AFFILIATE = re.compile(
    r"\b(links?|you (buy|purchase|shop|click)|purchases?)\b.{0,80}\b(earn|earns|receive|receives|get|gets|make|"
    r"makes|collect)\b.{0,30}\b(commissions?|compensation)\b|"
    r"\b(earn|earns|receive|receives|get|gets|make|makes|collect)\b.{0,30}\b(commissions?|compensation)\b.{0,80}"
    r"\b(links?|purchases?|you (buy|purchase|shop|click))\b|"
    r"\bas an amazon associate\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(we|our|us|i|my)\b", re.IGNORECASE)
_AFFILIATE_MAX = 60
# Or the post's own note that it carries such links, opening the line: "This post may contain affiliate links. Please
# read my disclosure policy." ("This post", the page speaking of itself, is the site's voice; "The posts contained
# affiliate links, the regulator said" opens on no page of its own and reports.)
_AFFILIATE_NOTE = re.compile(
    r"^(this|the following) (post|page|article|review|guide|recipe|story|site|website|blog|video|content) "
    r"(may |might |does |also )?(contains?|includes?|has|uses?) (some )?(affiliate|sponsored|paid|referral) links\b",
    re.IGNORECASE,
)
# (A colleague's credit closing the story, "Associated Press writer Jane Doe in Tulsa contributed to this report.", is the
# story's own last line, as "Jane Doe contributed reporting." is: it goes only in a wire's trailer, set between two
# separators, ``page_lines._without_trailer_credit``.)
CONTRIBUTED_CREDIT = re.compile(r"\bcontributed( reporting)? to this (report|story|article)\b", re.IGNORECASE)
CONTRIBUTED_MAX = 40
_CONTRIBUTED = re.compile(
    r"^\(?((additional )?reporting|writing|editing|compiled|produced) by\b|"
    # a line of nothing but the credit and the sources' names: "With reports from El Norte and Milenio", "With files
    # from The Canadian Press." ("With reports from the field, the council …" goes on past a name)
    r"^\(?with (additional )?(reports?|reporting|files|information|contributions?) (from|by) "
    r"(the )?(?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,4}"
    r"((,|,? and|,? &) (the )?(?-i:[A-Z])[\w.&'’-]*( (?-i:[A-Z])[\w.&'’-]*){0,4})*\.?\)?$",
    re.I,
)
# An editor's credit, a line of nothing but names: "Edited by: Jane Doe", "Fact-checked by Tom Reyes and Ana
# Ruiz" ("Edited by a team of volunteers, the magazine has run since 1971" goes on past a name).
_NAME = r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}"
# (The site's publisher credit too, the post named by its kind: "Article published by Ibrahim Sow"; "Article published by
# Ibrahim Sow in 2019 drew complaints" goes on past the name.)
# (A health site's reviewer, by the field and with the letters after the name: "Medically reviewed by Dr. Sandra Kim,
# MD".)
_EDITOR_CREDIT = re.compile(
    r"^\(?((medically|clinically|legally|scientifically) )?(edited|copy-?edited|sub-?edited|fact-?checked|proofread|"
    r"reviewed|(article|story|post|piece) (published|posted|uploaded)) by:?\s+"
    rf"{_NAME}(,? (?-i:[A-Z][A-Za-z.]{{1,5}}))?"
    rf"((,|,? and|,? &) {_NAME}(,? (?-i:[A-Z][A-Za-z.]{{1,5}}))?)*[.)]?$",
    re.IGNORECASE,
)
_EDITOR_CREDIT_MAX = 14
# The same credit under a role's label, a line of nothing but the label and full names: "Writer: Lindsey Harrod",
# "Story: Tom Reyes", "Reporter: Ana Ruiz and Jo Lee" (a release's or a feature's credits). Two to four capitalised
# words a name, nothing after it: a Q&A's "Reporter: Thank you." or "Editor: Yes" is a line of talk.
_FULL_NAME = r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){1,3}"
_ROLE_CREDIT = re.compile(
    r"^(writers?|authors?|reporters?|reporting|story|words|text|editors?|correspondents?|photographers?|"
    rf"contributors?)\s*:\s*{_FULL_NAME}((,|,? and|,? &) {_FULL_NAME})*$",
    re.IGNORECASE,
)
# A wire sets the same credit in brackets under its story: "[Editor: Zhou Min]", "(Reporter: Ana Ruiz)". The brackets
# open and close the line; inside them the credit must be the whole of it, as above.
_IN_BRACKETS = re.compile(r"^\[\s*(?P<inner>[^\[\]]+?)\s*\]$|^\(\s*(?P<paren>[^()]+?)\s*\)$")


def _unbracketed(s: str) -> str:
    """The line without one pair of brackets that opens and closes it."""
    m = _IN_BRACKETS.match(s)
    return (m.group("inner") or m.group("paren")) if m else s


_RELEASE_LABEL = re.compile(
    r"^(for immediate release|embargoed( until\b.*)?|(media|press) (contacts?|enquiries|inquiries)\b.*|"
    r"source:.{0,60}|[(\[]?\s*[-–—]*\s*(ends|end)\s*[-–—]*\s*[)\]]?)$",
    re.IGNORECASE,
)
# Where an advertisement interrupts the text: "Story continues below advertisement", "Article continues below",
# a numbered slot's label ("Advertisement 2"), set off by dashes or not ("- Advertisement -").
_AD_MARKER = re.compile(
    r"^[-–—•*\s]*((story|article|text) continues( below| after)?( (this|the))?( (advertisement|ad|ads|video))?|"
    r"continue reading below|advertisement( \d{1,2})?( continues below)?)\W*$",
    re.IGNORECASE,
)
# Newswire trailers: "View original content to download multimedia: <url>", "SOURCE Acme Corp".
_WIRE_VIEW = re.compile(
    r"^view original content\b|"
    # the wire's pointer to its hub: "Follow AP's coverage of severe weather at https://…", "More coverage:
    # https://…" (a link to more coverage closing the line)
    r"^(follow|read|see|find|for) (more of |more |all of |the latest )?(\S+['’]s |our |the |more )?"
    r"(full |latest |complete )?coverage\b.{0,80}(https?://|www\.)\S+\W*$|^more \S+ coverage:\s*(https?://|www\.)\S+\W*$",
    re.IGNORECASE,
)
# A distribution service's trailer naming itself: "This information is provided by RNS, the news service of the
# London Stock Exchange", "This press release was distributed by ACCESSWIRE", "This announcement is distributed
# by West Wire Services on behalf of West clients." The release or the information, then the service that carried
# it, named as a news or distribution service or closing the sentence ("This information was provided by the
# police to the court" goes on; a report says who spoke).
_DISTRIBUTED = re.compile(
    r"^(this|the above) (information|announcement|(press |news )?release|content|communication|disclosure) "
    r"(is|was|has been) (provided|distributed|disseminated|transmitted|brought to you) (by|through|via) "
    r"((?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z])[\w&.'’-]*){0,4}"
    r"(, (the|an?) ([\w'’-]+ ){0,3}(news|wire|distribution|regulatory|information|disclosure) service\b|"
    r"( on behalf of [^.!?]{1,60})?[.!]?$))",
    re.IGNORECASE,
)
_DISTRIBUTED_MAX = 80
# A distribution service's notes on the releases it carries, in its own voice: the content is given "as is"
# ("PressPoint Newswire provides this news content “as is” without warranty of any kind. We do not accept any
# responsibility …"), and its editors vet each release ("… We do not allow anonymous clients, and our editors review
# every release for false or misleading content before distribution."). A story's sentence reports who said it.
_DISTRIBUTOR_NOTE = re.compile(
    r"[\"“'‘]as[ -]is[\"”'’],? without (any )?warrant(y|ies)\b|"
    r"\bour editors (review|screen|check|vet|read)\w* (every|each|all) (press )?(release|submission|announcement)s?\b",
    re.IGNORECASE,
)
_WIRE_SOURCE = re.compile(r"^SOURCE\s+[A-Z][\w&.,' -]{1,60}$")  # capitals: the wire's own label
# The desk's initials closing an agency story, a line of nothing else: "lr/mv/jg", "ef/ale", "arc/ifs/mem", and
# AFP's with a hyphen between two desks' ("sv-th/dan", "burs-jm/sst") (lower-case letters between slashes; a
# sentence has spaces).
_INITIALS = r"[a-z]{2,4}(-[a-z]{2,4})*"
_WIRE_INITIALS = re.compile(rf"^{_INITIALS}(/{_INITIALS}){{1,5}}$")
# The same initials under the agency's name and the year, a Caribbean wire's sign-off: "CMC/ir/kb/2026" (the agency
# in capitals first, the year last, the desks' initials between).
_AGENCY_INITIALS = re.compile(rf"^[A-Z]{{2,5}}(/{_INITIALS}){{1,5}}/(19|20)\d\d$")
# A regulatory news service's message code closing an announcement after its "END", a line of nothing else:
# "TSTFLFSSVIIFLIR", "MSCFZGMKZDLGFZZ" (capitals with a run of six consonants no word of prose has; a heading
# such as "RECOMMENDATIONS" or "ACKNOWLEDGEMENTS" has its vowels).
_WIRE_CODE = re.compile(r"^(?=[A-Z]*[B-DF-HJ-NP-TV-XZ]{6})[A-Z]{10,20}$")
# "7 min read", "4 minute listen": reading time, alone or in a byline bar.
_READING_TIME = re.compile(r"\b\d+\s*-?\s*min(ute)?s?\.?\s+(read|listen)\b", re.IGNORECASE)
# A cookie notice speaks as the site: "Our site uses cookies…", "We use cookies to…".
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_SITE_VOICE = re.compile(
    r"\b(our|this) (web ?site|site|service)\b|\bwe(,)?( and our partners,?)? use\b|\bby (continuing|using)\b|"
    # the same banner left in the publisher's own language on its English edition: "Utilizamos cookies para …",
    # "Nous utilisons des cookies …", "Wir verwenden Cookies …", "Questo sito utilizza cookie …"
    r"\b(utilizamos|usamos|nous utilisons|wir (verwenden|nutzen)|utilizziamo|usiamo|wij gebruiken|we gebruiken)\b|"
    r"\b(este|ce|questo|dieser?|deze) (sitio|site|sito|web|website|webseite) (utiliza|usa|utilise|utilizza|"
    r"verwendet|nutzt|gebruikt)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
# The same address spelt with " at " for "@", a line of nothing else: a list archive's sender under the name
# ("<name>.pta at gmail.com", Mailman's way of hiding its addresses from harvesters). The part before " at " opens
# in lower case and holds no space, and the host after it is in lower case and closes on a dot and a top-level name:
# "Tickets at eventbrite.com" opens on a capital, "Dinner at noon." names no host, and both stay.
_SPELT_EMAIL_LINE = re.compile(r"^[a-z0-9][\w.+-]* at [a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
# A press office's contacts by their heading ("Contacts", "Media contact", "For more information:") and the phone
# number among them: ``page_lines`` reads the block as lines after the text, ``page_boxes`` as a box of its own.
CONTACT_HEADING = re.compile(
    # (the office the contact is for: a county's "Department Contact" box over its address and phone)
    r"^((media|press|news|department|office|agency|program|programme|project|staff) )?(contacts?|enquiries|inquiries)"
    r"( (information|details|us))?\s*:?$|"
    # (the issuer's name or initials before it: a charity's "CLI media contacts", "Harbour Trust press enquiries"; the
    # name in capitals, the office "media" or "press")
    r"^(?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z])[\w&.'’-]*){0,3} (media|press) (contacts?|enquiries|inquiries)\s*:?$|"
    # ("Further information" alone: a university's heading over "Press Office, …" and a phone number)
    r"^(for )?(more|further) information( or to (arrange|request|book) (an )?interviews?)?,?"
    r"( (please )?(contact|call|email|e-mail))?\s*:?$",
    re.IGNORECASE,
)
PHONE = re.compile(r"(\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+\d[\d ()-]{8,}\d|\b0\d{2,4} \d{3,4} ?\d{3,4})\b")
LIST_ITEM = re.compile(r"^[-*•]\s+")
PITCH_MAX = 30  # words: a line this long after a paywall notice is article text, not a sales pitch


def word_count(line: str) -> int:
    return len(WORD.findall(line))


def fold(s: str) -> str:
    """A line's words, lower-case, one space apart: the key by which two lines are the same text."""
    return re.sub(r"\W+", " ", s).strip().lower()


# Each rule: (name, predicate over the stripped line and its word count). Order does not matter: a line
# is furniture when any rule holds. Every rule is bounded by a word count, so a long paragraph of
# article text that happens to mention a newsletter, an e-mail or a copyright is never pruned.
Rule = tuple[str, Callable[[str, int], bool]]


def _meta_line(s: str, n: int) -> bool:
    return (
        n <= 30
        and bool(_META_LABEL.search(s) or _FILED.match(s))
        and not _LIST_LEAD_IN.search(s)
        or n <= 10
        and bool(_PROFILE_FIELD.match(s))
        or n <= 6
        and bool(_ID_FIELD.match(s))
    )


def _comments_button(s: str, n: int) -> bool:
    if n <= 15 and _COMMENTS_GATE.match(s) and not REPORTED.search(s):
        return True
    if n <= _COMMENTS_POLICY_MAX and _COMMENTS_POLICY.search(s) and not REPORTED.search(s):
        return True
    if n <= _COMMENTS_CALL_MAX and _COMMENTS_CALL.search(s) and not _in_someones_words(s):
        return True
    return (n <= 8 and bool(_COMMENTS_BUTTON.match(s))) or (n <= 12 and bool(_COMMENTS_INVITE.search(s)))


# A live page's stamp with the time only, under its label: "Last updated 10:42 p.m.", "Updated: 3:15 PM ET" (the
# label is the stamp's; a time in a sentence, "Polls close at 8 p.m.", has none).
_TIME_STAMP = re.compile(
    r"^((last )?updated|posted|published)(\s+at)?\s*:?\s*\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?\W*$",
    re.IGNORECASE,
)


# A paper's issue stamp in its masthead, the date, the volume and number and the cover price on lines of their own run
# into one ("Thursday, June 17, 1999<br>Vol. 91, No. 24<br>50 cents" read as "Thursday, June 17, 1999 Vol. 91, No. 24
# 50 cents"): the date and the volume's number at least, in any order, the price at most besides, nothing else. A
# sentence naming a volume ("Vol. 91 of the paper ran on June 17, 1999") has other words.
_VOLUME_NUMBER = r"vol(ume|\.)?\s*[\divxlc]+,?\s*(no\.?|number|issue|#)\s*\d+"
_COVER_PRICE = r"\d{1,3}\s*(cents|¢)|\$\d{1,2}(\.\d\d)?|£\d(\.\d\d)?|\d{1,3}p"
_ISSUE_STAMP = re.compile(
    rf"^(?=.*\b{_VOLUME_NUMBER})(?=.*{_DATE})(({_DATE}|{_VOLUME_NUMBER}|{_COVER_PRICE})[\s,·•|]*){{2,3}}$",
    re.IGNORECASE,
)
_ISSUE_STAMP_MAX = 16


def _issue_stamp(s: str, n: int) -> bool:
    return n <= _ISSUE_STAMP_MAX and bool(_ISSUE_STAMP.match(s))


def _date_only(s: str, n: int) -> bool:
    return n <= 12 and bool(_DATE_ONLY.match(s) or _TIME_STAMP.match(s))


def is_date_stamp(s: str) -> bool:
    """A date alone, or a posting stamp ("Posted on: November 24, 2026"): the date under a list's link."""
    return word_count(s) <= 12 and bool(_DATE_ONLY.match(s.strip()))


# A posting's age as a feed reader, an aggregator or a news list prints it beside another story's headline, maybe after
# the source's name and a bar: "4d", "3h ago", "Ocean Policy Brief / 4d", "Reuters · 2 hours ago" (``page_lexicon``'s
# units); a sentence ("The plan passed 4 days ago") has no bar before the age.
_AGE_STAMP = re.compile(
    rf"^([^/·•|]{{1,40}}\s+[/·•|]\s+)?\d{{1,3}}\s?({AGE_UNITS}|({AGE_WORDS})\s+ago)( ago)?$", re.IGNORECASE
)
_AGE_STAMP_WORDS = 8


def is_age_stamp(s: str) -> bool:
    """A posting's age, maybe after its source's name and a bar: the age under a list's link."""
    return word_count(s) <= _AGE_STAMP_WORDS and bool(_AGE_STAMP.match(s.strip()))


# A radio story's note of the programme that aired it: "Heard on Morning Edition, December 2, 2026", "As heard on
# All Things Considered", "Aired on Weekend Edition Sunday". The whole line is the note: a programme's capitalised
# name and at most a date ("She was heard on the radio all week" is lower-case, and goes on).
_BROADCAST_NOTE = re.compile(
    r"^(as )?(heard|aired|broadcast) on "
    r"((?-i:[A-Z])[\w'’&.-]*|of|the|and|at|in|on)( ((?-i:[A-Z])[\w'’&.-]*|of|the|and|at|in|on)){0,5}"
    rf"(\s*[,·•|–—-]?\s*{_DATE})?\W*$",
    re.IGNORECASE,
)
_BROADCAST_NOTE_MAX = 12


def _broadcast_note(s: str, n: int) -> bool:
    return n <= _BROADCAST_NOTE_MAX and bool(_BROADCAST_NOTE.match(s))


_BAR_MARKS = "|·•"
# A newsletter's masthead line with one mark: its tagline closed by the issue's number and date ("County health news, every
# Wednesday. Issue #87 · December 2, 2026", "Vol. 4, No. 12 | 3 March 2026"). The number is glued to the
# date by a separator: "the issue 87 voters raised in May" has none.
_ISSUE_LINE = re.compile(
    rf"\b(issue|edition|no\.|number)\s*#?\s*\d+\s*[·•|,–—-]\s*{_DATE}\W*$",
    re.IGNORECASE,
)
_ISSUE_LINE_MAX = 20
# Or opening with the issue's number, the tagline after a mark: "Issue #212 · A free weekly newsletter about local
# government in …" (a numbered item of a story, "Issue 3: roads", has a colon and no number sign).
_ISSUE_OPENING = re.compile(r"^(issue|edition|no\.|vol\.)\s*#?\s*\d+\s*[·•|]\s*\S", re.IGNORECASE)


# A postal address set out as a bar of parts, the way an e-mail's or a site's footer prints its sender: "The Island
# Ledger · PO Box 1183 · Vashon, WA 98070", "Prairie Post | 12 Mill Street | Hays, KS 67601". A part is a box number or
# a street number and name, and the line closes on a town and its postcode; a sentence naming an address ("The
# shelter at 12 Mill Street in Hays, KS 67601 opens Monday") has no marks between its parts.
# (A street may close on its quarter, "410 Second Ave SE"; a suite or a floor is a part of its own, "Suite 5".)
_POSTAL_PART = re.compile(
    r"^(p\.? ?o\.? box|post office box|box) \d+$|^\d+[a-z]? ([\w.'’-]+ ){0,4}(street|st|avenue|ave|road|rd|"
    r"boulevard|blvd|drive|dr|lane|ln|way|place|pl|court|ct|square|sq|highway|hwy|suite \d+)\.?"
    r"( (n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?)?$|"
    r"^(suite|ste\.?|unit|floor|fl\.?|room|rm\.?) #?\d+[a-z]?$",
    re.IGNORECASE,
)
# (The state may be spelled out after a comma, "Ashby Springs, Ohio 43999", "Lake Orrin, New Mexico 87001".)
_POSTAL_TOWN = re.compile(
    r"^[A-Z][\w .'’-]{1,40},? [A-Z]{2}\.? \d{5}(-\d{4})?$|^[A-Z][\w .'’-]{1,40},? [A-Z]{1,2}\d[\dA-Z]? \d[A-Z]{2}$|"
    r"^[A-Z][\w .'’-]{1,40}, [A-Z][a-z]+\.?( [A-Z][a-z]+)? \d{5}(-\d{4})?$"
)
_POSTAL_PARTS_MAX = 6
# The country the footer may close with after the town: "… · St. James, MI 49782 · United States", "· USA".
_POSTAL_COUNTRY = re.compile(r"^[A-Z][a-z]+( [A-Z][a-z]+){0,2}$|^[A-Z]{2,3}$")
# Or the sender's telephone number, after the town or the country: "… · Ashby Springs, Ohio 43999 · (740) 555-0126",
# "… | Hays, KS 67601 | Phone: 785-555-0101" (a number alone in its part, maybe under its label).
_POSTAL_PHONE = re.compile(
    r"^((tel|phone|ph|telephone|office)\.?:?\s*)?(\(?\d{3}\)?[\s.-]*)?\d{3}[\s.-]\d{4}$", re.IGNORECASE
)


def _postal_footer(s: str, n: int) -> bool:
    """A sender's postal address, a bar of parts closing on a town and its postcode (``_POSTAL_TOWN``), or on a town
    alone after the sender's name and a post office box (``_named_postal_bar``), its telephone number after it at most
    (``_POSTAL_PHONE``)."""
    if n > 30:
        return False
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", s)]
    if len(parts) >= 3 and _POSTAL_PHONE.match(parts[-1]):
        parts = parts[:-1]
    if _named_postal_bar(parts):
        return True
    if len(parts) >= 3 and _POSTAL_COUNTRY.match(parts[-1]) and _POSTAL_TOWN.match(parts[-2]):
        parts = parts[:-1]
    if not 2 <= len(parts) <= _POSTAL_PARTS_MAX or not _POSTAL_TOWN.match(parts[-1]):
        return False
    return any(_POSTAL_PART.match(p) for p in parts[:-1])


# The sender's name in such an address: capitalised words and the small words a name holds ("School Board Week").
_POSTAL_NAME = re.compile(r"^[A-Z][\w.&'’-]*( ([A-Z0-9][\w.&'’-]*|of|the|and|for|&)){0,5}$")


# An old site's footer gives no postcode: "Gansett County Agricultural Society · P.O. Box 214 · Pruett". The bar opens on
# the sender's name and closes on the town's, a post office box between them, every part a name or a part of the address
# (``_POSTAL_NAME``, ``_POSTAL_PART``): nothing else. The box is where the sender's mail goes; a bar of a name, a street
# and a town may be a venue a story lists ("<Museum> · 14 Net Loft Lane · <Town>"), and stays, and a story's line has
# words of its own between its marks ("Fire at 12 Mill Street · Hays" opens on no name).
_POSTAL_BOX = re.compile(r"^(p\.? ?o\.? box|post office box|box) \d+$", re.IGNORECASE)


def _named_postal_bar(parts: list[str]) -> bool:
    if not 3 <= len(parts) <= _POSTAL_PARTS_MAX:
        return False
    if not (_POSTAL_NAME.match(parts[0]) and _POSTAL_NAME.match(parts[-1])) or _POSTAL_PART.match(parts[0]):
        return False
    middle = parts[1:-1]
    return any(_POSTAL_BOX.match(p) for p in middle) and all(
        _POSTAL_PART.match(p) or _POSTAL_NAME.match(p) for p in middle
    )


def _closing_town(parts: list[str]) -> int:
    """How many of the last parts make the town and its postcode: two when a comma sets the state apart ("Cedar
    Rapids", "IA 52401"), one when it does not, none when the parts close on no town."""
    if len(parts) >= 2 and _POSTAL_TOWN.match(f"{parts[-2]}, {parts[-1]}"):
        return 2
    return 1 if parts and _POSTAL_TOWN.match(parts[-1]) else 0


def is_postal_address(s: str) -> bool:
    """A postal address set out with commas, a line of nothing but its parts: "School Board Week, 410 Second Ave SE, Suite
    5, Cedar Rapids, IA 52401" (a sender's name, a street or box, the town and its postcode, maybe the country). Alone it
    may be a listing's address, so ``page_lines`` drops it only closing the text, where a newsletter prints its sender."""
    s = s.strip()
    if word_count(s) > 30:
        return False
    parts = [p.strip() for p in re.split(r",\s+", s)]
    if len(parts) >= 3 and _POSTAL_COUNTRY.match(parts[-1]) and _closing_town(parts[:-1]):
        parts = parts[:-1]
    head = parts[: len(parts) - _closing_town(parts)]
    if len(head) == len(parts) or not head or len(parts) > _POSTAL_PARTS_MAX + 1:
        return False
    return any(_POSTAL_PART.match(p) for p in head) and all(
        _POSTAL_PART.match(p) or _POSTAL_NAME.match(p) for p in head
    )


def is_street_line(s: str) -> bool:
    """A line of nothing but a street address's parts, the street first: "1400 Courthouse Square, Room 210", "12 Mill
    Street" (``_POSTAL_PART``), as a letter's signature sets it on a line of its own."""
    parts = [p.strip() for p in re.split(r",\s+", s.strip())]
    return bool(re.match(r"\d", parts[0])) and all(_POSTAL_PART.match(p) for p in parts)


def is_phone_line(s: str) -> bool:
    """A line of nothing but a telephone number, maybe under its label: "(555) 013-8800", "Phone: 785-555-0101"."""
    return bool(_POSTAL_PHONE.match(s.strip()))


def _meta_bar(s: str, n: int) -> bool:
    """ "June 3, 2024 | Politics | 4 Comments", a newsletter's masthead line "Independent news for the valley ·
    Issue No. 142 · December 2, 2026" (or with one mark, ``_ISSUE_LINE``): a bar of separated metadata, not a
    table row."""
    if n <= _ISSUE_LINE_MAX and (_ISSUE_LINE.search(s) or _ISSUE_OPENING.match(s)):
        return True
    return (
        n <= 30
        and max(s.count(mark) for mark in _BAR_MARKS) >= 2
        and not s.startswith("|")
        and bool(re.search(r"\b(19|20)\d\d\b", s) or re.search(r"comment", s, re.I))
    )


# A promotion card read as one line, its pitch and then its button, a few words with no stop of their own:
# "Get the full picture on our daily Pro briefing. Request a demo", "Interested in marine biology? Find out
# about our courses. Explore our courses", "… in court on 5 March. Watch the judgment summary"; or closing
# on a free trial, "New to Kayo? Start your free trial today." (A sentence of the text ends with its stop; a
# numbered step, "1. Get a permit", has no sentence before its call.)
BUTTON_VERB = (
    r"(request|book|schedule|explore|discover|watch|listen to|start|try|download|shop|apply|register|give|donate|"
    r"find out|learn)"
)
_BUTTON_TAIL = re.compile(
    rf"\w[\w,;’'()-]*(\s+[\w,;’'()-]+){{3,}}[.!?]\s+{BUTTON_VERB}\b[^.!?:;,\"“”]{{0,40}}$|"
    r"(^|[.!?]\s+)(start|begin|claim|get|try|activate)\b[^.!?]{0,30}\bfree trial\b[^.!?]{0,15}[.!]?$",
    re.IGNORECASE,
)
_BUTTON_TAIL_MAX = 45
# A paywall's button to read on through a trial, the whole line: "Keep reading with a 7-day free trial", "Continue
# reading with a free trial" ("Readers can keep reading with a free trial" narrates; the button opens its line).
_READ_ON_TRIAL = re.compile(
    r"^(keep|continue) reading( this (post|story|article))? (with|during|on) (a|an|your)( \d+[- ]day| one[- ]month)?"
    r"( free)? trial\W*$",
    re.IGNORECASE,
)
_BUTTON_WORDS_MAX = 4
# A service's own plug closing a page it hosts, a try for nothing and now: "Try email marketing for free today!",
# "Start your podcast for free now" (a mailing or hosting platform's footer link). "Try the trail for free on
# Sunday" and "Residents can try the pool for free today" are news: the call opens its sentence and ends on "now".
_TRY_FREE = re.compile(
    r"(^|[.!?]\s+)(try|start|get)\b[^.!?]{0,30}\bfor free (today|now)[.!]?$", re.IGNORECASE
)
_TRY_FREE_MAX = 12
# A link's own label run into the end of a short call without a stop before it, as a button beside the line
# reads when its box is flattened: "Join Naija Daily Courier WhatsApp Channel for breaking news updates Click
# here", "Get the full fixture list Tap here". (A sentence that sends the reader on ends its clause first: "For
# the council's full report, click here." is left to the other rules.)
_RUN_IN_CLICK = re.compile(r"[^\W\d]\s+(?-i:Click|Tap) here\W*$")
_RUN_IN_CLICK_MAX = 30


def _button_tail(s: str, n: int) -> bool:
    if n > _BUTTON_TAIL_MAX or _in_someones_words(s):
        return False
    m = _BUTTON_TAIL.search(s)
    return bool(m) and word_count(m.group(0).rsplit(".", 1)[-1].rsplit("?", 1)[-1]) <= _BUTTON_WORDS_MAX


def _follow_call(s: str, n: int) -> bool:
    # (a follow call is judged by its imperative alone: "Follow her on X" names its reporter)
    return n <= _FOLLOW_CALL_MAX and bool(_FOLLOW_CALL.search(s)) and not REPORTED.search(s)


def is_tip_call(s: str, n: int) -> bool:
    """A tip line's call for the reader's pictures or stories (``_TIP_CALL``, ``_HEAR_FROM_YOU``), reporting
    nobody's words."""
    if n > _TIP_BOX_MAX or _in_someones_words(s):
        return False
    if (paid := _WE_PAY_OPENING.match(s)) and _TIP_CALL.match(s[paid.end() :]):
        return True  # "We pay for your stories! Do you have a story for The Daily Blaze news team? Email us at …"
    if n > _TIP_CALL_MAX:
        return False
    return bool(_TIP_CALL.match(s) or _HEAR_FROM_YOU.match(s) or _WE_PAY.match(s))


# A tabloid's call over its tip box: "We pay for your stories!", "We pay for videos" (the outlet buying what the reader
# has, alone on its line; "We pay for your stories with our advertising revenue, the editor said" goes on).
_WE_PAY_WORDS = r"^we (pay|pay cash|will pay) for (your |readers['’] )?(stories|news|tips|pictures|photos|videos|footage)\b"
_WE_PAY = re.compile(rf"{_WE_PAY_WORDS}[\s!.]*$", re.IGNORECASE)
# The same call opening the tip box run into one line with the box's own call after it: "We pay for your stories! Do
# you have a story for The Daily Blaze news team? Email us at … or call …" (``_TIP_CALL`` after the mark).
_WE_PAY_OPENING = re.compile(rf"{_WE_PAY_WORDS}[!.]\s+", re.IGNORECASE)
_TIP_BOX_MAX = 60


# A label in capitals closing on a colon before a call, set over it as a kicker: "PAY ATTENTION: Join …'s WhatsApp channel
# for …", "IMPORTANT: Follow us on Telegram …". The call after it is judged as if it opened the line (the label is read past
# only for a follow call: "PAY ATTENTION: Residents can join the council's WhatsApp group" narrates and stays).
_CAPS_LABEL = re.compile(r"^(?-i:[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,3}):\s+")


def _call_to_action(s: str, n: int) -> bool:
    if _button_tail(s, n):
        return True
    if (label := _CAPS_LABEL.match(s)) and _follow_call(s[label.end() :], n):
        return True
    if n <= 10 and _READ_ON_TRIAL.match(s):
        return True
    if n <= _RUN_IN_CLICK_MAX and _RUN_IN_CLICK.search(s) and not _in_someones_words(s):
        return True
    if n <= _TRY_FREE_MAX and _TRY_FREE.search(s) and not _in_someones_words(s):
        return True
    if _follow_call(s, n):
        return True
    if n <= _NEWS_CALL_MAX and _NEWS_CALL.match(s) and not _in_someones_words(s):
        return True
    if n <= _SHARE_CALL_MAX and _SHARE_CALL.match(s) and not _in_someones_words(s):
        return True
    if n <= 20 and _SHARE_ADDRESS.match(s):
        return True
    if is_tip_call(s, n):
        return True
    if n <= _APP_CALL_MAX and _APP_CALL.match(s):
        return True
    if n <= _ALERTS_CALL_MAX and _ALERTS_CALL.match(s) and not _in_someones_words(s):
        return True
    if n <= _TEXT_SIGN_UP_MAX and _TEXT_SIGN_UP.search(s) and not _in_someones_words(s):
        return True
    return (
        n <= 45
        and bool(_CTA.search(_NEWSLETTER_ISSUE.sub(" ", s)))
        and bool(_READER.search(s) or _CTA_START.match(s) or _CTA_SENTENCE.search(s))
        and not REPORTED.search(s)
        and not _NARRATIVE.search(s)
        and _call_addressed(s)
        and not _writers_greeting(s)
        and not _writers_promise(s)
        and not _ALERTS_OF_FURTHER_CHANGES.search(s)
    )


# An issue of a newsletter named as the place something will appear is no call to sign up for it: "If you took
# photographs of the fete and would be happy for us to use them in the next newsletter or on this website, please email
# them to the secretary", "Results will be printed in the autumn newsletter." (a club's own news, whatever "you" and
# "please" it has). The issue is named by its order, season or month (``page_lexicon.NEWSLETTER_ISSUES``, "next
# month's"); the line is a call only when another of its words names one ("Sign up to get the next newsletter in your
# inbox"), and a bare "in our newsletter" ("Read more in our newsletter") still counts. So does a call for copy "for"
# the next issue, the newsletter's own notice of its deadline ("Items for the summer newsletter to the editor by 20 May
# please."). An issue a thing goes out with is such a place too: "The full report … will be mailed with the summer newsletter and
# presented at the annual meeting" (a co-op's report, the members' copy going out with the next issue). So is the issue
# being read, the place its own stories are: "Every dog in this newsletter got a second chance because people like you
# showed up, …", "the three featured in this newsletter" (a rescue's thanks closing its issue; "Sign up to get this
# newsletter", "Like what you read in this newsletter? Subscribe …" still call).
_NEWSLETTER_ISSUE = re.compile(
    rf"\b(in|with) ((the|our|this|that|a|an|its) )?(((next|this|last) (week|month|quarter|term|year)['’]s|"
    rf"{NEWSLETTER_ISSUES})( [\w'’-]+)?) newsletter\b|\bin this newsletter\b",
    re.IGNORECASE,
)


# A newsletter's opening paragraph, the writer's greeting, a long first sentence that names no call ("Good morning, and
# welcome to the 112th <Newsletter>, which goes out to a little over 9,400 people who …. If someone forwarded this to
# you, the subscribe button is at the bottom."): the issue's own first lines, whatever a later sentence says of the
# subscribe button. A box's call greets in a few words or calls in its first sentence ("Hi there! Subscribe …",
# "Hello! Sign up to get …"), and goes.
_GREETING = re.compile(r"^(good (morning|afternoon|evening)|hello|hi|hey)\b", re.IGNORECASE)
_GREETING_SENTENCE_WORDS = 12


# A newsletter writer's own plan to cover the story's next step, opening the line in the first person singular ("I'll be
# at the finance committee on the 19th and will have a recap in your inbox that night."): the issue's own closing
# lines, whatever inbox the recap lands in. A pitch speaks for the outlet ("We'll send …", "Get …") or calls to sign up;
# a line that names a sign-up, a subscription or something free is still a call.
_WRITERS_PROMISE = re.compile(
    r"^I(['’]ll| will) (be (at|there|watching|covering|following)|attend|cover|watch|report)\b"
)
_SIGN_UP_WORDS = re.compile(
    r"\b(subscri\w*|sign(ing)? ?up|register|join|upgrade|free|newsletters?)\b", re.IGNORECASE
)


def _writers_promise(s: str) -> bool:
    return bool(_WRITERS_PROMISE.match(s)) and not _SIGN_UP_WORDS.search(s)


def _writers_greeting(s: str) -> bool:
    if not _GREETING.match(s):
        return False
    first, *rest = _CALL_SENTENCES.split(s, maxsplit=1)
    return bool(rest) and word_count(first) >= _GREETING_SENTENCE_WORDS and not _CTA.search(first)


# A paragraph of three sentences or more is a writer's own unless the sentence that names the call is the one that
# addresses the reader or gives the call: "Thank you again. I hope to see many of you at the reopening … Details will
# follow in the summer newsletter." mentions its next issue; "Enjoyed this? Our newsletter lands every Friday. Sign up
# here." and "Get the Sentinel delivered! Home delivery is just $2.25 a week. Call 555-0166 or subscribe online." call.
_CALL_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_CALL_PARAGRAPH_SENTENCES = 3
_JOINED_CALL = re.compile(
    r"\b(or|and) (subscribe|sign ?up|register|log ?in|sign in|download|join)\b", re.IGNORECASE
)


def _call_addressed(s: str) -> bool:
    sentences = _CALL_SENTENCES.split(s)
    if len(sentences) < _CALL_PARAGRAPH_SENTENCES:
        return True
    return any(
        _CTA.search(x) and (_READER.search(x) or _CTA_START.match(x) or _JOINED_CALL.search(x))
        for x in sentences
    )


# The call that closes an appeal, a sentence of its own at the line's end: "Enjoying The Civic Desk? It stays free because
# 412 readers chip in $5 a month. Become a supporter." (A story that tells what someone did narrates:
# "Residents were asked to give. Donate now, the posters said" keeps.)
# (The outlet may name itself in the call: "Become a Brevity Denver member.")
_SUPPORT_CALL = re.compile(
    r"(^|[.!?]\s+)(become an? ((?-i:[A-Z])[\w'’-]*\s+){0,3}(paying |monthly |founding )?(member|supporter|patron|donor)|"
    r"donate|give|chip in|support us)( now| today| here)?"
    # (and what the gift keeps: "Become a SudburyNow supporter to help keep it that way.")
    r"( to help (us )?keep (it|us|this|local news|our journalism) [^.!?\"“”]{1,30})?"
    # (or what the membership brings the reader, all of the site's work: "Become a member to get every story and the
    # monthly archive letter."; "Become a member to vote at the meeting" names none of it)
    r"( to (get|read|receive|unlock) (every|all|full|unlimited)\b[^.!?\"“”]{1,60})?"
    # (or where to give, a web address closing the call: "Become a monthly supporter at example.org/support.")
    r"( (at|on|via) (https?://)?[\w-]+(\.[\w-]+)+(/\S*)?)?\W*$",
    re.IGNORECASE,
)
# The same appeal with no word of money, the outlet asking to go on: "We've been covering the war since day
# one. Help us keep going." (In the site's voice: a line quoting a sign or a speaker has quotation marks.) Or to go on
# doing the work for nothing: "Fact-checking takes time. Help us keep doing it for free." ("Help us keep the park clean"
# names no work of ours.)
_KEEP_US_GOING = re.compile(
    r"(^|[.!?]\s+)help (us|keep us) (keep going|going|continue( (this|our) work)?|stay (independent|free|online)|"
    r"do (more|this work)|keep (doing|publishing|providing) (it|this|this work|our work|them)( for free| free)?"
    r"( for (everyone|all|all readers|every reader))?)\W*$",
    re.IGNORECASE,
)
# The same appeal as a heading over the pitch, a label of nothing else naming the outlet: "Keep the Report free for
# everyone", "Keep The Ledger independent" (no sentence end, no quotation: "Keep the park free for everyone," the
# mayor said, is a sentence; a lower-case thing kept free is no outlet).
_KEEP_OUTLET_HEADING = re.compile(
    r"^keep (the |this |our )?(?-i:[A-Z][\w'’-]*)( (?-i:[A-Z][\w'’-]*)){0,2} (free|independent|going|alive|ad-free)"
    r"( for (everyone|all|all readers|every reader|the community|readers))?$",
    re.IGNORECASE,
)
_KEEP_OUTLET_HEADING_MAX = 10
_QUOTE_MARK = re.compile(r"[\"“”‘]")


def _in_someones_words(s: str) -> bool:
    """The line reports or quotes someone ("…, the mayor said", "“…”"): the story's words, not the page's."""
    return bool(REPORTED.search(s) or _QUOTE_MARK.search(s))


# A writer's tip jar, the call to buy the writer a coffee: "Still Taking Notes is free and always will be. If you find it
# useful, you can buy me a coffee on Ko-fi — it pays for …", "Enjoyed this? Buy us a coffee." (The call opens a sentence,
# alone, or after the reader's "you can"/"please"/"if you …,"; "He offered to buy me a coffee after the hearing" and "She
# bought us a coffee" narrate, and a speaker's words are the story's.)
_TIP_JAR = re.compile(
    r"(^|[.!?]\s+|,\s+|[—–]\s*)((you can|you could|please|feel free to|why not|consider|maybe) )?"
    r"(buy|get|shout) (me|us|the (team|author|writer|newsroom)) an? (coffee|cup of coffee|cuppa|beer|tea|pint|pizza)\b",
    re.IGNORECASE,
)
_TIP_JAR_MAX = 50


# A creator's sponsor box: "Support Jane Doe by becoming a sponsor. Any amount is appreciated!" (the call
# opens the line; "Any amount helps" closes an appeal).
_SPONSOR_APPEAL = re.compile(
    r"^(support|back)\s.{0,50}\bby becoming an? (\w+ )?(sponsor|patron|member|supporter|subscriber|donor)\b|"
    r"(^|[.!?]\s+)any (amount|contribution|donation|gift)( (big or small|large or small))?"
    r"( (is|will be)( (greatly|much|really))? (appreciated|welcome)| helps)\W*$",
    re.IGNORECASE,
)


# The same appeal addressed to the reader at a paragraph's length, asking support for journalism: "Good
# journalism costs a lot of money. … we ask you to consider making a modest support to this noble endeavour",
# "By contributing to X, you are helping to sustain a journalism of relevance …". (In the site's voice: a
# report says who spoke, a speaker's words have quotation marks.)
_ASKS_READER = re.compile(r"\b(you|your|you’re|you're)\b", re.IGNORECASE)
# The sentence that closes such an appeal: "Every contribution, however large or small, will make a difference.", "Every
# gift, big or small, helps." Read only in a line that asks the reader ("Now more than ever, your support is critical …
# Every contribution …"): a food drive's story may close "Every donation makes a difference." in its own words.
_EVERY_GIFT = re.compile(
    r"(^|[.!?]\s+)(every|each|any) (contribution|donation|gift|dollar)(,? (however|no matter how) (large|big|small) or "
    r"(small|large|big),?|,? (big or small|large or small),?)? (will )?(make|makes|help|helps)( (to )?make)?"
    r"( a| a real| all the)? difference\W*$",
    re.IGNORECASE,
)
_GIVING = re.compile(r"\b(support\w*|contribut\w*|donat\w*|chip in)\b", re.IGNORECASE)
_JOURNALISM = re.compile(r"\bjournalism\b", re.IGNORECASE)
_READER_APPEAL_MAX = 80


# The appeal asking the reader to join the paying readers, in the site's voice: "If this issue was useful to you,
# please consider becoming a supporting reader for $5 a month.", "Please consider becoming a member today." ("Residents
# should consider becoming members of the co-op, the board said" reports; a call to donate elsewhere is no membership.)
_CONSIDER_JOINING = re.compile(
    r"\b(please )?consider becoming an? ((monthly|paying|founding|sustaining|supporting) )?"
    r"(member|supporter|supporting (reader|member|subscriber)|subscriber|patron|donor|sustainer)\b",
    re.IGNORECASE,
)
_CONSIDER_JOINING_MAX = 60
# The same appeal asking for a subscription, the call closing the line: "Thank you for relying on us to provide the local
# news you can trust. Please consider supporting <Outlet> with a subscription.", "Please consider subscribing to our
# newsletter." (the outlet by its name, "us" or "our …"; "Please consider supporting the food bank with a donation"
# asks for no subscription, and a line that reports or quotes someone, or narrates, is the story's).
_CONSIDER_SUBSCRIBING = re.compile(
    r"(^|[.!?]\s+)(please )?consider (supporting (us|our [\w'’-]+|(the )?(?-i:[A-Z])[\w'’.&-]*( (?-i:[A-Z])[\w'’.&-]*){0,3})"
    r" (with|through|by (buying|purchasing|taking out|starting)) an? ((digital|print|paid|monthly|annual|yearly) )?"
    r"subscription|subscribing to (us|our [\w'’-]+))( (today|now))?\W*$",
    re.IGNORECASE,
)


def _support_appeal(s: str, n: int) -> bool:
    if (
        n <= _CONSIDER_JOINING_MAX
        and _CONSIDER_JOINING.search(s)
        and _READER.search(s)
        and not _in_someones_words(s)
    ):
        return True
    if (
        n <= _READER_APPEAL_MAX
        and _JOURNALISM.search(s)
        and _GIVING.search(s)
        and _ASKS_READER.search(s)
        and not _in_someones_words(s)
    ):
        return True
    if n <= 40 and _SPONSOR_APPEAL.search(s) and not REPORTED.search(s):
        return True
    if n <= 40 and _CONSIDER_SUBSCRIBING.search(s) and not (_in_someones_words(s) or _NARRATIVE.search(s)):
        return True
    if n <= _TIP_JAR_MAX and _TIP_JAR.search(s) and not _in_someones_words(s):
        return True
    if (
        n <= _READER_APPEAL_MAX
        and _EVERY_GIFT.search(s)
        and _ASKS_READER.search(s)
        and not _in_someones_words(s)
    ):
        return True
    if n <= 40 and _KEEP_US_GOING.search(s) and not _in_someones_words(s):
        return True
    if n <= _KEEP_OUTLET_HEADING_MAX and _KEEP_OUTLET_HEADING.match(s):
        return True
    if n > 40 or not _SUPPORT.search(s) or REPORTED.search(s):
        return False
    own = _OWN_JOURNALISM.search(s) or _KEEP_OUTLET.match(s)
    return bool(own) or bool(_SUPPORT_CALL.search(s) and not _NARRATIVE.search(s))


def _caption(s: str, n: int) -> bool:
    # (Not a table row: "| 目の前で | me no mae de | (right) in front of you |" is a datum, not a photo.)
    return (
        n <= 60
        and not s.startswith("|")
        and bool(_CAPTION.search(s) or (_CAPTION_SOFT.search(s) and not REPORTED.search(s)))
    )


def _separator(_s: str, n: int) -> bool:
    return n == 0  # "###", "* * *", "—"


# An old site's footer cell, read as one row of a table ("| All logos and trademarks in this site are property of their
# respective owner. … © 1998-2025 by <Site> You are visitor number … Privacy Policy \| Contact the Webmaster |"): the
# sign and a year with the site's own links (its privacy policy, terms, webmaster), however long the row; no one's words.
# (or with the old footer's other marks: its reserved rights, its hit counter and its browser note, "© 2001 <Paper>. All
# rights reserved. … You are visitor number 0048217 … Best viewed with Netscape Navigator": a sentence about copyright has
# no "©" and a year before them)
_SITE_LINKS = re.compile(
    r"\b(privacy policy|terms of (use|service)|webmaster|trademarks|all rights reserved|visitor (number|no\.?|#)|"
    r"best viewed (with|in|at|using))\b",
    re.IGNORECASE,
)
_FOOTER_CELL_MAX = 90


def _footer_cell(s: str, n: int) -> bool:
    """A footer's cell of the copyright and the site's links, or its line of street address and telephone."""
    if n <= _POSTAL_LINE_MAX and _POSTAL_LINE.match(s):
        return True
    return (
        n <= _FOOTER_CELL_MAX
        and bool(_COPYRIGHT_YEAR.search(s) and _SITE_LINKS.search(s))
        and not REPORTED.search(s)
    )


def _outlet_sets_itself_apart(s: str, n: int) -> bool:
    """The outlet parting from the views or the copy it prints (``_VIEWS_NOT_SHARED``, ``_OUTSIDE_COPY_DISCLAIMER``)."""
    if _in_someones_words(s):
        return False
    return bool(
        (n <= 40 and _VIEWS_NOT_SHARED.search(s))
        or (n <= _OUTSIDE_COPY_DISCLAIMER_MAX and _OUTSIDE_COPY_DISCLAIMER.search(s))
    )


# A download's terms closing the note under it: "The printable pattern includes cutting diagrams and a coloring page.
# For personal use only, please!" (the last sentence of the line, the use it allows; "The museum said the images are
# for personal use only" reports, and a sentence that goes on past the terms is the story's).
_PERSONAL_USE_ONLY = re.compile(
    r"(^|[.!?]\s+)([^.!?]{0,60}\b)?for (your )?(own )?(personal|private|non-?commercial)((,| and| or) "
    r"non-?commercial)? use only\b(,? please)?\W*$",
    re.IGNORECASE,
)
_PERSONAL_USE_ONLY_MAX = 40


def _download_terms(s: str, n: int) -> bool:
    return n <= _PERSONAL_USE_ONLY_MAX and bool(_PERSONAL_USE_ONLY.search(s)) and not _in_someones_words(s)


def _affiliate_disclosure(s: str, n: int) -> bool:
    if n > _AFFILIATE_MAX or _in_someones_words(s):
        return False
    return bool((_AFFILIATE.search(s) and _FIRST_PERSON.search(s)) or _AFFILIATE_NOTE.match(s))


def _small_print(s: str, n: int) -> bool:
    if _footer_cell(s, n) or _download_terms(s, n):
        return True
    if n <= 60 and _PROVENANCE.search(s) and not REPORTED.search(s):
        return True
    if (
        n <= _ORIGINALLY_MAX
        and _ORIGINALLY.match(s)
        and not (REPORTED.search(s) or _CLAUSE_GOES_ON.search(s))
    ):
        return True
    if n <= _TRANSLATION_NOTE_MAX and _TRANSLATION_NOTE.search(s) and not REPORTED.search(s):
        return True
    if n <= _TRANSCRIPT_NOTE_MAX and _TRANSCRIPT_NOTE.match(s) and not _in_someones_words(s):
        return True
    if n <= _TRANSCRIPT_LABEL_MAX and _TRANSCRIPT_LABEL.match(s):
        return True
    if n <= _EDITED_NOTE_MAX * 2 and _editing_note(s) and not _in_someones_words(s):
        return True
    if n <= 20 and _SUMMARY_NOTE.match(s):
        return True
    if _affiliate_disclosure(s, n):
        return True
    if n <= _CONTENT_TYPE_NOTE_MAX and _CONTENT_TYPE_NOTE.match(s):
        return True
    if (
        n <= 50
        and _INSTITUTION_BOILERPLATE.match(s)
        and re.search(
            r"\b(universities|institutions|colleges|group)\b", s, re.IGNORECASE
        )  # ranked among its peers
        and not _in_someones_words(s)
    ):
        return True
    if n <= 200 and _BOILERPLATE.search(s) and not REPORTED.search(s):
        return True
    if n <= _EDITOR_CREDIT_MAX and (_EDITOR_CREDIT.match(s) or _ROLE_CREDIT.match(_unbracketed(s))):
        return True
    if _outlet_sets_itself_apart(s, n):
        return True
    return n <= CONTRIBUTED_MAX and bool(_RIGHTS.search(s) or _DISCLAIMER.search(s) or _CONTRIBUTED.search(s))


# The outlet's street address and telephone number on a line of their own, as an old site's footer sets them: "142 Main
# Street, Pinecrest, PA 18458 · (570) 555-0187" (a number, a street, the town and code, and the line closing on a
# telephone number; a story's sentence names an address inside words of its own).
_POSTAL_LINE = re.compile(
    r"^\d{1,6}[A-Z]? [A-Z][\w'’.-]*( [A-Z][\w'’.-]*){0,3} (street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|"
    r"ln|way|place|pl|court|ct|highway|hwy|square|sq|terrace|crescent|parkway|pkwy)\b\.?,?[^.!?]{0,60}?"
    r"(\s*[·|•,–-]\s*|\s+)(tel\.?:? |phone:? |t:? )?(\+?\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{3}[ .-]?\d{3,4}$",
    re.IGNORECASE,
)
_POSTAL_LINE_MAX = 20


# A statistics release's note of when the next one comes, under its label: "Next release: The November unemployment rate
# will be released on December 18, 2026.", "Next release: 14 January 2027". The label opens the line and the note closes
# on the date, alone or after the figures for a period that will come out then ("The next release of the jobs report is
# due on December 18" has no label; "Next release: the band's third album will be out on March 3" names no period).
_PERIOD = (
    rf"({_MONTH}|(first|second|third|fourth)[- ]quarter|q[1-4]|(19|20)\d\d|annual|monthly|quarterly|weekly)"
)
_NEXT_RELEASE = re.compile(
    r"^(the )?next (scheduled |data |news |statistical )?(release|publication|update)( date)?\s*:\s*("
    rf"{_DATE}|(the )?{_PERIOD}\b[^.!?:]{{0,100}}\b(will be|is (scheduled|due|expected|set) to be|"
    r"are (scheduled|due|expected|set) to be)"
    rf" (released|published|issued|posted|available)\b[^.!?:]{{0,30}}?\b{_DATE})"
    r"([,.]?\s*(at )?\d{1,2}(:\d{2})?\s*[ap]\.?m\.?)?\W*$",
    re.IGNORECASE,
)
_NEXT_RELEASE_MAX = 35


def _release_label(s: str, n: int) -> bool:
    if n <= _NEXT_RELEASE_MAX and _NEXT_RELEASE.match(s):
        return True
    return n <= 12 and bool(_RELEASE_LABEL.match(s))


# The site's own contact prompt, with or without an address: "For feedback, complaints, or inquiries, contact
# us.", "Questions or corrections? Email us." (the site is "us"; "For help with flood damage, contact the
# council's hotline" names someone else).
_CONTACT_US = re.compile(
    r"^((for|with) [^.!?]{1,60}|(questions|comments|feedback|corrections|tips|story ideas?)\b[^.!?]{0,40}[?,:])\s*"
    r"(please )?(contact|e-?mail|write to|message|reach|call) us\b\W*$",
    re.IGNORECASE,
)
_CONTACT_US_MAX = 20
# The writer's own call to write back with the reader's material, a line of nothing else: "E-mail me with your stories
# and corrections!", "Write to us with your memories of the mill." (what is sent, ``WRITE_IN_WITH``, the reader's; "She
# e-mailed me with her stories" narrates, and a line that goes on past the call stays).
_WRITE_IN = re.compile(
    r"^(please )?(e-?mail|write( to)?|contact|message|mail) (me|us) with (your|any) (own )?"
    rf"({WRITE_IN_WITH})(,? (and|or) ({WRITE_IN_WITH}))?( (of|about|from) [^.!?]{{1,40}})?\W*$",
    re.IGNORECASE,
)
# The same prompt sending the reader to the site's webmaster, a line of nothing else: "Email the Webmaster",
# "Questions about this site? Contact our webmaster", "Send comments to the webmaster at webmaster@…", "Send questions
# or comments about this web site to the webmaster." (the call opens the line or follows the prompt's question; what is
# sent may be about the site itself, never about a thing of the story; "She tried to email the webmaster twice"
# narrates, and a sentence goes on past the webmaster).
_WEBMASTER_SENT = r"(comments|questions|feedback|suggestions|problems)"
_WEBMASTER = re.compile(
    r"^((questions|comments|problems|feedback|suggestions)\b[^.!?]{0,40}[?:]\s*)?(please )?"
    rf"(e-?mail|contact|write( to)?|message|mail|send (your |any )?{_WEBMASTER_SENT}( (or|and) {_WEBMASTER_SENT})?"
    r"( (about|on|regarding) (this|the|our) (web ?site|site|page))? to) "
    r"(the|our) (site |web ?site )?web ?master(\s*(at|:)\s*\S+)?\W*$",
    re.IGNORECASE,
)


# A sentence telling third parties how to reach someone other than the site: "Residents with questions about the program
# may call the Public Works Department at 555-0172 or email …", "Anyone with information is asked to contact …" (a
# release's or a story's own line: its subject is the public it concerns, stated, with a modal or "is asked to"). The
# site's furniture calls on the reader ("Email us", "Got a tip? Contact …", "You can reach …", "Readers may write to …")
# or names itself ("us", "our", "the newsroom").
# (The public may be named with the clause saying which of it the line concerns, past the 80 characters of a plain
# subject: "Landowners in <three counties> who are interested in hosting a monitoring site can contact the project team
# at …" sends on the landowners the story tells of.)
_PUBLIC_CONTACT = re.compile(
    r"^(?!(you|we|readers?|subscribers?|listeners?|viewers?)\b)(?-i:[A-Z])([^.!?:;]{2,80}?|[^.!?:;]{2,60}? (who|that) "
    r"((are|is) (interested in|keen to|hoping to|willing to)|(wish|want|would like|hope) to) [^.!?:;]{2,80}?)\s"
    r"(may|can|should|(is|are) (asked|encouraged|urged|invited) to)( also)? (call|contact|e-?mail|phone|reach|write to)\b",
    re.IGNORECASE,
)
# The same sentence read among a notice's contacts, under its "Contacts" heading: "Vessel agents with questions about
# berth allocation should contact Port Operations on … or …" tells the public the notice concerns where to turn, and is
# the notice's text, not a line of its press office's block. The press as that public ("Members of the media should
# contact …", ``PRESS_PUBLICS``) or the site itself (``_SITE_ITSELF``) is the block's.
_PRESS_PUBLIC = re.compile(rf"^({PRESS_PUBLICS})\b", re.IGNORECASE)


def sends_the_public_on(s: str) -> bool:
    """A sentence telling a public other than the press or the site's readers whom to reach (``_PUBLIC_CONTACT``)."""
    return bool(_PUBLIC_CONTACT.match(s)) and not (
        _PRESS_PUBLIC.match(s) or _SITE_ITSELF.search(s) or _in_someones_words(s)
    )


# The opening of a line sending questions on ("Questions about …", "Inquiries or comments …"), written once for the
# rules below that read one. A club's word "queries", and "any" before it, ask the same: "Any queries about the results
# should go to the sailing secretary at racing@… by Friday 10 October." (a regatta's report, its last line).
_QUESTIONS = (
    r"^(any )?(questions|queries|inquiries|enquiries|concerns)( or (comments|concerns|questions|queries))?"
)
_QUESTIONS_ABOUT = rf"{_QUESTIONS} (about|regarding|concerning|on)"
# The same line in the passive, the questions about a thing of the story's sent to someone other than the site:
# "Questions about the closures can be directed to Parks & Recreation at 937-555-0182 or parks@…" (the thing named with
# "the", "these" or "this"). Questions about the site's own things ("your subscription", "this story", "our coverage")
# or about nothing named ("Questions or comments can be directed to editor@…") are the site's.
# The questions may "go to" an officer of the body named by the role alone, in lower case, as a club or an association
# writes it: "Questions about these notes can go to the secretary at secretary@…" (a neighbourhood association's meeting
# notes), as "… can be sent to the secretary at …" already stays; never to a desk of the site's (``READER_DESKS``: "…
# can go to the editor at …") or one of its writers (``NEWSROOM_ROLES``, "the author").
_PUBLIC_QUESTIONS = re.compile(
    rf"{_QUESTIONS_ABOUT} "
    r"(the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|blog|post|column|issue|edition|episode|podcast|piece)\b)[^.!?:;]{1,60}?\s"
    r"((can|may|should)( also)? be (directed|sent|addressed|referred|forwarded|made) to\b|"
    rf"((can|may|should)( also)? )?go to (?!(the )?({READER_DESKS}|{NEWSROOM_ROLES}|author)s?\b))",
    re.IGNORECASE,
)
_SITE_ITSELF = re.compile(r"\b(us|our|newsroom|editors?|the desk)\b", re.IGNORECASE)
# The same line in the words of a body writing to its own members or residents: "Questions about your February statement
# can go to Member Services at 608-555-0163 or members@…" (a co-op's bulletin, the thing the member's own, "your"), "…
# about the closures can go to Parks & Recreation …", or put as the way things are done, with no modal: "Questions about
# the new columns go to the Records Office at records@…" (a data portal's post). The office it names opens
# on a capital, a department or a person, never "us"; questions about the reader's dealings with the site itself ("your
# subscription", "your account", ``READER_ACCOUNTS``), or about its pages, are the site's furniture, and so is a line the
# site signs (``_SITE_ITSELF``).
_MEMBERS_QUESTIONS = re.compile(
    rf"{_QUESTIONS_ABOUT} "
    rf"(your (?!({READER_ACCOUNTS})\b)|(the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|"
    r"blog|post)\b))[^.!?:;]{1,60}?\s((can|may|should)( also)? (be (directed|sent|addressed|referred|forwarded)|go)|go) "
    r"to (the )?(?-i:[A-Z])",
    re.IGNORECASE,
)

# The same line naming no thing the questions are about, when it sends them to an office by its name and gives the
# office's number: "Questions may be directed to the Town Clerk at (207) 555-0110 or clerk@…" (a release's closing line,
# pasted whole into a post). The office opens on a capital and the number follows "at"; "Questions or comments can be
# directed to editor@…" names no office, and a line sending them to the site's own desk (``READER_DESKS``: "to Customer
# Service at …") or signed by it (``_SITE_ITSELF``: "to our newsroom at …") stays the site's.
_OFFICE_QUESTIONS = re.compile(
    rf"{_QUESTIONS} (can|may|should)( also)? be "
    rf"(directed|sent|addressed|referred|forwarded) to (the )?(?!({READER_DESKS})\b)(?-i:[A-Z])[^.!?:;@]{{1,60}}? at "
    r"(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}\b",
    re.IGNORECASE,
)
# The same line put as a bare question and a call, a notice's closing line: "Questions? Call <Body> Customer Service at
# 555-0190, Monday through Friday, …, or email …" (a transit authority's rider notice). The office opens on a capital and
# its number follows "at" or "on", as above: a desk of the site's alone ("Questions? Call Customer Service at …", "… the
# Gazette's customer service …", ``READER_DESKS``), a line the site signs ("Call our donor services team", "call us",
# ``_SITE_ITSELF``) or one about the reader's dealings with the site (``READER_ACCOUNTS``: "… about your subscription")
# stays the site's furniture.
_OFFICE_CALL_ON_QUESTIONS = re.compile(
    rf"{_QUESTIONS}\?\s+(please )?"
    rf"(call|contact|phone|ring|reach) (the )?(?!([\w'’-]+['’]s )?({READER_DESKS})\b)(?-i:[A-Z])[^.!?:;@]{{1,60}}? "
    r"(at|on) (\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}\b",
    re.IGNORECASE,
)
_YOUR_ACCOUNT = re.compile(rf"\byour ({READER_ACCOUNTS})\b", re.IGNORECASE)

# The same line sending the questions about the story's thing straight to an address, nothing else after it: "Questions
# about the harvest log can go to harvest@…" (a garden society's report, its last line). The thing is named with "the",
# "these" or "this", not one of the site's own ("the newsletter", "this story", "the column", ``_SITE_THINGS``), the line
# not signed by the site (``_SITE_ITSELF``: "… can go to our editor at …"). "Questions can go to editor@…", naming no
# thing, and "Questions about your subscription can go to …" stay the site's.
_QUESTIONS_TO_ADDRESS = re.compile(
    rf"{_QUESTIONS_ABOUT} "
    r"(the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|blog|post)\b)[^.!?:;@]{1,60}?\s"
    r"(can|may|should)( also)? (be (directed|sent|addressed|referred|forwarded|e-?mailed)|go) to "
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+\b\W*$",
    re.IGNORECASE,
)

# What the questions are about may be an activity of the story's own put as a gerund, or two or three of them ("Questions
# about vending or volunteering can go to events coordinator <Given> <Surname> at …": a fair's stalls and its helpers), as
# the two lines below read them beside "the …": never the reader's dealings with the site (``page_lexicon.
# SITE_ERRAND_ACTIVITIES``: "Questions about advertising …", "… about subscribing …") nor a thing of nothing ("anything").
_ONE_ACTIVITY = rf"(?!({SITE_ERRAND_ACTIVITIES})\b)(?![a-z]*thing\b)[a-z]+ing\b"
_ACTIVITY_ASKED = rf"{_ONE_ACTIVITY}((,|,? or|,? and) {_ONE_ACTIVITY}){{0,2}}"

# The same line sending the questions to a person under a role set in lower case before the name, as a club or a league
# writes it: "Questions about the makeup schedule should go to league scheduler <Given> <Surname> at scheduling@…" (one
# to three words of the role, then a given name and a surname in capitals). The thing asked about is the story's, as
# above; the site's own ("Questions about this story should go to reporter …", "… about the newsletter …") or a line the
# site signs (``_SITE_ITSELF``: "our editor …") stays the site's furniture.
_QUESTIONS_TO_NAMED_ROLE = re.compile(
    rf"{_QUESTIONS_ABOUT} "
    r"((the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|blog|post)\b)[^.!?:;]{1,60}?|"
    rf"{_ACTIVITY_ASKED})\s"
    r"(can|may|should)( also)? (be (directed|sent|addressed|referred|forwarded)|go) to "
    r"(?-i:[a-z][\w'’-]*\s){1,3}(?-i:[A-Z][\w'’-]+\s[A-Z][\w'’-]+)\b",
    re.IGNORECASE,
)

# The same line in the body's own voice, the role its own ("our") and the person's name set off after it: "Questions
# about the data can go to our science coordinator, <Given> <Surname>, at data@… or 519-555-0187." (a river keepers'
# sampling update, its last line). The role is one to three words in lower case, none a newsroom's or a desk's
# (``NEWSROOM_ROLES``, ``READER_DESKS``: "our data editor, …", "our customer service team"), the name in capitals between
# commas, then an address or a number; the thing asked about is the story's, as above, and nothing else of the line is
# signed by the site. "Questions about this story can go to our reporter, …" stays the site's.
_QUESTIONS_TO_OUR_OFFICER = re.compile(
    rf"{_QUESTIONS_ABOUT} "
    r"(the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|blog|post|data (desk|team))\b)"
    r"[^.!?:;@]{1,60}?\s(can|may|should)( also)? (be (directed|sent|addressed|referred|forwarded)|go) to our "
    rf"(?P<role>(?!([\w'’-]+ ){{0,2}}({NEWSROOM_ROLES}|{READER_DESKS})s?\b)(?-i:[a-z][\w'’-]*)( (?-i:[a-z][\w'’-]*)){{0,2}}), "
    r"(?-i:[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,2}), at ([\w.+-]+@[\w-]+(\.[\w-]+)+|(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4})\b",
    re.IGNORECASE,
)

# A notice's enquiries line asking the reader to quote the notice's own reference, its code given: "Enquiries: <Body>
# customer services, 0300 555 0412, or enquiries@…, quoting reference TO-2025-014." (a waterway's stoppage notice,
# pasted whole into a forum post). The code, letters and digits joined by hyphens or slashes with a digit in it, names
# the notice, so the line is the notice's, not the site's contact box; "… quoting your order number" asks of the
# reader's own dealings, and a line the site signs (``_SITE_ITSELF``) stays.
_ENQUIRIES_QUOTING_REFERENCE = re.compile(
    r"^(enquiries|inquiries|queries|questions)\b[^@]{0,80}?@[^@]{1,60}?,? quoting (the )?(notice |stoppage |our )?"
    r"(reference|ref\.?|notice( number| no\.?)?)( number| no\.?)?:? (?=[A-Z0-9/-]*\d)(?-i:[A-Z0-9]+([/-][A-Z0-9]+)+)\W*$",
    re.IGNORECASE,
)


def _officer_named(s: str) -> bool:
    """A line sending the story's questions to an officer by role and name (``_questions_to_our_officer``,
    ``_queries_to_the_officer``), or a next edition's date with its officer (``_NEXT_EDITION_OFFICER``)."""
    return _questions_to_our_officer(s) or _queries_to_the_officer(s) or bool(_NEXT_EDITION_OFFICER.match(s))


def _questions_to_our_officer(s: str) -> bool:
    """Questions about the story's thing sent to the body's own officer by role and name (``_QUESTIONS_TO_OUR_OFFICER``),
    no newsroom's role, the rest of the line not the site's."""
    call = _QUESTIONS_TO_OUR_OFFICER.match(s)
    if call is None:
        return False
    return not _SITE_ITSELF.search(s[: call.start("role") - 4] + " " + s[call.end("role") :])


# The same line led by what the reader would do, sending them to a person under a role set in lower case and giving the
# person's number: "To register for a workshop or ask about the program, contact conservation technician <Given> <Surname>
# at 218-555-0172 or <name>@…" (a release's closing line). The errand is the story's; one with the site itself
# (``page_lexicon.SITE_ERRANDS``: "To advertise, contact sales manager …", "To report an error, …") or a line the site
# signs (``_SITE_ITSELF``: "our editor …") stays the site's furniture.
_ERRAND_TO_NAMED_ROLE = re.compile(
    rf"^to (?!({SITE_ERRANDS})\b)[a-z]+\b[^.!?:;]{{1,80}}?,\s(please\s)?(contact|call|e-?mail|reach)\s"
    r"(?-i:[a-z][\w'’-]*\s){1,3}(?-i:[A-Z][\w'’-]+\s[A-Z][\w'’-]+)\sat\s(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}\b",
    re.IGNORECASE,
)

# The same line about the story's thing sending the questions first to a public office by its number, then offering the
# site too: "Questions about the <Street> work can go to the city’s transportation desk at 905-555-0143, or to us at
# hello@…" (a neighbourhood association's post). The office, no desk of the site's (``READER_DESKS``) and not the site
# itself (``_SITE_ITSELF``), comes with its number before any "us": the story's contact, the site's address an addition.
# A line about the site's own things, or one sending questions to "us" first ("… can go to us at …"), stays the site's.
# What the questions are about may be named bare, no article before it, one to three words in lower case: "Questions about
# leaf collection can be directed to Public Works at 218-555-0164 or publicworks@…" (a city's notice), read by the line
# below as "the …" is. Never a pronoun's or a determiner's thing ("your …", "any …", ``THING_DETERMINERS``) nor, among
# its words, the reader's dealings with the site (``READER_ACCOUNTS``: "Questions about home delivery …";
# ``SITE_ERRAND_ACTIVITIES``: "… about advertising …") or the site's own matter (``SITE_MATTERS``: "… about obituaries
# …", "… about our coverage …").
_BARE_THING = (
    rf"(?!({THING_DETERMINERS})\b)(?!([a-z]+ ){{0,2}}({READER_ACCOUNTS}|{SITE_ERRAND_ACTIVITIES}|{SITE_MATTERS})\b)"
    r"(?-i:[a-z]+)( (?-i:[a-z]+)){0,2}"
)
_STORY_QUESTIONS_TO_OFFICE = re.compile(
    rf"{_QUESTIONS_ABOUT} "
    r"((the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|blog|post)\b)[^.!?:;]{1,60}?|"
    rf"{_ACTIVITY_ASKED}|{_BARE_THING})\s"
    r"(can|may|should)( also)? (be (directed|sent|addressed|referred|forwarded)|go) to "
    rf"(?!(the )?([\w'’-]+['’]s )?({READER_DESKS})\b)[^.!?:;@]{{1,60}}? at (\(?\d{{3}}\)?[\s.-]*)?\d{{3}}[.-]\d{{4}}\b",
    re.IGNORECASE,
)

# The same line with the role under "the", a club's officer ("the show secretary", "the race secretary") as "our" gives
# the body's own, closing on the address, and led by one sentence of the report's own on where the rest of it is:
# "Full results for all classes … are available to members in the Members’ Area. Queries about results should go to the
# show secretary, <Given> <Surname>, at shows@…" (a breed society's show report, its last line). "Queries" is asked as
# "questions" is, the thing named bare as above (``_BARE_THING``: never the reader's dealings with the site); the
# sentence before it must be no furniture of its own ("Subscribe to our newsletter." stays so, and the line with it).
_QUERIES_TO_THE_OFFICER = re.compile(
    r"(^|(?<=[.!?] ))(questions|queries|enquiries|inquiries)( or (comments|concerns|questions|queries))? "
    r"(about|regarding|concerning|on) "
    rf"((the|these|this) (?!(site|web ?site|page|story|article|newsletter|paper|list|blog|post)\b)[^.!?:;@]{{1,60}}?|"
    rf"{_BARE_THING})\s(can|may|should)( also)? (be (directed|sent|addressed|referred|forwarded)|go) to (our|the) "
    rf"(?P<role>(?!([\w'’-]+ ){{0,2}}({NEWSROOM_ROLES}|{READER_DESKS})s?\b)(?-i:[a-z][\w'’-]*)( (?-i:[a-z][\w'’-]*)){{0,2}}), "
    r"(?-i:[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,2}), at [\w.+-]+@[\w-]+(\.[\w-]+)+\.?$",
    re.IGNORECASE,
)
_LED_SENTENCES = 1  # one sentence of the report's before the queries line, at most


def _queries_to_the_officer(s: str) -> bool:
    """Queries about the story's thing sent to an officer by role and name closing on the address
    (``_QUERIES_TO_THE_OFFICER``), alone or after one sentence that is no furniture, nothing of it the site's."""
    call = _QUERIES_TO_THE_OFFICER.search(s)
    if call is None or _SITE_ITSELF.search(s[: call.start("role")] + " " + s[call.end("role") :]):
        return False
    lead = s[: call.start()].strip()
    if not lead:
        return True
    sentences = re.findall(r"[^.!?]+[.!?]", lead)
    return len(sentences) <= _LED_SENTENCES and furniture_rule(lead) is None


# The same officer under "the" as the one a reader still owes something of their own, sent on to the address: "Prize money
# will be paid by bank transfer this week. If you haven’t sent your details to the race secretary, please email races@…"
# (a club's race report, its last line). The reader has not yet sent, returned or given a thing "to the <role>" (one to
# three words in lower case, no newsroom's role nor a desk of the site's, ``NEWSROOM_ROLES``, ``READER_DESKS``), then the
# call to an address closes the line; one sentence of the report's may lead, no furniture of its own, as for
# ``_QUERIES_TO_THE_OFFICER``. A line the site signs (``_SITE_ITSELF``: "… to our subscriptions team"), one about the
# reader's dealings with the site (``READER_ACCOUNTS``: "If you haven't paid your subscription to the membership
# secretary, …") and one to a newsroom's role ("… your story to the news editor …") stay the site's.
_OUTSTANDING_TO_THE_OFFICER = re.compile(
    r"(^|(?<=[.!?] ))if you (have not|haven['’]t|did not|didn['’]t)( yet| already)? "
    r"(sent|returned|given|submitted|handed in|passed on|paid)\b[^.!?:;@]{0,60}? to the "
    rf"(?P<role>(?!([\w'’-]+ ){{0,2}}({NEWSROOM_ROLES}|{READER_DESKS})s?\b)(?-i:[a-z][\w'’-]*)( (?-i:[a-z][\w'’-]*)){{0,2}})"
    r"( yet)?,\s(please\s)?(e-?mail|contact|write to)\s([^.!?@]{0,40}?\s)?(at\s)?[\w.+-]+@[\w-]+(\.[\w-]+)+\.?$",
    re.IGNORECASE,
)


def _outstanding_to_the_officer(s: str) -> bool:
    """The reader sent on to an address for a thing still owed to the body's officer by role
    (``_OUTSTANDING_TO_THE_OFFICER``), alone or after one sentence that is no furniture, nothing of it the site's."""
    call = _OUTSTANDING_TO_THE_OFFICER.search(s)
    if call is None or _SITE_ITSELF.search(s) or _YOUR_ACCOUNT.search(s):
        return False
    lead = s[: call.start()].strip()
    if not lead:
        return True
    sentences = re.findall(r"[^.!?]+[.!?]", lead)
    return len(sentences) <= _LED_SENTENCES and furniture_rule(lead) is None


# A report's closing line naming when the next edition is held and who runs it, by a role label, a name and an
# address: "The 48th count will be held on Saturday, December 21, 2024. Compiler: <Given> <Surname>, count@…" (a
# bird club's count report). The date of the event's own next edition ("the 48th count", "the next show") tells the
# story's news; the role label is the event's officer, not a desk of the site's ("Editor:", ``NEWSROOM_ROLES``,
# ``READER_DESKS``). A role and address with no such sentence before it ("Compiler: <Name>, <address>" alone) and a
# date of the site's own ("The next issue will be out on …") stay furniture.
_NEXT_EDITION_OFFICER = re.compile(
    r"^the (next|\d{1,3}(st|nd|rd|th)|(?-i:[a-z]+)(th|st|nd|rd)) (?!(issue|edition|newsletter|episode|post|bulletin)\b)"
    r"(?-i:[a-z]+)( (?-i:[a-z]+)){0,2} (will be held|will take place|takes place|is set) on "
    rf"([a-z]+day,? )?({_MONTH}) \d{{1,2}}(,? \d{{4}})?\. "
    rf"(?!({NEWSROOM_ROLES}|{READER_DESKS})s?\b)(?-i:[A-Z][a-z]+)( (?-i:[a-z]+)){{0,2}}: "
    r"(?-i:[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,2}), [\w.+-]+@[\w-]+(\.[\w-]+)+\.?$",
    re.IGNORECASE,
)

# The same line put as a call, an office by its name and its number first, the questions about the notice's thing after
# it: "Please contact the Navigation Office on 01632 960 418 or navigation@… if you have any questions about this
# stoppage." (a notice's closing line). The office opens on a capital, no desk of the site's (``READER_DESKS``) and not
# the site itself (``_SITE_ITSELF``: "us", "the newsroom"), and gives a phone number (``PHONE``) before the e-mail; the
# questions are about a thing of the notice's ("this stoppage", "the closure"), not the site's own ("this story", "the
# newsletter", ``READER_ACCOUNTS``). "Please contact us at … if you have questions about this story" and "Email the
# editor at … with any questions" stay the site's furniture.
_OFFICE_CALL_FOR_QUESTIONS = re.compile(
    rf"^(please )?(contact|call|phone|ring|e-?mail) (the )?(?!({READER_DESKS})\b)(?-i:[A-Z])[^.!?:;@]{{1,60}}? (on|at) "
    r"(?P<number>[\d(+][\d ().-]{6,}\d)\b([^.!?]|\.(?=\w)){0,80}? if you have (any )?(further |other )?"
    r"(questions|queries|enquiries|inquiries|concerns) (about|regarding|concerning|on) (the|this|these) "
    rf"(?!({READER_ACCOUNTS}|site|web ?site|page|story|article|newsletter|paper|list|blog|post)\b)[^.!?:;]{{1,60}}[.!]?$",
    re.IGNORECASE,
)


def _office_call_for_questions(s: str) -> bool:
    """A call to put the questions about the notice's thing to an office by its name and number
    (``_OFFICE_CALL_FOR_QUESTIONS``), the office not the site's."""
    call = _OFFICE_CALL_FOR_QUESTIONS.match(s)
    if call is None or not PHONE.search(call.group("number")):
        return False
    return not _SITE_ITSELF.search(s[: call.start("number")])


# The same errand put as a notice that entries are open, then the call to the officer who takes them: "Entries for the
# Summer Open on 9–10 August are now open. Contact the tournament secretary on 01632 960 555 or at entries@…" (a club's
# report of its own event, closing it). The entries (``page_lexicon.OPEN_ENTRIES``) are for an event named in capitals,
# the call follows in a sentence of its own and names the officer by a role in lower case ("the tournament secretary",
# "the club's entries officer"), never a desk of the site's (``READER_DESKS``) or the site itself (``_SITE_ITSELF``:
# "us", "our", "the editor"), with a phone number (``PHONE``). "Entries are now open for the Awards 2025." under no call,
# and "Registration for our webinar is open. Email us at …" stay the site's.
_ENTRIES_OPEN_CALL = re.compile(
    rf"^(?P<entries>{OPEN_ENTRIES}) (for|to) (the )?(?-i:[A-Z])[^.!?]{{1,80}}? (are|is) (now )?open\b[^.!?]{{0,40}}[.!]\s+"
    r"(please )?(contact|call|phone|ring|e-?mail|write to) (the )?([\w'’-]+['’]s )?"
    rf"(?!({READER_DESKS})\b)(?-i:[a-z][\w'’-]*)( (?-i:[a-z][\w'’-]*)){{0,2}} (on|at) "
    r"(?P<number>[\d(+][\d ().-]{6,}\d)\b",
    re.IGNORECASE,
)


def _entries_open_call(s: str) -> bool:
    """A notice that entries to the story's own event are open, then a call to the officer taking them by a role and a
    phone number (``_ENTRIES_OPEN_CALL``), the site not named."""
    call = _ENTRIES_OPEN_CALL.match(s)
    return call is not None and bool(PHONE.search(call.group("number"))) and not _SITE_ITSELF.search(s)


# The same notice put as the day entries close, then the call to e-mail the officer who takes them, closing the line:
# "Next up is <Regatta> on 6 July, on our home water. Entries close on 24 June; email captain@… if you want to be put in
# a crew." (a club's report of its own event, its last line). The entries (``OPEN_ENTRIES``) close on a day, and the call
# in the same sentence or the next sends the reader to an address; the sentence of the entries and the call names no
# desk of the site's (``READER_DESKS``) and not the site itself (``_SITE_ITSELF``: "email us", "our events team"), and
# an earlier sentence of the line may ("on our home water": the club's own event). "Entries close on Friday." with no
# call, and "Registration for our webinar closes on 3 May; email us at …" stay the site's.
_ENTRIES_CLOSE_CALL = re.compile(
    rf"(^|[.!?]\s+)(?P<call>({OPEN_ENTRIES}) (close|closes|are due|is due)( on| by)? [^.!?;:@]{{1,30}}?[.;,]\s+"
    rf"(please )?(e-?mail|contact|write to|message) (?!({READER_DESKS})\b)[\w.+-]+@[\w-]+(\.[\w-]+)+\b[^.!?@]{{0,80}}[.!]?)$",
    re.IGNORECASE,
)


def _entries_close_call(s: str) -> bool:
    """The day entries to the story's own event close, then a call to e-mail the officer taking them, closing the line
    (``_ENTRIES_CLOSE_CALL``), neither signed by the site."""
    call = _ENTRIES_CLOSE_CALL.search(s)
    return call is not None and not _SITE_ITSELF.search(call.group("call"))


# The same notice put as the day entries to the club's next event open, then the call to its members who would help,
# closing on the address that takes them: "Entries for next year's Spring Triples open on 1 February. Any member wishing
# to help organise should speak to <Name> in the clubhouse or email competitions@…" (a bowls club's report of its own
# event, its last line). The entries (``OPEN_ENTRIES``) are for an event named in capitals, a season's word before it at
# most ("next year's"); the call is a sentence of its own to the body's members or helpers (``_MEMBERS_CALLED``), ending
# on an address, no desk of the site's (``READER_DESKS``) and nothing signed by the site (``_SITE_ITSELF``: "our
# webinar", "email us"). "Entries open on 1 February." with no call, and a call to readers ("Readers wishing to …") stay
# the site's.
_MEMBERS_CALLED = r"(any |all )?(club |society )?(members?|volunteers?|helpers?)"
_ENTRIES_OPEN_ON_CALL = re.compile(
    rf"^({OPEN_ENTRIES}) (for|to) ((next|this) (year|season)['’]s |the )?(?-i:[A-Z])[^.!?;:@]{{1,60}}? "
    r"(open|opens|will open|reopen|reopens) (on|from|in) [^.!?;:@]{1,30}?[.!]\s+"
    rf"{_MEMBERS_CALLED} (wishing|who wish(es)?|wanting|who want(s)?|keen|interested|able) [^.!?@]{{1,60}}? "
    r"(should|can|may|is asked to|are asked to) (speak to|talk to|contact|see|e-?mail|call|ring|message)\b[^.!?@]{0,60}?"
    rf"(?P<address>(?!({READER_DESKS})\b)[\w.+-]+@[\w-]+(\.[\w-]+)+)\b\W*$",
    re.IGNORECASE,
)


def _entries_open_on_call(s: str) -> bool:
    """The day entries to the club's own event open, then a call to its members who would help, ending on the address
    (``_ENTRIES_OPEN_ON_CALL``), nothing of it signed by the site."""
    return _ENTRIES_OPEN_ON_CALL.match(s) is not None and not _SITE_ITSELF.search(s)


# The same notice put as the time the applications will open, then the call to e-mail the address that takes them from
# the reader who is interested, closing the line: "Adoption applications for <Name> and two of the others will open in
# June. If you are interested, email adopt@… and <Name> will send you our adoption packet." (a rescue's newsletter, its
# letter's last line). The entries (``OPEN_ENTRIES``, a word before them or not) are for a thing of the story's, and
# nothing up to the address is signed by the site (``_SITE_ITSELF``: "our webinar", "email us") or names its pages
# (``_SITE_THINGS``); the address is no desk of the site's (``READER_DESKS``). What the person at the address will do
# after it is the story's own business ("our adoption packet"). "Applications open in June." with no call, and
# "Registration for our webinar opens on 3 May. If you are interested, email …" stay the site's.
_ENTRIES_OPENING_CALL = re.compile(
    rf"^((?-i:[A-Z])[\w'’-]* )?({OPEN_ENTRIES}) (for|to) [^.!?;:@]{{1,80}}? "
    r"(will (open|reopen|be open)|open|opens|reopens?|(are|is) (now )?open)\b[^.!?;:@]{0,40}[.!]\s+"
    r"if you(['’]re| are) interested( in [^.!?;:,@]{1,40})?,\s(please\s)?(e-?mail|contact|write to|message) "
    rf"(?P<address>(?!({READER_DESKS})\b)[\w.+-]+@[\w-]+(\.[\w-]+)+)\b[^.!?@]{{0,80}}[.!]?$",
    re.IGNORECASE,
)


def _entries_opening_call(s: str) -> bool:
    """The time applications for the story's thing open, then a call to the interested reader to e-mail the address
    taking them (``_ENTRIES_OPENING_CALL``), nothing up to it the site's."""
    call = _ENTRIES_OPENING_CALL.match(s)
    if call is None:
        return False
    ask = s[: call.start("address")]
    return not (_SITE_ITSELF.search(ask) or _SITE_THINGS.search(ask))


# A club's report asking for a reader's own entry it left out of the report's listing: "If we've missed your result,
# email results@… and we'll add it to the table." (a running club's race report, under its results). What was missed is
# the reader's entry in the event (``page_lexicon.LISTED_ENTRIES``: a result, a time, a name) and it goes into the
# report's own listing (``REPORT_LISTINGS``: the table, the results, the list), at an address that is no desk of the
# site's (``READER_DESKS``). "If we've missed your event, email … and we'll add it to the calendar" (a listings desk's),
# "If we've made a mistake, email …" (a corrections note) and "If you spot an error, …" stay the site's.
_MISSED_ENTRY_CALL = re.compile(
    r"^if we(['’]ve| have)? (missed|left out|left off|omitted|forgotten|forgot) your "
    rf"([\w'’-]+ )?({LISTED_ENTRIES}),\s(please\s)?(e-?mail|contact|message|write to) "
    rf"(?!({READER_DESKS})\b)[\w.+-]+@[\w-]+(\.[\w-]+)+\b,?\s(and|so) we(['’]ll| will| can) (add|include|put) "
    rf"(it|them|you) (to|in|on|into) the ({REPORT_LISTINGS})\b[^.!?@]{{0,40}}[.!]?$",
    re.IGNORECASE,
)


# The same errand sent to the service's own desk by its number and the hours it answers, then to its address: "For help
# with your booking, call our customer service team on 01632 960148 (8am to 6pm daily) or email bookings@…", "If you have
# any questions, please contact our <Town> office on 01631 555 210, 7am to 7pm, or email …" (a ferry operator's notice of
# a change to its sailings, its last line). A desk answering by the clock is a service's: the line opens on the reader's
# questions or the help they need with the notice's thing, never on the reader's dealings with a site (``_YOUR_ACCOUNT``:
# "your subscription", "your account", anywhere in the line) nor on its pages (``_SITE_THINGS``), and the desk is no
# press office or newsroom (``_PRESS_DESK``, ``page_lexicon.PRESS_DESKS``). "Email our newsroom at … or call …" gives no
# hours, and "For media enquiries, call our press office on …, 9am to 5pm, or email …" asks no question of the notice's:
# both stay the site's.
_CLOCK_TIME_OF_DAY = r"\d{1,2}([:.]\d{2})? ?(am|pm|a\.m\.|p\.m\.)"
_DESK_HOURS_CALL = re.compile(
    r"^(if you have (any )?(further |other )?(questions|queries|enquiries|inquiries)|"
    r"for help with (your|the|this|these) [^.!?:;,@]{1,40}),\s(please )?(call|contact|phone|ring) (our|the) "
    r"(?P<desk>[^.!?:;,@()]{1,40}?) (on|at) (?P<number>[\d(+][\d ().-]{6,}\d)(,\s|\s\()"
    rf"[^()@]{{0,30}}?{_CLOCK_TIME_OF_DAY} ?(to|until|-|–) ?{_CLOCK_TIME_OF_DAY}[^()@]{{0,30}}?\)?,?\s"
    r"or e-?mail [\w.+-]+@[\w-]+(\.[\w-]+)+\b\.?$",
    re.IGNORECASE,
)
_PRESS_DESK = re.compile(rf"\b({PRESS_DESKS})\b", re.IGNORECASE)
# The same call with the question about the notice's thing named, the address given beside the number and the hours
# closing the line: "If you have a question about the new timetables, contact our customer team on 0300 555 0161 or
# at customerservices@…, 7am to 8pm every day." (a tram operator's timetable notice, its last line). The thing is
# named with "the", "this" or "these", none of the site's own (``_SITE_THINGS``, ``_YOUR_ACCOUNT``); the hours by the
# clock close the line, after the address. "If you have a question, contact our newsroom on … or at …" names no thing
# of the notice's and gives no hours, and stays the site's.
_DESK_CALL_HOURS_AFTER = re.compile(
    r"^if you have (a|any) (further |other )?(question|questions|query|queries|enquiry|enquiries|inquiry|inquiries) "
    r"(about|regarding|on) (the|this|these) [^.!?:;,@]{1,40},\s(please )?(call|contact|phone|ring) (our|the) "
    r"(?P<desk>[^.!?:;,@()]{1,40}?) (on|at) (?P<number>[\d(+][\d ().-]{6,}\d),? or (at |e-?mail |by e-?mail (at )?)?"
    rf"[\w.+-]+@[\w-]+(\.[\w-]+)+,\s[^()@]{{0,30}}?{_CLOCK_TIME_OF_DAY} ?(to|until|-|–) ?{_CLOCK_TIME_OF_DAY}"
    r"[^()@.!?]{0,30}[.!]?$",
    re.IGNORECASE,
)


def _desk_hours_call(s: str) -> bool:
    """The reader's questions on the notice's thing sent to the service's desk by its number and its hours, then to its
    address (``_DESK_HOURS_CALL``), the desk no press office and the line about no dealings with a site."""
    call = _DESK_HOURS_CALL.match(s) or _DESK_CALL_HOURS_AFTER.match(s)
    if call is None or not PHONE.search(call.group("number")):
        return False
    return not (_PRESS_DESK.search(call.group("desk")) or _YOUR_ACCOUNT.search(s) or _SITE_THINGS.search(s))


# The questions about the story's thing put as a line opening on them, then the call to an office by its name and its
# number: "For questions about the burn ban, contact the <Township> Fire Department at 555-0187 or fire@…" (a notice's
# closing line, ``_OFFICE_CALL_FOR_QUESTIONS``'s call the other way round). The thing asked about is named with "the",
# "this" or "these", not the site's own ("this story", "the newsletter", ``READER_ACCOUNTS``: "your subscription"); the
# office opens on a capital, no desk of the site's (``READER_DESKS``: "Customer Service") and not the site itself
# (``_SITE_ITSELF``: "our newsroom", "us"), and its number follows "at" or "on". "For media enquiries, contact the press
# office at …" asks about no thing of the story's, and "For questions about this story, contact our newsroom at …" stays
# the site's.
_FOR_QUESTIONS_CALL = re.compile(
    r"^for (any )?(further |other )?(questions|queries|enquiries|inquiries|information) "
    r"(about|regarding|concerning|on) (the|this|these) "
    rf"(?!({READER_ACCOUNTS}|site|web ?site|page|story|article|newsletter|paper|list|blog|post)\b)[^.!?:;,]{{1,60}},\s"
    rf"(please )?(contact|call|phone|ring|reach) (the )?(?!([\w'’-]+['’]s )?({READER_DESKS})\b)(?-i:[A-Z])[^.!?:;@]{{1,60}}? "
    r"(at|on) (?P<number>(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}\b|[\d(+][\d ().-]{6,}\d\b)",
    re.IGNORECASE,
)


def _questions_call_to_office(s: str) -> bool:
    """A line opening on the questions about the story's thing, then a call to an office by its name and number
    (``_FOR_QUESTIONS_CALL``), neither the site's."""
    call = _FOR_QUESTIONS_CALL.match(s)
    if call is None:
        return False
    number = call.group("number")
    if not (PHONE.search(number) or re.fullmatch(r"(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}", number)):
        return False
    return not (
        _SITE_ITSELF.search(s[: call.start("number")]) or _SITE_THINGS.search(s[: call.start("number")])
    )


# The same call put under the time the notice leaves until its change, the questions asked "before then": "If you have
# questions before then, please contact the <School> main office at 555-0183 or email transition@…" (a district's
# notice of a school's closing, pasted into a forum post). The questions are about the wait the notice announces
# ("before then", "in the meantime", "until then"), the office opens on a capital, no desk of the site's
# (``READER_DESKS``: "Customer Service") and not the site itself (``_SITE_ITSELF``: "our newsroom"), its number after
# "at" or "on" and an address at most after it. "If you have questions, please contact the Editor at …" asks nothing
# of a wait and names the site's desk, and stays the site's.
_QUESTIONS_BEFORE_THEN = re.compile(
    r"^if you have (any )?(further |other )?(questions|queries|enquiries|inquiries|concerns) "
    r"(before then|in the meantime|until then),\s(please )?(contact|call|phone|ring|reach) (the )?"
    rf"(?!([\w'’-]+['’]s )?({READER_DESKS})\b)(?-i:[A-Z])[^.!?:;@]{{1,60}}? (at|on) "
    r"(?P<number>(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}\b|[\d(+][\d ().-]{6,}\d\b)"
    r"(,? or (e-?mail |at |by e-?mail (at )?)?[\w.+-]+@[\w-]+(\.[\w-]+)+)?\.?$",
    re.IGNORECASE,
)


def _questions_before_then(s: str) -> bool:
    """The questions of the notice's wait sent to an office by its name and number (``_QUESTIONS_BEFORE_THEN``), the
    office not the site's."""
    call = _QUESTIONS_BEFORE_THEN.match(s)
    if call is None:
        return False
    number = call.group("number")
    if not (PHONE.search(number) or re.fullmatch(r"(\(?\d{3}\)?[\s.-]*)?\d{3}[.-]\d{4}", number)):
        return False
    return not _SITE_ITSELF.search(s)


# The same line led by the reader's errand in the story's own affairs, sending it to an address or to an office by its
# number: "If you'd like to marshal next year, or help with the club's two summer crits, email racing@…" (a club's race
# report), "To book a hygiene visit, call Field Services on 01555 019 230 or email fieldservices@…" (a co-op's price
# report), "If you can help with fostering over the winter, please email <Name> at …" (a rescue's appeal in its
# newsletter). The errand opens the line ("To <verb> …,", "If you'd like to <verb> …," or "If you can <verb> …,") and
# the call follows its comma; an errand with the site itself (``SITE_ERRANDS``: "To advertise, email …"; ``SITE_SIDE_ERRANDS``: "To arrange an
# interview with an Institute expert, contact media@…", "If you'd like to support the blog, …", "To reach the author,
# …") or a line the site signs (``_SITE_ITSELF``: "email us", "our newsroom") or about its own pages (``_SITE_THINGS``:
# "If you'd like to get this newsletter, …") stays the site's furniture.
_STORY_ERRAND = re.compile(
    r"^(to|if you(['’]d| would)? (like|want|wish) to|if you (can|could)) "
    rf"(?!({SITE_ERRANDS}|{SITE_SIDE_ERRANDS})\b)[a-z]+\b[^.!?:;]{{0,100}}?,\s(please\s)?"
    r"(e-?mail|call|contact|ring|phone|text|write to)\s",
    re.IGNORECASE,
)
# The same errand put as the help the story's event still needs, then the public asked to give it: "Volunteers are still
# needed to run the snack stand and keep the clock. Families who can help should contact tournament director <Name> at
# …" (a league's post on its own tournament): a sentence of what is needed ("needed", "wanted", "sought"), then
# ``_PUBLIC_CONTACT``'s sentence, the public it concerns, stated, who "should contact" someone. A line the site signs
# (``_SITE_ITSELF``: "Writers are wanted. Freelancers should email the editor at …") stays the site's furniture.
_HELP_NEEDED = re.compile(
    r"^(?-i:[A-Z])[^.!?:;]{2,60}? (is|are) (still |urgently |also |always )?(needed|wanted|sought)\b[^.!?]{0,80}[.!]\s+",
    re.IGNORECASE,
)
# The same line telling the public where its written say on the story's matter goes before a body decides: "Written
# comments go to the city clerk at clerk@… and must arrive by noon the day before." (a hearing's or a consultation's
# submissions, ``page_lexicon.PUBLIC_SUBMISSIONS``, written or public, sent to an office, not a desk of the site's,
# ``READER_DESKS``, nor the site itself, ``_SITE_ITSELF``). "Comments go to editor@…" names no public say, and "Written
# comments about this story can be sent to our newsroom" is the site's.
_PUBLIC_SUBMISSIONS_TO = re.compile(
    rf"^(written|public|formal) ({PUBLIC_SUBMISSIONS})( (on|about|regarding|concerning|for) [^.!?:;]{{1,60}}?)? "
    r"(go|goes|(can|may|should|must) go|((can|may|should|must) be|are to be) (sent|submitted|e-?mailed|mailed|directed|"
    rf"addressed|delivered|filed|made)) to (the )?(?!({READER_DESKS})\b)",
    re.IGNORECASE,
)
# The same say put as what a body's meeting allows, in a sentence of the line: "The board's planning committee meets
# March 14 at 5:30 p.m. in the <Terminal> community room. Public comment is allowed in person and by email to board@…" (a
# post on the story's board). Public or written comment, testimony … (``PUBLIC_SUBMISSIONS``) is allowed, accepted or
# taken by e-mail or by post, sent to an address or an office that is no desk of the site's (``READER_DESKS``) and not
# the site itself (``_SITE_ITSELF``). "Comments are welcome by email to …" names no public say, and "Public comments on
# this story are welcome by email to our newsroom" is the site's.
_PUBLIC_SAY_BY_MAIL = re.compile(
    rf"(^|[.!?]\s+)(written|public) ({PUBLIC_SUBMISSIONS}) (is|are|will be|(can|may) be) (also )?"
    r"(allowed|accepted|taken|welcome|welcomed|invited|received)\b[^.!?:;]{0,40}?\b(by|via|through) (e-?mail|mail|post)"
    rf"( (to|at) (the )?(?!({READER_DESKS})\b)\S)",
    re.IGNORECASE,
)
# The same say put as what the public the story concerns can send, the public the subject: "Residents can submit written
# comments on the arena project to arena@… until Jan. 31." (a story's line on a council's consultation). A public named in
# capitals, never the reader or the site's own audience ("You can …", "Readers may …"), that can, may or is invited to
# submit, send or file its written, public or formal comment, testimony … (``PUBLIC_SUBMISSIONS``) to an address or an
# office that is no desk of the site's (``READER_DESKS``) and not the site itself (``_SITE_ITSELF``). "Readers can submit
# written comments to the editor" and "Residents can submit comments …" (no say of a public's kind) stay the site's.
_PUBLIC_SENDS_SAY = re.compile(
    r"^(?!(you|we|readers?|subscribers?|listeners?|viewers?|members?|users?)\b)(?-i:[A-Z])[^.!?:;]{2,60}?\s"
    r"(may|can|should|(is|are) (asked|encouraged|urged|invited) to)( also)? (submit|send|file|e-?mail|mail) "
    rf"(their )?(written|public|formal) ({PUBLIC_SUBMISSIONS})\b[^.!?:;]{{0,60}}? to (the )?(?!({READER_DESKS})\b)\S",
    re.IGNORECASE,
)
_SITE_THINGS = re.compile(
    r"\b(this|the|our) (site|web ?site|blog|newsletter|paper|page|list|podcast|show|publication|magazine|column)\b",
    re.IGNORECASE,
)
# The same errand put as the things of the story's own left to be fetched, opening the line, then how else to get them:
# "Rosettes not collected on the day can be picked up from me at the October members' meeting, or I can post them if
# you email <address> with your address." (a show secretary's results), "Lost property can be claimed at the fair
# office, or email …" The things are picked up, collected or claimed somewhere; a line the site signs (``_SITE_ITSELF``:
# "from our office") or about its own pages (``_SITE_THINGS``: "Copies of the paper can be collected …") stays the
# site's furniture.
_COLLECTION_ERRAND = re.compile(
    r"^(?!(you|we|i)\b)(?-i:[A-Z])[^.!?:;@]{1,80}? (can|may|will) (also |still )?be (picked up|collected|claimed)\b",
    re.IGNORECASE,
)


# A report's own postscript gathering the event's pictures for an officer of the body, named by the role: "Photographs
# from the day are being added to the gallery this week. If you have photos you are willing to share, please send them
# to the Show Secretary at <address>." (a club's show report). A site's call for its readers' pictures sends them to the
# site itself, "us", its newsroom, a desk or a writer of its own (``READER_DESKS``, ``PRESS_DESKS``, ``NEWSROOM_ROLES``:
# "… send them to the news desk at …", "… to our editor at …"), and stays furniture.
_PICTURES_TO_OFFICER = re.compile(
    rf"\bif you have (any )?({READER_MEDIA})\b[^.!?]{{0,60}}, (please )?(send|e-?mail|forward|pass) them (on )?to "
    rf"(the|our) (?!([\w'’-]+ ){{0,2}}({NEWSROOM_ROLES}|{READER_DESKS}|{PRESS_DESKS})s?\b)[\w'’-]+( [\w'’-]+){{0,2}} "
    r"(at|on|via)\b",
    re.IGNORECASE,
)


def gathers_pictures_for_officer(s: str) -> bool:
    """A line asking the reader with pictures of the event to send them to an officer of the body by the role
    (``_PICTURES_TO_OFFICER``), in no quotation marks (a report's "are being added" is no speech)."""
    return bool(_PICTURES_TO_OFFICER.search(s)) and not _QUOTE_MARK.search(s)


def _story_office_call(s: str) -> bool:
    """A line sending the story's questions or errands to an office or an officer of its own, by one of the calls
    read above (``_questions_call_to_office`` … ``_questions_before_then``)."""
    return (
        _questions_call_to_office(s)
        or _desk_hours_call(s)
        or _officer_named(s)
        or _outstanding_to_the_officer(s)
        or _questions_before_then(s)
        or gathers_pictures_for_officer(s)
    )


def _contact_email(s: str, n: int) -> bool:
    # (Not a phone number on its own line: on a shop's or a venue's page it is what the reader needs.)
    if (
        n <= _CONTACT_US_MAX
        and (_CONTACT_US.match(s) or _WEBMASTER.match(s) or _WRITE_IN.match(s))
        and not (REPORTED.search(s))
    ):
        return True
    if (_PUBLIC_CONTACT.match(s) or _PUBLIC_QUESTIONS.match(s)) and not _SITE_ITSELF.search(s):
        return False
    if any(
        q.match(s)
        for q in (_MEMBERS_QUESTIONS, _OFFICE_QUESTIONS, _QUESTIONS_TO_NAMED_ROLE, _ERRAND_TO_NAMED_ROLE)
    ) and not (_SITE_ITSELF.search(s)):
        return False
    if (office := _STORY_QUESTIONS_TO_OFFICE.match(s)) and not _SITE_ITSELF.search(office.group(0)):
        return False
    if _office_call_for_questions(s) or _entries_open_call(s) or _entries_close_call(s):
        return False
    if _entries_opening_call(s) or _entries_open_on_call(s) or _MISSED_ENTRY_CALL.match(s):
        return False
    if _story_office_call(s):
        return False
    if _ENQUIRIES_QUOTING_REFERENCE.match(s) and not _SITE_ITSELF.search(s):
        return False
    if _QUESTIONS_TO_ADDRESS.match(s) and not (_SITE_ITSELF.search(s) or _SITE_THINGS.search(s)):
        return False
    if _OFFICE_CALL_ON_QUESTIONS.match(s) and not (_SITE_ITSELF.search(s) or _YOUR_ACCOUNT.search(s)):
        return False
    if (_STORY_ERRAND.match(s) or _COLLECTION_ERRAND.match(s)) and not (
        _SITE_ITSELF.search(s) or _SITE_THINGS.search(s)
    ):
        return False
    if (
        (need := _HELP_NEEDED.match(s))
        and _PUBLIC_CONTACT.match(s[need.end() :])
        and not _SITE_ITSELF.search(s)
    ):
        return False
    # (one item of a list of the ways to take part, "- Written comments go to …", as well as a line of its own)
    if (
        _PUBLIC_SUBMISSIONS_TO.match(LIST_ITEM.sub("", s))
        or _PUBLIC_SAY_BY_MAIL.search(s)
        or _PUBLIC_SENDS_SAY.match(s)
    ) and not _SITE_ITSELF.search(s):
        return False
    if _SPELT_EMAIL_LINE.match(s):
        return True
    return n <= 30 and bool(EMAIL.search(s)) and not REPORTED.search(s) and not _NARRATIVE.search(s)


def _wire_trailer(s: str, n: int) -> bool:
    if n <= 6 and (_WIRE_INITIALS.match(s) or _AGENCY_INITIALS.match(s)):
        return True
    if n == 1 and _WIRE_CODE.match(s):
        return True
    if n <= _DISTRIBUTED_MAX and _DISTRIBUTED.match(s) and not REPORTED.search(s):
        return True
    if n <= _DISTRIBUTED_MAX and _DISTRIBUTOR_NOTE.search(s) and not REPORTED.search(s):
        return True
    return (n <= 30 and bool(_WIRE_VIEW.match(s))) or (n <= 10 and bool(_WIRE_SOURCE.match(s)))


def _reading_time(s: str, n: int) -> bool:
    return n <= 12 and bool(_READING_TIME.search(s))


# An advertisement's placeholder, speaking of itself: "This advertisement has not loaded yet, but your article
# continues below."
_AD_PLACEHOLDER = re.compile(
    r"^(this |the )?(advertisement|advert|ad) (has not|hasn't|did not|didn't|could not|couldn't|failed to) "
    r"(yet )?(been )?load(ed)?\b",
    re.IGNORECASE,
)


# An advertisement set in the text under its own label: "TEXT AD: Call Chukwudi on 0803 … for genuine spare
# parts", "ADVERTISEMENT: …", "Sponsored: …" (not "AD:", an interviewer's initials in a Q&A).
_AD_LABEL = re.compile(
    r"^(text ad|classified ad|advertisement|advert|advertorial|sponsored( content| post| message)?|paid "
    r"(content|post|advertisement|promotion))\s*(:|\||[-–—]\s)\s*\S",
    re.IGNORECASE,
)
_AD_LABEL_MAX = 40


def _ad_marker(s: str, n: int) -> bool:
    if n <= _AD_LABEL_MAX and _AD_LABEL.match(s):
        return True
    return (n <= 8 and bool(_AD_MARKER.match(s))) or (n <= 16 and bool(_AD_PLACEHOLDER.match(s)))


# A privacy notice in the site's voice, the reader's data and the site's own policy together: "RNS may use your
# IP address to confirm compliance … please see our Privacy Policy", "We process your personal data as set out in
# our privacy notice". ("The regulator said the app's privacy policy let it sell personal data" reports; "Under the
# new privacy policy, the app shares users' data" names no "our".)
_OWN_PRIVACY_POLICY = re.compile(r"\bour privacy (policy|notice|statement|centre|center)\b", re.IGNORECASE)
_READERS_DATA = re.compile(
    r"\byour (ip address|personal (data|information|details))\b|\b(the )?data you (provide|give|share)\b|"
    r"\bpersonal (data|information) (you|that you) (provide|give|share)\b",
    re.IGNORECASE,
)


def _cookie_notice(s: str, n: int) -> bool:
    if n <= 80 and _OWN_PRIVACY_POLICY.search(s) and _READERS_DATA.search(s) and not _in_someones_words(s):
        return True
    return n <= 80 and bool(_COOKIES.search(s) and _SITE_VOICE.search(s)) and not REPORTED.search(s)


# An embed's consent placeholder, left where a third party's map, video or post would load: "This map is hosted by a
# third party. Click below to accept marketing cookies and load the interactive route.", "This content is provided by a
# third party and cannot be displayed until you accept cookies." Any consent tool on any site says the same three things:
# cookies to accept (or allow), the reader asked to (a click, "you", "please"), and what kind of embed shows then
# (``page_lexicon.EMBED_KINDS``). A story about consent walls reports someone or names no embed held back from its reader.
_ACCEPT_COOKIES = re.compile(
    r"\b(accept|allow|enable|agree to|consent to)\b[^.!?]{0,40}\bcookies\b", re.IGNORECASE
)
_ASKS_READER = re.compile(r"\b(click|tap|press|please|you|your)\b", re.IGNORECASE)
_EMBED_SHOWN = re.compile(
    rf"\b(load|view|see|show|display|watch|play|unlock)(s|ed|ing)?\b[^.!?]{{0,40}}\b({EMBED_KINDS})\b|"
    rf"\b(this|the) ([\w-]+ )?({EMBED_KINDS}) (is|are) (hosted|provided|served|embedded) by\b|"
    rf"\b(this|the) ([\w-]+ )?({EMBED_KINDS})\b[^.!?]{{0,40}}\b(cannot|can't|can ?not|will not|won't) be "
    r"(displayed|shown|loaded|played|viewed)\b",
    re.IGNORECASE,
)
_EMBED_CONSENT_MAX = 40


def _embed_consent(s: str, n: int) -> bool:
    return (
        n <= _EMBED_CONSENT_MAX
        and bool(_ACCEPT_COOKIES.search(s) and _ASKS_READER.search(s) and _EMBED_SHOWN.search(s))
        and not _in_someones_words(s)
    )


# A consent layer's button, in English or left in the publisher's own language on its English edition: its label
# alone on a line ("Alle akzeptieren", "Tout refuser", "Aceptar todas", "Accept all cookies"), or quoted by the layer's
# line that tells the reader what a click on it does ("Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung
# ein. …", "En cliquant sur « Tout accepter », vous consentez …", "By clicking “Accept all”, you agree …": a click, the
# quoted label and the reader addressed; in English, the layer's "By clicking"). English labels count only with "all"
# or "cookies" ("I agree." alone is an answer in an interview); a story about consent layers addresses no reader
# ("Clicking “Accept all” took one tap, the regulator found"), reports, or tells the reader what to do in its own
# words ("If you click “Accept all”, the site shares your data", "Next time, click “Reject all”").
_CONSENT_LABEL = (
    r"((accept|allow|reject|decline|refuse) all( cookies)?|(accept|allow|reject) cookies|"
    r"(alle[sn]? )?(cookies )?(akzeptieren|zustimmen|erlauben|zulassen|ablehnen)( und (schließen|weiter|fortfahren))?|"
    r"((tout|tous) )?(accepter|refuser)( (tout|et (fermer|continuer)|les cookies))?|"
    r"(aceptar|rechazar)( (todo|todas|cookies|todas las cookies|y (cerrar|continuar)))?|"
    r"(aceitar|rejeitar|recusar)( (todos|tudo|cookies|todos os cookies|e (fechar|continuar)))?|"
    r"(accetta|accettare|rifiuta|rifiutare)( (tutti|tutto|i cookie|e chiudi))?|"
    r"((alles|alle cookies) )?(accepteren|weigeren)|"
    r"(godkänn|acceptera|accepter|godta|avvisa|afvis) (alla|alle))"
)
_CONSENT_BUTTON = re.compile(rf"^{_CONSENT_LABEL}$", re.IGNORECASE)
_CONSENT_CLICK = re.compile(
    r"(^|[.!?]\s+)by (clicking|tapping|selecting|pressing|choosing)\b|"
    r"\b(klick\w*|anklick\w*|cliqu\w*|clic|clica\w*|clicc\w*|klik\w*|pulsa\w*)\b",
    re.IGNORECASE,
)
_QUOTED_CONSENT = re.compile(rf"[„“”\"'‘’‚«»‹›]\s*{_CONSENT_LABEL}\s*[“”\"'‘’«»‹›]", re.IGNORECASE)
_CONSENT_READER = re.compile(r"\b((?i:you|your|vous|votre|vos|usted|você|voi|uw)|(?-i:Sie|Ihre?[nmrs]?))\b")
_CONSENT_LINE_MAX = 60


def _consent_button(s: str, n: int) -> bool:
    if n <= 6 and _CONSENT_BUTTON.match(s):
        return True
    return (
        n <= _CONSENT_LINE_MAX
        and bool(_QUOTED_CONSENT.search(s) and _CONSENT_CLICK.search(s) and _CONSENT_READER.search(s))
        and not REPORTED.search(s)
    )


# -- promotions, credits and platform furniture --------------------------------------------------

# A label for another page's media or story, then its headline: "WATCH: Traffic plan explained in 90
# seconds", "PHOTOS: Flooding on Riverside Drive", "Listen | The week in politics", "Related video: Copper
# prices hit record (Bloomberg)". A promotion, not a sentence: no end mark ("UPDATE: The council has since
# replied." is the article's own). A player's or a station's next item is one too: "Up next: <clip's title> Autoplay is
# on" (a video player's queue, its toggle run into the line), "Next up: <show> at 6:30".
_PROMO_LABEL = re.compile(
    r"^(watch|listen|video|videos|photos|photo gallery|gallery|in pictures|pictures|podcast|interactive|up next|next up|"
    r"quiz|related( videos?| stor(y|ies)| articles?| coverage| content| reading| links?)?|more|read more|read also|"
    r"also read|see also|recommended|don'?t miss|must read|trending)"
    r"(\s*(:|\||»|›)|\s+(-{1,2}|–|—))\s*\S",  # (a dash only between spaces: "Quiz-show host dies")
    re.IGNORECASE,
)
_PROMO_MAX = 20
# A line closing as a sentence does: its stop, maybe a closing mark or bracket after it (``page_lines`` and ``page_tree``
# read it too).
SENTENCE_CLOSE = re.compile(r"""[.!?]['"”’)]?$""")


# The heading of a recirculation box left alone once its links are gone, a line of nothing else: "Related
# stories", "Most read", "You might also like", "Recommended for you" (a box's name, not a sentence: "Related
# stories ran in the Herald" and "Most read the report" go on); a newsletter platform's box of other newsletters
# ("Recommended newsletters", "Newsletters we recommend", whose list ``page_lines`` reads under it); a release
# site's "Also from this source" and "Explore" (its topics).
_RECIRCULATION_HEADING = re.compile(
    r"^(related (stories|articles|posts|coverage|content|links|reading|news|videos)|"
    r"most (read|viewed|shared|watched|popular)( (stories|articles|now|today|this week))?|"
    r"you (may|might|could) also (like|enjoy)|recommended (for you|stories|articles|reading|newsletters|publications)|"
    r"(other |more )?newsletters (we|you(’ll|'ll| will| may| might)) (recommend|like|love|enjoy|read)|"
    r"more (stories|articles|news) (like this|for you)|(local|latest|top|more) headlines|"
    r"(more )?(news )?(releases|stories|articles) (in|on) (similar|related) topics|"
    # a release site's box of the issuer's other releases and its box of topics: "Also from this source", "Explore"
    r"(also|more) from (this|the) (source|author|writer|publisher|company|organi[sz]ation|newsroom|contributor)|"
    r"explore( more| topics| related topics)?)\s*:?$",
    re.IGNORECASE,
)
_RECIRCULATION_HEADING_MAX = 6  # "More news releases in similar topics"
# The same box's heading naming whose most-read list it is, a wire's or a site's name in capitals after "from", "on" or
# "at": a mirrored wire story carries its source's box over the text ("Most Read from Bloomberg", "Most popular on The
# Courier"). A name in lower case ("Most read from the report") is no name, and a line going on after it is a sentence.
_RECIRCULATION_NAMED = re.compile(
    r"^(?i:most (read|viewed|shared|watched|popular)( (stories|articles|news))?) (from|on|at) "
    r"(The )?[A-Z][\w&.'’-]*( [A-Z][\w&.'’-]*){0,3}\s*:?$"
)
_RECIRCULATION_NAMED_MAX = 9  # "Most read stories from The Harbour Daily News"


def is_recirculation_heading(s: str) -> bool:
    """A recirculation box's heading alone on its line ("Related stories", "Recommended newsletters", "Most Read from
    <Wire>")."""
    if word_count(s) <= _RECIRCULATION_NAMED_MAX and _RECIRCULATION_NAMED.match(s):
        return True
    return word_count(s) <= _RECIRCULATION_HEADING_MAX and bool(_RECIRCULATION_HEADING.match(s))


# The same label set off in brackets in the story's run of paragraphs: "[ Related: Audit finds a third of the mains
# are a century old ]" (a bracket opens and closes the line: "[Related: to the 2019 ruling] the judge wrote …" goes on).
_BRACKETED = re.compile(r"^\[\s*(?P<inner>[^\[\]]+?)\s*\]$")


# A clip's label in capitals keeps its line a promotion even when the title after it closes like a sentence
# ("WATCH: How the thermal cameras detect koalas near the roadside." under an embedded player); a sentence that
# reports words is the story's.
_MEDIA_LABEL_CAPS = re.compile(
    r"^(WATCH|LISTEN|VIDEO|VIDEOS|PHOTOS|GALLERY|PODCAST|IN PICTURES)\s*(:|\||»|›)\s*\S"
)
# A clip's label before a question, in any case: the clip's title ("Watch: What are the first signs of measles?" over
# an embedded player), which a story's sentence never is.
_MEDIA_QUESTION = re.compile(
    r"""^(watch|listen|video|podcast)\s*(:|\||»|›)\s*[^.!?]+\?['"”’]?$""", re.IGNORECASE
)


def _promo_label(s: str, n: int) -> bool:
    if is_recirculation_heading(s):
        return True
    bracketed = _BRACKETED.match(s)
    if bracketed:
        s = bracketed.group("inner")
    if (
        n <= _PROMO_MAX
        and (_MEDIA_LABEL_CAPS.match(s) or _MEDIA_QUESTION.match(s))
        and not REPORTED.search(s)
    ):
        return True
    return n <= _PROMO_MAX and bool(_PROMO_LABEL.match(s)) and not SENTENCE_CLOSE.search(s)


# Who took the picture: "Photographs by Jane Doe for The Magazine", "Photo by Marc Duval /Prairie
# Signal", "Illustration by Tom Lee", "Courtesy of the family"; a caption closing with its credit in
# brackets, a name and an agency: "… on Friday. (Marc Duval/Prairie Signal)". ("Photo: …" and "… /Getty
# Images" are ``is_furniture``'s.)
_CREDIT_LEAD = re.compile(
    r"^(photo(graph)?s?|photography|pictures?|images?|illustrations?|artwork|graphics?|video|"
    r"(lead|main|top|cover|header|hero) (image|photo|picture)|photo illustration)"
    # (a name after "by": "Pictures by local pupils hang in the hall" is news)
    r"( and (words|text|video|illustrations?|photos?|photographs?))?\s*(by\s+(?-i:[A-Z])|courtesy( of)?\s+\S)|"
    r"^courtesy( of)?\s+\S|^(photograph|pictures?|illustration|graphic)s?\s*:\s*\S|"
    # the lead picture's source after "via": "Top image via Faizal / Instagram" (only after the lead picture's label:
    # "Images via satellite show the flood" is news, and a line that ends or reports stays)
    r"^(lead|main|top|cover|header|hero|featured) (image|photo(graph)?|picture)s?\s+via\s+(?-i:[A-Z@])",
    re.IGNORECASE,
)
# The lead picture's credit under its label and a colon, a name and nothing else: "Lead Photo: Jordan Pike", "Top image:
# Dan Moeller/Courier" ("Photo: …" alone is ``is_furniture``'s; "Top image: Residents queue outside the food bank" is a
# caption that goes on past a name, and stays to the other rules).
_LEAD_CREDIT = re.compile(
    r"^(lead|main|top|cover|header|hero|featured|opening) (image|photo(graph)?|picture)s?( credit)?\s*:\s*"
    r"(?P<name>.+)$",
    re.IGNORECASE,
)
# A credited name: capitalised words, with the small words a body's name holds ("City of Riverbend", "The
# Riverbend Gazette", "Smith & Sons", a slash before an agency: "Dan Moeller/Courier"); or the family.
_CAPITALISED = r"(?-i:[A-Z])[\w.'’&-]*"
_CREDITED_NAME = (
    rf"(the )?{_CAPITALISED}(( ((of|the|and|for|&|de|van|von|la|le) ){{0,2}}| ?/ ?){_CAPITALISED}){{0,6}}"
)
_FAMILY = r"(the|his|her|their) ([\w'’-]+ )?family"
_CREDIT_TAIL = re.compile(
    r"\((?-i:[A-Z])[\w.'’-]*( [\w.'’-]+){0,3}\s?/\s?(?-i:[A-Z])[\w.&'’ -]{1,40}\)$|"
    # "… outside parliament. Photo: Jane Doe/AFP": the caption's last sentence is its credit (or the drawing's: "… the
    # authority found. Illustration: Pulsewire"), set off by a dash too ("… on Wednesday. — Photo: K.R. Vinod")
    # ("… outside Reno, Nevada. Image Credits: Voltaris", a tech site's label)
    # ("… in Mahadevapura. -- DO Photo: S. Ramesh": a double hyphen and a desk's letters before the label)
    r"[.!?]\s+([—–-]{1,2}\s*)?((?-i:[A-Z]{2,4})\s+)?(photo(graph)?|picture|image|credit|illustration|graphic|artwork)s?"
    r"( credits?)?\s*:\s*"
    r"(?-i:[A-Z])[^!?]{1,60}$|"
    # … or "Photo courtesy City of Riverbend.", "Photo by Dan Moeller.", "Photo courtesy of the family.": the
    # credit and a name, nothing else ("… Photographs by Ansel Adams line the walls." goes on past the name)
    rf"[.!?]\s+(photo(graph)?|picture|image)s?\s+(courtesy( of)?|by)\s+({_CREDITED_NAME}|{_FAMILY})\.?$",
    re.IGNORECASE,
)


# A reader's picture credited and thanked, a line of nothing else: "Photo by reader Ana Ruiz — thanks, Ana!", "Picture
# courtesy of subscriber Tom Pike. Thank you, Tom!" (the contributor's role, ``CONTRIBUTOR_ROLES``, before a capitalised
# name, then only the thanks: "Photos by readers show the flood reached Main Street" goes on, and stays).
_THANKED_CREDIT = re.compile(
    rf"^(photo(graph)?|picture|image|shot)s?\s+(by|from|courtesy( of)?|sent (in )?by|submitted by)\s+(our )?"
    rf"({CONTRIBUTOR_ROLES})\s+{_CREDITED_NAME}\s*([—–-]{{1,2}}|[,.;:!])\s*(many )?(thanks|thank you)"
    rf"(,?\s*(?-i:[A-Z])[\w.'’-]*)?\s*[.!]*$",
    re.IGNORECASE,
)


# A newspaper's own credit for its photographer, its name before "photo by": "Clarion photo by Jo Lim", "(Ledger-Times
# photo by Jo Lim)" or, as an old site's caption cell sets it, "Gazette photo by Jo Lim." closing a caption, "Herald
# staff photo by Jo Lim" (one to three capitalised words, then the credit and a name, nothing else; "Archive photos by
# Jo Lim hang in the hall" goes on past the name).
_PAPER_CREDIT = rf"((?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){{0,2}} )?(staff |file |submitted )?(photo(graph)?|picture)s? by {_CREDITED_NAME}"
_PAPER_CREDIT_LINE = re.compile(rf"^{_PAPER_CREDIT}\.?$")
_PAPER_CREDIT_TAIL = re.compile(rf"[.!?]\s+(\({_PAPER_CREDIT}\)|{_PAPER_CREDIT}\.?)$")
# The same credit set with a slash, as a paper's caption desk types it, often in capitals: "GAZETTE PHOTO / DWAYNE RUSK",
# "Staff photo/Jo Lim" closing a caption's last sentence or alone ("photo / video" has no name after its slash, and a
# sentence goes on past the name).
_PAPER_SLASH_CREDIT = (
    r"((?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,2} )?((?i:staff|file|submitted) )?(?i:photo(graph)?|picture)"
    rf"\s*/\s*{_CREDITED_NAME}"
)
_PAPER_SLASH_LINE = re.compile(rf"^\(?{_PAPER_SLASH_CREDIT}\)?\.?$")
_PAPER_SLASH_TAIL = re.compile(rf"[.!?]\s+\(?{_PAPER_SLASH_CREDIT}\)?\.?$")


def _paper_credit(s: str, n: int) -> bool:
    if REPORTED.search(s):
        return False
    if n <= 10 and (_PAPER_CREDIT_LINE.match(s) or _PAPER_SLASH_LINE.match(s)):
        return True
    return n <= 60 and bool(_PAPER_CREDIT_TAIL.search(s) or _PAPER_SLASH_TAIL.search(s))


# The pictures' credit as a sentence of nothing but the credit and a name, their kind in a word before it: "Booking
# photos courtesy of the Pell County Detention Center.", "Photos courtesy of the family." ("Photos courtesy of the
# museum show the mill in 1920." goes on past the name.)
_COURTESY_CREDIT = re.compile(
    rf"^([\w'’-]+ )?(photo(graph)?|picture|image)s? courtesy( of)? ({_CREDITED_NAME}|{_FAMILY})\.?$",
    re.IGNORECASE,
)


# The credit for all the post's pictures under a label naming where they are, a name and at most a request about their
# use: "Photos in this post: <Given> <Surname>. Please ask before sharing outside the club." (a club's or a blog's closing
# line in small type), "Pictures in this article: the family" (the request asks the reader, "Please …", "Do not …").
# "Photos in this post show the flood" has no label, "Photos in this post: the start, the swim and the finish" no name,
# and a second sentence asking nothing of the pictures' use ("Photos in this post: <Name>. She joined the club in 2019.",
# "… She used a borrowed camera.") is the post's.
_PICTURE_USES = (
    r"shar(e|ed|ing)|us(e|ed|ing)|reus(e|ed|ing)|reproduc(e|ed|ing)|cop(y|ied|ying)|repost(ed|ing)?|"
    r"republish(ed|ing)?|download(ed|ing)?|permission"
)
_POST_PICTURES_CREDIT = re.compile(
    rf"^(all |the )?({PICTURE_NOUNS}|photography) (in|on|for|from|throughout|used in) (this|the|today['’]s) "
    r"(post|article|story|page|piece|report|recap|gallery|issue|newsletter|update)\s*:\s*"
    rf"({_CREDITED_NAME}|{_FAMILY})\.?(\s+(please|kindly|do not|don['’]t|ask|contact|all rights|not to be)\b"
    rf"[^.!?]{{0,60}}\b({_PICTURE_USES})\b[^.!?]{{0,60}}[.!]?)?$",
    re.IGNORECASE,
)
_POST_PICTURES_CREDIT_MAX = 30


def _photo_credit(s: str, n: int) -> bool:
    if n <= 15 and _COURTESY_CREDIT.match(s):
        return True
    if n <= _POST_PICTURES_CREDIT_MAX and _POST_PICTURES_CREDIT.match(s) and not REPORTED.search(s):
        return True
    lead = n <= 15 and bool(_CREDIT_LEAD.match(s)) and not re.search(r"[.!?]$", s) and not REPORTED.search(s)
    labelled = _LEAD_CREDIT.match(s) if n <= 12 else None
    if labelled and re.fullmatch(
        rf"({_CREDITED_NAME}|{_FAMILY})\.?", labelled.group("name").strip(), re.IGNORECASE
    ):
        return True
    if n <= 20 and _THANKED_CREDIT.match(s):
        return True
    # (A caption that reports words, "… Dennis Brooks says: 'Just listen.' (Jane Doe/CBC)", keeps its quote.)
    return lead or (n <= 50 and bool(_CREDIT_TAIL.search(s)) and not REPORTED.search(s))


# Who supplied the story, a line of nothing but the credit and the name: "Provided by Upper Midwest Agricultural
# Research Center", "Supplied by the Office of the Premier" (an aggregator's credit to the institution whose
# release it ran). A sentence goes on after the name ("Provided by the council, the grant covers …") or ends.
_SOURCE_CREDIT = re.compile(
    r"^(provided|supplied|contributed|submitted) by:?\s+(the )?(?-i:[A-Z])[\w&.'’-]*( [\w&.'’()-]+){0,10}$",
    re.IGNORECASE,
)
_SOURCE_CREDIT_MAX = 15


def _source_credit(s: str, n: int) -> bool:
    return n <= _SOURCE_CREDIT_MAX and bool(_SOURCE_CREDIT.match(s)) and not re.search(r"[.!?,;:]$", s)


# A reference to the paper a story reports on, as an aggregator sets it after the text: "More information: Karin
# Olsen et al, Solar-pollinator habitat …, Journal of Applied Agroecology (2026). DOI: 10.0000/jaa.2026.04412",
# and its "Citation: <headline> (2026, December 2) retrieved 2 December 2026 from https://…": a reference's label
# opening the line, and a DOI or a "retrieved <date> from <address>" in it, a reference's format. A sentence citing
# its study stays ("… would cut bat deaths by 79 per cent (Journal of Applied Ecology, DOI: …)"), and so does a
# paper's own reference list (no label), a quotation or a report of words.
_CITATION = (
    r"\b(doi\s*:\s*|doi\.org/)10\.\d{4,9}/\S+|"
    r"\bretrieved (on )?(\d{1,2} \w+ (19|20)\d\d|\w+ \d{1,2},? (19|20)\d\d) from (https?://|www\.)\S+"
)
_REFERENCE = re.compile(
    r"^(more information|(journal |full |study |paper )?references?|citation|study|paper|original (study|paper|article)|"
    rf"publication|source)\s*:\s.*({_CITATION})",
    re.IGNORECASE,
)
_REFERENCE_MAX = 80


def _reference(s: str, n: int) -> bool:
    return n <= _REFERENCE_MAX and bool(_REFERENCE.search(s)) and not _in_someones_words(s)


# The same reference with its label on the line above ("Citations:"): a line that cites a paper by its DOI or its
# retrieval address, "Villanueva, J., & Ortega, R. (2025). Hydrological restoration … 12(3), 211-224.
# doi:10.0000/erl.2025.0311". Read by ``page_lines`` only under such a label: a sentence may cite its study in the text.
_CITED = re.compile(_CITATION, re.IGNORECASE)


def is_reference_entry(s: str) -> bool:
    """A line citing a paper by its DOI or retrieval address, as long as a reference runs, reporting nobody's words."""
    return word_count(s) <= _REFERENCE_MAX and bool(_CITED.search(s)) and not REPORTED.search(s)


# A sponsor's read in show notes or a newsletter: "Use code ROADS for 15% off your first order",
# "This episode is brought to you by …". (A report of a discount says who offered it: "said" keeps it.)
_SPONSOR = re.compile(
    r"\b(promo|promotional|discount|coupon|voucher|offer) code\b|"
    # "Use code ROADS for 15% off" ("The pilot squawked with code 7700" is no offer: no discount words)
    r"\b(use|enter|apply)( the)? code [A-Z0-9]{3,}\b.{0,40}\b(off|discount|free|save|saving)\b|"
    # ("This week's issue is supported by Harbor Credit Union. Open a … account": the issue's own sponsor slot; the
    # issue may name its newsletter, "This issue of The Transfer Point is supported by <Shop>, …", a title in capitals)
    # ("Thank you to our November sponsor, <Bank>, for matching every gift …": the thanks to the issue's sponsor, a month,
    # a year or a tier between at most)
    r"\b(brought to you by|(thanks|thank you) to (our|this week'?s|this month'?s|today'?s)( [\w'’-]+)? sponsors?\b|"
    r"(this|today['’]?s|this (week|month)['’]?s) (episode|issue|newsletter|edition)"
    r"( of (?-i:[A-Z][\w'’&.-]*)( (?-i:[A-Z][\w'’&.-]*)){0,5})? is (sponsored|supported) by|"
    # the issue called by its newsletter's title alone, the day's or the week's: "This week's Ledger is supported by
    # <Shop> on Main Street, open 7 to 7, …" (a title in capitals, and the sponsor's; "This year's fair is supported
    # by the council" names no issue)
    r"(today|tonight|this (week|month))['’]s (?-i:[A-Z][\w'’&.-]*)( (?-i:[A-Z][\w'’&.-]*)){0,4} is "
    r"(sponsored|supported|underwritten|brought to you) by (?=(?-i:[A-Z])))\b",
    re.IGNORECASE,
)


# A sponsor's label on a line of its own: "This week's Harbour Note is supported by Glenmoor Credit Union",
# "Sponsored by Acme Tools", "Presented by …". No end mark: "This year's fair is sponsored by the
# council." is a sentence of the news.
_SPONSOR_LABEL = re.compile(
    r"^((this|today['’]?s|tonight['’]?s|this (week|month|year)['’]?s)\b.{0,50}\b(is|are) )?"
    r"(sponsored|supported|presented|underwritten|made possible|brought to you) by\s+\S|"
    # the issue's own label with the sponsor in the block under it: "Today’s Brief is supported by" (a bare "Supported
    # by" needs the sponsor's logo beside it, ``BARE_SPONSOR_LABEL``)
    r"^(this|today['’]?s|tonight['’]?s|this (week|month|year)['’]?s)\b.{0,50}\b(is|are) "
    r"(sponsored|supported|presented|underwritten|made possible|brought to you) by\s*:?$|"
    # a newsletter's sponsor slot: "Together with Sunvale Solar" ("Together with her husband, …" is text)
    r"^(together|in partnership|in association|partnered) with\s+(?-i:[A-Z0-9])|"
    # its thanks over the sponsors' names: "Thank you to our 2026 Downtown Partners", "Thanks to our sponsors" (the
    # label and nothing after the sponsors: "Thank you to our partners at the county for …" goes on)
    r"^((a )?(big |special |huge )?(thank you|thanks|many thanks) to )(all )?(of )?(our|this (week|month|year)'?s)"
    r"( [\w&'’-]+){0,4} (sponsors|partners|supporters|underwriters|funders)$",
    re.IGNORECASE,
)
_SPONSOR_LABEL_MAX = 16
# A sponsor's credit left with no name, the label closing a short line ("JIS News | Presented by:", "Sponsored
# by:"): its sponsor was a logo or an empty field. No sentence ends on "by:".
# (Also after a short label of what is paid for, "Live coverage sponsored by", "Weather presented by": no verb before
# it, so a sentence cut short, "The fair was sponsored by", is no such label.)
_EMPTY_SPONSOR_CREDIT = re.compile(
    r"(^((?!(is|are|was|were|be|been|being)\b)[\w'’-]+ ){0,3}|[|•·:–—-]\s*)"
    r"(sponsored|supported|presented|powered|underwritten|brought to you|made possible) by\s*:?$",
    re.IGNORECASE,
)
_EMPTY_SPONSOR_CREDIT_MAX = 8
# The label that opens a sponsor's box, alone on its line: "Sponsored", "Paid content", "Advertisement",
# or a sponsor label above ("Together with …"). Read by ``page_boxes`` on a box's first line.
SPONSOR_BOX_LABEL = re.compile(
    r"^(sponsored( content| post| story)?|paid (content|post|partnership)|partner content|promoted( content)?|"
    r"advertisement|advertorial|"
    # a newsletter's slot named for its sponsor: "This week's sponsor", "Today’s sponsor", "A word from our sponsor"
    r"((this|today['’]?s|this (week|month|issue)['’]?s|our|a word from (our|this (week|month)['’]?s|today['’]?s)) )?"
    r"sponsors?( message| spotlight)?)\W*$",
    re.IGNORECASE,
)


# The same label with nothing after it, the sponsor being the logo beside it: "Powered by", "Presented by:",
# "In partnership with". Counts on a box's first line only when the box holds an image (``page_boxes``).
BARE_SPONSOR_LABEL = re.compile(
    r"^((sponsored|supported|presented|powered|underwritten|brought to you|made possible) by|"
    r"(together|in partnership|in association|partnered) with)\s*:?$",
    re.IGNORECASE,
)


def is_sponsor_label(s: str) -> bool:
    """A line that labels what follows as paid for (``SPONSOR_BOX_LABEL``, or a short ``_SPONSOR_LABEL``)."""
    s = s.strip()
    if SPONSOR_BOX_LABEL.match(s):
        return True
    return (
        word_count(s) <= _SPONSOR_LABEL_MAX and bool(_SPONSOR_LABEL.match(s)) and not re.search(r"[.!?]$", s)
    )


# A club's or a show's sponsor line, one sentence naming the sponsor: "Northfield Athletics is proudly supported
# by First Prairie Bank, the Official Bank of the Panthers." ("The festival, proudly supported by the council,
# drew 4,000 people" narrates: the line opens with the name and "is proudly … by".)
_PROUD_SPONSOR = re.compile(
    r"^(?-i:[A-Z])[\w'’&.-]*( [\w'’&.-]+){0,6} (is|are) proudly (supported|sponsored|presented|powered|"
    r"brought to you|partnered) by (?-i:[A-Z])[^.!?]*[.!]?$",
    re.IGNORECASE,
)
_PROUD_SPONSOR_MAX = 30
# The same line without "proudly", the sponsor's title after its name saying what it is: "Ravens Baseball is presented by
# Tollgate Chevrolet – Proud Supporter of Carrow State Athletics.", "The Panthers are sponsored by First Prairie Bank,
# the Official Bank of Northfield Athletics." (a dash or a comma, then "proud supporter/sponsor/partner of" or "official
# … of" and a capitalised name, nothing after it; "The concert is presented by the Arts Council." has no such title,
# and "The fair is sponsored by Acme, the official sponsor of the league, which …" goes on past it.)
_TITLED_SPONSOR = re.compile(
    r"^(?-i:[A-Z])[\w'’&.-]*( [\w'’&.-]+){0,6} (is|are) (sponsored|supported|presented|powered|brought to you|"
    r"partnered) by (?-i:[A-Z])[^.!?,–—]*?\s*([,–—]|\s-)\s*(the |a |an |your )?(proud (supporter|sponsor|partner)|"
    r"official( [\w'’-]+){1,3}) of (the )?(?-i:[A-Z])[\w'’&.-]*( (&|and|of|the|(?-i:[A-Z])[\w'’&.-]*)){0,6}[.!]?$",
    re.IGNORECASE,
)
# A sponsor's credit after a short label of the coverage it pays for, the sponsor named: "Kentucky football coverage
# presented by Commonwealth Ford", "Weather forecast sponsored by Tri-County Ag Supply". The label closes on what a site
# makes, there is no verb before "by" and no end mark: "Holiday concert presented by the Arts Council" and "The
# coverage was presented by Ford." stay.
_COVERAGE = (
    r"(coverage|scores|scoreboard|updates|forecasts?|weather|traffic|newsletter|edition|section|roundup|live blog|"
    r"gameday|game day)"
)
_COVERAGE_SPONSOR = re.compile(
    rf"^([\w'’&-]+ ){{0,3}}{_COVERAGE} (sponsored|supported|presented|powered|underwritten|brought to you|made possible)"
    r" by (?-i:[A-Z0-9])[\w&.'’-]*( [\w&.'’-]+){0,5}$",
    re.IGNORECASE,
)
_COVERAGE_SPONSOR_MAX = 14
# The same credit under a results or data widget, naming who supplies the figures, closed with its stop and with its
# source after it or not: "Live results powered by the Courier Data Desk. Figures from the Electoral Commission SA.",
# "Odds provided by Northline Sportsbook." The label is what a widget shows (results, data, odds; "live", "election"
# before it), there is no verb before "by", and a name in capitals closes each sentence: "The grid is powered by coal.",
# "Data provided by the Ministry show a 12% rise." and "Record results powered by …" (no widget's word) stay.
# A box score's credit under its tables is the same line ("Box score data provided by <name>."), and a widget's
# status note may close it: "… Unofficial until certified by the league.", "… Results are provisional." (A sentence
# of news after the credit stays: "Box score data provided by the league show she played 42 minutes.")
_DATA_CREDIT = re.compile(
    r"^((live|real-time|latest|official|unofficial|full|final|election|match|player|team|market|poll|polling|weather|"
    r"traffic|game|box ?score|play-by-play) ){0,2}"
    r"(results|data|figures|statistics|stats|scores|odds|standings|polling|charts?|maps?|graphics?)"
    rf" (powered|provided|supplied|compiled) by {_CREDITED_NAME}\.?"
    r"( (figures|data|results|statistics|numbers|source)( (are |is )?(from|via|courtesy of)|:)"
    rf" {_CREDITED_NAME}\.?)?"
    r"( ((all )?(figures|data|results|statistics|stats|scores) (are|remain) )?"
    r"(unofficial|provisional|preliminary|subject to (change|revision|correction))"
    r"( until (certified|confirmed|verified|finalized|finalised)( by (the )?[\w'’ -]{1,40})?)?\.)?$",
    re.IGNORECASE,
)
_DATA_CREDIT_MAX = 24
# A sponsor's slot read as one line, its label in capitals run into the pitch: "SUPPORTED BY Harbor Light Hardware —
# snow shovels, ice melt and storm windows in stock …". The capitals set the label apart from a sentence ("Supported
# by a state grant, the library …" is one); a headline set all in capitals has no lower-case pitch after it.
_SPONSOR_CAPS_LABEL = re.compile(
    r"^((SPONSORED|SUPPORTED|PRESENTED|POWERED|UNDERWRITTEN|BROUGHT TO YOU|MADE POSSIBLE) BY|"
    r"(TOGETHER|IN PARTNERSHIP|PARTNERED) WITH):?\s+[A-Z0-9].*[a-z]"
)
_SPONSOR_CAPS_LABEL_MAX = 45
# The issue's own sponsor slot opening its line, the pitch run on after it past ``_SPONSOR``'s 45 words: "This week's
# issue is brought to you by <Shop>. Family owned since 1948, <Shop> carries … Tell them <Newsletter> sent you." The
# line opens on the issue (episode, newsletter, edition) and its sponsor's verb, a name in capitals after "by": the
# slot's label, whatever runs on after it. "This year's fair is brought to you by the county" names no issue, and a
# line that mentions its sponsor further in ("… and this issue is sponsored by …") is no slot opened so.
_ISSUE_SPONSOR_SLOT = re.compile(
    r"^(this|today['’]?s|tonight['’]?s|this (week|month)['’]?s) (episode|issue|newsletter|edition|e-?mail|show)"
    r"( of (?-i:[A-Z][\w'’&.-]*)( (?-i:[A-Z][\w'’&.-]*)){0,5})? is (sponsored|supported|underwritten|"
    r"brought to you|made possible) by (?-i:[A-Z0-9])",
    re.IGNORECASE,
)
_ISSUE_SPONSOR_SLOT_MAX = 90


def _sponsor_read(s: str, n: int) -> bool:
    if (
        n <= _PROUD_SPONSOR_MAX
        and (_PROUD_SPONSOR.match(s) or _TITLED_SPONSOR.match(s))
        and not REPORTED.search(s)
    ):
        return True
    if n <= _SPONSOR_LABEL_MAX and _SPONSOR_LABEL.match(s) and not re.search(r"[.!?]$", s):
        return True
    if n <= _EMPTY_SPONSOR_CREDIT_MAX and _EMPTY_SPONSOR_CREDIT.search(s):
        return True
    if n <= _COVERAGE_SPONSOR_MAX and _COVERAGE_SPONSOR.match(s) and not re.search(r"[.!?]$", s):
        return True
    if n <= _DATA_CREDIT_MAX and _DATA_CREDIT.match(s):
        return True
    if n <= _SPONSOR_CAPS_LABEL_MAX and _SPONSOR_CAPS_LABEL.match(s) and not _in_someones_words(s):
        return True
    if n <= _ISSUE_SPONSOR_SLOT_MAX and _ISSUE_SPONSOR_SLOT.match(s) and not REPORTED.search(s):
        return True
    return n <= 45 and bool(_SPONSOR.search(s)) and not REPORTED.search(s)


# The web site's own credits and notices: "Site designed by …", "Best viewed at 800x600" (or "This site is best viewed
# with Internet Explorer 6.0 or higher …", "This site best viewed at 1024x768 resolution."), "This page was last
# updated on …", and a forum's board statistics ("Users browsing this forum: No registered users and 4 guests", "Who is online") and jump box ("Return to “Harbour News”").
# What the site's makers did, one part or several joined ("Site designed and maintained by …").
_SITE_MADE = r"(designed|built|created|developed|hosted|maintained|powered)"
_SITE_CREDIT = re.compile(
    # each opens the line or a sentence of it: "The website built by the council's contractor cost £2m" and
    # "The council's website was last updated in 2019" are news
    rf"(^|[.!?|]\s+)((this )?(site|website|web site|page|theme|template|blog|web design) ((was )?{_SITE_MADE}"
    rf"((,|,? and|,? &) {_SITE_MADE})* )?(by|with)\b|((this|our) (site|website|web site|page) (is )?)?best viewed "
    r"(at|with|in|using)\b|"
    r"(this )?(page|site|website) (was )?last (updated|modified)\b|"
    # the site's room on a server and who gave it: "Webspace kindly provided by <Service>", "Web hosting generously
    # donated by <Firm>" (an old site's footer; "Hosting provided by the city, the final drew 4,000" names no web space)
    r"(web ?space|(web|site) hosting|server space|bandwidth) (is )?((kindly|generously) )?(provided|donated|"
    r"sponsored|supplied|given) by\b|"
    # the site's keeper under a label, a name after it: "Webmaster: <Name> | Last updated …"
    r"web ?(master|mistress)\s*:\s*(?-i:[A-Z]))|"
    r"\b(users?|members?|visitors?|guests?) (browsing|viewing|reading|online in) (this|the) (forum|board|topic|thread)\b|"
    r"\b(no|\d+) registered users?(,| and) (no|\d+) (guests?|hidden|anonymous)\b|^who is online$|"
    r"^(return|back|go back) to [“\"‘'].{1,60}[”\"’'](\s+jump to)?$",
    re.IGNORECASE,
)
# The same, in a line that is nothing else: "Proudly powered by WordPress", "Theme by Anders Norén",
# "Users online: 34", "3 users online", "Sign our Guestbook!", "You are visitor number" (short, no
# sentence end: "Powered by solar panels, the …" is text).
_SITE_BADGE = re.compile(
    r"^((proudly )?powered by|(\w+ )?theme( by|:)|built with|made with \w+ (by|in|on))\s+\S|"
    r"^(\d+ )?(users?|members?|guests?|visitors?) online\b|"
    # an old site's guest book and hit counter: "Sign our Guestbook!", "You are visitor number 017342"
    r"^(please )?(sign|view|read) (our|my|the) guest ?book\b|^you are (visitor|guest) (number|no\.?|#)|"
    # the counter's maker credited under it, a link of nothing else: "Free hit counter by <Service>", "Web counter
    # courtesy of <Service>" ("The counter by the door was built by volunteers" closes a sentence)
    r"^(free ((hit|web|page|visitor|website|site) )?|(hit|web|page|visitor|website|site) )counters? "
    r"(by|from|courtesy of|provided by|powered by)\s+\S",
    re.IGNORECASE,
)


# A page's hit counter closing a short line: "(Release ID: 2109874) Visitor Counter : 1462", "Views: 12,408",
# "Hits: 311" (a label, a colon and a figure last; "Visits to the clinic: up 12% on last year" goes on). An old site's
# counter may add the date it counts from, and nothing else: "Visitor counter: 018342 since March 1, 2001" ("Visitors:
# 4,000 since the gates opened" names no date).
_HIT_COUNTER = re.compile(
    r"(^|[\s)|])(visitors?|visits|hits|page ?views|views|reads)( counter| count)?\s*:\s*\d[\d,.]*"
    rf"(\s+since\s+(({_MONTH})\.?\s+(\d{{1,2}}(st|nd|rd|th)?,?\s+)?)?(19|20)\d\d)?\W*$",
    re.IGNORECASE,
)
_HIT_COUNTER_MAX = 12
# The same counter in words, an old site's line beside its counter image: "You are visitor number 0048213 since January
# 1, 2001", "You are the 12,408th visitor to this page", "This page has been visited 48,213 times since March 2003" (the
# reader's or this page's count in digits, then at most when or where it counts from; "You are visitor number one in
# the queue" and "The museum has been visited 40,000 times since it opened" are prose).
# The counter's label alone, its count a picture beside it, is one too: "You are visitor number", "You are visitor #:".
_VISIT_COUNTER = re.compile(
    r"^you are (the )?(visitor|guest) (number|no\.?|#)\s*:?$|"
    r"^(you are (the )?(visitor|guest|reader) (number|no\.?|#) ?(\d[\d,.]*)?|"
    r"you are (the )?\d[\d,.]*(st|nd|rd|th) (visitor|guest|reader)|"
    r"this (page|site|website|web site|home ?page) has been (visited|viewed|accessed|hit) \d[\d,.]* times)"
    r"(\s+(since|to|on|today|this)\b[^.!?]{0,50})?[.!]?$",
    re.IGNORECASE,
)
_VISIT_COUNTER_MAX = 18


# A podcast host's note, set under every episode's notes by the hosting service: "Hosted on Acast. See
# acast.com/privacy for more information.", "Learn more about your ad choices. Visit megaphone.fm/adchoices" (its
# credit and a web address of its privacy or ad-choices page: "The show is hosted on Acast, the company said" is news).
_HOST_NOTE = re.compile(
    r"^hosted (on|by) (?-i:[A-Z])[\w.&'’,-]*( [\w.&'’,-]+){0,5}[.,]\s+(see|visit|go to|read)\b.{0,20}?"
    r"\b[\w.-]+\.[a-z]{2,}/\S*(privacy|adchoices|ad-choices|personal-data)\b|"
    r"^learn more about your ad choices\.?\s+(visit|see|go to)\s+[\w.-]+\.[a-z]{2,}/\S*(adchoices|privacy)\b|"
    # the privacy line alone, a web address and what it holds: "See omnystudio.com/listener for privacy information." ("See
    # the county's site for privacy information" gives no address)
    r"^(see|visit|go to)\s+(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?\s+for (more )?(privacy|ad choices|ad-choices)"
    r"( and [\w -]{1,25})? (information|info|details)\W*$",
    re.IGNORECASE,
)
_HOST_NOTE_MAX = 30


# The guest book's badge with the reason to sign it, an old site's line over its counter: "Please sign our Guestbook and
# let us know you stopped by!", "Sign my guest book and tell us you were here." (the site's own book, "our", "my", and
# the visit it records, nothing else; "Please sign the guest book at the funeral home" names no visit to the site, and
# "Visitors signed our guest book and let us know …" opens on no call).
_GUESTBOOK_CALL = re.compile(
    r"^(please )?sign (our|my) guest ?book,? and (let us know|tell us) (that )?you "
    r"((stopped|dropped|came|popped) by|were here)\W*$",
    re.IGNORECASE,
)
_GUESTBOOK_CALL_MAX = 16
# The same call set as a sentence of its own in a short line of the site's words to its visitor: "Have you visited us?
# Sign our Guestbook! We love hearing from other modellers, whatever your gauge." (an old club site's line under its
# news, the call a link to the book). The call is the whole sentence, the site's own book ("our", "my") and nothing
# else, and the line reports no one's words and quotes none. "Please sign the guest book at the funeral home." names no
# book of the site's, and "Visitors were asked to sign our guest book!" is no call.
# The call may carry the reason to sign in the same sentence, the visitor's word on the site's own doings: "Have you
# been to one of our fly-ins? Please sign our guestbook and tell us what you thought!" (what the visitor thought or
# thinks, and nothing more).
_GUESTBOOK_SENTENCE = re.compile(
    r"(please )?sign (our|my) guest ?book(,? and (let us know|tell us) what you (thought|think)( of (it|them|us))?)?"
    r"\s*[.!]+",
    re.IGNORECASE,
)
_GUESTBOOK_LINE_MAX = 30


def _guestbook_call_line(s: str) -> bool:
    """A short line one of whose sentences is wholly the call to sign the site's guest book
    (``_GUESTBOOK_SENTENCE``), reporting and quoting no one."""
    if REPORTED.search(s) or re.search(r"[\"“”]", s):
        return False
    return any(_GUESTBOOK_SENTENCE.fullmatch(part) for part in re.split(r"(?<=[.!?])\s+", s))


def _site_credit(s: str, n: int) -> bool:
    if n <= _GUESTBOOK_CALL_MAX and _GUESTBOOK_CALL.match(s):
        return True
    if n <= _GUESTBOOK_LINE_MAX and _guestbook_call_line(s):
        return True
    if n <= _HIT_COUNTER_MAX and _HIT_COUNTER.search(s):
        return True
    if n <= _VISIT_COUNTER_MAX and _VISIT_COUNTER.match(s) and not REPORTED.search(s):
        return True
    if n <= _HOST_NOTE_MAX and _HOST_NOTE.match(s):
        return True
    # (No narration guard: "This page was last updated…" says "was", and the patterns name the site's parts.)
    # (a badge may shout, "Sign our Guestbook!": only a full stop or a question makes it a sentence)
    if n <= 6 and _SITE_BADGE.match(s) and not re.search(r"[.?]$", s):
        return True
    return n <= 30 and bool(_SITE_CREDIT.search(s)) and not REPORTED.search(s)


# A newsletter read in the browser keeps its e-mail trailer: "View this email in your browser", "You are
# receiving this email because…", "unsubscribe from this list", "update your preferences".
_EMAIL_TRAILER = re.compile(
    # (an e-mail's words: "Readers can read the issue online from Friday" is news)
    r"\b(view|read|open) (this|it)( (e-?mail|newsletter|message))? (online|in (your|a|the) (web )?browser)\b|"
    r"\b(view|read|open) (the|this|our) (e-?mail|newsletter|message) (online|in (your|a|the) (web )?browser)\b|"
    r"\byou('re| are) receiving this\b|\bupdate your (e-?mail |subscription )?preferences\b|"
    r"\bunsubscribe (from (this|our|these|the) (list|e-?mails?|newsletters?|mailing( list)?)|here)\b|^unsubscribe\b|"
    r"\byou (can|may) (always )?unsubscribe\b|\bunsubscribe\b.{0,40}\bat any time\b|"
    r"\b(change|manage) how you receive\b|\bour mailing address\b|"
    # (the same call after the e-mail's own question, the web page named for the browser: "Having trouble viewing this
    # email? View as a webpage"; "The clerk had trouble viewing the email" names no "this" and reports)
    r"\b(trouble|problems?|difficulty) (viewing|reading|seeing|displaying|opening) this (e-?mail|newsletter|message)\b|"
    r"(^|\?\s*)view (it |this (e-?mail|newsletter|message) )?(as|on) a web ?page\b|"
    # (the web view's own note over the e-mail: "You are viewing the web version of this email.", "This is the online
    # version of this newsletter"; "The clerk was viewing the web version of the email" names no reader and no "this")
    r"^(you('re| are) (viewing|reading|looking at)|this is) (the|a) (web|online|browser|archived?) version of this "
    r"(e-?mail|newsletter|message|issue)\b",
    re.IGNORECASE,
)


# The same trailer telling the reader how the e-mail reached them, in the past tense that the narration guard would
# read as a story's: "This email was sent to you because you subscribed to City Hall Beat on our website.", "Was this
# forwarded to you? Sign up to get …" (the e-mail and "you" together: "The email was sent to staff on Friday" names
# no reader).
_EMAIL_SENT = re.compile(
    r"\bthis (e-?mail|message|newsletter)( (issue|edition))? (was|is|has been) sent to you\b|"
    # (also after the call to forward it: "Forward this email to a neighbor who … Was this forwarded to you?")
    r"(^|[.!?]\s+)(was|is|has) this( (e-?mail|newsletter|issue|message))? (been )?forwarded to you\?|"
    # ("You received this email because you signed up for Health Beat.")
    r"\byou (received|got|were sent) this (e-?mail|newsletter|message|issue)\b|"
    # (the same with the e-mail left unnamed: "You received this because you subscribed to The Ridge County Report.")
    r"^you( (received|got|were sent|are getting)|['’]re getting) this because you\b|"
    # (the template's line with the address left to fill, closing on the link: "This e-mail has been sent to
    # [[EMAIL_TO]], click here to unsubscribe.")
    r"\b(was|has been) sent to\b.{0,60}\b(click|tap) here to unsubscribe\b|"
    # (a mailing service's stamp over the bulletin's web copy, its sender and the time it went, nothing else: "<Office>
    # sent this bulletin at 10/22/2026 03:14 PM EDT"; "The clerk sent this email to members on Friday" names no stamp)
    r"^[^.!?]{2,80}? sent (you )?this (bulletin|e-?mail|message|newsletter|alert|update|notice) (at|on) "
    r"\d{1,2}/\d{1,2}/\d{2,4}( (at )?\d{1,2}:\d\d( ?[AP]\.?M\.?)?)?( [A-Z]{2,5})?\.?$",
    re.IGNORECASE,
)


def _email_trailer(s: str, n: int) -> bool:
    if n <= 40 and _EMAIL_SENT.search(s) and not REPORTED.search(s):
        return True
    return n <= 40 and bool(_EMAIL_TRAILER.search(s)) and not REPORTED.search(s) and not _NARRATIVE.search(s)


# A price offer on a line of its own: "Keep reading for just $1", "Only $1 for your first 3 months",
# "Starting at $59.99", "Subscribe: 4 issues for £12". Short, no sentence end, and an offer's words.
# A price as offers write it: "$1", "£12", "€4.99", "99p", "50 cents" (also read by ``page_boxes``).
# (Not a sum in the news: "$2 million", "£40m", "€3bn"; the digits are read whole, ``*+``, so "$25 million"
# is not taken for "$2".)
PRICE = re.compile(
    r"[$£€]\s?\d[\d,.]*+(?!\s?(million|billion|trillion|bn|mn|m|k)\b)|"
    r"\b\d+(\.\d\d)?\s?(p|pence|cents?)\b|\b\d+(\.\d\d)?\s?(USD|EUR|GBP)\b(?!\s?(million|billion|bn|m)\b)",
    re.IGNORECASE,
)
_OFFER_WORDS = re.compile(
    r"^(from|starting at|starts at)\b|\b(just|only|starting at|starts at|for your first|per (week|month|year)|a (week|month|year)|offer|"
    r"for (\d+|one|two|three|four|six|twelve) (weeks?|months?|years?)|/ ?(wk|week|mo|month|yr|year))\b|"
    r"^(keep reading|continue reading|read on|subscribe|join|get|try|save|unlock)\b",
    re.IGNORECASE,
)
# A discount addressed to the buyer: "Save 50% on your first year", "40% off your first box".
DISCOUNT = re.compile(
    r"^save (up to )?\d+ ?%|\b\d+ ?% off (your|the|a) (first|next|annual|yearly)\b", re.IGNORECASE
)
# A log-in prompt beside a paywall or a members' box: "Already a member? Log in", and the same for a kind of
# subscriber or an account ("Already a paid subscriber? Sign in", "Already have an account? Log in", "Existing
# subscriber? Sign in here"): a question to the reader, then the call.
_ACCOUNT_PROMPT = re.compile(
    r"^(already (a|an) (([\w'’-]+ ){0,2})(subscriber|member|customer|(registered )?user)|"
    r"already (subscribed|registered)|already have an? ([\w'’-]+ )?(account|subscription|membership)|"
    r"(are you )?(an? )?(existing|current|paid|print|digital|registered) (subscriber|member|customer)s?)"
    r"\b\W+(log ?in|sign ?in|log on)\b",
    re.IGNORECASE,
)


# The same offer as a sentence's call, in the site's voice: "Single copies are $1.50 at 14 locations …, or subscribe for $48
# a year.", "Subscribe for just $5 a month." (the call and its price per period; "Residents can subscribe for $48 a year,
# the clerk said" reports)
_SUBSCRIBE_FOR = re.compile(
    r"(^|[.!?;]\s+|,? or )subscribe (now |today )?(for|at|from) (just |only )?([$£€]\s?\d[\d,.]*|\d[\d,.]* (dollars|euros|pounds))"
    r"( (a|per|each) (year|month|week)|/ ?(yr|year|mo|month|wk|week))\b",
    re.IGNORECASE,
)
_SUBSCRIBE_FOR_MAX = 40
# The same offer's price as the line's first sentence, a price per period and nothing else, over what the reader gets
# for it: "From £12 a month. You’ll receive a certificate, a photo and news from the yard twice a year." (a
# sponsorship's or a membership's card; "From £12 a month, fees rose to £20 this year" goes on past the price in one
# sentence, and a line that says nothing to the reader after the price is news of a price).
_PRICE_OPENING = re.compile(
    r"^(from|only|just|starting at|starts at)( just| only)? "
    r"([$£€]\s?\d[\d,.]*|\d+(\.\d\d)?\s?(p|pence|cents?))"
    r"( (a|per|each) (day|week|month|year)|/ ?(wk|week|mo|month|yr|year))[.!]\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


_TO_READER = re.compile(r"\b(you|your|you’ll|you'll|you’re|you're)\b", re.IGNORECASE)


def _price_opening(s: str, n: int) -> bool:
    m = _PRICE_OPENING.match(s)
    return (
        n <= _SUBSCRIBE_FOR_MAX
        and m is not None
        and bool(_TO_READER.search(m.group("rest")))
        and not _in_someones_words(s)
    )


# The log-in prompt with a line on who reads free after it, closing the wall's box: "Already registered? Log in. Print
# subscribers get full access at no extra cost." (the prompt opening the line, then one sentence on the access a kind of
# reader has; a story's line that reports or quotes is the story's).
_ACCESS_NOTE = re.compile(
    r"^\W*((?=(?-i:[A-Z]))[^.!?]{0,60}\b(subscribers?|members?|account holders?|registered users?)\b[^.!?]{0,60}\b"
    r"(access|free|read|included|no (extra|additional) (cost|charge))\b[^.!?]{0,40}[.!]?)?$",
    re.IGNORECASE,
)
_ACCESS_PROMPT_MAX = 25


def _access_prompt(s: str, n: int) -> bool:
    m = _ACCOUNT_PROMPT.match(s)
    return (
        n <= _ACCESS_PROMPT_MAX
        and m is not None
        and bool(_ACCESS_NOTE.match(s[m.end() :]))
        and not _in_someones_words(s)
    )


def _price_offer(s: str, n: int) -> bool:
    if _price_opening(s, n) or _access_prompt(s, n):
        return True
    if (
        n <= _SUBSCRIBE_FOR_MAX
        and _SUBSCRIBE_FOR.search(s)
        and not (_in_someones_words(s) or _NARRATIVE.search(s))
    ):
        return True
    if n <= 10 and bool(DISCOUNT.search(s) or _ACCOUNT_PROMPT.match(s)) and not re.search(r"[.!?]$", s):
        return True
    return (
        n <= 10
        and any(PRICE.search(c) and _OFFER_WORDS.search(c) for c in _row_cells(s))
        and not re.search(r"[.!?]$", s)
        and not REPORTED.search(s)
        and not _NARRATIVE.search(s)
    )


def _row_cells(s: str) -> list[str]:
    """A table row's cells (``| a | b |``), else the line as its one piece. An offer names its price and its offer words
    in one cell ("| Digital | Just $1 a week |"); a data table's row with a price in one cell and "only" in another
    ("| Daily cap (Harbor Card only) | None | $5.50 |", a fares table's qualifier) is no offer."""
    if s.startswith("|") and s.endswith("|"):
        return [c.strip() for c in CELL_BAR.split(s[1:-1])]
    return [s]


# -- widgets' lines: a media player's clock, a feedback prompt, a republishing licence ----------------

# A media player's clock as it reads before playing, closing a short line (alone, or after the track's
# title, which the player's markup runs into it): "0:00 / 47:12", "The last dairy in the valley0:00 /
# 47:12", "00:00 of 1:02:33". (A zero clock: a race time or a score in the news is never "0:00 / …".)
_PLAYER_CLOCK = re.compile(r"(^|\D)0{1,2}:00(:00)?\s*(/|of)\s*(\d{1,2}:)?\d{1,2}:\d{2}$", re.IGNORECASE)
# A media player's length as its card labels it, a line of nothing else: "Duration: 1 minute 48 seconds",
# "Duration 2:14", "Running time: 1 hr 12 min" ("The hearing's duration: three days" has no figures of time).
_PLAYER_DURATION = re.compile(
    r"^(duration|length|running time|run ?time)\s*:?\s*((\d{1,2}:)?\d{1,2}:\d{2}|"
    r"(\d+\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b\s*(and\s+)?)+)\W*$",
    re.IGNORECASE,
)
# A media player's controls left as text, a line of nothing else: "Video Player Close", "Play Video", "Video
# Player is loading.", "Audio player Pause Mute" (a player's name or "video"/"audio", and a control).
_PLAYER_CONTROLS = re.compile(
    r"^(((video|audio|media) )?player |(video|audio) )?((play|pause|close|mute|unmute|replay|stop|skip( ad)?|"
    r"(exit )?full ?screen|(is )?loading|now playing)( (video|audio))?\W*){1,3}$",
    re.IGNORECASE,
)
# A reader's text-size buttons, left as text with nothing else on the line: "Normal text sizeLarger text
# sizeVery large text size", "Text size: A A A", "Decrease font size Reset font size Increase font size"
# (a sentence about type, "The council will print ballots in a larger text size", goes on around the words).
_TEXT_SIZE = re.compile(
    r"^(text size:?\s*(a\s*){2,4}|((text|font) size:?\s*)?(((normal|default|regular|small|smaller|medium|large|larger|"
    r"very large|extra large|increase|decrease|reset|bigger)\s*(text|font)\s*size|a[+-])\s*){2,4})\W*$",
    re.IGNORECASE,
)
# A feedback widget's question, with its buttons: "Was this page helpful? Yes No", "Did you find this
# article useful?", "How helpful was this guide?" (the question alone on its line, about the page itself).
_FEEDBACK = re.compile(
    r"^(was|is|were|are|did you find|do you find|how (useful|helpful|clear) (was|is|were|are|did you find)) "
    r"(this|these|the)( [\w-]+){1,2}?( (useful|helpful|informative|clear|valuable))?\s*\?(\s*(yes|no|not really)\b\W*)*$|"
    # a recipe card's prompt: "Tried this recipe?", "Made this recipe? Tag us …", "Did you make this dish?"
    r"^(tried|made|did you (make|try|cook|bake)) this (recipe|dish|bake)\s*\?",
    re.IGNORECASE,
)
_FEEDBACK_WORDS = 12
# A newsletter's feedback question about the issue itself: "What did you think of today's issue?", "How did you like this
# edition?", "Did you enjoy this week's newsletter?" (the question opening its line, about the letter, ``ISSUE_NOUNS``;
# "What did you think of the council's plan?" asks about the story's matter).
_ISSUE_FEEDBACK = re.compile(
    r"^(what did you think (of|about)|how did you (like|find)|did you (enjoy|like)|how (was|would you rate)) "
    rf"(today['’]s|this week['’]s|this month['’]s|this|the latest|our latest) ({ISSUE_NOUNS})\s*\?",
    re.IGNORECASE,
)
# A one-click poll's answers run into its line: "Hit reply and tell me, or click one: Loved it · It was fine · Not for
# me. I read every response, …" (the call to click, tap or pick one, then three answers or more set apart by dots or
# bars, a rating widget's links left as text). A list in a sentence runs on commas, and "Voters could pick one: the levy
# or the bond" sets no answers apart so.
_ONE_CLICK_POLL = re.compile(
    r"\b(click|tap|pick|choose|select)( one| an answer| below)?:\s*[^·•|.!?]{1,30}(\s[·•|]\s[^·•|.!?]{1,30}){2,}",
    re.IGNORECASE,
)
# A feedback box's call about the site itself: "Share your feedback to help improve our site experience!", "Give us
# feedback on our new website", "Help us improve our site: take a short survey" (the call opens the line and names the
# site's own pages or the reader's experience of them, no other thing between; "Share your feedback on the draft plan on
# our website" asks about the story's thing, and "Residents can share feedback …" narrates).
_SITE_FEEDBACK = re.compile(
    r"^((please )?(share|give|leave|send) (us )?(your )?(feedback|thoughts|opinions?)|(please )?help us improve)\b"
    r"( (to|and|help|us|improve|make|better|on|about|with|for|of|the|your|a))*"
    r" ((our|this) (new )?(web ?site|site|app|pages?)|(site|website|user|reader|online) experience)\b",
    re.IGNORECASE,
)
_SITE_FEEDBACK_WORDS = 16
# A feedback widget's other question, about what is wrong with the page, its link to say so at most after it: "Is there
# anything wrong with this page? Tell us", "Is something wrong with this page? Let us know" (a public body's template;
# the question opens the line and asks about this page: "Is there anything wrong with the bridge?" asks about the
# story's thing).
_PAGE_PROBLEM = re.compile(
    r"^(is there|is|was there|did you (find|see|notice)) (anything|something) wrong (with|on) this (page|web ?page)\s*\?"
    r"(\s*(tell us|let us know|report it|report (a|the) problem|contact us|give feedback)\b\W*)?$",
    re.IGNORECASE,
)
# The note under such a widget, on what the reader's feedback does, in the site's voice: "Your feedback helps us improve
# our website. We cannot reply to individual comments.", "Your feedback helps us improve 511. …" (the reader's feedback
# helping "us" or "me", opening the line; "Your feedback helps the council decide …" names another, and a speaker's
# words are reported).
_FEEDBACK_HELPS = re.compile(
    r"^your (feedback|comments|input|responses?|answers?) (helps?|will help) (us|me)\b", re.IGNORECASE
)
_FEEDBACK_HELPS_WORDS = 40
# A button that unfolds the rest of a collapsed story, left as text: "Show full article", "Read the full
# story", "View entire post" (the control alone on its line; "Read the full report on the council's site"
# points somewhere and goes on).
_EXPANDER = re.compile(
    r"^(show|read|view|see|load|expand|open)( the)? (full|whole|entire|complete|rest of the) (article|story|post|text|piece)\W*$|"
    # a player's transcript toggle: "Read transcript", "Show full transcript" ("Read the transcript of the
    # hearing on the court's site" points somewhere and goes on)
    r"^(show|read|view|see|hide|open|expand)( the)?( full)? transcript\W*$",
    re.IGNORECASE,
)
# A nonprofit's republishing licence in its own voice: "Civic Ledger stories may be republished for free
# under a Creative Commons license", "This article can be republished…", "Republish this story".
_REPUBLISH = re.compile(
    r"\b(stories|articles?|story|content|photos|reporting|work)\b.{0,30}\b(may|can) (also )?be (freely )?"
    r"(re-?published|reproduced|reprinted|redistributed)\b|^republish (this|our) (story|article|piece)$",
    re.IGNORECASE,
)
# The licence the site puts its own work under, in the words Creative Commons' chooser and open-data licences
# give every site: "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International
# License", "Except where otherwise noted, content on this site is licensed under CC BY 4.0", "All content is
# available under the Open Government Licence v3.0". The site speaks of its own work ("this", "our", "all",
# the site's content); "The photo, licensed under a Creative Commons licence, was used without credit" and "The
# museum's images are licensed under CC0, so schools can reuse them" speak of someone else's.
_LICENCE_NOTE = re.compile(
    r"^(except where otherwise (noted|stated),? )?((this|our|all)( [\w-]+){0,2}|(the )?(content|text|material)s?)"
    r"( on this (site|website|page|blog))?,? (is|are) (licensed|available|published|released|made available|shared)"
    r" under (a |an |the )?(creative commons|cc[- ]?(by|0)|open government|open data)\b|"
    r"^licensed under (a |an |the )?(creative commons|cc[- ]?(by|0))\b",
    re.IGNORECASE,
)
_WIDGET_LINE_WORDS = 40
# A corrections widget's call: "Click here to report a typo.", "Report an error", "Spotted a mistake? Let
# us know" (the call opens the line: "Residents can report a pothole online" is news).
_REPORT_ERROR = re.compile(
    r"^((click|tap) here to |please |help us by |to )?(report|submit|flag|suggest) (a|an) "
    r"(typo|error|mistake|correction|inaccuracy)\b|^(spotted|spot|see|found|find) (a|an) (typo|error|mistake)\b.{0,20}\?|"
    # (with the tip line's question before it: "Have a story tip? Find a typo? Report an error or send us a news tip.")
    r"^(have|got) an? (story|news) (tip|idea)\?\s+(spotted|spot|see|found|find) (a|an) (typo|error|mistake)\b.{0,20}\?|"
    # the same call put as a condition, with how to tell the site: "If you notice a mistake, select the text and press
    # Ctrl+Enter to let us know." ("If you find an error on your bill, call the utility" tells no "us")
    r"^if you (notice|see|spot|find|found|have found|come across) (a|an|any) (typo|error|mistake|inaccuracy)s?\b"
    r"[^.!?]{0,80}\b(let us know|tell us|report it to us|notify us|contact us|e-?mail us|ctrl\s*\+\s*enter)\b",
    re.IGNORECASE,
)
# A feedback form's line under the post, telling the reader how to write to its author or where to comment: "FEEDBACK:
# Use this form to send a message to the author of this post. If you want to post a public comment, you can do that at
# the bottom of the page." ("Residents can use the form on the city's site to send a message to the council" names no
# author and no place on this page.)
_AUTHOR_FEEDBACK = re.compile(
    r"^(feedback:\s*)?(use|fill (in|out)|complete) (this|the|our) (form|link)\b[^.!?]{0,30}\b(send|write|e-?mail)"
    r"( a| your)? (message|note|feedback|comments?|letter) to the (author|writer|reporter|editors?)\b|"
    r"\bif you (want|wish|would like|['’]d like) to (post|leave|make|add|write) a (public )?comment\b[^.!?]{0,40}"
    r"\b(bottom of (the|this) (page|post|article|story)|(below|beneath|under) (this|the) (post|article|story))"
    r"(?=[.!]?(\s|$))",
    re.IGNORECASE,
)
# A widget with nothing to show: "There are currently no active alerts.", "There are no comments yet."
_EMPTY_WIDGET = re.compile(
    r"^there (are|is) (currently |still )?no (active |new |current )?(alerts?|notifications?|comments?|"
    r"responses|replies|events|items|posts|results)( yet| at this time| to (show|display))?\W*"
    r"((view|see|show) all( \w+)?\W*)?$",
    re.IGNORECASE,
)
# An alert centre's banner, closing with its link to the rest: "Road Closure: Main Street … closed for water
# main repair through March 9. View All Alerts" (the banner's line, whatever the alert says).
_ALERT_BANNER = re.compile(
    r"(^|[.!?:]\s+|\s)(view|see|show|read) (all|more|other) (\w+ )?(alerts|notices|notifications|advisories)\W*$",
    re.IGNORECASE,
)
_ALERT_BANNER_MAX = 45
# A social platform's activity under a post: "gullwatcher liked this", "northsounder reblogged this from
# harbourlights", "Ana Ruiz and 3 others like this" (a name, the action on "this", nothing reported).
ACTIVITY = re.compile(
    r"^([-*•]\s+)?[\w.@'’-]+( [\w.'’-]+){0,2}( and \d+ (others?|more))? (liked|likes|like|reblogged|shared|reposted|"
    r"retweeted|favou?rited|upvoted|bookmarked|saved) this\b( (from|via) [\w.@-]+)?( and added)?\W*$",
    re.IGNORECASE,
)
# The same action with the reader's own words after it: "saltmarshwitch reblogged this from harbourlights
# and added: the lobster line …" (a reader's comment, whatever its length; on a line of its own after the label,
# ``bot.web.page_lines`` drops it).
ACTIVITY_ADDED = re.compile(
    r"^([-*•]\s+)?[\w.@'’-]+ (reblogged|shared|reposted|retweeted|quoted) this( (from|via) [\w.@-]+)? and added:",
    re.IGNORECASE,
)


# A live blog's status note in the site's voice: "This live blog has ended. Follow our continuing coverage at …",
# "This liveblog is now closed.", "We've paused our live coverage for the night." (The live blog about the live
# blog, "The council's live stream has ended", names no live blog of its own.)
_LIVE_BLOG_STATUS = re.compile(
    r"^((this|our|the) live ?(blog|coverage|updates?|page|feed|thread) (has|is|have|are)( now)? (ended|closed|over|"
    r"finished|concluded|paused|stopped)|we(['’]ve| have| are|['’]re)? (now )?(ended|paused|closed|wrapped up|"
    r"concluded|stopped) (our|this|the) live ?(blog|coverage|updates?)|"
    # the page's note on how it updates: "This page updates automatically. If new posts don't appear, please refresh."
    r"(this|the|our) (live ?)?(blog|page|feed|coverage|updates) (updates|refreshes|will (update|refresh)|is "
    r"(updated|refreshed)) automatically|"
    # the reader told to reload, opening the line: "Refresh this page to see the latest updates.", "Refresh the page
    # for new posts." ("Voters were told to refresh the page" opens on the voters)
    r"(please )?(refresh|reload) (this|the) (page|blog|feed)( (to see|for))? (the )?(latest|newest|new|more)"
    r"( (updates|posts|entries))?(?=\W*$)|"
    # the marker under its last post, to the reader: "You’ve reached the first update on this page.", "You have reached
    # the end of the live blog" ("The crews have reached the end of the line" is someone else's)
    r"you(['’]ve| have) reached the (first|last|oldest|earliest|latest|newest|end|bottom|beginning|start)"
    r"( (update|post|entry))? (of|on|in) (this|the|our) (live ?)?(page|blog|feed|coverage|updates|thread))\b|"
    # the feed's counter by its pager, its buttons run in: "Showing 1-7 of 7 updates Oldest" ("Displaying 1-9 of 9 …")
    r"^(showing|displaying|viewing) \d{1,4}\s*[-–]\s*\d{1,4} of \d{1,5} (updates|posts|entries)"
    r"(\W+(oldest|newest|latest|older|newer|next|previous|prev|first|last))*\W*$|"
    # the feed's title over its entries, alone on its line: "Latest updates", "Live updates" ("Latest updates on the
    # closure are posted at the depot" goes on)
    r"^(latest|live|all) (updates|posts|entries)\W*$",
    re.IGNORECASE,
)
_LIVE_BLOG_STATUS_MAX = 40
# A match report's player-of-the-match box, a name, the club in brackets and a rating: "Jamal Pryce (Harbourside) ·
# Rating 8.6" (a rating in a sentence, "the agency cut its rating to 8.6", goes on).
_PLAYER_RATING = re.compile(r"^[^.!?]{3,60}\)\s*[·•|–-]\s*rating:?\s*\d{1,2}(\.\d)?\W*$", re.IGNORECASE)


# The heading of a table of contents, alone on its line once its in-page links are gone: "Table of contents",
# "In this article", "On this page", "Jump to".
_CONTENTS_HEADING = re.compile(
    r"^(table of contents|contents|on this page|in this (article|story|post|guide|piece)|jump to( section)?)\W*$",
    re.IGNORECASE,
)


def _issue_feedback(s: str, n: int) -> bool:
    """A newsletter's question about its issue (``_ISSUE_FEEDBACK``), alone or with its call to reply after it
    (``_answered_by_reply``), or its one-click poll (``_ONE_CLICK_POLL``)."""
    if n <= _FEEDBACK_WORDS and _ISSUE_FEEDBACK.match(s):
        return True
    if (
        n <= _WIDGET_LINE_WORDS
        and (question := _ISSUE_FEEDBACK.match(s))
        and _answered_by_reply(s[question.end() :])
    ):
        return True
    return n <= _WIDGET_LINE_WORDS and bool(_ONE_CLICK_POLL.search(s)) and not _in_someones_words(s)


# The same question run into its answer's way, a call to reply, and at most a word on who reads the replies: "What did
# you think of this issue? Hit reply and tell us. <Name> reads every one, usually out loud to the pigs." (the call
# opening the next sentence, ``_REPLY_CALL``; then only sentences of the replies read, ``_REPLIES_READ``). A sentence
# after the question about anything else ("… The council meets again on Monday.") keeps the line.
_REPLY_OPENS = re.compile(
    r"^((just|simply|please|feel free to)\s+)?(hit|press|reply|respond|write back)\b", re.IGNORECASE
)
_REPLIES_READ = re.compile(
    r"^((?-i:[A-Z])[\w'’-]*( (?-i:[A-Z])[\w'’-]*)?|I|we|someone)( personally)? (read|reads|answer|answers|see|sees) "
    r"(every|each|all)\b",
    re.IGNORECASE,
)


def _answered_by_reply(rest: str) -> bool:
    first, *more = _CALL_SENTENCES.split(rest.strip()) if rest.strip() else [""]
    return bool(_REPLY_OPENS.match(first)) and all(_REPLIES_READ.match(x) for x in more)


def _page_feedback(s: str, n: int) -> bool:
    """A feedback widget's question about what is wrong with the page (``_PAGE_PROBLEM``) or its note on what the
    reader's feedback does (``_FEEDBACK_HELPS``)."""
    if n <= _FEEDBACK_WORDS and _PAGE_PROBLEM.match(s):
        return True
    return n <= _FEEDBACK_HELPS_WORDS and bool(_FEEDBACK_HELPS.match(s)) and not REPORTED.search(s)


def _widget_line(s: str, n: int) -> bool:
    if n <= _FEEDBACK_WORDS and (_PLAYER_CLOCK.search(s) or _PLAYER_DURATION.match(s) or ACTIVITY.match(s)):
        return True
    if n <= 16 and _TEXT_SIZE.match(s):
        return True
    if n <= 4 and _CONTENTS_HEADING.match(s):
        return True
    if n <= 6 and _EXPANDER.match(s):
        return True
    if 2 <= n <= 6 and _PLAYER_CONTROLS.match(s) and re.search(r"\b(video|audio|player)\b", s, re.I):
        return True
    if ACTIVITY_ADDED.match(s):
        return True
    if n <= _LIVE_BLOG_STATUS_MAX and _LIVE_BLOG_STATUS.match(s) and not _in_someones_words(s):
        return True
    if n <= 12 and _PLAYER_RATING.match(s):
        return True
    if (
        (n <= 20 and _REPORT_ERROR.match(s))
        or (n <= _SITE_FEEDBACK_WORDS and _SITE_FEEDBACK.match(s))
        or _page_feedback(s, n)
    ):
        return True
    if n <= _WIDGET_LINE_WORDS and _AUTHOR_FEEDBACK.search(s) and not REPORTED.search(s):
        return True
    if n <= 10 and _EMPTY_WIDGET.match(s):
        return True
    if n <= _ALERT_BANNER_MAX and _ALERT_BANNER.search(s) and not REPORTED.search(s):
        return True
    if (
        n <= _FEEDBACK_WORDS
        and _FEEDBACK.match(s)
        and re.search(r"(useful|helpful|informative|clear|valuable|recipe|dish|bake)", s, re.I)
    ):
        return True
    if n <= _WIDGET_LINE_WORDS and _LICENCE_NOTE.match(s) and not _in_someones_words(s):
        return True
    return n <= _WIDGET_LINE_WORDS and bool(_REPUBLISH.search(s)) and not REPORTED.search(s)


# A betting site's notices, in the words every licensed bookmaker's page carries: "18+ only", "Please gamble
# responsibly. For free, confidential advice call the National Gambling Helpline …", "BeGambleAware.org",
# "Full T&Cs apply". (A report names who spoke: "BeGambleAware said calls rose by a third"; "18+ fans need
# ID at the gate" is no label.)
_BETTING_NOTICE = re.compile(
    # (the age run into the notice, no stop between: "18+ Please gamble responsibly. When the fun stops, stop.")
    r"^18\+\s*(only\b|[.|]|$)|(^|[.!?,]\s+|^18\+\s+)please (gamble|bet|play) (responsibly|safely)\b|"
    r"^(gamble|bet) (responsibly|aware)\b|\bbegambleaware(\.org)?\b|\bt ?& ?cs? apply\b|"
    r"\bcall (the )?([\w-]+ ){0,3}gambling helpline\b|"
    # the US form of the same notice, a question then the helpline: "Gambling problem? Call 1-800-GAMBLER." (a
    # question put to the reader, never a report's sentence), and the odds' credit opening the line: "Odds provided by
    # <Bookmaker>." ("The odds provided by the bookmaker were long" opens on "The")
    r"\b(gambling|betting) problem\?\s*(call|text|visit|contact)\b|^odds (are )?(provided|supplied|powered) by\b|"
    # a price box's label read into its line, the price after it: "Odds update Marlowe's Lantern is now 6/1 from 14/1
    # for the Derby" (a racing story's own sentence on the price has no label before it)
    r"^(odds|betting) (update|latest|watch|movers?|alert)\b\s*[:|•-]?\s*[^.!?]{0,120}?\b\d{1,3}[/-]\d{1,2}\b",
    re.IGNORECASE,
)
_BETTING_NOTICE_MAX = 50


def _betting_notice(s: str, n: int) -> bool:
    return n <= _BETTING_NOTICE_MAX and bool(_BETTING_NOTICE.search(s)) and not REPORTED.search(s)


# The link to the writer's page under the tagline: "See stories by Mirella Tso", "View all posts by Jane Doe", "More
# articles by J. Doe" (the whole line a label and a capitalised name; "See stories by local students in Sunday's
# paper" goes on in lower case).
_AUTHOR_LINK = re.compile(
    r"^(see|view|read|browse|more)( all| more)?( (the|her|his|their))? (stories|articles|posts|reporting) by "
    r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}\W*$",
    re.IGNORECASE,
)
_AUTHOR_LINK_MAX = 10


def _author_link(s: str, n: int) -> bool:
    return n <= _AUTHOR_LINK_MAX and bool(_AUTHOR_LINK.match(s))


# A printed page's jump line, in a paper's text view: "See LIBRARY, Page A6", "Continued on Page B2", "Continued
# from FLOOD, page A1" (the story's slug in capitals and the page by its number, a section's letter before it, nothing
# else on the line; "See page 4 of the report for the figures" goes on, and "See Spot Run, page 12" has no slug in
# capitals).
_JUMP_LINE = re.compile(
    r"^((please )?see|(continued|cont'?d\.?|jump(ed)?) (on|from|to))\s+"
    r"((?-i:[A-Z][A-Z'’&-]+)(\s+(?-i:[A-Z][A-Z'’&-]+)){0,3},?\s+(on\s+)?)?"
    r"page\s+(?-i:[A-Z])?\d{1,3}\W*$|"
    # (the label over the jumped part, its slug and where it came from: "ER from A1", "BUDGET from Page B1"; the page
    # by a section's letter and its number, so "UK from 2027" and "Ferries from Pier 4" are no jump)
    r"^(?-i:[A-Z][A-Z'’&-]+)(\s+(?-i:[A-Z][A-Z'’&-]+)){0,3},?\s+from\s+(page\s+)?(?-i:[A-Z])\d{1,3}\W*$",
    re.IGNORECASE,
)
_JUMP_SEE = re.compile(r"^(please )?see\s+page\b", re.IGNORECASE)


def _jump_line(s: str, n: int) -> bool:
    # ("See page A6" without the slug is a pointer too, but "see" needs the slug: a bare "See page 4" may be a
    # writer's own note to the reader)
    return n <= 10 and bool(_JUMP_LINE.match(s)) and not _JUMP_SEE.match(s)


# A press officer's title line in a release's media contact block, the office's title with the officer's name after
# it or not, nothing else: "Senior Media Relations Specialist", "Public Affairs Officer Martin Delacroix", "Press
# Secretary" is no office's title here. ("Public Affairs Officer Martin Delacroix said the office would not comment."
# reports, and a sentence ends; a heading "Public affairs" names no officer.)
_PRESS_OFFICER = re.compile(
    r"^((senior|chief|deputy|assistant|associate|lead|principal|acting)\s+)?"
    r"((media|public|press|news|government|community|external)\s+(relations|affairs|information)|press|media)\s+"
    r"(officer|specialist|manager|director|coordinator|liaison|adviser|advisor|representative|contact|"
    r"associate|strategist)"
    r"(\s+(?-i:[A-Z])[\w.'’-]*){0,4}$",
    re.IGNORECASE,
)


def _press_officer(s: str, n: int) -> bool:
    return n <= 10 and bool(_PRESS_OFFICER.match(s))


# A note that this story was made with a partner, in the story's own words for itself: "This story was produced in
# partnership with the Northern Plains Health Reporting Collaborative, a group of newsrooms …", "This article is
# published in collaboration with Grist." ("The series was produced in partnership with the university" is news
# about another piece; "This story was produced, the editor said, in partnership with …" reports.)
_PARTNER_NOTE = re.compile(
    r"^this (story|article|report|piece|series|project|investigation|coverage)\b[^.!?]{0,40}?\b(was|is|has been) "
    r"(\w+ )?(produced|published|reported|written|co-published|co-produced|made|edited|distributed)\b"
    r"([^.!?]{0,20}?\bin (partnership|collaboration|association|conjunction) with\b|"
    # (a co-publication names its partner right after the verb: "This story was co-published with the Herald as part
    # of …"; "The series was co-published with the Herald" does not speak of itself)
    r"((?<=co-published)|(?<=co-produced)|(?<=copublished)|(?<=coproduced)) (with|by)\b)",
    re.IGNORECASE,
)
_PARTNER_NOTE_MAX = 50


def _partner_note(s: str, n: int) -> bool:
    return n <= _PARTNER_NOTE_MAX and bool(_PARTNER_NOTE.match(s)) and not _in_someones_words(s)


# A newsletter's sign-off, thanks for reading and a call to write back: "Thanks for reading the Dispatch. Hit reply if
# you have a question …", "Thank you for reading! Just reply to this email to tell me what I missed." (The thanks
# opens the line and the reader is asked to reply; "Thanks for reading my letter, the mayor wrote back" reports, and a
# thanks with no call to reply stays.)
_SIGN_OFF = re.compile(r"^(thanks|thank you)( (so|very) much)? for reading\b", re.IGNORECASE)
_REPLY_CALL = re.compile(
    r"(^|[.!?]\s+)((just|simply|please|feel free to)\s+)?(hit|reply|respond|write back)\b[^.!?]{0,40}|"
    r"\breply to (this|the) (e-?mail|newsletter|message|post)\b",
    re.IGNORECASE,
)
_SIGN_OFF_MAX = 45


def _sign_off(s: str, n: int) -> bool:
    if n > _SIGN_OFF_MAX or not _SIGN_OFF.match(s) or _in_someones_words(s):
        return False
    return any(
        "reply" in m.group(0).lower() or "write back" in m.group(0).lower() for m in _REPLY_CALL.finditer(s)
    )


# A call to get the outlet's stories on a platform, opening the line: "Get Lion City Today's top stories on WhatsApp",
# "Receive breaking news alerts on Telegram" (the reader told where to get them; "Residents get news on WhatsApp more
# than from the paper" does not open with the call, and a line reporting someone's words stays).
_NEWS_ON_PLATFORM = re.compile(
    rf"^(get|receive)\b[^.!?]{{0,50}}\b(stories|news|headlines|updates|alerts)\b"
    # (the outlet named between, as the one to follow: "Get the latest X news by following X Live on Google News")
    rf"([^.!?]{{0,20}}|\s+by (following|adding|joining|subscribing to) [^.!?]{{1,40}})"
    rf"\b(on|via|through) (our )?{_PLATFORM}( channel| group)?\W*$|"
    # or to join the outlet there for them: "Join Daily Frontline Nigeria on WhatsApp for breaking news and updates."
    rf"^(join|follow)\b[^.!?]{{0,50}}\bon (our )?{_PLATFORM}( channel| group)? for [^.!?]{{0,40}}"
    rf"\b(stories|news|headlines|updates|alerts)\W*$",
    re.IGNORECASE,
)


def _news_on_platform(s: str, n: int) -> bool:
    return n <= 20 and bool(_NEWS_ON_PLATFORM.match(s)) and not _in_someones_words(s)


# A print view's header and its list of link footnotes: "Published on The Prairie Plainsman
# (https://www.example.org)", "[2] https://www.example.org/news/…" (the source's address in brackets closing the
# line; a footnote's number in square brackets and a bare address, nothing else. "[2] Smith, J. (2020) …" cites a
# paper, and "Published on Monday, the report …" names no address.)
_PRINT_SOURCE = re.compile(
    r"^(published|printed|retrieved) (on|from) [^()]{1,80}\(https?://[^\s()]+\)\W*$", re.I
)
_LINK_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s*(https?://|www\.)\S+$", re.IGNORECASE)


# A digital edition's printer's line under the story: "Printed and distributed by PressFeed · reader.example.org · +1 604
# 555 0148 · COPYRIGHT AND PROTECTED BY APPLICABLE LAW" (the distributor's credit opening the line, then a bar of its
# parts or its copyright notice; "Printed and distributed by volunteers, the leaflets urged …" is a sentence).
_PRINTER_LINE = re.compile(
    r"^(printed and distributed|distributed and printed|printed|distributed) by\b[^.!?]{0,60}(\s·\s|\bcopyright\b)",
    re.IGNORECASE,
)


def _print_view_line(s: str, n: int) -> bool:
    return n <= 30 and bool(_PRINT_SOURCE.match(s) or _LINK_FOOTNOTE.match(s) or _PRINTER_LINE.match(s))


# A labelled pointer to a recording kept elsewhere: "Watch the oral argument: Video of the October 9 argument in this
# case is available on the court's archive.", "Listen: Audio of the hearing is available at …" (a label of a call to
# watch or listen, then where the record is; "Watch the skies: the meteor shower peaks Tuesday" says no record is
# available, and "Video of the argument is available online, the clerk said" has no label).
_MEDIA_POINTER = re.compile(
    r"^(watch|listen|view|see|hear)( to)?\b[^:.!?]{0,40}:\s+[^.!?]{0,40}\b(video|audio|recording|footage|webcast|"
    r"livestream|stream|podcast)s?\b[^.!?]{0,80}\b(is|are) (now )?available\b",
    re.IGNORECASE,
)


def _media_pointer(s: str, n: int) -> bool:
    return n <= 40 and bool(_MEDIA_POINTER.match(s)) and not _in_someones_words(s)


# A newsletter's note on its paid tier in its own voice: "Programming note: This is a free post. … a paid subscription
# is $6 a month and keeps me in the cheap seats." (the paid subscription and its price per period; "A paid subscription
# to the streaming service costs $15 a month" names another's product, and a line reporting someone's words stays).
_PAID_TIER = re.compile(
    r"\b(a|our|my) paid (subscription|membership) (is|costs|runs) (just |only )?([$£€]\s?\d[\d,.]*)"
    r" (a|per|each) (year|month|week)\b",
    re.IGNORECASE,
)


# The terms of a press room's pictures: "Images may be used only in connection with coverage of this exhibition and
# must carry the credit shown." (the pictures as the subject, "may be used only" or "must carry the credit"; "The images
# may be used in court, the judge ruled" reports, and "Photos of the site were used in the council's report" has no
# terms.)
_IMAGE_TERMS = re.compile(
    r"^(these |the |all |press |our )?(images|photos|photographs|pictures|photography)( above| below| on this page)? "
    r"(may|can|must) (only )?be (used|reproduced|published)\b[^.!?]{0,80}"
    r"\b(only|solely|exclusively|credit(ed)?|editorial)\b",
    re.IGNORECASE,
)


def _image_terms(s: str, n: int) -> bool:
    return n <= 40 and bool(_IMAGE_TERMS.match(s)) and not _in_someones_words(s)


def _paid_tier_note(s: str, n: int) -> bool:
    return (
        n <= 50
        and bool(
            _PAID_TIER.search(s)
            or _PAID_EXTRA.match(s)
            or _PAID_LABEL.match(s)
            or _PAID_SPLIT.search(s)
            or _PAID_ISSUE_EXTRA.match(s)
        )
        and not _in_someones_words(s)
    )


# The same tier's note under a label naming its readers, addressed to them: "Paid members: below the line you'll find my
# annotated copy of the amendment …" (a newsletter's callout over what the paywall holds back; ``PAID_READERS``). A
# figure under the label ("Paid subscribers: 1,204") addresses no one, and a story's sentence names no such label.
_PAID_LABEL = re.compile(rf"^{PAID_READERS}\s*:\s+[^:]*\byour?\b", re.IGNORECASE)


# The same tier's note setting what its readers get against what the rest get: "Members-only on Friday: the full
# transcript of my conversation with the district's hydrogeologist, … Paid members get it in their inbox; everyone else
# gets the first three questions." (a newsletter's callout over a members-only extra; ``PAID_READERS``,
# ``FREE_READERS``). "Paid members get voting rights" alone sets nothing against it, and a line reporting someone's words
# ("…; everyone else gets the newsletter, the club's president said") is the story's.
_PAID_SPLIT = re.compile(
    rf"\b{PAID_READERS} (get|receive|can read|see)\b[^.!?;]{{0,80}}[;,]\s+(and |but |while |whereas )?"
    rf"({FREE_READERS}) (gets?|receives?|can read|sees?)\b",
    re.IGNORECASE,
)


# The same tier's note opening on the issue's extra its readers get: "Paying members also get this week's extra: the full
# <Body> memo with my annotations, plus the staffing numbers … It's at the bottom of this post." (a newsletter's callout
# over what the paywall holds back; ``PAID_READERS``, ``page_lexicon.ISSUE_EXTRAS``): the extra of this issue, today's or
# this week's, is the letter's own offer. A perk of the tier told alone ("Paid members get voting rights"), an extra of
# no issue ("Paid members get an extra seat at the meeting") and a line reporting someone's words stay.
_PAID_ISSUE_EXTRA = re.compile(
    rf"^{PAID_READERS} (also |now )?(get|receive|can read|see|have access to) "
    rf"(this|today['’]s|this (week|month|issue|edition)['’]s) ({ISSUE_EXTRAS})\b",
    re.IGNORECASE,
)


# What the paid tier gets, then the call to join it: "Paid subscribers get the full spreadsheet of state BEAD timelines.
# Upgrade here." (a newsletter's own offer, the call closing the line; "Paid subscribers get more, the founder said"
# reports).
_PAID_EXTRA = re.compile(
    r"^(paid|premium|paying) (subscribers|members|supporters) (get|can|have|receive|also get)\b[^.!?]{0,120}[.!]\s+"
    r"(upgrade|subscribe|become a (paid )?(subscriber|member)|join)\b[^.!?]{0,30}[.!]?$",
    re.IGNORECASE,
)


# A club's or a venue's thanks to a sponsor, the credit's "kindly" naming who paid for a thing: "Today's match ball was
# kindly sponsored by Coopers Skip Hire & Recycling.", "The programme is kindly sponsored by Hale & Sons." (one
# sentence closing on the sponsor's capitalised name; "The match ball was sponsored by a local firm, the club said"
# reports, "The concert was kindly sponsored by the Lions Club, which raised $2,000" goes on past its credit, and
# "Meals were kindly provided by the Red Cross" is news of a gift, not a sponsor's credit); and the sponsor's own award under
# its label: "Sponsor's Man of the Match: Jamie Okoro (chosen by …)" ("The sponsor's man of the match award went to
# Okoro" has no label).
_KINDLY_SPONSORED = re.compile(
    r"^[^.!?]{0,60}\b(was|were|is|are|has been|have been) (very |most |generously )?kindly sponsored by (the )?"
    r"(?-i:[A-Z])[\w'’&.-]*(\s+(&|and|of|the|(?-i:[A-Z])[\w'’&.-]*)){0,8}[.!]?$",
    re.IGNORECASE,
)
# A funder's credit in the form of a broadcast's or an exhibition's underwriting: "Support for Thalassodraco: Dragon of the
# Dunmore Sea is provided by the Whitcombe Family Foundation and the Kansas Council for Science Education." ("Support for
# …" opening the line, "is provided by" in the present and nothing after the funders' capitalised names; "Support for
# the measure was provided by three of five commissioners" is news of a vote, and "Support for the plan is provided by
# the county, which …" goes on past its credit.)
_SUPPORT_PROVIDED = re.compile(
    r"^(major |additional |generous |funding )?support for [^.!?]{1,80}? (is|are) (generously )?provided by (the )?"
    r"(?-i:[A-Z])[\w'’&.-]*(,?\s+(&|and|of|for|the|(?-i:[A-Z])[\w'’&.-]*)){0,16}[.!]?$",
    re.IGNORECASE,
)
_SPONSORS_AWARD = re.compile(
    r"^(match |the )?sponsors?['’]?s?['’]? (man|woman|player|star) of the (match|game|day)\s*:", re.IGNORECASE
)


def _sponsor_credit(s: str, n: int) -> bool:
    if n <= 25 and _KINDLY_SPONSORED.match(s) and not _in_someones_words(s):
        return True
    if n <= 40 and _SUPPORT_PROVIDED.match(s) and not _in_someones_words(s):
        return True
    return n <= 20 and bool(_SPONSORS_AWARD.match(s))


# A pointer to the same story in another language, its label opening the line and the linked title after a colon:
# "Leer en español: Actualización de marzo", "Read this story in Spanish", "Lire en français : La mise à jour" (the
# call "read … in <a language>" and a short title with no sentence end; "Read in Spanish, the notice says the water is
# unsafe" goes on as a sentence, "Residents can read the notice in Spanish" does not open on the call).
_LANGUAGE = (
    r"(english|ingl[eé]s|anglais|spanish|español|espanol|french|français|francais|franc[eê]s|german|deutsch|"
    r"portuguese|português|portugues|italian|italiano|chinese|中文|vietnamese|tiếng việt|korean|한국어|tagalog|filipino|"
    r"arabic|العربية|russian|русском|ukrainian|українською|polish|polsku|somali|hmong|haitian creole|kreyòl|"
    r"hindi|japanese|日本語|dutch|nederlands|welsh|cymraeg|irish|gaeilge|māori|maori)"
)
_OTHER_LANGUAGE = re.compile(
    r"^(read|leer|lea|lee|lire|lisez|ler|leia|leggi|lesen|lees)"
    r"( (this|the|esta|este|la|el|cet|cette|l['’]|questo|quest['’]|esta|diesen|deze|it))?"
    r"( ?(story|article|post|update|page|report|historia|artículo|articulo|actualización|nota|noticia|articolo|"
    r"notícia|matéria|artikel|bericht))?"
    rf" (in|en|em|auf|op) {_LANGUAGE}"
    r"(\s*:(\s*[^.!?:]{0,80})?)?$",
    re.IGNORECASE,
)


def _other_language(s: str, n: int) -> bool:
    return n <= 14 and bool(_OTHER_LANGUAGE.match(s))


# A series label above the headline, the part's number and the series' title, nothing else: "Part 2 of 3 in “Who Moves
# the Stop?”", "Part two of four: The Water Wars" ("Part 2 of the plan calls for new bus lanes." goes on as a sentence).
_PART_NUMBER = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PARTS_IN_ALL = r"(\d+|two|three|four|five|six|seven|eight|nine|ten)"
_SERIES_PART = re.compile(
    rf"^(this is )?part {_PART_NUMBER} of {_PARTS_IN_ALL}(-part)?( in| of| from)?( the| our| a)?( series)?\s*[:—–-]?\s*"
    r"[\"“‘'](?=.{2,})[^\"“”‘’]{2,80}[\"”’']$|"
    rf"^part {_PART_NUMBER} of {_PARTS_IN_ALL}\s*:\s*[^.!?:]{{2,60}}$",
    re.IGNORECASE,
)
_SERIES_PART_MAX = 16


def _series_part(s: str, n: int) -> bool:
    return n <= _SERIES_PART_MAX and bool(_SERIES_PART.match(s))


# An authorisation line that election law asks of a campaign's page, the name, a title or body and an address, every part
# a name ("Authorised by <Name>, General Secretary, <Union>, 12 Harbour Street, Port Leigh NSW."; "Authorised by the
# council in March, the works began in May." goes on in words).
_AUTHORISED = re.compile(r"^(authori[sz]ed|promoted|printed and promoted) by\s+(?-i:[A-Z])", re.IGNORECASE)
_AUTHORISED_PART = re.compile(r"^(?-i:[A-Z0-9])[\w.&'’/-]*( ([\w.&'’/-]+))*$")


def _authorisation(s: str, n: int) -> bool:
    if n > 40 or not _AUTHORISED.match(s) or _in_someones_words(s):
        return False
    parts = [
        p.strip()
        for p in re.sub(r"^\w+( and promoted)? by\s+", "", s, flags=re.IGNORECASE).rstrip(".").split(",")
    ]
    return len(parts) >= 3 and all(
        _AUTHORISED_PART.match(p) and not re.search(r"\b(?-i:[a-z])\w*(ed|s)\b", p.split(" ", 1)[-1])
        for p in parts
    )


# A press release's sign-off, an agency's initials between dashes on a line of their own: "-NPS-", "— USFS —" ("-30-"
# and "###" are the separator's; "- NPS rangers" is a list item).
_SIGN_OFF_INITIALS = re.compile(r"^[-–—]{1,3}\s?[A-Z]{2,6}\s?[-–—]{1,3}$")


def _sign_off_initials(s: str, _n: int) -> bool:
    return bool(_SIGN_OFF_INITIALS.match(s))


# A sponsor's note on a beat's coverage with the newsroom's word that its sponsors have no say: "Local education coverage
# is sponsored by <Bank>. Sponsors have no input on news content." ("The festival is sponsored by a bank" alone, a line
# that reports someone, and a funder's note in the story's own paragraph, "… reporting is supported in part by the
# Tidewater Trust. Underwriters have no role …", which pages_final17's rule takes only in its box, stay.)
_COVERAGE_SPONSORED = re.compile(r"\bcoverage (is|are) (sponsored|presented) by\b", re.IGNORECASE)
_SPONSOR_NO_SAY = re.compile(
    r"\b(sponsors?)( have| has| had)? no (input|say|influence|role|control|involvement)"
    r"( (on|in|over|into))?( (the|our))? (news|editorial|newsroom)\b",
    re.IGNORECASE,
)


# The same note as a wire words it under its stories, a funder's support for a desk or a beat and the agency's word that
# the content is its own: "The Associated Press’ health coverage receives support from the <Foundation>’s <program>. The
# AP is solely responsible for all content." The line opens on the supported desk, a name in capitals ("<Agency>
# climate and environmental coverage receives financial support from …", "The <Agency> Health and Science Department
# receives support from …"), and says further on that the outlet alone answers for the content. "The clinic receives
# support from the county" answers for no content, and a line that reports or quotes someone is the story's.
_DESK_SUPPORTED = re.compile(
    r"^(the )?(?-i:[A-Z])[^.!?]{0,80}? (receives|has received|gets) (financial |philanthropic |additional )?"
    r"(support|funding) (from|by)\b",
    re.IGNORECASE,
)
_SOLELY_RESPONSIBLE = re.compile(
    r"(^|[.!?]\s+)(the )?(?-i:[A-Z])[\w'’.&-]*( (?-i:[A-Z])[\w'’.&-]*){0,3} (is|are|remains) solely responsible for "
    r"(all |its |the )?(editorial )?(content|coverage|journalism)\b",
    re.IGNORECASE,
)


def _coverage_sponsor(s: str, n: int) -> bool:
    if n > 60 or _in_someones_words(s):
        return False
    if _COVERAGE_SPONSORED.search(s) and _SPONSOR_NO_SAY.search(s):
        return n <= 45
    return bool(_DESK_SUPPORTED.match(s)) and bool(_SOLELY_RESPONSIBLE.search(s))


# A paywall's offer, the access a plan gives opening the line: "Get access to all <Outlet>+ articles, the digital
# magazine every Friday and …", "Get unlimited access to every story" ("Get access to all the records, the lawyer urged"
# reports; access to anything but the outlet's articles is no offer). (Or the plan's perk in a member wall's list, the
# verb alone, a list item as often as not: "- Access all member-only stories on <Outlet>"; "Access all areas passes sold
# out" names no stories.)
_ACCESS_OFFER = re.compile(
    r"^([-*•]\s+)?((get|enjoy|unlock|gain) (unlimited |full |instant |digital |complete )?access to|access) (all|every)\b[^.!?]{0,50}"
    r"\b(articles?|stor(y|ies)|content|journalism|reporting)\b",
    re.IGNORECASE,
)


# A membership pitch opening on the call to join, with its price per period or the outlet's journalism: "Join the
# thousands of health workers standing together for safe staffing. Membership starts at $9.40 a week.", "Join <Outlet>+
# for exclusive briefings, events with our journalists, and to keep independent journalism going." ("Join the protest on
# Friday, organisers said." reports; a line that does not open on "Join" narrates.)
_JOIN_CALL = re.compile(
    r"^(join (the |us|our |(?-i:[A-Z]))|become an? (paying |paid |founding |monthly )?(member|subscriber|supporter)\b)",
    re.IGNORECASE,
)
# The price per period straight after the call: "Become a paying member for $6 a month and keep local news free"
_PRICE_PER_PERIOD = re.compile(
    r"\b(for|from) (just |only )?[$£€¥₹]\s?\d[\d.,]*( a| per| /| each) ?(week|month|year|day|fortnight)\b",
    re.IGNORECASE,
)
_MEMBERSHIP_PRICE = re.compile(
    r"\b(membership|subscriptions?|plans?|it) (starts?|costs?|is|are) (at |from |just |only )*[$£€¥₹]\s?\d[\d.,]*"
    r"( a| per| /| each) ?(week|month|year|day|fortnight)\b",
    re.IGNORECASE,
)
_WITH_OUR_JOURNALISTS = re.compile(
    r"\b(our (journalists|reporters|newsroom|editors)|independent journalism)\b", re.IGNORECASE
)


def _join_pitch(s: str, n: int) -> bool:
    if n > 40 or not _JOIN_CALL.match(s) or _in_someones_words(s):
        return False
    return bool(_MEMBERSHIP_PRICE.search(s) or _PRICE_PER_PERIOD.search(s) or _WITH_OUR_JOURNALISTS.search(s))


# A club's standing invitation closing its pages, asking the reader whether they would join and saying who is welcome:
# "Have you got a layout you'd like to show …? Or are you just interested in joining? Visitors are always welcome on
# club nights - come along …!" (the question to the reader, "interested in joining?", "fancy joining us?", "would you
# like to join?", and "visitors", "newcomers" or "beginners" ``page_lexicon.CLUB_NEWCOMERS`` "are (always) welcome"):
# the site's own call, the same on every page. The story telling of a club's welcome ("New members are always welcome,
# the secretary said") reports, and a question with no welcome, or a welcome with no question, stays.
_JOINING_ASKED = re.compile(
    r"\b((are you |just )*(interested in|thinking (of|about)) joining|fancy joining|(would|do) you (like|want) to join|"
    r"why not join)\b[^.!?]{0,40}\?",
    re.IGNORECASE,
)
_NEWCOMERS_WELCOME = re.compile(
    rf"\b({CLUB_NEWCOMERS})( (and|or) ({CLUB_NEWCOMERS}))? (are|is) (always |very |most |more than )*welcome\b",
    re.IGNORECASE,
)
_CLUB_INVITATION_WORDS = 50


def _club_invitation(s: str, n: int) -> bool:
    return (
        n <= _CLUB_INVITATION_WORDS
        and bool(_JOINING_ASKED.search(s) and _NEWCOMERS_WELCOME.search(s))
        and not _in_someones_words(s)
    )


# A public body's note that the document comes in accessible formats on request: "Accessible formats of this document
# are available upon request. Please contact …" ("Accessible formats are available on request, the board said" reports).
_ACCESSIBLE_FORMATS = re.compile(
    r"^(accessible|alternate|alternative|large[- ]print)( and (accessible|alternate|alternative))? formats?"
    r"( of this (document|page|release|news release|notice|publication|information|report))?"
    r" (is|are) available (up)?on request\b",
    re.IGNORECASE,
)


def _accessible_formats(s: str, n: int) -> bool:
    return n <= 45 and bool(_ACCESSIBLE_FORMATS.match(s)) and not REPORTED.search(s)


# The ask that closes an appeal to the reader ("please chip in", "consider a donation", "become a member").
_GIVE_ASK = r"(please )?(consider )?(chip in|donat\w*|give|support|contribut\w*|become a (member|supporter)|make a (gift|donation))\b"


# An appeal that asks the reader who values the news to give: "If you value local news, please chip in what you can.",
# "If you rely on our reporting, consider a donation." ("If you value local news, you should worry about the closure, she
# said." reports and asks for nothing.)
_IF_YOU_VALUE = re.compile(
    r"(^|[.!?]\s+)if you (value|enjoy|appreciate|rely on|like|love|care about)( reading)?( our| this| local| independent|"
    r" the)? (news|journalism|reporting|work|coverage|paper|site|newsletter)\b[^.!?]{0,20},\s*" + _GIVE_ASK,
    re.IGNORECASE,
)


# (or the outlet's work named first, useful to the reader: "If our council coverage is useful to you, chip in $5 a month
# on Ko-fi to cover records fees."; "If our coverage is useful to you, tell us, the editor wrote" asks for nothing)
_IF_USEFUL = re.compile(
    r"(^|[.!?]\s+)if (our|this)( [\w-]+){0,2} (news|journalism|reporting|work|coverage|newsletter|site)"
    r" (is|has been|was|feels) (useful|valuable|helpful|important|worth\w*)( to you)?\b[^.!?]{0,20},\s*"
    + _GIVE_ASK,
    re.IGNORECASE,
)


def _value_appeal(s: str, n: int) -> bool:
    return n <= 50 and bool(_IF_YOU_VALUE.search(s) or _IF_USEFUL.search(s)) and not _in_someones_words(s)


# A donation box's pitch, a small price per period for which the reader can help the outlet: "For the price of a cup of
# coffee a month you can help us create an independent … news service", "For as little as £3 a month, you can support
# our reporting." (The reader is helping "us" or "our" work; "For the price of a coffee a month you can stream the
# whole catalogue" sells, and "…, the charity's director said" reports.)
_PRICE_TO_HELP = re.compile(
    r"^for (just |only )?(the price of [^.!?,]{1,30}|as little as [^.!?,]{1,15}|less than [^.!?,]{1,25}) "
    r"(a|per|each|every) (month|week|year|day),? you can (help|support) (us|our)\b",
    re.IGNORECASE,
)
# Its heading, a short call to support the outlet now, nothing else on the line: "Support our Nation today", "Support us
# today", "Support local journalism now" ("Support our troops" calls for no now, "Support for the plan grew today" is no
# call, and "Support our NHS today, the union urged" says who called). The outlet naming its own work needs no now:
# "Support our work", "Support our journalism" ("Support our troops", "Support our schools" name no work of its own).
_SUPPORT_NOW = re.compile(
    r"^(please )?support ((us|our (?-i:[A-Z])[\w'’-]*( (?-i:[A-Z])[\w'’-]*){0,2}|(our |local |independent )"
    r"(journalism|reporting|newsroom|news)) (today|now)|our (work|journalism|reporting|newsroom|mission)( today| now)?)\W*$",
    re.IGNORECASE,
)
# A reader's question "Want to help?" answered with where to give, in the site's voice: "Want to help? Donations to the
# X Fund can be made through our website or at the booking office." ("Want to help? Volunteers were asked to bring
# blankets to the shelter." narrates, and a question someone asked is reported.)
_WANT_TO_HELP = re.compile(
    r"^(want|would you like|keen|wish|like) to help( out)?\?\s+[^?]{0,120}\b(donat\w*|contribut\w*|chip in|give|gifts?)\b",
    re.IGNORECASE,
)


# A donation box's ladder of gifts, what each sum buys, sentence after sentence: "$30 buys a week of hay for one pony.
# $90 covers a farrier's visit.", "A gift of $35 vaccinates one cat. A gift of $120 covers a spay." Two
# sentences or more each opening on a price as an offer writes it (``PRICE``: no "$2 million") or a gift of one, what it
# pays for straight after, in a line that speaks of gifts or to the reader (``_GIFT_WORDS``). A story's sentence opening
# on one sum ("$25 covers the entry fee, the organisers said") or a line of sums that asks no one to give stays.
_GIFT_STEP = re.compile(
    r"(?:^|[.!?]\s+)((a|your|every|each|one) (gift|donation) of |every |just |only )?(?P<price>[$£€]\s?\d[\d,.]*+)"
    r"( (a|per|each|every) (month|week|year|day))? (could |can |will |would )?(help )?"
    r"(covers?|buys?|pays? for|provides?|funds?|feeds?|vaccinates?|keeps?|supplies|sponsors?|sends?)\b",
    re.IGNORECASE,
)
_GIFT_STEPS = 2
_GIFT_WORDS = re.compile(r"\b(gifts?|donat\w*|donors?|give|giving|you|your)\b", re.IGNORECASE)
# The ladder's first rung may be the daily cost of the care the gift pays for, the sum per day or per week it takes to
# look after one of the body's charges: "It costs about $14 a day to care for one duck with botulism: … A gift of $50
# covers almost four days." (a price as an offer writes it, then the care; "It costs $2 million a year to run the
# ferry" is no price of one's care, and a line with no gift word asks no one to give).
_CARE_COST = re.compile(
    r"(?:^|[.!?]\s+)it costs( us)? (about |around |roughly |nearly |almost |over |more than |less than |just |only )?"
    r"(?P<price>[$£€]\s?\d[\d,.]*+) (a|per|each|every) (day|night|week|month) to (care for|feed|house|keep|treat|"
    r"nurse|shelter|rehabilitate|raise|look after)\b",
    re.IGNORECASE,
)


def _gift_ladder(s: str, n: int) -> bool:
    steps = [
        m for m in (*_GIFT_STEP.finditer(s), *_CARE_COST.finditer(s)) if PRICE.fullmatch(m.group("price"))
    ]
    return n <= 60 and len(steps) >= _GIFT_STEPS and bool(_GIFT_WORDS.search(s)) and not _NARRATIVE.search(s)


# A call to give every month, opening the line, that tells the reader what their gift does: "Become a monthly <Name> and
# your gift goes to work all year round, so we're never starting from zero …", "Give monthly and your donation feeds a
# rescued hen all year." (the call to a monthly or recurring gift, then the reader's gift, donation or support; "Become a
# monthly columnist" gives nothing, and "Donors who give monthly …" narrates).
_MONTHLY_GIFT = re.compile(
    r"^(please )?(become an? (monthly|recurring|regular|sustaining) [^.!?,;:]{1,40}?|(give|donate) (monthly|every month)|"
    r"(start|set up|make) an? (monthly|recurring) (gift|donation))\b[^.!?]{0,20}?\b(and|so) your (gift|donation|support)\b",
    re.IGNORECASE,
)


# An outlet's note on its own newsroom, its record of covering a place since a year and then its people in the first
# person: "The <Paper> has covered <County> since 1871. Our reporters live here, shop here and send their kids to school
# here, and we answer to you, not to anyone in power." (the box over the paper's call to subscribe, after the story).
# The record opens the line, a name in capitals that "has covered", "has served" or "has reported on" a place since a
# year, in a sentence of its own, and a later sentence speaks of "our reporters", "our newsroom" (``NEWSROOM_STAFF``).
# "The Gazette has covered the town since 1890. Its last edition ran on Thursday." is news about a paper, and a line
# quoting someone is the story's.
_OUTLET_RECORD = re.compile(
    r"^(?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z])[\w&.'’-]*){0,4} (has|have) (covered|served|reported on|been covering|"
    r"been serving|been reporting on) [^.!?]{1,80}? since (1[6-9]|20)\d\d[.!]\s+",
    re.IGNORECASE,
)
_OUR_NEWSROOM = re.compile(rf"\bour ({NEWSROOM_STAFF})\b", re.IGNORECASE)
_OUTLET_RECORD_MAX = 60


def _outlet_record(s: str, n: int) -> bool:
    record = _OUTLET_RECORD.match(s) if n <= _OUTLET_RECORD_MAX else None
    return record is not None and bool(_OUR_NEWSROOM.search(s, record.end())) and not _in_someones_words(s)


# A reader's question "Can't give money right now?" answered with what else to give, in the body's voice: "Can't give
# money right now? Our Amazon wish list has fly masks, hoof picks and …" (a charity's newsletter under its donation
# boxes), "Can't donate today? Share this post with a friend." The question is the reader's, of giving money and
# nothing else, with at most when; the answer speaks as the body ("our", "us") or to the reader. "Can't give blood?"
# asks of no money, and a question someone asked is reported.
_CANNOT_GIVE = re.compile(
    r"^(can['’]?t|cannot|can not|unable to|not able to) (give|donate|chip in|contribute)"
    r"( (money|cash|financially|a (gift|donation)))?( (right )?now| today| this (month|year|time|season)| at the moment)?"
    r"\?\s+\S",
    re.IGNORECASE,
)


# A charity's wish list told of in its own voice, its standing appeal for goods under an e-mail's story: "Shopping on
# Amazon for the holidays? Our wish list has litter, kitten formula and … Every item ships straight to the shelter.",
# "Check out our Amazon wishlist before you shop." A sentence of the line opens on the body's list (``WISH_LISTS``, a
# word or two before it: "Our Amazon wish list") told by what it holds ("has", "is", "includes"), or calls the reader to
# it ("Check out", "Browse", "Shop"), the line ``_WISH_LIST_PITCH_MAX`` words at most, no one's reported words. "Our wish
# list for the new hall is long" (a club's plans for itself) and a story's "The shelter's wish list …" stay.
_WISH_LIST_PITCH = re.compile(
    rf"(^|[.!?]\s+)((please )?(check out|see|browse|shop|view|visit|take a look at|head to) our ([\w'’-]+ ){{0,2}}"
    rf"({WISH_LISTS})\b|our ([\w'’-]+ ){{0,2}}({WISH_LISTS})( on amazon)? (has|is|includes|lists|is full of)\b)",
    re.IGNORECASE,
)
_WISH_LIST_PITCH_MAX = 45


def _wish_list_pitch(s: str, n: int) -> bool:
    return n <= _WISH_LIST_PITCH_MAX and bool(_WISH_LIST_PITCH.search(s)) and not _in_someones_words(s)


# The same call set as its own heading, then one rung of what the monthly gift does: "Give monthly, feed all year. Just
# $15 a month keeps one dog in food and flea prevention for a full year." (a shelter's box under its letter). The call
# opens the line as a short sentence of its own, and a later sentence gives a price a month that keeps, feeds or covers
# (``_GIFT_STEP``); "Donors who give monthly …" narrates, and a call with no price asks for no gift's worth.
_MONTHLY_CALL = re.compile(
    r"^(please )?(give|donate) (monthly|every month)\b[^.!?]{0,30}[.!]\s+",
    re.IGNORECASE,
)


def _monthly_call(s: str, n: int) -> bool:
    call = _MONTHLY_CALL.match(s) if n <= 45 else None
    if call is None:
        return False
    steps = [m for m in _GIFT_STEP.finditer(s) if PRICE.fullmatch(m.group("price"))]
    return any(re.search(r"\b(a|per|each|every) month\b", m.group(0), re.IGNORECASE) for m in steps)


def _donation_pitch(s: str, n: int) -> bool:
    if _in_someones_words(s):
        return False
    if _gift_ladder(s, n):
        return True
    if _monthly_call(s, n):
        return True
    if n <= 45 and _PRICE_TO_HELP.match(s):
        return True
    if n <= 45 and _MONTHLY_GIFT.match(s):
        return True
    if n <= 6 and _SUPPORT_NOW.match(s):
        return True
    if n <= 40 and _CANNOT_GIVE.match(s) and _READER.search(s.split("?", 1)[1]) and not _NARRATIVE.search(s):
        return True
    return n <= 40 and bool(_WANT_TO_HELP.match(s)) and bool(_READER.search(s)) and not _NARRATIVE.search(s)


# A social post's embed set in the text by the platform's script, its fixed lines: the button over the post ("View this
# post on Instagram") and the credit under it, the poster's name and handle ("A post shared by Jo Lim (@jo.lim)").
# Nothing else on the line ("He viewed the post on Instagram last week" and "A post shared by the mayor on Monday drew
# 2,000 replies" narrate).
_EMBED_LINE = re.compile(
    r"^view this (post|photo|video|reel|profile) on (instagram|facebook|tiktok|threads)$|"
    r"^an? (post|photo|video|reel) shared by [^()]{1,60}\(@[\w.]{1,40}\)$",
    re.IGNORECASE,
)


def _embed_line(s: str, n: int) -> bool:
    return n <= 16 and bool(_EMBED_LINE.match(s))


# A plug for the outlet's podcast opening on the call: "Follow and listen to our podcast, Kopi Talk, here. New episodes
# every Friday …" ("Listeners who follow our podcast know the story", "Listen to our podcast interview, the mayor told
# listeners" narrate or report).
_PODCAST_PLUG = re.compile(
    r"^(please )?(follow|listen|subscribe|tune in)( (and|&) (follow|listen|subscribe))?( to| in to)? our "
    r"(new |weekly |daily )?(podcasts?|show)\b",
    re.IGNORECASE,
)


def _podcast_plug(s: str, n: int) -> bool:
    return n <= 40 and bool(_PODCAST_PLUG.match(s)) and not _in_someones_words(s)


# A print view's reprint notice over the story, in the words the reprint desks of business papers give it: "This copy
# is for your personal, non-commercial use only. To order presentation-ready copies …, visit … or call …" (the copy is
# the reader's own: "The copy is for personal use only, the court ruled" opens on no "this … your").
_REPRINT_NOTICE = re.compile(
    r"^this (copy|article|story|content|material|page) is for your (own )?personal,? (and )?non-?commercial use only\b",
    re.IGNORECASE,
)


def _reprint_notice(s: str, n: int) -> bool:
    return n <= 50 and bool(_REPRINT_NOTICE.match(s)) and not REPORTED.search(s)


# A republishing partner's note closing the story it took under the other outlet's licence: "This article first appeared
# on <Outlet> and is republished here under a Creative Commons license.", "This story was originally published by
# <Outlet> and is republished with permission." (the story itself, "this", on this page, "here" or the licence; "The
# story first appeared in the Gazette in 1998 and is republished in the new anthology" names no licence and no "here").
_REPUBLISHED_HERE = re.compile(
    r"^this (article|story|piece|post|report|column|item)( was)? (first|originally) (appeared|published|ran)"
    r"( (on|in|by|at))? [^.!?]{1,80}? and (is|was|has been) (re-?published|reprinted|shared|reproduced)"
    r"( here)? (under|with|through|via) (a |an |the )?(creative commons|cc[- ]?by|permission|its permission|"
    r"a content[- ]sharing|a (content |news )?partnership)\b",
    re.IGNORECASE,
)


def _republished_here(s: str, n: int) -> bool:
    return n <= 40 and bool(_REPUBLISHED_HERE.match(s)) and not REPORTED.search(s)


# A funder's credit for a strand of journalism, the strand's name and its funders' names, nothing else: "LDR is local
# body journalism co-funded by RNZ and NZ On Air.", "The Local Journalism Initiative is funded by the Government of
# Canada." (a capitalised subject, "journalism" or "reporting", "(co-)funded by" and only capitalised names after it;
# "The newsroom's journalism is funded by readers, the editor said" reports, and "The clinic is a service funded by the
# Ministry of Health" funds no journalism).
_JOURNALISM_FUNDED = re.compile(
    r"^(the )?(?-i:[A-Z])[\w'’&.-]*( (?-i:[A-Z])[\w'’&.-]*){0,5}"
    r"( is| are)( an?)?( [\w-]+){0,3} (journalism|reporting)"
    r"( (that|which) is| is)? (co-?)?funded by (the )?"
    r"(?-i:[A-Z])[\w'’&.-]*(,?\s+(&|and|of|the|(?-i:[A-Z])[\w'’&.-]*)){0,10}[.!]?$",
    re.IGNORECASE,
)


def _journalism_funded(s: str, n: int) -> bool:
    return n <= 25 and bool(_JOURNALISM_FUNDED.match(s)) and not _in_someones_words(s)


# A plug for the outlet's own broadcast after a source's quotes, the call and the show's name: "Hear more from <Name> on
# this week's Farm Bureau Report. Listen now" ("Hear more from residents on this week's agenda at Tuesday's meeting"
# names no one and no show; "Hear more from Dr. Lee on the proposal, she said" reports).
_HEAR_MORE = re.compile(
    r"^(hear|listen to|watch) more (from|with|of) (?-i:[A-Z])[^.!?]{0,50}? on (this week['’]s|today['’]s|"
    r"this morning['’]s|tonight['’]s|the latest( episode of)?|our) (?-i:[A-Z])[^.!?]{0,50}[.!]?"
    r"(\s+(listen|watch|play|hear)( it)?( now| here)?\W*)?$",
    re.IGNORECASE,
)


def _hear_more(s: str, n: int) -> bool:
    return n <= 30 and bool(_HEAR_MORE.match(s)) and not _in_someones_words(s)


# A copyright line of the owner's name and then the year, without the sign: "Copyright Business Mercantile, 2026" (the
# year first, "Copyright 2026 The Harbour Times", is ``is_furniture``'s already). Every word of the name in capitals and
# the year closing the line: "Copyright law changed in 2026" and "Copyright claims rose in 2026, the agency said" are
# sentences about copyright.
_COPYRIGHT_LINE = re.compile(
    r"^copyright\s+(?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z&])[\w&'’.-]*){0,5},?\s+(19|20)\d\d\.?$",
    re.IGNORECASE,
)


def _copyright_line(s: str, n: int) -> bool:
    return n <= 10 and bool(_COPYRIGHT_LINE.match(s))


# The outlet's sign-up call as a sentence closing the line, for its own stories: "X is a nonprofit newsroom that
# investigates abuses of power. Sign up to receive our biggest stories as soon as they're published." (the imperative
# opens a sentence and the stories are "our"; "Residents can sign up to receive the county's alerts" names no "our",
# and a speaker's words are the story's).
_SIGN_UP_OURS = re.compile(
    r"(^|[.!?]\s+)sign up( now| today| here| free)? (to (receive|get)|for) our\b[^.!?]{0,40}"
    r"\b(stories|investigations|newsletters?|reporting|journalism|news|headlines|updates)\b[^.!?]{0,50}[.!]?$",
    re.IGNORECASE,
)


def _sign_up_ours(s: str, n: int) -> bool:
    return n <= 40 and bool(_SIGN_UP_OURS.search(s)) and not _in_someones_words(s)


# A sponsor's discount for the outlet's readers: "Winter tune-ups are 20% off through February for Farebox Recovery
# readers. Mention the newsletter at the counter." (a share off, then the readers named by the outlet's capitalised
# name; "Fares are 20% off through February for seniors" names no outlet, and a speaker's words are the story's).
_READERS_DISCOUNT = re.compile(
    r"\b\d+ ?% off\b[^.!?]{0,40}\bfor ((?-i:[A-Z])[\w'’&-]*\s+){1,4}(readers|subscribers|listeners|members)\b",
    re.IGNORECASE,
)


def _readers_discount(s: str, n: int) -> bool:
    return n <= 35 and bool(_READERS_DISCOUNT.search(s)) and not _in_someones_words(s)


# A station's or a newsroom's call to reach it by a number, a line of nothing else (after a label): "Have your say:
# Text the studio on 51964 or WhatsApp 087 440 9640.", "Call the newsroom at 555-0148" (the imperative opens the line
# and a number closes it; "She tried to call the studio on Monday" names no number and does not open with the call).
_STUDIO_CALL = re.compile(
    r"^((have your say|get in touch|contact us|talk to us|join the conversation)\s*[:–—-]\s*)?"
    r"(text|call|phone|ring|whats ?app|message|sms) ((the |our )?(studio|newsroom|news ?desk|show|programme|program|"
    r"station|team)|us)\s+(on|at)\s+\+?\d[\d ()-]{3,}\d"
    # (the keyword to open the message with, in brackets: "Text us on 81234 (start your message with NTL)")
    r"(\s*\((start|begin)\b[^()]{1,40}\))?"
    r"(,?\s+or\s+(text|call|phone|ring|whats ?app|message|sms|e-?mail)( us)?( on| at)?\s+[^.!?\s]+( [\d()-]+){0,4}|"
    # (or the show's hashtag or handle: "… or use #NTLive on social media")
    r",?\s+or\s+(use|tweet|tag|mention)( us( with)?)?\s+[#@][\w.]+( on (social media|twitter|x|instagram|facebook))?)?"
    r"\W*$",
    re.IGNORECASE,
)


def _studio_call(s: str, n: int) -> bool:
    return n <= 25 and bool(_STUDIO_CALL.match(s))


# A comment page's call for the reader's letter in reply: "Do you have an opinion on the issues raised in this article?
# If you would like to submit a response of up to 300 words by email to be considered for publication in our letters
# section, please click here." (a response submitted to "our letters" section or page, asked of "you"; "The council asked
# residents to submit a response to the plan" names no letters page.)
_LETTERS_CALL = re.compile(
    r"\bsubmit (a|your) (response|letter|reply)\b[^.!?]{0,120}\b(our|the) letters( to the editor)?"
    r"( section| page| pages| column)?\b",
    re.IGNORECASE,
)


def _letters_call(s: str, n: int) -> bool:
    return (
        n <= 60
        and bool(_LETTERS_CALL.search(s))
        and bool(_ASKS_READER.search(s))
        and not _in_someones_words(s)
    )


# A chart's or a figure's title set over the picture, its number and a colon or a stop, then the title: "Chart 1: Share of
# mortgage balances on five-year fixed terms, by settlement size", "Figure 2. Rural pharmacy closures by state, 2015–2025.
# Source: State licensing records." (a phrase, no sentence, maybe with its source or note after it). The label opens the
# line: "Chart 1 shows the share of balances …" is the text's own sentence, and so is a line that reports or quotes.
# ("Exhibit 4:" is left out: a court story lists its exhibits in its own words.)
_FIGURE_TITLE = re.compile(
    r"^(chart|figure|fig\.?|graph|table|map|infographic)\s?\d{1,2}[a-z]?\s*[:.]\s+(?-i:[A-Z0-9‘“'\"])[^.!?]{2,200}"
    r"(\.\s+(sources?|notes?|data|credit)\s*:.*)?\.?$",
    re.IGNORECASE,
)
_FIGURE_TITLE_MAX = 40


def _figure_title(s: str, n: int) -> bool:
    return n <= _FIGURE_TITLE_MAX and bool(_FIGURE_TITLE.match(s)) and not _in_someones_words(s)


# A note on the series a post belongs to, in the site's voice and opening the line: "This post is part of our symposium on
# Zoning After the Housing Emergency. Read the introduction and the other contributions:", "This article is the third in
# a series on rural health." (The post, article or piece itself is the subject, and the series is named, not counted:
# "This report is part of a series of audits" speaks of the report a story is about, "This story is part of a series of
# thefts" of events, and "The bill is part of a package of housing reforms" and a line that reports or quotes are the
# story's.)
_SERIES_NOTE = re.compile(
    r"^(this|the following) (post|article|piece|essay|story|column|blog post|entry|contribution) is (also )?"
    r"(part|one|the (first|second|third|fourth|fifth|sixth|last|final|latest|\d+(st|nd|rd|th))( (part|piece|installment|"
    r"instalment|entry|article|post|essay))?) (of|in) (our|a|an|the)( [\w’'-]+){0,3} (series|symposium|symposia|forum|"
    r"roundtable|collection|package|debate|dialogue|special|project|book club|feature)\b(?! of\b)",
    re.IGNORECASE,
)
_SERIES_NOTE_MAX = 45


def _series_note(s: str, n: int) -> bool:
    return n <= _SERIES_NOTE_MAX and bool(_SERIES_NOTE.match(s)) and not _in_someones_words(s)


# How to cite the post, under its label: "Suggested citation: Jane Doe, Title of the Post, Blog Name (Apr. 2, 2025),
# https://…", "Cite this article as: Doe, J. (2025). …" (the label opens the line and a reference's shape follows, a year
# in brackets or the post's address, or nothing; "Suggested citation counts rose in 2024" is no label, and "Suggested
# citation: none was given" cites nothing). The label may stand alone as a heading, with no colon ("Cite this article"
# over the reference, which ``page_lines`` then reads as the post's own).
_CITE_LABEL = re.compile(
    r"^((suggested|recommended|preferred|proposed) (citation|reference|form of citation)|"
    r"(for attribution,? )?(please )?cite (this|the) (post|article|piece|essay|page|report|paper|blog post|entry|work)"
    r"( as)?|"
    r"how to cite( this (post|article|piece|essay|page|report|paper))?)(\s*:\s*(?P<ref>.*))?$",
    re.IGNORECASE,
)
_REFERENCE_SHAPE = re.compile(
    r"\((\w+\.? )?(\d{1,2},? )?(19|20)\d\d\)|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE
)
_CITE_MAX = 80


def _how_to_cite(s: str, n: int) -> bool:
    m = _CITE_LABEL.match(s) if n <= _CITE_MAX else None
    return bool(m) and (not m.group("ref") or bool(_REFERENCE_SHAPE.search(m.group("ref"))))


# The post's own reference on the line under a bare label ("For attribution, please cite this work as:" over "Doe, Jane.
# 2025. “Title of the Post.” March 3, 2025. https://…"): read by ``page_lines`` only right under such a label, as a line
# with a year and the post's address or a title in quotation marks, reporting nobody's words.
_QUOTED_TITLE = re.compile(r"[“\"][^”\"]{3,200}[”\"]")
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def is_cite_label(s: str) -> bool:
    """A label for how to cite the post with nothing after its colon ("Please cite this work as:")."""
    m = _CITE_LABEL.match(s.strip()) if word_count(s) <= 12 else None
    return bool(m) and not (m.group("ref") or "").strip()


def is_own_reference(s: str) -> bool:
    """A reference's shape: a year and the address or a quoted title, as long as a reference runs, no one's words."""
    return (
        word_count(s) <= _CITE_MAX
        and bool(_YEAR.search(s))
        and bool(_REFERENCE_SHAPE.search(s) or _QUOTED_TITLE.search(s))
        and not REPORTED.search(s)
    )


# The lead picture's caption under its label and a colon, closing with its credit: "Featured image: Operators at a rural
# exchange, c. 1930. County Archive, public domain.", "Header image: … Napo province. Credit: Jo Lim/CIFOR (CC BY 2.0)",
# "Header image: The pier at dawn (Jo Lim)": the caption's last sentence or a bracket closing it gives the picture's
# source (an archive, a collection, a licence, "courtesy", "Credit:", a name in brackets). A name alone under the label
# is the credit ``_photo_credit`` reads; a caption with no credit ("Top image: Residents queue outside the food bank")
# stays, as it did, and so does one that reports words, and "The featured image on the site was changed" is no label.
_LEAD_CAPTION = re.compile(
    r"^(lead|main|top|cover|header|hero|featured|banner|opening|title) (image|photo(graph)?|picture|illustration)s?"
    r"\s*:\s*(?P<caption>\S.*)$",
    re.IGNORECASE,
)
_PICTURE_SOURCE = re.compile(
    r"\b(public domain|courtesy|credits?|photo(graph)?s? by|cc[ -]?by|creative commons|archives?|collection|museum|"
    r"licen[cs]ed?|getty|alamy|unsplash|shutterstock|wikimedia)\b|©|\S/\S",
    re.IGNORECASE,
)
_CLOSING_BRACKET = re.compile(r"\((?P<inner>[^()]{2,80})\)\W*$")
_BRACKETED_NAME = re.compile(_FULL_NAME)
_LEAD_CAPTION_MAX = 45


def _lead_caption(s: str, n: int) -> bool:
    m = _LEAD_CAPTION.match(s) if n <= _LEAD_CAPTION_MAX else None
    if not m or REPORTED.search(s):
        return False
    sentences = re.split(r"(?<=[.!?])\s+", m.group("caption").strip())
    if len(sentences) > 1 and _PICTURE_SOURCE.search(sentences[-1]):
        return True
    bracket = _CLOSING_BRACKET.search(s)
    return bool(bracket) and bool(
        _PICTURE_SOURCE.search(bracket.group("inner"))
        or _BRACKETED_NAME.fullmatch(bracket.group("inner").strip())
    )


# A newsletter's referral box, its counter speaking to the reader: "You currently have 0 referrals, only 3 away from
# receiving a tote bag.", "You're 2 referrals away from unlocking the sticker pack." ("you" and a count of referrals
# together; "The clinic gets 40 referrals a week" counts no one's, and a speaker's words are the story's.)
_REFERRAL_COUNT = re.compile(
    r"^you( currently| now)? have (\d+|no) (new |successful )?referrals?\b|"
    r"^(you(’re|'re| are)( only| just)?|only|just) \d+ (more )?referrals? away from\b",
    re.IGNORECASE,
)


def _referral_count(s: str, n: int) -> bool:
    return n <= 30 and bool(_REFERRAL_COUNT.match(s)) and not _in_someones_words(s)


# A print service's tool tip over the preview, telling the reader how to trim the page before printing: "Tip: Click on
# any paragraph or image to delete it before you print." (a click, tap or hover asked of the reader and the printing
# both in the line; "Click on the map to see each county" prints nothing, and a line reporting words stays).
_PRINT_TIP = re.compile(
    r"^((tip|hint|note)\s*:\s*)?(click|tap|hover)( on| over)?\b[^.!?]{0,80}\b(delete|remove|hide)\b[^.!?]{0,40}"
    r"\bbefore (you )?(print|printing|save|saving)\b",
    re.IGNORECASE,
)
_PRINT_TIP_MAX = 35


def _print_tip(s: str, n: int) -> bool:
    return n <= _PRINT_TIP_MAX and bool(_PRINT_TIP.match(s)) and not _in_someones_words(s)


# A print or reader view's line giving the page's address under its label, nothing else: "Source URL:
# https://example.org/news/…", "Original article: https://…" (a label and one address; "Source: county records" names no
# address, and "The original URL was https://… until March" goes on past it).
_ADDRESS_LINE = re.compile(
    r"^(source|original|article|story|page|canonical)( (url|link|address|article|story|page))?\s*:\s*"
    r"(https?://|www\.)\S+$",
    re.IGNORECASE,
)


def _address_line(s: str, n: int) -> bool:
    return n <= 15 and bool(_ADDRESS_LINE.match(s))


# A broadcaster's crew credit under the report, two or more roles each with its name, set apart by bars or bullets:
# "Reporter: Jo Lim | Camera: Sam Roe", "Words: Jo Lim · Video editor: Sam Roe" (every part a role from the newsroom's
# list and a name of two to four capitalised words; "Reporter: the council's meeting ran late" names no one, and one
# role alone is the byline, read elsewhere).
# A photo essay's or a long read's closing credits name the same roles as sentences of their own, the parts closed by a
# full stop and the roles compound: "Photography and reporting: Imogen Roe. Photo editing: Dan Pike. Text editing: Ruth
# Marsh." (a role, maybe after one word, "Photo editing", "Digital production", or two joined, "Photography and
# reporting"; a stop after a word of two letters at least, so "J. Smith" is no break). Every part must be a role and a
# name: "Editing: the council said it would revise the plan." names no one and stays, and one part alone is a byline.
_CREW_ROLE_WORD = (
    r"(reporter|reporting|report|correspondent|camera|cameraman|camerawoman|camera operator|video|videographer|"
    r"video editor|editor|editing|producer|photographer|photos?|pictures|graphics|words|presenter|anchor|sound|"
    r"photography|production|design|designer|illustrations?|development)"
)
_CREW_ROLE = rf"((?-i:[A-Z])[a-z]+ )?{_CREW_ROLE_WORD}( (and|&) {_CREW_ROLE_WORD})?"
_CREW_NAME = r"(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3}"
_CREW_PART = re.compile(rf"({_CREW_ROLE}\s*:|(edited|produced|filmed|shot) by)\s*{_CREW_NAME}", re.IGNORECASE)
_CREW_BAR = re.compile(r"\s+[|·•/]\s+")
_CREW_STOP = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")
_CREW_MAX = 30


def _crew_credit(s: str, n: int) -> bool:
    if n > _CREW_MAX:
        return False
    parts = _CREW_BAR.split(s.strip())
    if len(parts) == 1:
        parts = _CREW_STOP.split(s.strip())
    return len(parts) >= 2 and all(_CREW_PART.fullmatch(p) for p in parts)


# A broadcaster's pointer to the clip of the report, a label with no sentence: "Watch the report from the News at 7",
# "Watch the full interview", "Watch our report" (the report, story, segment or interview is the page's own; "Watch the
# skies on Tuesday" points at no report, and a line that ends like a sentence or reports words stays).
_REPORT_POINTER = re.compile(
    r"^(watch|see|view|listen to|hear) (the|our|this)( full| video| tv| television| radio)? (report|story|segment|"
    r"package|interview|video report|news report)\b([^.!?]{0,45})$",
    re.IGNORECASE,
)


def _report_pointer(s: str, n: int) -> bool:
    return n <= 12 and bool(_REPORT_POINTER.match(s)) and not _in_someones_words(s)


# A live page's note on how it refreshes, to the reader: "New posts appear automatically. Tap here if you don't see the
# latest updates.", "Click here to load new updates" (posts or updates that appear or load, with a tap or click asked
# of the reader; "New cases appear in the data every week" asks nothing).
_REFRESH_NOTE = re.compile(
    # (or the feed's refreshing: "Updates refresh automatically every 60 seconds."; "The updates install automatically
    # overnight" is a phone's)
    r"^((new )?(posts|updates|entries) (will )?(appear|load|show up|refresh|reload) automatically\b|"
    r"(tap|click|press) here\b[^.!?]{0,40}\b(new|latest) (posts|updates|entries)\b|"
    # the live page's counter over the feed, with its button: "3 new updates — click to refresh", "1 new post. Tap to
    # load" (a count of new posts, then the click asked; "3 new updates to the bylaw were tabled" asks nothing)
    r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) new (posts?|updates?|entries|entry)\s*[-–—:.,|]?\s*"
    r"(click|tap|press)( here)? to (refresh|reload|load|see|show|view|read)( (them|it))?\W*$)",
    re.IGNORECASE,
)


def _refresh_note(s: str, n: int) -> bool:
    return n <= 25 and bool(_REFRESH_NOTE.match(s)) and not _in_someones_words(s)


# A player's or a person's profile box, a line opening with the name, a dash, then "Born <year>": "Jo Lim - Born 1998 in
# Easton. Right-handed pitcher. Career record 41-29." (the box's fact line; a story's sentence does not set the birth
# after a dash, "Lim, born in 1998, pitched …" stays, and so does a line reporting words).
_PROFILE_LINE = re.compile(
    r"^(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){1,3} [-–—] born (in |on )?((\w+ )?\d{1,2},? )?(19|20)\d\d\b",
    re.IGNORECASE,
)


def _profile_line(s: str, n: int) -> bool:
    return n <= 60 and bool(_PROFILE_LINE.match(s)) and not REPORTED.search(s)


# An opinion page's letters policy, the paper welcoming letters of a length: "The Herald welcomes letters to the editor
# of 300 words or fewer. Letters must be signed …" (the welcome and the word limit both in the line; "The mayor welcomes
# letters from residents" sets no limit, and a line reporting words stays).
_LETTERS_POLICY = re.compile(
    r"\bwelcomes? (letters|submissions|op-eds|opinion pieces)( to the editor)?\b[^.!?]{0,60}"
    r"\b(\d{2,4}|[a-z]+ hundred) words\b",
    re.IGNORECASE,
)
# The same policy as a call to the reader under a column: "Have something to say about this column? Send a letter to the
# editor of 250 words or fewer to letters@…" (the call opens a sentence, "send"/"submit"/"write", a letter to the editor
# and its word limit; "She sent a letter to the editor of 400 words last year" narrates, it opens no sentence).
_LETTERS_CALL_LIMIT = re.compile(
    r"(^|[.?!]\s+)(please )?(send|submit|write|email|e-mail)( us)? (a|your) letter( to the editor)?\b[^.!?]{0,40}"
    r"\b(\d{2,4}|[a-z]+ hundred) words\b",
    re.IGNORECASE,
)


def _letters_policy(s: str, n: int) -> bool:
    return (
        n <= 70
        and bool(_LETTERS_POLICY.search(s) or _LETTERS_CALL_LIMIT.search(s))
        and not REPORTED.search(s)
    )


# A small outlet's pitch that it is free to read and needs the reader's donation: "The Weekend is independent and free
# to read. If you like what we do, support us with a monthly donation." (free to read, and a call to support "us" with a
# donation or a gift; "The museum is free to visit and relies on donations" asks the reader for nothing).
_FREE_TO_READ = re.compile(
    r"\b(is|are|stays?|remains?) (independent,? (and )?)?free (to read|for (all|everyone|readers))\b[^!?]{0,120}"
    r"\b(support|help) us\b[^.!?]{0,40}\b(donat\w+|gift|contribution|pledge|membership)\b",
    re.IGNORECASE,
)


def _free_to_read_pitch(s: str, n: int) -> bool:
    return n <= 50 and bool(_FREE_TO_READ.search(s)) and not _in_someones_words(s)


# A call to like the outlet's page on a platform for its news: "Like our Facebook page to get the latest news from the
# region.", "Like us on Facebook for more stories" (the call opens the line; "Residents like the Facebook page for
# outage updates" does not call, and "Like our page" with no news in the line may be a quote).
_LIKE_OUR_PAGE = re.compile(
    rf"^(please )?like (our {_PLATFORM} page|us on {_PLATFORM})\b[^.!?]{{0,60}}\b(news|stories|updates|headlines)\b",
    re.IGNORECASE,
)


def _like_our_page(s: str, n: int) -> bool:
    return n <= 25 and bool(_LIKE_OUR_PAGE.match(s)) and not _in_someones_words(s)


# A date stamp and the editor's credit on one line, the line a broadcaster's site sets under the headline: "22-02-2025
# 17:05 Edited by Jo Lim" (a numeric date, maybe a time, then nothing but the credit ``_small_print`` reads alone).
_STAMPED = re.compile(
    r"^(\d{1,2}[-./]\d{1,2}[-./](19|20)\d\d|(19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})"
    r"(,?\s+\d{1,2}:\d\d(\s?[ap]\.?m\.?)?)?\s*[|·•-]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_STAMPED_CREDIT = re.compile(
    r"^(edited|written|reported|compiled|translated) by\s+(?-i:[A-Z])[\w.'’-]+( (?-i:[A-Z])[\w.'’-]+){0,3}$",
    re.IGNORECASE,
)


def _stamped_credit(s: str, n: int) -> bool:
    m = _STAMPED.match(s) if n <= 12 else None
    return bool(m) and bool(_STAMPED_CREDIT.match(m.group("rest").strip()))


# A posting stamp with its poster, in either order, as a portal's or a CMS's story head prints it: "Posted on Friday,
# March 12 @ 14:22:10 EST by <handle>", "Submitted by <handle> on Fri, 03/12/2004 - 14:22" (a date with no year, the
# clock after "@" or a dash, a "Submitted" label: what the stamps read with a year do not take). The line is the label,
# the date, maybe the clock and its zone, and at most a name or a handle of three words: "Posted on March 12 by the
# river, the sign read …" goes on past it.
_STAMP_CLOCK = r"(\s*[,·•|@–-]?\s*(at\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)"
_STAMP_POSTER = r"by\s+[\w.@'’-]+( [\w.'’-]+){0,2}"
_POSTING_STAMP = re.compile(
    rf"^(posted|published|submitted)(\s+{_STAMP_POSTER})?\s+(on\s+)?:?\s*{_DATE}{_STAMP_CLOCK}?(\s+{_STAMP_POSTER})?\W*$",
    re.IGNORECASE,
)
_POSTING_STAMP_MAX = 16


def _posting_stamp(s: str, n: int) -> bool:
    return n <= _POSTING_STAMP_MAX and bool(_POSTING_STAMP.match(s))


# A sponsored section's label over the sponsor's logo, the label left hanging on "by": "Friday night coverage presented
# by", "Election updates sponsored by:" (a few words naming the coverage, then the sponsor's verb and nothing after it,
# the logo being a picture; a sentence does not stop on "by", "The coverage was presented by the anchor" goes on, and a
# sentence cut on "by" keeps its verb: "The fair was sponsored by" stays).
_HANGING_SPONSOR = re.compile(
    r"^[^.!?:]{1,60}\b(presented|sponsored|powered|brought to you|underwritten|made possible)\s+by\s*:?$",
    re.IGNORECASE,
)


_CUT_PASSIVE = re.compile(
    r"\b(is|was|were|are|be|been|being|has|had|have|will|would|to)( \w+)? "
    r"(presented|sponsored|powered|brought|underwritten|made)\b",
    re.IGNORECASE,
)


def _hanging_sponsor(s: str, n: int) -> bool:
    return n <= 10 and bool(_HANGING_SPONSOR.match(s)) and not _CUT_PASSIVE.search(s)


# A story's print or e-mail tool as an old site's link words it, a line of nothing else: "Click here for a
# printer-friendly version", "Printable version", "Print this article", "E-mail this story to a friend" (a bar of both,
# set apart by "|", goes part by part). A sentence about printing goes on past the tool's words ("Printer-friendly
# versions of the ballot are at the library", "Print this page and bring it to the polling station") and stays.
# (The page's own PDF too, with its file's size: "Download PDF version (212 KB)", and the print tool naming the page by
# its kind, ``page_lexicon.PRINTED_PAGES``: "Print this bulletin".)
_PRINT_TOOL = (
    r"((click|tap) here (for|to (view|see|get|open|print|download)) |download (an? |the )?)?"
    r"((an? |the )?(printer[- ]friendly|print(er)?[- ]ready|printable|print|text[- ]only|pdf) "
    rf"(version|page|format|view|edition|copy)( of this ({PRINTED_PAGES}))?|"
    rf"print (this|the) ({PRINTED_PAGES}))"
    r"(\s*\(\s*(pdf,?\s*)?\d+([.,]\d+)?\s*(kb|mb|k)\s*\))?"
)
_EMAIL_TOOL = (
    r"((click|tap) here to )?(e-?mail|send|forward)( (this|the) (story|article|page|post|item|link))? to an? "
    r"(friend|colleague)"
)
_PAGE_TOOL = re.compile(rf"^({_PRINT_TOOL}|{_EMAIL_TOOL})\W*$", re.IGNORECASE)
# The two tools side by side in cells of their own, read as one line with no bar between them ("Printer Friendly
# Version E-mail this story to a friend") or as a table's row of two cells ("| Print this story | E-mail this story to
# a friend |") (each tool's words whole; a sentence goes on past them).
_PAGE_TOOLS = re.compile(
    rf"^({_PRINT_TOOL}\s+{_EMAIL_TOOL}|{_EMAIL_TOOL}\s+{_PRINT_TOOL})\W*$|"
    rf"^\|\s*({_PRINT_TOOL}\s+\|\s+{_EMAIL_TOOL}|{_EMAIL_TOOL}\s+\|\s+{_PRINT_TOOL})\s*\|$",
    re.IGNORECASE,
)


def _page_tool(s: str, n: int) -> bool:
    return (n <= 12 and bool(_PAGE_TOOL.match(s))) or (n <= 20 and bool(_PAGE_TOOLS.match(s)))


# A site footer's bar on one line: three or more of its menu's short entries set apart by "|" or "·", two of them the
# pages every site links from its foot (about, contact, privacy, terms, …), and at most one piece of words after them,
# the site's line about itself ("about | rules | privacy | moderation log | <Site> is run by volunteers and funded by
# members."). A line that narrates between its bars ("The board met on Monday | privacy was on the agenda") has more
# than one such piece and stays; a table row opens on its "|".
_FOOTER_SPLIT = re.compile(r"\s+[|·•]\s+")
_FOOTER_PAGE = re.compile(
    r"^(about( us)?|contact( us)?|privacy( policy| notice)?|terms( of (use|service))?|terms ?(and|&) ?conditions|"
    r"cookies?( policy| settings)?|accessibility|sitemap|site map|advertise( with us)?|careers|jobs|faq|help|rules|"
    r"imprint|legal|disclaimer)$",
    re.IGNORECASE,
)
_FOOTER_ENTRY_WORDS = 3
_FOOTER_LINE_WORDS = 40


def _footer_bar(s: str, n: int) -> bool:
    if n > _FOOTER_LINE_WORDS or s.startswith("|"):
        return False
    pieces = [p.strip() for p in _FOOTER_SPLIT.split(s)]
    entries = [p for p in pieces if word_count(p) <= _FOOTER_ENTRY_WORDS and not SENTENCE_CLOSE.search(p)]
    if (
        len(entries) < 3
        or len(pieces) - len(entries) > 1
        or sum(bool(_FOOTER_PAGE.match(p)) for p in entries) < 2
    ):
        return False
    # the entries come first, the one line of words (if any) closes the bar
    return all(p in entries for p in pieces[:-1])


# A photo desk's sales line under a gallery or a picture: "Purchase prints of <Paper> photos at <address>.", "Buy
# prints of our staff photos", "Order reprints of this photo online" (the call to buy prints of pictures opening the
# line; "She bought prints of her father's photos at an auction" narrates, and words in quotation marks are someone's).
_PHOTO_SALES = re.compile(
    r"^(buy|purchase|order|shop)( framed| photo)? (re)?prints( and [\w-]+)? of ([\w.'’&-]+ ){0,4}"
    r"(photos?|photographs?|pictures?|images?)\b|"
    r"^(buy|purchase|order) (this|these) (photos?|photographs?|pictures?|images?)\W*$|"
    r"^photo (re)?prints (are )?(available|for sale)\b",
    re.IGNORECASE,
)
_PHOTO_SALES_MAX = 25


def _photo_sales(s: str, n: int) -> bool:
    return n <= _PHOTO_SALES_MAX and bool(_PHOTO_SALES.match(s)) and not _in_someones_words(s)


# A download offer, a gated document's call opening the line: "Download the free whitepaper: <Title>", "Get our free
# e-book", "Claim your free guide to …" (a document given free, or a white paper or an e-book, which a story does not
# hand out; "Download the report from the council's website, residents were told" is no offer of the kind, and a
# report's sentence names who spoke).
_DOWNLOAD_OFFER = re.compile(
    r"^(download|get|grab|claim|request) (the |our |your |a |this )?(free (white ?paper|e-?book|guide|report|checklist|"
    r"toolkit|playbook|case study|template)s?|(free )?(white ?paper|e-?book)s?)\b",
    re.IGNORECASE,
)
_DOWNLOAD_OFFER_MAX = 25


def _download_offer(s: str, n: int) -> bool:
    return n <= _DOWNLOAD_OFFER_MAX and bool(_DOWNLOAD_OFFER.match(s)) and not REPORTED.search(s)


# A weather box's reading, a label naming the weather and then the conditions in short pieces, no sentence: "<Town>
# weather: gusts 78mph, heavy rain", "WEATHER Today: Partly cloudy, high of 58 Tonight: Clear, low of 39" (a reading is a
# number with its unit or a high or low; a storm story's line "Weather: gusts of 90mph have been recorded at the head,
# the strongest since 2015." goes on in a piece of many words and closes as a sentence).
_WEATHER_LABEL = re.compile(
    r"^((?-i:[A-Z])[\w.'’-]*\s+){0,3}weather( now| today| forecast| update)?\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_WEATHER_READING = re.compile(
    r"\d\s?(°\s?[CF]?|mph\b|km/?h\b|kph\b|knots\b)|\b(high|low)s? (of )?-?\d{1,3}\b", re.IGNORECASE
)
_WEATHER_PIECES = re.compile(r"\s*[,;:]\s*")
_WEATHER_PIECE_WORDS = 5
_WEATHER_MAX = 25


def _weather_reading(s: str, n: int) -> bool:
    m = _WEATHER_LABEL.match(s) if n <= _WEATHER_MAX else None
    if not m or SENTENCE_CLOSE.search(s) or not _WEATHER_READING.search(m.group("rest")):
        return False
    return all(word_count(piece) <= _WEATHER_PIECE_WORDS for piece in _WEATHER_PIECES.split(m.group("rest")))


# A browser note left by a script-driven control, asking for what the page needs to work: "Please turn on JavaScript to
# use this feature" (a live blog's "key events" toggle beside it, on the same line), "Enable JavaScript in your browser
# and reload", "JavaScript is required to view this map", "This video requires JavaScript", "Your browser does not
# support the video tag." (the call to turn the script on with what it is for, or the page's need of it, on a short
# line, the call opening it or asked with "please" or "you need to"; "The bank told customers to enable JavaScript before
# logging in" and "To fix it, users must enable JavaScript and reload" report).
_SCRIPT_NOTE = re.compile(
    r"(^|please |you (need|must|have|will need) to )(turn on|enable|activate|switch on|allow) javascript"
    r"( in your (web )?browser)?( (to|and) "
    r"(use|view|see|watch|read|access|load|display|run|play|continue|interact|comment|reload|refresh)\b|\W*$)|"
    r"\bjavascript (is |must be )?(required|needed|enabled) (to|in order to) (use|view|see|watch|read|access|load|"
    r"display|run|play|continue|interact|comment)\b|"
    r"\bjavascript (is |must be )?(required|disabled|turned off|not enabled)\W*$|"
    r"\b(feature|content|page|site|video|player|map|chart|form|app|widget) requires javascript\b|"
    r"\byour (web )?browser (does not|doesn['’]t|cannot|can['’]t) (support|play|display)\b",
    re.IGNORECASE,
)
_SCRIPT_NOTE_MAX = 20


def _script_note(s: str, n: int) -> bool:
    return n <= _SCRIPT_NOTE_MAX and bool(_SCRIPT_NOTE.search(s)) and not _in_someones_words(s)


# A wire's or a paper's pointer to its editorial code under the story, a label in the outlet's voice then the code's
# title: "Our Standards: The <Agency> Trust Principles.", "Our editorial standards: how we report", "Read our ethics
# policy." (a short line, the label opening it; "Our standards of care slipped, the trust's chief executive said"
# reports, and the label's colon or the line's end must follow the words).
_STANDARDS_POINTER = re.compile(
    r"^((read|see|learn more about|about) )?our (editorial |journalistic |newsroom )?(standards|principles|"
    r"ethics( policy| code)?|code of (ethics|conduct|practice)|corrections policy|(editorial )?(policy|policies|"
    r"guidelines))(\s*:\s*\S|\W*$)",
    re.IGNORECASE,
)
_STANDARDS_POINTER_MAX = 15


def _standards_pointer(s: str, n: int) -> bool:
    return n <= _STANDARDS_POINTER_MAX and bool(_STANDARDS_POINTER.match(s)) and not _in_someones_words(s)


# The site's note that the story passed its own editorial review, the story speaking of itself: "This article has been
# reviewed according to <Site>'s editorial process and policies. Editors have highlighted the following attributes …",
# "This story was fact-checked in line with our editorial standards." (the story, a review verb, then the process or the
# standards it followed; "The paper was reviewed according to the journal's editorial process" names another piece, and
# "This article was reviewed under the journal's editorial policies, the authors said" reports).
_REVIEW_NOTE = re.compile(
    r"^this (article|story|post|piece|report|content|page) (has been|was|is) (reviewed|fact-checked|checked|vetted|"
    r"edited|verified)\b[^.!?]{0,40}\b(according to|in (accordance|line|keeping) with|under|following|per)\b"
    r"[^.!?]{0,60}\b(editorial|fact-checking|journalistic) (process(es)?|polic(y|ies)|standards|guidelines|principles)\b",
    re.IGNORECASE,
)
_REVIEW_NOTE_MAX = 45


def _review_note(s: str, n: int) -> bool:
    # (the note's own "according to" is no report: a reporting verb or a quotation is looked for after it)
    m = _REVIEW_NOTE.match(s) if n <= _REVIEW_NOTE_MAX else None
    return m is not None and not _in_someones_words(s[m.end() :]) and not _QUOTE_MARK.search(s)


# A paper's motto under its masthead, a line of nothing else: what it serves and since when ("Serving Millbrook, Dutch
# Hollow and the Upper Valley since 1911", "Serving the community since 1889": places by their capitalised names, or the
# community, the county, the valley), and its day out ("Published every Thursday", "Published weekly"), alone or as a
# part of the masthead's bar beside the date. A sentence goes on past the year or the day ("Serving Millbrook since
# 1911, the Gazette printed its last edition on Thursday") and stays.
_PLACE_NAMES = rf"{_CAPITALISED}(( |, |,? (and|&) (the )?){_CAPITALISED}){{0,8}}"
_MASTHEAD_MOTTO = re.compile(
    rf"^(proudly )?serving (the )?({_PLACE_NAMES}|(\w+ )?(community|communities|county|counties|valley|region|area|"
    rf"city|town|village|readers)( of {_PLACE_NAMES})?)( (and|&) (the )?{_PLACE_NAMES})? since (1[6-9]|20)\d\d$|"
    r"^(published|printed|out|on (the )?(news)?stands) (every|each) (monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|day|weekday|morning|evening|week|month)( (and|&) (monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))?$|^published (daily|weekly|monthly|twice weekly|twice (a|per) week)$",
    re.IGNORECASE,
)
# Or a society's or a club's motto under its banner, in the same shape: what it does, a verb in -ing (``MOTTO_DEEDS``)
# opening the line, and since when closing it ("Preserving the Family History of <County> Since 1974"), no stop between.
# A sentence goes on past the year ("Preserving the mill since 1974 has cost the trust £2 million") and stays.
_BODY_MOTTO = re.compile(
    rf"^(proudly )?({MOTTO_DEEDS}) [^.!?:;]{{3,100}}? since (1[6-9]|20)\d\d$", re.IGNORECASE
)
_MASTHEAD_MOTTO_MAX = 18


def _masthead_motto(s: str, n: int) -> bool:
    return n <= _MASTHEAD_MOTTO_MAX and bool(_MASTHEAD_MOTTO.match(s) or _BODY_MOTTO.match(s))


# A portal's market ticker, read as a line: an index's name, its level, then the move by an arrow or a sign and a
# share ("DOW 38,712.21 ▲ 0.3%", "S&P/TSX 22,104.50 −0.41%", one or several in a row); a sentence says what moved
# ("The Dow rose 0.3% to 38,712.21").
_LEVEL = r"\s+\d[\d,]*(\.\d+)?\s*"
_MOVE = r"\s*\d+(\.\d+)?%"
_ARROW_MOVE = r"\s*\d[\d,]*(\.\d+)?%?"  # after an arrow, points or a share: "DOW 38,521.36 ▲ 141.24"
# (a name in capitals may move by a sign alone, "TSX 22,104.50 −0.41%"; any other by an arrow, "Dow Jones 38,712 ▲ 0.3%")
_TICKER_ENTRY = (
    rf"([A-Z][A-Z&/.\d-]*( [A-Z&/.\d-]+){{0,2}}{_LEVEL}([▲▼△▽↑↓]\s*[+\-−]?{_ARROW_MOVE}|[+\-−]{_MOVE})|"
    rf"[A-Z][A-Za-z&/.\d-]*( [A-Za-z&/.\d-]+){{0,2}}{_LEVEL}[▲▼△▽↑↓]\s*[+\-−]?{_ARROW_MOVE})"
)
_MARKET_TICKER = re.compile(rf"^{_TICKER_ENTRY}(\s*[|·•,]?\s*{_TICKER_ENTRY})*$")
_MARKET_TICKER_MAX = 30


def _market_ticker(s: str, n: int) -> bool:
    return n <= _MARKET_TICKER_MAX and bool(_MARKET_TICKER.match(s))


# A portal's news ticker, read as a line: a label in capitals, then headlines set apart by bullets ("LATEST:
# Tinubu departs Abuja for FOCAC summit ● Super Eagles arrive Uyo ● CBN retains MPR"); two bullets at least, as a
# story's own "BREAKING: The council has voted" has none.
_NEWS_TICKER = re.compile(
    r"^(LATEST|BREAKING|BREAKING NEWS|JUST IN|TRENDING|HEADLINES|TOP STORIES|NEWS|NEWS IN BRIEF)\s*:?\s*"
    r"[^●•◆■▪|]+([●•◆■▪|][^●•◆■▪|]+){2,}$"
)
_NEWS_TICKER_MAX = 80


def _news_ticker(s: str, n: int) -> bool:
    return n <= _NEWS_TICKER_MAX and bool(_NEWS_TICKER.match(s))


# A football team's line-up as a match report's box sets it: surnames by lines of the formation, the lines set apart
# by semicolons, the captain marked and the substitutes with their minute ("Ogunleye; Barnes, Kerr, Adeyemi, Shaw;
# Doyle (c), Marchetti, Lyle (Cragg 78); Pennington, Mensah, Osei (Hart 66)."); no sentence is only names.
_PLAYER = r"(?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+)?( \((c|capt|gk|(?-i:[A-Z])[\w'’.-]+ \d{1,3}(\+\d)?['’]?)\))*"
_LINE_UP = re.compile(rf"^{_PLAYER}(\s*[,;]\s*{_PLAYER}){{7,}}\.?$")
_LINE_UP_MAX = 60


def _line_up(s: str, n: int) -> bool:
    return n <= _LINE_UP_MAX and s.count(";") >= 2 and bool(_LINE_UP.match(s))


# A site's address alone on a line, as a print view sets it under the masthead ("www.landweekly.com.au"), or labelled
# ("URL: https://www.landweekly.com.au/story/…"): no prose is a bare address.
_SITE_ADDRESS = re.compile(
    r"^((?i:url|link|source)\s*:\s*)?(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,6}(/\S*)?$"
)

_SITE_ADDRESS_MAX = 30  # words as counted: an address's parts count as words


def _site_address(s: str, n: int) -> bool:
    return n <= _SITE_ADDRESS_MAX and bool(_SITE_ADDRESS.match(s))


# A reader's comment opened by its signature, a user's name and the stamp of its posting: "oldminer62 wrote on 4/12/2024
# 11:58 AM: Worked in Chuquicamata in the 80s." (a date in figures and a clock time before the colon; "Ruiz wrote on
# March 3: …" in a story quotes a post, and has neither).
# (``page_lines`` reads the signature after a comments heading too.)
COMMENT_SIGNATURE = (
    r"[\w.'’-]{2,30}( [\w.'’-]{1,30}){0,2} (wrote|said|commented|posted|says)( on)? \d{1,2}[/.]\d{1,2}[/.]\d{2,4},?"
    r"( at)? \d{1,2}:\d{2}(:\d{2})?( ?[ap]\.?m\.?)?( [A-Z]{2,4})?\s*:"
)
_READER_COMMENT = re.compile(rf"^{COMMENT_SIGNATURE}", re.IGNORECASE)
_READER_COMMENT_MAX = 200  # words: a comment is as long as its writer makes it; its signature is what tells


def _reader_comment(s: str, n: int) -> bool:
    return n <= _READER_COMMENT_MAX and bool(_READER_COMMENT.match(s))


# A sports page's fixture list: "- Alder County v Northgate City — Sat 23 Nov, 15:00" (two sides, "v" or "vs", a dash,
# a day and a kick-off time, nothing else) and its heading ("Next fixtures"); a report's sentence has a verb.
_FIXTURE = re.compile(
    r"^([-•*]\s*)?(?-i:[A-Z])[\w.'’&-]*( [\w.'’&-]+){0,3} vs?\.? (?-i:[A-Z])[\w.'’&-]*( [\w.'’&-]+){0,3}\s*[—–-]\s*"
    r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{1,2}[:.]\d{2}"
    r"(\s*[ap]\.?m\.?)?$|"
    r"^(next|upcoming|forthcoming|remaining) (fixtures|matches|games)$",
    re.IGNORECASE,
)
_FIXTURE_MAX = 20


def _fixture(s: str, n: int) -> bool:
    return n <= _FIXTURE_MAX and bool(_FIXTURE.match(s))


# A match report's facts box, read as lines: the officials by their role and a name ("Referee: Dominic Ashworth",
# "- Assistant referees: Jo Lim, Sam Reyes", a town in brackets after a name) or the crowd's count ("Attendance:
# 6,412"); the label, then names or a figure and nothing else ("Referee: Dominic Ashworth sent off two players" goes on
# past the name, and reports). The same box gives the player of the match and the scorers by the way they scored, names
# with a count or the minutes after each ("Man of the match: Rhys Penhallow (Caldmoor Saints)", "Tries: Penhallow,
# Morcombe, Ashdown", "Cons: Tamblyn 3", "Goals: Okafor 23', 67'"); "Goals: Reduce waiting lists" names no one.
_OFFICIAL_NAME = r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}( \([^()]{1,30}\))?"
_SCORER = r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}(,? \d{1,3}(\+\d{1,2})?['’]?)*( \([^()]{1,30}\))?"
_SCORING_LABEL = (
    r"(man|player|woman|star) of the (match|game)|(try |goal ?)?scorers?|goalscorers?|tries|cons|conversions|pens|"
    r"penalties|penalty goals|drop goals?|goals|own goals?|yellow cards?|red cards?|sin[- ]?bins?|sent off|booked"
)
_MATCH_FACT = re.compile(
    r"^([-•*]\s*)?((referee|umpires?|assistant referees?|linesm[ae]n|fourth official|var|video assistant referee|"
    rf"match officials?)\s*:\s*{_OFFICIAL_NAME}((,|;| and| &)\s*{_OFFICIAL_NAME})*|attendance\s*:\s*\d[\d,.]*|"
    rf"({_SCORING_LABEL})\s*:\s*{_SCORER}((,|;| and| &)\s*{_SCORER})*)\.?$",
    re.IGNORECASE,
)
_MATCH_FACT_MAX = 25


def _match_fact(s: str, n: int) -> bool:
    return n <= _MATCH_FACT_MAX and bool(_MATCH_FACT.match(s))


# A cricket scorecard's lines under its batting table, even as a row's one filled cell ("| Fall of wickets: … | | |"):
# the fall of wickets, a label and nothing but each wicket's number and the score ("Fall of wickets: 1-9, 2-17,
# 3-23", a batter's name or the over in brackets after one), and a side's bowling figures, a label and nothing but
# names each with its overs, maidens, runs and wickets ("Ashcombe Parva bowling: Clive Marsh 7-1-26-3, Ollie Frain
# 8-0-31-2"). A report's sentence gives the figures among words of its own ("Marsh took 3 for 26").
_SCORECARD_CELL = r"^(\|\s*)?{}\.?(\s*\|)*\s*$"
_WICKET = r"\d{1,2}-\d{1,3}( \([^()]{1,40}\))?"
_BOWLER = r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3} \d{1,2}(\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}( \([^()]{1,30}\))?"
_SCORECARD_LINE = re.compile(
    _SCORECARD_CELL.format(rf"fall of wickets?\s*:\s*{_WICKET}((,|;)\s*{_WICKET})*")
    + "|"
    + _SCORECARD_CELL.format(
        rf"((?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){{0,4}} )?bowling\s*(\([^()]{{1,20}}\))?\s*:\s*"
        rf"{_BOWLER}((,|;)\s*{_BOWLER})*"
    ),
    re.IGNORECASE,
)
_SCORECARD_LINE_MAX = 60


def _scorecard_line(s: str, n: int) -> bool:
    return n <= _SCORECARD_LINE_MAX and bool(_SCORECARD_LINE.match(s))


# A small paper's classified ads, by their labels in capitals: "FOR SALE: Oak dining table w/ 6 chairs … Call 555-0122.
# HELP WANTED: …" (a label opening the line and a phone number or a price; "For sale: the old depot, the council
# said" reports). The box's own label in capitals may stand before it, read into the same line from a table cell:
# "CLASSIFIED OF THE WEEK FOR SALE: … Call 555-0122." (a story quoting an ad sets it inside a sentence of its own).
_CLASSIFIED = re.compile(
    r"^(CLASSIFIEDS?( ADS?)?( OF THE (DAY|WEEK|MONTH))?\s*[:|•-]?\s*)?"
    r"(FOR SALE|HELP WANTED|YARD SALE|GARAGE SALE|FOR RENT|WANTED|LOST|FOUND|FREE|SERVICES|NOTICE)\s*:"
)
_CLASSIFIED_SIGN = re.compile(r"\b\d{3}[-.]\d{4}\b|\$\s?\d")
_CLASSIFIED_MAX = 120


def _classified_ad(s: str, n: int) -> bool:
    return n <= _CLASSIFIED_MAX and bool(_CLASSIFIED.match(s)) and bool(_CLASSIFIED_SIGN.search(s))


# A box of prices read as one line: five sums or more, each with at most a short label before it (a word or three, each
# opening in capitals) and nothing else on the line: a race's tote returns ("Tote: Win £5.60; Places £2.10, £1.50,
# £2.40. Exacta £16.90. Trifecta £71.30. CSF £15.82."), a fare or price table run together. A sentence that gives
# figures has its own words between them ("Tickets are $7 for adults and $3 for children", "revenue of $790 million to
# $810 million, up from …"), and a table's row ("| … |") is read as one.
_LISTED_SUM = re.compile(
    r"[$£€¥₹]\s?\d[\d,]*(\.\d+)?(?!\s?(million|billion|trillion|bn|mn|m|k)\b)(?![\d,.]*\d)", re.I
)
_PRICE_LABEL_WORDS = 3
_PRICE_LIST_SUMS = 5
_PRICE_LIST_MAX = 45


def _price_list(s: str, n: int) -> bool:
    if n > _PRICE_LIST_MAX or s.startswith("|"):
        return False
    sums = list(_LISTED_SUM.finditer(s))
    if len(sums) < _PRICE_LIST_SUMS or len(sums) < len(re.findall(r"[$£€¥₹]", s)):
        return False
    cuts = [0, *(x for m in sums for x in (m.start(), m.end())), len(s)]
    between = [s[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    return all(
        word_count(piece) <= _PRICE_LABEL_WORDS and not re.search(r"(^|\s)[a-z]", piece) for piece in between
    )


# Another story's headline under a recirculation label on one line: "OTHER STORIES THIS WEEK • Village board tables
# sewer rate increase until May" (the label, a bullet or colon, a headline with no sentence's end).
_LABELLED_HEADLINE = re.compile(
    r"^(other|more|related|top|latest|recent) (stories|news|headlines|articles)( this week| today| from [\w ]{1,30})?"
    r"\s*[•·:|]\s*[^.!?]{3,120}$",
    re.IGNORECASE,
)
_LABELLED_HEADLINE_MAX = 25


def _labelled_headline(s: str, n: int) -> bool:
    return n <= _LABELLED_HEADLINE_MAX and bool(_LABELLED_HEADLINE.match(s))


# A site's notice that a part of it is not built yet: "Our classified ads section is under construction. Check back
# soon!" The site's own part ("our", "this") and its kind (section, page, site) under construction or coming soon;
# a building under construction is no section of a site ("The new library is under construction").
_SITE_NOTICE = re.compile(
    r"^(our|this)\b[\w &'’-]{0,40}\b(section|page|site|website|area|feature)s? (is|are) (currently |still |now )?"
    r"(under construction|coming soon)\b",
    re.IGNORECASE,
)
_SITE_NOTICE_MAX = 20


def _site_notice(s: str, n: int) -> bool:
    return n <= _SITE_NOTICE_MAX and bool(_SITE_NOTICE.match(s))


# A newsletter's call to pass the issue on to someone, closing it: "Know someone who would like this? Forward it to a
# friend.", "Enjoyed this? Share it with a friend who would too." The question to the reader about someone who would
# like it, or the call itself opening a sentence: pass "it" or "this" (issue, e-mail, newsletter, post) on to a friend or
# a colleague. A story's line narrates who passed what on ("She forwarded it to a friend at the council") or reports
# someone's words, and stays.
_REFERRAL_CALL = re.compile(
    r"^(do you )?know (someone|anyone|somebody|a friend)( who| that)? (would|might|could|will) (like|enjoy|love|"
    r"appreciate|find) (this|it)\b|"
    r"(^|[.!?]\s+)(please )?(forward|share|send|pass) (it|this( (e-?mail|newsletter|issue|edition|post|letter))?)"
    r"( on| along)? (to|with) (a|an|one|your) (friends?|colleagues?|friend or (a )?colleague)\b",
    re.IGNORECASE,
)
_REFERRAL_CALL_MAX = 30
# Or the reward for passing it on, opening a sentence, the box's longer line let through: "Know someone who still gets
# their council news from a … group? Send them our way. Refer three friends and we'll mail you a tote bag, …", "Refer 5
# friends and get a month free.", or promised by the newsletter's one writer: "Refer two friends and I'll send you a
# sticker." ("She referred three friends to the clinic" narrates; "Refer patients to the clinic" promises nothing.)
_REFER_REWARD = re.compile(
    r"(^|[.!?]\s+)refer (a|one|two|three|four|five|ten|\d{1,3}) (more )?(friends?|colleagues?|readers?|people)"
    r"( to [\w'’ -]{1,30})? and (we['’]ll|we will|I['’]ll|I will|you['’]ll|you will|get|earn|receive|unlock|win)\b",
    re.IGNORECASE,
)
_REFER_REWARD_MAX = 45
# Or the reader's own referral link to be passed on, opening a sentence: "Know someone who …? Send them your personal
# link and get rewards when they sign up.", "Share your unique referral link with a colleague." (the link the reader's,
# "your", and personal, unique or a referral's; "She sent them a link to the survey" and "Share your link to the
# petition" name no reader's own link, and a speaker's words are the story's).
_OWN_REFERRAL_LINK = re.compile(
    r"(^|[.!?]\s+)(please )?(send|share|give|forward|pass)( (them|it|him|her|a friend|friends))? your "
    r"((own|personal|unique|referral|custom|special) )+(referral )?link\b",
    re.IGNORECASE,
)


def _referral_call(s: str, n: int) -> bool:
    return (
        (n <= _REFERRAL_CALL_MAX and bool(_REFERRAL_CALL.search(s) or _OWN_REFERRAL_LINK.search(s)))
        or (n <= _REFER_REWARD_MAX and bool(_REFER_REWARD.search(s)))
    ) and not _in_someones_words(s)


# A forum topic's summary line over its replies, in the software's fixed words: "There are 5 replies with an estimated
# read time of 2 minutes.", "There is 1 reply." (a count of replies, comments or posts and at most the reading time,
# then nothing: "There were 5 replies to the council's survey" goes on about something else and stays).
_THREAD_SUMMARY = re.compile(
    r"^there (is|are) (\d[\d,]*|one|no) (replies|reply|comments?|posts?|responses?)"
    r"( (in|on|to) this (topic|thread|post|story|article|discussion))?"
    r"( with an? (estimated )?read(ing)? time of (less than )?(\d+|one|a) (minutes?|mins?))?\W*$",
    re.IGNORECASE,
)


def _thread_summary(s: str, n: int) -> bool:
    return n <= 20 and bool(_THREAD_SUMMARY.match(s))


# A forum's clock under its threads, in the software's fixed words: "All times are GMT -5. The time now is 08:14 PM.",
# "All times are UTC - 5 hours", "All times are UTC+01:00. It is currently Tue Mar 12, 2024 8:14 pm." (the zone with
# its offset from GMT or UTC, or the time now after it, and nothing else: a schedule's "All times are GMT." under its
# fixtures gives neither and stays).
_FORUM_CLOCK = re.compile(
    r"^all times are (gmt|utc)(?P<offset> ?[-+−] ?\d{1,2}([:.]\d\d)?( hours?)?\W*(\[ ?dst ?\])?)?\.?"
    r"(?P<now>\s*(the time now is|it is currently)\b[^.!?]{0,40}\d{1,2}:\d\d( ?[ap]\.?m\.?)?\.?)?$",
    re.IGNORECASE,
)
_FORUM_CLOCK_MAX = 20


def _forum_clock(s: str, n: int) -> bool:
    if n > _FORUM_CLOCK_MAX or (m := _FORUM_CLOCK.match(s)) is None:
        return False
    return bool(m.group("offset") or m.group("now"))


# A post's pager under the text, its two neighbours' titles set on one line after their labels: "‹ Previous: Board
# approves 2024 capital credit retirement Next: Youth Tour applications now open ›", "« Older post: … Newer post: … »".
# The line opens on the label back, with an arrow before it or a colon after it, and has the label on under way, likewise
# closed by an arrow or marked by a colon: the site's way round its posts, on any site, linked or not. A sentence
# telling what comes previous and next ("Previous owners sold it. Next year …") has neither arrows nor colons.
_PAGER_BACK = r"(previous|prev|older|newer)( (post|story|article|entry|item|page))?"
_PAGER_ON = r"(next|newer|older)( (post|story|article|entry|item|page))?"
_POST_PAGER = re.compile(
    rf"^((<<|«|‹|←)\s*{_PAGER_BACK}\s*:?|{_PAGER_BACK}\s*:)\s+\S.*?\s{_PAGER_ON}"
    rf"(\s*:\s+\S.*?(\s*(>>|»|›|→))?|\s+\S.*?\s*(>>|»|›|→))$",
    re.IGNORECASE,
)
_POST_PAGER_MAX = 40


def _post_pager(s: str, n: int) -> bool:
    return n <= _POST_PAGER_MAX and bool(_POST_PAGER.match(s))


# A copyright line naming its owner with no year and no sign, the owner's name closing on a company's legal form or the
# whole line set in brackets: "[Copyright The Jiji Press, Ltd.]", "Copyright Harbour Media Group Inc." (a wire's or a
# publisher's notice under its stories, on any site; "Copyright Agency Ltd. said it would appeal" goes on past the name,
# and a sentence about copyright names no owner in capitals).
_OWNER = r"(?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z&])[\w&'’.-]*){0,5}"
_LEGAL_FORM = (
    r"(ltd|limited|inc|incorporated|llc|l\.l\.c|plc|co|corp|corporation|gmbh|ag|s\.a|pty ltd|pty|k\.k)\.?"
)
_OWNER_COPYRIGHT = re.compile(
    rf"^copyright\s+{_OWNER},?\s+{_LEGAL_FORM}$|^\[copyright\s+{_OWNER}(,?\s+{_LEGAL_FORM})?\]$",
    re.IGNORECASE,
)


def _owner_copyright(s: str, n: int) -> bool:
    return n <= 12 and bool(_OWNER_COPYRIGHT.match(s))


# A scoreboard's line, a stage of the game as its label and then the score and nothing else: "Half-time: Glenarran
# Wolves 18-10 Port Avalon Mariners" (a team's name, the score, the other's), "Final/OT · Storm win series 4-3" (the
# status, a bar, a short note closing on a score); a report's sentence goes on past the score or puts a verb between
# ("Half-time: Wolves led 18-10 and …", "At half-time the score was 18-10."). Read only beside a table
# (``page_lines._drop_score_lines``): a live blog's post is headed in the same words ("Full time: Ashcombe Rovers 2-1 Port
# Delling") and stays.
_GAME_STAGE = r"(final|full[- ]?time|half[- ]?time|ft|ht|aet|after extra time)(\s*/\s*(\d?ot|so|aet|et|pens?|shootout))?"
_SCORE = r"\d{1,3}\s*[-–]\s*\d{1,3}"
_TEAM = r"(?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,4}"
# (The American form too, each side's name before its score and a comma between, under the stage or the box's own
# label: "Box score: Marlow State 78, Tennant 74", "Final: Harlow Tech 88, Eastvale 71".)
_SIDE_AND_SCORE = rf"{_TEAM}\s+\d{{1,3}}"
SCOREBOARD_LINE = re.compile(
    rf"^{_GAME_STAGE}\s*:\s*{_TEAM}\s+{_SCORE}\s+{_TEAM}$|^{_GAME_STAGE}\s+[·•|]\s+[^.!?:]{{0,40}}\s{_SCORE}$|"
    rf"^({_GAME_STAGE}|box score|(final )?score)\s*:\s*{_SIDE_AND_SCORE},\s+{_SIDE_AND_SCORE}( \((\d?ot|so)\))?$",
    re.IGNORECASE,
)


# A gridiron box score's scoring play, in the notation every scoring summary uses: "Dashawn Pryor 41 yd pass from Elias
# Thornquist (Abernethy kick)", "Nolan Abernethy 38 yd field goal" (a name, the yards abbreviated, the kind of play, the
# try after it in brackets), alone or as a cell of the summary's row ("| 3rd | 09:12 | HSU | … | 14 | 24 |"). A report
# writes the yards out ("a 41-yard touchdown pass"), never "41 yd pass from".
_PLAYER = r"(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}"
_SCORING_PLAY = re.compile(
    rf"^{_PLAYER} \d{{1,3}} yds? (run|pass from {_PLAYER}|field goal|fg|(fumble|interception|punt|kickoff|"
    r"blocked punt|blocked field goal) return|fumble recovery)( \([^()]{1,40}\))?$",
    re.IGNORECASE,
)
_SCORING_ROW_CELLS = 8


def _scoring_play(s: str, n: int) -> bool:
    if n > 40:
        return False
    cells = [c.strip() for c in CELL_BAR.split(s[1:-1])] if s.startswith("|") and s.endswith("|") else [s]
    return len(cells) <= _SCORING_ROW_CELLS and any(_SCORING_PLAY.match(cell) for cell in cells)


# A profile's follower count closing its line after a bar: "Curated by Marlow Bay Local · 2.4K followers", "Jane Doe |
# 12,400 subscribers" (a platform's profile line on any site; "The page has 2.4K followers" tells it in a sentence).
_FOLLOWER_COUNT = re.compile(
    r"^[^.!?]{1,80}\s[·•|]\s+\d[\d.,]*\s*[KkMm]?\s+(followers|subscribers|members|fans)$", re.IGNORECASE
)


def _follower_count(s: str, n: int) -> bool:
    return n <= 16 and bool(_FOLLOWER_COUNT.match(s))


# A neighbourhood platform's audience line under a post, in its fixed words: "Posted to <Neighbourhood> and 12 nearby
# neighborhoods", "Shared with 3 groups" (posted or shared to, in or with the places it reached, closing on a count of the
# platform's own parts, ``page_lexicon.POST_AUDIENCES``, and nothing after it). "Posted to 12 neighborhoods, the flyer
# drew 40 replies" goes on, and "The sheriff posted the warning to 12 nearby neighborhoods." opens on no label.
_POST_AUDIENCE = re.compile(
    r"^(posted|shared|sent) (to|in|with) ([^.!?]{1,60}? (and|&|\+) )?(\d[\d,]*|one|two|three|four|five|six|seven|eight|"
    rf"nine|ten) (other |more |nearby |surrounding |neighbou?ring )?({POST_AUDIENCES})$",
    re.IGNORECASE,
)
_POST_AUDIENCE_MAX = 16


def _post_audience(s: str, n: int) -> bool:
    return n <= _POST_AUDIENCE_MAX and bool(_POST_AUDIENCE.match(s))


# A trivia box's line, the box's label and its one fact: "Did you know? Red pandas have a false thumb …" (an aside set
# beside a zoo's, a museum's or a magazine's story on any site). One sentence after the label; a writer asking the
# reader goes on in sentences of the text ("Did you know? I didn't either. …") and a quoted question stays.
_TRIVIA_LABEL = re.compile(r"^did you know\s*[?:!]\s+(?=\S)", re.IGNORECASE)
_TRIVIA_SENTENCE = re.compile(r"[.!?][\"”’')]?\s+\S")


def _trivia_line(s: str, n: int) -> bool:
    label = _TRIVIA_LABEL.match(s) if n <= 35 else None
    return label is not None and not _TRIVIA_SENTENCE.search(s[label.end() :]) and not _in_someones_words(s)


# A venue's opening hours, the whole line: "Open daily 9 a.m. – 5 p.m. (last admission 4 p.m.)", "Open daily 10am – 6pm
# (last entry 5pm). Glasshouses close at 5.30pm.", "Hours: Tuesday–Sunday, 10 a.m. to 4 p.m." (the visit box of a zoo,
# a garden, a museum or a shop, on any site). The line opens on the label and the times follow it, a short sentence on
# closing times at most after them; a story's sentence names the place first ("The garden is open daily …").
_WEEKDAY = r"(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?s?\.?"
_CLOCK = r"\d{1,2}([:.]\d\d)?\s*"
_MERIDIEM = r"(a\.?m\.?|p\.?m\.?|noon)"
_HOURS_LINE = re.compile(
    rf"^(opening hours|open(ing)? times|hours|open( for ({OPEN_FOR}))?)\s*:?\s*(daily|every day|seven days a week|"
    rf"year[- ]round|{_WEEKDAY}(\s*([-–—]|to|through|thru)\s*{_WEEKDAY})?)?,?\s*(from\s+)?({_CLOCK}{_MERIDIEM}?|noon)"
    rf"\s*([-–—]|to|until)\s*"
    rf"{_CLOCK}{_MERIDIEM}(\s*\((last (admission|entry|entries|orders?)|closed)\b[^()]{{0,40}}\))?\.?"
    r"(\s+[A-Z][^.!?]{0,60}\b(close|closes|closed|open|opens)\b([^.!?]|\d\.\d){0,30}\.)?$",
    re.IGNORECASE,
)


def _hours_line(s: str, n: int) -> bool:
    return n <= 30 and bool(_HOURS_LINE.match(s))


# A venue's visit box under its label and colon, the whole line: "Hours & Admission: Wednesday–Saturday, 10 a.m.–4 p.m.;
# Sunday, 1–4 p.m. Closed Monday, Tuesday and major holidays. Adults $8, seniors and students $5, members and children
# under 12 free." (a museum's, a garden's or a zoo's, on any site). With the clock times, the prices and the figures set
# aside, every word left is a day, a visitor's kind or a word of opening and closing (``page_lexicon.VISIT_WORDS``), and
# a clock time is there; a story's sentence has words of its own ("Admission: the museum said it will stay free").
_VISIT_LABEL = re.compile(
    r"^((opening|visiting|gallery|museum|garden|library) )?(hours|admission)"
    r"( (&|and) (admission|hours|prices|tickets))?\s*:\s*",
    re.IGNORECASE,
)
_VISIT_CLOCK = re.compile(rf"\d\s*{_MERIDIEM}|\bnoon\b", re.IGNORECASE)
_VISIT_FIGURE = re.compile(rf"{_CLOCK}{_MERIDIEM}|[$£€]\s?\d+([.,]\d\d)?|\d+(st|nd|rd|th)?", re.IGNORECASE)
_VISIT_MAX = 50
_LETTERS = re.compile(r"[a-z]+")


def _visit_line(s: str, n: int) -> bool:
    label = _VISIT_LABEL.match(s)
    if n > _VISIT_MAX or label is None or not _VISIT_CLOCK.search(s, label.end()):
        return False
    words = _LETTERS.findall(_VISIT_FIGURE.sub(" ", s[label.end() :]).lower())
    return bool(words) and all(w in VISIT_WORDS for w in words)


# A box score's notes under its tables, run into one line: "Halftime: Tennant 41, Marlow State 34. Turnovers: Tennant 13,
# Marlow State 9. Attendance: 8,412. Officials: Greg Saltz, Harmon Ivey, Deb Kowalczyk." Two facts or more, each opening
# on its label and colon: a team statistic (``page_lexicon.BOX_SCORE_LABELS``) over the two sides' figures, the
# officials' names, or a match fact (``_MATCH_FACT``: the crowd's count), and nothing else; a report's sentence puts a
# verb between ("At halftime Tennant led 41-34."). A side's figure may be a share ("Power plays: MB 1 of 3; PC 0 of 2"),
# and a players' line names each player, maybe the side in brackets, over the figures' words (``page_lexicon``'s
# ``PLAYER_LINE_LABELS`` and ``PLAYER_STAT_WORDS``: "Goalies: Marchetti (PC) 31 saves on 34 shots; Lykke (MB) 38 saves
# on 41 shots").
_FACT_START = re.compile(r"(?<=[.;])\s+(?=(?-i:[A-Z])[\w'’ -]{1,30}:)")
_SIDE_FIGURE = rf"{_TEAM}\s+\d{{1,3}}(\s*(of|/|-|–)\s*\d{{1,3}})?"
_TEAM_FIGURES = re.compile(
    rf"^({BOX_SCORE_LABELS})\s*:\s*{_SIDE_FIGURE}[,;]\s+{_SIDE_FIGURE}\.?$", re.IGNORECASE
)
_STAT_FIGURE = rf"\d{{1,3}}\s+({PLAYER_STAT_WORDS})"
_PLAYER_FIGURES = rf"{_OFFICIAL_NAME},?\s+{_STAT_FIGURE}((\s+(on|of|in)|,)\s+{_STAT_FIGURE})*"
_PLAYERS_LINE = re.compile(
    rf"^({PLAYER_LINE_LABELS})\s*:\s*{_PLAYER_FIGURES}(\s*[;,]\s*{_PLAYER_FIGURES})*\.?$", re.IGNORECASE
)
_OFFICIALS = re.compile(
    rf"^({GAME_OFFICIALS})\s*:\s*{_OFFICIAL_NAME}((,|;| and| &)\s*{_OFFICIAL_NAME})*\.?$", re.IGNORECASE
)
_BOX_NOTES_MAX = 60


def _box_score_notes(s: str, n: int) -> bool:
    if n > _BOX_NOTES_MAX:
        return False
    facts = _FACT_START.split(s)
    return len(facts) >= 2 and all(
        _TEAM_FIGURES.match(f) or _PLAYERS_LINE.match(f) or _OFFICIALS.match(f) or _MATCH_FACT.match(f)
        for f in facts
    )


# A schedule box's game listing with where the game is carried: "Colfax State at Marlow State, Wednesday, 7 p.m.,
# Whitcomb Arena. TV: RSN Plus. Radio: 1340 AM The Stag." (the "Up next" box under a game story, a preview's facts): the
# two sides with "at" or "vs." between, the day and the time, maybe the venue, then one broadcast label or more
# (``page_lexicon.BROADCAST_LABELS``), each over a short value. A listing with no broadcast label ("Jazz at the Park,
# Friday, 7 p.m.", a calendar's line) may be the story's own and stays; a report's sentence has a verb. Each side may
# carry its probable starter in brackets ("Lake Fenwick (RHP Ana Ruiz, 8-7, 4.12 ERA) at Marlow (…)"), and the time may
# come before the day ("7:05 p.m. Wednesday"), as baseball's listings set them on any paper.
_SIDE = r"(?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z0-9])[\w.'’&-]*){0,4}( \([^()]{1,60}\))?"
_GAME_DAY = rf"({_WEEKDAY}|{_DATE})(,\s+{_DATE})?"
_GAME_CLOCK = rf"{_CLOCK}{_MERIDIEM}( [A-Z]{{2,4}})?"
_GAME_LISTING = re.compile(
    rf"^{_SIDE} (at|vs?\.?) {_SIDE},\s+({_GAME_DAY},\s+{_GAME_CLOCK}|{_GAME_CLOCK},?\s+{_GAME_DAY})"
    r"(,\s+[^.:;]{1,60})?\.?"
    rf"(\s+({BROADCAST_LABELS})\s*:\s*[^:]{{1,60}}?)+$",
    re.IGNORECASE,
)
_GAME_LISTING_MAX = 45


def _game_listing(s: str, n: int) -> bool:
    return n <= _GAME_LISTING_MAX and bool(_GAME_LISTING.match(s))


# A baseball box score's notes run into one line, each fact a scoring code and a dash over the players or the figure
# ("E—Ruiz. 2B—Samuels, Brandvold. HR—Almonte (11), Marchbanks (19). SB—Hsu. T—2:31. A—18,442."): three facts or more,
# each opening on a code of ``page_lexicon.BOX_SCORE_CODES`` and its dash (no space between, as agate sets them), and
# nothing else in the line. Prose never opens three sentences on "HR—"; the colon's form is ``_box_score_notes``'.
_CODE_FACT = rf"(?:{BOX_SCORE_CODES})[—–-](?=\S)"
_CODE_FACT_START = re.compile(rf"(?<=[.;])\s+(?={_CODE_FACT})")
_CODE_FACT_LINE = re.compile(rf"{_CODE_FACT}[^—–]{{1,120}}")
_CODE_FACTS_MIN = 3
_CODE_NOTES_MAX = 80


def _box_score_codes(s: str, n: int) -> bool:
    if n > _CODE_NOTES_MAX:
        return False
    facts = _CODE_FACT_START.split(s)
    return len(facts) >= _CODE_FACTS_MIN and all(_CODE_FACT_LINE.fullmatch(f) for f in facts)


# A gallery's note on how to see its pictures bigger, closing the line: "Click photo for larger version.", "Click any
# photo to enlarge.", "Tap an image to view it full size" (the call opens the line or its last sentence, a picture's
# name, ``page_lexicon.PICTURE_NOUNS``, and the view it gives, ``page_lexicon.LARGER_VIEWS``, then nothing), alone or
# after the pictures' credit ("Photos by <Name>, <Agency>. Click any photo to enlarge.", the credit opening the line as
# ``_CREDIT_LEAD`` reads it). "Visitors can click any photo to enlarge it" narrates; a caption before the call, or a call
# that goes on ("… to enlarge, and the detail is remarkable"), stays (``page_boxes`` reads the call closing a caption in
# the smallest type under its picture).
ENLARGE_CALL = re.compile(
    rf"(^|(?<=[.!?)])\s+|(?<=\())(click|tap|select|press)( on)?( (any|a|an|the|each|this|one|either|a single))?"
    rf"( ({PICTURE_NOUNS}))?( (to (enlarge|zoom|expand)( (it|them))?|"
    rf"(to (see|view)( (it|them))?|for)( (a|an|the))? ({LARGER_VIEWS})( (version|view|image|photo|picture|size|copy))?))"
    r"\W*$",
    re.IGNORECASE,
)
_ENLARGE_NOTE_MAX = 20


# (The call in brackets after the gallery's label, a few words closing on a picture's name: "Booking Photos (click any
# photo to enlarge)"; "The photos (click to enlarge) show the mill in 1920" goes on.)
_GALLERY_LABEL = re.compile(rf"^([\w'’-]+ ){{0,3}}({PICTURE_NOUNS}|galler(y|ies))\s*\($", re.IGNORECASE)


# A recipe card's prompt over a longer call to tag the outlet, even run into it: "Tried this recipe?Tag @larderandflame
# on Instagram and let us know how it turned out!" (``_FOLLOW_CALL`` after the prompt; the prompt alone, or over a
# line of the story's, is ``_FEEDBACK``'s or stays).
_RECIPE_PROMPT = re.compile(
    r"^(tried|made|did you (make|try|cook|bake)) this (recipe|dish|bake)\s*\?", re.IGNORECASE
)
_RECIPE_CARD_WORDS = 30


def _recipe_tag_call(s: str, n: int) -> bool:
    prompt = _RECIPE_PROMPT.match(s) if n <= _RECIPE_CARD_WORDS else None
    return prompt is not None and bool(_FOLLOW_CALL.match(s[prompt.end() :].strip()))


def _enlarge_note(s: str, n: int) -> bool:
    if n > _ENLARGE_NOTE_MAX or (call := ENLARGE_CALL.search(s)) is None:
        return False
    credit = s[: call.start()].strip()
    if credit.endswith("("):
        return bool(_GALLERY_LABEL.match(credit))
    return not credit or (bool(_CREDIT_LEAD.match(credit)) and not REPORTED.search(credit))


# A web ring's bar, its name between the arrows that step to the ring's other sites, as an old page draws them in
# ASCII: "<< Minnesota History Web Ring >>". The name alone between "<<" and ">>", a few words and no sentence; a story's
# line never opens and closes so, and guillemets are a quotation's marks ("« Nous fermerons le terminal en juin »"
# stays).
_RING_ARROWS = re.compile(r"^<<\s*[^<>.!?]*[^\W\d_][^<>.!?]*\s*>>$")
_RING_WORDS = 8
# Or the ring's line naming the site a member, the ring's buttons left as pictures around it: "Member of the County Fairs
# of the Midwest WebRing", "This site is a proud member of the <Name> Web Ring." The line opens on the membership and
# closes on the ring's name, "web ring" its last words, or on the ring's steps in one bracket after it, the buttons
# left as text ("… of the <Name> Webring [ Previous | Next | Random | List Sites ]", two of them ``RING_STEPS``, read
# by ``_ring_member``); a story's sentence names who is a member ("The society joined the <Name> Web Ring in 1998") and
# goes on.
_RING_MEMBER = re.compile(
    r"^((this|our) (site|page|web ?site|home ?page) is )?(a )?(proud(ly)? )?(a )?(member|part) of (the )?"
    r"[^.!?\[\]]{1,60}?\bweb ?ring\W*?(?P<steps>\[[^\[\]]{1,80}\]\W*)?$",
    re.IGNORECASE,
)
_RING_MEMBER_WORDS = 16
# Or the ring's own line naming the member site's owner, the ring's steps after it: "This <Ring> WebRing site is owned by
# <Club>. [ Previous | Next | Random | List Sites ]" (the ring's script writes it on every member's page). "The site of
# the old web ring is owned by the county now" names no site of the ring's.
_RING_OWNER = re.compile(
    r"^this [^.!?]{0,60}?\bweb ?ring (site|page|member( site)?) is (owned|maintained|run) by [^.!?]{1,60}?[.!]?"
    r"(\s*\[[^\]]*\])?$",
    re.IGNORECASE,
)
# An old site's greeting at the top of every page: "Welcome to <Township> on the World Wide Web!", "Welcome to the
# <Club> Home Page!" (the greeting alone, closing on the web or the site's page; "Welcome to the neighborhood!" and
# "Welcome to Harlow, the sign reads." greet no visitor of a site).
_WEB_GREETING = re.compile(
    r"^welcome to [^.!?]{1,60}?\b(on the (world wide )?web|on the (inter)?net|online|(official )?(web ?site|home ?page|"
    r"web ?page))\s*[.!]*$",
    re.IGNORECASE,
)
_WEB_GREETING_WORDS = 14


# A community site's welcome over its posting rules, the box every forum shows a visitor: "Welcome to <Site>! Please
# register to post in the forums. Read the posting rules before you start a new topic.", "Welcome to <Forum>! …
# Please read the community guidelines before posting." The welcome opens the line, and a later sentence opens on the
# call to the reader, to register, log in or read the rules, with posting or the rules in it. "Welcome to Tamsin
# Creek, the sign reads. Vendors must register to post a stall." calls no reader, and stays.
_WELCOME = re.compile(r"^welcome to\b[^.!?]{1,80}[.!]\s", re.IGNORECASE)
_POSTING_CALL = re.compile(
    r"^(please )?(register|sign ?up|log ?in|sign in|read)\b[^.!?]{0,60}\b(post|posts|posting|rules|guidelines)\b",
    re.IGNORECASE,
)
_WELCOME_MAX = 45


def _posting_welcome(s: str, n: int) -> bool:
    if n > _WELCOME_MAX or (welcome := _WELCOME.match(s)) is None:
        return False
    return any(_POSTING_CALL.match(x) for x in _CALL_SENTENCES.split(s[welcome.end() :].strip()))


# A signed-in reader's bar at the top of a members' page, in the account software's words: "Welcome back. Last login:
# Jun 11, 2024 8:02 AM ET Log Out", "Welcome back, Dana | Log out", "Last login: 3 March 2026 at 09:12" (the last
# log-in's date, or the greeting closing on the call to log out, and nothing else; "Welcome back to the harbour, the
# mayor told the crew" goes on past the greeting, and a story's "His last login was on March 3" is a sentence).
_SESSION_BAR = re.compile(
    r"^(?P<greeting>welcome( back)?(,? (?-i:[A-Z])[\w'’-]*)?[.!,]?\s*([|·]\s*)?)?"
    rf"(?P<last>last (login|log-in|logged in|sign-in|signed in|visit)\s*:?\s*(on\s+)?{_DATE}"
    r"(,?\s*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*(?-i:[A-Z]{2,4}))?)?\.?\s*([|·]\s*)?)?"
    r"((my account|account|profile|settings)\s*([|·]\s*)?)?(?P<out>(log|sign) ?(out|off))?$",
    re.IGNORECASE,
)
_SESSION_BAR_MAX = 16


def _session_bar(s: str, n: int) -> bool:
    if n > _SESSION_BAR_MAX or (m := _SESSION_BAR.match(s)) is None:
        return False
    return bool(m.group("last") or (m.group("greeting") and m.group("out")))


# A standings table's stamp over it, a date on a line of its own under the words that say how far the figures go:
# "Through games of Jan. 21, 2024", "Standings as of March 3, 2026", "Correct as of 4 May 2026" (a story's "Through
# March 3, the team had won nine of 11" goes on past the date).
_FIGURES_AS_OF = re.compile(
    r"^((standings|table|stats|statistics|figures|results|records|data|rankings)\s+)?"
    r"(as of|through( (games|matches|play|action)( played)?( (of|on|through))?)?|"
    rf"(correct|accurate|current) (as of|to|through)|(up )?to date as of)\s*:?\s+{_DATE}\W*$",
    re.IGNORECASE,
)
_FIGURES_AS_OF_MAX = 10


def _figures_as_of(s: str, n: int) -> bool:
    return n <= _FIGURES_AS_OF_MAX and bool(_FIGURES_AS_OF.match(s))


# A market page's note under its quote strip, saying how late its figures run: "Quotes delayed at least 15 minutes. As
# of 07/25/2024 2:47 PM ET", "Market data delayed by 20 minutes." (the figures the strip shows, ``DELAYED_FIGURES``,
# delayed by a count of minutes, and at most the time the figures stand at after it). "Trains were delayed at least 15
# minutes" names no figures, and "Prices were delayed 15 minutes by the outage, the exchange said" goes on past it.
_DELAYED_FIGURES = re.compile(
    rf"^((stock|market|index|share) )?({DELAYED_FIGURES})( (are|is))? delayed( by)?( at least| up to| a minimum of)? "
    r"\d{1,2} ?(minutes|mins?)( unless otherwise (noted|indicated|stated))?\.?"
    rf"(\s+(as of|at)\s+({_DATE}|\d{{1,2}}[:.]\d{{2}})(,?\s*(at\s+)?\d{{1,2}}[:.]\d{{2}}(\s*[ap]\.?m\.?)?)?"
    r"(\s*(?-i:[A-Z]{2,4}))?\.?)?$",
    re.IGNORECASE,
)
_DELAYED_FIGURES_MAX = 20


def _delayed_figures(s: str, n: int) -> bool:
    return n <= _DELAYED_FIGURES_MAX and bool(_DELAYED_FIGURES.match(s))


# A web ring's bar in its own words, the bracketed buttons that step to the ring's other sites after the ring's line
# about the site: "This Minnesota Small Towns Webring site is owned by Sparky. [Prev] [Random] [Next] [List Sites]".
# Three bracketed buttons or more close the line, two of them the ring's steps (``RING_STEPS``), with one short sentence
# before them at most; a story's line never closes on a ring's buttons, and a footnote's "[1]" is no step.
_RING_BUTTONS = re.compile(r"(\[\s*[^\[\]]{1,25}?\s*\]\s*){3,}$")
_RING_STEP = re.compile(rf"^\W*({RING_STEPS})\W*$", re.IGNORECASE)
_RING_STEPS_MIN = 2
_RING_LEAD_WORDS = 16
_RING_BAR_WORDS = 30


def _ring_member(s: str, n: int) -> bool:
    """The ring's line naming the site a member (``_RING_MEMBER``), its steps in one bracket after it at most, two of
    them the ring's (``RING_STEPS``: "[ Previous | Next | Random | List Sites ]")."""
    m = _RING_MEMBER.match(s) if n <= _RING_MEMBER_WORDS + _RING_STEP_WORDS else None
    if m is None:
        return False
    if not m.group("steps"):
        return n <= _RING_MEMBER_WORDS
    steps = re.split(r"[|/·•]", m.group("steps").strip("[] \t.!"))
    return sum(bool(_RING_STEP.match(step)) for step in steps) >= _RING_STEPS_MIN


_RING_STEP_WORDS = 8


def _ring_bar(s: str, n: int) -> bool:
    buttons = _RING_BUTTONS.search(s) if n <= _RING_BAR_WORDS else None
    if buttons is None:
        return False
    steps = re.findall(r"\[\s*([^\[\]]+?)\s*\]", buttons.group(0))
    if sum(bool(_RING_STEP.match(step)) for step in steps) < _RING_STEPS_MIN:
        return False
    lead = s[: buttons.start()].strip()
    return not lead or (
        word_count(lead) <= _RING_LEAD_WORDS
        and len(_NOTE_SENTENCES.split(lead)) == 1
        and not _in_someones_words(lead)
    )


# A sponsor's line closing on its bank's regulatory tag: "This season’s market is sponsored in part by Hadley Creek
# Savings Bank, proud to be your hometown bank since 1911. Member FDIC." The first sentence credits the sponsor
# ("sponsored (in part) by", "supported by", "brought to you by" and a capitalised name), every sentence after it is
# one of the marks a bank must print beside its name (``BANK_MEMBERSHIPS``): the bank's advertisement, on any site. A
# sponsor's credit with no such mark is left to the sponsor rules, and a story's "The bank, a member of the FDIC, said
# …" reports.
_SPONSOR_CREDIT = re.compile(
    r"\b(sponsored|supported|underwritten|presented|brought to you|made possible)( in part| proudly| generously)? by "
    r"(the )?(?-i:[A-Z])",
    re.IGNORECASE,
)
_BANK_MEMBERSHIP = re.compile(rf"({BANK_MEMBERSHIPS})", re.IGNORECASE)
_BANK_SPONSOR_MAX = 50


def _bank_sponsor(s: str, n: int) -> bool:
    if n > _BANK_SPONSOR_MAX or _in_someones_words(s):
        return False
    first, *rest = _NOTE_SENTENCES.split(s)
    return (
        bool(rest)
        and bool(_SPONSOR_CREDIT.search(first))
        and all(_BANK_MEMBERSHIP.fullmatch(x.rstrip(".!; ")) for x in rest)
    )


# A post's tags as a blog platform sets them under the text, nothing but hashtags: "#toollibrary #eastgate #repair" (two
# or more, each a "#" run into a word that opens on a letter). A story's line has words between its hashtags ("Fans
# trended #SaveTheBridge all night"), and "#1 #2" are numbers.
_HASHTAG_LINE = re.compile(r"^#[^\W\d_][\w-]*(\s+#[^\W\d_][\w-]*)+$")


# A body's nondiscrimination statement as a line of its own: "<Co-op> is an equal opportunity provider and employer.",
# "This institution is an equal opportunity provider.", "An Equal Opportunity/Affirmative Action Employer." One sentence,
# its subject at most a name's few words, and nothing after what the body calls itself (``EQUAL_OPPORTUNITY_ROLES``):
# the small print an employer, a school or a co-op sets under every page, on any site. A story's "The firm says it is
# an equal opportunity employer" reports, and a line that goes on ("… and does not discriminate in …") is left to the
# small print's other rules.
_EQUAL_OPPORTUNITY = re.compile(
    r"^(?:[^.!?]*?\b(?:is|are)\s+)?an?\s+equal[ -]opportunity(?:\s*/\s*affirmative[ -]action)?\s+"
    rf"(?:{EQUAL_OPPORTUNITY_ROLES})(?:\s+and\s+(?:{EQUAL_OPPORTUNITY_ROLES}))?\.?$",
    re.IGNORECASE,
)
_EQUAL_OPPORTUNITY_MAX = 16


def _equal_opportunity(s: str, n: int) -> bool:
    return n <= _EQUAL_OPPORTUNITY_MAX and bool(_EQUAL_OPPORTUNITY.match(s)) and not _in_someones_words(s)


# Or the body's notice that it does not discriminate, the line a school district, a college or an agency sets in every
# page's footer: "<District> does not discriminate in any programs or activities on the basis of sex, race, creed, …,
# or the use of a trained dog guide or service animal." One sentence, opening on the body's name (capitalised words, or
# "This institution") and its "does not discriminate", the grounds after "on the basis of" a list of three or more (two
# commas). A story's line reports it ("The district does not discriminate on the basis of race, color or sex, its lawyer
# said"), goes on past the list ("…, and the complaint was dismissed. …") or opens on no name ("Under the new law,
# landlords do not discriminate …"), and one naming two grounds or one is no notice's list.
_NON_DISCRIMINATION = re.compile(
    r"^(this \w+|(?-i:[A-Z][\w&'’-]*( (of|the|and|for|&|[A-Z#][\w&'’#-]*)){0,8})),? (does|do) not "
    r"(unlawfully )?discriminate\b[^.!?]{0,80}?\b(on the basis|because) of\b(?P<grounds>[^.!?]+)\.?$",
    re.IGNORECASE,
)
_NON_DISCRIMINATION_MAX = 80
_NON_DISCRIMINATION_GROUNDS = 2  # commas in the list of grounds


def _non_discrimination(s: str, n: int) -> bool:
    if (
        n > _NON_DISCRIMINATION_MAX
        or _in_someones_words(s)
        or (notice := _NON_DISCRIMINATION.match(s)) is None
    ):
        return False
    return notice.group("grounds").count(",") >= _NON_DISCRIMINATION_GROUNDS


# Or the body's tax status, the line a charity, a volunteer corps or a club sets under every page: "A 501(c)(3)
# not-for-profit organization. All donations are tax deductible.", "<Name> is a registered 501(c)(3) nonprofit
# organization; contributions are tax-deductible to the extent allowed by law." Every sentence of the line is the status
# (what the body is under section 501(c)(3), a name before it or none) or what it means for a gift (donations are tax
# deductible), the status among them. A story's line goes on ("The group, a 501(c)(3) nonprofit, raised $40,000 …"),
# reports ("Donations are tax deductible, the treasurer said") or gives the gift's line alone ("Donations are tax
# deductible." after a fund drive's address), and stays.
_TAX_STATUS = re.compile(
    r"^((?-i:[A-Z])[\w&.'’-]*( (of|the|and|for|&|(?-i:[A-Z])[\w&.,'’-]*)){0,8} (is|are) )?an? (registered )?"
    r"501 ?\(c\) ?\(3\)( (tax[- ]exempt|non-?profit|not[- ]for[- ]profit|charitable|public|educational|"
    r"volunteer),?)*( (organi[sz]ation|corporation|charity|nonprofit|non-profit))?\.?$",
    re.IGNORECASE,
)
_TAX_DEDUCTIBLE = re.compile(
    r"^(all |your )?(donations|contributions|gifts)( to [^.;]{1,60})? are (fully |100% )?tax[- ]deductible"
    r"( to the (full |fullest )?extent (allowed|permitted|provided) by (the )?law)?\.?$",
    re.IGNORECASE,
)
_TAX_STATUS_MAX = 40
_STATUS_SENTENCES = re.compile(r"(?<=[.!?;])\s+(?=\w)")


def _tax_status(s: str, n: int) -> bool:
    if n > _TAX_STATUS_MAX or _in_someones_words(s):
        return False
    sentences = [x.rstrip(";") for x in _STATUS_SENTENCES.split(s.strip())]
    return any(_TAX_STATUS.match(x) for x in sentences) and all(
        _TAX_STATUS.match(x) or _TAX_DEDUCTIBLE.match(x) for x in sentences
    )


# Or the body's appeal for gifts under every page, its status without the section's number and what gifts buy: "<Name>
# is a non-profit, all-volunteer organization. We are not paid for our time … Donations are tax deductible and go
# straight to … Send checks to …" The line opens on the status (a name, then "is a non-profit … organization") and
# says further on that gifts are tax deductible, going on or not. A story's line about a nonprofit tells what it did
# ("… is a nonprofit organization. It raised $40,000 …") with no word of deductible gifts, or reports the appeal ("…,
# the treasurer said"), and stays.
_BODY_STATUS = re.compile(
    r"^(?-i:[A-Z])[\w&.'’-]*( (of|the|and|for|&|(?-i:[A-Z])[\w&.,'’-]*)){0,8} is an? (registered )?"
    r"((non-?profit|not[- ]for[- ]profit|charitable|all[- ]volunteer|volunteer|tax[- ]exempt|community),? ){1,3}"
    r"(organi[sz]ation|corporation|charity|group)\.$",
    re.IGNORECASE,
)
_GIFTS_DEDUCTIBLE = re.compile(
    r"^(all |your )?(donations|contributions|gifts)( to [^.;]{1,60})? are (fully |100% )?tax[- ]deductible\b",
    re.IGNORECASE,
)
_GIFT_APPEAL_MAX = 70


def _gift_appeal(s: str, n: int) -> bool:
    if n > _GIFT_APPEAL_MAX or _in_someones_words(s):
        return False
    sentences = _STATUS_SENTENCES.split(s.strip())
    return (
        len(sentences) >= 2
        and bool(_BODY_STATUS.match(sentences[0]))
        and any(_GIFTS_DEDUCTIBLE.match(x) for x in sentences[1:])
    )


# A mailing list's archive page around the message it shows: the count of its thread ("Messages in this topic (3)") and
# the group's "Recent Activity: 4 New Members · 2 New Files · 1 New Photo", counts and the things counted
# (``GROUP_ITEMS``) and nothing else; "Recent activity on the river has been light" counts nothing.
_GROUP_COUNTS = re.compile(
    r"^((messages|posts|replies) in this (topic|thread)\s*\(\d+\)|"
    rf"recent activity\s*:?(\s*[·•|,]?\s*\d+ new ({GROUP_ITEMS}))+)\s*$",
    re.IGNORECASE,
)
_GROUP_COUNTS_WORDS = 20


def _group_counts(s: str, n: int) -> bool:
    return n <= _GROUP_COUNTS_WORDS and bool(_GROUP_COUNTS.match(s))


# An old site's hit counter under its greeting: "Welcome visitor number 004817", "Welcome, guest #12,408!" (a greeting
# and the count in digits, at most when it counts from after it; "Welcome, visitors, to the fair" counts nothing).
_WELCOME_COUNTER = re.compile(
    r"^welcome,? (visitor|guest|reader) (number|no\.?|#)\s*:?\s*\d[\d,.]*(\s+since\b[^.!?]{0,40})?\s*[.!]?$",
    re.IGNORECASE,
)
_WELCOME_COUNTER_WORDS = 12
# A site's keeper credit: "This site is maintained by <Name>. Please email the webmaster with any comments or
# corrections." (the site or page itself, "maintained by", then at most a call to write to its keeper; "The trail is
# maintained by volunteers" and "This bridge is maintained by the county" name no site).
_SITE_KEEPER = re.compile(
    rf"^this ({SITE_SELF_NAMES}) is (maintained|kept|updated|managed|run) by [^.!?]{{1,60}}[.!]"
    rf"(\s+(please )?(e-?mail|contact|write to|send)\b[^.!?]{{0,80}}[.!]?)?$",
    re.IGNORECASE,
)
_SITE_KEEPER_WORDS = 35
# A shop's button under a post: "Shop the <Glaze> collection", "Shop our spring range" (the call alone, a few words,
# closing on the collection; "Shop the collection of a lifetime at the fair, organisers say." goes on).
_SHOP_BUTTON = re.compile(rf"^shop (the|our|this) ([^.!?]{{1,40}} )?({SHOP_RANGES})\W*$", re.IGNORECASE)
_SHOP_BUTTON_WORDS = 8
# A message's buttons in a group's archive, the line nothing but two or more of them, one a reply: "Reply all Reply to
# author Forward" under every message (and once more under the thread). A story's line about replying goes on in words
# of its own ("Reply all, she wrote, and the whole school saw it."), and one button alone stays.
_MESSAGE_BUTTONS = re.compile(
    rf"^(({MESSAGE_BUTTONS})(\s*[|•·]\s*|\s+)){{1,5}}({MESSAGE_BUTTONS})\W*$", re.IGNORECASE
)
_MESSAGE_BUTTON_WORDS = 12


def _message_buttons(s: str, n: int) -> bool:
    return n <= _MESSAGE_BUTTON_WORDS and bool(_MESSAGE_BUTTONS.match(s)) and "reply" in s.lower()


def _old_site_line(s: str, n: int) -> bool:
    return (n <= _WELCOME_COUNTER_WORDS and bool(_WELCOME_COUNTER.match(s))) or (
        n <= _SITE_KEEPER_WORDS and bool(_SITE_KEEPER.match(s))
    )


# A station's or a paper's call for its readers' pictures of what it covers, in its own voice: "Report an outage or send
# us your storm photos at <Site>.com/uploads.", "Share your photos with us", "Submit your videos to us here." The
# pictures go to "us" (``READER_MEDIA``); "Send your photos to the county by May 1" asks nothing for the site, and a
# line that reports or quotes someone is the story's.
_READER_MEDIA_CALL = re.compile(
    rf"(^|[.!?]\s+|\bor |\band )(please )?((send|e-?mail|share|submit|upload|show) us your( [\w'’-]+){{0,2}} "
    rf"({READER_MEDIA})\b|(send|share|submit|upload|e-?mail) your( [\w'’-]+){{0,2}} ({READER_MEDIA}) (with|to) us\b)",
    re.IGNORECASE,
)
_READER_MEDIA_CALL_WORDS = 30


def _reader_media_call(s: str, n: int) -> bool:
    return n <= _READER_MEDIA_CALL_WORDS and bool(_READER_MEDIA_CALL.search(s)) and not _in_someones_words(s)


# A membership box's pitch, telling the reader what their membership or gift pays for and gets them: "Members make
# discoveries like this possible. Your membership supports sonar surveys, volunteer dive training and the conservation
# lab — and gets you in free all year." ("your" membership, gift or donation doing the work; "Her membership supports
# the club's youth teams" names someone else's, and a line that reports or quotes someone is the story's.)
_YOUR_MEMBERSHIP = re.compile(
    r"(^|[.!?]\s+)your (annual |monthly |yearly )?(membership|gift|donation|contribution|support|subscription) "
    r"(supports|funds|pays for|helps (fund|pay for|support|keep)|makes [^.!?]{1,40} possible|keeps)\b",
    re.IGNORECASE,
)
_YOUR_MEMBERSHIP_WORDS = 45


def _membership_box_pitch(s: str, n: int) -> bool:
    return n <= _YOUR_MEMBERSHIP_WORDS and bool(_YOUR_MEMBERSHIP.search(s)) and not _in_someones_words(s)


# A discussion group's notice of what the reader may not do there, under its messages: "You do not have permission to
# delete messages in this group", "Either email addresses are anonymous for this group or you need the view member email
# addresses permission to view the original message" (the reader, a permission and the group's own parts,
# ``page_lexicon.GROUP_PARTS``; "You do not have permission to fly drones over the park" names none of them).
_GROUP_PERMISSION = re.compile(
    r"^(either [^.!?]{1,80} or )?you (do not have|don['’]t have|need|lack|must have)( the)?( [\w'’-]+){0,5} "
    rf"permissions? to [a-z]+( [\w'’-]+){{0,3}}? ((in|to|from|of) )?(this|the) ({GROUP_PARTS})\b",
    re.IGNORECASE,
)
_GROUP_PERMISSION_WORDS = 40


def _group_permission(s: str, n: int) -> bool:
    return n <= _GROUP_PERMISSION_WORDS and bool(_GROUP_PERMISSION.match(s))


PAGE_RULES: tuple[Rule, ...] = (
    ("site furniture", lambda s, _n: is_furniture(s)),
    ("metadata line", _meta_line),
    ("comments button", _comments_button),
    ("date on its own", _date_only),
    ("broadcast note", _broadcast_note),
    ("metadata bar", _meta_bar),
    ("paper's issue stamp", _issue_stamp),
    ("postal address", _postal_footer),
    ("call to action", _call_to_action),
    ("appeal for support", _support_appeal),
    ("photo caption", _caption),
    ("separator", _separator),
    ("small print", _small_print),
    ("press-release label", _release_label),
    ("contact e-mail", _contact_email),
    ("newswire trailer", _wire_trailer),
    ("reading time", _reading_time),
    ("cookie notice", _cookie_notice),
    ("consent layer's button", _consent_button),
    ("embed's consent placeholder", _embed_consent),
    ("advertisement marker", _ad_marker),
    ("promotion label", _promo_label),
    ("photo credit", _photo_credit),
    ("paper's own photo credit", _paper_credit),
    ("source credit", _source_credit),
    ("paper reference", _reference),
    ("sponsor read", _sponsor_read),
    ("site credit", _site_credit),
    ("market ticker", _market_ticker),
    ("news ticker", _news_ticker),
    ("team line-up", _line_up),
    ("site's address", _site_address),
    ("e-mail trailer", _email_trailer),
    ("paywall offer", _price_offer),
    ("widget line", _widget_line),
    ("newsletter's question on its issue", _issue_feedback),
    ("betting notice", _betting_notice),
    ("author's page link", _author_link),
    ("jump line", _jump_line),
    ("press officer's title", _press_officer),
    ("partnership note", _partner_note),
    ("newsletter sign-off", _sign_off),
    ("call to get the news on a platform", _news_on_platform),
    ("print view's source line", _print_view_line),
    ("pointer to a recording", _media_pointer),
    ("paid tier's note", _paid_tier_note),
    ("terms of a picture's use", _image_terms),
    ("sponsor's credit", _sponsor_credit),
    ("pointer to the story in another language", _other_language),
    ("series label", _series_part),
    ("authorisation line", _authorisation),
    ("agency sign-off", _sign_off_initials),
    ("sponsor's note on coverage", _coverage_sponsor),
    (
        "paywall's access offer",
        lambda s, n: n <= 30 and bool(_ACCESS_OFFER.match(s)) and not REPORTED.search(s),
    ),
    ("membership pitch", _join_pitch),
    ("club's standing invitation", _club_invitation),
    ("accessible formats note", _accessible_formats),
    ("appeal to readers who value the news", _value_appeal),
    ("social embed's fixed line", _embed_line),
    ("podcast plug", _podcast_plug),
    ("reprint notice", _reprint_notice),
    ("republishing partner's note", _republished_here),
    ("funder's credit for the journalism", _journalism_funded),
    ("plug for the outlet's broadcast", _hear_more),
    ("copyright line", _copyright_line),
    ("sign-up call for our stories", _sign_up_ours),
    ("sponsor's discount for readers", _readers_discount),
    ("call to reach the studio", _studio_call),
    ("call for a letter in reply", _letters_call),
    ("donation box's pitch", _donation_pitch),
    ("charity's wish list pitch", _wish_list_pitch),
    ("figure's title", _figure_title),
    ("note on the post's series", _series_note),
    ("how to cite the post", _how_to_cite),
    ("lead picture's caption", _lead_caption),
    ("referral counter", _referral_count),
    ("print tool's tip", _print_tip),
    ("page's address under its label", _address_line),
    ("crew credit", _crew_credit),
    ("pointer to the report's clip", _report_pointer),
    ("live page's refresh note", _refresh_note),
    ("profile box's line", _profile_line),
    ("letters policy", _letters_policy),
    ("free-to-read donation pitch", _free_to_read_pitch),
    ("call to like our page", _like_our_page),
    ("date stamp with the editor's credit", _stamped_credit),
    ("posting stamp with its poster", _posting_stamp),
    ("sponsored section's hanging label", _hanging_sponsor),
    ("print or e-mail tool", _page_tool),
    ("site footer's bar", _footer_bar),
    ("photo desk's sales line", _photo_sales),
    ("download offer", _download_offer),
    ("weather box's reading", _weather_reading),
    ("browser's script note", _script_note),
    ("pointer to the editorial standards", _standards_pointer),
    ("note on the editorial review", _review_note),
    ("masthead's motto", _masthead_motto),
    ("reader's comment under its signature", _reader_comment),
    ("fixture list's line", _fixture),
    ("match facts' line", _match_fact),
    ("cricket scorecard's line", _scorecard_line),
    ("classified ad", _classified_ad),
    ("price list", _price_list),
    ("another story's headline under its label", _labelled_headline),
    ("site's notice of a part under construction", _site_notice),
    ("call to pass the issue on", _referral_call),
    ("forum topic's summary line", _thread_summary),
    ("forum's clock", _forum_clock),
    ("post pager's two titles", _post_pager),
    ("copyright line with its owner's legal form", _owner_copyright),
    ("box score's scoring play", _scoring_play),
    ("profile's follower count", _follower_count),
    ("social post's audience line", _post_audience),
    ("trivia box's line", _trivia_line),
    ("opening hours", _hours_line),
    ("visit box's hours and admission", _visit_line),
    ("box score's notes", _box_score_notes),
    ("game listing with its broadcast", _game_listing),
    ("box score's coded notes", _box_score_codes),
    ("gallery's note to enlarge its pictures", _enlarge_note),
    ("recipe card's call to tag the outlet", _recipe_tag_call),
    ("web ring's bar", lambda s, n: n <= _RING_WORDS and bool(_RING_ARROWS.match(s))),
    ("web ring's member line", _ring_member),
    ("web ring's owner line", lambda s, n: n <= _RING_MEMBER_WORDS + 8 and bool(_RING_OWNER.match(s))),
    ("old site's greeting", lambda s, n: n <= _WEB_GREETING_WORDS and bool(_WEB_GREETING.match(s))),
    ("community's welcome over its posting rules", _posting_welcome),
    ("old site's counter greeting or keeper credit", _old_site_line),
    ("shop's button", lambda s, n: n <= _SHOP_BUTTON_WORDS and bool(_SHOP_BUTTON.match(s))),
    ("group archive's message buttons", _message_buttons),
    ("group's notice of the reader's permissions", _group_permission),
    ("investment products' disclosure", _product_disclosure),
    ("signed-in reader's bar", _session_bar),
    ("table's date stamp", _figures_as_of),
    ("market page's delay note", _delayed_figures),
    ("web ring's buttons", _ring_bar),
    ("sponsor's line with its bank's tag", _bank_sponsor),
    ("post's hashtags", lambda s, _n: bool(_HASHTAG_LINE.match(s))),
    ("equal opportunity statement", _equal_opportunity),
    ("nondiscrimination notice", _non_discrimination),
    ("body's tax status", _tax_status),
    ("body's appeal for gifts", _gift_appeal),
    ("list archive's counts", _group_counts),
    ("call for the readers' pictures", _reader_media_call),
    ("membership box's pitch", _membership_box_pitch),
    ("outlet's note on its own newsroom", _outlet_record),
)


# A table row of one cell ("| Chip in to keep the Bulletin free |": an e-mail's or an old site's layout
# table read as data) is judged by its text, and so is a row of one filled cell, the others empty ("| Messages in this
# topic (3) | | |": a label spanning a list's columns; "| | | Thursday, June 17, 1999 Vol. 91, No. 24 50 cents |": a
# masthead's last cell, the cells before it left with a picture alone).
_ONE_CELL = re.compile(r"(?:\|\s*)*\|\s*((?:[^|\\]|\\.)*?)\s*\|(\s*\|)*")


@functools.lru_cache(maxsize=4096)
def furniture_rule(line: str) -> str | None:
    """The name of the first rule that makes this extracted line page furniture, or None. Remembered per line: a page
    is read in two or three extraction modes whose lines are mostly the same, and the sentence and pitch checks ask of a
    line again (a pure function of the line: the rules read nothing else)."""
    s = line.strip()
    cell = _ONE_CELL.fullmatch(s)
    if cell:
        s = cell.group(1).replace("\\|", "|")
    if not s:
        return "empty"
    name = _first_rule(s, word_count(s))
    if name is None and not s.startswith("|"):
        # A bar of page lines set apart by middots or bars, each of them furniture by a rule of its own: "Leer en
        # español: Actualización de marzo · Share this update: example.org/march" (a line with one part that no rule
        # removes stays whole).
        parts = [p.strip() for p in _PARTS_MARK.split(s)]
        if len(parts) >= 2 and all(parts) and all(_part_rule(p) for p in parts):
            return "bar of furniture"
    if name is None and s.startswith("|") and _row_with_page_tools(s):
        return "row with the page's tools"
    return name


_ROW_CELL_WORDS = (
    20  # words in each other cell of a row with the page's tools: a byline and its stamp, a label
)
# A bar between a layout table's cells, not one a cell's own text writes ("\|"); ``page_lines`` reads cells by it too.
CELL_BAR = re.compile(r"(?<!\\)\|")


def _row_with_page_tools(row: str) -> bool:
    """A layout table's row of two cells or more, one of them the page's print or e-mail tools and the others short,
    with no sentence: "| By LAURA MÉNDEZ Global Wire Service Posted: 04/12/2024 10:41:22 AM EDT | Print this story
    E-mail to a friend |" (the story's head, above its text)."""
    cells = [c.strip() for c in CELL_BAR.split(row.strip().strip("|")) if c.strip()]
    if len(cells) < 2:
        return False
    tools = [c for c in cells if _page_tool(c, word_count(c))]
    return bool(tools) and all(
        c in tools
        or (word_count(c) <= _ROW_CELL_WORDS and not re.search(r"[.!?”\"]$", c) and not REPORTED.search(c))
        for c in cells
    )


_PARTS_MARK = re.compile(r"\s[·•|]\s")


def _first_rule(s: str, n: int) -> str | None:
    """The name of the first of ``PAGE_RULES`` that holds for the text ``s`` of ``n`` words, or None."""
    return next((name for name, holds in PAGE_RULES if holds(s, n)), None)


def _part_rule(part: str) -> str | None:
    """``_first_rule`` for a part of a bar; a part without words is no furniture of its own."""
    n = word_count(part)
    return _first_rule(part, n) if n else None


def is_page_furniture(line: str) -> bool:
    """Whether one extracted line is page furniture rather than article text (general rules)."""
    return furniture_rule(line) is not None
