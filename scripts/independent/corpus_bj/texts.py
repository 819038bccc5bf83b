"""Text material for corpus BJ: Danish youth-unit wording and translations.

Every translation repeats the Danish sentence it stands beside; it adds no field.
"""

LANGS = ["en", "ar", "uk", "so", "tr"]

LANG_NAME = {
    "en": ("Oversættelse til engelsk", "English translation"),
    "ar": ("Oversættelse til arabisk", "ترجمة إلى العربية"),
    "uk": ("Oversættelse til ukrainsk", "Переклад українською мовою"),
    "so": ("Oversættelse til somali", "Turjumaad af-Soomaali ah"),
    "tr": ("Oversættelse til tyrkisk", "Türkçe çeviri"),
}

# --- goals: (da, {lang: text}) with {edu} {school} {date}
GOALS = [
    ("Du er startet på {edu} på {school} senest {date} og møder mindst 4 dage om ugen.",
     {"en": "You have started {edu} at {school} by {date} at the latest and attend at least 4 days a week.",
      "ar": "أن تكون قد بدأت {edu} في {school} في موعد أقصاه {date} وأن تحضر 4 أيام على الأقل في الأسبوع.",
      "uk": "Ти розпочав(-ла) навчання на {edu} у {school} не пізніше {date} і відвідуєш заняття щонайменше 4 дні на тиждень.",
      "so": "Waxaad bilowday {edu} ee {school} ugu dambeyn {date}, waxaadna imaanaysaa ugu yaraan 4 maalmood toddobaadkii.",
      "tr": "En geç {date} tarihine kadar {school} okulunda {edu} eğitimine başlamış olman ve haftada en az 4 gün okula gitmen."}),
    ("Målet er, at du gennemfører {edu} på {school} og har under 10 % fravær frem til {date}.",
     {"en": "The goal is that you complete {edu} at {school} with less than 10 % absence until {date}.",
      "ar": "الهدف هو أن تُكمل {edu} في {school} وأن تكون نسبة غيابك أقل من 10 % حتى {date}.",
      "uk": "Мета — щоб ти завершив(-ла) {edu} у {school} і мав(-ла) менше 10 % пропусків до {date}.",
      "so": "Hadafku waa inaad dhammaysato {edu} ee {school} oo maqnaanshahaagu ka yar yahay 10 % ilaa {date}.",
      "tr": "Hedef, {school} okulunda {edu} eğitimini tamamlaman ve {date} tarihine kadar devamsızlığının %10'un altında olmasıdır."}),
    ("Du har søgt ind på {edu} og er optaget senest {date}. Delmål: du har været til samtale hos UU og besøgt {school}.",
     {"en": "You have applied for {edu} and are admitted by {date} at the latest. Sub-goal: you have had a meeting with UU and visited {school}.",
      "ar": "لقد تقدّمت بطلب إلى {edu} وسيتم قبولك في موعد أقصاه {date}. هدف فرعي: حضرت مقابلة مع UU وزرت {school}.",
      "uk": "Ти подав(-ла) заяву на {edu} і будеш зарахований(-а) не пізніше {date}. Проміжна мета: ти був(-ла) на зустрічі в UU і відвідав(-ла) {school}.",
      "so": "Waxaad codsatay {edu} waxaana lagu aqbalay ugu dambeyn {date}. Hadaf-hoosaad: waxaad kulan la yeelatay UU, waxaadna booqatay {school}.",
      "tr": "{edu} programına başvurdun ve en geç {date} tarihinde kabul edilmiş olacaksın. Ara hedef: UU görüşmesine katıldın ve {school} okulunu ziyaret ettin."}),
    ("Du har fået en praktikplads som en del af {edu} senest {date} og kommer til tiden hver dag.",
     {"en": "You have a work placement as part of {edu} by {date} at the latest and arrive on time every day.",
      "ar": "أن يكون لديك مكان تدريب عملي ضمن {edu} في موعد أقصاه {date} وأن تحضر في الوقت المحدد كل يوم.",
      "uk": "Не пізніше {date} у тебе є місце практики в рамках {edu}, і ти щодня приходиш вчасно.",
      "so": "Waxaad heshay meel tababar (praktik) oo qayb ka ah {edu} ugu dambeyn {date}, waxaadna waqtiga ku imaanaysaa maalin kasta.",
      "tr": "En geç {date} tarihine kadar {edu} kapsamında bir staj yerin var ve her gün zamanında geliyorsun."}),
]

