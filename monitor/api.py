"""``GET /api/v1/monitor/contributions``: the public contribution monitor."""

from ninja import Query, Router
from ninja.decorators import decorate_view

from cms.api.http import answers, api_endpoint
from cms.api.languages import fallback_chain, requested_language
from cms.api.rendering import json_response

from .facts import story_facts
from .labels import labels, not_stated_label
from .links import stories_url
from .rollup import GroupTotals, Totals, rollup, totals
from .schemas import ContributionMonitor, MonitorQuery

router = Router(tags=["monitor"])


@router.get(
    "/monitor/contributions",
    response=answers(ContributionMonitor),
    summary="Contributions by region, sector, kind, country or year",
)
@decorate_view(api_endpoint(MonitorQuery))
def contributions(request, query: Query[MonitorQuery]):
    """Totals of the published success stories the story list would show with the same
    filters: stories, winners among them, beneficiaries, amounts per currency and their
    som equivalent at the rate each story records. Drafts never count.
    """
    language = requested_language(request)
    chain = fallback_chain(language)
    facts = story_facts(query, chain)
    groups = rollup(facts, query.group_by)
    names = labels(query.group_by, groups, chain)
    missing = not_stated_label(query.group_by, language)

    def group_out(group: GroupTotals, parent: str | None = None) -> dict:
        key = f"{parent}/{group.key}" if parent else group.key
        item = {
            "key": group.key,
            "label": names.get(key, group.key) if key is not None else missing,
            **figure_out(group.totals, query.group_by, key),
            "districts": None
            if group.districts is None
            else [group_out(district, group.key) for district in group.districts],
        }
        return item

    def figure_out(figures: Totals, group_by: str | None, key: str | None) -> dict:
        return {
            "stories": figures.stories,
            "winner_stories": figures.winner_stories,
            "beneficiaries": figures.beneficiaries,
            "stories_with_beneficiaries": figures.stories_with_beneficiaries,
            "amounts": [vars(line) for line in figures.amounts],
            "kgs_equivalent": figures.kgs_equivalent,
            "amounts_without_rate": figures.amounts_without_rate,
            "story_ids": figures.story_ids,
            "stories_url": stories_url(query, language, group_by, key),
        }

    # Built to ContributionMonitor (tests hold it to the schema), so it is sent as it is.
    return json_response(
        {
            "group_by": query.group_by,
            "locale": language,
            "totals": figure_out(totals(facts), None, None),
            "groups": [group_out(group) for group in groups],
        }
    )
