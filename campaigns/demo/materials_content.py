"""Demo prevention materials, consular posts, orders and distribution reports, as plain data.

Why a data module: the same texts feed two programs that must agree. `build_demo_files.py`
prints each material's `files[language]` text to a print-ready PDF (or, for the social graphic,
a PNG) in `files/`, and `materials_loader.py` loads the catalogue entries, those files, the posts
and their orders and reports into the database. Keeping the words here, with no Django import,
lets the build script run without a database and keeps one source for both.

The materials are those of ANITP's 2020 report [003:1837-1943] and of the demo campaigns in
`campaigns_content.py`, whose wording the printed texts reuse (foreign workers' texts in
particular are the campaign page's own sentences, so page and poster say the same thing). The
TelVerde line 0800 800 678 is an information line, not an emergency line; 112 is the emergency
number [003:2138-2190]. One material (the 2020 social graphic) is deliberately past its
review-by date, so the demo shows a withdrawn material.

Posts, orders and reports are demo data: real missions, placeholder e-mail addresses
(example.org), invented quantities. Reports hold counts only, never personal data.
"""

# The texts are in several scripts on purpose; Cyrillic, Devanagari, Sinhala, Bengali and Arabic
# letters and typographic punctuation are not look-alikes of ASCII here.

# Trim sizes in millimetres, as printed; the PDF page is the trim size plus the bleed on each side.
PRINT_SIZES = {
    "A3": (297, 420),
    "A4": (210, 297),
    "A5": (148, 210),
    "A6": (105, 148),
    "DL": (99, 210),
    "card": (85, 55),
}
BLEED_MM = 3

# Social graphics are square, in pixels.
SOCIAL_GRAPHIC_PX = 1080

# The agency's name in the footer of every file, in the file's language.
AGENCY = {
    "ro": "Agenția Națională împotriva Traficului de Persoane (ANITP)",
    "en": "National Agency against Trafficking in Persons (ANITP), Romania",
    "uk": "Національне агентство з протидії торгівлі людьми (ANITP), Румунія",
    "ne": "मानव बेचबिखनविरुद्धको राष्ट्रिय एजेन्सी (ANITP), रोमानिया",
    "si": "මිනිස් ජාවාරමට එරෙහි ජාතික ඒජන්සිය (ANITP), රුමේනියාව",
    "bn": "মানব পাচারবিরোধী জাতীয় সংস্থা (ANITP), রোমানিয়া",
    "ur": "انسانی تجارت کے خلاف قومی ایجنسی (ANITP)، رومانیہ",
    "vi": "Cơ quan Quốc gia phòng, chống mua bán người (ANITP), Romania",
    "it": "Agenzia nazionale contro la tratta di persone (ANITP), Romania",
    "es": "Agencia Nacional contra la Trata de Personas (ANITP), Rumanía",
    "de": "Nationale Agentur gegen Menschenhandel (ANITP), Rumänien",
}
WEBSITE = "anitp.mai.gov.ro"


def _print(print_format, bleed_mm=BLEED_MM):
    width_mm, height_mm = PRINT_SIZES[print_format]
    return {
        "format": print_format,
        "width_mm": width_mm,
        "height_mm": height_mm,
        "bleed_mm": bleed_mm,
    }


