"""Campaign demo data from ANITP's 2020 report, so the demo shows real campaigns and reach."""

# The texts are in several scripts on purpose; Cyrillic, Devanagari, Sinhala, Bengali and Arabic
# letters and typographic punctuation are not look-alikes of ASCII here.

# ANITP's 15 regional centres. Demo data: the seeds name only Timișoara [003:2068]; the
# e-mail addresses follow one pattern and are placeholders, not checked addresses.
CENTRES = [
    {
        "key": "alba-iulia",
        "city": "Alba Iulia",
        "name": {
            "ro": "Centrul Regional Alba Iulia",
            "en": "Alba Iulia Regional Centre",
        },
        "email": "alba-iulia@anitp.mai.gov.ro",
    },
    {
        "key": "bacau",
        "city": "Bacău",
        "name": {
            "ro": "Centrul Regional Bacău",
            "en": "Bacău Regional Centre",
        },
        "email": "bacau@anitp.mai.gov.ro",
    },
    {
        "key": "brasov",
        "city": "Brașov",
        "name": {
            "ro": "Centrul Regional Brașov",
            "en": "Brașov Regional Centre",
        },
        "email": "brasov@anitp.mai.gov.ro",
    },
    {
        "key": "bucuresti",
        "city": "București",
        "name": {
            "ro": "Centrul Regional București",
            "en": "București Regional Centre",
        },
        "email": "bucuresti@anitp.mai.gov.ro",
    },
    {
        "key": "cluj-napoca",
        "city": "Cluj-Napoca",
        "name": {
            "ro": "Centrul Regional Cluj-Napoca",
            "en": "Cluj-Napoca Regional Centre",
        },
        "email": "cluj-napoca@anitp.mai.gov.ro",
    },
    {
        "key": "constanta",
        "city": "Constanța",
        "name": {
            "ro": "Centrul Regional Constanța",
            "en": "Constanța Regional Centre",
        },
        "email": "constanta@anitp.mai.gov.ro",
    },
    {
        "key": "craiova",
        "city": "Craiova",
        "name": {
            "ro": "Centrul Regional Craiova",
            "en": "Craiova Regional Centre",
        },
        "email": "craiova@anitp.mai.gov.ro",
    },
    {
        "key": "galati",
        "city": "Galați",
        "name": {
            "ro": "Centrul Regional Galați",
            "en": "Galați Regional Centre",
        },
        "email": "galati@anitp.mai.gov.ro",
    },
    {
        "key": "iasi",
        "city": "Iași",
        "name": {
            "ro": "Centrul Regional Iași",
            "en": "Iași Regional Centre",
        },
        "email": "iasi@anitp.mai.gov.ro",
    },
    {
        "key": "oradea",
        "city": "Oradea",
        "name": {
            "ro": "Centrul Regional Oradea",
            "en": "Oradea Regional Centre",
        },
        "email": "oradea@anitp.mai.gov.ro",
    },
    {
        "key": "pitesti",
        "city": "Pitești",
        "name": {
            "ro": "Centrul Regional Pitești",
            "en": "Pitești Regional Centre",
        },
        "email": "pitesti@anitp.mai.gov.ro",
    },
    {
        "key": "ploiesti",
        "city": "Ploiești",
        "name": {
            "ro": "Centrul Regional Ploiești",
            "en": "Ploiești Regional Centre",
        },
        "email": "ploiesti@anitp.mai.gov.ro",
    },
    {
        "key": "suceava",
        "city": "Suceava",
        "name": {
            "ro": "Centrul Regional Suceava",
            "en": "Suceava Regional Centre",
        },
        "email": "suceava@anitp.mai.gov.ro",
    },
    {
        "key": "timisoara",
        "city": "Timișoara",
        "name": {
            "ro": "Centrul Regional Timișoara",
            "en": "Timișoara Regional Centre",
        },
        "email": "timisoara@anitp.mai.gov.ro",
    },
    {
        "key": "targu-mures",
        "city": "Târgu Mureș",
        "name": {
            "ro": "Centrul Regional Târgu Mureș",
            "en": "Târgu Mureș Regional Centre",
        },
        "email": "targu-mures@anitp.mai.gov.ro",
    },
]

# Forms of exploitation a campaign addresses.
EXPLOITATION_FORMS = [
    {
        "key": "sexual",
        "name": {
            "ro": "Exploatare sexuală",
            "en": "Sexual exploitation",
            "ne": "यौन शोषण",
            "si": "ලිංගික සූරාකෑම",
            "ur": "جنسی استحصال",
            "uk": "Сексуальна експлуатація",
            "bn": "যৌন শোষণ",
            "vi": "Bóc lột tình dục",
            "it": "Sfruttamento sessuale",
            "es": "Explotación sexual",
            "de": "Sexuelle Ausbeutung",
        },
    },
    {
        "key": "labour",
        "name": {
            "ro": "Exploatare prin muncă",
            "en": "Labour exploitation",
            "ne": "श्रम शोषण",
            "si": "ශ්‍රම සූරාකෑම",
            "ur": "مزدوری کا استحصال",
            "uk": "Трудова експлуатація",
            "bn": "শ্রম শোষণ",
            "vi": "Bóc lột lao động",
            "it": "Sfruttamento lavorativo",
            "es": "Explotación laboral",
            "de": "Arbeitsausbeutung",
        },
    },
    {
        "key": "begging",
        "name": {
            "ro": "Exploatare prin cerșetorie",
            "en": "Forced begging",
            "ne": "जबरजस्ती भिख मगाउने शोषण",
            "si": "බලහත්කාරයෙන් හිඟාකෑමට යෙදවීම",
            "ur": "جبری گداگری",
            "uk": "Примусове жебракування",
            "bn": "জোরপূর্বক ভিক্ষাবৃত্তি",
            "vi": "Cưỡng bức ăn xin",
            "it": "Accattonaggio forzato",
            "es": "Mendicidad forzada",
            "de": "Erzwungenes Betteln",
        },
    },
    {
        "key": "online",
        "name": {
            "ro": "Exploatare sexuală online și grooming",
            "en": "Online sexual exploitation and grooming",
            "ne": "अनलाइन यौन शोषण र ग्रुमिङ",
            "si": "අන්තර්ජාලය හරහා ලිංගික සූරාකෑම සහ ග්‍රූමිං",
            "ur": "آن لائن جنسی استحصال اور گرومنگ",
            "uk": "Сексуальна експлуатація онлайн і грумінг",
            "bn": "অনলাইনে যৌন শোষণ ও গ্রুমিং",
            "vi": "Bóc lột tình dục trực tuyến và dụ dỗ trẻ em qua mạng",
            "it": "Sfruttamento sessuale online e adescamento",
            "es": "Explotación sexual en línea y grooming",
            "de": "Sexuelle Ausbeutung im Internet und Cybergrooming",
        },
    },
    {
        "key": "forced-criminality",
        "name": {
            "ro": "Obligarea la comiterea de infracțiuni",
            "en": "Forced criminality",
            "ne": "जबरजस्ती अपराध गराउने शोषण",
            "si": "බලහත්කාරයෙන් අපරාධවල යෙදවීම",
            "ur": "جرائم پر مجبور کرنا",
            "uk": "Примушування до вчинення злочинів",
            "bn": "জোরপূর্বক অপরাধে জড়ানো",
            "vi": "Cưỡng ép phạm tội",
            "it": "Costrizione a commettere reati",
            "es": "Criminalidad forzada",
            "de": "Zwang zu Straftaten",
        },
    },
    {
        "key": "forced-marriage",
        "name": {
            "ro": "Căsătorie forțată",
            "en": "Forced marriage",
            "ne": "जबरजस्ती विवाह",
            "si": "බලහත්කාර විවාහ",
            "ur": "جبری شادی",
            "uk": "Примусовий шлюб",
            "bn": "জোরপূর্বক বিয়ে",
            "vi": "Cưỡng ép kết hôn",
            "it": "Matrimonio forzato",
            "es": "Matrimonio forzado",
            "de": "Zwangsheirat",
        },
    },
    {
        "key": "organ-removal",
        "name": {
            "ro": "Prelevarea de organe",
            "en": "Organ removal",
            "ne": "मानव अङ्ग झिक्ने",
            "si": "මිනිස් අවයව ඉවත් කිරීම",
            "ur": "انسانی اعضا نکالنا",
            "uk": "Вилучення органів",
            "bn": "মানব অঙ্গ অপসারণ",
            "vi": "Lấy bộ phận cơ thể người",
            "it": "Prelievo di organi",
            "es": "Extracción de órganos",
            "de": "Organentnahme",
        },
    },
]

# Where a campaign reaches people.
CHANNELS = [
    {
        "key": "online",
        "name": {
            "ro": "Online și rețele sociale",
            "en": "Online and social media",
            "ne": "अनलाइन र सामाजिक सञ्जाल",
            "si": "අන්තර්ජාලය සහ සමාජ මාධ්‍ය",
            "ur": "آن لائن اور سوشل میڈیا",
            "uk": "Онлайн і соцмережі",
            "bn": "অনলাইন ও সামাজিক যোগাযোগমাধ্যম",
            "vi": "Trực tuyến và mạng xã hội",
            "it": "Online e social network",
            "es": "En línea y redes sociales",
            "de": "Online und soziale Medien",
        },
    },
    {
        "key": "schools",
        "name": {
            "ro": "Școli",
            "en": "Schools",
            "ne": "विद्यालय",
            "si": "පාසල්",
            "ur": "اسکول",
            "uk": "Школи",
            "bn": "বিদ্যালয়",
            "vi": "Trường học",
            "it": "Scuole",
            "es": "Centros educativos",
            "de": "Schulen",
        },
    },
    {
        "key": "border-crossings",
        "name": {
            "ro": "Puncte de trecere a frontierei",
            "en": "Border crossing points",
            "ne": "सीमा नाका",
            "si": "දේශසීමා මුරපොළවල්",
            "ur": "سرحدی گزرگاہیں",
            "uk": "Пункти пропуску через кордон",
            "bn": "সীমান্ত চেকপোস্ট",
            "vi": "Cửa khẩu biên giới",
            "it": "Valichi di frontiera",
            "es": "Pasos fronterizos",
            "de": "Grenzübergänge",
        },
    },
    {
        "key": "consulates",
        "name": {
            "ro": "Misiuni diplomatice și oficii consulare",
            "en": "Embassies and consulates",
            "ne": "दूतावास र वाणिज्य दूतावास",
            "si": "තානාපති සහ කොන්සල් කාර්යාල",
            "ur": "سفارت خانے اور قونصل خانے",
            "uk": "Посольства й консульства",
            "bn": "দূতাবাস ও কনস্যুলেট",
            "vi": "Đại sứ quán và lãnh sự quán",
            "it": "Ambasciate e consolati",
            "es": "Embajadas y consulados",
            "de": "Botschaften und Konsulate",
        },
    },
    {
        "key": "job-fairs",
        "name": {
            "ro": "Târguri de locuri de muncă",
            "en": "Job fairs",
            "ne": "रोजगार मेला",
            "si": "රැකියා ප්‍රදර්ශන",
            "ur": "روزگار میلے",
            "uk": "Ярмарки вакансій",
            "bn": "চাকরি মেলা",
            "vi": "Hội chợ việc làm",
            "it": "Fiere del lavoro",
            "es": "Ferias de empleo",
            "de": "Jobmessen",
        },
    },
    {
        "key": "media",
        "name": {
            "ro": "Presă, radio și televiziune",
            "en": "Press, radio and television",
            "ne": "पत्रपत्रिका, रेडियो र टेलिभिजन",
            "si": "පුවත්පත්, ගුවන් විදුලිය සහ රූපවාහිනිය",
            "ur": "اخبارات، ریڈیو اور ٹی وی",
            "uk": "Преса, радіо й телебачення",
            "bn": "সংবাদপত্র, রেডিও ও টেলিভিশন",
            "vi": "Báo chí, phát thanh và truyền hình",
            "it": "Stampa, radio e televisione",
            "es": "Prensa, radio y televisión",
            "de": "Presse, Radio und Fernsehen",
        },
    },
    {
        "key": "public-spaces",
        "name": {
            "ro": "Spații publice",
            "en": "Public spaces",
            "ne": "सार्वजनिक स्थल",
            "si": "පොදු ස්ථාන",
            "ur": "عوامی مقامات",
            "uk": "Громадські місця",
            "bn": "জনসমাগমের স্থান",
            "vi": "Nơi công cộng",
            "it": "Spazi pubblici",
            "es": "Espacios públicos",
            "de": "Öffentliche Orte",
        },
    },
    {
        "key": "placement-centres",
        "name": {
            "ro": "Centre de plasament",
            "en": "Residential care centres for children",
            "ne": "बाल हेरचाह गृह",
            "si": "ළමා රැකවරණ මධ්‍යස්ථාන",
            "ur": "بچوں کے نگہداشت کے مراکز",
            "uk": "Заклади для дітей під опікою держави",
            "bn": "শিশু পরিচর্যা কেন্দ্র",
            "vi": "Trung tâm bảo trợ trẻ em",
            "it": "Comunità per minori",
            "es": "Centros de acogida de menores",
            "de": "Kinder- und Jugendheime",
        },
    },
]

# Only partners the seeds name for these campaigns: the 2020 report for the 2020 ones; for
# the two 2026 demo campaigns, institutions the PNA makes responsible (1.1.4, 1.3.1) and
# INCA România, which took the 2020 materials to Romanians in Italy [003:1856-1858].
PARTNERS = [
    {
        "key": "ministerul-educatiei",
        "name": {
            "ro": "Ministerul Educației",
            "en": "Ministry of Education",
        },
        "kind": "public",
    },
    {
        "key": "mae",
        "name": {
            "ro": "Ministerul Afacerilor Externe",
            "en": "Ministry of Foreign Affairs",
        },
        "kind": "public",
    },
    {
        "key": "igpf",
        "name": {
            "ro": "Inspectoratul General al Poliției de Frontieră",
            "en": "General Inspectorate of the Romanian Border Police",
        },
        "kind": "public",
    },
    {
        "key": "inspectia-muncii",
        "name": {
            "ro": "Inspecția Muncii",
            "en": "Labour Inspectorate",
        },
        "kind": "public",
    },
    {
        "key": "igi",
        "name": {
            "ro": "Inspectoratul General pentru Imigrări",
            "en": "General Inspectorate for Immigration",
        },
        "kind": "public",
    },
    {
        "key": "drp",
        "name": {
            "ro": "Departamentul pentru Românii de Pretutindeni",
            "en": "Department for Romanians Everywhere",
        },
        "kind": "public",
    },
    {
        "key": "eliberare",
        "name": {
            "ro": "Asociația eLiberare",
            "en": "eLiberare Association",
        },
        "kind": "ngo",
    },
    {
        "key": "aidrom",
        "name": {
            "ro": "Asociația AIDRom",
            "en": "AIDRom Association",
        },
        "kind": "ngo",
    },
    {
        "key": "world-vision-romania",
        "name": {
            "ro": "Fundația World Vision România",
            "en": "World Vision Romania Foundation",
        },
        "kind": "ngo",
    },
    {
        "key": "inca-romania",
        "name": {
            "ro": "Asociația INCA România",
            "en": "INCA Romania Association",
        },
        "kind": "ngo",
    },
    {
        "key": "olx-romania",
        "name": {
            "ro": "OLX România",
            "en": "OLX Romania",
        },
        "kind": "private",
    },
]

