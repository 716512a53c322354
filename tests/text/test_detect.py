"""The message rule: when is a Slack message a pasted article?"""

from bot.text.detect import count_sentences, looks_like_article, plain_text


def test_seed_article_is_an_article(seed_text):
    verdict = looks_like_article(seed_text)
    assert verdict.is_article, verdict.reason
    assert verdict.words >= 300 and verdict.sentences >= 10


def test_short_chat_is_not():
    verdict = looks_like_article("Lunch at one? The canteen has soup. Bring a friend.")
    assert not verdict.is_article and "too short" in verdict.reason


def test_thresholds_are_configurable():
    text = "The minister spoke on Monday. She said the plan works. Critics disagree with her."
    assert not looks_like_article(text).is_article
    assert looks_like_article(text, min_words=10, min_sentences=3).is_article
    assert not looks_like_article(text, min_words=10, min_sentences=4).is_article


def test_long_text_without_sentences_is_not_prose():
    words = " ".join(["word"] * 200)
    assert not looks_like_article(words).is_article


def test_a_log_or_list_is_not_prose():
    log = "\n".join(f"- item {i}: the server restarted and the job failed again." for i in range(20))
    verdict = looks_like_article(log)
    assert not verdict.is_article and "prose" in verdict.reason


def test_code_and_numbers_are_not_prose():
    blob = " ".join(f"{i}.{i * 7} = {i * 13}; x{i} == 0x{i:04x}." for i in range(200))
    assert not looks_like_article(blob).is_article


def test_markup_does_not_count_as_words():
    text = "<https://example.org/a/very/long/path|label> <@U123> :smile: ```code here```"
    assert plain_text(text).split() == []


def test_count_sentences_ignores_fragments():
    assert count_sentences("Yes. No. The minister resigned on Friday. Voters were surprised by it.") == 2