# Each material: catalogue fields, then `files`: per language, the text printed on that file.
# A printed text has a kicker (the line above the heading), a heading, an optional lead, sections
# (a heading and items: a sentence, or a title and a sentence when `numbered`), an optional note,
# the TelVerde box and the emergency line; a lesson plan adds `meta` (class, time, what is needed)
# and a `form` for the counts the teacher sends back. The languages of `files` are the
# material's languages.
MATERIALS = [
    # The 2020 national campaign on forced begging [003:1837-1858]; part of its 55,000 materials
    # went abroad through the consular posts. Reprinted (version 2.1) with the current wording.
    {
        "key": "da-i-libertate-pliant",
        "type": "leaflet",
        "title": {
            "ro": "Pliant „Dă-i libertate! Nu-i plăti exploatarea!”",
            "en": "“Give them freedom! Don’t pay for their exploitation!” leaflet",
        },
        "description": {
            "ro": (
                "Pliant DL despre exploatarea prin cerșetorie: semnele că o persoană este obligată "
                "să cerșească, ce poți face și linia TelVerde. Distribuit în țară și, prin "
                "misiunile diplomatice, în comunitățile românești din străinătate."
            ),
            "en": (
                "A DL leaflet on forced begging: the signs that someone is forced to beg, what you "
                "can do and the TelVerde line. Handed out in Romania and, through the diplomatic "
                "missions, in Romanian communities abroad."
            ),
        },
        "audiences": ["general-public", "demand-reduction", "diaspora"],
        "forms": ["begging"],
        "campaigns": ["da-i-libertate-nu-i-plati-exploatarea"],
        "pna_actions": ["1.1.1", "1.1.2", "1.1.4"],
        "version": "2.1",
        "review_by": "2027-03-31",
        "print": _print("DL"),
        "files": {
            "ro": {
                "kicker": "Campanie națională împotriva exploatării prin cerșetorie",
                "heading": "Dă-i libertate! Nu-i plăti exploatarea!",
                "lead": (
                    "Banii dați unei persoane obligate să cerșească ajung, de cele mai multe ori, "
                    "la cel care o exploatează."
                ),
                "sections": [
                    {
                        "heading": "Semne că o persoană poate fi obligată să cerșească",
                        "items": [
                            "Un adult din apropiere o supraveghează și strânge banii primiți.",
                            (
                                "Este adusă dimineața și luată seara, adesea în grup, de aceleași "
                                "persoane."
                            ),
                            "Un copil cerșește în timpul orelor de școală.",
                            "Pare speriată, obosită sau rănită și evită să vorbească.",
                        ],
                    },
                    {
                        "heading": "Ce poți face",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Nu plăti exploatarea",
                                "text": (
                                    "Ajută altfel: prin organizațiile și serviciile sociale care "
                                    "oferă adăpost, hrană și îngrijire."
                                ),
                            },
                            {
                                "title": "Semnalează, fără să intervii singur",
                                "text": (
                                    "Sună la TelVerde. Nu fotografia și nu filma persoana: are "
                                    "dreptul la demnitate."
                                ),
                            },
                            {
                                "title": "Dacă ești în străinătate",
                                "text": (
                                    "Ambasada sau consulatul României te pot informa și sprijini."
                                ),
                            },
                        ],
                    },
                ],
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Apel gratuit din România: informații despre traficul de persoane și "
                        "semnalarea unor posibile cazuri. Nu este o linie de urgență."
                    ),
                },
                "emergency": "Cineva este în pericol imediat? Sună la 112.",
            },
            "en": {
                "kicker": "National campaign against forced begging",
                "heading": "Give them freedom! Don’t pay for their exploitation!",
                "lead": (
                    "Money given to a person who is forced to beg usually ends up with the person "
                    "who exploits them."
                ),
                "sections": [
                    {
                        "heading": "Signs that someone may be forced to beg",
                        "items": [
                            "An adult nearby watches them and collects the money they are given.",
                            (
                                "They are dropped off in the morning and picked up in the evening, "
                                "often in a group, by the same people."
                            ),
                            "A child is begging during school hours.",
                            "They seem frightened, exhausted or injured and avoid talking.",
                        ],
                    },
                    {
                        "heading": "What you can do",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Don’t pay for exploitation",
                                "text": (
                                    "Help in another way: through organisations and social "
                                    "services that offer shelter, food and care."
                                ),
                            },
                            {
                                "title": "Report it, without stepping in alone",
                                "text": (
                                    "Call TelVerde. Do not photograph or film the person: they "
                                    "have a right to dignity."
                                ),
                            },
                            {
                                "title": "If you are abroad",
                                "text": (
                                    "The Romanian embassy or consulate can inform and support you."
                                ),
                            },
                        ],
                    },
                ],
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Free from within Romania: information about trafficking in persons and "
                        "reports of possible cases. It is not an emergency line."
                    ),
                },
                "emergency": "Is someone in immediate danger? Call 112.",
            },
        },
    },
    # The 2020 online campaign with OLX Romania [003:1861-1878]. Past its review-by date on
    # purpose: the demo's withdrawn material, hidden from the public catalogue and the API.
    {
        "key": "jobul-perfect-grafic",
        "type": "social_graphic",
        "title": {
            "ro": "Grafic pentru rețelele sociale „Jobul perfect”",
            "en": "“The perfect job” social media graphic",
        },
        "description": {
            "ro": (
                "Grafic pătrat (1080 × 1080 px) din campania online cu OLX România: trei semne că "
                "o ofertă de muncă poate fi o capcană. Versiunea din 2020."
            ),
            "en": (
                "A square graphic (1080 × 1080 px) from the online campaign with OLX Romania: "
                "three signs that a job offer may be a trap. The 2020 version."
            ),
        },
        "audiences": ["general-public"],
        "forms": ["labour", "sexual"],
        "campaigns": ["jobul-perfect-iluzie-cu-sens-unic"],
        "pna_actions": ["1.1.1", "1.4.3", "1.7.2"],
        "version": "1.0",
        "review_by": "2025-06-30",
        "print": {"format": "digital", "width_mm": None, "height_mm": None, "bleed_mm": 0},
        "files": {
            "ro": {
                "kicker": "Jobul perfect – iluzie cu sens unic",
                "heading": "Salariu mare, fără acte, plecare mâine?",
                "lead": "Verifică oferta înainte să accepți.",
                "sections": [
                    {
                        "heading": "Semne de capcană",
                        "items": [
                            (
                                "Salariul e mult peste cel obișnuit și nu ți se cer nici "
                                "experiență, nici acte."
                            ),
                            "Ți se cer bani în avans pentru intermediere, drum sau cazare.",
                            "Contractul se semnează „la sosire”.",
                        ],
                    },
                ],
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Informații gratuite înainte să accepți un loc de muncă. Nu este o linie "
                        "de urgență."
                    ),
                },
                "emergency": "În pericol? Sună la 112.",
            },
            "en": {
                "kicker": "The perfect job – a one-way illusion",
                "heading": "Big pay, no papers, leave tomorrow?",
                "lead": "Check the offer before you accept.",
                "sections": [
                    {
                        "heading": "Signs of a trap",
                        "items": [
                            (
                                "The pay is far above the usual, and no experience or documents "
                                "are asked for."
                            ),
                            "You are asked to pay in advance for placement, travel or housing.",
                            "The contract will be signed “when you arrive”.",
                        ],
                    },
                ],
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Free information before you accept a job. It is not an emergency line."
                    ),
                },
                "emergency": "In danger? Call 112.",
            },
        },
    },
    # The TelVerde line [003:2138-2190]; handed out by border police officers with the travel
    # documents [003:1947-1972] and at information activities.
    {
        "key": "telverde-card",
        "type": "wallet_card",
        "title": {
            "ro": "Card de buzunar TelVerde 0800 800 678",
            "en": "TelVerde 0800 800 678 wallet card",
        },
        "description": {
            "ro": (
                "Card de buzunar cu linia gratuită de informare TelVerde și numărul unic de "
                "urgență 112, oferit de polițiștii de frontieră la verificarea documentelor și la "
                "activitățile de informare."
            ),
            "en": (
                "A wallet card with the free TelVerde information line and the single emergency "
                "number 112, handed out by border police officers with travel documents and at "
                "information activities."
            ),
        },
        "audiences": ["general-public", "diaspora"],
        "forms": ["labour", "sexual", "begging"],
        "campaigns": [
            "pune-tu-bariera-traficului-de-persoane",
            "da-i-libertate-nu-i-plati-exploatarea",
        ],
        "pna_actions": ["1.1.1", "1.1.3"],
        "version": "3.0",
        "review_by": "2027-12-31",
        "print": _print("card"),
        "files": {
            "ro": {
                "kicker": "Linie gratuită de informare despre traficul de persoane",
                "heading": "0800 800 678",
                "lead": (
                    "TelVerde ANITP: informații, sfaturi de siguranță și semnalarea unor posibile "
                    "cazuri. Apel gratuit din România."
                ),
                "emergency": "Nu este o linie de urgență. În pericol imediat: 112.",
            },
            "en": {
                "kicker": "Free information line on trafficking in persons",
                "heading": "0800 800 678",
                "lead": (
                    "ANITP’s TelVerde: information, safety advice and reports of possible cases. "
                    "Free from within Romania."
                ),
                "emergency": "Not an emergency line. In immediate danger: 112.",
            },
        },
    },
    # The foreign workers' campaign (PNA 1.3.1-1.3.3): the campaign page's own sentences.
    {
        "key": "muncesti-in-romania-afis",
        "type": "poster",
        "title": {
            "ro": "Afiș „Muncești în România? Ai drepturi”",
            "en": "“Working in Romania? You have rights” poster",
            "ne": "पोस्टर: रोमानियामा काम गर्दै हुनुहुन्छ? तपाईंका अधिकार छन्",
            "si": "පෝස්ටරය: රුමේනියාවේ වැඩ කරනවාද? ඔබට අයිතිවාසිකම් ඇත",
            "bn": "পোস্টার: রোমানিয়ায় কাজ করছেন? আপনার অধিকার আছে",
            "ur": "پوسٹر: رومانیہ میں کام کر رہے ہیں؟ آپ کے حقوق ہیں",
            "vi": "Áp phích: Làm việc tại Romania? Bạn có những quyền của mình",
        },
        "description": {
            "ro": (
                "Afiș A3 pentru locuri de muncă, locuințe ale lucrătorilor și târguri de locuri de "
                "muncă: semnele exploatării prin muncă și unde poți cere informații și ajutor."
            ),
            "en": (
                "An A3 poster for workplaces, workers’ accommodation and job fairs: the signs of "
                "labour exploitation and where to ask for information and help."
            ),
            "ne": (
                "कार्यस्थल, कामदार बस्ने ठाउँ र रोजगार मेलाका लागि A3 पोस्टर: श्रम शोषणका संकेत र "
                "जानकारी तथा सहयोग कहाँ माग्ने।"
            ),
            "si": (
                "සේවා ස්ථාන, සේවක නවාතැන් සහ රැකියා පොළ සඳහා A3 පෝස්ටරයක්: ශ්‍රම සූරාකෑමේ ලකුණු "
                "සහ තොරතුරු හා උදව් ඉල්ලිය හැකි තැන්."
            ),
            "bn": (
                "কর্মস্থল, শ্রমিকদের থাকার জায়গা ও চাকরি মেলার জন্য A3 পোস্টার: শ্রম শোষণের লক্ষণ "
                "এবং কোথায় তথ্য ও সাহায্য চাইবেন।"
            ),
            "ur": (
                "کام کی جگہوں، کارکنوں کی رہائش گاہوں اور ملازمت میلوں کے لیے A3 پوسٹر: مزدوری کے "
                "استحصال کی علامات اور معلومات اور مدد کہاں سے حاصل کریں۔"
            ),
            "vi": (
                "Áp phích khổ A3 dành cho nơi làm việc, khu nhà ở của người lao động và hội chợ "
                "việc làm: các dấu hiệu bóc lột lao động và nơi hỏi thông tin, nhờ giúp đỡ."
            ),
        },
        "audiences": ["foreign-workers"],
        "forms": ["labour"],
        "campaigns": ["muncesti-in-romania-ai-drepturi"],
        "pna_actions": ["1.3.1", "1.3.2", "1.3.3"],
        "version": "1.0",
        "review_by": "2027-09-30",
        "print": _print("A3"),
        "files": {
            "ro": {
                "kicker": "Pentru lucrătorii străini din România",
                "heading": "Muncești în România? Ai drepturi",
                "lead": (
                    "Pașaportul și permisul de ședere sunt ale tale. Nimeni – angajator, agenție "
                    "sau intermediar – nu are dreptul să ți le ia sau să ți le păstreze."
                ),
                "sections": [
                    {
                        "heading": "Semne de exploatare",
                        "items": [
                            (
                                "Ți se spune că datorezi bani pentru drum, viză, cazare sau "
                                "mâncare, iar datoria nu scade niciodată."
                            ),
                            "Primești mai puțin decât scrie în contract, cu întârziere sau deloc.",
                            "Faci altă muncă decât cea promisă sau lucrezi fără zile libere.",
                            "Nu ai voie să ieși singur sau să vorbești cu alți oameni.",
                            (
                                "Ești amenințat cu poliția, cu expulzarea sau că familiei tale i "
                                "se va face rău."
                            ),
                        ],
                    },
                    {
                        "heading": "Unde poți cere informații și ajutor",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Inspecția Muncii",
                                "text": (
                                    "Pentru probleme cu contractul, salariul sau programul de "
                                    "lucru, te poți adresa inspectoratului teritorial de muncă "
                                    "(ITM) din județul în care lucrezi."
                                ),
                            },
                            {
                                "title": "Ambasada țării tale",
                                "text": (
                                    "Ambasada sau consulatul țării tale te pot informa și "
                                    "sprijini, inclusiv dacă ți-ai pierdut documentele."
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "Dacă ai fost înșelat sau exploatat, nu este vina ta. Victimele traficului de "
                    "persoane au drepturi în România, indiferent de cetățenie, inclusiv dreptul la "
                    "protecție și asistență."
                ),
                "hotline": {
                    "title": "Linia TelVerde 0800 800 678",
                    "text": (
                        "Apelul este gratuit. Primești informații despre traficul de persoane și "
                        "poți semnala o situație. Este o linie de informare, nu o linie de urgență."
                    ),
                },
                "emergency": (
                    "Dacă tu sau altcineva sunteți în pericol imediat, sună la 112, numărul unic "
                    "de urgență."
                ),
            },
            "en": {
                "kicker": "For foreign workers in Romania",
                "heading": "Working in Romania? You have rights",
                "lead": (
                    "Your passport and residence permit belong to you. No one – employer, agency "
                    "or middleman – has the right to take them or keep them."
                ),
                "sections": [
                    {
                        "heading": "Signs of exploitation",
                        "items": [
                            (
                                "You are told you owe money for travel, a visa, housing or food, "
                                "and the debt never goes down."
                            ),
                            "You are paid less than your contract says, late, or not at all.",
                            (
                                "You do different work from what you were promised, or work "
                                "without days off."
                            ),
                            "You are not allowed to go out alone or to talk to other people.",
                            (
                                "You are threatened with the police, with deportation or with harm "
                                "to your family."
                            ),
                        ],
                    },
                    {
                        "heading": "Where to ask for information and help",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Labour Inspectorate",
                                "text": (
                                    "For problems with your contract, pay or working hours, "
                                    "contact the territorial labour inspectorate (ITM) of the "
                                    "county where you work."
                                ),
                            },
                            {
                                "title": "Your country’s embassy",
                                "text": (
                                    "The embassy or consulate of your country can inform and "
                                    "support you, including if you have lost your documents."
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "If you were deceived or exploited, it is not your fault. Victims of "
                    "trafficking in persons have rights in Romania whatever their nationality, "
                    "including the right to protection and assistance."
                ),
                "hotline": {
                    "title": "TelVerde line 0800 800 678",
                    "text": (
                        "The call is free. You get information about trafficking in persons and "
                        "can report a situation. It is an information line, not an emergency line."
                    ),
                },
                "emergency": (
                    "If you or someone else is in immediate danger, call 112, the single "
                    "emergency number."
                ),
            },
            "ne": {
                "kicker": "रोमानियामा काम गर्ने विदेशी कामदारका लागि",
                "heading": "रोमानियामा काम गर्दै हुनुहुन्छ? तपाईंका अधिकार छन्",
                "lead": (
                    "तपाईंको राहदानी र बसोबास अनुमतिपत्र तपाईंकै हुन्। रोजगारदाता, एजेन्सी वा "
                    "बिचौलिया – कसैलाई पनि ती लिने वा आफूसँग राख्ने अधिकार छैन।"
                ),
                "sections": [
                    {
                        "heading": "शोषणका संकेत",
                        "items": [
                            (
                                "यात्रा, भिसा, बसाइ वा खानाको पैसा तपाईंले तिर्न बाँकी छ भनिन्छ, र "
                                "त्यो ऋण कहिल्यै घट्दैन।"
                            ),
                            ("सम्झौतामा लेखिएभन्दा कम तलब पाउनुहुन्छ, ढिलो पाउनुहुन्छ वा पाउँदै पाउनुहुन्न।"),
                            "वाचा गरिएभन्दा फरक काम गराइन्छ, वा बिदाबिना काम गराइन्छ।",
                            "तपाईंलाई एक्लै बाहिर जान वा अरू मानिससँग कुरा गर्न दिइँदैन।",
                            ("प्रहरीमा उजुरी गर्ने, देश निकाला गराउने वा परिवारलाई हानि गर्ने धम्की दिइन्छ।"),
                        ],
                    },
                    {
                        "heading": "जानकारी र सहयोग कहाँ माग्ने",
                        "numbered": True,
                        "items": [
                            {
                                "title": "श्रम निरीक्षण कार्यालय",
                                "text": (
                                    "सम्झौता, तलब वा कामको समयसम्बन्धी समस्या भए तपाईं काम गर्ने "
                                    "जिल्ला (județ) को श्रम निरीक्षण कार्यालय (ITM) मा सम्पर्क "
                                    "गर्नुहोस्।"
                                ),
                            },
                            {
                                "title": "आफ्नो देशको दूतावास",
                                "text": (
                                    "तपाईंको देशको दूतावास वा वाणिज्य दूतावासले तपाईंलाई जानकारी र "
                                    "सहयोग दिन सक्छ, कागजात हराएको अवस्थामा पनि।"
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "तपाईंलाई झुक्याइएको वा तपाईंको शोषण भएको छ भने त्यसमा तपाईंको दोष छैन। मानव "
                    "बेचबिखनका पीडितलाई, उनीहरू जुनसुकै देशका नागरिक भए पनि, रोमानियामा संरक्षण र "
                    "सहायता पाउने अधिकारसहित विभिन्न अधिकार छन्।"
                ),
                "hotline": {
                    "title": "TelVerde लाइन 0800 800 678",
                    "text": (
                        "फोन निःशुल्क छ। यहाँ मानव बेचबिखनबारे जानकारी पाइन्छ र कुनै अवस्थाबारे खबर "
                        "गर्न सकिन्छ। यो सूचना लाइन हो, आपतकालीन लाइन होइन।"
                    ),
                },
                "emergency": (
                    "तपाईं वा अरू कोही तत्काल खतरामा हुनुहुन्छ भने एकल आपतकालीन नम्बर 112 मा फोन गर्नुहोस्।"
                ),
            },
            "si": {
                "kicker": "රුමේනියාවේ සේවය කරන විදේශීය සේවකයන් සඳහා",
                "heading": "රුමේනියාවේ වැඩ කරනවාද? ඔබට අයිතිවාසිකම් ඇත",
                "lead": (
                    "ඔබේ ගමන් බලපත්‍රය සහ පදිංචි බලපත්‍රය ඔබටම අයිති ය. සේවා යෝජකයා, ඒජන්සිය හෝ "
                    "අතරමැදියා ඇතුළු කිසිවෙකුට ඒවා ගැනීමට හෝ තමන් ළඟ තබා ගැනීමට අයිතියක් නැත."
                ),
                "sections": [
                    {
                        "heading": "සූරාකෑමේ ලකුණු",
                        "items": [
                            (
                                "ගමන, වීසා, නවාතැන් හෝ ආහාර සඳහා ඔබ මුදල් ණය බව කියනු ලබන අතර, එම "
                                "ණය කිසි දිනෙක අඩු නොවේ."
                            ),
                            ("ගිවිසුමේ සඳහන් ප්‍රමාණයට වඩා අඩුවෙන්, ප්‍රමාද වී හෝ කිසිසේත් ඔබට වැටුප් නොලැබේ."),
                            ("පොරොන්දු වූ රැකියාවට වඩා වෙනස් වැඩක් කරවයි, නැතහොත් නිවාඩු නොදී වැඩ කරවයි."),
                            "තනිව එළියට යාමට හෝ අන් අය සමඟ කතා කිරීමට ඔබට ඉඩ නොදේ.",
                            (
                                "පොලිසියට දන්වන බවට, රටින් පිටුවහල් කරවන බවට හෝ ඔබේ පවුලට හානි කරන "
                                "බවට තර්ජනය කරයි."
                            ),
                        ],
                    },
                    {
                        "heading": "තොරතුරු සහ උදව් ඉල්ලිය හැකි තැන්",
                        "numbered": True,
                        "items": [
                            {
                                "title": "කම්කරු පරීක්ෂණ ආයතනය",
                                "text": (
                                    "ගිවිසුම, වැටුප හෝ වැඩ කරන පැය ගණන පිළිබඳ ගැටලු සඳහා, ඔබ වැඩ "
                                    "කරන දිස්ත්‍රික්කයේ (județ) කම්කරු පරීක්ෂණ කාර්යාලය (ITM) "
                                    "අමතන්න."
                                ),
                            },
                            {
                                "title": "ඔබේ රටේ තානාපති කාර්යාලය",
                                "text": (
                                    "ලියකියවිලි නැති වී ඇති අවස්ථාවකදී පවා, ඔබේ රටේ තානාපති "
                                    "කාර්යාලයට හෝ කොන්සල් කාර්යාලයට ඔබට තොරතුරු සහ සහාය ලබා දිය "
                                    "හැක."
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "ඔබ රැවටීමට හෝ සූරාකෑමට ලක් වී ඇත්නම්, එය ඔබේ වරදක් නොවේ. මිනිස් ජාවාරමේ "
                    "වින්දිතයන්ට, ඔවුන් කුමන රටක පුරවැසියන් වුවද, රුමේනියාවේදී ආරක්ෂාව සහ සහාය "
                    "ලැබීමේ අයිතිය ඇතුළු අයිතිවාසිකම් ඇත."
                ),
                "hotline": {
                    "title": "TelVerde අංකය 0800 800 678",
                    "text": (
                        "ඇමතුම නොමිලේ. මිනිස් ජාවාරම පිළිබඳ තොරතුරු ලබා ගැනීමටත්, යම් තත්ත්වයක් "
                        "දැනුම් දීමටත් හැක. මෙය තොරතුරු සේවාවකි, හදිසි ඇමතුම් සේවාවක් නොවේ."
                    ),
                },
                "emergency": ("ඔබ හෝ වෙනත් අයෙකු වහාම අනතුරක සිටී නම්, එකම හදිසි ඇමතුම් අංකය වන 112 අමතන්න."),
            },
            "bn": {
                "kicker": "রোমানিয়ায় কর্মরত বিদেশি শ্রমিকদের জন্য",
                "heading": "রোমানিয়ায় কাজ করছেন? আপনার অধিকার আছে",
                "lead": (
                    "আপনার পাসপোর্ট ও বসবাসের অনুমতিপত্র (রেসিডেন্স পারমিট) আপনারই। নিয়োগকর্তা, "
                    "এজেন্সি বা দালাল — কারও সেগুলো নিয়ে নেওয়ার বা নিজের কাছে রাখার অধিকার নেই।"
                ),
                "sections": [
                    {
                        "heading": "শোষণের লক্ষণ",
                        "items": [
                            (
                                "বলা হয় যাতায়াত, ভিসা, থাকা বা খাবারের জন্য আপনার কাছে টাকা "
                                "পাওনা আছে, আর সেই ঋণ কখনো কমে না।"
                            ),
                            ("চুক্তিতে যা লেখা আছে তার চেয়ে কম বেতন পান, দেরিতে পান বা একেবারেই পান না।"),
                            (
                                "যে কাজের প্রতিশ্রুতি দেওয়া হয়েছিল তার বদলে অন্য কাজ করানো হয়, "
                                "বা ছুটি ছাড়াই কাজ করানো হয়।"
                            ),
                            "আপনাকে একা বাইরে যেতে বা অন্যদের সঙ্গে কথা বলতে দেওয়া হয় না।",
                            (
                                "পুলিশে দেওয়ার, দেশ থেকে বের করে দেওয়ার বা আপনার পরিবারের ক্ষতি "
                                "করার হুমকি দেওয়া হয়।"
                            ),
                        ],
                    },
                    {
                        "heading": "কোথায় তথ্য ও সাহায্য চাইবেন",
                        "numbered": True,
                        "items": [
                            {
                                "title": "শ্রম পরিদর্শন দপ্তর",
                                "text": (
                                    "চুক্তি, বেতন বা কাজের সময় নিয়ে সমস্যা হলে আপনি যে জেলায় "
                                    "(județ) কাজ করেন, সেখানকার শ্রম পরিদর্শন দপ্তরে (ITM) যোগাযোগ "
                                    "করুন।"
                                ),
                            },
                            {
                                "title": "আপনার দেশের দূতাবাস",
                                "text": (
                                    "আপনার দেশের দূতাবাস বা কনস্যুলেট আপনাকে তথ্য ও সহায়তা দিতে "
                                    "পারে, কাগজপত্র হারিয়ে গেলেও।"
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "আপনি প্রতারিত বা শোষিত হয়ে থাকলে তাতে আপনার কোনো দোষ নেই। মানব পাচারের শিকার "
                    "ব্যক্তিরা যে দেশেরই নাগরিক হোন না কেন, রোমানিয়ায় তাঁদের সুরক্ষা ও সহায়তা "
                    "পাওয়ার অধিকারসহ নানা অধিকার রয়েছে।"
                ),
                "hotline": {
                    "title": "TelVerde লাইন 0800 800 678",
                    "text": (
                        "কল বিনা মূল্যে। এখানে মানব পাচার সম্পর্কে তথ্য পাবেন এবং কোনো পরিস্থিতির "
                        "কথা জানাতে পারবেন। এটি একটি তথ্যসেবা লাইন, জরুরি লাইন নয়।"
                    ),
                },
                "emergency": ("আপনি বা অন্য কেউ তাৎক্ষণিক বিপদে থাকলে একক জরুরি নম্বর 112-এ কল করুন।"),
            },
            "ur": {
                "kicker": "رومانیہ میں کام کرنے والے غیر ملکی کارکنوں کے لیے",
                "heading": "رومانیہ میں کام کر رہے ہیں؟ آپ کے حقوق ہیں",
                "lead": (
                    "آپ کا پاسپورٹ اور رہائشی اجازت نامہ آپ ہی کے ہیں۔ آجر، ایجنسی یا درمیانی شخص، "
                    "کسی کو بھی انہیں لینے یا اپنے پاس رکھنے کا حق نہیں۔"
                ),
                "sections": [
                    {
                        "heading": "استحصال کی علامات",
                        "items": [
                            (
                                "آپ سے کہا جاتا ہے کہ سفر، ویزا، رہائش یا کھانے کے پیسے آپ کے ذمے "
                                "ہیں، اور یہ قرض کبھی کم نہیں ہوتا۔"
                            ),
                            "آپ کو معاہدے سے کم تنخواہ ملتی ہے، دیر سے ملتی ہے یا بالکل نہیں ملتی۔",
                            (
                                "آپ سے وعدے سے مختلف کام کروایا جاتا ہے، یا چھٹی کے بغیر کام "
                                "کروایا جاتا ہے۔"
                            ),
                            "آپ کو اکیلے باہر جانے یا دوسرے لوگوں سے بات کرنے کی اجازت نہیں ہوتی۔",
                            (
                                "آپ کو پولیس، ملک بدری یا آپ کے گھر والوں کو نقصان پہنچانے کی "
                                "دھمکیاں دی جاتی ہیں۔"
                            ),
                        ],
                    },
                    {
                        "heading": "معلومات اور مدد کہاں سے حاصل کریں",
                        "numbered": True,
                        "items": [
                            {
                                "title": "لیبر انسپکٹوریٹ",
                                "text": (
                                    "معاہدے، تنخواہ یا کام کے اوقات سے متعلق مسائل کے لیے اس ضلع "
                                    "(județ) کے لیبر انسپکٹوریٹ (ITM) سے رابطہ کریں جہاں آپ کام "
                                    "کرتے ہیں۔"
                                ),
                            },
                            {
                                "title": "اپنے ملک کا سفارت خانہ",
                                "text": (
                                    "آپ کے ملک کا سفارت خانہ یا قونصل خانہ آپ کو معلومات اور مدد "
                                    "فراہم کر سکتا ہے، کاغذات گم ہو جانے کی صورت میں بھی۔"
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "اگر آپ کو دھوکا دیا گیا یا آپ کا استحصال ہوا ہے تو اس میں آپ کا کوئی قصور "
                    "نہیں۔ انسانی تجارت کے متاثرین کو رومانیہ میں، ان کی شہریت خواہ کچھ بھی ہو، "
                    "تحفظ اور مدد کے حق سمیت کئی حقوق حاصل ہیں۔"
                ),
                "hotline": {
                    "title": "TelVerde لائن 0800 800 678",
                    "text": (
                        "کال مفت ہے۔ یہاں انسانی تجارت کے بارے میں معلومات ملتی ہیں اور آپ کسی "
                        "صورتحال کی اطلاع دے سکتے ہیں۔ یہ معلوماتی لائن ہے، ہنگامی لائن نہیں۔"
                    ),
                },
                "emergency": (
                    "اگر آپ یا کوئی اور فوری خطرے میں ہو تو واحد ہنگامی نمبر 112 پر کال کریں۔"
                ),
            },
            "vi": {
                "kicker": "Dành cho người lao động nước ngoài tại Romania",
                "heading": "Làm việc tại Romania? Bạn có những quyền của mình",
                "lead": (
                    "Hộ chiếu và thẻ cư trú là của bạn. Không ai – chủ sử dụng lao động, công ty "
                    "môi giới hay người trung gian – có quyền lấy hoặc giữ chúng."
                ),
                "sections": [
                    {
                        "heading": "Dấu hiệu bóc lột",
                        "items": [
                            (
                                "Bạn bị nói là đang nợ tiền đi lại, visa, chỗ ở hoặc tiền ăn, và "
                                "khoản nợ đó không bao giờ giảm."
                            ),
                            (
                                "Bạn được trả ít hơn mức ghi trong hợp đồng, bị trả chậm hoặc "
                                "không được trả."
                            ),
                            (
                                "Bạn phải làm công việc khác với công việc đã được hứa, hoặc phải "
                                "làm việc không có ngày nghỉ."
                            ),
                            "Bạn không được phép ra ngoài một mình hoặc nói chuyện với người khác.",
                            "Bạn bị đe dọa báo cảnh sát, trục xuất hoặc làm hại gia đình bạn.",
                        ],
                    },
                    {
                        "heading": "Nơi hỏi thông tin và nhờ giúp đỡ",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Thanh tra Lao động",
                                "text": (
                                    "Nếu có vấn đề về hợp đồng, tiền lương hoặc giờ làm, hãy liên "
                                    "hệ cơ quan Thanh tra Lao động (ITM) của tỉnh (județ) nơi bạn "
                                    "làm việc."
                                ),
                            },
                            {
                                "title": "Đại sứ quán nước bạn",
                                "text": (
                                    "Đại sứ quán hoặc lãnh sự quán nước bạn có thể cung cấp thông "
                                    "tin và hỗ trợ bạn, kể cả khi bạn bị mất giấy tờ."
                                ),
                            },
                        ],
                    },
                ],
                "note": (
                    "Nếu bạn bị lừa dối hoặc bị bóc lột, đó không phải là lỗi của bạn. Nạn nhân "
                    "của mua bán người có các quyền tại Romania, bất kể quốc tịch, trong đó có "
                    "quyền được bảo vệ và hỗ trợ."
                ),
                "hotline": {
                    "title": "Đường dây TelVerde 0800 800 678",
                    "text": (
                        "Cuộc gọi miễn phí. Bạn được cung cấp thông tin về mua bán người và có thể "
                        "thông báo về một tình huống. Đây là đường dây thông tin, không phải đường "
                        "dây khẩn cấp."
                    ),
                },
                "emergency": (
                    "Nếu bạn hoặc người khác đang gặp nguy hiểm ngay lập tức, hãy gọi 112, số "
                    "khẩn cấp chung."
                ),
            },
        },
    },
    # Trafficking Prevention Week, 12-18 October [003:1921-1943]; PNA 1.2.1 asks for the share of
    # children who can name at least two risks, counted on anonymous exit slips.
    {
        "key": "saptamana-prevenirii-plan-lectie",
        "type": "lesson_plan",
        "title": {
            "ro": "Plan de lecție pentru Săptămâna Prevenirii: cum recunosc o capcană?",
            "en": "Prevention Week lesson plan: how do I spot a trap?",
        },
        "description": {
            "ro": (
                "Lecție de 50 de minute pentru clasele a VIII-a – a XII-a, pentru săptămâna "
                "12–18 octombrie: ofertele de muncă înșelătoare și recrutarea prin metoda "
                "„loverboy”, cu un bilet de ieșire anonim care numără câți elevi pot numi cel "
                "puțin două riscuri."
            ),
            "en": (
                "A 50-minute lesson for grades 8 to 12, for the week of 12–18 October: deceptive "
                "job offers and “loverboy” recruitment, with an anonymous exit slip that counts "
                "how many pupils can name at least two risks."
            ),
        },
        "audiences": ["minors-parents"],
        "forms": ["sexual", "online", "labour"],
        "campaigns": ["saptamana-prevenirii-traficului-de-persoane-2020"],
        "pna_actions": ["1.2.1", "1.2.3", "1.2.4"],
        "version": "1.2",
        "review_by": "2027-09-30",
        "print": _print("A4"),
        "files": {
            "ro": {
                "kicker": "Săptămâna Prevenirii Traficului de Persoane · 12–18 octombrie",
                "heading": "Plan de lecție: Cum recunosc o capcană?",
                "meta": [
                    ["Clasa", "a VIII-a – a XII-a (14–18 ani)"],
                    ["Durata", "50 de minute"],
                    ["Materiale", "tablă, fișe cu două situații inventate, bilete de ieșire"],
                ],
                "lead": (
                    "Obiectiv: la final, fiecare elev poate numi cel puțin două riscuri de trafic "
                    "de persoane și știe unde poate cere informații și ajutor."
                ),
                "sections": [
                    {
                        "heading": "Desfășurare",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Introducere (5 min)",
                                "text": (
                                    "De ce 18 octombrie? Este Ziua Europeană de Luptă împotriva "
                                    "Traficului de Persoane. Stabiliți împreună o regulă: "
                                    "discutăm despre situații, nu despre persoane."
                                ),
                            },
                            {
                                "title": "Două situații (15 min)",
                                "text": (
                                    "În grupuri, elevii citesc două povești inventate: o ofertă de "
                                    "muncă în străinătate „prea bună ca să fie adevărată” și o "
                                    "prietenie online care se transformă repede în „iubire”. Ce "
                                    "li se pare în neregulă?"
                                ),
                            },
                            {
                                "title": "Semnele de alarmă (15 min)",
                                "text": (
                                    "Notați pe tablă semnele găsite: salariu prea mare fără acte, "
                                    "bani ceruți în avans, contract „la sosire”, documente "
                                    "păstrate de altcineva, „să nu spui nimănui”, cereri de poze "
                                    "intime."
                                ),
                            },
                            {
                                "title": "Ce pot face (10 min)",
                                "text": (
                                    "Vorbesc cu un adult de încredere; nu trimit poze intime; "
                                    "verific oferta și îmi las datele la familie. TelVerde "
                                    "0800 800 678 pentru informații; 112 dacă cineva este în "
                                    "pericol."
                                ),
                            },
                            {
                                "title": "Bilet de ieșire (5 min)",
                                "text": (
                                    "Fiecare elev scrie, fără nume, două riscuri. Numărați "
                                    "biletele și câte au cel puțin două riscuri corecte; trimiteți "
                                    "centrului regional ANITP doar aceste două numere."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "Pentru profesor",
                        "items": [
                            (
                                "Folosiți doar situații inventate și nu cereți elevilor să "
                                "povestească întâmplări personale."
                            ),
                            (
                                "Evitați imaginile cu lanțuri sau violență: cei mai mulți sunt "
                                "recrutați prin înșelăciune, nu prin forță."
                            ),
                            (
                                "Dacă un elev vă spune că este în pericol, nu îl lăsați singur: "
                                "anunțați conducerea școlii, care aplică procedura de protecție a "
                                "copilului; în pericol imediat, sunați la 112."
                            ),
                        ],
                    },
                ],
                "form": {
                    "heading": "După lecție, de completat: doar numere, fără nume",
                    "fields": [
                        "Elevi prezenți",
                        "Bilete de ieșire primite",
                        "Bilete cu cel puțin două riscuri corecte",
                    ],
                },
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Linia gratuită de informare a ANITP, pentru profesori, părinți și elevi. "
                        "Nu este o linie de urgență."
                    ),
                },
                "emergency": "Pericol imediat: 112.",
            },
            "en": {
                "kicker": "Trafficking Prevention Week · 12–18 October",
                "heading": "Lesson plan: How do I spot a trap?",
                "meta": [
                    ["Class", "Grades 8 to 12 (ages 14–18)"],
                    ["Time", "50 minutes"],
                    ["You need", "a board, two invented scenarios on handouts, exit slips"],
                ],
                "lead": (
                    "Aim: by the end, every pupil can name at least two risks of trafficking in "
                    "persons and knows where to ask for information and help."
                ),
                "sections": [
                    {
                        "heading": "How the lesson runs",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Introduction (5 min)",
                                "text": (
                                    "Why 18 October? It is the European Anti-Trafficking Day. "
                                    "Agree on one rule together: we talk about situations, not "
                                    "about people."
                                ),
                            },
                            {
                                "title": "Two scenarios (15 min)",
                                "text": (
                                    "In groups, pupils read two invented stories: a job offer "
                                    "abroad that is “too good to be true” and an online "
                                    "friendship that quickly turns into “love”. What seems wrong "
                                    "to them?"
                                ),
                            },
                            {
                                "title": "Warning signs (15 min)",
                                "text": (
                                    "Write the signs they found on the board: high pay with no "
                                    "papers, money asked for in advance, a contract “on arrival”, "
                                    "documents kept by someone else, “don’t tell anyone”, "
                                    "requests for intimate photos."
                                ),
                            },
                            {
                                "title": "What I can do (10 min)",
                                "text": (
                                    "Talk to an adult I trust; don’t send intimate photos; check "
                                    "an offer and leave my details with my family. TelVerde "
                                    "0800 800 678 for information; 112 if someone is in danger."
                                ),
                            },
                            {
                                "title": "Exit slip (5 min)",
                                "text": (
                                    "Each pupil writes down two risks, without a name. Count the "
                                    "slips and how many name at least two correct risks; send "
                                    "only these two numbers to the ANITP regional centre."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "For the teacher",
                        "items": [
                            (
                                "Use only invented scenarios, and do not ask pupils to tell "
                                "personal stories."
                            ),
                            (
                                "Avoid images of chains or violence: most people are recruited "
                                "through deception, not force."
                            ),
                            (
                                "If a pupil tells you they are in danger, do not leave them alone: "
                                "tell the school management, who apply the child protection "
                                "procedure; in immediate danger, call 112."
                            ),
                        ],
                    },
                ],
                "form": {
                    "heading": "After the lesson, fill in: numbers only, no names",
                    "fields": [
                        "Pupils present",
                        "Exit slips received",
                        "Slips naming at least two correct risks",
                    ],
                },
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "ANITP’s free information line, for teachers, parents and pupils. It is "
                        "not an emergency line."
                    ),
                },
                "emergency": "Immediate danger: 112.",
            },
        },
    },
    # The diaspora campaign (PNA 1.1.4): the campaign page's own sentences. Printed in the
    # destination countries' languages too, for the local organisations that work with Romanians.
    {
        "key": "pleci-la-munca-pliant",
        "type": "leaflet",
        "title": {
            "ro": "Pliant „Pleci la muncă în străinătate? Verifică înainte!”",
            "en": "“Going to work abroad? Check first!” leaflet",
            "it": "Pieghevole «Vai a lavorare all'estero? Prima verifica!»",
            "es": "Folleto «¿Te vas a trabajar al extranjero? ¡Compruébalo antes!»",
            "de": "Faltblatt „Zum Arbeiten ins Ausland? Vorher prüfen!“",
        },
        "description": {
            "ro": (
                "Pliant A5 pentru românii care pleacă sau lucrează deja în străinătate: semnele "
                "unei oferte-capcană, ce verifici înainte de plecare și pe cine suni. Distribuit "
                "prin ambasade, consulate și asociațiile românești."
            ),
            "en": (
                "An A5 leaflet for Romanians who are going, or already work, abroad: the signs of "
                "a trap offer, what to check before leaving and who to call. Handed out by "
                "embassies, consulates and Romanian associations."
            ),
            "it": (
                "Pieghevole A5 per i romeni che partono o lavorano già all'estero: i segnali di "
                "un'offerta trappola, cosa verificare prima di partire e chi chiamare. Distribuito "
                "da ambasciate, consolati e associazioni romene."
            ),
            "es": (
                "Folleto A5 para las personas rumanas que se van o ya trabajan en el extranjero: "
                "las señales de una oferta trampa, qué comprobar antes de irse y a quién llamar. "
                "Lo reparten embajadas, consulados y asociaciones rumanas."
            ),
            "de": (
                "Faltblatt im Format A5 für Rumäninnen und Rumänen, die ins Ausland gehen oder "
                "dort schon arbeiten: Anzeichen eines Lockangebots, was vor der Abreise zu prüfen "
                "ist und wen man anruft. Verteilt von Botschaften, Konsulaten und rumänischen "
                "Vereinen."
            ),
        },
        "audiences": ["diaspora"],
        "forms": ["labour", "sexual"],
        "campaigns": ["pleci-la-munca-in-strainatate-verifica-inainte"],
        "pna_actions": ["1.1.1", "1.1.4"],
        "version": "1.0",
        "review_by": "2027-05-31",
        "print": _print("A5"),
        "files": {
            "ro": {
                "kicker": "Pentru românii care pleacă la muncă în străinătate",
                "heading": "Pleci la muncă în străinătate? Verifică înainte!",
                "lead": (
                    "Munca în străinătate poate fi o șansă reală. Câteva verificări simple, "
                    "înainte de plecare, te ajută să eviți ofertele înșelătoare."
                ),
                "sections": [
                    {
                        "heading": "Semne că oferta poate fi o capcană",
                        "items": [
                            (
                                "Salariul promis este mult mai mare decât de obicei și nu ți se "
                                "cer nici experiență, nici acte."
                            ),
                            "Ți se cer bani în avans pentru „intermediere”, drum sau cazare.",
                            "Nu există contract sau ți se spune că îl vei semna „la sosire”.",
                            "Cineva vrea să îți păstreze buletinul sau pașaportul.",
                        ],
                    },
                    {
                        "heading": "Înainte să pleci",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Verifică angajatorul și agenția",
                                "text": (
                                    "Agențiile din România care recrutează pentru străinătate "
                                    "trebuie să fie înregistrate la Inspectoratul Teritorial de "
                                    "Muncă (ITM)."
                                ),
                            },
                            {
                                "title": "Cere contractul într-o limbă pe care o înțelegi",
                                "text": (
                                    "Citește-l înainte să semnezi: salariul, programul, cazarea "
                                    "și costurile care ți se vor reține."
                                ),
                            },
                            {
                                "title": "Păstrează copii și lasă-ți datele la familie",
                                "text": (
                                    "Copii ale actelor și ale contractului, adresa de cazare, "
                                    "numele angajatorului și un mod sigur prin care pot lua "
                                    "legătura cu tine."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "Dacă ești deja acolo și ceva nu este în regulă",
                        "items": [
                            (
                                "Contactează ambasada sau consulatul României: acordă asistență "
                                "consulară cetățenilor români în dificultate, inclusiv victimelor "
                                "traficului de persoane."
                            ),
                            "Poți merge la poliția din țara în care te afli.",
                        ],
                    },
                ],
                "note": (
                    "Nu este vina ta. Victimele traficului de persoane au dreptul la protecție și "
                    "asistență."
                ),
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Gratuit din România: familia ta poate suna pentru informații și pentru a "
                        "semnala situația. Nu este o linie de urgență."
                    ),
                },
                "emergency": (
                    "În pericol imediat, sună la 112, numărul unic de urgență, gratuit în toate "
                    "statele Uniunii Europene."
                ),
            },
            "en": {
                "kicker": "For Romanians going to work abroad",
                "heading": "Going to work abroad? Check first!",
                "lead": (
                    "Working abroad can be a real opportunity. A few simple checks before you "
                    "leave help you avoid deceptive offers."
                ),
                "sections": [
                    {
                        "heading": "Signs that the offer may be a trap",
                        "items": [
                            (
                                "The promised pay is much higher than usual, and no experience or "
                                "documents are asked for."
                            ),
                            (
                                "You are asked for money in advance for “placement”, travel or "
                                "accommodation."
                            ),
                            (
                                "There is no contract, or you are told you will sign it “when you "
                                "arrive”."
                            ),
                            "Someone wants to keep your identity card or passport.",
                        ],
                    },
                    {
                        "heading": "Before you leave",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Check the employer and the agency",
                                "text": (
                                    "Agencies in Romania that recruit for jobs abroad must be "
                                    "registered with the Territorial Labour Inspectorate (ITM)."
                                ),
                            },
                            {
                                "title": "Ask for a contract in a language you understand",
                                "text": (
                                    "Read it before you sign: the pay, the hours, the "
                                    "accommodation and the costs that will be deducted from your "
                                    "wages."
                                ),
                            },
                            {
                                "title": "Keep copies and leave your details with your family",
                                "text": (
                                    "Copies of your documents and contract, the address where you "
                                    "will stay, your employer’s name and a safe way to reach you."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "If you are already there and something is wrong",
                        "items": [
                            (
                                "Contact the Romanian embassy or consulate, which gives consular "
                                "assistance to Romanian citizens in difficulty, including victims "
                                "of trafficking in persons."
                            ),
                            "You can go to the police in the country where you are.",
                        ],
                    },
                ],
                "note": (
                    "It is not your fault. Victims of trafficking in persons have the right to "
                    "protection and assistance."
                ),
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Free from within Romania: your family can call for information and to "
                        "report the situation. It is not an emergency line."
                    ),
                },
                "emergency": (
                    "In immediate danger, call 112, the single emergency number, free in every "
                    "country of the European Union."
                ),
            },
            "it": {
                "kicker": "Per i romeni che partono per lavorare all'estero",
                "heading": "Vai a lavorare all'estero? Prima verifica!",
                "lead": (
                    "Lavorare all'estero può essere una vera opportunità. Alcune semplici "
                    "verifiche prima di partire ti aiutano a evitare le offerte ingannevoli."
                ),
                "sections": [
                    {
                        "heading": "Segnali che l'offerta può essere una trappola",
                        "items": [
                            (
                                "Lo stipendio promesso è molto più alto del solito e non ti "
                                "chiedono né esperienza né documenti."
                            ),
                            (
                                "Ti chiedono soldi in anticipo per la «mediazione», il viaggio o "
                                "l'alloggio."
                            ),
                            "Il contratto non c'è, oppure ti dicono che lo firmerai «all'arrivo».",
                            "Qualcuno vuole tenere la tua carta d'identità o il tuo passaporto.",
                        ],
                    },
                    {
                        "heading": "Prima di partire",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Verifica il datore di lavoro e l'agenzia",
                                "text": (
                                    "Le agenzie in Romania che reclutano per l'estero devono "
                                    "essere registrate presso l'Ispettorato territoriale del "
                                    "lavoro (ITM)."
                                ),
                            },
                            {
                                "title": "Chiedi un contratto in una lingua che capisci",
                                "text": (
                                    "Leggilo prima di firmare: stipendio, orario, alloggio e costi "
                                    "che ti verranno trattenuti."
                                ),
                            },
                            {
                                "title": "Conserva copie e lascia i tuoi dati alla famiglia",
                                "text": (
                                    "Copie dei documenti e del contratto, l'indirizzo "
                                    "dell'alloggio, il nome del datore di lavoro e un modo sicuro "
                                    "per contattarti."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "Se sei già all'estero e qualcosa non va",
                        "items": [
                            (
                                "Contatta l'ambasciata o il consolato di Romania, che offrono "
                                "assistenza consolare ai cittadini romeni in difficoltà, comprese "
                                "le vittime della tratta di persone."
                            ),
                            "Puoi rivolgerti alla Polizia di Stato o ai Carabinieri.",
                        ],
                    },
                ],
                "note": (
                    "Non è colpa tua. Le vittime della tratta di persone hanno diritto a "
                    "protezione e assistenza."
                ),
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Gratuito dalla Romania: la tua famiglia può chiamare per informazioni e "
                        "per segnalare la situazione. Non è una linea di emergenza."
                    ),
                },
                "emergency": (
                    "In caso di pericolo immediato chiama il 112, il numero unico di emergenza, "
                    "gratuito in tutti i Paesi dell'Unione europea."
                ),
            },
            "es": {
                "kicker": "Para las personas rumanas que se van a trabajar al extranjero",
                "heading": "¿Te vas a trabajar al extranjero? ¡Compruébalo antes!",
                "lead": (
                    "Trabajar en el extranjero puede ser una oportunidad real. Unas "
                    "comprobaciones sencillas antes de partir te ayudan a evitar las ofertas "
                    "engañosas."
                ),
                "sections": [
                    {
                        "heading": "Señales de que la oferta puede ser una trampa",
                        "items": [
                            (
                                "El sueldo prometido es mucho más alto de lo normal y no te piden "
                                "experiencia ni documentos."
                            ),
                            (
                                "Te piden dinero por adelantado por la «intermediación», el viaje "
                                "o el alojamiento."
                            ),
                            "No hay contrato o te dicen que lo firmarás «al llegar».",
                            "Alguien quiere quedarse con tu documento de identidad o tu pasaporte.",
                        ],
                    },
                    {
                        "heading": "Antes de irte",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Comprueba la empresa y la agencia",
                                "text": (
                                    "Las agencias de Rumanía que contratan para el extranjero "
                                    "deben estar registradas en la Inspección Territorial de "
                                    "Trabajo (ITM)."
                                ),
                            },
                            {
                                "title": "Pide el contrato en un idioma que entiendas",
                                "text": (
                                    "Léelo antes de firmar: el salario, el horario, el "
                                    "alojamiento y los gastos que te descontarán."
                                ),
                            },
                            {
                                "title": "Guarda copias y deja tus datos a tu familia",
                                "text": (
                                    "Copias de tus documentos y del contrato, la dirección del "
                                    "alojamiento, el nombre de la empresa y una forma segura de "
                                    "contactar contigo."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "Si ya estás allí y algo va mal",
                        "items": [
                            (
                                "Ponte en contacto con la embajada o el consulado de Rumanía, que "
                                "prestan asistencia consular a los ciudadanos rumanos en "
                                "dificultades, incluidas las víctimas de trata de personas."
                            ),
                            "Puedes acudir a la Policía Nacional o a la Guardia Civil.",
                        ],
                    },
                ],
                "note": (
                    "No es culpa tuya. Las víctimas de trata de personas tienen derecho a "
                    "protección y asistencia."
                ),
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Gratuita desde Rumanía: tu familia puede llamar para informarse y "
                        "comunicar la situación. No es una línea de emergencias."
                    ),
                },
                "emergency": (
                    "En caso de peligro inmediato, llama al 112, el número único de emergencias, "
                    "gratuito en todos los países de la Unión Europea."
                ),
            },
            "de": {
                "kicker": "Für Rumäninnen und Rumänen, die zum Arbeiten ins Ausland gehen",
                "heading": "Zum Arbeiten ins Ausland? Vorher prüfen!",
                "lead": (
                    "Arbeit im Ausland kann eine echte Chance sein. Ein paar einfache Prüfungen "
                    "vor der Abreise helfen Ihnen, betrügerische Angebote zu vermeiden."
                ),
                "sections": [
                    {
                        "heading": "Anzeichen, dass ein Angebot eine Falle sein kann",
                        "items": [
                            (
                                "Der versprochene Lohn ist viel höher als üblich, und weder "
                                "Erfahrung noch Dokumente werden verlangt."
                            ),
                            (
                                "Sie sollen im Voraus für „Vermittlung“, Reise oder Unterkunft "
                                "bezahlen."
                            ),
                            (
                                "Es gibt keinen Vertrag, oder Sie sollen ihn „bei der Ankunft“ "
                                "unterschreiben."
                            ),
                            "Jemand will Ihren Personalausweis oder Reisepass behalten.",
                        ],
                    },
                    {
                        "heading": "Vor der Abreise",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Prüfen Sie Arbeitgeber und Agentur",
                                "text": (
                                    "Agenturen in Rumänien, die ins Ausland vermitteln, müssen "
                                    "beim zuständigen Kreisarbeitsinspektorat (ITM) registriert "
                                    "sein."
                                ),
                            },
                            {
                                "title": "Verlangen Sie einen Vertrag in einer Sprache, die Sie "
                                "verstehen",
                                "text": (
                                    "Lesen Sie ihn vor der Unterschrift: Lohn, Arbeitszeit, "
                                    "Unterkunft und die Kosten, die Ihnen abgezogen werden."
                                ),
                            },
                            {
                                "title": "Bewahren Sie Kopien auf und hinterlassen Sie Ihre Daten "
                                "bei der Familie",
                                "text": (
                                    "Kopien von Ausweis und Vertrag, die Adresse der Unterkunft, "
                                    "den Namen des Arbeitgebers und einen sicheren Weg, Sie zu "
                                    "erreichen."
                                ),
                            },
                        ],
                    },
                    {
                        "heading": "Wenn Sie schon dort sind und etwas nicht stimmt",
                        "items": [
                            (
                                "Wenden Sie sich an die rumänische Botschaft oder das Konsulat: "
                                "Sie leisten rumänischen Staatsangehörigen in Schwierigkeiten "
                                "konsularische Hilfe, auch Opfern von Menschenhandel."
                            ),
                            "Sie können sich an die Polizei wenden.",
                        ],
                    },
                ],
                "note": (
                    "Sie sind nicht schuld. Opfer von Menschenhandel haben Anspruch auf Schutz und "
                    "Unterstützung."
                ),
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Kostenlos innerhalb Rumäniens: Ihre Familie kann dort anrufen, um sich zu "
                        "informieren und die Situation zu melden. Keine Notrufnummer."
                    ),
                },
                "emergency": (
                    "Bei unmittelbarer Gefahr rufen Sie die 112 an, die einheitliche "
                    "Notrufnummer, die in allen Ländern der Europäischen Union kostenlos ist."
                ),
            },
        },
    },
    # Trafficking Prevention Week's advice for teenagers: the loverboy method [003:237-256], in
    # the campaign page's own words and in children's language [003:3395-3397].
    {
        "key": "cand-iubirea-e-o-capcana-pliant",
        "type": "leaflet",
        "title": {
            "ro": "Pliant pentru adolescenți: când „iubirea” este o capcană",
            "en": "Leaflet for teenagers: when “love” is a trap",
            "uk": "Листівка для підлітків: коли «кохання» — це пастка",
        },
        "description": {
            "ro": (
                "Pliant A6 pentru elevi despre recrutarea prin metoda „loverboy”: semne de alarmă "
                "și ce pot face, pe limba adolescenților. Și în ucraineană, pentru elevii veniți "
                "din Ucraina."
            ),
            "en": (
                "An A6 leaflet for pupils on “loverboy” recruitment: warning signs and what they "
                "can do, in teenagers’ own language. Also in Ukrainian, for pupils who came from "
                "Ukraine."
            ),
            "uk": (
                "Листівка формату A6 для учнів про вербування методом «лавербой»: тривожні ознаки "
                "й що робити, зрозумілою підліткам мовою. Також українською — для учнів, які "
                "приїхали з України."
            ),
        },
        "audiences": ["minors-parents"],
        "forms": ["sexual", "online"],
        "campaigns": ["saptamana-prevenirii-traficului-de-persoane-2020"],
        "pna_actions": ["1.2.1", "1.2.3"],
        "version": "1.1",
        "review_by": "2027-10-31",
        "print": _print("A6"),
        "files": {
            "ro": {
                "kicker": "Săptămâna Prevenirii Traficului de Persoane",
                "heading": "Când „iubirea” este o capcană",
                "lead": (
                    "Cineva pe care l-ai cunoscut de curând pare atent și înțelegător și îți "
                    "promite o viață mai bună. Apoi începe să îți ceară lucruri care nu îți plac."
                ),
                "sections": [
                    {
                        "heading": "Semne de alarmă",
                        "items": [
                            "Îți spune foarte repede că te iubește.",
                            (
                                "Îți cere să nu spui nimănui despre voi, nici părinților, nici "
                                "prietenilor."
                            ),
                            "Îți face cadouri sau îți dă bani, apoi îți spune că îi ești dator.",
                            "Îți cere poze sau filmări intime ori te amenință că le arată altora.",
                        ],
                    },
                    {
                        "heading": "Ce poți face",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Vorbește cu cineva",
                                "text": (
                                    "Spune unui părinte, unui profesor sau altui adult în care ai "
                                    "încredere."
                                ),
                            },
                            {
                                "title": "Nu trimite poze intime",
                                "text": (
                                    "Dacă ai trimis deja, nu este vina ta. Nu trimite altele, nu "
                                    "plăti și cere ajutor."
                                ),
                            },
                        ],
                    },
                ],
                "note": "Dacă ți se întâmplă ceva asemănător, nu este vina ta.",
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Apel gratuit: informații și sfaturi de siguranță. Nu este o linie de "
                        "urgență."
                    ),
                },
                "emergency": "Cineva este în pericol chiar acum? Sună la 112.",
            },
            "en": {
                "kicker": "Trafficking Prevention Week",
                "heading": "When “love” is a trap",
                "lead": (
                    "Someone you met only recently seems caring and understanding and promises "
                    "you a better life. Then they start asking for things you don’t like."
                ),
                "sections": [
                    {
                        "heading": "Warning signs",
                        "items": [
                            "They tell you very quickly that they love you.",
                            (
                                "They ask you not to tell anyone about the two of you, not your "
                                "parents and not your friends."
                            ),
                            "They give you presents or money, then say you owe them.",
                            (
                                "They ask for intimate photos or videos, or threaten to show them "
                                "to others."
                            ),
                        ],
                    },
                    {
                        "heading": "What you can do",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Talk to someone",
                                "text": "Tell a parent, a teacher or another adult you trust.",
                            },
                            {
                                "title": "Don’t send intimate photos",
                                "text": (
                                    "If you already have, it is not your fault. Don’t send any "
                                    "more, don’t pay, and ask for help."
                                ),
                            },
                        ],
                    },
                ],
                "note": "If something like this happens to you, it is not your fault.",
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Free call: information and safety advice. It is not an emergency line."
                    ),
                },
                "emergency": "Is someone in danger right now? Call 112.",
            },
            "uk": {
                "kicker": "Тиждень запобігання торгівлі людьми",
                "heading": "Коли «кохання» — це пастка",
                "lead": (
                    "Хтось, з ким ти нещодавно познайомився чи познайомилася, здається уважним і "
                    "чуйним та обіцяє краще життя. А потім починає просити того, що тобі не "
                    "подобається."
                ),
                "sections": [
                    {
                        "heading": "Тривожні ознаки",
                        "items": [
                            "Дуже швидко каже, що кохає тебе.",
                            "Просить нікому не розповідати про вас — ні батькам, ні друзям.",
                            "Дарує подарунки чи дає гроші, а потім каже, що ти винен чи винна.",
                            "Просить інтимні фото чи відео або погрожує показати їх іншим.",
                        ],
                    },
                    {
                        "heading": "Що ти можеш зробити",
                        "numbered": True,
                        "items": [
                            {
                                "title": "Поговори з кимось",
                                "text": (
                                    "Розкажи батькам, учителеві чи іншому дорослому, якому "
                                    "довіряєш."
                                ),
                            },
                            {
                                "title": "Не надсилай інтимних фото",
                                "text": (
                                    "Якщо фото вже надіслано, це не твоя провина. Не надсилай "
                                    "більше, нічого не плати й попроси допомоги."
                                ),
                            },
                        ],
                    },
                ],
                "note": "Якщо з тобою стається щось подібне, це не твоя провина.",
                "hotline": {
                    "title": "TelVerde 0800 800 678",
                    "text": (
                        "Безкоштовний дзвінок: інформація та поради з безпеки. Це не екстрена "
                        "лінія."
                    ),
                },
                "emergency": "Комусь загрожує небезпека просто зараз? Телефонуй 112.",
            },
        },
    },
]


