"""The order in which the passes build an article's actor table (``PASSES``), and ``build_actors``.

Each pass is a small function of the build state ``Build`` (``build.py``), kept in the module of its
concern: ``furniture`` (credits, captions, lists), ``relabel`` (a mention's kind from evidence),
``untagged`` (people the model missed), ``merge`` (mentions to actors), ``gender_hints`` (for the
pronoun resolver). To add a rule, write a function ``def my_rule(b: Build) -> None`` with a one-line
docstring saying why in the module of its concern, put it at the right place in ``PASSES`` and give
it a unit test on sentences written for it.
"""

from __future__ import annotations

from bot.nlp.actors.build import Build
from bot.nlp.actors.furniture import drop_caption_names, drop_credits, drop_reference_names, people_in_lists
from bot.nlp.actors.gender_hints import (
    guess_gender_from_given_name,
    guess_gender_from_kin,
    vote_gender_from_pronouns,
)
from bot.nlp.actors.merge import (
    assign_mentions,
    count_untagged_full_names,
    count_untagged_repeats,
    find_places,
    link_full_names,
    merge_firms_read_as_people,
    merge_groups_named_as_orgs,
    merge_org_acronyms,
    merge_org_short_names,
    merge_org_tails,
    merge_plural_names,
    name_clubs_in_full,
    prefer_unshouted_names,
)
from bot.nlp.actors.names import find_mentions
from bot.nlp.actors.relabel import (
    drop_names_at_birth,
    drop_non_name_words,
    drop_quoted_titles,
    drop_racehorses,
    drop_titles_before_names,
    join_bodies_named_for,
    join_bodies_named_with_ampersand,
    join_departments_named_with_and,
    join_given_names_to_people,
    join_shops_named_with_possessives,
    join_untagged_given_names,
    name_birth_names_as_subjects,
    name_children_by_surname,
    name_couples_by_shared_surname,
    name_couples_children,
    name_family_terms,
    name_relatives_by_pronoun,
    name_siblings_by_family,
    relabel_aged_names,
    relabel_bracketed_short_forms,
    relabel_by_context,
    relabel_families_read_as_bodies,
    relabel_firms_named_short,
    relabel_given_name_entities,
    relabel_honorific_names,
    relabel_kin_and_family,
    relabel_names_after_occupations,
    relabel_names_apposed_to_roles,
    relabel_org_heads,
    relabel_org_short_forms,
    relabel_parties_before_members,
    relabel_places_by_evidence,
    relabel_places_by_preposition,
    relabel_places_in_a_series,
    relabel_places_on_routes,
    relabel_possessed_speakers,
    relabel_seats_after_members,
    relabel_teams_before_roles,
    relabel_titled_organisations,
    relabel_titled_people,
    relabel_who_speakers,
    split_person_pairs,
    split_place_pairs,
    trim_leading_epithets,
    trim_leading_places,
)
from bot.nlp.actors.table import ActorTable
from bot.nlp.actors.untagged import (
    add_initialled_people,
    add_lone_given_names,
    add_nicknamed_names,
    add_pseudonyms,
    add_titled_surnames,
    add_untagged_full_names,
    add_untagged_longer_names,
    add_untagged_people,
    join_abbreviated_given_names,
    join_given_names_before_initials,
    join_surnames_after_untagged_names,
    people_in_series,
)

PASSES = (
    drop_credits,
    drop_caption_names,
    drop_reference_names,
    people_in_lists,
    join_bodies_named_for,
    join_departments_named_with_and,
    join_bodies_named_with_ampersand,
    join_shops_named_with_possessives,
    relabel_places_by_evidence,
    relabel_places_by_preposition,
    relabel_places_on_routes,
    relabel_places_in_a_series,
    split_person_pairs,
    split_place_pairs,
    trim_leading_places,
    trim_leading_epithets,
    relabel_org_heads,
    relabel_firms_named_short,
    relabel_bracketed_short_forms,
    relabel_titled_organisations,
    relabel_titled_people,
    relabel_honorific_names,
    relabel_org_short_forms,
    drop_non_name_words,
    drop_quoted_titles,
    add_untagged_full_names,
    add_untagged_longer_names,
    relabel_given_name_entities,
    join_given_names_to_people,
    join_untagged_given_names,
    relabel_aged_names,
    relabel_who_speakers,
    relabel_names_after_occupations,
    relabel_possessed_speakers,
    relabel_names_apposed_to_roles,
    add_untagged_people,
    join_surnames_after_untagged_names,
    join_abbreviated_given_names,
    add_lone_given_names,
    add_initialled_people,
    drop_titles_before_names,
    add_titled_surnames,
    join_given_names_before_initials,
    people_in_series,
    add_nicknamed_names,
    add_pseudonyms,
    relabel_kin_and_family,
    relabel_families_read_as_bodies,
    name_family_terms,
    name_siblings_by_family,
    name_couples_by_shared_surname,
    name_couples_children,
    name_children_by_surname,
    name_relatives_by_pronoun,
    drop_racehorses,
    drop_names_at_birth,
    name_birth_names_as_subjects,
    relabel_parties_before_members,
    relabel_seats_after_members,
    relabel_teams_before_roles,
    relabel_by_context,
    merge_plural_names,
    link_full_names,
    find_places,
    assign_mentions,
    merge_org_acronyms,
    merge_org_tails,
    merge_org_short_names,
    merge_groups_named_as_orgs,
    merge_firms_read_as_people,
    name_clubs_in_full,
    count_untagged_full_names,
    count_untagged_repeats,
    guess_gender_from_kin,
    guess_gender_from_given_name,
    prefer_unshouted_names,
    vote_gender_from_pronouns,
)


def build_actors(doc, text: str | None = None) -> ActorTable:
    """Build the article's actor table from ``doc.ents`` by running ``PASSES`` in order (``text`` is
    ``doc.text`` when the caller has it)."""
    b = Build(doc=doc, mentions=find_mentions(doc))
    if text is not None:
        b.text = text  # the cached ``Build.text``, given instead of joined again from the tokens
    for step in PASSES:
        step(b)
    return b.table
