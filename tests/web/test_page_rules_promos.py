"""Line rules for promotions, credits and platform furniture (bot.web.page_rules): promotion labels,
photo credits, sponsor reads, site credits and forum statistics, a newsletter's e-mail trailer, price
offers, and the disclaimer and support-appeal forms added with them.

Every line here is written for the test; each rule has near misses that must stay article text.
"""

from __future__ import annotations

import pytest

from bot.web.page_rules import furniture_rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("WATCH: Harbour bridge closure explained in two minutes", "promotion label"),
        ("GALLERY: Drone pictures of the flooded car park", "promotion label"),
        ("PHOTOS: Scenes from the county fair", "promotion label"),
        ("Listen | The week in council politics", "promotion label"),
        ("In pictures: A century of the village carnival", "promotion label"),
        ("Photographs by Ines Varro for Northlight", "photo credit"),
        ("Photo by Sam Okoro /The Valley Echo", "photo credit"),
        ("Illustration by Tom Beck", "photo credit"),
        ("Courtesy of the Brennan family", "photo credit"),
        ("Volunteers stack sandbags on Mill Lane on Thursday. (Ines Varro/Valley Echo)", "photo credit"),
        ("Thanks to our sponsor, Fernhill Coffee. Use code FERN10 for 10% off.", "sponsor read"),
        ("This episode is brought to you by Larkspur Books.", "sponsor read"),
        ("Site designed by Oakmere Web Design", "site credit"),
        ("This page was last updated on 12/01/2024. Best viewed in Internet Explorer.", "site credit"),
        ("Users browsing this forum: 2 registered users and 9 guests", "site credit"),
        ("Who is online", "site credit"),
        ("Return to “Local Politics” Jump to", "site credit"),
        ("View this email in your browser", "e-mail trailer"),
        ("You are receiving this email because you opted in at our website.", "e-mail trailer"),
        ("You can update your preferences or unsubscribe from this list.", "e-mail trailer"),
        ("Keep reading for just $1", "paywall offer"),
        ("Only £2 a week for your first 3 months", "paywall offer"),
        ("Starting at $49.99", "paywall offer"),
        ("Limited time offer: $1 for 3 months", "paywall offer"),
        ("Save 40% on your first year", "paywall offer"),
        ("Already a subscriber? Sign in", "paywall offer"),
        ("Crowds wait outside the court on Monday. Photo: Ines Varro/AFP", "photo credit"),
        ("Picture: Supplied", "photo credit"),
        ("Proudly powered by WordPress", "site credit"),
        ("Theme by Lena Hart", "site credit"),
        ("Users online: 34", "site credit"),
        ("Transcripts are generated automatically and may contain errors.", "small print"),
        (
            "Disclaimer: The Wire is not responsible for the accuracy of releases posted by members.",
            "small print",
        ),
        ("This site is not responsible for the content of external sites.", "small print"),
        ("| Chip in to keep the Harbour Herald free |", "appeal for support"),
        ("You can unsubscribe at any time.", "e-mail trailer"),
        ("Chip in to keep the Harbour Herald free", "appeal for support"),
    ],
)
def test_promotions_credits_and_platform_lines_are_furniture(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        # a labelled sentence that ends like one is the article's own
        "UPDATE: The council has since said the road will reopen on Friday.",
        "Watch: the committee meets again on Tuesday to decide.",
        "More than 40 people attended the meeting on Tuesday",
        # credits inside narration, and a caption reporting someone's words
        "Photographs by local schoolchildren will hang in the library until June.",
        "The pictures by Ines Varro were shown at the town hall last spring, and drew a large crowd.",
        "Ana Ruiz says the shelter is full every night. (Sam Okoro/Valley Echo)",
        # a reported discount, a site mentioned in a report
        "Shoppers who used code SAVE20 got 20% off, the retailer said.",
        "The council's website was last updated in 2019, campaigners said.",
        "The forum has 300 registered users, most of them in the county, its founder said.",
        # prices in sentences
        "Tickets are only $10.",
        "The new bus fare is just £2 a week for pupils under 16, the council said.",
        "Prices start from €4.99 per person.",
        "The rent was $900 for six months",
        "Only $2 million for the first phase",
        "The plan: $1 for 3 months of rent relief.",
        "Save the date",
        "Already a member of the club, Jones joined the board in 2019.",
        "Powered by solar panels, the ferry crosses twice an hour.",
        "The number of users online doubled during the storm, the company said.",
        # near misses of the same rules in news copy
        "Quiz-show host dies at 90",
        "Related-party deals rise at the bank",
        "The pilot squawked with code 7700 as the plane turned back",
        "The website built by the council's contractor cost £2m",
        "The council's website was last updated in 2019",
        "The app now has 300 registered users across the county",
        "Customers who want to unsubscribe must call the office",
        "Readers can read the issue online from Friday",
        "The platform argues it is not responsible for the content its users post",
        "Captions are generated automatically by the video site for deaf viewers",
        "Members voted to keep The Crown Inn going",
        "Pictures by local pupils hang in the hall",
        "Tickets from $25",
        "| The council approved the budget on Tuesday. |",
        # an appeal in a report about funding
        "The foundation gave $2 million to keep the Harbour Clinic open, its director said.",
        "Residents who no longer want the paper can unsubscribe by calling the office, the council said.",
    ],
)
def test_article_lines_near_the_promotion_rules_are_kept(line):
    assert furniture_rule(line) is None
