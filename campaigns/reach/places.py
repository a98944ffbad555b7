"""Where an activity happened: a county of Romania, or a country abroad.

Counties are proper names, the same in every language. Countries come from CLDR through babel, so
their names follow the editor's language and no list is kept by hand.
"""

from babel import Locale
from django.utils import translation

#: ISO 3166-2:RO codes (without the "RO-" prefix) and names; Bucharest is a municipality.
COUNTIES = [
    ("AB", "Alba"),
    ("AR", "Arad"),
    ("AG", "Argeș"),
    ("BC", "Bacău"),
    ("BH", "Bihor"),
    ("BN", "Bistrița-Năsăud"),
    ("BT", "Botoșani"),
    ("BR", "Brăila"),
    ("BV", "Brașov"),
    ("B", "București"),
    ("BZ", "Buzău"),
    ("CL", "Călărași"),
    ("CS", "Caraș-Severin"),
    ("CJ", "Cluj"),
    ("CT", "Constanța"),
    ("CV", "Covasna"),
    ("DB", "Dâmbovița"),
    ("DJ", "Dolj"),
    ("GL", "Galați"),
    ("GR", "Giurgiu"),
    ("GJ", "Gorj"),
    ("HR", "Harghita"),
    ("HD", "Hunedoara"),
    ("IL", "Ialomița"),
    ("IS", "Iași"),
    ("IF", "Ilfov"),
    ("MM", "Maramureș"),
    ("MH", "Mehedinți"),
    ("MS", "Mureș"),
    ("NT", "Neamț"),
    ("OT", "Olt"),
    ("PH", "Prahova"),
    ("SJ", "Sălaj"),
    ("SM", "Satu Mare"),
    ("SB", "Sibiu"),
    ("SV", "Suceava"),
    ("TR", "Teleorman"),
    ("TM", "Timiș"),
    ("TL", "Tulcea"),
    ("VL", "Vâlcea"),
    ("VS", "Vaslui"),
    ("VN", "Vrancea"),
]
COUNTY_CODES = frozenset(code for code, _name in COUNTIES)


def _is_country(code):
    # CLDR territories also hold regions ("150" Europe) and pseudo-codes ("ZZ", "EU").
    return len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}


def country_choices():
    """ISO 3166 countries other than Romania, named and sorted in the active language."""
    language = (translation.get_language() or "ro").split("-")[0]
    try:
        locale = Locale.parse(language)
    except (ValueError, LookupError):
        locale = Locale("en")
    names = [
        (code, name)
        for code, name in locale.territories.items()
        if _is_country(code) and code != "RO"
    ]
    return sorted(names, key=lambda item: item[1].casefold())


def country_codes():
    return frozenset(code for code in Locale("en").territories if _is_country(code)) - {"RO"}