UNCLEAR_GOALS = [
    ("Støtte til at få mere struktur i hverdagen og øget trivsel.",
     {"en": "Support to get more structure in everyday life and better well-being.",
      "ar": "دعم لتنظيم حياتك اليومية بشكل أفضل وتحسين حالتك النفسية.",
      "uk": "Підтримка, щоб мати більше порядку в повсякденному житті та краще самопочуття.",
      "so": "Taageero si aad nolol maalmeedkaaga u habayso oo aad u hesho ladnaan badan.",
      "tr": "Günlük hayatında daha fazla düzen ve daha iyi bir ruh hali için destek."}),
    ("At du får det bedre og kommer videre i livet.",
     {"en": "That you feel better and move on in life.",
      "ar": "أن تشعر بتحسن وتمضي قدماً في حياتك.",
      "uk": "Щоб тобі стало краще і ти рухався(-лася) далі в житті.",
      "so": "Inaad caafimaad fiican hesho oo nolosha hore ugu socoto.",
      "tr": "Kendini daha iyi hissetmen ve hayatında ilerlemen."}),
    ("Motivere dig og arbejde med dig selv.",
     {"en": "Motivating you and working on yourself.",
      "ar": "تحفيزك والعمل على نفسك.",
      "uk": "Мотивувати тебе і працювати над собою.",
      "so": "In lagu dhiirrigeliyo oo aad naftaada ka shaqeyso.",
      "tr": "Seni motive etmek ve kendin üzerinde çalışmak."}),
]

TASKS = [
    ("Ringe til dig om morgenen de første uger, så du kommer af sted til skolen",
     {"en": "Call you in the morning during the first weeks so that you get to school",
      "ar": "الاتصال بك صباحاً في الأسابيع الأولى حتى تذهب إلى المدرسة",
      "uk": "Телефонувати тобі вранці в перші тижні, щоб ти ходив(-ла) до школи",
      "so": "Inuu ku soo waco subaxdii toddobaadyada ugu horreeya si aad dugsiga u tagto",
      "tr": "İlk haftalarda okula gidebilmen için sabahları seni aramak"}),
    ("Følge dig til skolen de første to uger",
     {"en": "Go with you to school for the first two weeks",
      "ar": "مرافقتك إلى المدرسة في الأسبوعين الأولين",
      "uk": "Супроводжувати тебе до школи перші два тижні",
      "so": "Inuu kula socdo dugsiga labada toddobaad ee ugu horreeya",
      "tr": "İlk iki hafta seninle birlikte okula gitmek"}),
    ("Hjælpe dig med at søge SU og lave et budget",
     {"en": "Help you apply for SU and make a budget",
      "ar": "مساعدتك في التقديم على SU وإعداد ميزانية",
      "uk": "Допомогти тобі подати заяву на SU і скласти бюджет",
      "so": "Inuu kaa caawiyo codsiga SU iyo samaynta miisaaniyad",
      "tr": "SU başvurusu yapmana ve bütçe hazırlamana yardım etmek"}),
    ("Tage med dig til møder med studievejlederen på skolen",
     {"en": "Come with you to meetings with the school's study counsellor",
      "ar": "حضور الاجتماعات مع مرشد الدراسة في المدرسة معك",
      "uk": "Ходити з тобою на зустрічі зі шкільним консультантом з навчання",
      "so": "Inuu kula yimaado kulamada lala yeesho lataliyaha waxbarashada ee dugsiga",
      "tr": "Okulun eğitim danışmanıyla yapılan toplantılara seninle gelmek"}),
    ("Hjælpe dig med at bruge en kalender og huske dine aftaler",
     {"en": "Help you use a calendar and remember your appointments",
      "ar": "مساعدتك في استخدام التقويم وتذكّر المواعيد",
      "uk": "Допомагати тобі користуватися календарем і пам'ятати про зустрічі",
      "so": "Inuu kaa caawiyo isticmaalka kalandarka iyo xasuusashada ballamaha",
      "tr": "Takvim kullanmana ve randevularını hatırlamana yardım etmek"}),
    ("Tale med dig hver uge om, hvordan det går i skolen",
     {"en": "Talk with you every week about how school is going",
      "ar": "التحدث معك كل أسبوع عن سير الدراسة",
      "uk": "Щотижня говорити з тобою про те, як іде навчання",
      "so": "Inuu toddobaad kasta kula hadlo sida dugsigu kuugu socdo",
      "tr": "Her hafta okulun nasıl gittiği hakkında seninle konuşmak"}),
]

