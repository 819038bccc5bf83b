"""Language material for corpus HH: Danish with Ukrainian, Arabic, Farsi, Somali, Tigrinya, English.

Each text is a template with {n} (citizen), {place}, {school}, {date}, {h}, {h2}, {m}, {org},
{ph}, {mail}, {s}, {e}.
"""

RTL = {"ar", "fa"}

LANG_NAME_DA = {"uk": "ukrainsk", "ar": "arabisk", "fa": "farsi", "so": "somali",
                "ti": "tigrinya", "en": "engelsk"}
LANG_SELF = {"uk": "Українською", "ar": "بالعربية", "fa": "به فارسی", "so": "Af-Soomaali",
             "ti": "ብትግርኛ", "en": "In English"}

HEAD = {
    "goal": {"da": ["Mål med mentorstøtten", "Formål", "Målet med mentorstøtten", "Mål"],
             "uk": "Мета наставництва", "ar": "الهدف من دعم المرشد", "fa": "هدف از حمایت منتور",
             "so": "Ujeedada taageerada lataliyaha", "en": "Goal of the mentor support",
             "ti": "ዕላማ ሓገዝ መንቶር"},
    "mentor": {"da": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Mentor (navn, telefon, mail)"],
               "uk": "Наставник (ментор)", "ar": "المرشد (المنتور)", "fa": "منتور شما",
               "so": "Lataliyahaaga (mentor)", "en": "Your mentor", "ti": "መንቶር"},
    "tasks": {"da": ["Mentorens opgaver", "Opgaver", "Hvad mentoren hjælper med", "Indsatsområder"],
              "uk": "Завдання наставника", "ar": "مهام المرشد", "fa": "وظایف منتور",
              "so": "Hawlaha lataliyaha", "en": "What your mentor will help with",
              "ti": "ዕማማት መንቶር"},
    "period": {"da": ["Periode", "Varighed", "Aftalens varighed", "Bevilget periode"],
               "uk": "Період", "ar": "المدة", "fa": "مدت", "so": "Muddada", "en": "Period",
               "ti": "እዋን"},
    "hours": {"da": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang"],
              "uk": "Кількість годин", "ar": "عدد الساعات", "fa": "تعداد ساعت",
              "so": "Tirada saacadaha", "en": "Hours", "ti": "ቁጽሪ ሰዓታት"},
    "follow": {"da": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder"],
               "uk": "Контроль і оцінка", "ar": "المتابعة", "fa": "پیگیری",
               "so": "Dabagal", "en": "Follow-up", "ti": "ክትትል"},
    "appeal": {"da": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klagevejledning"],
               "uk": "Як оскаржити рішення", "ar": "إرشادات الشكوى", "fa": "راهنمای شکایت",
               "so": "Sida loo cabanayo", "en": "How to appeal", "ti": "ከመይ ጥርዓን ተቕርብ"},
}