# The campaign index page (“Campanii de prevenire”).
INDEX = {
    "title": {
        "ro": "Campanii de prevenire",
        "en": "Prevention campaigns",
        "ne": "रोकथाम अभियानहरू",
        "si": "වැළැක්වීමේ ව්‍යාපාර",
        "ur": "روک تھام کی مہمات",
        "uk": "Профілактичні кампанії",
    },
    "intro": {
        "ro": (
            "Campaniile ANITP și ale partenerilor săi împotriva traficului de persoane: cui se "
            "adresează, ce mesaje transmit și ce au realizat. Poți alege campaniile după public, "
            "după forma de exploatare sau după limba în care sunt scrise."
        ),
        "en": (
            "Campaigns against trafficking in persons run by ANITP and its partners: who they "
            "speak to, what they say and what they achieved. You can choose campaigns by audience, "
            "by form of exploitation or by the language they are written in."
        ),
        "ne": (
            "ANITP र यसका साझेदारहरूले मानव बेचबिखनविरुद्ध चलाएका अभियानहरू: यी कसका लागि हुन्, के "
            "सन्देश दिन्छन् र के उपलब्धि भयो। तपाईं लक्षित समूह, शोषणको प्रकार वा लेखिएको भाषाका "
            "आधारमा अभियान छान्न सक्नुहुन्छ।"
        ),
        "si": (
            "ANITP සහ එහි හවුල්කරුවන් මිනිස් ජාවාරමට එරෙහිව ක්‍රියාත්මක කරන ව්‍යාපාර: ඒවා කා "
            "සඳහාද, දෙන පණිවිඩය කුමක්ද සහ අත්කර ගත් දේ කුමක්ද යන්න. ඉලක්ක කණ්ඩායම, සූරාකෑමේ "
            "ස්වරූපය හෝ ලියා ඇති භාෂාව අනුව ඔබට ව්‍යාපාර තෝරා ගත හැක."
        ),
        "ur": (
            "ANITP اور اس کے شراکت داروں کی انسانی تجارت کے خلاف مہمات: یہ کن لوگوں کے لیے ہیں، "
            "کیا پیغام دیتی ہیں اور انہوں نے کیا حاصل کیا۔ آپ مہمات کو مخاطب گروہ، استحصال کی شکل "
            "یا اس زبان کے لحاظ سے منتخب کر سکتے ہیں جس میں وہ لکھی گئی ہیں۔"
        ),
        "uk": (
            "Кампанії ANITP та його партнерів проти торгівлі людьми: до кого вони звертаються, що "
            "повідомляють і чого досягли. Ви можете вибрати кампанії за аудиторією, формою "
            "експлуатації або мовою, якою їх написано."
        ),
    },
}