FOLLOW = [
    ("Vi holder statusmøde hver 4. uge med dig, din mentor og din kontaktperson i {unit}. 14 dage før perioden slutter, evaluerer vi, om du har nået målet.",
     {"en": "We hold a status meeting every 4 weeks with you, your mentor and your contact person in {unit}. 14 days before the period ends, we evaluate whether you have reached the goal.",
      "ar": "نعقد اجتماع متابعة كل 4 أسابيع معك ومع المرشد (المنتور) ومع الشخص المسؤول عنك في {unit}. قبل 14 يوماً من نهاية الفترة نقيّم ما إذا كنت قد حققت الهدف.",
      "uk": "Кожні 4 тижні ми проводимо зустріч щодо статусу з тобою, твоїм ментором і твоєю контактною особою в {unit}. За 14 днів до кінця періоду ми оцінюємо, чи досягнуто мети.",
      "so": "Kulan xaalad ayaan qabanaynaa 4-tii toddobaadba mar adiga, mentor-kaaga iyo qofka lagula xiriiro ee {unit}. 14 maalmood ka hor inta muddadu dhammaan waxaan qiimaynaynaa inaad gaartay hadafka.",
      "tr": "Her 4 haftada bir sen, mentorun ve {unit} içindeki irtibat kişinle durum toplantısı yapıyoruz. Dönem bitmeden 14 gün önce hedefe ulaşıp ulaşmadığını değerlendiriyoruz."}),
    ("Opfølgning hver måned. Delmål: fremmøde mindst 4 dage om ugen fra uge 2.",
     {"en": "Follow-up every month. Sub-goal: attendance at least 4 days a week from week 2.",
      "ar": "متابعة كل شهر. هدف فرعي: الحضور 4 أيام على الأقل في الأسبوع ابتداءً من الأسبوع الثاني.",
      "uk": "Контроль щомісяця. Проміжна мета: відвідування щонайменше 4 дні на тиждень з 2-го тижня.",
      "so": "Dabagal bil kasta. Hadaf-hoosaad: ugu yaraan 4 maalmood toddobaadkii laga bilaabo toddobaadka 2aad.",
      "tr": "Her ay takip. Ara hedef: 2. haftadan itibaren haftada en az 4 gün devam."}),
    ("Vi følger op på aftalen hver 14. dag på et kort møde. Din mor eller far er velkommen til at deltage.",
     {"en": "We follow up on the agreement every 14 days at a short meeting. Your mother or father is welcome to take part.",
      "ar": "نتابع الاتفاق كل 14 يوماً في اجتماع قصير، ويمكن لأمك أو أبيك الحضور.",
      "uk": "Ми перевіряємо виконання угоди кожні 14 днів на короткій зустрічі; твоя мама або тато можуть прийти.",
      "so": "Waxaan dabagal ku samaynaynaa heshiiska 14-kii maalmoodba mar kulan gaaban. Hooyadaa ama aabbahaa waa ka qayb geli karaan.",
      "tr": "Anlaşmayı her 14 günde bir kısa bir toplantıda takip ediyoruz. Annen veya baban da katılabilir."}),
]

HOURS_T = {"en": "{h} hours a week", "ar": "{h} ساعات في الأسبوع", "uk": "{h} год. на тиждень",
           "so": "{h} saacadood toddobaadkii", "tr": "haftada {h} saat"}
HOURS_VAGUE = ("efter behov", {"en": "as needed", "ar": "حسب الحاجة", "uk": "за потреби",
                               "so": "marka loo baahdo", "tr": "ihtiyaca göre"})
PERIOD_T = {"en": "From {s} to {e}", "ar": "من {s} إلى {e}", "uk": "з {s} по {e}",
            "so": "Laga bilaabo {s} ilaa {e}", "tr": "{s} – {e} tarihleri arasında"}
PHONE_W = {"en": "phone", "ar": "هاتف", "uk": "тел.", "so": "taleefan", "tr": "telefon"}
EMPTY = ("Udfyldes senere", {"en": "To be completed later", "ar": "يُستكمل لاحقاً", "uk": "Буде заповнено пізніше",
                             "so": "Waa la buuxin doonaa hadhow", "tr": "Daha sonra doldurulacak"})