GOALS_CLEAR = [
    {"da": "{n} er i virksomhedspraktik i køkkenet på {place} {h2} timer om ugen senest {date}, med henblik på ansættelse med løntilskud.",
     "uk": "{n} не пізніше {date} проходить практику на кухні в {place} {h2} годин на тиждень, з метою працевлаштування із субсидією на зарплату (løntilskud).",
     "ar": "تدريب عملي لـ{n} في مطبخ {place} بمعدل {h2} ساعة أسبوعياً في موعد أقصاه {date}، بهدف التوظيف بدعم الأجر (løntilskud).",
     "fa": "{n} حداکثر تا {date} در آشپزخانه {place} هفته‌ای {h2} ساعت کارآموزی می‌کند، با هدف استخدام با یارانه حقوق (løntilskud).",
     "so": "{n} waxay ku jirtaa tababar shaqo oo ka dhaca jikada {place}, {h2} saacadood usbuucii, ugu dambeyn {date}, ujeedaduna waa shaqo lagu taageero mushaharka (løntilskud).",
     "en": "{n} is in a work placement in the kitchen at {place}, {h2} hours a week, by {date}, with a view to a wage-subsidy job."},
    {"da": "{n} består Prøve i Dansk 2 og starter på grundforløbet til social- og sundhedshjælper på {school} den {date}.",
     "uk": "{n} складає Prøve i Dansk 2 і {date} починає базовий курс помічника з соціальної та медичної допомоги (SOSU) у {school}.",
     "ar": "نجاح {n} في امتحان Prøve i Dansk 2 وبدء الدورة الأساسية لمساعد الرعاية الاجتماعية والصحية (SOSU) في {school} بتاريخ {date}.",
     "fa": "{n} امتحان Prøve i Dansk 2 را قبول می‌شود و از {date} دوره پایه دستیار خدمات اجتماعی و بهداشتی (SOSU) را در {school} شروع می‌کند.",
     "so": "{n} waxay gudubtaa imtixaanka Prøve i Dansk 2, waxayna {date} bilaabaysaa koorsada aasaasiga ah ee kaaliyaha daryeelka bulshada iyo caafimaadka (SOSU) ee {school}.",
     "en": "{n} passes Prøve i Dansk 2 and starts the basic course for social and health care helpers (SOSU) at {school} on {date}."},
    {"da": "{n} har et ordinært deltidsjob på mindst {h2} timer om ugen som lagermedarbejder hos {place} senest {date}.",
     "uk": "{n} не пізніше {date} має звичайну роботу на неповний день — щонайменше {h2} годин на тиждень — працівником складу в {place}.",
     "ar": "حصول {n} على عمل عادي بدوام جزئي لا يقل عن {h2} ساعة أسبوعياً كعامل مستودع لدى {place} في موعد أقصاه {date}.",
     "fa": "{n} حداکثر تا {date} یک شغل پاره‌وقت عادی با حداقل {h2} ساعت در هفته به عنوان کارگر انبار در {place} دارد.",
     "so": "{n} wuxuu heystaa shaqo caadi ah oo waqti-dhiman ah, ugu yaraan {h2} saacadood usbuucii, isagoo shaqaale bakhaar ah ka ah {place}, ugu dambeyn {date}.",
     "en": "{n} has an ordinary part-time job of at least {h2} hours a week as a warehouse worker at {place} by {date}."},
    {"da": "{n} møder stabilt (mindst 90 %) på danskuddannelsen modul 3 og er i praktik som rengøringsassistent hos {place} to dage om ugen fra {date}, så der kan søges job i branchen.",
     "uk": "{n} стабільно відвідує (не менше 90 %) курс данської мови, модуль 3, і з {date} два дні на тиждень проходить практику прибиральником у {place}, щоб потім шукати роботу в цій галузі.",
     "ar": "حضور {n} المنتظم (90 % على الأقل) في دورة اللغة الدنماركية، الوحدة 3، والتدريب العملي كعامل/ة نظافة لدى {place} يومين في الأسبوع ابتداءً من {date}، تمهيداً للبحث عن عمل في هذا المجال.",
     "fa": "{n} به طور منظم (حداقل ۹۰ ٪) در کلاس زبان دانمارکی، ماژول ۳، حاضر می‌شود و از {date} دو روز در هفته در {place} به عنوان نظافتچی کارآموزی می‌کند تا بتواند در این رشته دنبال کار بگردد.",
     "so": "{n} si joogto ah (ugu yaraan 90 %) ayuu uga qaybgalaa waxbarashada luqadda Danishka, qaybta 3, wuxuuna tababar nadiifiye ah ka qaataa {place} laba maalmood usbuucii laga bilaabo {date}, si uu shaqo uga raadsado qaybtaas.",
     "en": "{n} attends Danish classes, module 3, steadily (at least 90 %) and is in a work placement as a cleaner at {place} two days a week from {date}, so that a job in the trade can be sought."},
]

