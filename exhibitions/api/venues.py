"""Venues as the API shows them, with their country in the served language."""

from stories.models import Country

from .lookups import best_of_stored


def venue_out(venue, countries: dict) -> dict:
    country = countries.get(venue.country_id)
    return {
        "id": venue.pk,
        "code": venue.code,
        "kind": venue.kind,
        "locale": venue.locale.language_code,
        "name": venue.name,
        "city": venue.city,
        "country": {"code": country.code, "name": country.name} if country else None,
        "address": venue.address,
        "latitude": float(venue.latitude) if venue.latitude is not None else None,
        "longitude": float(venue.longitude) if venue.longitude is not None else None,
        "email": venue.email,
        "phone": venue.phone,
        "website": venue.website,
    }


def venues_out(venues, chain) -> list[dict]:
    countries = best_of_stored(
        Country, [v.country_id for v in venues], chain, Country.objects.filter(live=True)
    )
    return [venue_out(venue, countries) for venue in venues]