APPEAL = {
    "full": ("Hvis du ikke er enig i afgørelsen, kan du klage til {kommune} Kommune inden 4 uger efter, at du har fået dette brev. Du kan klage mundtligt eller skriftligt. Kommunen vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen.",
             {"en": "If you do not agree with the decision, you can complain to {kommune} Kommune within 4 weeks of receiving this letter. You can complain orally or in writing. The municipality will reconsider the case. If we uphold the decision, we will forward your complaint to Ankestyrelsen (the National Social Appeals Board).",
              "ar": "إذا كنت لا توافق على القرار، يمكنك تقديم شكوى إلى {kommune} Kommune خلال 4 أسابيع من استلامك هذه الرسالة. يمكنك تقديم الشكوى شفهياً أو كتابياً. تعيد البلدية تقييم القرار. إذا أبقينا على القرار، نرسل شكواك إلى Ankestyrelsen.",
              "uk": "Якщо ти не згоден(-на) з рішенням, ти можеш подати скаргу до {kommune} Kommune протягом 4 тижнів після отримання цього листа. Скаргу можна подати усно або письмово. Муніципалітет повторно розгляне справу. Якщо ми залишимо рішення без змін, ми передамо скаргу до Ankestyrelsen.",
              "so": "Haddii aadan ku raacsanayn go'aanka, waxaad u cabato {kommune} Kommune 4 toddobaad gudahood markaad hesho warqaddan. Waxaad ku cabato kartaa af ama qoraal. Degmadu mar kale ayay kiiska qiimaynaysaa. Haddii aan go'aanka ku adkaysanno, cabashadaada waxaan u gudbinaynaa Ankestyrelsen.",
              "tr": "Karara katılmıyorsan, bu mektubu aldıktan sonra 4 hafta içinde {kommune} Kommune'ye şikâyette bulunabilirsin. Şikâyetini sözlü veya yazılı yapabilirsin. Belediye kararı yeniden değerlendirir. Kararı korursak, şikâyetini Ankestyrelsen'e iletiriz."}),
    "wrong": ("Hvis du vil klage over afgørelsen, skal du sende din klage direkte til Ankestyrelsen inden 4 uger.",
              {"en": "If you want to complain about the decision, you must send your complaint directly to Ankestyrelsen within 4 weeks.",
               "ar": "إذا أردت تقديم شكوى على القرار، أرسل شكواك مباشرة إلى Ankestyrelsen خلال 4 أسابيع.",
               "uk": "Якщо ти хочеш оскаржити рішення, надішли скаргу безпосередньо до Ankestyrelsen протягом 4 тижнів.",
               "so": "Haddii aad rabto inaad ka cabato go'aanka, cabashadaada si toos ah ugu dir Ankestyrelsen 4 toddobaad gudahood.",
               "tr": "Karardan şikâyet etmek istiyorsan, şikâyetini 4 hafta içinde doğrudan Ankestyrelsen'e göndermelisin."}),
    "weak": ("Du kan klage over afgørelsen.",
             {"en": "You can complain about the decision.", "ar": "يمكنك الاعتراض على القرار.",
              "uk": "Ти можеш оскаржити рішення.", "so": "Waad ka cabato kartaa go'aanka.",
              "tr": "Karara itiraz edebilirsin."}),
}

LABELS_TR = {
    "en": {"goal": "Goal", "mentor": "Your mentor", "tasks": "What the mentor will help you with",
           "period": "Period", "follow": "Follow-up", "hours": "Hours", "appeal": "If you disagree (complaints)"},
    "ar": {"goal": "الهدف", "mentor": "المرشد (المنتور) الخاص بك", "tasks": "ما سيساعدك فيه المرشد",
           "period": "المدة", "follow": "المتابعة", "hours": "عدد الساعات", "appeal": "إذا كنت لا توافق (الشكوى)"},
    "uk": {"goal": "Мета", "mentor": "Твій ментор", "tasks": "З чим ментор тобі допомагатиме",
           "period": "Період", "follow": "Контроль і оцінка", "hours": "Кількість годин",
           "appeal": "Якщо ти не згоден(-на) (скарга)"},
    "so": {"goal": "Hadafka", "mentor": "Mentor-kaaga", "tasks": "Waxa uu mentor-ku kaa caawinayo",
           "period": "Muddada", "follow": "Dabagal", "hours": "Saacadaha", "appeal": "Haddii aadan ku raacsanayn (cabasho)"},
    "tr": {"goal": "Hedef", "mentor": "Mentorun", "tasks": "Mentorun sana yardım edeceği konular",
           "period": "Süre", "follow": "Takip", "hours": "Saat sayısı", "appeal": "Karara katılmıyorsan (şikâyet)"},
}