GOALS_UNCLEAR = [
    {"da": "Støtte til at falde godt til i Danmark og få mere struktur på hverdagen.",
     "uk": "Підтримка, щоб добре адаптуватися в Данії та мати більше порядку в повсякденному житті.",
     "ar": "الدعم من أجل الاندماج بشكل جيد في الدنمارك وتنظيم الحياة اليومية بشكل أفضل.",
     "fa": "حمایت برای جا افتادن در دانمارک و نظم بیشتر در زندگی روزمره.",
     "so": "Taageero si si fiican loogu dhex milmo Danmark oo nolol maalmeedka loo habeeyo.",
     "en": "Support to settle well in Denmark and get more structure in everyday life."},
    {"da": "Øget trivsel og selvværd, så {n} kommer tættere på arbejdsmarkedet.",
     "uk": "Краще самопочуття і більше впевненості в собі, щоб наблизитися до ринку праці.",
     "ar": "تحسين الرفاهية والثقة بالنفس لدى {n} للاقتراب من سوق العمل.",
     "fa": "بهبود حال و اعتماد به نفس {n} برای نزدیک‌تر شدن به بازار کار.",
     "so": "Wanaag iyo kalsooni badan si {n} ugu soo dhawaado suuqa shaqada.",
     "en": "Better well-being and self-esteem so that {n} comes closer to the labour market."},
    {"da": "Hjælp til kontakt med kommunen, lægen og børnenes skole.",
     "uk": "Допомога в контактах з комуною, лікарем і школою дітей.",
     "ar": "المساعدة في التواصل مع البلدية والطبيب ومدرسة الأطفال.",
     "fa": "کمک در ارتباط با کمون، پزشک و مدرسه بچه‌ها.",
     "so": "Caawimaad xagga xiriirka kommunen, dhakhtarka iyo dugsiga carruurta.",
     "en": "Help with contacting the municipality, the doctor and the children's school."},
]

TASKS = [
    {"da": "Mentoren følger {n} til praktikstedet de første to uger, øver fagord fra køkkenet og hjælper med at læse breve fra kommunen og sprogskolen.",
     "uk": "Наставник супроводжує {n} на місце практики перші два тижні, тренує професійні слова з кухні та допомагає читати листи від комуни і мовної школи.",
     "ar": "يرافق المرشد {n} إلى مكان التدريب في الأسبوعين الأولين، ويتدرب معه/معها على مفردات المطبخ، ويساعد في قراءة رسائل البلدية ومدرسة اللغة.",
     "fa": "منتور در دو هفته اول {n} را تا محل کارآموزی همراهی می‌کند، واژه‌های تخصصی آشپزخانه را تمرین می‌کند و در خواندن نامه‌های کمون و مدرسه زبان کمک می‌کند.",
     "so": "Lataliyuhu wuxuu {n} u raacayaa goobta tababarka labada toddobaad ee ugu horreeya, wuxuu ku celceliyaa erayada jikada, wuxuuna ka caawiyaa akhrinta waraaqaha kommunen iyo dugsiga luqadda.",
     "en": "The mentor goes with {n} to the placement for the first two weeks, practises kitchen vocabulary and helps read letters from the municipality and the language school."},
    {"da": "Ugentlig samtale om fremmøde på sprogskolen, hjælp til at bruge MitID og Digital Post, og forberedelse til jobsamtaler.",
     "uk": "Щотижнева розмова про відвідування мовної школи, допомога з MitID і Digital Post та підготовка до співбесід.",
     "ar": "محادثة أسبوعية حول الحضور في مدرسة اللغة، والمساعدة في استخدام MitID والبريد الرقمي، والتحضير لمقابلات العمل.",
     "fa": "گفتگوی هفتگی درباره حضور در مدرسه زبان، کمک در استفاده از MitID و Digital Post، و آمادگی برای مصاحبه‌های کاری.",
     "so": "Wada-hadal toddobaadle ah oo ku saabsan imaanshaha dugsiga luqadda, caawimaad isticmaalka MitID iyo Digital Post, iyo u diyaargarowga wareysiyada shaqada.",
     "en": "A weekly talk about attendance at the language school, help with MitID and Digital Post, and preparing for job interviews."},
    {"da": "Mentoren hjælper med transport og mødetider, kontakter arbejdspladsen hvis der opstår problemer, og hjælper {n} med at planlægge lektierne fra danskuddannelsen.",
     "uk": "Наставник допомагає з транспортом і графіком, зв'язується з роботодавцем, якщо виникають проблеми, і допомагає {n} планувати домашні завдання з курсу данської.",
     "ar": "يساعد المرشد في المواصلات ومواعيد الحضور، ويتواصل مع مكان العمل عند حدوث مشاكل، ويساعد {n} في تنظيم واجبات دورة اللغة الدنماركية.",
     "fa": "منتور در رفت‌وآمد و زمان‌بندی کمک می‌کند، در صورت بروز مشکل با محل کار تماس می‌گیرد و به {n} در برنامه‌ریزی تکالیف کلاس زبان کمک می‌کند.",
     "so": "Lataliyuhu wuxuu ka caawiyaa gaadiidka iyo waqtiyada, la xiriiraa goobta shaqada haddii dhibaato timaado, wuxuuna {n} ka caawiyaa qorsheynta casharrada guriga ee luqadda Danishka.",
     "en": "The mentor helps with transport and times, contacts the workplace if problems arise, and helps {n} plan the homework from the Danish course."},
]

