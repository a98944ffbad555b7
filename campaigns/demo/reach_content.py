"""Demo reach data: the 2020 totals of ANITP's annual report, and the shape of the activities
that `reach_loader.py` spreads them over.

The totals are the report's own [003:1837-1943, 2138-2190]: "Dă-i libertate! Nu-i plăti
exploatarea!" (1,840 activities, about 100,000 direct beneficiaries, over 55,000 materials, part
of them through the consular posts), "Jobul perfect - iluzie cu sens unic" (259 posts, 4,901
likes, 5,293 shares, 26,010 interactions, 500,114 unique users), the Prevention Week of 12-18
October 2020 (242 activities, 9,086 beneficiaries) and the 15 possible cases reported through
TelVerde in 2020. The report gives only totals, so how they split over centres, counties,
venues and audiences is invented for the demo, as are the figures marked "demo figure" below.

Plain data with no Django import, like `materials_content.py`. Titles say what took place in
generic words and never name a school or a person: reach is recorded as counts only.
"""

# Which counties each regional centre works in. A demo approximation (the seeds give no map):
# every county belongs to exactly one centre and the centre's own county comes first.
CENTRE_COUNTIES = {
    "alba-iulia": ["AB", "HD", "SB"],
    "bacau": ["BC", "NT", "VN"],
    "brasov": ["BV", "CV", "HR"],
    "bucuresti": ["B", "IF", "GR", "IL"],
    "cluj-napoca": ["CJ", "BN", "SJ"],
    "constanta": ["CT", "TL", "CL"],
    "craiova": ["DJ", "GJ", "MH", "OT"],
    "galati": ["GL", "BR", "BZ"],
    "iasi": ["IS", "VS"],
    "oradea": ["BH", "SM", "MM"],
    "pitesti": ["AG", "VL", "TR"],
    "ploiesti": ["PH", "DB"],
    "suceava": ["SV", "BT"],
    "timisoara": ["TM", "AR", "CS"],
    "targu-mures": ["MS"],
}

# How much of the national work each centre carries (roughly its region's population).
CENTRE_WEIGHTS = {
    "alba-iulia": 0.9,
    "bacau": 1.0,
    "brasov": 0.9,
    "bucuresti": 1.6,
    "cluj-napoca": 1.1,
    "constanta": 1.0,
    "craiova": 1.1,
    "galati": 1.0,
    "iasi": 1.2,
    "oradea": 0.9,
    "pitesti": 0.9,
    "ploiesti": 1.0,
    "suceava": 0.9,
    "timisoara": 1.1,
    "targu-mures": 0.7,
}

# What took place, by venue type and setting ("any" when the setting does not change it).
TITLES = {
    ("school", "urban"): [
        "Sesiune de informare la liceu",
        "Lecție despre traficul de persoane la liceu",
        "Sesiune de informare la școala gimnazială",
    ],
    ("school", "rural"): [
        "Sesiune de informare la școala gimnazială",
        "Lecție de prevenire la școala din comună",
    ],
    ("university", "any"): [
        "Sesiune de informare pentru studenți",
        "Dezbatere cu studenții despre traficul de persoane",
    ],
    ("community", "urban"): [
        "Stand de informare în spațiu public",
        "Campanie stradală de informare",
        "Informare la târgul orașului",
    ],
    ("community", "rural"): [
        "Întâlnire cu comunitatea la căminul cultural",
        "Informare la târgul săptămânal",
        "Întâlnire cu cetățenii la primărie",
    ],
    ("community", "abroad"): [
        "Întâlnire cu comunitatea românească",
        "Informare la o parohie românească",
    ],
    ("workplace", "any"): ["Informare la locul de muncă, împreună cu angajatorul"],
    ("placement_centre", "any"): ["Sesiune de informare într-un centru de plasament"],
    ("media", "any"): [
        "Emisiune la radioul local",
        "Interviu la televiziunea locală",
        "Articol în presa locală",
    ],
    ("border_crossing", "any"): ["Informare la punctul de trecere a frontierei"],
    ("job_fair", "any"): ["Stand la bursa locurilor de muncă"],
    ("other", "any"): [
        "Informare în gară și autogară",
        "Sesiune de informare la biblioteca județeană",
    ],
    ("consulate", "abroad"): [
        "Distribuire de materiale la sediul consulatului",
        "Informare pentru cetățenii români la consulat",
    ],
    ("online_platform", "online"): [
        "Mesaje antitrafic pe rețelele sociale",
        "Difuzarea materialului video animat despre 18 octombrie",
    ],
    ("accommodation", "any"): [
        "Sesiune de informare într-un centru de cazare pentru lucrători străini"
    ],
}