# Romanian diplomatic missions and consular offices in the main destination countries
# [001:582-595]. Real missions; the e-mail addresses are placeholders.
POSTS = [
    {
        "code": "gb-london",
        "name": "Ambasada României în Regatul Unit al Marii Britanii și Irlandei de Nord",
        "country": "GB",
        "city": "Londra",
        "email": "gb-london@example.org",
    },
    {
        "code": "de-berlin",
        "name": "Ambasada României în Republica Federală Germania",
        "country": "DE",
        "city": "Berlin",
        "email": "de-berlin@example.org",
    },
    {
        "code": "de-munchen",
        "name": "Consulatul General al României la München",
        "country": "DE",
        "city": "München",
        "email": "de-munchen@example.org",
    },
    {
        "code": "it-roma",
        "name": "Ambasada României în Republica Italiană",
        "country": "IT",
        "city": "Roma",
        "email": "it-roma@example.org",
    },
    {
        "code": "it-milano",
        "name": "Consulatul General al României la Milano",
        "country": "IT",
        "city": "Milano",
        "email": "it-milano@example.org",
    },
    {
        "code": "es-madrid",
        "name": "Ambasada României în Regatul Spaniei",
        "country": "ES",
        "city": "Madrid",
        "email": "es-madrid@example.org",
    },
    {
        "code": "es-castellon",
        "name": "Consulatul General al României la Castellón de la Plana",
        "country": "ES",
        "city": "Castellón de la Plana",
        "email": "es-castellon@example.org",
    },
    {
        "code": "fr-paris",
        "name": "Ambasada României în Republica Franceză",
        "country": "FR",
        "city": "Paris",
        "email": "fr-paris@example.org",
    },
    {
        "code": "be-bruxelles",
        "name": "Ambasada României în Regatul Belgiei",
        "country": "BE",
        "city": "Bruxelles",
        "email": "be-bruxelles@example.org",
    },
    {
        "code": "at-viena",
        "name": "Ambasada României în Republica Austria",
        "country": "AT",
        "city": "Viena",
        "email": "at-viena@example.org",
    },
    {
        "code": "ie-dublin",
        "name": "Ambasada României în Irlanda",
        "country": "IE",
        "city": "Dublin",
        "email": "ie-dublin@example.org",
    },
]