PERIOD = {"uk": "з {s} по {e}", "ar": "من {s} إلى {e}", "fa": "از {s} تا {e}",
          "so": "laga bilaabo {s} ilaa {e}", "en": "from {s} to {e}"}


def hours_tr(lang, h):
    if lang == "uk":
        word = "години" if h in (2, 3, 4) else ("година" if h == 1 else "годин")
        return f"{h} {word} на тиждень"
    return {"ar": f"{h} ساعات أسبوعياً", "fa": f"{h} ساعت در هفته",
            "so": f"{h} saacadood usbuucii", "en": f"{h} hours a week"}[lang]


HOURS_VAGUE = {"da": "Efter behov", "uk": "За потреби", "ar": "حسب الحاجة", "fa": "در صورت نیاز",
               "so": "Marka loo baahdo", "en": "As needed"}

MENTOR = {"uk": "{m}, {org}, тел. {ph}, {mail}. Говорить українською, російською та данською.",
          "ar": "{m}، {org}، هاتف {ph}، البريد الإلكتروني {mail}. يتحدث العربية والدنماركية.",
          "fa": "{m}، {org}، تلفن {ph}، ایمیل {mail}. به فارسی، دری و دانمارکی صحبت می‌کند.",
          "so": "{m}, {org}, tel. {ph}, {mail}. Wuxuu ku hadlaa Af-Soomaali iyo Danish.",
          "en": "{m}, {org}, phone {ph}, {mail}. Speaks English and Danish."}