MONTHS_RO = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]

# "Dă-i libertate! Nu-i plăti exploatarea!", 1 January - 30 November 2020 [003:1837-1858].
LIBERTATE = {
    "slug": "da-i-libertate-nu-i-plati-exploatarea",
    "activities": 1840,
    "beneficiaries": 100_000,
    "materials": 55_000,
    # The part through the consular posts ("o parte ... prin intermediul misiunilor
    # diplomatice și a oficiilor consulare"): demo figures, the report gives no split.
    "posts": {
        "activities": 48,
        "beneficiaries": 2_150,
        "materials": 6_400,
        # Activities per post; INCA România made the materials available in Italy.
        "weights": {
            "it-roma": 10,
            "it-milano": 8,
            "es-madrid": 6,
            "es-castellon": 6,
            "gb-london": 6,
            "de-berlin": 4,
            "de-munchen": 3,
            "fr-paris": 3,
            "be-bruxelles": 2,
        },
        "association_post": "it-roma",
    },
    # Activities per month: the spring 2020 lockdown stopped most field work.
    "month_weights": [12, 13, 6, 1, 2, 7, 8, 6, 9, 13, 10],
    # The months schools and universities could host a session (1 January - 30 November).
    "term_month_weights": {1: 10, 2: 13, 3: 4, 9: 4, 10: 13, 11: 9},
    # Venue type: (share of the centres' activities, beneficiaries weight, materials weight).
    "venues": {
        "school": (32, 45, 25),
        "community": (30, 80, 45),
        "workplace": (6, 25, 15),
        "placement_centre": (4, 15, 10),
        "media": (5, 0, 0),
        "university": (4, 50, 25),
        "border_crossing": (4, 60, 40),
        "job_fair": (4, 70, 40),
        "other": (6, 40, 25),
    },
    "rural_share": 0.45,
    "leaflet": "da-i-libertate-pliant",
    "card": "telverde-card",
}

# "Jobul perfect - iluzie cu sens unic", online with OLX România, 2020 [003:1861-1878].
JOBUL = {
    "slug": "jobul-perfect-iluzie-cu-sens-unic",
    "centre": "bucuresti",
    "posts": 259,
    "likes": 4_901,
    "shares": 5_293,
    "interactions": 26_010,
    "unique_reach": 500_114,
    # How the campaign's activity rose and fell over the year (posts, likes, shares...).
    "month_weights": [6, 7, 8, 9, 9, 8, 7, 7, 9, 11, 10, 9],
    # The share of each month's audience that had not been reached in an earlier month:
    # a campaign reaches most of its new people early, then mostly the same people again.
    "new_reach_weights": [16, 14, 12, 10, 9, 8, 6, 6, 6, 5, 4, 4],
}