# Orders for printed materials. An order's natural key is (post, created): the loader sets
# created_at to `created`, so a second run finds the same order. Times are UTC.
ORDERS = [
    {
        "post": "gb-london",
        "created": "2026-05-06T09:30:00+00:00",
        "status": "received",
        "approved": "2026-05-08T12:00:00+00:00",
        "shipped": "2026-05-15T08:00:00+00:00",
        "received": "2026-05-27T10:15:00+00:00",
        "note": (
            "Pentru sesiunile de informare cu asociațiile românești din Londra, Birmingham și "
            "Manchester."
        ),
        "coordinator_comment": "Aprobat. Expediere prin valiza diplomatică.",
        "lines": [
            ("pleci-la-munca-pliant", "ro", 1500),
            ("pleci-la-munca-pliant", "en", 300),
            ("telverde-card", "ro", 2000),
        ],
    },
    {
        "post": "es-castellon",
        "created": "2025-09-22T07:45:00+00:00",
        "status": "received",
        "approved": "2025-09-24T11:00:00+00:00",
        "shipped": "2025-10-01T08:00:00+00:00",
        "received": "2025-10-14T09:00:00+00:00",
        "note": "Pentru consulatele itinerante din Comunitatea Valenciană, octombrie–decembrie.",
        "coordinator_comment": "Aprobat.",
        "lines": [
            ("da-i-libertate-pliant", "ro", 1200),
            ("telverde-card", "ro", 1500),
        ],
    },
    {
        "post": "it-roma",
        "created": "2026-09-14T08:20:00+00:00",
        "status": "shipped",
        "approved": "2026-09-17T13:40:00+00:00",
        "shipped": "2026-09-29T07:30:00+00:00",
        "note": "Pentru Ziua Națională a României (1 decembrie) și întâlnirile cu asociațiile.",
        "coordinator_comment": "Aprobat; pliantul în italiană, pentru partenerii locali.",
        "lines": [
            ("pleci-la-munca-pliant", "ro", 2000),
            ("pleci-la-munca-pliant", "it", 500),
            ("da-i-libertate-pliant", "ro", 1000),
        ],
    },
    {
        "post": "es-madrid",
        "created": "2026-10-20T10:00:00+00:00",
        "status": "approved",
        "approved": "2026-10-23T09:10:00+00:00",
        "note": "Stand de informare la târgul de locuri de muncă pentru comunitatea românească.",
        "coordinator_comment": "Aprobat. Cardurile pleacă împreună cu pliantele.",
        "lines": [
            ("pleci-la-munca-pliant", "ro", 1500),
            ("pleci-la-munca-pliant", "es", 400),
            ("telverde-card", "ro", 1000),
        ],
    },
    {
        "post": "de-berlin",
        "created": "2026-11-16T14:05:00+00:00",
        "status": "submitted",
        "note": "Pentru serviciile religioase și asociațiile românești din Berlin și Brandenburg.",
        "lines": [
            ("pleci-la-munca-pliant", "ro", 1200),
            ("pleci-la-munca-pliant", "de", 300),
            ("da-i-libertate-pliant", "ro", 500),
        ],
    },
]