FOLLOW = [
    {"da": "Statusmøde med mentor, sagsbehandler og tolk hver måned. Evaluering af delmål 14 dage før perioden slutter.",
     "uk": "Щомісячна зустріч наставника, соціального працівника і перекладача. Оцінка проміжних цілей за 14 днів до кінця періоду.",
     "ar": "اجتماع متابعة شهري مع المرشد والموظف المسؤول عن ملفك والمترجم. تقييم الأهداف المرحلية قبل 14 يوماً من نهاية المدة.",
     "fa": "جلسه پیگیری ماهانه با منتور، مددکار و مترجم. ارزیابی اهداف میانی ۱۴ روز قبل از پایان دوره.",
     "so": "Kulan dabagal bil kasta oo ay ka qaybgalaan lataliyaha, shaqaalaha kiiska iyo turjubaanka. Qiimeynta yoolalka dhexe 14 maalmood ka hor dhammaadka muddada.",
     "en": "Monthly status meeting with your mentor, caseworker and interpreter. The interim goals are evaluated 14 days before the period ends."},
    {"da": "Vi følger op hver 6. uge på et møde i kommunen med tolk. Delmål: fremmøde på sprogskolen mindst 4 dage om ugen og første uge i praktik gennemført.",
     "uk": "Ми перевіряємо прогрес кожні 6 тижнів на зустрічі в комуні з перекладачем. Проміжні цілі: відвідування мовної школи щонайменше 4 дні на тиждень і перший тиждень практики завершено.",
     "ar": "نتابع كل 6 أسابيع في اجتماع في البلدية بحضور مترجم. الأهداف المرحلية: الحضور في مدرسة اللغة 4 أيام في الأسبوع على الأقل وإكمال الأسبوع الأول من التدريب.",
     "fa": "هر ۶ هفته در جلسه‌ای در کمون با حضور مترجم پیگیری می‌کنیم. اهداف میانی: حضور در مدرسه زبان حداقل ۴ روز در هفته و پایان هفته اول کارآموزی.",
     "so": "Waxaan dabagal ku sameynaa 6-dii toddobaadba mar kulan kommunen ah oo turjubaan la joogo. Yoolalka dhexe: imaanshaha dugsiga luqadda ugu yaraan 4 maalmood usbuucii iyo dhammaystirka toddobaadka ugu horreeya ee tababarka.",
     "en": "We follow up every 6 weeks at a meeting at the municipality with an interpreter. Interim goals: attending the language school at least 4 days a week and completing the first week of the placement."},
]

FOLLOW_VAGUE = {"da": "Der følges op løbende efter behov.", "uk": "Контроль — за потреби.",
                "ar": "تتم المتابعة حسب الحاجة.", "fa": "پیگیری در صورت نیاز انجام می‌شود.",
                "so": "Dabagal ayaa la sameeyaa marka loo baahdo.", "en": "Follow-up as needed."}

APPEAL_DA = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til kommunen inden 4 uger efter, at du har modtaget brevet. Du kan klage skriftligt eller mundtligt, og du kan få hjælp af en tolk. Kommunen genvurderer afgørelsen inden 4 uger. Fastholder kommunen afgørelsen, sender vi klagen videre til Ankestyrelsen (Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {kommune} Kommune, Integration og Beskæftigelse, senest fire uger efter, at du har fået dette brev. Vi ser på sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og sagens akter til Ankestyrelsen.",
    "Er du uenig, skal du klage til kommunen inden fire uger fra modtagelsen. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen. Ring til os, hvis du har brug for tolk, når du klager.",
]

APPEAL_TR = {
    "uk": "Якщо ви не згодні з рішенням, ви можете подати скаргу до комуни протягом 4 тижнів після отримання листа. Комуна перегляне рішення протягом 4 тижнів. Якщо комуна залишить рішення без змін, скаргу буде передано до Ankestyrelsen (Апеляційне управління).",
    "ar": "إذا لم تكن موافقاً على القرار، يمكنك تقديم شكوى إلى البلدية (kommunen) خلال 4 أسابيع من استلام هذه الرسالة. ستعيد البلدية النظر في القرار خلال 4 أسابيع. إذا لم تغيّر البلدية قرارها، تُرسل شكواك إلى مجلس الطعون (Ankestyrelsen).",
    "fa": "اگر با این تصمیم موافق نیستید، می‌توانید ظرف ۴ هفته پس از دریافت نامه به کمون (kommunen) شکایت کنید. کمون ظرف ۴ هفته تصمیم را دوباره بررسی می‌کند. اگر کمون تصمیم را تغییر ندهد، شکایت شما به Ankestyrelsen فرستاده می‌شود.",
    "so": "Haddii aadan ku raacsanayn go'aanka, waxaad u cabanaysaa kommunen 4 toddobaad gudahood laga bilaabo markaad heshay warqadda. Kommunen ayaa dib u eegaysa go'aanka 4 toddobaad gudahood. Haddii kommunen ay go'aanka ku adkaysato, cabashadaada waxaa loo dirayaa Ankestyrelsen.",
    "en": "If you disagree with the decision, you can complain to the municipality within 4 weeks of receiving this letter. The municipality will reconsider within 4 weeks. If it upholds the decision, your complaint is sent on to Ankestyrelsen (the National Social Appeals Board).",
}

