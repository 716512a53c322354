"""The model's attribute ruler, matched by table look-ups instead of spaCy's ``Matcher``.

The English pipelines' ``attribute_ruler`` maps each token's tag (and a few words and dependencies) to
its part of speech, morphology and some lemmas with ~180 one- or two-token patterns. spaCy runs them
through its general ``Matcher``, which costs about an eighth of the whole parse. Every pattern there is
a fixed run of tokens tested on a few attributes for equality, ``IN``, ``NOT_IN`` or ``REGEX``, so which
patterns a token passes depends only on those attribute values: computed once per distinct set of
values, then looked up. The matches are the same list the ``Matcher`` gives (same order, same
de-duplication), and spaCy's own ``set_annotations`` applies them, so the parse is unchanged to the
last attribute; ``tests/nlp/test_attribute_rules.py`` compares the two on every token.

A ruler with any pattern outside that shape (an ``OP``, another predicate, an attribute not listed
below) is left to the ``Matcher``; so is one given patterns after the look-up was installed.
"""

from __future__ import annotations

import re
from typing import Any

# Attributes a pattern may test here: read from ``Doc.to_array``, as the Matcher reads them.
_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG", "POS": "POS"}
_ATTRS |= {"DEP": "DEP", "IS_SPACE": "IS_SPACE"}
_FLAGS = {"IS_SPACE"}
_WORDS = {"ORTH", "LOWER", "NORM"}
_MEMO_LIMIT = 200_000  # distinct token shapes remembered (a long-running bot sees ever more words)


class _Unsupported(Exception):
    pass


def _test(attr: str, spec: Any, string_id, strings) -> tuple[Any, frozenset | None, set, list]:
    """A function of the attribute's value (its hash, or 0/1 for a flag) that says whether it passes;
    the values that can pass when they are a known few (an equality or an ``IN``), else None; every
    value the test names; its regular expressions. Two values the test names neither of, and that none of
    its expressions finds anything in, pass or fail it alike."""
    if attr in _FLAGS:
        if not isinstance(spec, bool):
            raise _Unsupported(attr)
        want = int(spec)
        return (lambda value: value == want), frozenset([want]), {want}, []
    if isinstance(spec, str):
        want = string_id(spec)
        return (lambda value: value == want), frozenset([want]), {want}, []
    if not isinstance(spec, dict) or not spec:
        raise _Unsupported(attr)
    tests, only, named, regexes = [], None, set(), []
    for op, arg in spec.items():
        if op in ("IN", "NOT_IN"):
            if not isinstance(arg, list | tuple) or not all(isinstance(v, str) for v in arg):
                raise _Unsupported(op)
            values = frozenset(string_id(v) for v in arg)
            named |= values
            if op == "IN":
                tests.append(lambda v, s=values: v in s)
                only = values if only is None else only & values
            else:
                tests.append(lambda v, s=values: v not in s)
        elif op == "REGEX":
            if not isinstance(arg, str):
                raise _Unsupported(op)
            pattern = re.compile(arg)
            regexes.append(pattern)
            tests.append(lambda v, p=pattern: bool(p.search(strings[v])))
        else:
            raise _Unsupported(op)
    return (lambda value: all(t(value) for t in tests)), only, named, regexes


