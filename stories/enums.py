from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceKind(models.TextChoices):
    CITY = "city", _("City of republican significance")
    REGION = "region", _("Region (oblast)")
    DISTRICT = "district", _("District")
    RURAL_DISTRICT = "rural_district", _("Rural district (aiyl aimak)")
    TOWN = "town", _("Town")
    VILLAGE = "village", _("Village")


class PersonRole(models.TextChoices):
    INVESTOR = "investor", _("Investor or donor")
    BENEFICIARY = "beneficiary", _("Beneficiary")
    OFFICIAL = "official", _("Official")
    ORGANISATION = "organisation", _("Organisation")


class ContributionKind(models.TextChoices):
    MONEY = "money", _("Money")
    SKILLS = "skills", _("Skills transfer")
    KNOWLEDGE = "knowledge", _("Knowledge")
    CHARITY = "charity", _("Charity")
    VOLUNTEERING = "volunteering", _("Volunteering")


class Currency(models.TextChoices):
    KGS = "KGS", _("Kyrgyz som (KGS)")
    USD = "USD", _("US dollar (USD)")
    EUR = "EUR", _("Euro (EUR)")
    RUB = "RUB", _("Russian rouble (RUB)")
    KZT = "KZT", _("Kazakh tenge (KZT)")
    TRY = "TRY", _("Turkish lira (TRY)")
    GBP = "GBP", _("Pound sterling (GBP)")
    CHF = "CHF", _("Swiss franc (CHF)")


class SustainableDevelopmentGoal(models.IntegerChoices):
    NO_POVERTY = 1, _("1 No poverty")
    ZERO_HUNGER = 2, _("2 Zero hunger")
    HEALTH = 3, _("3 Good health and well-being")
    EDUCATION = 4, _("4 Quality education")
    GENDER_EQUALITY = 5, _("5 Gender equality")
    WATER = 6, _("6 Clean water and sanitation")
    ENERGY = 7, _("7 Affordable and clean energy")
    DECENT_WORK = 8, _("8 Decent work and economic growth")
    INDUSTRY = 9, _("9 Industry, innovation and infrastructure")
    INEQUALITIES = 10, _("10 Reduced inequalities")
    CITIES = 11, _("11 Sustainable cities and communities")
    CONSUMPTION = 12, _("12 Responsible consumption and production")
    CLIMATE = 13, _("13 Climate action")
    LIFE_BELOW_WATER = 14, _("14 Life below water")
    LIFE_ON_LAND = 15, _("15 Life on land")
    PEACE = 16, _("16 Peace, justice and strong institutions")
    PARTNERSHIPS = 17, _("17 Partnerships for the goals")
