"""Real prevention texts the demo loader puts on the public home and audience pages."""

# The texts are in six scripts on purpose; Cyrillic, Devanagari, Sinhala and Arabic letters
# and typographic punctuation are not look-alikes of ASCII here.

LANGUAGES = ("ro", "en", "ne", "si", "ur", "uk")

# The audience taxonomy (a translated snippet); keys are referenced by AUDIENCE_PAGES.
AUDIENCES = [
    {
        "key": "minors-parents",
        "name": {
            "ro": "Minori și părinți",
            "en": "Minors and parents",
            "ne": "नाबालिग र अभिभावक",
            "si": "බාලවයස්කරුවන් සහ දෙමාපියන්",
            "ur": "نابالغ اور والدین",
            "uk": "Неповнолітні та батьки",
        },
        "description": {
            "ro": (
                "Informații pentru copii, adolescenți, părinți și profesori despre riscurile din "
                "mediul online și despre metoda „loverboy”."
            ),
            "en": (
                "Information for children, teenagers, parents and teachers about online risks and "
                "the “loverboy” method."
            ),
            "ne": (
                "अनलाइन जोखिम र “लभरबोय” तरिकाबारे बालबालिका, किशोरकिशोरी, अभिभावक र शिक्षकका लागि "
                "जानकारी।"
            ),
            "si": "අන්තර්ජාලයේ අවදානම් සහ “ලවර්බෝයි” ක්‍රමය ගැන ළමුන්, යෞවනයන්, දෙමාපියන් සහ ගුරුවරුන් සඳහා තොරතුරු.",
            "ur": (
                "بچوں، نوعمروں، والدین اور اساتذہ کے لیے آن لائن خطرات اور لوَر بوائے طریقے کے بارے "
                "میں معلومات۔"
            ),
            "uk": (
                "Інформація для дітей, підлітків, батьків і вчителів про ризики в інтернеті та "
                "метод «лавербой»."
            ),
        },
    },
    {
        "key": "foreign-workers",
        "name": {
            "ro": "Lucrători străini",
            "en": "Foreign workers",
            "ne": "विदेशी कामदार",
            "si": "විදේශීය සේවකයන්",
            "ur": "غیر ملکی کارکن",
            "uk": "Іноземні працівники",
        },
        "description": {
            "ro": (
                "Drepturile tale ca lucrător străin în România și semnele exploatării prin muncă, "
                "în limba ta."
            ),
            "en": (
                "Your rights as a foreign worker in Romania and the signs of labour exploitation, "
                "in your language."
            ),
            "ne": "रोमानियामा विदेशी कामदारका रूपमा तपाईंका अधिकार र श्रम शोषणका संकेतहरू, तपाईंकै भाषामा।",
            "si": "රුමේනියාවේ විදේශීය සේවකයකු ලෙස ඔබේ අයිතිවාසිකම් සහ ශ්‍රම සූරාකෑමේ ලකුණු, ඔබේම භාෂාවෙන්.",
            "ur": (
                "رومانیہ میں غیر ملکی کارکن کی حیثیت سے آپ کے حقوق اور مزدوری کے استحصال کی "
                "علامات، آپ کی اپنی زبان میں۔"
            ),
            "uk": (
                "Ваші права як іноземного працівника в Румунії та ознаки трудової експлуатації — "
                "вашою мовою."
            ),
        },
    },
    {
        "key": "diaspora",
        "name": {
            "ro": "Români în străinătate",
            "en": "Romanians abroad",
            "ne": "विदेशमा रहेका रोमानियाली",
            "si": "විදේශගත රුමේනියානුවන්",
            "ur": "بیرون ملک مقیم رومانیائی",
            "uk": "Румуни за кордоном",
        },
        "description": {
            "ro": (
                "Sfaturi pentru cei care pleacă la muncă în străinătate și pentru comunitățile "
                "românești de peste hotare."
            ),
            "en": (
                "Advice for people going to work abroad and for Romanian communities outside the "
                "country."
            ),
            "ne": "विदेशमा काम गर्न जानेहरू र रोमानियाबाहिर रहेका रोमानियाली समुदायका लागि सुझाव।",
            "si": "විදේශ රැකියා සඳහා යන අයට සහ රුමේනියාවෙන් පිටත වෙසෙන රුමේනියානු ප්‍රජාවන්ට උපදෙස්.",
            "ur": (
                "کام کے لیے بیرون ملک جانے والوں اور ملک سے باہر رومانیائی برادریوں کے لیے مشورے۔"
            ),
            "uk": (
                "Поради для тих, хто їде працювати за кордон, і для румунських громад за межами "
                "країни."
            ),
        },
    },
    {
        "key": "demand-reduction",
        "name": {
            "ro": "Reducerea cererii",
            "en": "Reducing demand",
            "ne": "माग घटाउने",
            "si": "ඉල්ලුම අඩු කිරීම",
            "ur": "طلب میں کمی",
            "uk": "Зменшення попиту",
        },
        "description": {
            "ro": (
                "Pentru cei care cumpără servicii sau muncă: cum să nu plătești, fără să știi, "
                "exploatarea unui om."
            ),
            "en": (
                "For people who buy services or labour: how to avoid paying, without knowing it, "
                "for someone’s exploitation."
            ),
            "ne": "सेवा वा श्रम किन्नेहरूका लागि: थाहै नपाई कसैको शोषणका लागि पैसा तिर्नबाट कसरी बच्ने।",
            "si": "සේවා හෝ ශ්‍රමය මිලදී ගන්නා අය සඳහා: නොදැනුවත්වම කෙනෙකුගේ සූරාකෑමට මුදල් ගෙවීමෙන් වළකින්නේ කෙසේද.",
            "ur": (
                "خدمات یا مزدوری خریدنے والوں کے لیے: انجانے میں کسی کے استحصال کی قیمت ادا کرنے "
                "سے کیسے بچیں۔"
            ),
            "uk": (
                "Для тих, хто купує послуги чи працю: як не оплатити, самому того не знаючи, чиюсь "
                "експлуатацію."
            ),
        },
    },
    {
        "key": "general-public",
        "name": {
            "ro": "Publicul larg",
            "en": "General public",
            "ne": "आम जनता",
            "si": "මහජනතාව",
            "ur": "عام لوگ",
            "uk": "Широка громадськість",
        },
        "description": {
            "ro": "Ce este traficul de persoane, ce forme are și cum poți semnala un posibil caz.",
            "en": (
                "What trafficking in persons is, the forms it takes and how to report a possible "
                "case."
            ),
            "ne": "मानव बेचबिखन के हो, यसका रूपहरू के-के हुन् र सम्भावित घटनाबारे कसरी खबर गर्ने।",
            "si": "මිනිස් ජාවාරම යනු කුමක්ද, එහි ස්වරූප මොනවාද සහ සැක සහිත සිද්ධියක් දැනුම් දෙන්නේ කෙසේද.",
            "ur": (
                "انسانی تجارت کیا ہے، اس کی کون کون سی شکلیں ہیں اور کسی ممکنہ واقعے کی اطلاع کیسے "
                "دی جائے۔"
            ),
            "uk": (
                "Що таке торгівля людьми, яких форм вона набуває і як повідомити про можливий "
                "випадок."
            ),
        },
    },
]