# Danish label sets (plain youth language, formal, Ungeenhed form)
LABELS_DA = [
    {"goal": "Hvad er dit mål?", "mentor": "Hvem er din mentor?", "tasks": "Hvad skal mentoren hjælpe dig med?",
     "period": "Hvor længe?", "follow": "Hvordan følger vi op?", "hours": "Hvor mange timer?",
     "appeal": "Hvis du er uenig"},
    {"goal": "Mål med mentorstøtten", "mentor": "Mentor (navn og kontaktdata)", "tasks": "Mentorens opgaver",
     "period": "Periode", "follow": "Opfølgning", "hours": "Timetal", "appeal": "Klagevejledning"},
    {"goal": "Dit mål", "mentor": "Din mentor", "tasks": "Det hjælper mentoren dig med",
     "period": "Forløbet varer", "follow": "Statusmøder", "hours": "Timer om ugen", "appeal": "Sådan klager du"},
    {"goal": "Uddannelsesmål", "mentor": "Mentors kontaktoplysninger", "tasks": "Indsatsområder",
     "period": "Varighed", "follow": "Opfølgning og progression", "hours": "Antal timer", "appeal": "Klageadgang"},
]

EDUS = [
    ("FGU (forberedende grunduddannelse), almen grunduddannelse", "FGU {city}"),
    ("FGU, produktionsgrunduddannelse på værkstedet Byg & Anlæg", "FGU {city}"),
    ("grundforløb 1 på EUD (tømrer)", "{tech}"),
    ("grundforløb 2 på EUX Business", "{biz}"),
    ("HF-enkeltfag (dansk og matematik C)", "VUC {city}"),
    ("10. klasse", "{city} Ungdomsskole, 10. klassecenter"),
    ("STU (særligt tilrettelagt ungdomsuddannelse)", "STU-Centret {city}"),
    ("produktionsskoleforløb i køkkenlinjen", "{city} Produktionsskole"),
    ("SOSU-hjælperuddannelsen (grundforløb 2)", "SOSU {region}"),
    ("EUD frisør, grundforløb 1", "{tech}"),
]

KOMMUNER = [
    ("Holstebro", "Mercantec", "Holstebro Handelsskole", "Midt"),
    ("Randers", "Tradium", "Tradium Business", "Østjylland"),
    ("Næstved", "ZBC", "ZBC Handel", "Sjælland"),
    ("Svendborg", "SIMAC Teknisk Skole", "Svendborg Erhvervsskole", "Fyn"),
    ("Aabenraa", "EUC Syd", "IBC Aabenraa", "Syd"),
    ("Hjørring", "EUC Nord", "EUC Nord Business", "Nord"),
    ("Slagelse", "ZBC Slagelse", "Campus Vejle", "Sjælland"),
    ("Horsens", "Learnmark Tech", "Learnmark Business", "Østjylland"),
    ("Ishøj", "TEC", "Niels Brock", "Hovedstaden"),
    ("Viborg", "Mercantec", "Viborg Handelsskole", "Midt"),
]

UNITS = ["Ungeenheden", "Ungeindsatsen", "Den kommunale ungeindsats (KUI)", "Ungehuset", "Ungeenheden, Job & Uddannelse"]

FIRST = ["Ali", "Mohammed", "Sara", "Amira", "Oleksandr", "Yana", "Hodan", "Abdi", "Emre", "Zeynep",
         "Mathias", "Freja", "Jonas", "Laura", "Nour", "Dmytro", "Ifrah", "Yusuf", "Sofie", "Kevin"]
LAST = ["Hassan", "Ahmad", "Mohamud", "Yilmaz", "Kovalenko", "Shevchenko", "Jensen", "Nielsen", "Demir",
        "Farah", "Andersen", "Petersen", "Al-Khalil", "Tkachenko", "Kaya", "Warsame"]
MENTORS = [("Lene Bach", "Mentorhuset ApS"), ("Rasmus Kjær", "Ungeenhedens mentorkorps"),
           ("Birgitte Holm", "JobMentor Danmark"), ("Kasper Lund", "UngeStøtten"),
           ("Aisha Rahimi", "Ungeenhedens mentorkorps"), ("Thomas Dahl", "Bro til Uddannelse ApS"),
           ("Mette Skov", "Mentorhuset ApS"), ("Jakob Friis", "Kompasset")]
WORKERS = ["Pia Mortensen", "Henrik Lauridsen", "Camilla Bjerre", "Søren Thygesen", "Nadia Frost"]