# "Săptămâna Prevenirii Traficului de Persoane", 12-18 October 2020 [003:1921-1943].
WEEK = {
    "slug": "saptamana-prevenirii-traficului-de-persoane-2020",
    "activities": 242,
    "beneficiaries": 9_086,
    # Demo figure: the report does not say how many materials the week handed out.
    "materials": 6_150,
    # Activities per day, 12 (Monday) to 18 October (Sunday, the European Anti-Trafficking Day).
    "day_weights": [10, 10, 10, 10, 10, 4, 6],
    # Venue type: (activities, beneficiaries weight, materials weight).
    "venues": {
        "school": (130, 28, 22),
        "university": (14, 35, 25),
        "community": (52, 60, 40),
        "placement_centre": (12, 15, 10),
        "other": (8, 30, 20),
        "media": (8, 0, 0),
        "online_platform": (18, 0, 0),
    },
    "rural_share": 0.35,
    "leaflet": "cand-iubirea-e-o-capcana-pliant",
    "lesson_plan": "saptamana-prevenirii-plan-lectie",
    # TelVerde: possible cases reported in 2020 [003:2188-2189], recorded on the activities of
    # the week because that campaign implements PNA 1.1.3, whose indicator counts them.
    "tollfree_calls": 15,
    "tollfree_activities": 12,
}

# "Prieteni pe bune, NU pe net!" (Timișoara, 2020): school sessions that asked the pupils
# afterwards which risks they could name, for the percentage indicator of PNA 1.2.1.
# Demo figures: the report gives no survey results.
FRIENDS = {
    "slug": "prieteni-pe-bune-nu-pe-net",
    "centre": "timisoara",
    "sessions": 24,
    "beneficiaries": 646,
    "surveyed_sessions": 20,
    "months": [2, 3, 10, 11, 12],
    "titles": [
        "Sesiune „Prieteni pe bune, NU pe net!” la școala gimnazială",
        "Sesiune „Prieteni pe bune, NU pe net!” la liceu",
    ],
}

# The current semester (July-December 2026): a few dozen activities of four centres, so the
# review queue and the completeness report have something to show. Timișoara has submitted.
CURRENT = {
    "year": 2026,
    "semester": 2,
    "submitted_centre": "timisoara",
    # (centre, campaign slug, number of activities)
    "plan": [
        ("timisoara", "muncesti-in-romania-ai-drepturi", 9),
        ("timisoara", "pleci-la-munca-in-strainatate-verifica-inainte", 6),
        ("iasi", "pleci-la-munca-in-strainatate-verifica-inainte", 5),
        ("iasi", "muncesti-in-romania-ai-drepturi", 3),
        ("cluj-napoca", "muncesti-in-romania-ai-drepturi", 4),
        ("cluj-napoca", "pleci-la-munca-in-strainatate-verifica-inainte", 3),
        ("constanta", "muncesti-in-romania-ai-drepturi", 3),
        ("constanta", "pleci-la-munca-in-strainatate-verifica-inainte", 3),
    ],
    "workers": {
        "audience": "foreign-workers",
        "venues": ["workplace", "accommodation", "job_fair", "workplace", "community"],
        "titles": {
            "workplace": "Informare la o firmă care angajează lucrători străini",
            "accommodation": (
                "Sesiune de informare într-un centru de cazare pentru lucrători străini"
            ),
            "job_fair": "Stand de informare pentru lucrători străini la bursa locurilor de muncă",
            "community": "Întâlnire cu lucrătorii străini și cu mediatorul comunității",
        },
        "material": "muncesti-in-romania-afis",
        "languages": ["ne", "si", "bn", "ur", "vi"],
    },
    "diaspora": {
        "audience": "diaspora",
        "venues": ["school", "job_fair", "community", "school", "university"],
        "titles": {
            "school": "Sesiune „Pleci la muncă în străinătate? Verifică înainte!” la liceu",
            "job_fair": "Stand la bursa locurilor de muncă în străinătate",
            "community": "Întâlnire cu familiile celor plecați la muncă, la căminul cultural",
            "university": "Sesiune de informare pentru studenții care pleacă la muncă sezonieră",
        },
        "material": "pleci-la-munca-pliant",
        "languages": ["ro"],
    },
}