class FastAttributeMatch:
    """``AttributeRuler.match`` for a ruler whose patterns are all fixed runs of simple token tests."""

    def __init__(self, ruler):
        from spacy.strings import get_string_id

        self.ruler = ruler
        self.original = ruler.match
        self.count = len(ruler.attrs)
        strings = ruler.vocab.strings
        # (attr_id, match key, length, [per token: [(column, test)]]) for every pattern, in the ruler's order
        self.patterns: list[tuple[int, int, int, list[list[tuple[int, Any]]]]] = []
        columns: dict[str, int] = {}
        index: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (column, value) -> steps that may pass
        unindexed: list[tuple[int, int]] = []  # (pattern no, position) tried on every token
        self._named: dict[int, set[int]] = {}  # column -> every value a test names
        self._regexes: dict[int, list[re.Pattern]] = {}  # column -> the expressions tested on it
        for attr_id in range(self.count):
            key = str(attr_id)
            _, token_patterns = ruler.matcher.get(key)
            for pattern in token_patterns:
                if not pattern:
                    raise _Unsupported("empty pattern")
                tokens = []
                for spec in pattern:
                    if not isinstance(spec, dict):
                        raise _Unsupported("token spec")
                    tests, anchors = [], []
                    for name, value in spec.items():
                        attr = _ATTRS.get(name.upper()) if isinstance(name, str) else None
                        if attr is None:
                            raise _Unsupported(name)
                        column = columns.setdefault(attr, len(columns))
                        test, only, named, regexes = _test(attr, value, get_string_id, strings)
                        tests.append((column, test))
                        self._named.setdefault(column, set()).update(named)
                        self._regexes.setdefault(column, []).extend(regexes)
                        if only is not None:  # a word is a narrower key than a tag: tried first
                            anchors.append((len(only), attr not in _WORDS, column, only))
                    step = (len(self.patterns), len(tokens))
                    if anchors:  # indexed under the fewest values it can pass with
                        _, _, column, only = min(anchors, key=lambda a: a[:2])
                        for value in only:
                            index.setdefault((column, value), []).append(step)
                    else:
                        unindexed.append(step)
                    tokens.append(tests)
                self.patterns.append((attr_id, strings.add(key), len(tokens), tokens))
        self.columns = list(columns)
        self._index = index
        self._unindexed = unindexed
        self._words = [columns[a] for a in columns if a in _WORDS]
        self._strings = strings
        self._passes: dict[tuple, tuple] = {}  # token attribute values -> what ``_passed`` says of them
        self._by_shape: dict[tuple, tuple] = {}  # the same, words no test tells apart folded into one

    def _shape(self, values: tuple) -> tuple:
        """``values`` with each word that no test names or finds anything in replaced by -1 (no hash):
        the patterns it passes are the same (see ``_test``), so most new words cost one look-up."""
        shape = list(values)
        for column in self._words:
            value = values[column]
            if value in self._named[column]:
                continue
            if self._regexes[column]:
                text = self._strings[value]
                if any(r.search(text) for r in self._regexes[column]):
                    continue
            shape[column] = -1
        return tuple(shape)

    def _passed(self, values: tuple) -> tuple[list[tuple[int, int]], list[int], set[tuple[int, int]]]:
        """(attr id, key) of the one-token patterns these values pass, the longer patterns whose first
        token they pass, and every (pattern no, position) they pass."""
        steps = list(self._unindexed)
        for column, value in enumerate(values):
            steps.extend(self._index.get((column, value), ()))
        singles, firsts, passed = [], [], set()
        for number, position in sorted(set(steps)):
            tests = self.patterns[number][3][position]
            if all(test(values[column]) for column, test in tests):
                passed.add((number, position))
                if position == 0:
                    attr_id, key, length, _ = self.patterns[number]
                    (singles if length == 1 else firsts).append((attr_id, key) if length == 1 else number)
        return singles, firsts, passed

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.count:  # patterns added since: the Matcher knows them
            return self.original(doc)
        if not len(doc):
            return []
        array = doc.to_array(self.columns)
        rows = (
            zip(*array.T.tolist(), strict=True) if array.ndim == 2 else ((value,) for value in array.tolist())
        )
        memo, entries, found = self._passes, [], []
        for start, values in enumerate(rows):
            entry = memo.get(values)
            if entry is None:
                if len(memo) >= _MEMO_LIMIT:
                    memo.clear()
                    self._by_shape.clear()
                shape = self._shape(values)
                entry = self._by_shape.get(shape)
                if entry is None:
                    entry = self._by_shape[shape] = self._passed(values)
                memo[values] = entry
            entries.append(entry)
            for attr_id, key in entry[0]:
                found.append((attr_id, key, start, start + 1))
        n = len(entries)
        for start, entry in enumerate(entries):
            for number in entry[1]:
                attr_id, key, length, _ = self.patterns[number]
                end = start + length
                if end <= n and all((number, k) in entries[start + k][2] for k in range(1, length)):
                    found.append((attr_id, key, start, end))
        return sorted(set(found))


def install(nlp) -> bool:
    """Use table look-ups for the pipeline's attribute ruler when its patterns allow; True if so."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return False
    try:
        ruler.match = FastAttributeMatch(ruler)
    except _Unsupported:
        return False
    return True
