"""The article its submitter pasted into a discussion page, read when the page gives nothing else.

A link aggregator's or a forum's discussion page (a submission's title and link, then the readers' posts) holds no
article of its own: trafilatura leaves the posts out as comments, and the page is "not an article". When the story
behind the link is paywalled, the one who submitted it often pastes its full text into a post of their own ("It's
paywalled, so here is the full text of the article: …"). That post is the article the discussion is about, and it is
read as the page's text (``submitted_text``) when, and only when, the page gives too little otherwise:

* the post is one of a run of look-alike posts (two or more text blocks of one tag and class, none inside another);
* its author is the page's submitter: the post's box (the largest one around its text, ``_POST_BOX_LEVELS`` up at
  most, that holds no other post of the run) holds, outside the text, a link naming the page's author (its ``<meta name="author">``, or the name trafilatura read), or the link to the same
  profile that the page shows above the first post's box (the submission's "by <handle>": the same address and the
  same one-word handle);
* it holds an article's length: ``_PASTE_PARAGRAPHS`` paragraphs and ``_PASTE_WORDS`` words at least.

Other readers' posts, however long, and the submitter's own shorter replies stay out: a reader's long post is an
opinion, not the page's article. A short opening paragraph closing on a colon is the poster's lead-in to the paste
("… so here is the full text of the article:") and goes, and so does a short closing paragraph wholly in brackets, the
poster's note on the paste ("(Posted the full text because the paywall blocks … Happy to remove if that's a problem.)").
"""

from __future__ import annotations

import re

__all__ = ["submitted_text"]

_PASTE_PARAGRAPHS = 5
_PASTE_WORDS = 250
_LEAD_IN_WORDS = 30
# The poster's closing note, a short paragraph wholly in brackets after the paste: "(Posted the full text because the
# paywall blocks most of Europe … Happy to remove if that's a problem, mods.)". Brackets opening and closing the
# paragraph and none inside: an aside of the poster's own set off from the story they pasted.
_ASIDE = re.compile(r"^\([^()]+\)$")
_CLOSING_ASIDE_WORDS = 40
_POST_BOX_LEVELS = 8  # boxes above a post's text searched for its author's link
_BLOCKS = frozenset(("p", "div", "blockquote", "pre", "ul", "ol", "h2", "h3", "h4", "h5", "h6"))
_WORD = re.compile(r"\w+")


def _squashed(name: str | None) -> str:
    """A handle or a name with its case, spaces and punctuation gone ("tvr_signaller", "Tvr Signaller")."""
    return re.sub(r"[\W_]+", "", name or "").lower()


def _paragraphs(body) -> list[str]:
    """The post's paragraphs: its own text up to each block child or line break, and each block child's text."""
    paragraphs, run = [], [body.text or ""]

    def close_run() -> None:
        text = " ".join("".join(run).split())
        if text:
            paragraphs.append(text)
        run.clear()

    for child in body:
        if not isinstance(child.tag, str):
            run.append(child.tail or "")
            continue
        if child.tag in _BLOCKS or child.tag == "br":
            close_run()
            if child.tag != "br":
                run.append(child.text_content())
                close_run()
        else:
            run.append(child.text_content())
        run.append(child.tail or "")
    close_run()
    return paragraphs


def _post_runs(tree) -> list[list]:
    """Every run of look-alike text blocks: two or more of one tag and class, none inside another, in page order."""
    groups: dict[tuple[str, str], list] = {}
    for el in tree.iter("div", "span", "td", "section", "article"):
        cls = " ".join((el.get("class") or "").split())
        if cls:
            groups.setdefault((el.tag, cls), []).append(el)
    return [members for members in groups.values() if len(members) >= 2 and not _nested(members)]


def _nested(members: list) -> bool:
    ids = {id(m) for m in members}
    return any(id(anc) in ids for m in members for anc in m.iterancestors())


def _post_box(body, run: set[int]):
    """The largest box above ``body`` (up to ``_POST_BOX_LEVELS``) holding no other post of its run."""
    box = body
    for parent in list(body.iterancestors())[:_POST_BOX_LEVELS]:
        if any(id(el) in run and el is not body for el in parent.iter()):
            break
        box = parent
    return box


def submitted_text(html: str, author: str | None = None) -> str:
    """The paragraphs of the submitter's pasted article (one a line), or "" when the page holds no such post.

    The page is parsed afresh: the tree that trafilatura read has lost boxes of readers' posts (``page_boxes``), and
    this is read only on a page that gave too little text.
    """
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ""
    authors = {
        _squashed(m.get("content"))
        for m in tree.iter("meta")
        if (m.get("name") or m.get("property") or "").lower() in ("author", "article:author")
    }
    authors.add(_squashed(author))
    authors.discard("")
    runs = _post_runs(tree)
    ids = {id(el) for run in runs for el in run}
    best: list[str] = []
    for run in runs:
        run_ids, profiles = {id(el) for el in run}, None
        for body in run:
            if any(id(el) in ids for el in body.iterdescendants()):
                continue  # a box around another run's post, not the post's text
            paragraphs = _paragraphs(body)
            if (
                paragraphs
                and paragraphs[0].endswith(":")
                and len(_WORD.findall(paragraphs[0])) <= _LEAD_IN_WORDS
            ):
                paragraphs = paragraphs[1:]  # the poster's lead-in
            if (
                paragraphs
                and _ASIDE.match(paragraphs[-1])
                and len(_WORD.findall(paragraphs[-1])) <= _CLOSING_ASIDE_WORDS
            ):
                paragraphs = paragraphs[:-1]  # the poster's closing note on the paste
            if len(paragraphs) < _PASTE_PARAGRAPHS or len(_WORD.findall(" ".join(paragraphs))) < _PASTE_WORDS:
                continue
            box = _post_box(body, run_ids)
            if box is body or len(paragraphs) <= len(best):
                continue
            if profiles is None:  # (read once a run has a post of an article's length)
                profiles = _links_above(tree, _post_box(run[0], run_ids))
            if _by_submitter(box, body, authors, profiles):
                best = paragraphs
    return "\n".join(best)


def _links_above(tree, first) -> set[tuple[str, str]]:
    """(address, words) of every link above the first post's box ``first`` whose words are one handle (no space)."""
    found = set()
    for el in tree.iter():
        if el is first:
            break
        if el.tag == "a":
            href, text = (el.get("href") or "").strip(), el.text_content().strip()
            if href and text and not re.search(r"\s", text):
                found.add((href, text))
    return found


def _by_submitter(box, body, authors: set[str], profiles: set[tuple[str, str]]) -> bool:
    """Whether the post's box, outside its text, holds a link naming the page's author, or the link to a profile that
    the page shows above its first post (the submission's "by <handle>": the same address and the same handle)."""
    for a in box.iter("a"):
        if body in a.iterancestors():
            continue
        text = a.text_content().strip()
        if text and (_squashed(text) in authors or ((a.get("href") or "").strip(), text) in profiles):
            return True
    return False