APPEAL_VAGUE = {"da": "Du kan klage over afgørelsen.", "uk": "Ви можете оскаржити це рішення.",
                "ar": "يمكنك الاعتراض على هذا القرار.", "fa": "شما می‌توانید به این تصمیم اعتراض کنید.",
                "so": "Waad ka cabanaysaa go'aankan.", "en": "You can complain about the decision."}

TRANSLATION_NOTE = {
    "uk": "Переклад українською. У разі розбіжностей діє данський текст.",
    "ar": "ترجمة إلى العربية. في حال وجود اختلاف، يُعتمد النص الدنماركي.",
    "fa": "ترجمه به فارسی. در صورت اختلاف، متن دانمارکی معتبر است.",
    "so": "Turjumaad Af-Soomaali. Haddii ay kala duwanaansho jiro, qoraalka Danishka ayaa ansax ah.",
    "en": "English translation. If the texts differ, the Danish text applies.",
    "ti": "ትርጉም ብትግርኛ። ፍልልይ እንተሃልዩ ናይ ዴንማርክ ጽሑፍ እዩ ዝሰርሕ።",
}

SUMMARY_INTRO = {
    "uk": "Короткий зміст: ви отримуєте наставника (ментора), який допомагає вам на шляху до роботи або навчання.",
    "ar": "ملخص: ستحصل على مرشد (منتور) يساعدك في طريقك إلى العمل أو التعليم.",
    "fa": "خلاصه: شما یک منتور دریافت می‌کنید که در مسیر کار یا تحصیل به شما کمک می‌کند.",
    "so": "Soo koobid: Waxaad helaysaa lataliye (mentor) kaa caawiya jidka shaqada ama waxbarashada.",
    "en": "Summary: you get a mentor who helps you on the way to a job or an education.",
    "ti": "ሓጺር መግለጺ፦ ናብ ስራሕ ወይ ትምህርቲ ንኽትበጽሕ ዝሕግዘካ መንቶር ክትረክብ ኢኻ። ሕቶ እንተሃልዩካ ንሰራሕተኛ ጉዳይካ ደውል።",
}

INTERP = {"uk": "Tolket til ukrainsk af", "ar": "Tolket til arabisk af", "fa": "Tolket til farsi af",
          "so": "Tolket til somali af", "ti": "Tolket til tigrinya af", "en": "Tolket til engelsk af"}