# Half-yearly distribution reports: counts only, never personal data. Natural key: (post, year,
# semester). 2025/S2 is approved and locked; 2026/S1 is submitted and awaits review.
REPORTS = [
    {
        "post": "gb-london",
        "year": 2025,
        "semester": 2,
        "status": "locked",
        "submitted": "2026-01-14T10:00:00+00:00",
        "locked": "2026-02-09T12:00:00+00:00",
        "people_reached": 1850,
        "associations_involved": 6,
        "lines": [
            ("da-i-libertate-pliant", "ro", 900),
            ("da-i-libertate-pliant", "en", 150),
            ("telverde-card", "ro", 1100),
        ],
    },
    {
        "post": "it-roma",
        "year": 2025,
        "semester": 2,
        "status": "locked",
        "submitted": "2026-01-12T09:00:00+00:00",
        "locked": "2026-02-09T12:00:00+00:00",
        "people_reached": 2400,
        "associations_involved": 9,
        "lines": [
            ("da-i-libertate-pliant", "ro", 1300),
            ("telverde-card", "ro", 1600),
        ],
    },
    {
        "post": "es-castellon",
        "year": 2025,
        "semester": 2,
        "status": "locked",
        "submitted": "2026-01-20T08:30:00+00:00",
        "locked": "2026-02-10T09:00:00+00:00",
        "people_reached": 1320,
        "associations_involved": 4,
        "lines": [
            ("da-i-libertate-pliant", "ro", 800),
            ("telverde-card", "ro", 950),
        ],
    },
    {
        "post": "de-berlin",
        "year": 2025,
        "semester": 2,
        "status": "locked",
        "submitted": "2026-01-16T13:00:00+00:00",
        "locked": "2026-02-10T09:00:00+00:00",
        "people_reached": 760,
        "associations_involved": 3,
        "lines": [
            ("da-i-libertate-pliant", "ro", 400),
            ("telverde-card", "ro", 500),
        ],
    },
    {
        "post": "gb-london",
        "year": 2026,
        "semester": 1,
        "status": "submitted",
        "submitted": "2026-07-13T10:30:00+00:00",
        "people_reached": 1240,
        "associations_involved": 5,
        "lines": [
            ("pleci-la-munca-pliant", "ro", 900),
            ("pleci-la-munca-pliant", "en", 150),
            ("telverde-card", "ro", 600),
        ],
    },
    {
        "post": "es-castellon",
        "year": 2026,
        "semester": 1,
        "status": "submitted",
        "submitted": "2026-07-08T07:50:00+00:00",
        "people_reached": 980,
        "associations_involved": 3,
        "lines": [
            ("da-i-libertate-pliant", "ro", 400),
            ("telverde-card", "ro", 550),
        ],
    },
    {
        "post": "it-roma",
        "year": 2026,
        "semester": 1,
        "status": "submitted",
        "submitted": "2026-07-15T11:20:00+00:00",
        "people_reached": 1560,
        "associations_involved": 7,
        "lines": [
            ("da-i-libertate-pliant", "ro", 350),
            ("telverde-card", "ro", 700),
        ],
    },
]