# The site's home page: every text in all six languages.
HOME = {
    "title": {
        "ro": "Împreună împotriva traficului de persoane",
        "en": "Together against trafficking in persons",
        "ne": "मानव बेचबिखनविरुद्ध सँगै",
        "si": "මිනිස් ජාවාරමට එරෙහිව එක්ව",
        "ur": "انسانی تجارت کے خلاف، سب مل کر",
        "uk": "Разом проти торгівлі людьми",
    },
    "intro": {
        "ro": (
            "Agenția Națională împotriva Traficului de Persoane (ANITP) informează, previne și "
            "sprijină. Aici găsești informații clare despre riscuri, despre drepturile tale și "
            "despre locurile unde poți cere ajutor."
        ),
        "en": (
            "The National Agency against Trafficking in Persons (ANITP) informs, prevents and "
            "supports. Here you will find clear information about the risks, about your rights and "
            "about where to ask for help."
        ),
        "ne": (
            "रोमानियाको मानव बेचबिखनविरुद्धको राष्ट्रिय एजेन्सी (ANITP) ले जानकारी दिन्छ, रोकथाम गर्छ र "
            "सहयोग गर्छ। यहाँ जोखिम, तपाईंका अधिकार र सहयोग कहाँ माग्ने भन्नेबारे स्पष्ट जानकारी पाउनुहुन्छ।"
        ),
        "si": (
            "මිනිස් ජාවාරමට එරෙහි රුමේනියානු ජාතික ඒජන්සිය (ANITP) තොරතුරු ලබා දෙයි, ජාවාරම වළක්වයි සහ සහාය වෙයි. "
            "අවදානම්, ඔබේ අයිතිවාසිකම් සහ උදව් ඉල්ලිය හැකි තැන් ගැන පැහැදිලි තොරතුරු මෙහි ඇත."
        ),
        "ur": (
            "رومانیہ کی انسانی تجارت کے خلاف قومی ایجنسی (ANITP) آگاہی دیتی ہے، روک تھام کرتی ہے "
            "اور مدد فراہم کرتی ہے۔ یہاں آپ کو خطرات، اپنے حقوق اور مدد حاصل کرنے کی جگہوں کے بارے "
            "میں واضح معلومات ملیں گی۔"
        ),
        "uk": (
            "Національне агентство з протидії торгівлі людьми (ANITP) інформує, запобігає та "
            "підтримує. Тут ви знайдете зрозумілу інформацію про ризики, про свої права і про те, "
            "де можна попросити допомоги."
        ),
    },
    "body": {
        "ro": [
            {
                "type": "heading",
                "value": {
                    "text": "Cine suntem",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Agenția Națională împotriva Traficului de Persoane (ANITP) este instituția "
                    "statului român, din subordinea Ministerului Afacerilor Interne, care "
                    "coordonează, evaluează și monitorizează la nivel național activitatea "
                    "instituțiilor publice și a organizațiilor neguvernamentale în lupta împotriva "
                    "traficului de persoane. ANITP îndeplinește rolul de <b>raportor național</b> "
                    "și lucrează prin centrele sale regionale, împreună cu școli, autorități "
                    "locale, organizații neguvernamentale și mediul privat.</p><p>Strategia "
                    "națională împotriva traficului de persoane pentru perioada 2024–2028 are un "
                    "mesaj simplu: <i>„Protejăm viitorul! Împreună împotriva traficului de "
                    "persoane, pentru drepturile și demnitatea fiecărei "
                    "persoane.”</i></p><p>Site-ul oficial al agenției: <a "
                    'href="https://anitp.mai.gov.ro">anitp.mai.gov.ro</a>.</p>'
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Ce facem pentru prevenire",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Prevenirea înseamnă informație corectă, care ajunge la timp la oamenii "
                    "potriviți. În 2019, peste 2.500 de activități de prevenire au ajuns la "
                    "aproximativ 180.000 de persoane. În jurul datei de <b>18 octombrie – Ziua "
                    "Europeană de Luptă împotriva Traficului de Persoane</b>, ANITP organizează "
                    "„Săptămâna Prevenirii Traficului de Persoane”. În 2020, între 12 și 18 "
                    "octombrie, cele 242 de activități ale campaniei au ajuns la 9.086 de "
                    "persoane, în școli, în spații publice și online.</p><p>Pe acest site găsești "
                    "informații pentru copii și părinți, pentru lucrătorii străini din România, "
                    "pentru românii care pleacă sau trăiesc în străinătate, pentru cei care "
                    "cumpără servicii sau muncă și pentru publicul larg.</p>"
                ),
            },
            {
                "type": "steps",
                "value": {
                    "heading": "Cum ne poți ajuta",
                    "steps": [
                        {
                            "title": "Informează-te",
                            "text": (
                                "Află cum acționează recrutorii: oferte prea bune ca să fie "
                                "adevărate, promisiuni de iubire sau de câștig rapid."
                            ),
                        },
                        {
                            "title": "Vorbește cu cei apropiați",
                            "text": (
                                "De cele mai multe ori, recrutorul este o persoană cunoscută. "
                                "Discută cu familia și cu prietenii înainte ca cineva să accepte o "
                                "ofertă de muncă sau să plece de acasă."
                            ),
                        },
                        {
                            "title": "Semnalează",
                            "text": (
                                "Dacă ceva ți se pare în neregulă, sună la linia gratuită. Nu "
                                "trebuie să fii sigur că este vorba de trafic de persoane."
                            ),
                        },
                        {
                            "title": "Respectă demnitatea victimelor",
                            "text": (
                                "Nu distribui imagini sau date personale ale persoanelor "
                                "exploatate. Supraviețuitorii au dreptul la intimitate și la "
                                "respect."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "hotline",
                "value": {
                    "heading": "Linia TelVerde – informare gratuită",
                    "text": (
                        "Linia TelVerde a ANITP este gratuită și oferă informații despre traficul "
                        "de persoane și recomandări de siguranță; prin ea poți semnala și un "
                        "posibil caz. Nu este o linie de urgență: dacă cineva este în pericol "
                        "imediat, sună la numărul unic de urgență."
                    ),
                },
            },
        ],
        "en": [
            {
                "type": "heading",
                "value": {
                    "text": "Who we are",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The National Agency against Trafficking in Persons (ANITP) is the Romanian "
                    "state institution, under the Ministry of Internal Affairs, that coordinates, "
                    "evaluates and monitors at national level the work of public institutions and "
                    "non-governmental organisations against trafficking in persons. ANITP is "
                    "Romania’s <b>national rapporteur</b> on trafficking and works through its "
                    "regional centres together with schools, local authorities, NGOs and private "
                    "companies.</p><p>The National Strategy against Trafficking in Persons "
                    "2024–2028 carries a simple message: <i>“Protecting the future! Together "
                    "against trafficking in persons, for the rights and dignity of every "
                    "person.”</i></p><p>The agency’s official website: <a "
                    'href="https://anitp.mai.gov.ro">anitp.mai.gov.ro</a> (in Romanian).</p>'
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Prevention in practice",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Prevention means accurate information that reaches the right people in "
                    "time. In 2019, more than 2,500 prevention activities reached about 180,000 "
                    "people. Around <b>18 October, the European Anti-Trafficking Day</b>, ANITP "
                    "organises the “Trafficking Prevention Week”. In 2020, from 12 to 18 October, "
                    "the campaign’s 242 activities reached 9,086 people in schools, in public "
                    "spaces and online.</p><p>On this site you will find information for children "
                    "and parents, for foreign workers in Romania, for Romanians who are leaving "
                    "for or living abroad, for people who buy services or labour, and for the "
                    "general public.</p>"
                ),
            },
            {
                "type": "steps",
                "value": {
                    "heading": "How you can help",
                    "steps": [
                        {
                            "title": "Stay informed",
                            "text": (
                                "Learn how recruiters operate: offers that are too good to be "
                                "true, promises of love or of quick money."
                            ),
                        },
                        {
                            "title": "Talk to the people close to you",
                            "text": (
                                "Most often the recruiter is someone the victim knows. Talk with "
                                "family and friends before anyone accepts a job offer or leaves "
                                "home."
                            ),
                        },
                        {
                            "title": "Report your concerns",
                            "text": (
                                "If something seems wrong, call the free line. You do not need to "
                                "be sure that it is trafficking."
                            ),
                        },
                        {
                            "title": "Respect victims’ dignity",
                            "text": (
                                "Do not share images or personal details of people who have been "
                                "exploited. Survivors have a right to privacy and respect."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "hotline",
                "value": {
                    "heading": "TelVerde – free information line",
                    "text": (
                        "ANITP’s TelVerde line is free of charge and gives information about "
                        "trafficking in persons and safety advice; you can also use it to report a "
                        "possible case. It is not an emergency line: if someone is in immediate "
                        "danger, call the single emergency number."
                    ),
                },
            },
        ],
        "ne": [
            {
                "type": "heading",
                "value": {
                    "text": "हामी को हौं",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>मानव बेचबिखनविरुद्धको राष्ट्रिय एजेन्सी (ANITP) रोमानियाको गृह मन्त्रालयअन्तर्गतको "
                    "सरकारी निकाय हो। यसले मानव बेचबिखनविरुद्ध सरकारी निकाय र गैरसरकारी संस्थाहरूले गर्ने "
                    "कामको राष्ट्रिय स्तरमा समन्वय, मूल्याङ्कन र अनुगमन गर्छ। ANITP मानव बेचबिखनसम्बन्धी "
                    "रोमानियाको <b>राष्ट्रिय प्रतिवेदक</b> (national rapporteur) हो र आफ्ना क्षेत्रीय "
                    "केन्द्रहरूमार्फत विद्यालय, स्थानीय निकाय, गैरसरकारी संस्था र निजी क्षेत्रसँग मिलेर काम "
                    "गर्छ।</p><p>मानव बेचबिखनविरुद्धको राष्ट्रिय रणनीति २०२४–२०२८ को सन्देश सरल छ: "
                    "<i>“भविष्यको रक्षा गरौं! हरेक व्यक्तिको अधिकार र मर्यादाका लागि, मानव बेचबिखनविरुद्ध "
                    "सँगै।”</i></p><p>एजेन्सीको आधिकारिक वेबसाइट: <a "
                    'href="https://anitp.mai.gov.ro">anitp.mai.gov.ro</a> (रोमानियाली भाषामा)।</p>'
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "रोकथामका काम",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>रोकथाम भनेको सही जानकारी समयमै सही मानिसहरूसम्म पुग्नु हो। सन् २०१९ मा २,५०० भन्दा "
                    "बढी रोकथाम गतिविधिमार्फत करिब १,८०,००० जनासम्म जानकारी पुगेको थियो। <b>अक्टोबर १८, "
                    "मानव बेचबिखनविरुद्धको युरोपेली दिवस</b>का अवसरमा ANITP ले “मानव बेचबिखन रोकथाम "
                    "सप्ताह” आयोजना गर्छ। सन् २०२० मा अक्टोबर १२ देखि १८ सम्म भएका २४२ गतिविधिमार्फत "
                    "विद्यालय, सार्वजनिक स्थल र अनलाइनमा ९,०८६ जनासम्म जानकारी पुगेको थियो।</p><p>यस "
                    "वेबसाइटमा बालबालिका र अभिभावक, रोमानियामा काम गर्ने विदेशी कामदार, विदेश जाने वा "
                    "विदेशमा बस्ने रोमानियाली, सेवा वा श्रम किन्ने व्यक्ति तथा आम जनताका लागि जानकारी छ।</p>"
                ),
            },
            {
                "type": "steps",
                "value": {
                    "heading": "तपाईं कसरी सहयोग गर्न सक्नुहुन्छ",
                    "steps": [
                        {
                            "title": "जानकारी लिनुहोस्",
                            "text": (
                                "भर्ती गर्नेहरू कसरी काम गर्छन् भन्ने बुझ्नुहोस्: पत्याउनै नसकिने राम्रा प्रस्ताव, "
                                "प्रेम वा छिटो कमाइका वाचा।"
                            ),
                        },
                        {
                            "title": "आफ्ना मान्छेसँग कुरा गर्नुहोस्",
                            "text": (
                                "प्रायः भर्ती गर्ने व्यक्ति पीडितको चिनजानकै मान्छे हुन्छ। कसैले कामको प्रस्ताव "
                                "स्वीकार्नु वा घर छाड्नुअघि परिवार र साथीहरूसँग कुरा गर्नुहोस्।"
                            ),
                        },
                        {
                            "title": "चिन्ता लागे खबर गर्नुहोस्",
                            "text": (
                                "केही ठीक छैन जस्तो लागे निःशुल्क लाइनमा फोन गर्नुहोस्। यो मानव बेचबिखन नै हो "
                                "भनेर पक्का हुनु आवश्यक छैन।"
                            ),
                        },
                        {
                            "title": "पीडितको मर्यादाको सम्मान गर्नुहोस्",
                            "text": (
                                "शोषणमा परेका व्यक्तिका तस्बिर वा व्यक्तिगत विवरण सेयर नगर्नुहोस्। यसबाट "
                                "बाँचेर आएकाहरूलाई गोपनीयता र सम्मानको अधिकार छ।"
                            ),
                        },
                    ],
                },
            },
            {
                "type": "hotline",
                "value": {
                    "heading": "TelVerde – निःशुल्क सूचना लाइन",
                    "text": (
                        "ANITP को TelVerde लाइन निःशुल्क छ। यसले मानव बेचबिखनबारे जानकारी र सुरक्षासम्बन्धी "
                        "सुझाव दिन्छ, र यसमार्फत सम्भावित घटनाबारे खबर पनि गर्न सकिन्छ। यो आपतकालीन लाइन "
                        "होइन: कोही तत्काल खतरामा छ भने आपतकालीन नम्बरमा फोन गर्नुहोस्।"
                    ),
                },
            },
        ],
        "si": [
            {
                "type": "heading",
                "value": {
                    "text": "අපි කවුද",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>මිනිස් ජාවාරමට එරෙහි ජාතික ඒජන්සිය (ANITP) රුමේනියාවේ අභ්‍යන්තර කටයුතු අමාත්‍යාංශය යටතේ "
                    "ක්‍රියාත්මක වන රාජ්‍ය ආයතනයකි. මිනිස් ජාවාරමට එරෙහිව රාජ්‍ය ආයතන සහ රාජ්‍ය නොවන සංවිධාන කරන "
                    "කටයුතු ජාතික මට්ටමින් සම්බන්ධීකරණය කිරීම, ඇගයීම සහ අධීක්ෂණය කිරීම මෙම ඒජන්සියේ කාර්යයයි. ANITP "
                    "මිනිස් ජාවාරම පිළිබඳ රුමේනියාවේ <b>ජාතික වාර්තාකරු</b> (national rapporteur) ලෙස කටයුතු "
                    "කරන අතර, සිය ප්‍රාදේශීය මධ්‍යස්ථාන හරහා පාසල්, පළාත් පාලන ආයතන, රාජ්‍ය නොවන සංවිධාන සහ "
                    "පෞද්ගලික අංශය සමඟ එක්ව වැඩ කරයි.</p><p>2024–2028 මිනිස් ජාවාරමට එරෙහි ජාතික උපායමාර්ගයේ "
                    "පණිවිඩය සරලයි: <i>“අනාගතය ආරක්ෂා කරමු! සෑම පුද්ගලයකුගේම අයිතිවාසිකම් සහ ගෞරවය වෙනුවෙන්, මිනිස් "
                    "ජාවාරමට එරෙහිව එක්ව.”</i></p><p>ඒජන්සියේ නිල වෙබ් අඩවිය: <a "
                    'href="https://anitp.mai.gov.ro">anitp.mai.gov.ro</a> (රුමේනියානු භාෂාවෙන්).</p>'
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "වැළැක්වීමේ කටයුතු",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>වැළැක්වීම යනු නිවැරදි තොරතුරු නියමිත වේලාවට නිවැරදි පුද්ගලයන් වෙත ළඟා වීමයි. 2019 දී "
                    "වැළැක්වීමේ ක්‍රියාකාරකම් 2,500කට වඩා වැඩි ගණනක් මගින් ආසන්න වශයෙන් 180,000 දෙනෙකු දැනුවත් "
                    "කෙරිණි. <b>ඔක්තෝබර් 18 වන දින, මිනිස් ජාවාරමට එරෙහි යුරෝපීය දිනය</b> නිමිත්තෙන් ANITP “මිනිස් "
                    "ජාවාරම වැළැක්වීමේ සතිය” සංවිධානය කරයි. 2020 ඔක්තෝබර් 12 සිට 18 දක්වා පැවති ක්‍රියාකාරකම් "
                    "242 මගින් පාසල්වල, පොදු ස්ථානවල සහ අන්තර්ජාලය හරහා 9,086 දෙනෙකු දැනුවත් කෙරිණි.</p><p>ළමුන් "
                    "සහ දෙමාපියන්, රුමේනියාවේ වැඩ කරන විදේශීය සේවකයන්, විදෙස්ගත වන හෝ විදෙස්ගතව වෙසෙන "
                    "රුමේනියානුවන්, සේවා හෝ ශ්‍රමය මිලදී ගන්නා අය සහ මහජනතාව සඳහා තොරතුරු මෙම වෙබ් අඩවියේ "
                    "ඇත.</p>"
                ),
            },
            {
                "type": "steps",
                "value": {
                    "heading": "ඔබට උදව් කළ හැකි ආකාරය",
                    "steps": [
                        {
                            "title": "දැනුවත් වන්න",
                            "text": (
                                "බඳවා ගන්නන් ක්‍රියා කරන ආකාරය තේරුම් ගන්න: විශ්වාස කළ නොහැකි තරම් හොඳ යෝජනා, "
                                "ආදරය හෝ ඉක්මන් මුදල් පිළිබඳ පොරොන්දු."
                            ),
                        },
                        {
                            "title": "සමීපතයන් සමඟ කතා කරන්න",
                            "text": (
                                "බොහෝ විට බඳවා ගන්නා තැනැත්තා වින්දිතයා දැනටමත් හඳුනන අයෙකි. කෙනෙකු රැකියා "
                                "යෝජනාවක් පිළිගැනීමට හෝ නිවසින් පිටත්ව යාමට පෙර පවුලේ අය හා මිතුරන් සමඟ කතා "
                                "කරන්න."
                            ),
                        },
                        {
                            "title": "සැකයක් ඇත්නම් දැනුම් දෙන්න",
                            "text": (
                                "යමක් වැරදි බව පෙනේ නම් නොමිලේ ඇමතිය හැකි අංකයට කතා කරන්න. එය මිනිස් ජාවාරමක් "
                                "බව ඔබට ස්ථිරව දැන සිටිය යුතු නැත."
                            ),
                        },
                        {
                            "title": "වින්දිතයන්ගේ ගෞරවය රකින්න",
                            "text": (
                                "සූරාකෑමට ලක් වූ අයගේ ඡායාරූප හෝ පුද්ගලික තොරතුරු බෙදා නොගන්න. දිවි ගලවා ගත් "
                                "අයට පෞද්ගලිකත්වය සහ ගෞරවය හිමි වේ."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "hotline",
                "value": {
                    "heading": "TelVerde – නොමිලේ තොරතුරු සේවාව",
                    "text": (
                        "ANITP හි TelVerde දුරකථන සේවාව නොමිලේ ඇමතිය හැකි අතර, මිනිස් ජාවාරම පිළිබඳ තොරතුරු සහ "
                        "ආරක්ෂක උපදෙස් ලබා දෙයි; සැක සහිත සිද්ධියක් දැනුම් දීමටද එය භාවිත කළ හැක. මෙය හදිසි ඇමතුම් "
                        "සේවාවක් නොවේ: යමෙකු වහාම අනතුරක සිටී නම් හදිසි ඇමතුම් අංකයට කතා කරන්න."
                    ),
                },
            },
        ],
        "ur": [
            {
                "type": "heading",
                "value": {
                    "text": "ہم کون ہیں",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>انسانی تجارت کے خلاف قومی ایجنسی (ANITP) رومانیہ کی وزارتِ داخلہ کے تحت کام "
                    "کرنے والا سرکاری ادارہ ہے۔ یہ انسانی تجارت کے خلاف سرکاری اداروں اور غیر "
                    "سرکاری تنظیموں کے کام کو قومی سطح پر مربوط کرتی ہے، اس کا جائزہ لیتی ہے اور "
                    "اس کی نگرانی کرتی ہے۔ ANITP انسانی تجارت کے بارے میں رومانیہ کی <b>قومی "
                    "رپورٹر</b> (national rapporteur) ہے اور اپنے علاقائی مراکز کے ذریعے اسکولوں، "
                    "مقامی حکام، غیر سرکاری تنظیموں اور نجی شعبے کے ساتھ مل کر کام کرتی "
                    "ہے۔</p><p>انسانی تجارت کے خلاف 2024–2028 کی قومی حکمتِ عملی کا پیغام سادہ ہے: "
                    "<i>ہم مستقبل کی حفاظت کرتے ہیں! انسانی تجارت کے خلاف سب مل کر، ہر انسان کے "
                    "حقوق اور وقار کے لیے۔</i></p><p>ایجنسی کی سرکاری ویب سائٹ: <a "
                    'href="https://anitp.mai.gov.ro">anitp.mai.gov.ro</a> (رومانیائی زبان میں)۔</p>'
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "روک تھام کا کام",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>روک تھام کا مطلب ہے کہ درست معلومات بروقت صحیح لوگوں تک پہنچیں۔ 2019 میں "
                    "روک تھام کی 2,500 سے زائد سرگرمیوں کے ذریعے تقریباً 180,000 افراد تک معلومات "
                    "پہنچائی گئیں۔ <b>18 اکتوبر، انسانی تجارت کے خلاف یورپی دن</b> کے موقع پر "
                    "ANITP <i>انسانی تجارت کی روک تھام کا ہفتہ</i> منعقد کرتی ہے۔ 2020 میں 12 سے "
                    "18 اکتوبر تک ہونے والی 242 سرگرمیوں کے ذریعے اسکولوں، عوامی مقامات اور آن "
                    "لائن 9,086 افراد تک معلومات پہنچیں۔</p><p>اس ویب سائٹ پر بچوں اور والدین، "
                    "رومانیہ میں کام کرنے والے غیر ملکی کارکنوں، بیرون ملک جانے والے یا وہاں رہنے "
                    "والے رومانیائی شہریوں، خدمات یا مزدوری خریدنے والوں اور عام لوگوں کے لیے "
                    "معلومات موجود ہیں۔</p>"
                ),
            },
            {
                "type": "steps",
                "value": {
                    "heading": "آپ کیسے مدد کر سکتے ہیں",
                    "steps": [
                        {
                            "title": "معلومات حاصل کریں",
                            "text": (
                                "جانیں کہ بھرتی کرنے والے کیسے کام کرتے ہیں: ناقابلِ یقین حد تک "
                                "اچھی پیشکشیں، محبت یا جلدی پیسہ کمانے کے وعدے۔"
                            ),
                        },
                        {
                            "title": "اپنے قریبی لوگوں سے بات کریں",
                            "text": (
                                "اکثر بھرتی کرنے والا کوئی جان پہچان والا ہی ہوتا ہے۔ نوکری کی "
                                "پیشکش قبول کرنے یا گھر چھوڑنے سے پہلے اپنے گھر والوں اور دوستوں "
                                "سے بات کریں۔"
                            ),
                        },
                        {
                            "title": "شک ہو تو اطلاع دیں",
                            "text": (
                                "اگر کچھ غلط محسوس ہو تو مفت لائن پر کال کریں۔ اس بات کا یقین ہونا "
                                "ضروری نہیں کہ یہ انسانی تجارت ہی ہے۔"
                            ),
                        },
                        {
                            "title": "متاثرین کے وقار کا احترام کریں",
                            "text": (
                                "استحصال کا شکار ہونے والوں کی تصاویر یا ذاتی معلومات شیئر نہ "
                                "کریں۔ اس سے گزر کر نکلنے والوں کو رازداری اور عزت کا حق حاصل ہے۔"
                            ),
                        },
                    ],
                },
            },
            {
                "type": "hotline",
                "value": {
                    "heading": "TelVerde – مفت معلوماتی لائن",
                    "text": (
                        "ANITP کی TelVerde لائن مفت ہے اور انسانی تجارت کے بارے میں معلومات اور "
                        "حفاظتی مشورے دیتی ہے؛ اس کے ذریعے آپ کسی ممکنہ واقعے کی اطلاع بھی دے سکتے "
                        "ہیں۔ یہ ہنگامی لائن نہیں ہے: اگر کسی کو فوری خطرہ ہو تو ہنگامی نمبر پر "
                        "کال کریں۔"
                    ),
                },
            },
        ],
        "uk": [
            {
                "type": "heading",
                "value": {
                    "text": "Хто ми",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Національне агентство з протидії торгівлі людьми (ANITP) — державна "
                    "установа Румунії, підпорядкована Міністерству внутрішніх справ. Агентство "
                    "координує, оцінює та моніторить на національному рівні діяльність державних "
                    "установ і неурядових організацій у протидії торгівлі людьми. ANITP виконує "
                    "функції <b>національного доповідача</b> з питань торгівлі людьми та працює "
                    "через свої регіональні центри разом зі школами, місцевою владою, неурядовими "
                    "організаціями та бізнесом.</p><p>Національна стратегія протидії торгівлі "
                    "людьми на 2024–2028 роки має просте гасло: <i>«Захищаємо майбутнє! Разом "
                    "проти торгівлі людьми — за права та гідність кожної "
                    "людини».</i></p><p>Офіційний сайт агентства: <a "
                    'href="https://anitp.mai.gov.ro">anitp.mai.gov.ro</a> (румунською).</p>'
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": "Як ми запобігаємо",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Запобігання — це точна інформація, яка вчасно доходить до потрібних людей. "
                    "У 2019 році понад 2 500 профілактичних заходів охопили близько 180 000 людей. "
                    "До <b>18 жовтня — Європейського дня протидії торгівлі людьми</b> — ANITP "
                    "проводить «Тиждень запобігання торгівлі людьми». У 2020 році з 12 по 18 "
                    "жовтня 242 заходи цієї кампанії охопили 9 086 людей у школах, громадських "
                    "місцях та онлайн.</p><p>На цьому сайті є інформація для дітей і батьків, для "
                    "іноземних працівників у Румунії, для румунів, які виїжджають або живуть за "
                    "кордоном, для тих, хто купує послуги чи працю, і для широкої "
                    "громадськості.</p>"
                ),
            },
            {
                "type": "steps",
                "value": {
                    "heading": "Як ви можете допомогти",
                    "steps": [
                        {
                            "title": "Будьте поінформовані",
                            "text": (
                                "Дізнайтеся, як діють вербувальники: пропозиції, надто гарні, щоб "
                                "бути правдою, обіцянки кохання чи швидкого заробітку."
                            ),
                        },
                        {
                            "title": "Говоріть із близькими",
                            "text": (
                                "Найчастіше вербувальник — це хтось, кого людина вже знає. "
                                "Обговоріть із рідними та друзями будь-яку пропозицію роботи чи "
                                "від’їзд, перш ніж погоджуватися."
                            ),
                        },
                        {
                            "title": "Повідомляйте про підозри",
                            "text": (
                                "Якщо щось здається неправильним, зателефонуйте на безкоштовну "
                                "лінію. Не обов’язково бути впевненими, що це саме торгівля людьми."
                            ),
                        },
                        {
                            "title": "Поважайте гідність постраждалих",
                            "text": (
                                "Не поширюйте фото чи особисті дані людей, які зазнали "
                                "експлуатації. Ті, хто це пережив, мають право на приватність і "
                                "повагу."
                            ),
                        },
                    ],
                },
            },
            {
                "type": "hotline",
                "value": {
                    "heading": "TelVerde — безкоштовна інформаційна лінія",
                    "text": (
                        "Лінія TelVerde агентства ANITP безкоштовна: тут надають інформацію про "
                        "торгівлю людьми та поради з безпеки, а також приймають повідомлення про "
                        "можливі випадки. Це не екстрена лінія: якщо комусь загрожує безпосередня "
                        "небезпека, телефонуйте на єдиний номер екстреної допомоги."
                    ),
                },
            },
        ],
    },
}

# One landing page per audience, in AUDIENCES order. HOME and the foreign-workers page are
# complete in every language. Elsewhere some languages carry only title and intro, and their
# "body" key is left out on purpose (never empty) so that the site shows the fallback
# language with a notice: minors-parents has ro/en/uk bodies, diaspora ro/en only,
# demand-reduction ro/en/ne/uk (no si, no ur), general-public all six.
AUDIENCE_PAGES = [
    {
        "audience": "minors-parents",
        "slug": {
            "ro": "minori-si-parinti",
            "en": "minors-and-parents",
        },
        "title": {
            "ro": "Siguranța copiilor, online și offline",
            "en": "Keeping children safe, online and offline",
            "ne": "बालबालिकाको सुरक्षा, अनलाइन र अफलाइन",
            "si": "ළමුන්ගේ ආරක්ෂාව, අන්තර්ජාලයේ සහ ඉන් පිටත",
            "ur": "بچوں کی حفاظت، آن لائن اور آف لائن",
            "uk": "Безпека дітей — в інтернеті й поза ним",
        },
        "intro": {
            "ro": (
                "Traficanții caută adesea copii și adolescenți pe rețelele sociale, cu promisiuni "
                "de iubire, de bani sau de un loc de muncă. Informațiile de mai jos sunt pentru "
                "tineri și pentru adulții care au grijă de ei."
            ),
            "en": (
                "Traffickers often look for children and teenagers on social media, with promises "
                "of love, money or a job. The information below is for young people and for the "
                "adults who care for them."
            ),
            "ne": (
                "मानव बेचबिखन गर्नेहरू प्रायः प्रेम, पैसा वा कामको वाचा गर्दै सामाजिक सञ्जालमा बालबालिका र "
                "किशोरकिशोरीको खोजी गर्छन्। तलको जानकारी युवाहरू र उनीहरूको हेरचाह गर्ने वयस्कहरूका लागि हो।"
            ),
            "si": (
                "මිනිස් ජාවාරම්කරුවන් බොහෝ විට ආදරය, මුදල් හෝ රැකියා පිළිබඳ පොරොන්දු දෙමින් සමාජ මාධ්‍ය හරහා ළමුන් සහ "
                "යෞවනයන් සොයති. පහත තොරතුරු තරුණ තරුණියන්ට සහ ඔවුන් රැකබලා ගන්නා වැඩිහිටියන්ට ය."
            ),
            "ur": (
                "انسانی تجارت کرنے والے اکثر محبت، پیسے یا نوکری کے وعدوں کے ذریعے سوشل میڈیا پر "
                "بچوں اور نوعمروں کو تلاش کرتے ہیں۔ نیچے دی گئی معلومات نوجوانوں اور ان کی دیکھ "
                "بھال کرنے والے بڑوں کے لیے ہیں۔"
            ),
            "uk": (
                "Торговці людьми часто шукають дітей і підлітків у соцмережах, обіцяючи кохання, "
                "гроші чи роботу. Ця інформація — для молоді та для дорослих, які про неї "
                "піклуються."
            ),
        },
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Pentru tine, dacă ești copil sau adolescent",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Pe internet poți cunoaște oameni noi, dar nu toți sunt cine spun că "
                        "sunt. Un adult care îți scrie foarte des, îți face multe complimente, îți "
                        "trimite cadouri sau bani și îți cere să păstrezi totul <b>secret</b> nu "
                        "se poartă ca un prieten.</p><p>Unii tineri sunt păcăliți prin metoda "
                        "<b>„loverboy”</b>: cineva se preface îndrăgostit, îți promite o viață "
                        "frumoasă împreună, te îndepărtează de familie și de prieteni, apoi îți "
                        "cere să faci lucruri pe care nu le vrei, „pentru viitorul nostru”. "
                        "Iubirea adevărată nu te împinge niciodată să faci ceva ce te sperie sau "
                        "te face să te simți rușinat.</p><p>Dacă cineva ți-a cerut fotografii sau "
                        "te amenință, <b>nu este vina ta</b>. Vorbește cu un adult în care ai "
                        "încredere: un părinte, un profesor, consilierul școlar.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne de alarmă",
                        "signs": [
                            (
                                "Cineva pe care nu l-ai întâlnit niciodată îți cere fotografii sau "
                                "filmulețe cu tine."
                            ),
                            (
                                "Vrea să mutați discuția într-o aplicație privată și îți spune să "
                                "nu afle nimeni."
                            ),
                            (
                                "Îți promite bani ușor, un job de model sau de „video-chat” ori o "
                                "excursie în străinătate."
                            ),
                            (
                                "Un iubit sau o iubită mult mai mare decât tine îți face cadouri "
                                "scumpe și nu vrea să mai vorbești cu familia sau cu prietenii."
                            ),
                            (
                                "Ești amenințat că fotografiile tale vor fi trimise altora dacă nu "
                                "faci ce ți se cere."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Pentru părinți și profesori",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Cei mai mulți copii nu povestesc imediat ce li se întâmplă online, de "
                        "teamă sau de rușine. Fiți atenți la schimbări: un telefon ascuns mereu, "
                        "obiecte sau bani noi fără explicație, un prieten mult mai mare, absențe "
                        "de la școală, îndepărtarea de familie și de prietenii vechi. Vorbiți calm "
                        "și fără să judecați: o reacție de furie îl poate face pe copil să "
                        "tacă.</p><p>Proiectul „Prieteni pe bune, NU pe net!”, derulat în 2020 de "
                        "Centrul Regional Timișoara al ANITP, a pornit de la o idee simplă: timpul "
                        "petrecut cu prieteni adevărați, în aer liber și cu sprijinul părinților, "
                        "îi face pe copii mai puternici în fața riscurilor din online.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Ce puteți face",
                        "steps": [
                            {
                                "title": "Vorbiți des despre viața online",
                                "text": (
                                    "Întrebați-l pe copil cu cine vorbește și ce aplicații "
                                    "folosește, cu interes real, nu ca la un interogatoriu."
                                ),
                            },
                            {
                                "title": "Stabiliți reguli împreună",
                                "text": (
                                    "Profiluri private, fără date personale publice, fără "
                                    "întâlniri cu persoane cunoscute doar pe internet."
                                ),
                            },
                            {
                                "title": "Păstrați dovezile",
                                "text": (
                                    "Dacă un copil este amenințat sau i se cer imagini, nu "
                                    "ștergeți conversația și nu redistribuiți imaginile; notați "
                                    "numele conturilor și anunțați poliția."
                                ),
                            },
                            {
                                "title": "Cereți ajutor",
                                "text": (
                                    "Sunați la linia gratuită pentru informații; dacă un copil "
                                    "este în pericol imediat, sunați la 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Nu sunteți singuri",
                        "text": (
                            "Puteți suna gratuit pentru informații despre riscurile traficului de "
                            "persoane și pentru a semnala o situație care vă îngrijorează. Dacă un "
                            "copil este în pericol chiar acum, sunați la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "For you, if you are a child or a teenager",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>On the internet you can meet new people, but not everyone is who they "
                        "say they are. An adult who messages you very often, pays you lots of "
                        "compliments, sends you gifts or money and asks you to keep it all "
                        "<b>secret</b> is not acting like a friend.</p><p>Some young people are "
                        "tricked with the <b>“loverboy”</b> method: someone pretends to be in love "
                        "with you, promises you a wonderful life together, pulls you away from "
                        "your family and friends, and then asks you to do things you do not want "
                        "to do, “for our future”. Real love never pushes you to do something that "
                        "scares you or makes you feel ashamed.</p><p>If someone has asked you for "
                        "photos or is threatening you, <b>it is not your fault</b>. Talk to an "
                        "adult you trust: a parent, a teacher, the school counsellor.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Warning signs",
                        "signs": [
                            "Someone you have never met asks for photos or videos of you.",
                            (
                                "They want to move the chat to a private app and tell you not to "
                                "let anyone know."
                            ),
                            (
                                "They promise easy money, a modelling or “video-chat” job, or a "
                                "trip abroad."
                            ),
                            (
                                "A boyfriend or girlfriend much older than you gives you expensive "
                                "gifts and does not want you to talk to your family or friends any "
                                "more."
                            ),
                            (
                                "You are threatened that your photos will be sent to other people "
                                "if you do not do what you are told."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "For parents and teachers",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Most children do not immediately tell anyone what is happening to them "
                        "online, out of fear or shame. Watch for changes: a phone that is always "
                        "hidden, new things or money with no explanation, a much older friend, "
                        "missed school days, pulling away from family and old friends. Talk calmly "
                        "and without judging: an angry reaction can make a child go "
                        "silent.</p><p>The project “Real friends, NOT online friends!” "
                        "(<i>Prieteni pe bune, NU pe net!</i>), run in 2020 by ANITP’s Timișoara "
                        "Regional Centre, started from a simple idea: time spent outdoors with "
                        "real friends, with their parents’ support, makes children stronger in the "
                        "face of online risks.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "What you can do",
                        "steps": [
                            {
                                "title": "Talk often about online life",
                                "text": (
                                    "Ask your child who they talk to and which apps they use, with "
                                    "real interest, not as an interrogation."
                                ),
                            },
                            {
                                "title": "Agree on rules together",
                                "text": (
                                    "Private profiles, no personal details in public, no meetings "
                                    "with people known only from the internet."
                                ),
                            },
                            {
                                "title": "Keep the evidence",
                                "text": (
                                    "If a child is threatened or asked for images, do not delete "
                                    "the conversation and do not forward the images; note the "
                                    "account names and tell the police."
                                ),
                            },
                            {
                                "title": "Ask for help",
                                "text": (
                                    "Call the free line for information; if a child is in "
                                    "immediate danger, call 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "You are not alone",
                        "text": (
                            "You can call free of charge for information about the risks of "
                            "trafficking in persons and to report a situation that worries you. If "
                            "a child is in danger right now, call the single emergency number."
                        ),
                    },
                },
            ],
            "uk": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Для тебе, якщо ти дитина чи підліток",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>В інтернеті можна знайомитися з новими людьми, але не всі є тими, за "
                        "кого себе видають. Дорослий, який дуже часто тобі пише, робить багато "
                        "компліментів, надсилає подарунки чи гроші й просить тримати все в "
                        "<b>таємниці</b>, поводиться не як друг.</p><p>Деяких молодих людей "
                        "обманюють методом <b>«лавербой»</b>: хтось вдає, що закохався, обіцяє "
                        "чудове спільне життя, віддаляє тебе від родини й друзів, а потім просить "
                        "робити те, чого ти не хочеш, — «заради нашого майбутнього». Справжнє "
                        "кохання ніколи не штовхає тебе на те, що лякає чи соромить.</p><p>Якщо "
                        "хтось просив у тебе фото або погрожує тобі, <b>у цьому немає твоєї "
                        "провини</b>. Поговори з дорослим, якому довіряєш: з мамою чи татом, "
                        "учителем, шкільним психологом.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Тривожні ознаки",
                        "signs": [
                            (
                                "Хтось, з ким ти ніколи не зустрічався наживо, просить твої фото "
                                "чи відео."
                            ),
                            (
                                "Тебе просять перейти в приватний застосунок і нікому про це не "
                                "розповідати."
                            ),
                            (
                                "Обіцяють легкі гроші, роботу моделлю чи у «відеочаті» або поїздку "
                                "за кордон."
                            ),
                            (
                                "Хлопець чи дівчина, значно старші за тебе, дарують дорогі "
                                "подарунки й не хочуть, щоб ти спілкувався з родиною чи друзями."
                            ),
                            (
                                "Тобі погрожують розіслати твої фото іншим, якщо ти не зробиш "
                                "того, що від тебе вимагають."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Для батьків і вчителів",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Більшість дітей не розповідають одразу, що з ними відбувається в "
                        "інтернеті, — через страх чи сором. Звертайте увагу на зміни: телефон, "
                        "який постійно ховають, нові речі чи гроші без пояснень, значно старший "
                        "друг, пропуски школи, віддалення від родини та давніх друзів. Говоріть "
                        "спокійно й без осуду: гнівна реакція може змусити дитину "
                        "замовкнути.</p><p>Проєкт «Справжні друзі, а НЕ з інтернету!» (<i>Prieteni "
                        "pe bune, NU pe net!</i>), який у 2020 році провів Регіональний центр "
                        "ANITP у Тімішоарі, виходив із простої ідеї: час, проведений надворі зі "
                        "справжніми друзями та за підтримки батьків, робить дітей сильнішими перед "
                        "ризиками онлайн.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Що ви можете зробити",
                        "steps": [
                            {
                                "title": "Частіше говоріть про життя онлайн",
                                "text": (
                                    "Запитуйте, з ким спілкується дитина і якими застосунками "
                                    "користується, — зі щирим інтересом, а не як на допиті."
                                ),
                            },
                            {
                                "title": "Домовтеся про правила разом",
                                "text": (
                                    "Закриті профілі, жодних особистих даних у відкритому доступі, "
                                    "жодних зустрічей із людьми, знайомими лише з інтернету."
                                ),
                            },
                            {
                                "title": "Збережіть докази",
                                "text": (
                                    "Якщо дитині погрожують або вимагають від неї зображення, не "
                                    "видаляйте листування й не пересилайте зображень; запишіть "
                                    "назви акаунтів і повідомте поліцію."
                                ),
                            },
                            {
                                "title": "Зверніться по допомогу",
                                "text": (
                                    "Телефонуйте на безкоштовну лінію, щоб отримати інформацію; "
                                    "якщо дитині загрожує безпосередня небезпека — на 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ви не самі",
                        "text": (
                            "Можна безкоштовно зателефонувати, щоб отримати інформацію про ризики "
                            "торгівлі людьми та повідомити про ситуацію, яка вас непокоїть. Якщо "
                            "дитина в небезпеці просто зараз, телефонуйте на єдиний номер "
                            "екстреної допомоги."
                        ),
                    },
                },
            ],
        },
    },
    {
        "audience": "foreign-workers",
        "slug": {
            "ro": "lucratori-straini",
            "en": "foreign-workers",
        },
        "title": {
            "ro": "Lucrezi în România? Cunoaște-ți drepturile",
            "en": "Working in Romania? Know your rights",
            "ne": "रोमानियामा काम गर्दै हुनुहुन्छ? आफ्ना अधिकार जान्नुहोस्",
            "si": "රුමේනියාවේ වැඩ කරනවාද? ඔබේ අයිතිවාසිකම් දැනගන්න",
            "ur": "رومانیہ میں کام کر رہے ہیں؟ اپنے حقوق جانیں",
            "uk": "Працюєте в Румунії? Знайте свої права",
        },
        "intro": {
            "ro": (
                "Mulți oameni vin în România pentru un loc de muncă legal. Ai dreptul la un "
                "contract scris, la salariul convenit și la condiții de muncă sigure. Iată ce este "
                "bine să știi și unde poți cere informații."
            ),
            "en": (
                "Many people come to Romania for legal work. You have the right to a written "
                "contract, to the pay you agreed and to safe working conditions. Here is what you "
                "should know and where you can ask for information."
            ),
            "ne": (
                "धेरै मानिस वैध रोजगारीका लागि रोमानिया आउँछन्। तपाईंलाई लिखित सम्झौता, सहमति भएअनुसारको "
                "तलब र सुरक्षित कामको वातावरण पाउने अधिकार छ। तपाईंले जान्नुपर्ने कुरा र जानकारी कहाँ माग्न "
                "सकिन्छ भन्ने यहाँ छ।"
            ),
            "si": (
                "බොහෝ දෙනා නීත්‍යානුකූල රැකියා සඳහා රුමේනියාවට පැමිණෙති. ලිඛිත ගිවිසුමක්, එකඟ වූ වැටුප සහ ආරක්ෂිත සේවා "
                "තත්ත්වයන් ලැබීමට ඔබට අයිතියක් ඇත. ඔබ දැනගත යුතු දේ සහ තොරතුරු විමසිය හැකි තැන් මෙහි දැක්වේ."
            ),
            "ur": (
                "بہت سے لوگ قانونی روزگار کے لیے رومانیہ آتے ہیں۔ آپ کو تحریری معاہدے، طے شدہ "
                "تنخواہ اور کام کے محفوظ حالات کا حق حاصل ہے۔ یہاں وہ باتیں ہیں جو آپ کو جاننی "
                "چاہئیں، اور یہ بھی کہ معلومات کہاں سے حاصل کی جا سکتی ہیں۔"
            ),
            "uk": (
                "Багато людей приїжджає до Румунії на легальну роботу. Ви маєте право на письмовий "
                "договір, обумовлену зарплату й безпечні умови праці. Ось що варто знати і де "
                "можна отримати інформацію."
            ),
        },
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Drepturile tale",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Înainte să începi munca, ai dreptul la un <b>contract individual de "
                        "muncă scris</b>. Cere o copie și păstreaz-o. Dacă nu înțelegi limba în "
                        "care este scris contractul, cere o traducere înainte să "
                        "semnezi.</p><ul><li><b>Pașaportul și permisul de ședere sunt ale "
                        "tale.</b> Angajatorul sau agenția nu au dreptul să ți le "
                        "păstreze.</li><li>Trebuie să primești la timp salariul scris în contract. "
                        "Pentru normă întreagă, salariul nu poate fi mai mic decât salariul minim "
                        "din România.</li><li>Ai dreptul la ore de odihnă, la zile libere și la "
                        "condiții sigure de muncă și de locuit.</li><li>Poți ieși liber din "
                        "locuința ta și poți păstra legătura cu familia.</li></ul><p>Pentru "
                        "întrebări despre contract, program sau salariu te poți adresa "
                        "<b>Inspecției Muncii</b>; pentru permisul de ședere, <b>Inspectoratului "
                        "General pentru Imigrări</b>.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne de alarmă",
                        "signs": [
                            (
                                "Angajatorul sau un intermediar îți ia pașaportul sau permisul de "
                                "ședere, „ca să-l păstreze”."
                            ),
                            (
                                "Ți se spune că ai o datorie (pentru drum, viză, cazare sau "
                                "mâncare) care crește mereu și pe care nu o poți plăti niciodată."
                            ),
                            (
                                "Primești mai puțini bani decât scrie în contract, cu mare "
                                "întârziere sau deloc."
                            ),
                            (
                                "Locuința este încuiată, ești supravegheat sau nu ai voie să ieși "
                                "singur."
                            ),
                            (
                                "Munca sau locul de muncă sunt altele decât cele promise, iar "
                                "programul nu îți lasă timp de odihnă."
                            ),
                            (
                                "Ești amenințat cu poliția, cu expulzarea sau că familiei tale i "
                                "se va face rău."
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Ce poți face",
                        "steps": [
                            {
                                "title": "Păstrează-ți documentele",
                                "text": (
                                    "Ține pașaportul, permisul de ședere și contractul la tine. Fă "
                                    "fotografii sau copii și trimite-le unei persoane în care ai "
                                    "încredere."
                                ),
                            },
                            {
                                "title": "Notează totul",
                                "text": (
                                    "Scrie numele și adresa angajatorului, orele lucrate și sumele "
                                    "primite. Aceste informații te pot ajuta mai târziu."
                                ),
                            },
                            {
                                "title": "Cere informații",
                                "text": (
                                    "Sună la linia gratuită TelVerde a ANITP pentru informații "
                                    "despre traficul de persoane sau pentru a semnala o situație. "
                                    "Dacă nu vorbești limba română, roagă o persoană în care ai "
                                    "încredere să te ajute la apel."
                                ),
                            },
                            {
                                "title": "Contactează ambasada țării tale",
                                "text": (
                                    "Ambasada sau consulatul țării tale te pot informa și sprijini."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dacă ai fost exploatat, <b>nu este vina ta</b>. Victimele traficului "
                        "de persoane au drepturi în România, indiferent de cetățenie, inclusiv "
                        "dreptul la protecție și asistență.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai întrebări? Sună gratuit",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită și oferă informații despre "
                            "traficul de persoane; prin ea poți semnala și o situație care te "
                            "îngrijorează. Nu este o linie de urgență: dacă ești în pericol chiar "
                            "acum, sună la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Your rights",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Before you start work, you have the right to a <b>written individual "
                        "employment contract</b>. Ask for a copy and keep it. If you do not "
                        "understand the language the contract is written in, ask for a translation "
                        "before you sign.</p><ul><li><b>Your passport and residence permit belong "
                        "to you.</b> Your employer or agency has no right to keep "
                        "them.</li><li>You must be paid the wage written in your contract, on "
                        "time. For full-time work, it cannot be lower than the minimum wage in "
                        "Romania.</li><li>You have the right to rest hours, days off and safe "
                        "working and living conditions.</li><li>You are free to leave your "
                        "accommodation and to stay in touch with your family.</li></ul><p>For "
                        "questions about your contract, working hours or pay, you can contact the "
                        "<b>Labour Inspectorate</b> (Inspecția Muncii); for your residence permit, "
                        "the <b>General Inspectorate for Immigration</b> (Inspectoratul General "
                        "pentru Imigrări).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Warning signs",
                        "signs": [
                            (
                                "Your employer or a middleman takes your passport or residence "
                                "permit “for safekeeping”."
                            ),
                            (
                                "You are told you owe a debt (for travel, a visa, housing or food) "
                                "that keeps growing and that you can never pay off."
                            ),
                            "You are paid less than your contract says, very late, or not at all.",
                            (
                                "Your accommodation is locked, you are watched, or you are not "
                                "allowed to go out alone."
                            ),
                            (
                                "The job or the workplace is different from what you were "
                                "promised, and your hours leave you no time to rest."
                            ),
                            (
                                "You are threatened with the police, with deportation, or with "
                                "harm to your family."
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "What you can do",
                        "steps": [
                            {
                                "title": "Keep your documents",
                                "text": (
                                    "Keep your passport, residence permit and contract with you. "
                                    "Take photos or copies and send them to someone you trust."
                                ),
                            },
                            {
                                "title": "Write everything down",
                                "text": (
                                    "Note your employer’s name and address, the hours you work and "
                                    "the money you receive. This information can help you later."
                                ),
                            },
                            {
                                "title": "Ask for information",
                                "text": (
                                    "Call ANITP’s free TelVerde line for information about "
                                    "trafficking in persons or to report a situation. If you do "
                                    "not speak Romanian, ask someone you trust to help you with "
                                    "the call."
                                ),
                            },
                            {
                                "title": "Contact your embassy",
                                "text": (
                                    "The embassy or consulate of your country can inform and "
                                    "support you."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you have been exploited, <b>it is not your fault</b>. Victims of "
                        "trafficking in persons have rights in Romania whatever their nationality, "
                        "including the right to protection and assistance.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Questions? Call free of charge",
                        "text": (
                            "ANITP’s TelVerde line is free and gives information about trafficking "
                            "in persons; you can also use it to report a situation that worries "
                            "you. It is not an emergency line: if you are in danger right now, "
                            "call the single emergency number."
                        ),
                    },
                },
            ],
            "ne": [
                {
                    "type": "heading",
                    "value": {
                        "text": "तपाईंका अधिकार",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>काम सुरु गर्नुअघि तपाईंलाई <b>लिखित व्यक्तिगत श्रम सम्झौता</b> पाउने अधिकार छ। "
                        "त्यसको प्रतिलिपि माग्नुहोस् र सुरक्षित राख्नुहोस्। सम्झौता लेखिएको भाषा बुझ्नुहुन्न भने "
                        "हस्ताक्षर गर्नुअघि अनुवाद माग्नुहोस्।</p><ul><li><b>तपाईंको राहदानी (पासपोर्ट) र "
                        "बसोबास अनुमतिपत्र तपाईंकै हुन्।</b> रोजगारदाता वा एजेन्सीलाई ती आफूसँग राख्ने अधिकार "
                        "छैन।</li><li>सम्झौतामा लेखिएको तलब तपाईंले समयमै पाउनुपर्छ। पूरा समयको कामका लागि "
                        "तलब रोमानियाको न्यूनतम पारिश्रमिकभन्दा कम हुन सक्दैन।</li><li>तपाईंलाई आराम गर्ने "
                        "समय, बिदा, र सुरक्षित काम तथा बसोबासको अवस्था पाउने अधिकार छ।</li><li>तपाईं आफू "
                        "बस्ने ठाउँबाट स्वतन्त्र रूपमा बाहिर जान र परिवारसँग सम्पर्कमा रहन "
                        "पाउनुहुन्छ।</li></ul><p>सम्झौता, कामको समय वा तलबबारे प्रश्न भए <b>श्रम निरीक्षण "
                        "कार्यालय</b> (Inspecția Muncii) मा सम्पर्क गर्न सक्नुहुन्छ; बसोबास अनुमतिपत्रबारे "
                        "<b>आप्रवासन महानिरीक्षणालय</b> (Inspectoratul General pentru Imigrări) "
                        "मा।</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "खतराका संकेत",
                        "signs": [
                            (
                                "रोजगारदाता वा बिचौलियाले “सुरक्षित राखिदिन्छु” भन्दै तपाईंको राहदानी वा "
                                "बसोबास अनुमतिपत्र लिन्छ।"
                            ),
                            (
                                "यात्रा, भिसा, बसाइ वा खानाको नाममा तपाईंमाथि ऋण छ भनिन्छ, जुन बढ्दै "
                                "जान्छ र कहिल्यै तिरेर सकिँदैन।"
                            ),
                            "सम्झौतामा लेखिएभन्दा कम तलब पाउनुहुन्छ, धेरै ढिलो पाउनुहुन्छ वा पाउँदै पाउनुहुन्न।",
                            (
                                "बस्ने ठाउँमा ताल्चा लगाइन्छ, तपाईंमाथि निगरानी राखिन्छ वा एक्लै बाहिर जान "
                                "दिइँदैन।"
                            ),
                            (
                                "काम वा कार्यस्थल वाचा गरिएभन्दा फरक छ, र कामको समयले आराम गर्ने फुर्सद नै "
                                "दिँदैन।"
                            ),
                            "प्रहरीमा उजुरी गर्ने, देश निकाला गराउने वा परिवारलाई हानि गर्ने धम्की दिइन्छ।",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "तपाईं के गर्न सक्नुहुन्छ",
                        "steps": [
                            {
                                "title": "कागजात आफैंसँग राख्नुहोस्",
                                "text": (
                                    "राहदानी, बसोबास अनुमतिपत्र र सम्झौता आफैंसँग राख्नुहोस्। तिनको फोटो वा "
                                    "प्रतिलिपि बनाएर आफूले विश्वास गर्ने व्यक्तिलाई पठाउनुहोस्।"
                                ),
                            },
                            {
                                "title": "सबै कुरा लेखेर राख्नुहोस्",
                                "text": (
                                    "रोजगारदाताको नाम र ठेगाना, काम गरेको समय र पाएको रकम टिप्नुहोस्। "
                                    "यो जानकारी पछि काम लाग्न सक्छ।"
                                ),
                            },
                            {
                                "title": "जानकारी माग्नुहोस्",
                                "text": (
                                    "मानव बेचबिखनबारे जानकारी लिन वा कुनै अवस्थाबारे खबर गर्न ANITP को "
                                    "निःशुल्क TelVerde लाइनमा फोन गर्नुहोस्। रोमानियाली भाषा बोल्नुहुन्न भने "
                                    "फोन गर्न आफूले विश्वास गर्ने व्यक्तिको सहयोग लिनुहोस्।"
                                ),
                            },
                            {
                                "title": "आफ्नो देशको दूतावाससँग सम्पर्क गर्नुहोस्",
                                "text": (
                                    "तपाईंको देशको दूतावास वा वाणिज्य दूतावासले तपाईंलाई जानकारी र सहयोग "
                                    "दिन सक्छ।"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>तपाईंको शोषण भएको छ भने <b>त्यसमा तपाईंको दोष छैन</b>। मानव बेचबिखनका "
                        "पीडितलाई, उनीहरू जुनसुकै देशका नागरिक भए पनि, रोमानियामा संरक्षण र सहायता पाउने "
                        "अधिकारसहित विभिन्न अधिकार छन्।</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "प्रश्न छ? निःशुल्क फोन गर्नुहोस्",
                        "text": (
                            "ANITP को TelVerde लाइन निःशुल्क छ र यसले मानव बेचबिखनबारे जानकारी दिन्छ; "
                            "तपाईंलाई चिन्तित बनाउने अवस्थाबारे यसमार्फत खबर पनि गर्न सक्नुहुन्छ। यो आपतकालीन "
                            "लाइन होइन: तपाईं अहिले नै खतरामा हुनुहुन्छ भने आपतकालीन नम्बरमा फोन गर्नुहोस्।"
                        ),
                    },
                },
            ],
            "si": [
                {
                    "type": "heading",
                    "value": {
                        "text": "ඔබේ අයිතිවාසිකම්",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>වැඩ ආරම්භ කිරීමට පෙර <b>ලිඛිත පුද්ගලික රැකියා ගිවිසුමක්</b> ලබා ගැනීමට ඔබට අයිතියක් ඇත. "
                        "එහි පිටපතක් ඉල්ලා එය සුරක්ෂිතව තබා ගන්න. ගිවිසුම ලියා ඇති භාෂාව ඔබට තේරෙන්නේ නැත්නම්, "
                        "අත්සන් කිරීමට පෙර පරිවර්තනයක් ඉල්ලන්න.</p><ul><li><b>ඔබේ ගමන් බලපත්‍රය සහ පදිංචි බලපත්‍රය "
                        "ඔබටම අයිති ය.</b> ඒවා තමන් ළඟ තබා ගැනීමට සේවා යෝජකයාට හෝ ඒජන්සියට අයිතියක් "
                        "නැත.</li><li>ගිවිසුමේ සඳහන් වැටුප නියමිත වේලාවට ඔබට ලැබිය යුතුය. පූර්ණ කාලීන රැකියාවක් "
                        "සඳහා එය රුමේනියාවේ අවම වැටුපට වඩා අඩු විය නොහැක.</li><li>විවේක කාලය, නිවාඩු දින සහ "
                        "ආරක්ෂිත සේවා හා නවාතැන් තත්ත්වයන් ලැබීමට ඔබට අයිතියක් ඇත.</li><li>ඔබේ නවාතැනින් නිදහසේ "
                        "පිටතට යාමටත්, පවුලේ අය සමඟ සම්බන්ධතා පවත්වා ගැනීමටත් ඔබට නිදහස "
                        "ඇත.</li></ul><p>ගිවිසුම, වැඩ කරන පැය ගණන හෝ වැටුප ගැන ප්‍රශ්න ඇත්නම් <b>කම්කරු පරීක්ෂණ "
                        "ආයතනය</b> (Inspecția Muncii) අමතන්න; පදිංචි බලපත්‍රය ගැන <b>ආගමන කටයුතු පිළිබඳ මහා "
                        "පරීක්ෂක කාර්යාලය</b> (Inspectoratul General pentru Imigrări) අමතන්න.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "අනතුරු ඇඟවීමේ ලකුණු",
                        "signs": [
                            (
                                "“ආරක්ෂිතව තබා දෙන්නම්” කියමින් සේවා යෝජකයා හෝ අතරමැදියෙකු ඔබේ ගමන් බලපත්‍රය "
                                "හෝ පදිංචි බලපත්‍රය ගනී."
                            ),
                            (
                                "ගමන, වීසා, නවාතැන් හෝ ආහාර සඳහා ඔබ ණයක් ගෙවිය යුතු බව කියනු ලැබේ; එය දිගින් "
                                "දිගටම වැඩි වන අතර කිසි දිනෙක ගෙවා නිම කළ නොහැක."
                            ),
                            "ගිවිසුමේ සඳහන් ප්‍රමාණයට වඩා අඩුවෙන්, බොහෝ ප්‍රමාද වී හෝ කිසිසේත් ඔබට වැටුප් නොලැබේ.",
                            (
                                "නවාතැන අගුළු දමා ඇත, ඔබව නිරන්තරයෙන් නිරීක්ෂණය කරයි, නැතහොත් තනිව එළියට යාමට "
                                "ඉඩ නොදේ."
                            ),
                            (
                                "රැකියාව හෝ සේවා ස්ථානය පොරොන්දු වූ දෙයට වඩා වෙනස් වන අතර, වැඩ කරන කාලය "
                                "නිසා විවේක ගැනීමට වේලාවක් නොලැබේ."
                            ),
                            (
                                "පොලිසියට දන්වන බවට, රටින් පිටුවහල් කරවන බවට හෝ ඔබේ පවුලට හානි කරන බවට තර්ජනය "
                                "කරයි."
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "ඔබට කළ හැකි දේ",
                        "steps": [
                            {
                                "title": "ලියකියවිලි ඔබ ළඟම තබා ගන්න",
                                "text": (
                                    "ගමන් බලපත්‍රය, පදිංචි බලපත්‍රය සහ ගිවිසුම ඔබ ළඟම තබා ගන්න. ඒවායේ ඡායාරූප "
                                    "හෝ පිටපත් ගෙන ඔබ විශ්වාස කරන කෙනෙකුට යවන්න."
                                ),
                            },
                            {
                                "title": "සියල්ල ලියා තබන්න",
                                "text": (
                                    "සේවා යෝජකයාගේ නම සහ ලිපිනය, ඔබ වැඩ කළ පැය ගණන සහ ලැබුණු මුදල් සටහන් "
                                    "කරන්න. මෙම තොරතුරු පසුව ඔබට උපකාරී විය හැක."
                                ),
                            },
                            {
                                "title": "තොරතුරු විමසන්න",
                                "text": (
                                    "මිනිස් ජාවාරම පිළිබඳ තොරතුරු ලබා ගැනීමට හෝ යම් තත්ත්වයක් දැනුම් දීමට ANITP හි "
                                    "නොමිලේ ඇමතිය හැකි TelVerde සේවාවට කතා කරන්න. ඔබ රුමේනියානු භාෂාව කතා "
                                    "නොකරන්නේ නම්, ඇමතුම සඳහා ඔබ විශ්වාස කරන කෙනෙකුගේ උදව් ලබා ගන්න."
                                ),
                            },
                            {
                                "title": "ඔබේ රටේ තානාපති කාර්යාලය අමතන්න",
                                "text": (
                                    "ඔබේ රටේ තානාපති කාර්යාලයට හෝ කොන්සල් කාර්යාලයට ඔබට තොරතුරු සහ සහාය "
                                    "ලබා දිය හැක."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ඔබ සූරාකෑමට ලක් වී ඇත්නම්, <b>එය ඔබේ වරදක් නොවේ</b>. මිනිස් ජාවාරමේ වින්දිතයන්ට, "
                        "ඔවුන් කුමන රටක පුරවැසියන් වුවද, රුමේනියාවේදී ආරක්ෂාව සහ සහාය ලැබීමේ අයිතිය ඇතුළු අයිතිවාසිකම් "
                        "ඇත.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "ප්‍රශ්න තිබේද? නොමිලේ අමතන්න",
                        "text": (
                            "ANITP හි TelVerde දුරකථන සේවාව නොමිලේ ඇමතිය හැකි අතර මිනිස් ජාවාරම පිළිබඳ තොරතුරු "
                            "ලබා දෙයි; ඔබට කනස්සල්ලක් ඇති කරන තත්ත්වයක් ගැන දැනුම් දීමටද එය භාවිත කළ හැක. මෙය "
                            "හදිසි ඇමතුම් සේවාවක් නොවේ: ඔබ මේ මොහොතේ අනතුරක සිටී නම් හදිසි ඇමතුම් අංකයට කතා "
                            "කරන්න."
                        ),
                    },
                },
            ],
            "ur": [
                {
                    "type": "heading",
                    "value": {
                        "text": "آپ کے حقوق",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>کام شروع کرنے سے پہلے آپ کو <b>تحریری انفرادی ملازمتی معاہدہ</b> حاصل "
                        "کرنے کا حق ہے۔ اس کی ایک کاپی مانگیں اور سنبھال کر رکھیں۔ اگر آپ وہ زبان "
                        "نہیں سمجھتے جس میں معاہدہ لکھا گیا ہے تو دستخط کرنے سے پہلے ترجمہ "
                        "مانگیں۔</p><ul><li><b>آپ کا پاسپورٹ اور رہائشی اجازت نامہ آپ ہی کے "
                        "ہیں۔</b> آجر یا ایجنسی کو انہیں اپنے پاس رکھنے کا کوئی حق "
                        "نہیں۔</li><li>معاہدے میں لکھی گئی تنخواہ آپ کو وقت پر ملنی چاہیے۔ کل وقتی "
                        "کام کے لیے یہ رومانیہ کی کم از کم اجرت سے کم نہیں ہو سکتی۔</li><li>آپ کو "
                        "آرام کے اوقات، چھٹیوں، اور کام اور رہائش کے محفوظ حالات کا حق "
                        "ہے۔</li><li>آپ اپنی رہائش گاہ سے آزادی کے ساتھ باہر جا سکتے ہیں اور اپنے "
                        "خاندان سے رابطے میں رہ سکتے ہیں۔</li></ul><p>معاہدے، کام کے اوقات یا "
                        "تنخواہ کے بارے میں سوالات کے لیے آپ <b>لیبر انسپکٹوریٹ</b> (Inspecția "
                        "Muncii) سے رابطہ کر سکتے ہیں؛ رہائشی اجازت نامے کے لیے <b>امیگریشن کے "
                        "جنرل انسپکٹوریٹ</b> (Inspectoratul General pentru Imigrări) سے۔</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "خطرے کی علامات",
                        "signs": [
                            (
                                "آجر یا کوئی درمیانی شخص حفاظت سے رکھنے کے بہانے آپ کا پاسپورٹ یا "
                                "رہائشی اجازت نامہ لے لیتا ہے۔"
                            ),
                            (
                                "آپ سے کہا جاتا ہے کہ سفر، ویزا، رہائش یا کھانے کا قرض آپ کے ذمے "
                                "ہے، جو مسلسل بڑھتا رہتا ہے اور کبھی ادا نہیں ہو پاتا۔"
                            ),
                            (
                                "آپ کو معاہدے سے کم تنخواہ ملتی ہے، بہت تاخیر سے ملتی ہے یا بالکل "
                                "نہیں ملتی۔"
                            ),
                            (
                                "رہائش گاہ کو تالا لگا دیا جاتا ہے، آپ پر نظر رکھی جاتی ہے یا آپ "
                                "کو اکیلے باہر جانے کی اجازت نہیں ہوتی۔"
                            ),
                            (
                                "کام یا کام کی جگہ وعدے سے مختلف ہے، اور کام کے اوقات آرام کا وقت "
                                "ہی نہیں چھوڑتے۔"
                            ),
                            (
                                "آپ کو پولیس، ملک بدری یا آپ کے گھر والوں کو نقصان پہنچانے کی "
                                "دھمکیاں دی جاتی ہیں۔"
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "آپ کیا کر سکتے ہیں",
                        "steps": [
                            {
                                "title": "اپنے کاغذات اپنے پاس رکھیں",
                                "text": (
                                    "پاسپورٹ، رہائشی اجازت نامہ اور معاہدہ اپنے پاس رکھیں۔ ان کی "
                                    "تصاویر یا کاپیاں بنا کر کسی قابلِ اعتماد شخص کو بھیج دیں۔"
                                ),
                            },
                            {
                                "title": "سب کچھ لکھ کر رکھیں",
                                "text": (
                                    "آجر کا نام اور پتا، کام کے اوقات اور ملنے والی رقم نوٹ کریں۔ "
                                    "یہ معلومات بعد میں آپ کے کام آ سکتی ہیں۔"
                                ),
                            },
                            {
                                "title": "معلومات حاصل کریں",
                                "text": (
                                    "انسانی تجارت کے بارے میں معلومات کے لیے یا کسی صورتحال کی "
                                    "اطلاع دینے کے لیے ANITP کی مفت TelVerde لائن پر کال کریں۔ اگر "
                                    "آپ رومانیائی زبان نہیں بولتے تو کال کے لیے کسی قابلِ اعتماد "
                                    "شخص کی مدد لیں۔"
                                ),
                            },
                            {
                                "title": "اپنے ملک کے سفارت خانے سے رابطہ کریں",
                                "text": (
                                    "آپ کے ملک کا سفارت خانہ یا قونصل خانہ آپ کو معلومات اور مدد "
                                    "فراہم کر سکتا ہے۔"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>اگر آپ کا استحصال ہوا ہے تو <b>اس میں آپ کا کوئی قصور نہیں</b>۔ انسانی "
                        "تجارت کے متاثرین کو رومانیہ میں، ان کی شہریت خواہ کچھ بھی ہو، تحفظ اور "
                        "مدد کے حق سمیت کئی حقوق حاصل ہیں۔</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "سوال ہے؟ مفت کال کریں",
                        "text": (
                            "ANITP کی TelVerde لائن مفت ہے اور انسانی تجارت کے بارے میں معلومات "
                            "دیتی ہے؛ آپ اس کے ذریعے کسی پریشان کن صورتحال کی اطلاع بھی دے سکتے "
                            "ہیں۔ یہ ہنگامی لائن نہیں ہے: اگر آپ اس وقت خطرے میں ہیں تو ہنگامی "
                            "نمبر پر کال کریں۔"
                        ),
                    },
                },
            ],
            "uk": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Ваші права",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Перед початком роботи ви маєте право на <b>письмовий індивідуальний "
                        "трудовий договір</b>. Попросіть копію й зберігайте її. Якщо ви не "
                        "розумієте мови, якою написано договір, попросіть переклад, перш ніж "
                        "підписувати.</p><ul><li><b>Ваш паспорт і посвідка на проживання (або "
                        "документ про тимчасовий захист) належать вам.</b> Роботодавець чи агенція "
                        "не мають права їх забирати.</li><li>Ви повинні вчасно отримувати "
                        "зарплату, зазначену в договорі. За повний робочий день вона не може бути "
                        "нижчою за мінімальну зарплату в Румунії.</li><li>Ви маєте право на "
                        "відпочинок, вихідні та безпечні умови праці й проживання.</li><li>Ви "
                        "можете вільно виходити з житла і підтримувати зв’язок із "
                        "родиною.</li></ul><p>З питань договору, робочого часу чи оплати можна "
                        "звернутися до <b>Інспекції праці</b> (Inspecția Muncii); щодо посвідки на "
                        "проживання — до <b>Генеральної інспекції з питань імміграції</b> "
                        "(Inspectoratul General pentru Imigrări).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Тривожні ознаки",
                        "signs": [
                            (
                                "Роботодавець або посередник забирає ваш паспорт чи посвідку на "
                                "проживання — нібито «на зберігання»."
                            ),
                            (
                                "Вам кажуть, що ви винні гроші (за дорогу, візу, житло чи їжу), і "
                                "цей борг постійно зростає, тож його неможливо погасити."
                            ),
                            (
                                "Вам платять менше, ніж зазначено в договорі, із великими "
                                "затримками або не платять зовсім."
                            ),
                            (
                                "Житло замикають, за вами стежать або не дозволяють виходити "
                                "самостійно."
                            ),
                            (
                                "Робота чи місце роботи не такі, як обіцяли, а графік не залишає "
                                "часу на відпочинок."
                            ),
                            "Вам погрожують поліцією, депортацією чи шкодою вашим рідним.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Що ви можете зробити",
                        "steps": [
                            {
                                "title": "Тримайте документи при собі",
                                "text": (
                                    "Зберігайте паспорт, посвідку на проживання і договір у себе. "
                                    "Сфотографуйте або скопіюйте їх і надішліть людині, якій "
                                    "довіряєте."
                                ),
                            },
                            {
                                "title": "Записуйте все",
                                "text": (
                                    "Занотовуйте ім’я та адресу роботодавця, відпрацьовані години "
                                    "й отримані суми. Це може допомогти вам згодом."
                                ),
                            },
                            {
                                "title": "Зверніться по інформацію",
                                "text": (
                                    "Телефонуйте на безкоштовну лінію TelVerde агентства ANITP, "
                                    "щоб отримати інформацію про торгівлю людьми або повідомити "
                                    "про ситуацію. Якщо ви не говорите румунською, попросіть "
                                    "людину, якій довіряєте, допомогти з дзвінком."
                                ),
                            },
                            {
                                "title": "Зв’яжіться з посольством",
                                "text": (
                                    "Посольство або консульство вашої країни може проінформувати й "
                                    "підтримати вас."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Якщо вас експлуатували, <b>це не ваша провина</b>. Постраждалі від "
                        "торгівлі людьми мають у Румунії права незалежно від громадянства, зокрема "
                        "право на захист і допомогу.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Маєте запитання? Телефонуйте безкоштовно",
                        "text": (
                            "Лінія TelVerde агентства ANITP безкоштовна: тут надають інформацію "
                            "про торгівлю людьми, а також можна повідомити про ситуацію, яка вас "
                            "непокоїть. Це не екстрена лінія: якщо вам загрожує небезпека просто "
                            "зараз, телефонуйте на єдиний номер екстреної допомоги."
                        ),
                    },
                },
            ],
        },
    },
    {
        "audience": "diaspora",
        "slug": {
            "ro": "romani-in-strainatate",
            "en": "romanians-abroad",
        },
        "title": {
            "ro": "Pleci la muncă în străinătate? Verifică înainte",
            "en": "Going to work abroad? Check first",
            "ne": "विदेशमा काम गर्न जाँदै हुनुहुन्छ? पहिले जाँच गर्नुहोस्",
            "si": "විදේශ රැකියාවකට යනවාද? පළමුව පරීක්ෂා කරන්න",
            "ur": "کام کے لیے بیرون ملک جا رہے ہیں؟ پہلے تصدیق کریں",
            "uk": "Їдете працювати за кордон? Спершу перевірте",
        },
        "intro": {
            "ro": (
                "Munca în străinătate poate fi o oportunitate reală. Câteva verificări simple, "
                "înainte de plecare și pe durata șederii, te ajută să eviți ofertele înșelătoare."
            ),
            "en": (
                "Working abroad can be a real opportunity. A few simple checks, before you leave "
                "and while you are away, help you avoid deceptive offers."
            ),
            "ne": (
                "विदेशमा काम गर्नु वास्तविक अवसर हुन सक्छ। जानुअघि र त्यहाँ रहँदा गरिने केही सरल जाँचले झुक्याउने "
                "प्रस्तावबाट बच्न मद्दत गर्छ।"
            ),
            "si": (
                "විදේශ රැකියාවක් සැබෑ අවස්ථාවක් විය හැක. පිටත්ව යාමට පෙර සහ එහි සිටින කාලය තුළ කරන සරල පරීක්ෂා "
                "කිහිපයක් රැවටිලිකාර යෝජනාවලින් බේරීමට උපකාරී වේ."
            ),
            "ur": (
                "بیرون ملک کام ایک حقیقی موقع ہو سکتا ہے۔ روانگی سے پہلے اور وہاں قیام کے دوران "
                "چند آسان باتوں کی جانچ آپ کو دھوکے پر مبنی پیشکشوں سے بچنے میں مدد دیتی ہے۔"
            ),
            "uk": (
                "Робота за кордоном може бути справжньою можливістю. Кілька простих перевірок "
                "перед від’їздом і під час перебування за кордоном допоможуть уникнути оманливих "
                "пропозицій."
            ),
        },
        "body": {
            "ro": [
                {
                    "type": "steps",
                    "value": {
                        "heading": "Înainte să pleci",
                        "steps": [
                            {
                                "title": "Verifică angajatorul și agenția",
                                "text": (
                                    "Caută firma pe internet și cere adresa exactă și datele de "
                                    "contact. Agenții care plasează lucrători în străinătate "
                                    "trebuie să fie înregistrați la Inspectoratul Teritorial de "
                                    "Muncă (ITM), care ține evidența lor: verifică dacă agenția "
                                    "apare acolo. Poți căuta oferte și prin rețeaua europeană "
                                    "EURES."
                                ),
                            },
                            {
                                "title": "Cere contractul într-o limbă pe care o înțelegi",
                                "text": (
                                    "Citește-l înainte să semnezi: salariul, programul, cazarea, "
                                    "costurile. Nu te mulțumi cu promisiuni verbale."
                                ),
                            },
                            {
                                "title": "Păstrează copii ale documentelor",
                                "text": (
                                    "Fotografiază cartea de identitate, pașaportul și contractul "
                                    "și lasă copii acasă, la o persoană de încredere."
                                ),
                            },
                            {
                                "title": "Lasă-ți datele la familie",
                                "text": (
                                    "Adresa la care vei locui, numele angajatorului și un mod "
                                    "sigur prin care să ții legătura."
                                ),
                            },
                            {
                                "title": "Notează datele ambasadei și ale consulatului",
                                "text": (
                                    "Află dinainte adresa și telefonul ambasadei sau consulatului "
                                    "României din țara în care pleci."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne că oferta poate fi o capcană",
                        "signs": [
                            (
                                "Salariul promis este mult mai mare decât oferă alți angajatori "
                                "pentru aceeași muncă, fără să ți se ceară experiență sau acte."
                            ),
                            (
                                "Ți se cere să plătești în avans sume mari pentru „intermediere”, "
                                "drum sau cazare ori ți se spune că banii vor fi „reținuți din "
                                "salariu”."
                            ),
                            (
                                "Nu primești niciun contract sau ți se spune că îl vei semna „la "
                                "sosire”."
                            ),
                            "Cineva vrea să îți păstreze cartea de identitate sau pașaportul.",
                            (
                                "Oferta vine de la o cunoștință grăbită, care nu îți poate spune "
                                "exact unde și pentru cine vei lucra."
                            ),
                            (
                                "Altcineva îți organizează drumul, iar tu nu știi adresa la care "
                                "vei locui."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Dacă ești deja în străinătate",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Oricine poate ajunge într-o situație de exploatare: muncă fără plată, "
                        "datorii impuse, documente confiscate, obligarea la cerșetorie sau la "
                        "prostituție. Dacă tu sau cineva pe care îl cunoști sunteți într-o astfel "
                        "de situație:</p><ul><li>în caz de pericol imediat, sună la <b>112</b>, "
                        "numărul unic de urgență care funcționează în toate statele Uniunii "
                        "Europene;</li><li>contactează <b>ambasada sau consulatul României</b>, "
                        "care acordă asistență consulară cetățenilor români aflați în dificultate, "
                        "inclusiv victimelor traficului de persoane;</li><li>din România, familia "
                        "ta poate suna gratuit la linia TelVerde a ANITP, 0800 800 678, pentru "
                        "informații și pentru a semnala situația.</li></ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Misiunile diplomatice și oficiile consulare ale României distribuie în "
                        "comunitățile românești din străinătate materiale de informare realizate "
                        "de ANITP. Asociațiile românești din diaspora pot fi parteneri importanți: "
                        "dacă faci parte dintr-o astfel de asociație și vrei materiale sau o "
                        "sesiune de informare, contactează ANITP.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Informații pentru tine și familia ta",
                        "text": (
                            "În România, linia TelVerde a ANITP este gratuită și oferă informații "
                            "despre riscurile muncii în străinătate și despre traficul de "
                            "persoane. Nu este o linie de urgență: în caz de pericol imediat, sună "
                            "la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "steps",
                    "value": {
                        "heading": "Before you leave",
                        "steps": [
                            {
                                "title": "Check the employer and the agency",
                                "text": (
                                    "Look the company up online and ask for its exact address and "
                                    "contact details. Agents that place workers abroad must be "
                                    "registered with the Territorial Labour Inspectorate (ITM), "
                                    "which keeps a record of them: check that the agency is on it. "
                                    "You can also look for job offers through the European EURES "
                                    "network."
                                ),
                            },
                            {
                                "title": "Ask for a contract in a language you understand",
                                "text": (
                                    "Read it before you sign: pay, working hours, accommodation, "
                                    "costs. Do not settle for verbal promises."
                                ),
                            },
                            {
                                "title": "Keep copies of your documents",
                                "text": (
                                    "Photograph your identity card, passport and contract, and "
                                    "leave copies at home with someone you trust."
                                ),
                            },
                            {
                                "title": "Leave your details with your family",
                                "text": (
                                    "The address where you will live, your employer’s name and a "
                                    "safe way to stay in touch."
                                ),
                            },
                            {
                                "title": "Write down the embassy and consulate contacts",
                                "text": (
                                    "Find out in advance the address and phone number of the "
                                    "Romanian embassy or consulate in the country you are going to."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs that an offer may be a trap",
                        "signs": [
                            (
                                "The promised pay is much higher than other employers offer for "
                                "the same work, with no experience or papers required."
                            ),
                            (
                                "You are asked to pay large sums in advance for “placement”, "
                                "travel or accommodation, or told the money will be “deducted from "
                                "your wages”."
                            ),
                            "You get no contract, or you are told you will sign it “on arrival”.",
                            "Someone wants to keep your identity card or passport.",
                            (
                                "The offer comes from an acquaintance in a hurry, who cannot tell "
                                "you exactly where and for whom you will work."
                            ),
                            (
                                "Someone else organises your journey, and you do not know the "
                                "address where you will live."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "If you are already abroad",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Anyone can end up in a situation of exploitation: work without pay, "
                        "imposed debts, confiscated documents, being forced to beg or into "
                        "prostitution. If you or someone you know is in such a "
                        "situation:</p><ul><li>in immediate danger, call <b>112</b>, the single "
                        "emergency number that works in every European Union "
                        "country;</li><li>contact the <b>Romanian embassy or consulate</b>, which "
                        "provides consular assistance to Romanian citizens in difficulty, "
                        "including victims of trafficking in persons;</li><li>from Romania, your "
                        "family can call ANITP’s free TelVerde line, 0800 800 678, for information "
                        "and to report the situation.</li></ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Romania’s diplomatic missions and consular offices distribute ANITP "
                        "information materials in Romanian communities abroad. Romanian "
                        "associations in the diaspora can be important partners: if you belong to "
                        "one and would like materials or an information session, contact ANITP.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Information for you and your family",
                        "text": (
                            "In Romania, ANITP’s TelVerde line is free and gives information about "
                            "the risks of working abroad and about trafficking in persons. It is "
                            "not an emergency line: in immediate danger, call the single emergency "
                            "number."
                        ),
                    },
                },
            ],
        },
    },
    {
        "audience": "demand-reduction",
        "slug": {
            "ro": "nu-plati-exploatarea",
            "en": "do-not-pay-for-exploitation",
        },
        "title": {
            "ro": "Dă-i libertate! Nu-i plăti exploatarea!",
            "en": "Give them freedom! Don’t pay for their exploitation!",
            "ne": "स्वतन्त्रता दिनुहोस्! शोषणको मूल्य नतिर्नुहोस्!",
            "si": "ඔවුන්ට නිදහස දෙන්න! ඔවුන්ගේ සූරාකෑමට මුදල් නොගෙවන්න!",
            "ur": "اسے آزادی دیں! اس کے استحصال کی قیمت ادا نہ کریں!",
            "uk": "Дай свободу! Не плати за експлуатацію!",
        },
        "intro": {
            "ro": (
                "Traficul de persoane există pentru că cineva plătește pentru ceea ce produce: "
                "servicii sexuale, muncă ieftină, bani din cerșetorie. Ca client, poți alege să nu "
                "finanțezi exploatarea."
            ),
            "en": (
                "Trafficking in persons exists because someone pays for what it produces: sexual "
                "services, cheap labour, money from begging. As a customer, you can choose not to "
                "fund exploitation."
            ),
            "ne": (
                "कसैले यसबाट उत्पादन हुने कुराको मूल्य तिर्ने भएकाले नै मानव बेचबिखन चलिरहेको छ: यौन सेवा, सस्तो "
                "श्रम, भीख मागेर उठेको पैसा। ग्राहकका रूपमा तपाईं शोषणलाई पैसा नदिने निर्णय गर्न सक्नुहुन्छ।"
            ),
            "si": (
                "මිනිස් ජාවාරම පවතින්නේ එයින් නිපදවන දේට කවුරුන් හෝ මුදල් ගෙවන නිසාය: ලිංගික සේවා, ලාභ ශ්‍රමය, "
                "හිඟාකෑමෙන් ලැබෙන මුදල්. පාරිභෝගිකයකු ලෙස, සූරාකෑමට මුදල් නොසැපයීමට ඔබට තීරණය කළ හැක."
            ),
            "ur": (
                "انسانی تجارت اس لیے موجود ہے کہ کوئی اس سے حاصل ہونے والی چیزوں کی قیمت ادا کرتا "
                "ہے: جنسی خدمات، سستی مزدوری، بھیک سے جمع ہونے والا پیسہ۔ بطور گاہک آپ یہ فیصلہ کر "
                "سکتے ہیں کہ استحصال کو پیسہ نہیں دیں گے۔"
            ),
            "uk": (
                "Торгівля людьми існує, бо хтось платить за те, що вона «виробляє»: сексуальні "
                "послуги, дешеву працю, гроші від жебракування. Як клієнт ви можете вирішити не "
                "фінансувати експлуатацію."
            ),
        },
        "body": {
            "ro": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>„Dă-i libertate! Nu-i plăti exploatarea!” este campania ANITP și a "
                        "partenerilor săi dedicată prevenirii traficului de persoane în scopul "
                        "exploatării prin cerșetorie. Mesajul ei este valabil pentru orice formă "
                        "de exploatare: <b>banii dați unei persoane controlate de altcineva ajung, "
                        "de cele mai multe ori, la cel care o exploatează</b>.</p><p>Cererea de "
                        "servicii sexuale și de muncă foarte ieftină, „la negru”, întreține "
                        "traficul de persoane, în România și în străinătate. Legea penală română "
                        "pedepsește folosirea serviciilor unei persoane despre care știi că este "
                        "victimă a traficului (art. 216 din Codul penal).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne că o persoană poate fi exploatată",
                        "signs": [
                            "Altcineva vorbește în locul ei, negociază prețul sau ia banii.",
                            (
                                "Pare speriată sau epuizată, evită privirea ori repetă o poveste "
                                "care pare învățată pe de rost."
                            ),
                            "Pare să aibă sub 18 ani, chiar dacă ți se spune altceva.",
                            "Nu are propriile documente și nu știe adresa la care locuiește.",
                            (
                                "Muncitorii locuiesc la locul de muncă, sunt aduși și luați în "
                                "grup și lucrează toată ziua fără pauză."
                            ),
                            (
                                "Un copil cerșește în timpul orelor de școală, iar un adult din "
                                "apropiere strânge banii."
                            ),
                            "Prețul este neobișnuit de mic pentru munca sau serviciul oferit.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Ce poți face",
                        "steps": [
                            {
                                "title": "Nu plăti pentru exploatare",
                                "text": (
                                    "Dacă ai îndoieli că o persoană acționează liber, renunță la "
                                    "serviciu sau la tranzacție."
                                ),
                            },
                            {
                                "title": "Alege furnizori corecți",
                                "text": (
                                    "Pentru construcții, renovări, curățenie sau muncă agricolă, "
                                    "lucrează cu firme care își angajează oamenii legal și îi "
                                    "plătesc corect."
                                ),
                            },
                            {
                                "title": "Ajută fără să finanțezi exploatarea",
                                "text": (
                                    "Dacă vrei să sprijini persoanele care cerșesc, caută "
                                    "organizații sau servicii sociale care le pot oferi un ajutor "
                                    "real."
                                ),
                            },
                            {
                                "title": "Semnalează",
                                "text": (
                                    "Sună la linia gratuită pentru informații sau pentru a semnala "
                                    "o situație. Nu interveni singur și nu pune persoana în "
                                    "pericol."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dacă ești angajator sau lucrezi în hoteluri, restaurante, turism, "
                        "transport ori pe site-uri de anunțuri, poți contribui și tu: verifică "
                        "cine lucrează pentru tine și pentru subcontractorii tăi și adoptă reguli "
                        "interne împotriva exploatării și a turismului sexual.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai văzut ceva care te îngrijorează?",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită: oferă informații și preia "
                            "semnalări despre posibile cazuri de trafic de persoane, pe care ANITP "
                            "le transmite autorităților competente. Nu este o linie de urgență: "
                            "dacă cineva este în pericol imediat, sună la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>“Give them freedom! Don’t pay for their exploitation!” (<i>Dă-i "
                        "libertate! Nu-i plăti exploatarea!</i>) is the campaign run by ANITP and "
                        "its partners to prevent trafficking in persons for forced begging. Its "
                        "message holds for every form of exploitation: <b>money given to a person "
                        "who is controlled by someone else usually ends up with the one who "
                        "exploits them</b>.</p><p>Demand for sexual services and for very cheap, "
                        "undeclared labour keeps trafficking in persons going, in Romania and "
                        "abroad. Romanian criminal law punishes using the services of a person you "
                        "know to be a victim of trafficking (Article 216 of the Criminal Code).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs that a person may be exploited",
                        "signs": [
                            (
                                "Someone else speaks for them, negotiates the price or takes the "
                                "money."
                            ),
                            (
                                "They seem frightened or exhausted, avoid eye contact or repeat a "
                                "story that sounds learned by heart."
                            ),
                            "They look under 18, even if you are told otherwise.",
                            (
                                "They do not have their own documents and do not know the address "
                                "where they live."
                            ),
                            (
                                "Workers live at the workplace, are dropped off and picked up in "
                                "groups and work all day without breaks."
                            ),
                            (
                                "A child is begging during school hours while an adult nearby "
                                "collects the money."
                            ),
                            "The price is unusually low for the work or service offered.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "What you can do",
                        "steps": [
                            {
                                "title": "Don’t pay for exploitation",
                                "text": (
                                    "If you doubt that a person is acting freely, walk away from "
                                    "the service or the deal."
                                ),
                            },
                            {
                                "title": "Choose fair providers",
                                "text": (
                                    "For construction, renovation, cleaning or farm work, use "
                                    "firms that employ people legally and pay them fairly."
                                ),
                            },
                            {
                                "title": "Help without funding exploitation",
                                "text": (
                                    "If you want to support people who beg, look for organisations "
                                    "or social services that can give them real help."
                                ),
                            },
                            {
                                "title": "Report it",
                                "text": (
                                    "Call the free line for information or to report a situation. "
                                    "Do not intervene on your own and do not put the person at "
                                    "risk."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you are an employer or work in hotels, restaurants, tourism, "
                        "transport or on classified-ad websites, you can help too: check who works "
                        "for you and for your subcontractors, and adopt internal rules against "
                        "exploitation and sex tourism.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Have you seen something that worries you?",
                        "text": (
                            "ANITP’s TelVerde line is free: it gives information and takes reports "
                            "of possible trafficking cases, which ANITP passes on to the competent "
                            "authorities. It is not an emergency line: if someone is in immediate "
                            "danger, call the single emergency number."
                        ),
                    },
                },
            ],
            "ne": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>“स्वतन्त्रता दिनुहोस्! शोषणको मूल्य नतिर्नुहोस्!” (<i>Dă-i libertate! Nu-i plăti "
                        "exploatarea!</i>) जबरजस्ती भीख मगाउने उद्देश्यले हुने मानव बेचबिखन रोक्न ANITP र "
                        "यसका साझेदारहरूले चलाएको अभियान हो। यसको सन्देश शोषणका सबै रूपमा लागू हुन्छ: <b>अरू "
                        "कसैको नियन्त्रणमा रहेको व्यक्तिलाई दिइएको पैसा प्रायः उसको शोषण गर्नेकै हातमा "
                        "पुग्छ</b>।</p><p>यौन सेवा र दर्ता नगरिएको, अत्यन्त सस्तो श्रमको मागले रोमानिया र "
                        "विदेशमा मानव बेचबिखनलाई टिकाइराख्छ। रोमानियाको फौजदारी कानुनले मानव बेचबिखनको "
                        "पीडित हो भन्ने थाहा भएको व्यक्तिको सेवा प्रयोग गर्नेलाई सजाय दिन्छ (फौजदारी "
                        "संहिताको धारा २१६)।</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "कसैको शोषण भइरहेको हुन सक्ने संकेत",
                        "signs": [
                            "अरू कसैले उसको सट्टा बोल्छ, मूल्य तय गर्छ वा पैसा लिन्छ।",
                            "ऊ डराएको वा थाकेको देखिन्छ, आँखा जुधाउन चाहँदैन वा रटेजस्तो लाग्ने कथा सुनाउँछ।",
                            "ऊ १८ वर्षभन्दा कम उमेरको देखिन्छ, तपाईंलाई अरू जे भनिए पनि।",
                            "उसँग आफ्नै कागजात हुँदैनन् र ऊ बस्ने ठाउँको ठेगाना उसलाई थाहा हुँदैन।",
                            (
                                "कामदारहरू कार्यस्थलमै बस्छन्, समूहमा ल्याइन्छन् र लगिन्छन्, र दिनभर विश्राम "
                                "बिना काम गर्छन्।"
                            ),
                            "विद्यालय चल्ने समयमा कुनै बालबालिका भीख माग्छ र नजिकै रहेको वयस्कले पैसा उठाउँछ।",
                            "काम वा सेवाको मूल्य असामान्य रूपमा सस्तो छ।",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "तपाईं के गर्न सक्नुहुन्छ",
                        "steps": [
                            {
                                "title": "शोषणको मूल्य नतिर्नुहोस्",
                                "text": (
                                    "कोही व्यक्ति आफ्नै इच्छाले काम गरिरहेको छ कि छैन भन्नेमा शंका लागे त्यो "
                                    "सेवा वा कारोबार छाड्नुहोस्।"
                                ),
                            },
                            {
                                "title": "इमानदार सेवाप्रदायक रोज्नुहोस्",
                                "text": (
                                    "निर्माण, मर्मत, सरसफाइ वा कृषि कामका लागि कामदारलाई कानुनअनुसार "
                                    "राख्ने र उचित पारिश्रमिक दिने कम्पनी रोज्नुहोस्।"
                                ),
                            },
                            {
                                "title": "शोषणलाई पैसा नदिई सहयोग गर्नुहोस्",
                                "text": (
                                    "भीख माग्नेहरूलाई सहयोग गर्न चाहनुहुन्छ भने उनीहरूलाई वास्तविक मद्दत दिन "
                                    "सक्ने संस्था वा सामाजिक सेवा खोज्नुहोस्।"
                                ),
                            },
                            {
                                "title": "खबर गर्नुहोस्",
                                "text": (
                                    "जानकारी लिन वा कुनै अवस्थाबारे खबर गर्न निःशुल्क लाइनमा फोन गर्नुहोस्। "
                                    "एक्लै हस्तक्षेप नगर्नुहोस् र उक्त व्यक्तिलाई खतरामा नपार्नुहोस्।"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>तपाईं रोजगारदाता हुनुहुन्छ, वा होटल, रेस्टुरेन्ट, पर्यटन, यातायात वा विज्ञापन "
                        "वेबसाइटमा काम गर्नुहुन्छ भने तपाईं पनि योगदान दिन सक्नुहुन्छ: तपाईं र तपाईंका "
                        "उपठेकेदारका लागि को-को काम गर्छन् भनेर जाँच गर्नुहोस्, र शोषण तथा यौन पर्यटनविरुद्ध "
                        "आन्तरिक नियम बनाउनुहोस्।</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "चिन्ता लाग्ने केही देख्नुभयो?",
                        "text": (
                            "ANITP को TelVerde लाइन निःशुल्क छ: यसले जानकारी दिन्छ र मानव बेचबिखनका "
                            "सम्भावित घटनाबारे खबर लिन्छ, जुन ANITP ले सम्बन्धित अधिकारीसमक्ष पठाउँछ। यो "
                            "आपतकालीन लाइन होइन: कोही तत्काल खतरामा छ भने आपतकालीन नम्बरमा फोन गर्नुहोस्।"
                        ),
                    },
                },
            ],
            "uk": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>«Дай свободу! Не плати за експлуатацію!» (<i>Dă-i libertate! Nu-i "
                        "plăti exploatarea!</i>) — кампанія ANITP та партнерів, спрямована на "
                        "запобігання торгівлі людьми з метою примусового жебракування. Її меседж "
                        "стосується будь-якої форми експлуатації: <b>гроші, дані людині, яку "
                        "контролює хтось інший, найчастіше потрапляють до того, хто її "
                        "експлуатує</b>.</p><p>Попит на сексуальні послуги та на дуже дешеву "
                        "неофіційну працю підживлює торгівлю людьми — і в Румунії, і за кордоном. "
                        "Кримінальне законодавство Румунії карає за використання послуг людини, "
                        "про яку відомо, що вона є жертвою торгівлі людьми (стаття 216 "
                        "Кримінального кодексу).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Ознаки того, що людину можуть експлуатувати",
                        "signs": [
                            (
                                "Замість неї говорить хтось інший, домовляється про ціну або "
                                "забирає гроші."
                            ),
                            (
                                "Вона здається наляканою чи виснаженою, уникає погляду або "
                                "повторює ніби завчену історію."
                            ),
                            "Вона виглядає молодшою за 18 років, хоч би що вам казали.",
                            "У неї немає власних документів, і вона не знає адреси, де живе.",
                            (
                                "Працівники живуть просто на місці роботи, їх привозять і "
                                "забирають групами, і вони працюють цілий день без перерв."
                            ),
                            "Дитина жебракує під час уроків, а дорослий поруч збирає гроші.",
                            "Ціна надто низька як для такої роботи чи послуги.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Що ви можете зробити",
                        "steps": [
                            {
                                "title": "Не платіть за експлуатацію",
                                "text": (
                                    "Якщо сумніваєтеся, що людина діє з власної волі, відмовтеся "
                                    "від послуги чи угоди."
                                ),
                            },
                            {
                                "title": "Обирайте сумлінних виконавців",
                                "text": (
                                    "Для будівництва, ремонту, прибирання чи сільськогосподарських "
                                    "робіт звертайтеся до фірм, які офіційно наймають людей і "
                                    "чесно їм платять."
                                ),
                            },
                            {
                                "title": "Допомагайте, не фінансуючи експлуатацію",
                                "text": (
                                    "Якщо хочете підтримати людей, які жебракують, знайдіть "
                                    "організації чи соціальні служби, здатні надати їм справжню "
                                    "допомогу."
                                ),
                            },
                            {
                                "title": "Повідомте",
                                "text": (
                                    "Телефонуйте на безкоштовну лінію, щоб отримати інформацію чи "
                                    "повідомити про ситуацію. Не втручайтеся самотужки й не "
                                    "наражайте людину на небезпеку."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Якщо ви роботодавець або працюєте в готелях, ресторанах, туризмі, на "
                        "транспорті чи на сайтах оголошень, ви теж можете долучитися: перевіряйте, "
                        "хто працює на вас і на ваших субпідрядників, і запровадьте внутрішні "
                        "правила проти експлуатації та секс-туризму.</p>"
                    ),
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Бачили щось тривожне?",
                        "text": (
                            "Лінія TelVerde агентства ANITP безкоштовна: тут надають інформацію та "
                            "приймають повідомлення про можливі випадки торгівлі людьми, які ANITP "
                            "передає компетентним органам. Це не екстрена лінія: якщо комусь "
                            "загрожує безпосередня небезпека, телефонуйте на єдиний номер "
                            "екстреної допомоги."
                        ),
                    },
                },
            ],
        },
    },
    {
        "audience": "general-public",
        "slug": {
            "ro": "ce-este-traficul-de-persoane",
            "en": "what-is-trafficking",
        },
        "title": {
            "ro": "Ce este traficul de persoane și cum îl recunoaștem",
            "en": "What trafficking in persons is and how to recognise it",
            "ne": "मानव बेचबिखन के हो र यसलाई कसरी चिन्ने",
            "si": "මිනිස් ජාවාරම යනු කුමක්ද, එය හඳුනාගන්නේ කෙසේද",
            "ur": "انسانی تجارت کیا ہے اور اسے کیسے پہچانیں",
            "uk": "Що таке торгівля людьми і як її розпізнати",
        },
        "intro": {
            "ro": (
                "Traficul de persoane înseamnă exploatarea unui om prin înșelăciune, prin "
                "constrângere sau profitând de vulnerabilitatea lui. Se întâmplă și în România, nu "
                "doar în străinătate, iar oricine poate ajuta la oprirea lui."
            ),
            "en": (
                "Trafficking in persons means exploiting a human being through deception or "
                "coercion, or by taking advantage of their vulnerability. It happens in Romania "
                "too, not only abroad, and anyone can help stop it."
            ),
            "ne": (
                "मानव बेचबिखन भनेको छल, दबाब वा कसैको कमजोर अवस्थाको फाइदा उठाएर उसको शोषण गर्नु हो। यो "
                "विदेशमा मात्र होइन, रोमानियामा पनि हुन्छ, र यसलाई रोक्न जो कोहीले सहयोग गर्न सक्छ।"
            ),
            "si": (
                "මිනිස් ජාවාරම යනු රැවටීමෙන්, බලකිරීමෙන් හෝ කෙනෙකුගේ අසරණ බවින් ප්‍රයෝජන ගනිමින් ඔහු හෝ ඇය සූරාකෑමයි. "
                "එය සිදු වන්නේ විදේශයන්හි පමණක් නොව රුමේනියාවේද ය; එය නැවැත්වීමට ඕනෑම කෙනෙකුට උදව් කළ හැක."
            ),
            "ur": (
                "انسانی تجارت کا مطلب ہے دھوکے، جبر یا کسی کی کمزور حالت سے فائدہ اٹھا کر اس کا "
                "استحصال کرنا۔ یہ صرف بیرون ملک نہیں بلکہ رومانیہ میں بھی ہوتی ہے، اور اسے روکنے "
                "میں ہر کوئی مدد کر سکتا ہے۔"
            ),
            "uk": (
                "Торгівля людьми — це експлуатація людини через обман, примус або використання її "
                "вразливого становища. Вона трапляється не лише за кордоном, а й у Румунії, і "
                "кожен може допомогти її зупинити."
            ),
        },
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Ce este traficul de persoane",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Traficul de persoane este o încălcare gravă a drepturilor omului și o "
                        "infracțiune. Traficanții recrutează, transportă, cazează sau primesc "
                        "oameni prin înșelăciune, amenințări, forță sau profitând de situația lor "
                        "dificilă, cu scopul de a-i exploata. Când victima este un copil, orice "
                        "astfel de exploatare este trafic, chiar și fără violență sau "
                        "amenințări.</p><p>De cele mai multe ori, recrutorul este o persoană "
                        "cunoscută: un prieten, o rudă, un vecin sau un „iubit”. Tot mai des, "
                        "primul contact are loc pe rețelele sociale. Multe victime sunt exploatate "
                        "chiar în România.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Principalele forme de exploatare sunt:</p><ul><li><b>exploatarea "
                        "sexuală</b>, inclusiv obligarea la producerea de imagini și filme cu "
                        "caracter sexual distribuite online;</li><li><b>exploatarea prin "
                        "muncă</b>, în agricultură, construcții, muncă domestică sau alte domenii, "
                        "fără plată sau pentru datorii care nu se mai "
                        "termină;</li><li><b>obligarea la cerșetorie</b>;</li><li><b>obligarea la "
                        "comiterea de infracțiuni</b>, de exemplu furturi.</li></ul><p>Internetul "
                        "este folosit atât pentru recrutare (oferte false de muncă, relații "
                        "false), cât și pentru exploatare.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne că cineva poate fi victimă",
                        "signs": [
                            "Nu are propriile documente; altcineva i le ține.",
                            "Nu poate pleca liber de la locul de muncă sau din locuință.",
                            (
                                "Altcineva vorbește în numele lui și îi controlează banii și "
                                "telefonul."
                            ),
                            (
                                "Are față de angajator sau de un „protector” o datorie pe care nu "
                                "o poate plăti niciodată."
                            ),
                            (
                                "Pare speriat sau izolat și nu știe unde se află ori la ce adresă "
                                "locuiește."
                            ),
                            (
                                "Un copil lipsește de la școală pentru a munci sau a cerși pentru "
                                "alții."
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Cum poți semnala",
                        "steps": [
                            {
                                "title": "Observă, dar nu interveni singur",
                                "text": (
                                    "Siguranța ta și a persoanei contează cel mai mult. Nu îi "
                                    "confrunta pe cei pe care îi bănuiești."
                                ),
                            },
                            {
                                "title": "Notează detaliile",
                                "text": (
                                    "Locul, data, ce ai văzut sau ai auzit și, dacă se poate, "
                                    "numere de înmatriculare sau nume de conturi online."
                                ),
                            },
                            {
                                "title": "Sună la linia TelVerde",
                                "text": (
                                    "Linia gratuită a ANITP oferă informații și preia semnalări; "
                                    "posibilele cazuri sunt transmise autorităților competente."
                                ),
                            },
                            {
                                "title": "În caz de urgență, sună la 112",
                                "text": "Dacă cineva este în pericol imediat, nu aștepta.",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Informare gratuită, nu urgență",
                        "text": (
                            "Linia TelVerde este gestionată de ANITP: oferă informații despre "
                            "traficul de persoane și recomandări de siguranță și preia semnalări "
                            "despre posibile cazuri. Nu este o linie de urgență: în caz de pericol "
                            "imediat, sună la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "What trafficking in persons is",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Trafficking in persons is a serious violation of human rights and a "
                        "crime. Traffickers recruit, transport, house or receive people through "
                        "deception, threats or force, or by taking advantage of their difficult "
                        "situation, in order to exploit them. When the victim is a child, any such "
                        "exploitation is trafficking, even without violence or threats.</p><p>Most "
                        "often the recruiter is someone the victim knows: a friend, a relative, a "
                        "neighbour or a “boyfriend”. More and more often, the first contact "
                        "happens on social media. Many victims are exploited here in Romania.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The main forms of exploitation are:</p><ul><li><b>sexual "
                        "exploitation</b>, including being forced to produce sexual images and "
                        "videos that are shared online;</li><li><b>labour exploitation</b>, in "
                        "agriculture, construction, domestic work or other sectors, without pay or "
                        "for debts that never end;</li><li><b>forced "
                        "begging</b>;</li><li><b>forced criminality</b>, for example being made to "
                        "steal.</li></ul><p>The internet is used both to recruit (fake job offers, "
                        "fake relationships) and to exploit.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs that someone may be a victim",
                        "signs": [
                            "They do not hold their own documents; someone else keeps them.",
                            "They cannot freely leave their workplace or their accommodation.",
                            (
                                "Someone else speaks for them and controls their money and their "
                                "phone."
                            ),
                            (
                                "They owe a debt to an employer or a “protector” that they can "
                                "never pay off."
                            ),
                            (
                                "They seem frightened or isolated and do not know where they are "
                                "or at what address they live."
                            ),
                            "A child misses school to work or beg for others.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "How to report",
                        "steps": [
                            {
                                "title": "Notice, but do not intervene alone",
                                "text": (
                                    "Your safety and the person’s safety come first. Do not "
                                    "confront the people you suspect."
                                ),
                            },
                            {
                                "title": "Note the details",
                                "text": (
                                    "The place, the date, what you saw or heard and, if possible, "
                                    "vehicle registration numbers or online account names."
                                ),
                            },
                            {
                                "title": "Call the TelVerde line",
                                "text": (
                                    "ANITP’s free line gives information and takes reports; "
                                    "possible cases are passed on to the competent authorities."
                                ),
                            },
                            {
                                "title": "In an emergency, call 112",
                                "text": "If someone is in immediate danger, do not wait.",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Free information, not an emergency line",
                        "text": (
                            "The TelVerde line is run by ANITP: it gives information about "
                            "trafficking in persons and safety advice, and takes reports of "
                            "possible cases. It is not an emergency line: in immediate danger, "
                            "call the single emergency number."
                        ),
                    },
                },
            ],
            "ne": [
                {
                    "type": "heading",
                    "value": {
                        "text": "मानव बेचबिखन के हो",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>मानव बेचबिखन मानव अधिकारको गम्भीर उल्लङ्घन र अपराध हो। बेचबिखन गर्नेहरूले शोषण "
                        "गर्ने उद्देश्यले छल, धम्की वा बल प्रयोग गरेर, वा मानिसको कठिन अवस्थाको फाइदा उठाएर "
                        "उनीहरूलाई भर्ती गर्छन्, ओसारपसार गर्छन्, लुकाएर राख्छन् वा आफ्नो जिम्मामा लिन्छन्। "
                        "पीडित बालबालिका हो भने हिंसा वा धम्की नभए पनि यस्तो जुनसुकै शोषण बेचबिखन नै "
                        "हो।</p><p>प्रायः भर्ती गर्ने व्यक्ति पीडितको चिनजानकै हुन्छ: साथी, आफन्त, छिमेकी वा "
                        "“प्रेमी”। पहिलो सम्पर्क झन्झन् धेरै सामाजिक सञ्जालमार्फत हुन थालेको छ। धेरै पीडितको "
                        "शोषण रोमानियाभित्रै हुन्छ।</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>शोषणका मुख्य रूपहरू:</p><ul><li><b>यौन शोषण</b>, अनलाइनमा फैलाइने यौनजन्य "
                        "तस्बिर र भिडियो बनाउन बाध्य पार्नेसमेत;</li><li><b>श्रम शोषण</b>, कृषि, निर्माण, "
                        "घरेलु काम वा अन्य क्षेत्रमा, तलब नदिई वा कहिल्यै नसकिने ऋणका "
                        "नाममा;</li><li><b>जबरजस्ती भीख मगाउने</b>;</li><li><b>जबरजस्ती अपराध "
                        "गराउने</b>, जस्तै चोरी गर्न लगाउने।</li></ul><p>इन्टरनेट भर्ती (नक्कली कामको "
                        "प्रस्ताव, नक्कली सम्बन्ध) र शोषण दुवैका लागि प्रयोग हुन्छ।</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "कोही पीडित हुन सक्ने संकेत",
                        "signs": [
                            "उसका कागजात उसँग हुँदैनन्; अरू कसैले राखेको हुन्छ।",
                            "ऊ कार्यस्थल वा बस्ने ठाउँबाट स्वतन्त्र रूपमा निस्कन सक्दैन।",
                            "अरू कसैले उसको सट्टा बोल्छ र उसको पैसा तथा फोन नियन्त्रण गर्छ।",
                            "उसले रोजगारदाता वा कुनै “संरक्षक” लाई कहिल्यै तिर्न नसकिने ऋण तिर्नुपर्छ।",
                            (
                                "ऊ डराएको वा एक्लो देखिन्छ, र आफू कहाँ छ वा आफ्नो ठेगाना के हो भन्ने उसलाई "
                                "थाहा हुँदैन।"
                            ),
                            "कुनै बालबालिका अरूका लागि काम गर्न वा भीख माग्न विद्यालय जाँदैन।",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "कसरी खबर गर्ने",
                        "steps": [
                            {
                                "title": "ध्यान दिनुहोस्, तर एक्लै हस्तक्षेप नगर्नुहोस्",
                                "text": (
                                    "तपाईंको र उक्त व्यक्तिको सुरक्षा सबैभन्दा महत्त्वपूर्ण हो। शंका लागेका "
                                    "मानिससँग सिधै भिड्न नजानुहोस्।"
                                ),
                            },
                            {
                                "title": "विवरण टिप्नुहोस्",
                                "text": (
                                    "ठाउँ, मिति, तपाईंले देखेको वा सुनेको कुरा, र सम्भव भए सवारी साधनको "
                                    "नम्बर वा अनलाइन खाताको नाम।"
                                ),
                            },
                            {
                                "title": "TelVerde लाइनमा फोन गर्नुहोस्",
                                "text": (
                                    "ANITP को निःशुल्क लाइनले जानकारी दिन्छ र खबर लिन्छ; सम्भावित घटनाहरू "
                                    "सम्बन्धित अधिकारीसमक्ष पठाइन्छन्।"
                                ),
                            },
                            {
                                "title": "आपतकालमा 112 मा फोन गर्नुहोस्",
                                "text": "कोही तत्काल खतरामा छ भने पर्खेर नबस्नुहोस्।",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "निःशुल्क जानकारी, आपतकालीन सेवा होइन",
                        "text": (
                            "TelVerde लाइन ANITP ले सञ्चालन गर्छ: यसले मानव बेचबिखनबारे जानकारी र "
                            "सुरक्षासम्बन्धी सुझाव दिन्छ, र सम्भावित घटनाबारे खबर लिन्छ। यो आपतकालीन लाइन "
                            "होइन: तत्काल खतरा भए आपतकालीन नम्बरमा फोन गर्नुहोस्।"
                        ),
                    },
                },
            ],
            "si": [
                {
                    "type": "heading",
                    "value": {
                        "text": "මිනිස් ජාවාරම යනු කුමක්ද",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>මිනිස් ජාවාරම මානව හිමිකම් බරපතළ ලෙස උල්ලංඝනය කිරීමක් සහ අපරාධයකි. ජාවාරම්කරුවන් "
                        "සූරාකෑමේ අරමුණින් රැවටීම, තර්ජන හෝ බලය යොදා ගනිමින්, නැතහොත් මිනිසුන්ගේ දුෂ්කර තත්ත්වයෙන් "
                        "ප්‍රයෝජන ගනිමින් ඔවුන් බඳවා ගැනීම, ප්‍රවාහනය කිරීම, නවාතැන් දීම හෝ භාර ගැනීම සිදු කරති. "
                        "වින්දිතයා ළමයෙකු නම්, ප්‍රචණ්ඩත්වයක් හෝ තර්ජනයක් නොමැති වුවද එවැනි ඕනෑම සූරාකෑමක් "
                        "ජාවාරමකි.</p><p>බොහෝ විට බඳවා ගන්නා තැනැත්තා වින්දිතයා හඳුනන අයෙකි: මිතුරෙකු, ඥාතියෙකු, "
                        "අසල්වැසියෙකු හෝ “පෙම්වතෙකු”. පළමු සම්බන්ධතාවය සමාජ මාධ්‍ය හරහා ඇති වීම වැඩි වෙමින් පවතී. "
                        "බොහෝ වින්දිතයන් සූරාකෑමට ලක් වන්නේ රුමේනියාව තුළදීමය.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>සූරාකෑමේ ප්‍රධාන ස්වරූප:</p><ul><li><b>ලිංගික සූරාකෑම</b>, අන්තර්ජාලයේ බෙදා හරින "
                        "ලිංගික ඡායාරූප සහ වීඩියෝ නිෂ්පාදනය කිරීමට බල කිරීමද ඇතුළුව;</li><li><b>ශ්‍රම සූරාකෑම</b>, "
                        "කෘෂිකර්මය, ඉදිකිරීම්, ගෘහ සේවය හෝ වෙනත් ක්ෂේත්‍රවල, වැටුප් නොගෙවා හෝ කිසිදා ඉවර නොවන ණය "
                        "නිසා;</li><li><b>බලහත්කාරයෙන් හිඟා කැවීම</b>;</li><li><b>බලහත්කාරයෙන් අපරාධ "
                        "කරවීම</b>, උදාහරණයක් ලෙස සොරකම් කරවීම.</li></ul><p>අන්තර්ජාලය බඳවා ගැනීමට (ව්‍යාජ "
                        "රැකියා යෝජනා, ව්‍යාජ සබඳතා) මෙන්ම සූරාකෑමටද භාවිත කෙරේ.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "යමෙකු වින්දිතයෙකු විය හැකි බවට ලකුණු",
                        "signs": [
                            "ඔහුගේ හෝ ඇයගේ ලියකියවිලි තමා ළඟ නැත; වෙනත් අයෙකු ඒවා තබාගෙන සිටී.",
                            "සේවා ස්ථානයෙන් හෝ නවාතැනින් නිදහසේ පිටව යා නොහැක.",
                            "වෙනත් අයෙකු ඔහු හෝ ඇය වෙනුවෙන් කතා කරන අතර ඔවුන්ගේ මුදල් සහ දුරකථනය පාලනය කරයි.",
                            "සේවා යෝජකයාට හෝ “ආරක්ෂකයෙකුට” කිසිදා ගෙවා නිම කළ නොහැකි ණයක් ඇත.",
                            "බියට පත් වූ හෝ හුදකලා වූ බවක් පෙනේ; තමා සිටින්නේ කොහේද, තම ලිපිනය කුමක්ද යන්න නොදනී.",
                            "ළමයෙකු අන් අය වෙනුවෙන් වැඩ කිරීමට හෝ හිඟා කෑමට පාසල් නොයයි.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "දැනුම් දෙන්නේ කෙසේද",
                        "steps": [
                            {
                                "title": "නිරීක්ෂණය කරන්න, නමුත් තනිව මැදිහත් නොවන්න",
                                "text": (
                                    "ඔබේ සහ එම පුද්ගලයාගේ ආරක්ෂාව පළමුවැන්නයි. ඔබ සැක කරන අය සමඟ කෙලින්ම "
                                    "ගැටුමකට නොයන්න."
                                ),
                            },
                            {
                                "title": "විස්තර සටහන් කරන්න",
                                "text": (
                                    "ස්ථානය, දිනය, ඔබ දුටු හෝ ඇසූ දේ, හැකි නම් වාහන අංක හෝ අන්තර්ජාල ගිණුම්වල නම්."
                                ),
                            },
                            {
                                "title": "TelVerde සේවාවට කතා කරන්න",
                                "text": (
                                    "ANITP හි නොමිලේ ඇමතිය හැකි මෙම සේවාව තොරතුරු ලබා දෙන අතර දැනුම්දීම් භාර "
                                    "ගනී; සැක සහිත සිද්ධි අදාළ බලධාරීන් වෙත යොමු කෙරේ."
                                ),
                            },
                            {
                                "title": "හදිසි අවස්ථාවකදී 112 අමතන්න",
                                "text": "යමෙකු වහාම අනතුරක සිටී නම් ප්‍රමාද නොවන්න.",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "නොමිලේ තොරතුරු, හදිසි සේවාවක් නොවේ",
                        "text": (
                            "TelVerde දුරකථන සේවාව ANITP විසින් පවත්වාගෙන යයි: එය මිනිස් ජාවාරම පිළිබඳ තොරතුරු "
                            "සහ ආරක්ෂක උපදෙස් ලබා දෙන අතර සැක සහිත සිද්ධි පිළිබඳ දැනුම්දීම් භාර ගනී. මෙය හදිසි "
                            "ඇමතුම් සේවාවක් නොවේ: වහාම අනතුරක් ඇත්නම් හදිසි ඇමතුම් අංකයට කතා කරන්න."
                        ),
                    },
                },
            ],
            "ur": [
                {
                    "type": "heading",
                    "value": {
                        "text": "انسانی تجارت کیا ہے",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>انسانی تجارت انسانی حقوق کی سنگین خلاف ورزی اور ایک جرم ہے۔ انسانی "
                        "تجارت کرنے والے استحصال کی نیت سے لوگوں کو دھوکے، دھمکیوں یا طاقت کے "
                        "ذریعے، یا ان کی مشکل حالت سے فائدہ اٹھا کر بھرتی کرتے ہیں، ایک جگہ سے "
                        "دوسری جگہ لے جاتے ہیں، ٹھہراتے ہیں یا اپنی تحویل میں لیتے ہیں۔ اگر متاثرہ "
                        "فرد بچہ ہو تو ایسا کوئی بھی استحصال انسانی تجارت ہے، چاہے تشدد یا دھمکی "
                        "نہ بھی ہو۔</p><p>اکثر بھرتی کرنے والا کوئی جان پہچان والا ہوتا ہے: دوست، "
                        "رشتہ دار، پڑوسی یا نام نہاد محبوب۔ اب پہلا رابطہ زیادہ سے زیادہ سوشل "
                        "میڈیا پر ہوتا ہے۔ بہت سے متاثرین کا استحصال رومانیہ کے اندر ہی ہوتا "
                        "ہے۔</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>استحصال کی بڑی شکلیں یہ ہیں:</p><ul><li><b>جنسی استحصال</b>، جس میں آن "
                        "لائن پھیلائی جانے والی جنسی تصاویر اور ویڈیوز بنانے پر مجبور کرنا بھی "
                        "شامل ہے؛</li><li><b>مزدوری کا استحصال</b>، زراعت، تعمیرات، گھریلو کام یا "
                        "دیگر شعبوں میں، بغیر تنخواہ کے یا کبھی ختم نہ ہونے والے قرض کے "
                        "بدلے؛</li><li><b>زبردستی بھیک منگوانا</b>؛</li><li><b>زبردستی جرائم "
                        "کروانا</b>، مثلاً چوری کروانا۔</li></ul><p>انٹرنیٹ بھرتی (جعلی نوکریوں کی "
                        "پیشکش، جعلی تعلقات) اور استحصال دونوں کے لیے استعمال ہوتا ہے۔</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "علامات کہ کوئی شخص متاثرہ ہو سکتا ہے",
                        "signs": [
                            "اس کے کاغذات اس کے پاس نہیں؛ کوئی اور انہیں اپنے پاس رکھتا ہے۔",
                            "وہ کام کی جگہ یا رہائش گاہ سے آزادی کے ساتھ نہیں نکل سکتا۔",
                            (
                                "کوئی اور اس کی جگہ بات کرتا ہے اور اس کے پیسوں اور فون پر قابو "
                                "رکھتا ہے۔"
                            ),
                            (
                                "اس پر آجر یا کسی نام نہاد محافظ کا ایسا قرض ہے جو کبھی ادا نہیں "
                                "ہو سکتا۔"
                            ),
                            (
                                "وہ خوفزدہ یا الگ تھلگ دکھائی دیتا ہے اور نہیں جانتا کہ وہ کہاں ہے "
                                "یا اس کا پتا کیا ہے۔"
                            ),
                            (
                                "کوئی بچہ دوسروں کے لیے کام کرنے یا بھیک مانگنے کی وجہ سے اسکول "
                                "نہیں جاتا۔"
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "اطلاع کیسے دیں",
                        "steps": [
                            {
                                "title": "دھیان رکھیں، مگر اکیلے مداخلت نہ کریں",
                                "text": (
                                    "آپ کی اور اس شخص کی حفاظت سب سے اہم ہے۔ جن لوگوں پر شک ہو ان "
                                    "کا خود سامنا نہ کریں۔"
                                ),
                            },
                            {
                                "title": "تفصیلات نوٹ کریں",
                                "text": (
                                    "جگہ، تاریخ، آپ نے کیا دیکھا یا سنا، اور اگر ممکن ہو تو گاڑیوں "
                                    "کے نمبر یا آن لائن اکاؤنٹس کے نام۔"
                                ),
                            },
                            {
                                "title": "TelVerde لائن پر کال کریں",
                                "text": (
                                    "ANITP کی مفت لائن معلومات دیتی ہے اور اطلاعات وصول کرتی ہے؛ "
                                    "ممکنہ واقعات متعلقہ حکام کو بھیجے جاتے ہیں۔"
                                ),
                            },
                            {
                                "title": "ہنگامی صورت میں 112 پر کال کریں",
                                "text": "اگر کسی کو فوری خطرہ ہو تو انتظار نہ کریں۔",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "مفت معلومات، ہنگامی لائن نہیں",
                        "text": (
                            "TelVerde لائن ANITP چلاتی ہے: یہ انسانی تجارت کے بارے میں معلومات اور "
                            "حفاظتی مشورے دیتی ہے اور ممکنہ واقعات کی اطلاعات وصول کرتی ہے۔ یہ "
                            "ہنگامی لائن نہیں ہے: فوری خطرے کی صورت میں ہنگامی نمبر پر کال کریں۔"
                        ),
                    },
                },
            ],
            "uk": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Що таке торгівля людьми",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Торгівля людьми — це грубе порушення прав людини і злочин. Торговці "
                        "людьми вербують, перевозять, переховують або приймають людей за допомогою "
                        "обману, погроз чи сили або використовуючи їхнє скрутне становище, щоб їх "
                        "експлуатувати. Якщо постраждала особа — дитина, будь-яка така "
                        "експлуатація є торгівлею людьми, навіть без насильства чи "
                        "погроз.</p><p>Найчастіше вербувальник — знайома людина: друг, родич, "
                        "сусід чи «коханий». Дедалі частіше перший контакт відбувається в "
                        "соцмережах. Багатьох постраждалих експлуатують саме в Румунії.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Основні форми експлуатації:</p><ul><li><b>сексуальна експлуатація</b>, "
                        "зокрема примус до створення сексуальних фото й відео, які поширюють в "
                        "інтернеті;</li><li><b>трудова експлуатація</b> — у сільському "
                        "господарстві, будівництві, домашній праці чи інших сферах, без оплати або "
                        "за борги, які ніколи не закінчуються;</li><li><b>примусове "
                        "жебракування</b>;</li><li><b>примус до вчинення злочинів</b>, наприклад "
                        "крадіжок.</li></ul><p>Інтернет використовують і для вербування (фальшиві "
                        "вакансії, фальшиві стосунки), і для експлуатації.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Ознаки того, що людина може бути постраждалою",
                        "signs": [
                            "Її документи не в неї — їх тримає хтось інший.",
                            "Вона не може вільно піти з місця роботи чи з житла.",
                            "Хтось інший говорить замість неї та контролює її гроші й телефон.",
                            (
                                "Вона має перед роботодавцем чи «покровителем» борг, який "
                                "неможливо погасити."
                            ),
                            (
                                "Вона здається наляканою чи ізольованою, не знає, де перебуває і "
                                "яка в неї адреса."
                            ),
                            "Дитина не ходить до школи, бо працює чи жебракує для інших.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Як повідомити",
                        "steps": [
                            {
                                "title": "Помічайте, але не втручайтеся самотужки",
                                "text": (
                                    "Ваша безпека і безпека цієї людини — понад усе. Не вступайте "
                                    "в конфронтацію з тими, кого підозрюєте."
                                ),
                            },
                            {
                                "title": "Запишіть деталі",
                                "text": (
                                    "Місце, дату, що ви бачили чи чули, а за можливості — номери "
                                    "автомобілів або назви акаунтів в інтернеті."
                                ),
                            },
                            {
                                "title": "Зателефонуйте на лінію TelVerde",
                                "text": (
                                    "Безкоштовна лінія ANITP надає інформацію та приймає "
                                    "повідомлення; можливі випадки передають компетентним органам."
                                ),
                            },
                            {
                                "title": "У разі небезпеки — 112",
                                "text": (
                                    "Якщо комусь загрожує безпосередня небезпека, не зволікайте."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Безкоштовна інформація, а не екстрена лінія",
                        "text": (
                            "Лінію TelVerde обслуговує ANITP: тут надають інформацію про торгівлю "
                            "людьми та поради з безпеки, а також приймають повідомлення про "
                            "можливі випадки. Це не екстрена лінія: у разі безпосередньої "
                            "небезпеки телефонуйте на єдиний номер екстреної допомоги."
                        ),
                    },
                },
            ],
        },
    },
]