# Decision sentences (translation) keyed by subtype
DEC_TR = {
    "grant": {"uk": "Рішення: вам надано наставництво (mentorstøtte) {hours}, {period}. Ваш наставник — {m}.",
              "ar": "القرار: تمت الموافقة على دعم المرشد (mentorstøtte) لك بمعدل {hours}، {period}. مرشدك هو {m}.",
              "fa": "تصمیم: حمایت منتور (mentorstøtte) برای شما تأیید شد، {hours}، {period}. منتور شما {m} است.",
              "so": "Go'aanka: Waxaa laguu oggolaaday taageero lataliye (mentorstøtte) {hours}, {period}. Lataliyahaagu waa {m}.",
              "en": "Decision: you have been granted mentor support, {hours}, {period}. Your mentor is {m}."},
    "partial": {"uk": "Рішення: ви просили більше годин. Вам надано {hours}, {period}. Причина: ваші потреби можна покрити меншою кількістю годин, бо ви вже маєте підтримку в мовній школі.",
                "ar": "القرار: طلبت عدداً أكبر من الساعات. تمت الموافقة على {hours}، {period}. السبب: يمكن تلبية احتياجاتك بعدد أقل من الساعات لأنك تحصل على دعم في مدرسة اللغة.",
                "fa": "تصمیم: شما ساعت‌های بیشتری درخواست کرده بودید. {hours}، {period} تأیید شد. دلیل: نیاز شما با ساعت کمتر برآورده می‌شود چون در مدرسه زبان هم حمایت می‌گیرید.",
                "so": "Go'aanka: Waxaad codsatay saacado badan. Waxaa laguu oggolaaday {hours}, {period}. Sababta: baahidaada waxaa lagu daboolayaa saacado ka yar, maxaa yeelay taageero ayaad ka heshaa dugsiga luqadda.",
                "en": "Decision: you asked for more hours. You have been granted {hours}, {period}. Reason: your needs can be met with fewer hours, as you already get support at the language school."},
    "refusal": {"uk": "Рішення: ваша заява на наставництво відхилена. Причина: ви вже отримуєте необхідну підтримку через програму інтеграції та мовну школу.",
                "ar": "القرار: تم رفض طلبك للحصول على مرشد. السبب: أنت تحصل بالفعل على الدعم اللازم من خلال برنامج الاندماج ومدرسة اللغة.",
                "fa": "تصمیم: درخواست شما برای منتور رد شد. دلیل: شما از طریق برنامه ادغام و مدرسه زبان حمایت لازم را دریافت می‌کنید.",
                "so": "Go'aanka: Codsigaaga lataliye waa la diiday. Sababta: Waxaad horeba taageerada loo baahan yahay ka helaysaa barnaamijka is-dhexgalka iyo dugsiga luqadda.",
                "en": "Decision: your application for a mentor has been refused. Reason: you already get the support you need through the integration programme and the language school."},
    "extension": {"uk": "Рішення: ваше наставництво продовжено {period}, {hours}.",
                  "ar": "القرار: تم تمديد دعم المرشد {period}، {hours}.",
                  "fa": "تصمیم: حمایت منتور شما {period} تمدید شد، {hours}.",
                  "so": "Go'aanka: Taageerada lataliyahaaga waa la kordhiyay {period}, {hours}.",
                  "en": "Decision: your mentor support has been extended {period}, {hours}."},
    "end": {"uk": "Рішення: ваше наставництво закінчується {e}, бо ви почали навчання і вам більше не потрібен наставник.",
            "ar": "القرار: ينتهي دعم المرشد في {e} لأنك بدأت الدراسة ولم تعد بحاجة إلى مرشد.",
            "fa": "تصمیم: حمایت منتور شما در تاریخ {e} پایان می‌یابد، زیرا تحصیل را شروع کرده‌اید و دیگر به منتور نیاز ندارید.",
            "so": "Go'aanka: Taageerada lataliyahaagu waxay dhammaanaysaa {e}, maxaa yeelay waxaad bilowday waxbarasho mana u baahnid lataliye.",
            "en": "Decision: your mentor support ends on {e} because you have started an education and no longer need a mentor."},
}

DEC_TITLE_TR = {"uk": "Рішення про наставництво", "ar": "قرار بشأن دعم المرشد", "fa": "تصمیم درباره حمایت منتور",
                "so": "Go'aan ku saabsan taageerada lataliyaha", "en": "Decision on mentor support"}
AGR_TITLE_TR = {"uk": "Угода про наставництво", "ar": "اتفاقية دعم المرشد", "fa": "توافق‌نامه حمایت منتور",
                "so": "Heshiiska taageerada lataliyaha", "en": "Mentor support agreement"}
PLAN_TITLE_TR = {"uk": "Мій план — наставництво", "ar": "خطتي — دعم المرشد", "fa": "برنامه من — حمایت منتور",
                 "so": "Qorshahayga — taageerada lataliyaha", "en": "My Plan — mentor support"}