# The campaigns, newest last. Figures are the report's; nothing here is estimated.
CAMPAIGNS = [
    # 2020, national [003:1837-1858, 2448-2502]: the project's campaign on forced begging.
    # The report gives no dates for the campaign itself; the project ran June 2017 - November
    # 2020, so the period shown is the report year up to the project's end.
    {
        "key": "da-i-libertate",
        "slug": {
            "ro": "da-i-libertate-nu-i-plati-exploatarea",
            "en": "give-them-freedom",
        },
        "centre": "bucuresti",
        "audiences": ["general-public", "demand-reduction", "diaspora"],
        "forms": ["begging"],
        "channels": ["public-spaces", "schools", "consulates", "media"],
        "partners": [
            "ministerul-educatiei",
            "mae",
            "eliberare",
            "aidrom",
            "world-vision-romania",
            "inca-romania",
        ],
        "pna_actions": ["1.1.1", "1.1.2", "1.1.4"],
        "start": "2020-01-01",
        "end": "2020-11-30",
        "setting": "rural_urban",
        "title": {
            "ro": "Dă-i libertate! Nu-i plăti exploatarea!",
            "en": "Give them freedom! Don’t pay for their exploitation!",
        },
        "intro": {
            "ro": (
                "Campanie națională de prevenire a traficului de persoane în scopul exploatării "
                "prin cerșetorie, derulată de ANITP împreună cu instituții publice și organizații "
                "neguvernamentale, pentru cetățenii români din țară și din străinătate."
            ),
            "en": (
                "A national campaign to prevent trafficking in persons for forced begging, run by "
                "ANITP with public institutions and non-governmental organisations, for Romanian "
                "citizens at home and abroad."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Despre campanie",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Campania „Dă-i libertate! Nu-i plăti exploatarea!” a fost derulată în "
                        "cadrul proiectului „Reducerea amplitudinii traficului de persoane "
                        "printr-o mai bună informare a cetățenilor”, finanțat din fonduri europene "
                        "prin Fondul pentru Securitate Internă. Proiectul a avut trei campanii, "
                        "fiecare dedicată unei forme de exploatare: prin muncă, sexuală și prin "
                        "cerșetorie. Aceasta este campania despre <b>exploatarea prin "
                        "cerșetorie</b>.</p><p>Campania a reunit ANITP, Ministerul Educației, "
                        "Ministerul Afacerilor Externe, Asociația eLiberare, Asociația AIDRom, "
                        "Fundația World Vision România și Asociația INCA România și s-a adresat "
                        "cetățenilor români atât din țară, cât și din străinătate.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Ce a realizat",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>În perioada de implementare au avut loc <b>1.840 de activități de "
                        "prevenire</b>, în mediul rural și în cel urban, cu aproximativ <b>100.000 "
                        "de beneficiari direcți</b>. Au fost produse și distribuite <b>peste "
                        "55.000 de materiale informativ-preventive</b>. O parte dintre ele au "
                        "ajuns în comunitățile românești din străinătate, prin misiunile "
                        "diplomatice și oficiile consulare ale Ministerului Afacerilor Externe, "
                        "iar Asociația INCA România le-a pus la dispoziția cetățenilor români "
                        "aflați în Italia.</p><p>Mesajul campaniei este simplu: <b>banii dați unei "
                        "persoane obligate să cerșească ajung, de cele mai multe ori, la cel care "
                        "o exploatează</b>. În 2020, victimele exploatării prin cerșetorie au fost "
                        "recrutate prin abordare directă, iar celor mai multe li s-a propus să "
                        "cerșească în afara țării. Femeile și bărbații sunt la fel de vulnerabili: "
                        "în același an au fost identificate 19 victime femei și 18 victime "
                        "bărbați.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne că o persoană poate fi obligată să cerșească",
                        "signs": [
                            "Un adult din apropiere o supraveghează și strânge banii primiți.",
                            (
                                "Este adusă dimineața și luată seara, adesea în grup, de aceleași "
                                "persoane."
                            ),
                            "Un copil cerșește în timpul orelor de școală.",
                            "Pare speriată, obosită sau rănită și evită să vorbească.",
                            "Nu are documente și nu știe unde locuiește.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Ce poți face",
                        "steps": [
                            {
                                "title": "Nu plăti exploatarea",
                                "text": (
                                    "Dacă ai îndoieli că persoana cerșește de bunăvoie, "
                                    "gândește-te că banii tăi pot ajunge la cel care o controlează."
                                ),
                            },
                            {
                                "title": "Ajută altfel",
                                "text": (
                                    "Sprijină organizațiile și serviciile sociale care oferă "
                                    "adăpost, hrană și îngrijire persoanelor aflate în nevoie."
                                ),
                            },
                            {
                                "title": "Semnalează, fără să intervii singur",
                                "text": (
                                    "Sună la linia gratuită pentru informații sau pentru a semnala "
                                    "situația. Nu fotografia și nu filma persoana: are dreptul la "
                                    "demnitate."
                                ),
                            },
                            {
                                "title": "Dacă ești în străinătate",
                                "text": (
                                    "Ambasada sau consulatul României te pot informa și sprijini. "
                                    "În statele Uniunii Europene, în caz de urgență sună la 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai văzut ceva care te îngrijorează?",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită: oferă informații despre "
                            "traficul de persoane și preia semnalări despre posibile cazuri, pe "
                            "care ANITP le transmite autorităților competente. Nu este o linie de "
                            "urgență: dacă cineva este în pericol imediat, sună la numărul unic de "
                            "urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "About the campaign",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The campaign “Give them freedom! Don’t pay for their exploitation!” "
                        "was run as part of the project “Reducing the scale of trafficking in "
                        "persons through better information for citizens”, funded by the European "
                        "Union through the Internal Security Fund. The project had three "
                        "campaigns, each on one form of exploitation: labour, sexual exploitation "
                        "and begging. This is the campaign on <b>forced begging</b>.</p><p>It "
                        "brought together ANITP, the Ministry of Education, the Ministry of "
                        "Foreign Affairs, the eLiberare Association, the AIDRom Association, the "
                        "World Vision Romania Foundation and the INCA Romania Association, and "
                        "spoke to Romanian citizens both in Romania and abroad.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "What it achieved",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>During the campaign, <b>1,840 prevention activities</b> took place in "
                        "rural and urban areas, with about <b>100,000 direct beneficiaries</b>. "
                        "<b>More than 55,000 information and prevention materials</b> were "
                        "produced and handed out. Part of them reached Romanian communities abroad "
                        "through the diplomatic missions and consular offices of the Ministry of "
                        "Foreign Affairs, and the INCA Romania Association made them available to "
                        "Romanian citizens in Italy.</p><p>The campaign’s message is simple: "
                        "<b>money given to a person who is forced to beg usually ends up with the "
                        "person who exploits them</b>. In 2020, victims of forced begging were "
                        "recruited by direct approach, and most of them were offered the chance to "
                        "beg outside Romania. Women and men are equally vulnerable: that year, 19 "
                        "female and 18 male victims were identified.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs that someone may be forced to beg",
                        "signs": [
                            "An adult nearby watches them and collects the money they are given.",
                            (
                                "They are dropped off in the morning and picked up in the evening, "
                                "often in a group, by the same people."
                            ),
                            "A child is begging during school hours.",
                            "They seem frightened, exhausted or injured and avoid talking.",
                            "They have no documents and do not know where they live.",
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
                                    "If you doubt that the person is begging of their own free "
                                    "will, remember that your money may go to whoever controls "
                                    "them."
                                ),
                            },
                            {
                                "title": "Help in another way",
                                "text": (
                                    "Support organisations and social services that offer shelter, "
                                    "food and care to people in need."
                                ),
                            },
                            {
                                "title": "Report it, without stepping in alone",
                                "text": (
                                    "Call the free line for information or to report the "
                                    "situation. Do not photograph or film the person: they have a "
                                    "right to dignity."
                                ),
                            },
                            {
                                "title": "If you are abroad",
                                "text": (
                                    "The Romanian embassy or consulate can inform and support you. "
                                    "In the European Union, call 112 in an emergency."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Have you seen something that worries you?",
                        "text": (
                            "ANITP’s TelVerde line is free: it gives information about trafficking "
                            "in persons and takes reports of possible cases, which ANITP passes on "
                            "to the competent authorities. It is not an emergency line: if someone "
                            "is in immediate danger, call the single emergency number."
                        ),
                    },
                },
            ],
        },
    },
    # 2020, online, with OLX Romania [003:1861-1878]. The report gives no dates: the report year.
    {
        "key": "jobul-perfect",
        "slug": {
            "ro": "jobul-perfect-iluzie-cu-sens-unic",
            "en": "the-perfect-job",
        },
        "centre": "bucuresti",
        "audiences": ["general-public"],
        "forms": ["labour", "sexual"],
        "channels": ["online"],
        "partners": ["olx-romania"],
        "pna_actions": ["1.1.1", "1.4.3", "1.7.2"],
        "start": "2020-01-01",
        "end": "2020-12-31",
        "setting": "rural_urban",
        "title": {
            "ro": "Jobul perfect – iluzie cu sens unic",
            "en": "The perfect job – a one-way illusion",
        },
        "intro": {
            "ro": (
                "Campanie online a ANITP și a OLX România pentru cei care își caută de lucru pe "
                "internet: cum recunoști o ofertă de muncă înșelătoare înainte să o accepți."
            ),
            "en": (
                "An online campaign by ANITP and OLX Romania for people looking for work on the "
                "internet: how to recognise a deceptive job offer before you accept it."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Despre campanie",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>În 2020, pandemia a mutat în mediul online o mare parte din relațiile "
                        "dintre oameni, iar recrutorii și-au schimbat și ei metodele. Campania "
                        "online „Jobul perfect – iluzie cu sens unic”, implementată de ANITP și "
                        "OLX România, a urmărit să prevină traficul de persoane prin informarea "
                        "celor care își caută un loc de muncă folosind platformele online. În "
                        "același an, cele mai multe victime ale traficului au fost recrutate cu "
                        "oferte din sfera prostituției și cu oferte de locuri de muncă „bine "
                        "plătite”.</p><p>Campania a avut <b>259 de postări</b>, cu <b>4.901 "
                        "aprecieri</b>, <b>5.293 de distribuiri</b> și <b>26.010 interacțiuni</b>, "
                        "și a ajuns la <b>500.114 utilizatori unici</b>. Pe platforma OLX, în "
                        "secțiunea „Siguranța ta pe OLX”, au fost publicate două articole cu "
                        "sfaturi de prevenire: „Cum poți să previi exploatarea prin muncă?” (437 "
                        "de vizualizări) și „Cum poți să previi exploatarea sexuală?” (252 de "
                        "vizualizări).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne că „jobul perfect” poate fi o capcană",
                        "signs": [
                            (
                                "Salariul este mult peste cel obișnuit pentru aceeași muncă și nu "
                                "ți se cer nici experiență, nici acte."
                            ),
                            "Anunțul nu spune numele firmei, adresa sau ce anume vei face.",
                            (
                                "Ți se cere să plătești în avans pentru intermediere, transport "
                                "sau cazare."
                            ),
                            "Ți se spune că vei semna contractul „la sosire”.",
                            "Ești grăbit să pleci imediat sau rugat să nu spui nimănui.",
                            (
                                "Discuția se mută repede pe mesaje private, iar cel care "
                                "recrutează evită întrebările precise."
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Înainte să accepți o ofertă",
                        "steps": [
                            {
                                "title": "Verifică angajatorul",
                                "text": (
                                    "Caută firma după nume și adresă și cere datele complete ale "
                                    "celui care face oferta. O firmă serioasă îți răspunde la "
                                    "întrebări."
                                ),
                            },
                            {
                                "title": "Cere contractul în scris",
                                "text": (
                                    "Într-o limbă pe care o înțelegi, înainte de plecare. Citește "
                                    "salariul, programul, cazarea și ce costuri ți se rețin."
                                ),
                            },
                            {
                                "title": "Păstrează-ți documentele",
                                "text": (
                                    "Buletinul și pașaportul rămân la tine. Fă copii și lasă un "
                                    "set acasă."
                                ),
                            },
                            {
                                "title": "Vorbește cu cineva de încredere",
                                "text": (
                                    "Spune familiei sau prietenilor unde pleci, pentru cine vei "
                                    "lucra și cum pot da de tine."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Întrebări frecvente",
                        "items": [
                            {
                                "question": (
                                    "Toate ofertele de muncă găsite online sunt periculoase?"
                                ),
                                "answer": (
                                    "<p>Nu. Multe oferte sunt reale. Câteva verificări simple te "
                                    "ajută să le deosebești de cele înșelătoare.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Am acceptat deja o ofertă și ceva nu e în regulă. Ce fac?"
                                ),
                                "answer": (
                                    "<p><b>Nu este vina ta.</b> Cere ajutor cât mai repede: în caz "
                                    "de pericol imediat sună la 112, iar pentru informații, la "
                                    "linia gratuită TelVerde a ANITP, 0800 800 678.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Nu ești sigur de o ofertă?",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită și îți oferă informații și "
                            "recomandări de siguranță înainte să accepți un loc de muncă. Nu este "
                            "o linie de urgență: dacă ești în pericol, sună la numărul unic de "
                            "urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "About the campaign",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2020 the pandemic moved much of people’s contact with one another "
                        "online, and recruiters changed their methods too. The online campaign "
                        "“The perfect job – a one-way illusion”, run by ANITP and OLX Romania, set "
                        "out to prevent trafficking in persons by informing people who look for "
                        "work on online platforms. That same year, most trafficking victims were "
                        "recruited with offers linked to prostitution and with offers of "
                        "“well-paid” jobs.</p><p>The campaign published <b>259 posts</b>, which "
                        "received <b>4,901 likes</b>, <b>5,293 shares</b> and <b>26,010 "
                        "interactions</b>, and reached <b>500,114 unique users</b>. On the OLX "
                        "platform, in the “Your safety on OLX” section, two articles with "
                        "prevention advice were published: “How can you prevent labour "
                        "exploitation?” (437 views) and “How can you prevent sexual exploitation?” "
                        "(252 views).</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs that the “perfect job” may be a trap",
                        "signs": [
                            (
                                "The pay is far above the usual for the same work, and no "
                                "experience or documents are asked for."
                            ),
                            (
                                "The ad does not give the company’s name, its address or what "
                                "exactly you will do."
                            ),
                            (
                                "You are asked to pay in advance for placement, travel or "
                                "accommodation."
                            ),
                            "You are told you will sign the contract “when you arrive”.",
                            "You are rushed to leave at once or asked not to tell anyone.",
                            (
                                "The conversation quickly moves to private messages, and the "
                                "recruiter avoids precise questions."
                            ),
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Before you accept an offer",
                        "steps": [
                            {
                                "title": "Check the employer",
                                "text": (
                                    "Look the company up by name and address, and ask for the full "
                                    "details of whoever makes the offer. A genuine company answers "
                                    "your questions."
                                ),
                            },
                            {
                                "title": "Ask for a written contract",
                                "text": (
                                    "In a language you understand, before you leave. Read the pay, "
                                    "the hours, the accommodation and any costs that will be "
                                    "deducted."
                                ),
                            },
                            {
                                "title": "Keep your documents",
                                "text": (
                                    "Your identity card and passport stay with you. Make copies "
                                    "and leave a set at home."
                                ),
                            },
                            {
                                "title": "Talk to someone you trust",
                                "text": (
                                    "Tell your family or friends where you are going, who you will "
                                    "work for and how they can reach you."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Are all job offers found online dangerous?",
                                "answer": (
                                    "<p>No. Many offers are genuine. A few simple checks help you "
                                    "tell them apart from deceptive ones.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "I have already accepted an offer and something is wrong. What "
                                    "should I do?"
                                ),
                                "answer": (
                                    "<p><b>It is not your fault.</b> Ask for help as soon as you "
                                    "can: in immediate danger call 112; for information, call "
                                    "ANITP’s free TelVerde line, 0800 800 678.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Not sure about an offer?",
                        "text": (
                            "ANITP’s TelVerde line is free and gives you information and safety "
                            "advice before you accept a job. It is not an emergency line: if you "
                            "are in danger, call the single emergency number."
                        ),
                    },
                },
            ],
        },
    },
    # 12-18 October 2020 [003:1921-1943]; the round table [003:2108-2127]. The teenagers' part
    # draws on the report's loverboy method [003:237-256] and child victims [003:648-655].
    {
        "key": "saptamana-prevenirii-2020",
        "slug": {
            "ro": "saptamana-prevenirii-traficului-de-persoane-2020",
            "en": "trafficking-prevention-week-2020",
        },
        "centre": "bucuresti",
        "audiences": ["general-public", "minors-parents"],
        "forms": ["sexual", "online"],
        "channels": ["online", "public-spaces"],
        "partners": [],
        "pna_actions": ["1.1.1", "1.1.3", "1.2.3", "1.4.3"],
        "start": "2020-10-12",
        "end": "2020-10-18",
        "setting": "rural_urban",
        "title": {
            "ro": "Săptămâna Prevenirii Traficului de Persoane 2020",
            "en": "Trafficking Prevention Week 2020",
            "uk": "Тиждень запобігання торгівлі людьми 2020",
        },
        "intro": {
            "ro": (
                "Între 12 și 18 octombrie 2020, în jurul Zilei Europene de Luptă împotriva "
                "Traficului de Persoane, ANITP a desfășurat activități de prevenire în mediul "
                "fizic și online. Pe această pagină găsești și sfaturi pentru adolescenți și "
                "părinți."
            ),
            "en": (
                "From 12 to 18 October 2020, around the European Anti-Trafficking Day, ANITP ran "
                "prevention activities in person and online. This page also has advice for "
                "teenagers and parents."
            ),
            "uk": (
                "З 12 по 18 жовтня 2020 року, напередодні Європейського дня боротьби з торгівлею "
                "людьми, ANITP проводило профілактичні заходи наживо й онлайн. На цій сторінці є "
                "також поради для підлітків і батьків."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "De ce 18 octombrie",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>18 octombrie este Ziua Europeană de Luptă împotriva Traficului de "
                        "Persoane.</b> Pentru a o marca, ANITP a organizat și în 2020 campania "
                        "„Săptămâna Prevenirii Traficului de Persoane”. Între 12 și 18 octombrie "
                        "au avut loc <b>242 de activități informative</b>, cu <b>9.086 de "
                        "beneficiari</b>, atât în mediul fizic, cât și online. Pe rețelele sociale "
                        "au fost publicate mesaje antitrafic și a fost difuzat un material video "
                        "animat despre traficul de persoane și despre semnificația zilei de 18 "
                        "octombrie.</p><p>Scopul a fost ca oamenii să afle cum pot evita "
                        "situațiile periculoase și ce pot face dacă traficul și exploatarea au "
                        "avut deja loc. Tot cu acest prilej, ANITP a organizat o masă rotundă "
                        "online despre colaborarea dintre societatea civilă, sectorul public și "
                        "cel privat, la care au participat peste 40 de persoane din 26 de "
                        "instituții și organizații.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Pentru adolescenți: când „iubirea” este o capcană",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Cea mai folosită metodă de recrutare pentru exploatarea sexuală se "
                        "numește „loverboy”. Cineva te abordează direct sau pe rețelele sociale. "
                        "Pare atent și înțelegător, află multe despre tine și despre problemele "
                        "familiei tale și îți promite o relație serioasă și o viață mai bună. Apoi "
                        "începe să îți ceară lucruri care nu îți plac: să pleci de acasă, să "
                        "trimiți poze intime sau să faci bani „pentru viitorul vostru”.</p><p>Dacă "
                        "ți se întâmplă ceva asemănător, <b>nu este vina ta</b>. Poți vorbi "
                        "oricând cu un adult în care ai încredere.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne de alarmă",
                        "signs": [
                            (
                                "Cineva pe care l-ai cunoscut de curând îți spune foarte repede că "
                                "te iubește."
                            ),
                            (
                                "Îți cere să nu spui nimănui despre voi, nici părinților, nici "
                                "prietenilor."
                            ),
                            "Îți face cadouri sau îți dă bani, apoi îți spune că îi ești dator.",
                            "Îți cere poze sau filmări intime ori te amenință că le arată altora.",
                            "Te îndeamnă să pleci de acasă sau în altă țară împreună cu el.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Ce poți face",
                        "steps": [
                            {
                                "title": "Vorbește cu cineva",
                                "text": (
                                    "Spune unui părinte, unui profesor sau altui adult în care ai "
                                    "încredere. Nu trebuie să te descurci singur."
                                ),
                            },
                            {
                                "title": "Nu trimite poze intime",
                                "text": (
                                    "Dacă ai trimis deja, nu este vina ta. Nu trimite altele, nu "
                                    "plăti și cere ajutor."
                                ),
                            },
                            {
                                "title": "Pentru părinți: fiți aproape",
                                "text": (
                                    "În 2020, 255 de minori au fost victime ale traficului de "
                                    "persoane, cei mai mulți având între 12 și 17 ani. "
                                    "Întrebați-vă copiii cu cine vorbesc online, fără să-i "
                                    "judecați, și stabiliți împreună reguli de siguranță. Un copil "
                                    "care nu se teme de pedeapsă vă va spune mai ușor când ceva nu "
                                    "este în regulă."
                                ),
                            },
                            {
                                "title": "Cere informații",
                                "text": (
                                    "Sună la linia gratuită pentru informații. Dacă cineva este în "
                                    "pericol chiar acum, sună la 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai nevoie de informații?",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită și oferă informații despre "
                            "traficul de persoane și recomandări de siguranță; prin ea poți "
                            "semnala și un posibil caz. Nu este o linie de urgență: dacă cineva "
                            "este în pericol imediat, sună la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Why 18 October",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>18 October is the European Anti-Trafficking Day.</b> To mark it, "
                        "ANITP again organised the “Trafficking Prevention Week” campaign in 2020. "
                        "From 12 to 18 October there were <b>242 information activities</b>, with "
                        "<b>9,086 beneficiaries</b>, both in person and online. Anti-trafficking "
                        "messages were posted on social media, and an animated video was shared "
                        "about trafficking in persons and the meaning of 18 October.</p><p>The aim "
                        "was to help people learn how to avoid dangerous situations and what they "
                        "can do if trafficking and exploitation have already happened. On the same "
                        "occasion, ANITP held an online round table on cooperation between civil "
                        "society, the public sector and the private sector, attended by more than "
                        "40 people from 26 institutions and organisations.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "For teenagers: when “love” is a trap",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The recruitment method used most often for sexual exploitation is "
                        "called the “loverboy” method. Someone approaches you in person or on "
                        "social media. They seem caring and understanding, find out a lot about "
                        "you and about your family’s problems, and promise you a serious "
                        "relationship and a better life. Then they start asking for things you "
                        "don’t like: to leave home, to send intimate photos or to make money “for "
                        "your future together”.</p><p>If something like this happens to you, <b>it "
                        "is not your fault</b>. You can always talk to an adult you trust.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Warning signs",
                        "signs": [
                            (
                                "Someone you met only recently tells you very quickly that they "
                                "love you."
                            ),
                            (
                                "They ask you not to tell anyone about the two of you, not your "
                                "parents and not your friends."
                            ),
                            "They give you presents or money, then say you owe them.",
                            (
                                "They ask for intimate photos or videos, or threaten to show them "
                                "to others."
                            ),
                            "They push you to leave home, or to go to another country with them.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "What you can do",
                        "steps": [
                            {
                                "title": "Talk to someone",
                                "text": (
                                    "Tell a parent, a teacher or another adult you trust. You "
                                    "don’t have to deal with it alone."
                                ),
                            },
                            {
                                "title": "Don’t send intimate photos",
                                "text": (
                                    "If you already have, it is not your fault. Don’t send any "
                                    "more, don’t pay, and ask for help."
                                ),
                            },
                            {
                                "title": "For parents: stay close",
                                "text": (
                                    "In 2020, 255 children were victims of trafficking in persons, "
                                    "most of them aged 12 to 17. Ask your children who they talk "
                                    "to online, without judging them, and agree on safety rules "
                                    "together. A child who is not afraid of being punished will "
                                    "find it easier to tell you when something is wrong."
                                ),
                            },
                            {
                                "title": "Ask for information",
                                "text": (
                                    "Call the free line for information. If someone is in danger "
                                    "right now, call 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Need information?",
                        "text": (
                            "ANITP’s TelVerde line is free of charge and gives information about "
                            "trafficking in persons and safety advice; you can also use it to "
                            "report a possible case. It is not an emergency line: if someone is in "
                            "immediate danger, call the single emergency number."
                        ),
                    },
                },
            ],
            "uk": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Чому 18 жовтня",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p><b>18 жовтня — Європейський день боротьби з торгівлею людьми.</b> Щоб "
                        "відзначити його, ANITP і у 2020 році провело кампанію «Тиждень "
                        "запобігання торгівлі людьми». З 12 по 18 жовтня відбулися <b>242 "
                        "інформаційні заходи</b>, які охопили <b>9086 учасників</b>, — наживо й "
                        "онлайн. У соцмережах публікували повідомлення проти торгівлі людьми, а "
                        "також поширили анімаційне відео про торгівлю людьми та значення дня 18 "
                        "жовтня.</p><p>Мета полягала в тому, щоб люди дізналися, як уникати "
                        "небезпечних ситуацій і що робити, якщо торгівля людьми та експлуатація "
                        "вже сталися. З цієї ж нагоди ANITP провело онлайн-круглий стіл про "
                        "співпрацю громадянського суспільства, державного та приватного секторів, "
                        "у якому взяли участь понад 40 осіб із 26 установ і організацій.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Для підлітків: коли «кохання» — це пастка",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Найпоширеніший спосіб вербування для сексуальної експлуатації "
                        "називають методом «лавербой». Хтось знайомиться з тобою наживо або в "
                        "соцмережах. Ця людина здається уважною й чуйною, багато дізнається про "
                        "тебе та про труднощі твоєї родини й обіцяє серйозні стосунки та краще "
                        "життя. А потім починає просити того, що тобі не подобається: піти з дому, "
                        "надіслати інтимні фото чи заробляти гроші «для вашого спільного "
                        "майбутнього».</p><p>Якщо з тобою стається щось подібне, <b>це не твоя "
                        "провина</b>. Ти завжди можеш поговорити з дорослим, якому довіряєш.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Тривожні ознаки",
                        "signs": [
                            (
                                "Хтось, з ким ти щойно познайомився чи познайомилася, дуже швидко "
                                "каже, що кохає тебе."
                            ),
                            "Просить нікому не розповідати про вас — ні батькам, ні друзям.",
                            "Дарує подарунки чи дає гроші, а потім каже, що ти винен чи винна.",
                            "Просить інтимні фото чи відео або погрожує показати їх іншим.",
                            "Умовляє тебе піти з дому або поїхати разом до іншої країни.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Що ти можеш зробити",
                        "steps": [
                            {
                                "title": "Поговори з кимось",
                                "text": (
                                    "Розкажи батькам, учителеві чи іншому дорослому, якому "
                                    "довіряєш. Тобі не треба впоратися з цим самотужки."
                                ),
                            },
                            {
                                "title": "Не надсилай інтимних фото",
                                "text": (
                                    "Якщо фото вже надіслано, це не твоя провина. Не надсилай "
                                    "більше, нічого не плати й попроси допомоги."
                                ),
                            },
                            {
                                "title": "Батькам: будьте поруч",
                                "text": (
                                    "У 2020 році 255 неповнолітніх стали жертвами торгівлі людьми, "
                                    "більшість — віком від 12 до 17 років. Питайте дітей, з ким "
                                    "вони спілкуються в інтернеті, не засуджуючи їх, і разом "
                                    "домовтеся про правила безпеки. Дитині, яка не боїться "
                                    "покарання, легше сказати вам, що щось не так."
                                ),
                            },
                            {
                                "title": "Звернися по інформацію",
                                "text": (
                                    "Телефонуй на безкоштовну лінію, щоб отримати інформацію. Якщо "
                                    "комусь загрожує небезпека просто зараз, телефонуй 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Потрібна інформація?",
                        "text": (
                            "Лінія TelVerde агентства ANITP безкоштовна: тут надають інформацію "
                            "про торгівлю людьми та поради з безпеки, а також приймають "
                            "повідомлення про можливі випадки. Це не екстрена лінія: якщо комусь "
                            "загрожує безпосередня небезпека, телефонуйте на єдиний номер "
                            "екстреної допомоги."
                        ),
                    },
                },
            ],
        },
    },
    # November 2020 onwards, with the Border Police [003:1947-1972]; the report covers 2020 only,
    # so the end date is the report year's. Context: [003:1977-1990, 2036-2062].
    {
        "key": "pune-tu-bariera",
        "slug": {
            "ro": "pune-tu-bariera-traficului-de-persoane",
            "en": "put-up-a-barrier-to-trafficking",
        },
        "centre": "bucuresti",
        "audiences": ["diaspora", "general-public"],
        "forms": ["labour", "sexual", "begging"],
        "channels": ["border-crossings", "online"],
        "partners": ["igpf"],
        "pna_actions": ["1.1.1", "1.1.4"],
        "start": "2020-11-01",
        "end": "2020-12-31",
        "setting": "rural_urban",
        "title": {
            "ro": "Pentru că oamenii contează, pune tu barieră traficului de persoane!",
            "en": "Because people matter, put up a barrier to trafficking in persons!",
        },
        "intro": {
            "ro": (
                "În noiembrie 2020, ANITP și Inspectoratul General al Poliției de Frontieră au "
                "lansat o campanie pentru cei care trec frontiera: polițiștii de frontieră au "
                "oferit materiale de informare odată cu verificarea documentelor de călătorie."
            ),
            "en": (
                "In November 2020, ANITP and the General Inspectorate of the Border Police "
                "launched a campaign for people crossing the border: border police officers handed "
                "out information materials while checking travel documents."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Despre campanie",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ANITP și Inspectoratul General al Poliției de Frontieră (IGPF) au "
                        "lansat în noiembrie 2020 campania „Pentru că oamenii contează, pune tu "
                        "barieră traficului de persoane!”. Acțiunea s-a desfășurat în principalele "
                        "puncte de trecere a frontierei de stat – aeroporturile internaționale și "
                        "punctele de trecere terestre – și a fost promovată și pe paginile de "
                        "Facebook ale ANITP și IGPF.</p><p>Mesajul campaniei a fost o atenționare "
                        "despre traficul de persoane, adresată cetățenilor care trec frontiera, "
                        "inclusiv călătorilor cu zboruri low-cost. Polițiștii de frontieră au "
                        "oferit materialele campaniei cu ocazia verificării documentelor de "
                        "călătorie. O mare parte a activităților a avut loc în perioada "
                        "sărbătorilor de iarnă, când punctele de trecere a frontierei au fost mai "
                        "aglomerate, iar mulți români se întorceau acasă de la muncă din "
                        "străinătate.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Frontiera a fost un loc important pentru prevenire în tot anul 2020. "
                        "În perioada stării de urgență, ANITP a distribuit materiale "
                        "informativ-preventive cu sprijinul poliției de frontieră și al "
                        "autorităților aeroportuare. În cadrul zilelor de acțiune comună EMPACT "
                        "(Joint Action Days), echipe ale ANITP, ale Direcției de Combatere a "
                        "Criminalității Organizate și ale IGPF, alături de organizații "
                        "neguvernamentale, au informat călătorii din punctele de trecere a "
                        "frontierei despre metodele de recrutare folosite de traficanți.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Pleci la muncă peste graniță? Fii atent dacă:",
                        "signs": [
                            (
                                "Altcineva îți ține buletinul sau pașaportul și ți-l dă doar la "
                                "control."
                            ),
                            "Nu știi exact unde vei lucra, pentru cine și unde vei locui.",
                            (
                                "Drumul ți-l plătește altcineva, iar banii urmează să fie "
                                "„reținuți din salariu”."
                            ),
                            "Ți se spune ce să răspunzi la controlul de frontieră.",
                            (
                                "Călătorești într-un grup condus de o persoană care vorbește în "
                                "locul tuturor."
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
                                    "Buletinul, pașaportul și biletul de întoarcere trebuie să "
                                    "stea la tine. Lasă copii acasă, la cineva de încredere."
                                ),
                            },
                            {
                                "title": "Lasă datele la familie",
                                "text": (
                                    "Spune-le adresa unde vei locui, numele angajatorului și cum "
                                    "pot lua legătura cu tine."
                                ),
                            },
                            {
                                "title": "Cere ajutor la frontieră",
                                "text": (
                                    "Dacă ceva nu este în regulă, poți vorbi chiar cu polițistul "
                                    "de frontieră care îți verifică documentele."
                                ),
                            },
                            {
                                "title": "Cere informații",
                                "text": (
                                    "Sună gratuit la linia TelVerde a ANITP. În caz de pericol "
                                    "imediat, sună la 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai întrebări înainte de plecare?",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită și oferă informații despre "
                            "riscurile muncii în străinătate și despre traficul de persoane; prin "
                            "ea poți semnala și un posibil caz. Nu este o linie de urgență: dacă "
                            "cineva este în pericol imediat, sună la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "heading",
                    "value": {
                        "text": "About the campaign",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In November 2020, ANITP and the General Inspectorate of the Border "
                        "Police (IGPF) launched the campaign “Because people matter, put up a "
                        "barrier to trafficking in persons!”. It took place at the main crossing "
                        "points of the state border – the international airports and the land "
                        "crossings – and was also promoted on the Facebook pages of ANITP and "
                        "IGPF.</p><p>The campaign’s message was a warning about trafficking in "
                        "persons, aimed at people crossing the border, including passengers on "
                        "low-cost flights. Border police officers handed out the campaign "
                        "materials while checking travel documents. Much of the activity took "
                        "place over the winter holidays, when border crossings were busier and "
                        "many Romanians were coming home from work abroad.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The border was an important place for prevention throughout 2020. "
                        "During the state of emergency, ANITP handed out information and "
                        "prevention materials with the support of the border police and airport "
                        "authorities. During the EMPACT Joint Action Days, teams from ANITP, the "
                        "Directorate for Combating Organised Crime and IGPF, together with "
                        "non-governmental organisations, informed travellers at border crossing "
                        "points about the recruitment methods traffickers use.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Going abroad to work? Be careful if:",
                        "signs": [
                            (
                                "Someone else holds your identity card or passport and only gives "
                                "it to you at the checkpoint."
                            ),
                            (
                                "You don’t know exactly where you will work, who for, and where "
                                "you will live."
                            ),
                            (
                                "Someone else pays for your journey, and the money is to be “taken "
                                "out of your wages”."
                            ),
                            "You are told what to say at the border check.",
                            (
                                "You are travelling in a group led by one person who speaks for "
                                "everyone."
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
                                    "Your identity card, passport and return ticket must stay with "
                                    "you. Leave copies at home with someone you trust."
                                ),
                            },
                            {
                                "title": "Leave your details with your family",
                                "text": (
                                    "Tell them the address where you will live, your employer’s "
                                    "name and how they can reach you."
                                ),
                            },
                            {
                                "title": "Ask for help at the border",
                                "text": (
                                    "If something is wrong, you can speak to the border police "
                                    "officer who checks your documents."
                                ),
                            },
                            {
                                "title": "Ask for information",
                                "text": (
                                    "Call ANITP’s TelVerde line free of charge. In immediate "
                                    "danger, call 112."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Questions before you leave?",
                        "text": (
                            "ANITP’s TelVerde line is free and gives information about the risks "
                            "of working abroad and about trafficking in persons; you can also use "
                            "it to report a possible case. It is not an emergency line: if someone "
                            "is in immediate danger, call the single emergency number."
                        ),
                    },
                },
            ],
        },
    },
    # 2026, demo (no such campaign in the seeds): SNITP's call for information in the mother
    # tongue [001:880-890] and PNA actions 1.3.1-1.3.3. Start date chosen for the demo.
    {
        "key": "muncesti-in-romania",
        "slug": {
            "ro": "muncesti-in-romania-ai-drepturi",
            "en": "working-in-romania-you-have-rights",
        },
        "centre": "bucuresti",
        "audiences": ["foreign-workers"],
        "forms": ["labour"],
        "channels": ["online", "job-fairs"],
        "partners": ["inspectia-muncii", "igi", "mae"],
        "pna_actions": ["1.3.1", "1.3.2", "1.3.3"],
        "start": "2026-03-01",
        "end": None,
        "setting": "rural_urban",
        "title": {
            "ro": "Muncești în România? Ai drepturi",
            "en": "Working in Romania? You have rights",
            "ne": "रोमानियामा काम गर्दै हुनुहुन्छ? तपाईंका अधिकार छन्",
            "si": "රුමේනියාවේ වැඩ කරනවාද? ඔබට අයිතිවාසිකම් ඇත",
            "bn": "রোমানিয়ায় কাজ করছেন? আপনার অধিকার আছে",
            "ur": "رومانیہ میں کام کر رہے ہیں؟ آپ کے حقوق ہیں",
            "vi": "Làm việc tại Romania? Bạn có những quyền của mình",
        },
        "intro": {
            "ro": (
                "Campanie de informare pentru lucrătorii străini din România, în limba lor: ce "
                "drepturi ai, cum recunoști exploatarea prin muncă și unde poți cere informații "
                "sau ajutor."
            ),
            "en": (
                "An information campaign for foreign workers in Romania, in their own languages: "
                "your rights, how to recognise labour exploitation, and where to ask for "
                "information or help."
            ),
            "ne": (
                "रोमानियामा काम गर्ने विदेशी कामदारका लागि उनीहरूकै भाषामा सूचना अभियान: तपाईंका "
                "अधिकार के-के हुन्, श्रम शोषण कसरी चिन्ने र जानकारी वा सहयोग कहाँ माग्ने।"
            ),
            "si": (
                "රුමේනියාවේ සේවය කරන විදේශීය සේවකයන් සඳහා ඔවුන්ගේම භාෂාවෙන් තොරතුරු ව්‍යාපාරයක්: "
                "ඔබේ අයිතිවාසිකම්, ශ්‍රම සූරාකෑම හඳුනා ගන්නා ආකාරය සහ තොරතුරු හෝ උදව් ඉල්ලිය හැකි "
                "තැන්."
            ),
            "bn": (
                "রোমানিয়ায় কর্মরত বিদেশি শ্রমিকদের জন্য তাঁদের নিজের ভাষায় একটি তথ্য "
                "প্রচারাভিযান: আপনার অধিকার কী, শ্রম শোষণ কীভাবে চিনবেন এবং কোথায় তথ্য বা সাহায্য "
                "চাইবেন।"
            ),
            "ur": (
                "رومانیہ میں کام کرنے والے غیر ملکی کارکنوں کے لیے ان کی اپنی زبان میں ایک "
                "معلوماتی مہم: آپ کے حقوق کیا ہیں، مزدوری کے استحصال کو کیسے پہچانیں اور معلومات "
                "یا مدد کہاں سے حاصل کریں۔"
            ),
            "vi": (
                "Chiến dịch thông tin dành cho người lao động nước ngoài tại Romania, bằng chính "
                "ngôn ngữ của họ: bạn có những quyền gì, cách nhận biết bóc lột lao động và nơi "
                "bạn có thể hỏi thông tin hoặc nhờ giúp đỡ."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Mulți oameni vin să lucreze legal în România, cu aviz de muncă și "
                        "permis de ședere. Unii sunt înșelați în privința salariului, a muncii sau "
                        "a locuinței, iar unii ajung să fie exploatați. De aceea, Strategia "
                        "națională împotriva traficului de persoane cere ca cetățenii străini să "
                        "fie informați <b>în limba lor maternă</b>.</p>"
                    ),
                },
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
                        "<ul><li><b>Pașaportul și permisul de ședere sunt ale tale.</b> Nimeni – "
                        "angajator, agenție sau intermediar – nu are dreptul să ți le ia sau să ți "
                        "le păstreze.</li><li>Ai dreptul la un <b>contract de muncă scris</b>, "
                        "într-o limbă pe care o înțelegi. Dacă nu îl înțelegi, cere o traducere "
                        "înainte să semnezi și păstrează o copie.</li><li>Trebuie să primești "
                        "<b>salariul convenit</b>, la timp. Cere dovada fiecărei plăți.</li><li>Ai "
                        "dreptul la ore de odihnă, la zile libere, la condiții sigure de muncă și "
                        "la o locuință decentă.</li><li>Poți ieși liber din locuința ta, poți "
                        "păstra legătura cu familia și poți cere informații oricând.</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Semne de exploatare",
                        "signs": [
                            (
                                "Angajatorul sau un intermediar îți ia pașaportul sau permisul de "
                                "ședere."
                            ),
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Unde poți cere informații și ajutor",
                        "steps": [
                            {
                                "title": "Linia TelVerde 0800 800 678",
                                "text": (
                                    "Apelul este gratuit. Primești informații despre traficul de "
                                    "persoane și poți semnala o situație. Este o linie de "
                                    "informare, nu o linie de urgență."
                                ),
                            },
                            {
                                "title": "112 în caz de urgență",
                                "text": (
                                    "Dacă tu sau altcineva sunteți în pericol imediat, sună la "
                                    "112, numărul unic de urgență."
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Întrebări frecvente",
                        "items": [
                            {
                                "question": "Pot suna la TelVerde dacă nu vorbesc românește?",
                                "answer": (
                                    "<p>Da. Apelul este gratuit. Dacă îți este greu să vorbești în "
                                    "română, roagă o persoană în care ai încredere să te ajute să "
                                    "explici situația.</p>"
                                ),
                            },
                            {
                                "question": "Este vina mea dacă am acceptat aceste condiții?",
                                "answer": (
                                    "<p>Nu. Dacă ai fost înșelat sau exploatat, <b>nu este vina "
                                    "ta</b>. Victimele traficului de persoane au drepturi în "
                                    "România, indiferent de cetățenie, inclusiv dreptul la "
                                    "protecție și asistență.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai o întrebare? Sună gratuit",
                        "text": (
                            "Linia TelVerde a ANITP este gratuită și oferă informații despre "
                            "traficul de persoane și despre drepturile tale; prin ea poți semnala "
                            "și o situație care te îngrijorează. Nu este o linie de urgență: dacă "
                            "ești în pericol chiar acum, sună la numărul unic de urgență."
                        ),
                    },
                },
            ],
            "en": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Many people come to Romania to work legally, with a work permit and a "
                        "residence permit. Some are deceived about their pay, their job or their "
                        "housing, and some end up being exploited. That is why Romania’s national "
                        "strategy against trafficking in persons asks for foreign citizens to be "
                        "informed <b>in their mother tongue</b>.</p>"
                    ),
                },
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
                        "<ul><li><b>Your passport and residence permit belong to you.</b> No one – "
                        "employer, agency or middleman – has the right to take them or keep "
                        "them.</li><li>You have the right to a <b>written employment contract</b> "
                        "in a language you understand. If you do not understand it, ask for a "
                        "translation before you sign, and keep a copy.</li><li>You must receive "
                        "<b>the wage you agreed</b>, on time. Ask for proof of every "
                        "payment.</li><li>You have the right to rest hours, days off, safe working "
                        "conditions and decent housing.</li><li>You are free to leave your "
                        "accommodation, to stay in touch with your family and to ask for "
                        "information at any time.</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs of exploitation",
                        "signs": [
                            "Your employer or a middleman takes your passport or residence permit.",
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Where to ask for information and help",
                        "steps": [
                            {
                                "title": "TelVerde line 0800 800 678",
                                "text": (
                                    "The call is free. You get information about trafficking in "
                                    "persons and can report a situation. It is an information "
                                    "line, not an emergency line."
                                ),
                            },
                            {
                                "title": "112 in an emergency",
                                "text": (
                                    "If you or someone else is in immediate danger, call 112, the "
                                    "single emergency number."
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Can I call TelVerde if I do not speak Romanian?",
                                "answer": (
                                    "<p>Yes. The call is free. If speaking Romanian is hard for "
                                    "you, ask someone you trust to help you explain the "
                                    "situation.</p>"
                                ),
                            },
                            {
                                "question": "Is it my fault if I accepted these conditions?",
                                "answer": (
                                    "<p>No. If you were deceived or exploited, <b>it is not your "
                                    "fault</b>. Victims of trafficking in persons have rights in "
                                    "Romania whatever their nationality, including the right to "
                                    "protection and assistance.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Have a question? Call free of charge",
                        "text": (
                            "ANITP’s TelVerde line is free and gives information about trafficking "
                            "in persons and about your rights; you can also use it to report a "
                            "situation that worries you. It is not an emergency line: if you are "
                            "in danger right now, call the single emergency number."
                        ),
                    },
                },
            ],
            "ne": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>धेरै मानिस श्रम स्वीकृति (वर्क परमिट) र बसोबास अनुमतिपत्रसहित वैध "
                        "रूपमा काम गर्न रोमानिया आउँछन्। कसैलाई तलब, काम वा बस्ने ठाउँबारे "
                        "झुक्याइन्छ, र कोही शोषणमा पर्छन्। त्यसैले मानव बेचबिखनविरुद्धको "
                        "रोमानियाको राष्ट्रिय रणनीतिले विदेशी नागरिकलाई <b>उनीहरूकै मातृभाषामा</b> "
                        "जानकारी दिनुपर्ने भनेको छ।</p>"
                    ),
                },
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
                        "<ul><li><b>तपाईंको राहदानी र बसोबास अनुमतिपत्र तपाईंकै हुन्।</b> "
                        "रोजगारदाता, एजेन्सी वा बिचौलिया – कसैलाई पनि ती लिने वा आफूसँग राख्ने "
                        "अधिकार छैन।</li><li>तपाईंले बुझ्ने भाषामा <b>लिखित श्रम सम्झौता</b> पाउने "
                        "अधिकार तपाईंलाई छ। बुझ्नुहुन्न भने हस्ताक्षर गर्नुअघि अनुवाद माग्नुहोस् र "
                        "एक प्रति आफूसँग राख्नुहोस्।</li><li>तपाईंले <b>सहमति भएअनुसारको तलब</b> "
                        "समयमै पाउनुपर्छ। हरेक भुक्तानीको प्रमाण माग्नुहोस्।</li><li>तपाईंलाई आराम "
                        "गर्ने समय, बिदा, सुरक्षित कामको वातावरण र राम्रो बसोबास पाउने अधिकार "
                        "छ।</li><li>तपाईं आफू बस्ने ठाउँबाट स्वतन्त्र रूपमा बाहिर जान, परिवारसँग "
                        "सम्पर्कमा रहन र जुनसुकै बेला जानकारी माग्न पाउनुहुन्छ।</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "शोषणका संकेत",
                        "signs": [
                            "रोजगारदाता वा बिचौलियाले तपाईंको राहदानी वा बसोबास अनुमतिपत्र लिन्छ।",
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "जानकारी र सहयोग कहाँ माग्ने",
                        "steps": [
                            {
                                "title": "TelVerde लाइन 0800 800 678",
                                "text": (
                                    "फोन निःशुल्क छ। यहाँ मानव बेचबिखनबारे जानकारी पाइन्छ र कुनै "
                                    "अवस्थाबारे खबर गर्न सकिन्छ। यो सूचना लाइन हो, आपतकालीन लाइन "
                                    "होइन।"
                                ),
                            },
                            {
                                "title": "आपतकालमा 112",
                                "text": (
                                    "तपाईं वा अरू कोही तत्काल खतरामा हुनुहुन्छ भने एकल आपतकालीन "
                                    "नम्बर 112 मा फोन गर्नुहोस्।"
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "धेरै सोधिने प्रश्न",
                        "items": [
                            {
                                "question": (
                                    "रोमानियाली भाषा नबोल्ने भए पनि TelVerde मा फोन गर्न सकिन्छ?"
                                ),
                                "answer": (
                                    "<p>सकिन्छ। फोन निःशुल्क छ। रोमानियाली भाषामा कुरा गर्न गाह्रो "
                                    "भए आफ्नो अवस्था बताउन आफूले विश्वास गर्ने व्यक्तिको सहयोग "
                                    "लिनुहोस्।</p>"
                                ),
                            },
                            {
                                "question": "यस्ता सर्त स्वीकार गरेकोमा मेरो दोष हो?",
                                "answer": (
                                    "<p>होइन। तपाईंलाई झुक्याइएको वा तपाईंको शोषण भएको छ भने "
                                    "<b>त्यसमा तपाईंको दोष छैन</b>। मानव बेचबिखनका पीडितलाई, "
                                    "उनीहरू जुनसुकै देशका नागरिक भए पनि, रोमानियामा संरक्षण र "
                                    "सहायता पाउने अधिकारसहित विभिन्न अधिकार छन्।</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "प्रश्न छ? निःशुल्क फोन गर्नुहोस्",
                        "text": (
                            "ANITP को TelVerde लाइन निःशुल्क छ र यसले मानव बेचबिखन तथा तपाईंका "
                            "अधिकारबारे जानकारी दिन्छ; तपाईंलाई चिन्तित बनाउने अवस्थाबारे यसमार्फत "
                            "खबर पनि गर्न सक्नुहुन्छ। यो आपतकालीन लाइन होइन: तपाईं अहिले नै खतरामा "
                            "हुनुहुन्छ भने आपतकालीन नम्बरमा फोन गर्नुहोस्।"
                        ),
                    },
                },
            ],
            "si": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>බොහෝ දෙනා රැකියා බලපත්‍රයක් සහ පදිංචි බලපත්‍රයක් සහිතව නීත්‍යානුකූලව "
                        "වැඩ කිරීමට රුමේනියාවට පැමිණෙති. සමහරුන් වැටුප, රැකියාව හෝ නවාතැන් ගැන "
                        "රවටනු ලබන අතර, සමහරු සූරාකෑමට ලක් වෙති. එබැවින් විදේශීය පුරවැසියන්ට "
                        "<b>ඔවුන්ගේ මව් භාෂාවෙන්</b> තොරතුරු ලබා දිය යුතු බව මිනිස් ජාවාරමට එරෙහි "
                        "රුමේනියාවේ ජාතික උපායමාර්ගය අවධාරණය කරයි.</p>"
                    ),
                },
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
                        "<ul><li><b>ඔබේ ගමන් බලපත්‍රය සහ පදිංචි බලපත්‍රය ඔබටම අයිති ය.</b> සේවා "
                        "යෝජකයා, ඒජන්සිය හෝ අතරමැදියා ඇතුළු කිසිවෙකුට ඒවා ගැනීමට හෝ තමන් ළඟ තබා "
                        "ගැනීමට අයිතියක් නැත.</li><li>ඔබට තේරෙන භාෂාවකින් <b>ලිඛිත රැකියා "
                        "ගිවිසුමක්</b> ලබා ගැනීමට ඔබට අයිතියක් ඇත. එය තේරෙන්නේ නැත්නම්, අත්සන් "
                        "කිරීමට පෙර පරිවර්තනයක් ඉල්ලා, පිටපතක් ඔබ ළඟ තබා ගන්න.</li><li><b>එකඟ වූ "
                        "වැටුප</b> නියමිත වේලාවට ඔබට ලැබිය යුතුය. සෑම ගෙවීමකටම සාක්ෂියක් "
                        "ඉල්ලන්න.</li><li>විවේක කාලය, නිවාඩු දින, ආරක්ෂිත සේවා තත්ත්වයන් සහ සුදුසු "
                        "නවාතැන් ලැබීමට ඔබට අයිතියක් ඇත.</li><li>ඔබේ නවාතැනින් නිදහසේ පිටතට "
                        "යාමටත්, පවුලේ අය සමඟ සම්බන්ධතා පවත්වා ගැනීමටත්, ඕනෑම වේලාවක තොරතුරු "
                        "විමසීමටත් ඔබට නිදහස ඇත.</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "සූරාකෑමේ ලකුණු",
                        "signs": [
                            "සේවා යෝජකයා හෝ අතරමැදියෙකු ඔබේ ගමන් බලපත්‍රය හෝ පදිංචි බලපත්‍රය ගනී.",
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "තොරතුරු සහ උදව් ඉල්ලිය හැකි තැන්",
                        "steps": [
                            {
                                "title": "TelVerde අංකය 0800 800 678",
                                "text": (
                                    "ඇමතුම නොමිලේ. මිනිස් ජාවාරම පිළිබඳ තොරතුරු ලබා ගැනීමටත්, යම් "
                                    "තත්ත්වයක් දැනුම් දීමටත් හැක. මෙය තොරතුරු සේවාවකි, හදිසි "
                                    "ඇමතුම් සේවාවක් නොවේ."
                                ),
                            },
                            {
                                "title": "හදිසි අවස්ථාවක 112",
                                "text": (
                                    "ඔබ හෝ වෙනත් අයෙකු වහාම අනතුරක සිටී නම්, එකම හදිසි ඇමතුම් අංකය "
                                    "වන 112 අමතන්න."
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "නිතර අසන ප්‍රශ්න",
                        "items": [
                            {
                                "question": ("මට රුමේනියානු භාෂාව කතා කළ නොහැකි නම් TelVerde අමතන්න පුළුවන්ද?"),
                                "answer": (
                                    "<p>ඔව්. ඇමතුම නොමිලේ. රුමේනියානු භාෂාවෙන් කතා කිරීම අපහසු "
                                    "නම්, ඔබේ තත්ත්වය පැහැදිලි කිරීමට ඔබ විශ්වාස කරන කෙනෙකුගේ උදව් "
                                    "ලබා ගන්න.</p>"
                                ),
                            },
                            {
                                "question": "මෙම කොන්දේසි පිළිගැනීම මගේ වරදක්ද?",
                                "answer": (
                                    "<p>නැත. ඔබ රැවටීමට හෝ සූරාකෑමට ලක් වී ඇත්නම්, <b>එය ඔබේ වරදක් "
                                    "නොවේ</b>. මිනිස් ජාවාරමේ වින්දිතයන්ට, ඔවුන් කුමන රටක "
                                    "පුරවැසියන් වුවද, රුමේනියාවේදී ආරක්ෂාව සහ සහාය ලැබීමේ අයිතිය "
                                    "ඇතුළු අයිතිවාසිකම් ඇත.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "ප්‍රශ්නයක් තිබේද? නොමිලේ අමතන්න",
                        "text": (
                            "ANITP හි TelVerde දුරකථන සේවාව නොමිලේ ඇමතිය හැකි අතර මිනිස් ජාවාරම සහ "
                            "ඔබේ අයිතිවාසිකම් පිළිබඳ තොරතුරු ලබා දෙයි; ඔබට කනස්සල්ලක් ඇති කරන "
                            "තත්ත්වයක් ගැන දැනුම් දීමටද එය භාවිත කළ හැක. මෙය හදිසි ඇමතුම් සේවාවක් "
                            "නොවේ: ඔබ මේ මොහොතේ අනතුරක සිටී නම් හදිසි ඇමතුම් අංකයට කතා කරන්න."
                        ),
                    },
                },
            ],
            "bn": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>অনেক মানুষ ওয়ার্ক পারমিট ও বসবাসের অনুমতিপত্র নিয়ে বৈধভাবে কাজ করতে "
                        "রোমানিয়ায় আসেন। কেউ কেউ বেতন, কাজ বা থাকার জায়গা নিয়ে প্রতারিত হন, আর "
                        "কেউ কেউ শোষণের শিকার হন। তাই মানব পাচারের বিরুদ্ধে রোমানিয়ার জাতীয় "
                        "কৌশলে বলা হয়েছে, বিদেশি নাগরিকদের <b>তাঁদের মাতৃভাষায়</b> তথ্য দিতে "
                        "হবে।</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "আপনার অধিকার",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>আপনার পাসপোর্ট ও বসবাসের অনুমতিপত্র (রেসিডেন্স পারমিট) "
                        "আপনারই।</b> নিয়োগকর্তা, এজেন্সি বা দালাল — কারও সেগুলো নিয়ে নেওয়ার বা "
                        "নিজের কাছে রাখার অধিকার নেই।</li><li>আপনি যে ভাষা বোঝেন, সেই ভাষায় "
                        "<b>লিখিত চাকরির চুক্তি</b> পাওয়ার অধিকার আপনার আছে। বুঝতে না পারলে সই "
                        "করার আগে অনুবাদ চান এবং একটি কপি নিজের কাছে রাখুন।</li><li><b>যে বেতন ঠিক "
                        "হয়েছে</b>, তা আপনাকে সময়মতো দিতে হবে। প্রতিটি পরিশোধের প্রমাণ চেয়ে "
                        "নিন।</li><li>বিশ্রামের সময়, ছুটির দিন, নিরাপদ কাজের পরিবেশ ও ভালো থাকার "
                        "জায়গা পাওয়ার অধিকার আপনার আছে।</li><li>আপনি স্বাধীনভাবে থাকার জায়গা "
                        "থেকে বাইরে যেতে, পরিবারের সঙ্গে যোগাযোগ রাখতে এবং যেকোনো সময় তথ্য চাইতে "
                        "পারেন।</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "শোষণের লক্ষণ",
                        "signs": [
                            "নিয়োগকর্তা বা দালাল আপনার পাসপোর্ট বা রেসিডেন্স পারমিট নিয়ে নেয়।",
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "কোথায় তথ্য ও সাহায্য চাইবেন",
                        "steps": [
                            {
                                "title": "TelVerde লাইন 0800 800 678",
                                "text": (
                                    "কল বিনা মূল্যে। এখানে মানব পাচার সম্পর্কে তথ্য পাবেন এবং কোনো "
                                    "পরিস্থিতির কথা জানাতে পারবেন। এটি একটি তথ্যসেবা লাইন, জরুরি "
                                    "লাইন নয়।"
                                ),
                            },
                            {
                                "title": "জরুরি প্রয়োজনে 112",
                                "text": (
                                    "আপনি বা অন্য কেউ তাৎক্ষণিক বিপদে থাকলে একক জরুরি নম্বর 112-এ কল করুন।"
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "সাধারণ জিজ্ঞাসা",
                        "items": [
                            {
                                "question": "রোমানিয়ান ভাষা না জানলেও কি TelVerde-এ কল করতে পারি?",
                                "answer": (
                                    "<p>হ্যাঁ। কল বিনা মূল্যে। রোমানিয়ান ভাষায় কথা বলতে অসুবিধা "
                                    "হলে আপনার পরিস্থিতি বোঝাতে বিশ্বস্ত কারও সাহায্য নিন।</p>"
                                ),
                            },
                            {
                                "question": "এই শর্ত মেনে নেওয়া কি আমার দোষ?",
                                "answer": (
                                    "<p>না। আপনি প্রতারিত বা শোষিত হয়ে থাকলে <b>তাতে আপনার কোনো "
                                    "দোষ নেই</b>। মানব পাচারের শিকার ব্যক্তিরা যে দেশেরই নাগরিক "
                                    "হোন না কেন, রোমানিয়ায় তাঁদের সুরক্ষা ও সহায়তা পাওয়ার "
                                    "অধিকারসহ নানা অধিকার রয়েছে।</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "প্রশ্ন আছে? বিনা খরচে কল করুন",
                        "text": (
                            "ANITP-এর TelVerde লাইন বিনা মূল্যের; এখান থেকে মানব পাচার ও আপনার "
                            "অধিকার সম্পর্কে তথ্য পাওয়া যায়, আর যে পরিস্থিতি আপনাকে দুশ্চিন্তায় "
                            "ফেলছে তার কথাও জানাতে পারেন। এটি জরুরি লাইন নয়: আপনি এই মুহূর্তে "
                            "বিপদে থাকলে জরুরি নম্বরে কল করুন।"
                        ),
                    },
                },
            ],
            "ur": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>بہت سے لوگ ورک پرمٹ اور رہائشی اجازت نامے کے ساتھ قانونی طور پر کام "
                        "کرنے رومانیہ آتے ہیں۔ کچھ لوگوں کو تنخواہ، کام یا رہائش کے بارے میں دھوکا "
                        "دیا جاتا ہے، اور کچھ استحصال کا شکار ہو جاتے ہیں۔ اسی لیے انسانی تجارت کے "
                        "خلاف رومانیہ کی قومی حکمتِ عملی کہتی ہے کہ غیر ملکی شہریوں کو <b>ان کی "
                        "مادری زبان میں</b> معلومات دی جائیں۔</p>"
                    ),
                },
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
                        "<ul><li><b>آپ کا پاسپورٹ اور رہائشی اجازت نامہ آپ ہی کے ہیں۔</b> آجر، "
                        "ایجنسی یا درمیانی شخص، کسی کو بھی انہیں لینے یا اپنے پاس رکھنے کا حق "
                        "نہیں۔</li><li>آپ کو ایسی زبان میں <b>تحریری ملازمتی معاہدہ</b> حاصل کرنے "
                        "کا حق ہے جو آپ سمجھتے ہوں۔ اگر سمجھ نہ آئے تو دستخط سے پہلے ترجمہ مانگیں "
                        "اور ایک کاپی اپنے پاس رکھیں۔</li><li>آپ کو <b>طے شدہ تنخواہ</b> وقت پر "
                        "ملنی چاہیے۔ ہر ادائیگی کا ثبوت مانگیں۔</li><li>آپ کو آرام کے اوقات، "
                        "چھٹیوں، کام کے محفوظ حالات اور مناسب رہائش کا حق ہے۔</li><li>آپ آزادی سے "
                        "اپنی رہائش گاہ سے باہر جا سکتے ہیں، اپنے خاندان سے رابطے میں رہ سکتے ہیں "
                        "اور کسی بھی وقت معلومات مانگ سکتے ہیں۔</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "استحصال کی علامات",
                        "signs": [
                            (
                                "آجر یا کوئی درمیانی شخص آپ کا پاسپورٹ یا رہائشی اجازت نامہ لے "
                                "لیتا ہے۔"
                            ),
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "معلومات اور مدد کہاں سے حاصل کریں",
                        "steps": [
                            {
                                "title": "TelVerde لائن 0800 800 678",
                                "text": (
                                    "کال مفت ہے۔ یہاں انسانی تجارت کے بارے میں معلومات ملتی ہیں "
                                    "اور آپ کسی صورتحال کی اطلاع دے سکتے ہیں۔ یہ معلوماتی لائن ہے، "
                                    "ہنگامی لائن نہیں۔"
                                ),
                            },
                            {
                                "title": "ہنگامی صورت میں 112",
                                "text": (
                                    "اگر آپ یا کوئی اور فوری خطرے میں ہو تو واحد ہنگامی نمبر 112 "
                                    "پر کال کریں۔"
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "اکثر پوچھے جانے والے سوالات",
                        "items": [
                            {
                                "question": (
                                    "اگر رومانیائی زبان نہ آتی ہو تو کیا TelVerde پر کال کی جا "
                                    "سکتی ہے؟"
                                ),
                                "answer": (
                                    "<p>جی ہاں۔ کال مفت ہے۔ اگر رومانیائی زبان میں بات کرنا مشکل "
                                    "ہو تو اپنی صورتحال بتانے کے لیے کسی قابلِ اعتماد شخص کی مدد "
                                    "لیں۔</p>"
                                ),
                            },
                            {
                                "question": "کیا ان شرائط کو قبول کرنا میرا قصور ہے؟",
                                "answer": (
                                    "<p>نہیں۔ اگر آپ کو دھوکا دیا گیا یا آپ کا استحصال ہوا ہے تو "
                                    "<b>اس میں آپ کا کوئی قصور نہیں</b>۔ انسانی تجارت کے متاثرین "
                                    "کو رومانیہ میں، ان کی شہریت خواہ کچھ بھی ہو، تحفظ اور مدد کے "
                                    "حق سمیت کئی حقوق حاصل ہیں۔</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "سوال ہے؟ مفت کال کریں",
                        "text": (
                            "ANITP کی TelVerde لائن مفت ہے اور انسانی تجارت اور آپ کے حقوق کے بارے "
                            "میں معلومات دیتی ہے؛ آپ اس کے ذریعے کسی پریشان کن صورتحال کی اطلاع "
                            "بھی دے سکتے ہیں۔ یہ ہنگامی لائن نہیں ہے: اگر آپ اس وقت خطرے میں ہیں "
                            "تو ہنگامی نمبر پر کال کریں۔"
                        ),
                    },
                },
            ],
            "vi": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Nhiều người đến Romania làm việc hợp pháp, với giấy phép lao động và "
                        "thẻ cư trú. Một số người bị lừa dối về tiền lương, công việc hoặc chỗ ở, "
                        "và một số người bị bóc lột. Vì vậy, Chiến lược quốc gia phòng, chống mua "
                        "bán người của Romania yêu cầu cung cấp thông tin cho công dân nước ngoài "
                        "<b>bằng tiếng mẹ đẻ của họ</b>.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Quyền của bạn",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Hộ chiếu và thẻ cư trú là của bạn.</b> Không ai – chủ sử dụng "
                        "lao động, công ty môi giới hay người trung gian – có quyền lấy hoặc giữ "
                        "chúng.</li><li>Bạn có quyền có <b>hợp đồng lao động bằng văn bản</b>, "
                        "bằng ngôn ngữ mà bạn hiểu. Nếu không hiểu, hãy yêu cầu bản dịch trước khi "
                        "ký và giữ lại một bản.</li><li>Bạn phải được trả <b>đúng mức lương đã "
                        "thỏa thuận</b>, đúng hạn. Hãy yêu cầu giấy tờ chứng minh cho mỗi lần trả "
                        "lương.</li><li>Bạn có quyền được nghỉ ngơi, có ngày nghỉ, được làm việc "
                        "trong điều kiện an toàn và có chỗ ở phù hợp.</li><li>Bạn được tự do ra "
                        "khỏi nơi ở, giữ liên lạc với gia đình và hỏi thông tin bất cứ lúc "
                        "nào.</li></ul>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Dấu hiệu bóc lột",
                        "signs": [
                            (
                                "Chủ sử dụng lao động hoặc người trung gian lấy hộ chiếu hay thẻ "
                                "cư trú của bạn."
                            ),
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
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Nơi hỏi thông tin và nhờ giúp đỡ",
                        "steps": [
                            {
                                "title": "Đường dây TelVerde 0800 800 678",
                                "text": (
                                    "Cuộc gọi miễn phí. Bạn được cung cấp thông tin về mua bán "
                                    "người và có thể thông báo về một tình huống. Đây là đường dây "
                                    "thông tin, không phải đường dây khẩn cấp."
                                ),
                            },
                            {
                                "title": "Gọi 112 khi khẩn cấp",
                                "text": (
                                    "Nếu bạn hoặc người khác đang gặp nguy hiểm ngay lập tức, hãy "
                                    "gọi 112, số khẩn cấp chung."
                                ),
                            },
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
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Câu hỏi thường gặp",
                        "items": [
                            {
                                "question": (
                                    "Tôi có thể gọi TelVerde nếu không nói được tiếng Romania "
                                    "không?"
                                ),
                                "answer": (
                                    "<p>Có. Cuộc gọi miễn phí. Nếu bạn gặp khó khăn khi nói tiếng "
                                    "Romania, hãy nhờ một người bạn tin tưởng giúp bạn trình bày "
                                    "sự việc.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Tôi đã chấp nhận những điều kiện này, đó có phải là lỗi của "
                                    "tôi không?"
                                ),
                                "answer": (
                                    "<p>Không. Nếu bạn bị lừa dối hoặc bị bóc lột, <b>đó không "
                                    "phải là lỗi của bạn</b>. Nạn nhân của mua bán người có các "
                                    "quyền tại Romania, bất kể quốc tịch, trong đó có quyền được "
                                    "bảo vệ và hỗ trợ.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Bạn có câu hỏi? Hãy gọi miễn phí",
                        "text": (
                            "Đường dây TelVerde của ANITP miễn phí, cung cấp thông tin về mua bán "
                            "người và về quyền của bạn; bạn cũng có thể thông báo qua đường dây "
                            "này về một tình huống khiến bạn lo lắng. Đây không phải là đường dây "
                            "khẩn cấp: nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn "
                            "cấp chung."
                        ),
                    },
                },
            ],
        },
    },
    # 2026, demo (no such campaign in the seeds): PNA action 1.1.4; the destinations and the
    # 81% figure [001:575-599]. Start date chosen for the demo.
    {
        "key": "pleci-la-munca-verifica",
        "slug": {
            "ro": "pleci-la-munca-in-strainatate-verifica-inainte",
            "en": "going-to-work-abroad-check-first",
        },
        "centre": "bucuresti",
        "audiences": ["diaspora"],
        "forms": ["labour", "sexual"],
        "channels": ["online", "consulates"],
        "partners": ["mae", "drp", "inca-romania"],
        "pna_actions": ["1.1.1", "1.1.4"],
        "start": "2026-05-01",
        "end": None,
        "setting": "rural_urban",
        "title": {
            "ro": "Pleci la muncă în Italia, Spania sau Germania? Verifică înainte!",
            "en": "Going to work in Italy, Spain or Germany? Check first!",
            "it": "Parti per lavorare in Italia, Spagna o Germania? Prima verifica!",
            "es": "¿Te vas a trabajar a Italia, España o Alemania? ¡Compruébalo antes!",
            "de": "Zum Arbeiten nach Italien, Spanien oder Deutschland? Vorher prüfen!",
        },
        "intro": {
            "ro": (
                "Sfaturi practice pentru românii care pleacă la muncă în Italia, Spania sau "
                "Germania: cum verifici o ofertă, ce documente păstrezi și pe cine suni dacă ceva "
                "nu este în regulă."
            ),
            "en": (
                "Practical advice for Romanians going to work in Italy, Spain or Germany: how to "
                "check an offer, which documents to keep and who to call if something is wrong."
            ),
            "it": (
                "Consigli pratici per i romeni che partono per lavorare in Italia, Spagna o "
                "Germania: come verificare un'offerta, quali documenti conservare e chi chiamare "
                "se qualcosa non va."
            ),
            "es": (
                "Consejos prácticos para las personas rumanas que se van a trabajar a Italia, "
                "España o Alemania: cómo comprobar una oferta, qué documentos guardar y a quién "
                "llamar si algo va mal."
            ),
            "de": (
                "Praktische Tipps für Rumäninnen und Rumänen, die zum Arbeiten nach Italien, "
                "Spanien oder Deutschland gehen: wie Sie ein Angebot prüfen, welche Dokumente Sie "
                "aufbewahren und wen Sie anrufen, wenn etwas nicht stimmt."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Munca în străinătate poate fi o șansă reală. Totuși, în perioada "
                        "2018–2022, <b>81% dintre victimele exploatate în afara granițelor</b> "
                        "s-au aflat în patru țări cu comunități mari de români: Marea Britanie, "
                        "Germania, Italia și Spania. Câteva verificări simple, înainte de plecare, "
                        "te ajută să eviți ofertele înșelătoare.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Înainte să pleci",
                        "steps": [
                            {
                                "title": "Verifică angajatorul și agenția",
                                "text": (
                                    "Caută firma după nume și adresă și cere-i datele complete. "
                                    "Agențiile din România care recrutează pentru străinătate "
                                    "trebuie să fie înregistrate la Inspectoratul Teritorial de "
                                    "Muncă (ITM): verifică dacă agenția apare acolo."
                                ),
                            },
                            {
                                "title": "Cere contractul într-o limbă pe care o înțelegi",
                                "text": (
                                    "Citește-l înainte să semnezi: salariul, programul, cazarea, "
                                    "transportul și costurile care ți se vor reține."
                                ),
                            },
                            {
                                "title": "Păstrează copii ale documentelor",
                                "text": (
                                    "Fotografiază buletinul, pașaportul și contractul; ține "
                                    "copiile în telefon și lasă un set acasă, la o persoană de "
                                    "încredere."
                                ),
                            },
                            {
                                "title": "Lasă-ți datele la familie",
                                "text": (
                                    "Adresa de cazare, numele angajatorului și un mod sigur prin "
                                    "care pot lua legătura cu tine."
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
                                "Salariul promis este mult mai mare decât de obicei și nu ți se "
                                "cer nici experiență, nici acte."
                            ),
                            (
                                "Ți se cer bani în avans pentru „intermediere”, drum sau cazare "
                                "ori ți se spune că banii vor fi reținuți din salariu."
                            ),
                            "Nu există contract sau ți se spune că îl vei semna „la sosire”.",
                            "Cineva vrea să îți păstreze buletinul sau pașaportul.",
                            "Nu știi exact unde vei lucra, pentru cine și unde vei locui.",
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Dacă ești deja acolo și ceva nu este în regulă",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dacă tu sau cineva apropiat sunteți într-o situație de "
                        "exploatare:</p><ul><li>în caz de pericol imediat, sună la <b>112</b>, "
                        "numărul unic de urgență, gratuit în toate statele Uniunii "
                        "Europene;</li><li>contactează <b>ambasada sau consulatul României</b>, "
                        "care acordă asistență consulară cetățenilor români aflați în dificultate, "
                        "inclusiv victimelor traficului de persoane;</li><li>poți merge la "
                        "<b>poliția locală</b>: Polizia di Stato sau Carabinieri în Italia, "
                        "Policía Nacional sau Guardia Civil în Spania, Polizei în "
                        "Germania;</li><li>din România, familia ta poate suna gratuit la linia "
                        "TelVerde a ANITP, <b>0800 800 678</b>, pentru informații și pentru a "
                        "semnala situația.</li></ul>"
                    ),
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Întrebări frecvente",
                        "items": [
                            {
                                "question": "Pot suna la linia TelVerde din străinătate?",
                                "answer": (
                                    "<p>Linia 0800 800 678 este gratuită în România. Din "
                                    "străinătate, în caz de urgență sună la 112, iar pentru "
                                    "sprijin contactează ambasada sau consulatul; cineva din "
                                    "familie poate suna pentru tine la TelVerde, din România.</p>"
                                ),
                            },
                            {
                                "question": "Dacă am fost exploatat, e vina mea?",
                                "answer": (
                                    "<p>Nu. <b>Nu este vina ta.</b> Victimele traficului de "
                                    "persoane au dreptul la protecție și asistență, atât în țara "
                                    "în care se află, cât și la întoarcerea în România.</p>"
                                ),
                            },
                        ],
                    },
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
                    "type": "paragraph",
                    "value": (
                        "<p>Working abroad can be a real opportunity. Even so, between 2018 and "
                        "2022, <b>81% of the victims exploited outside Romania</b> were in four "
                        "countries with large Romanian communities: the United Kingdom, Germany, "
                        "Italy and Spain. A few simple checks before you leave help you avoid "
                        "deceptive offers.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Before you leave",
                        "steps": [
                            {
                                "title": "Check the employer and the agency",
                                "text": (
                                    "Look the company up by name and address and ask for its full "
                                    "details. Agencies in Romania that recruit for jobs abroad "
                                    "must be registered with the Territorial Labour Inspectorate "
                                    "(ITM): check that the agency is listed there."
                                ),
                            },
                            {
                                "title": "Ask for a contract in a language you understand",
                                "text": (
                                    "Read it before you sign: the pay, the hours, the "
                                    "accommodation, the travel and the costs that will be deducted "
                                    "from your wages."
                                ),
                            },
                            {
                                "title": "Keep copies of your documents",
                                "text": (
                                    "Photograph your identity card, passport and contract; keep "
                                    "the copies on your phone and leave a set at home with someone "
                                    "you trust."
                                ),
                            },
                            {
                                "title": "Leave your details with your family",
                                "text": (
                                    "The address where you will stay, your employer’s name and a "
                                    "safe way to reach you."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Signs that the offer may be a trap",
                        "signs": [
                            (
                                "The promised pay is much higher than usual, and no experience or "
                                "documents are asked for."
                            ),
                            (
                                "You are asked for money in advance for “placement”, travel or "
                                "accommodation, or told it will be taken out of your wages."
                            ),
                            (
                                "There is no contract, or you are told you will sign it “when you "
                                "arrive”."
                            ),
                            "Someone wants to keep your identity card or passport.",
                            (
                                "You don’t know exactly where you will work, who for, and where "
                                "you will live."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "If you are already there and something is wrong",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you or someone close to you is being exploited:</p><ul><li>in "
                        "immediate danger, call <b>112</b>, the single emergency number, free in "
                        "every country of the European Union;</li><li>contact the <b>Romanian "
                        "embassy or consulate</b>, which gives consular assistance to Romanian "
                        "citizens in difficulty, including victims of trafficking in "
                        "persons;</li><li>you can go to the <b>local police</b>: the Polizia di "
                        "Stato or Carabinieri in Italy, the Policía Nacional or Guardia Civil in "
                        "Spain, the Polizei in Germany;</li><li>from Romania, your family can call "
                        "ANITP’s TelVerde line free of charge, <b>0800 800 678</b>, for "
                        "information and to report the situation.</li></ul>"
                    ),
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Can I call the TelVerde line from abroad?",
                                "answer": (
                                    "<p>The 0800 800 678 line is free within Romania. Abroad, call "
                                    "112 in an emergency and contact the embassy or consulate for "
                                    "support; a family member in Romania can call TelVerde for "
                                    "you.</p>"
                                ),
                            },
                            {
                                "question": "If I have been exploited, is it my fault?",
                                "answer": (
                                    "<p>No. <b>It is not your fault.</b> Victims of trafficking in "
                                    "persons have the right to protection and assistance, both in "
                                    "the country where they are and when they return to "
                                    "Romania.</p>"
                                ),
                            },
                        ],
                    },
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
            "it": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Lavorare all'estero può essere una vera opportunità. Tuttavia, tra il "
                        "2018 e il 2022, <b>l'81% delle vittime sfruttate fuori dalla Romania</b> "
                        "si trovava in quattro Paesi con grandi comunità romene: Regno Unito, "
                        "Germania, Italia e Spagna. Alcune semplici verifiche prima di partire ti "
                        "aiutano a evitare le offerte ingannevoli.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Prima di partire",
                        "steps": [
                            {
                                "title": "Verifica il datore di lavoro e l'agenzia",
                                "text": (
                                    "Cerca l'azienda per nome e indirizzo e chiedi i suoi dati "
                                    "completi. Le agenzie in Romania che reclutano per l'estero "
                                    "devono essere registrate presso l'Ispettorato territoriale "
                                    "del lavoro (ITM): controlla che l'agenzia risulti iscritta."
                                ),
                            },
                            {
                                "title": "Chiedi un contratto in una lingua che capisci",
                                "text": (
                                    "Leggilo prima di firmare: stipendio, orario, alloggio, "
                                    "viaggio e costi che ti verranno trattenuti."
                                ),
                            },
                            {
                                "title": "Conserva copie dei documenti",
                                "text": (
                                    "Fotografa carta d'identità, passaporto e contratto; tieni le "
                                    "copie sul telefono e lasciane una serie a casa, a una persona "
                                    "di fiducia."
                                ),
                            },
                            {
                                "title": "Lascia i tuoi dati alla famiglia",
                                "text": (
                                    "L'indirizzo dell'alloggio, il nome del datore di lavoro e un "
                                    "modo sicuro per contattarti."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Segnali che l'offerta può essere una trappola",
                        "signs": [
                            (
                                "Lo stipendio promesso è molto più alto del solito e non ti "
                                "chiedono né esperienza né documenti."
                            ),
                            (
                                "Ti chiedono soldi in anticipo per la «mediazione», il viaggio o "
                                "l'alloggio, oppure ti dicono che saranno trattenuti dallo "
                                "stipendio."
                            ),
                            "Il contratto non c'è, oppure ti dicono che lo firmerai «all'arrivo».",
                            "Qualcuno vuole tenere la tua carta d'identità o il tuo passaporto.",
                            "Non sai esattamente dove lavorerai, per chi e dove abiterai.",
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Se sei già all'estero e qualcosa non va",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Se tu o una persona a te vicina siete in una situazione di "
                        "sfruttamento:</p><ul><li>in caso di pericolo immediato chiama il "
                        "<b>112</b>, il numero unico di emergenza, gratuito in tutti i Paesi "
                        "dell'Unione europea;</li><li>contatta l'<b>ambasciata o il consolato di "
                        "Romania</b>, che offrono assistenza consolare ai cittadini romeni in "
                        "difficoltà, comprese le vittime della tratta di persone;</li><li>puoi "
                        "rivolgerti alla <b>polizia locale</b>: Polizia di Stato o Carabinieri in "
                        "Italia, Policía Nacional o Guardia Civil in Spagna, Polizei in "
                        "Germania;</li><li>dalla Romania, la tua famiglia può chiamare "
                        "gratuitamente la linea TelVerde dell'ANITP, <b>0800 800 678</b>, per "
                        "informazioni e per segnalare la situazione.</li></ul>"
                    ),
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Domande frequenti",
                        "items": [
                            {
                                "question": "Posso chiamare la linea TelVerde dall'estero?",
                                "answer": (
                                    "<p>Il numero 0800 800 678 è gratuito in Romania. Dall'estero, "
                                    "in caso di emergenza chiama il 112 e, per ricevere aiuto, "
                                    "contatta l'ambasciata o il consolato; un familiare può "
                                    "chiamare la linea TelVerde per te dalla Romania.</p>"
                                ),
                            },
                            {
                                "question": "Se mi hanno sfruttato, è colpa mia?",
                                "answer": (
                                    "<p>No. <b>Non è colpa tua.</b> Le vittime della tratta di "
                                    "persone hanno diritto a protezione e assistenza, sia nel "
                                    "Paese in cui si trovano sia al ritorno in Romania.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Informazioni per te e per la tua famiglia",
                        "text": (
                            "In Romania la linea TelVerde dell'ANITP è gratuita e fornisce "
                            "informazioni sui rischi del lavoro all'estero e sulla tratta di "
                            "persone. Non è una linea di emergenza: in caso di pericolo immediato "
                            "chiama il numero unico di emergenza."
                        ),
                    },
                },
            ],
            "es": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Trabajar en el extranjero puede ser una oportunidad real. Sin embargo, "
                        "entre 2018 y 2022, <b>el 81 % de las víctimas explotadas fuera de "
                        "Rumanía</b> se encontraban en cuatro países con grandes comunidades "
                        "rumanas: el Reino Unido, Alemania, Italia y España. Unas comprobaciones "
                        "sencillas antes de partir te ayudan a evitar las ofertas engañosas.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Antes de irte",
                        "steps": [
                            {
                                "title": "Comprueba la empresa y la agencia",
                                "text": (
                                    "Busca la empresa por su nombre y dirección y pide sus datos "
                                    "completos. Las agencias de Rumanía que contratan para el "
                                    "extranjero deben estar registradas en la Inspección "
                                    "Territorial de Trabajo (ITM): comprueba que la agencia figure "
                                    "en ese registro."
                                ),
                            },
                            {
                                "title": "Pide el contrato en un idioma que entiendas",
                                "text": (
                                    "Léelo antes de firmar: el salario, el horario, el "
                                    "alojamiento, el viaje y los gastos que te descontarán."
                                ),
                            },
                            {
                                "title": "Guarda copias de tus documentos",
                                "text": (
                                    "Fotografía el documento de identidad, el pasaporte y el "
                                    "contrato; guarda las copias en el móvil y deja un juego en "
                                    "casa, con alguien de confianza."
                                ),
                            },
                            {
                                "title": "Deja tus datos a tu familia",
                                "text": (
                                    "La dirección del alojamiento, el nombre de la empresa y una "
                                    "forma segura de contactar contigo."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Señales de que la oferta puede ser una trampa",
                        "signs": [
                            (
                                "El sueldo prometido es mucho más alto de lo normal y no te piden "
                                "experiencia ni documentos."
                            ),
                            (
                                "Te piden dinero por adelantado por la «intermediación», el viaje "
                                "o el alojamiento, o te dicen que te lo descontarán del sueldo."
                            ),
                            "No hay contrato o te dicen que lo firmarás «al llegar».",
                            "Alguien quiere quedarse con tu documento de identidad o tu pasaporte.",
                            (
                                "No sabes exactamente dónde vas a trabajar, para quién ni dónde "
                                "vas a vivir."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Si ya estás allí y algo va mal",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si tú o alguien cercano estáis en una situación de "
                        "explotación:</p><ul><li>en caso de peligro inmediato, llama al "
                        "<b>112</b>, el número único de emergencias, gratuito en todos los países "
                        "de la Unión Europea;</li><li>ponte en contacto con la <b>embajada o el "
                        "consulado de Rumanía</b>, que prestan asistencia consular a los "
                        "ciudadanos rumanos en dificultades, incluidas las víctimas de trata de "
                        "personas;</li><li>puedes acudir a la <b>policía local</b>: Polizia di "
                        "Stato o Carabinieri en Italia, Policía Nacional o Guardia Civil en "
                        "España, Polizei en Alemania;</li><li>desde Rumanía, tu familia puede "
                        "llamar gratis a la línea TelVerde de la ANITP, <b>0800 800 678</b>, para "
                        "informarse y comunicar la situación.</li></ul>"
                    ),
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": (
                                    "¿Puedo llamar a la línea TelVerde desde el extranjero?"
                                ),
                                "answer": (
                                    "<p>El número 0800 800 678 es gratuito en Rumanía. Desde el "
                                    "extranjero, en caso de emergencia llama al 112 y, para pedir "
                                    "ayuda, ponte en contacto con la embajada o el consulado; un "
                                    "familiar puede llamar por ti a la línea TelVerde desde "
                                    "Rumanía.</p>"
                                ),
                            },
                            {
                                "question": "Si me han explotado, ¿es culpa mía?",
                                "answer": (
                                    "<p>No. <b>No es culpa tuya.</b> Las víctimas de trata de "
                                    "personas tienen derecho a protección y asistencia, tanto en "
                                    "el país en el que se encuentran como a su regreso a "
                                    "Rumanía.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Información para ti y tu familia",
                        "text": (
                            "En Rumanía, la línea TelVerde de la ANITP es gratuita y ofrece "
                            "información sobre los riesgos de trabajar en el extranjero y sobre la "
                            "trata de personas. No es una línea de emergencias: en caso de peligro "
                            "inmediato, llama al número único de emergencias."
                        ),
                    },
                },
            ],
            "de": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Arbeit im Ausland kann eine echte Chance sein. Dennoch befanden sich "
                        "zwischen 2018 und 2022 <b>81 % der außerhalb Rumäniens ausgebeuteten "
                        "Opfer</b> in vier Ländern mit großen rumänischen Gemeinschaften: im "
                        "Vereinigten Königreich, in Deutschland, Italien und Spanien. Ein paar "
                        "einfache Prüfungen vor der Abreise helfen Ihnen, betrügerische Angebote "
                        "zu vermeiden.</p>"
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Vor der Abreise",
                        "steps": [
                            {
                                "title": "Prüfen Sie Arbeitgeber und Agentur",
                                "text": (
                                    "Suchen Sie die Firma nach Name und Adresse und lassen Sie "
                                    "sich ihre vollständigen Daten geben. Agenturen in Rumänien, "
                                    "die ins Ausland vermitteln, müssen beim zuständigen "
                                    "Kreisarbeitsinspektorat (ITM) registriert sein: Prüfen Sie, "
                                    "ob die Agentur dort eingetragen ist."
                                ),
                            },
                            {
                                "title": (
                                    "Verlangen Sie einen Vertrag in einer Sprache, die Sie "
                                    "verstehen"
                                ),
                                "text": (
                                    "Lesen Sie ihn vor der Unterschrift: Lohn, Arbeitszeit, "
                                    "Unterkunft, Reise und die Kosten, die Ihnen abgezogen werden."
                                ),
                            },
                            {
                                "title": "Bewahren Sie Kopien Ihrer Dokumente auf",
                                "text": (
                                    "Fotografieren Sie Personalausweis, Reisepass und Vertrag; "
                                    "speichern Sie die Kopien auf dem Handy und lassen Sie einen "
                                    "Satz zu Hause bei einer Vertrauensperson."
                                ),
                            },
                            {
                                "title": "Hinterlassen Sie Ihre Daten bei der Familie",
                                "text": (
                                    "Die Adresse der Unterkunft, den Namen des Arbeitgebers und "
                                    "einen sicheren Weg, Sie zu erreichen."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Anzeichen, dass ein Angebot eine Falle sein kann",
                        "signs": [
                            (
                                "Der versprochene Lohn ist viel höher als üblich, und weder "
                                "Erfahrung noch Dokumente werden verlangt."
                            ),
                            (
                                "Sie sollen im Voraus für „Vermittlung“, Reise oder Unterkunft "
                                "bezahlen, oder man sagt Ihnen, das Geld werde vom Lohn abgezogen."
                            ),
                            (
                                "Es gibt keinen Vertrag, oder Sie sollen ihn „bei der Ankunft“ "
                                "unterschreiben."
                            ),
                            "Jemand will Ihren Personalausweis oder Reisepass behalten.",
                            (
                                "Sie wissen nicht genau, wo und für wen Sie arbeiten und wo Sie "
                                "wohnen werden."
                            ),
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Wenn Sie schon dort sind und etwas nicht stimmt",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Wenn Sie oder ein Mensch aus Ihrem Umfeld ausgebeutet "
                        "werden:</p><ul><li>Bei unmittelbarer Gefahr rufen Sie die <b>112</b> an, "
                        "die einheitliche Notrufnummer, die in allen Ländern der Europäischen "
                        "Union kostenlos ist.</li><li>Wenden Sie sich an die <b>rumänische "
                        "Botschaft oder das Konsulat</b>: Sie leisten rumänischen "
                        "Staatsangehörigen in Schwierigkeiten konsularische Hilfe, auch Opfern von "
                        "Menschenhandel.</li><li>Sie können sich an die <b>örtliche Polizei</b> "
                        "wenden: Polizia di Stato oder Carabinieri in Italien, Policía Nacional "
                        "oder Guardia Civil in Spanien, die Polizei in Deutschland.</li><li>Aus "
                        "Rumänien kann Ihre Familie kostenlos die TelVerde-Leitung der ANITP, "
                        "<b>0800 800 678</b>, anrufen, um sich zu informieren und die Situation zu "
                        "melden.</li></ul>"
                    ),
                },
                {
                    "type": "questions",
                    "value": {
                        "heading": "Häufige Fragen",
                        "items": [
                            {
                                "question": (
                                    "Kann ich die TelVerde-Leitung aus dem Ausland anrufen?"
                                ),
                                "answer": (
                                    "<p>Die Nummer 0800 800 678 ist innerhalb Rumäniens kostenlos. "
                                    "Im Ausland rufen Sie im Notfall die 112 an und wenden sich "
                                    "für Hilfe an die Botschaft oder das Konsulat; ein "
                                    "Familienmitglied in Rumänien kann für Sie bei TelVerde "
                                    "anrufen.</p>"
                                ),
                            },
                            {
                                "question": "Bin ich selbst schuld, wenn ich ausgebeutet wurde?",
                                "answer": (
                                    "<p>Nein. <b>Sie sind nicht schuld.</b> Opfer von "
                                    "Menschenhandel haben Anspruch auf Schutz und Unterstützung, "
                                    "sowohl in dem Land, in dem sie sich aufhalten, als auch bei "
                                    "ihrer Rückkehr nach Rumänien.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Informationen für Sie und Ihre Familie",
                        "text": (
                            "In Rumänien ist die TelVerde-Leitung der ANITP kostenlos und "
                            "informiert über die Risiken der Arbeit im Ausland und über "
                            "Menschenhandel. Sie ist keine Notrufnummer: Bei unmittelbarer Gefahr "
                            "rufen Sie die einheitliche Notrufnummer an."
                        ),
                    },
                },
            ],
        },
    },
]

# A regional centre's own campaign [003:2064-2076], so centre staff have one to work on.
PARTNERS.append(
    {
        "key": "asociatia-logs",
        "name": {
            "ro": "Asociația LOGS – Grup de Inițiative Sociale",
            "en": "LOGS – Social Initiatives Group Association",
        },
        "kind": "ngo",
    }
)
CAMPAIGNS.append(
    {
        "key": "prieteni-pe-bune",
        "slug": {"ro": "prieteni-pe-bune-nu-pe-net", "en": "real-friends-not-online"},
        "centre": "timisoara",
        "audiences": ["minors-parents"],
        "forms": ["online", "sexual"],
        "channels": ["online"],
        "partners": ["asociatia-logs"],
        "pna_actions": ["1.2.1", "1.4.3"],
        "start": "2020-01-01",
        "end": "2020-12-31",
        "setting": "rural_urban",
        "title": {
            "ro": "Prieteni pe bune, NU pe net!",
            "en": "Real friends, NOT online friends!",
        },
        "intro": {
            "ro": (
                "Un proiect online al Centrului Regional Timișoara, cu Asociația LOGS, care îi "
                "ajută pe copii să se protejeze pe internet și îi îndeamnă spre prietenii reale, "
                "în aer liber, cu știrea părinților."
            ),
            "en": (
                "An online project of the Timișoara Regional Centre with the LOGS association that "
                "helps children protect themselves online and encourages real friendships, "
                "outdoors, with their parents' knowledge."
            ),
        },
        "hero_alt": {},
        "body": {
            "ro": [
                {"type": "heading", "value": {"text": "De ce acest proiect", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>În 2020, Centrul Regional Timișoara al ANITP și Asociația LOGS – Grup "
                        "de Inițiative Sociale au pornit proiectul online <b>„Prieteni pe bune, NU "
                        "pe net!”</b>. Scopul lui a fost să crească puterea copiilor de a se "
                        "proteja de cei care abuzează de ei pe internet și să le readucă aminte "
                        "de joaca în aer liber, cu prieteni reali, știuți de părinți.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "Când un „prieten” de pe internet nu este prieten",
                        "signs": [
                            "Îți cere fotografii cu tine sau să pornești camera.",
                            "Îți spune să păstrezi secretul față de părinți.",
                            "Îți face cadouri sau îți trimite bani fără motiv.",
                            "Vrea să vă întâlniți singuri, departe de casă.",
                            "Te amenință că arată altora ce i-ai trimis.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Ce poți face",
                        "steps": [
                            {
                                "title": "Spune unui adult în care ai încredere",
                                "text": (
                                    "Nu este vina ta. Un părinte sau un profesor te poate ajuta."
                                ),
                            },
                            {
                                "title": "Nu trimite fotografii",
                                "text": "Ce ai trimis o dată nu mai poți lua înapoi.",
                            },
                            {
                                "title": "Blochează și raportează",
                                "text": "Rețelele sociale au un buton de raportare. Folosește-l.",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Ai nevoie de un sfat?",
                        "text": "Apelul este gratuit. Dacă ești în pericol, sună la 112.",
                    },
                },
            ],
            "en": [
                {"type": "heading", "value": {"text": "Why this project", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2020, ANITP's Timișoara Regional Centre and the LOGS – Social "
                        "Initiatives Group association started the online project <b>“Real "
                        "friends, NOT online friends!”</b>. It set out to strengthen children's "
                        "ability to protect themselves from people who abuse them online, and to "
                        "bring back outdoor play with real friends their parents know.</p>"
                    ),
                },
                {
                    "type": "warning_signs",
                    "value": {
                        "heading": "When an online “friend” is not a friend",
                        "signs": [
                            "They ask for photos of you or to turn on your camera.",
                            "They tell you to keep it a secret from your parents.",
                            "They give you presents or send you money for no reason.",
                            "They want to meet you alone, far from home.",
                            "They threaten to show others what you sent them.",
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "What you can do",
                        "steps": [
                            {
                                "title": "Tell an adult you trust",
                                "text": "It is not your fault. A parent or a teacher can help.",
                            },
                            {
                                "title": "Do not send photos",
                                "text": "What you have sent once you cannot take back.",
                            },
                            {
                                "title": "Block and report",
                                "text": "Social networks have a report button. Use it.",
                            },
                        ],
                    },
                },
                {
                    "type": "hotline",
                    "value": {
                        "heading": "Need advice?",
                        "text": "The call is free. If you are in danger, call 112.",
                    },
                },
            ],
        },
    }
)

MATERIAL_CATALOGUE = {
    "title": {
        "ro": "Materiale de prevenire",
        "en": "Prevention materials",
        "ne": "रोकथाम सामग्री",
        "si": "වැළැක්වීමේ ද්‍රව්‍ය",
        "ur": "روک تھام کا مواد",
        "uk": "Матеріали з профілактики",
    },
    "intro": {
        "ro": (
            "Pliante, afișe, carduri și planuri de lecție gratuite, gata de tipărit, în limba "
            "celor cărora li se adresează."
        ),
        "en": (
            "Free leaflets, posters, cards and lesson plans, ready to print, in the language of "
            "the people they are for."
        ),
        "ne": "निःशुल्क पर्चा, पोस्टर, कार्ड र पाठ योजना, छाप्न तयार, तपाईंको भाषामा।",
        "si": "නොමිලේ අත් පත්‍රිකා, පෝස්ටර්, කාඩ්පත් සහ පාඩම් සැලසුම්, මුද්‍රණයට සූදානම්, ඔබේ භාෂාවෙන්.",
        "ur": "مفت پمفلٹ، پوسٹر، کارڈ اور سبق کے منصوبے، چھپائی کے لیے تیار، آپ کی زبان میں۔",
        "uk": "Безкоштовні листівки, плакати, картки й плани уроків, готові до друку, вашою мовою.",
    },
}
