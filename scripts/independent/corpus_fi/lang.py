"""Parallel texts: Danish original and translations (en, uk, ar, so, ti, fa).

Written by the corpus-fi helper. Slots: {n} citizen first name, {d} a date, {k} municipality,
{h} hours, {m} mentor, {org} mentor organisation, {ph} phone, {mail} e-mail.
"""

LANGS = ["en", "uk", "ar", "so", "ti", "fa"]
RTL = {"ar", "fa"}

LANG_NAME_DA = {"en": "engelsk", "uk": "ukrainsk", "ar": "arabisk", "so": "somali",
                "ti": "tigrinya", "fa": "farsi"}
LANG_NATIVE = {"da": "Dansk", "en": "English", "uk": "Українська", "ar": "العربية",
               "so": "Af-Soomaali", "ti": "ትግርኛ", "fa": "فارسی"}

LABELS = {
    "da": {"title": "Aftale om mentorstøtte", "goal": "Mål", "mentor": "Mentor",
           "tasks": "Mentorens opgaver", "period": "Periode", "follow": "Opfølgning",
           "hours": "Timetal", "appeal": "Klagevejledning", "citizen": "Borger",
           "minplan": "Min Plan – mentorstøtte", "decision": "Afgørelse om mentorstøtte"},
    "en": {"title": "Agreement on mentor support", "goal": "Goal", "mentor": "Your mentor",
           "tasks": "What your mentor will help with", "period": "Period", "follow": "Follow-up",
           "hours": "Hours", "appeal": "How to complain", "citizen": "Citizen",
           "minplan": "My Plan – mentor support", "decision": "Decision on mentor support"},
    "uk": {"title": "Угода про підтримку ментора", "goal": "Мета", "mentor": "Ваш ментор",
           "tasks": "З чим допомагатиме ментор", "period": "Період", "follow": "Контроль і оцінка",
           "hours": "Кількість годин", "appeal": "Як подати скаргу", "citizen": "Громадянин",
           "minplan": "Мій план – підтримка ментора", "decision": "Рішення про підтримку ментора"},
    "ar": {"title": "اتفاقية دعم المرشد", "goal": "الهدف", "mentor": "المرشد الخاص بك",
           "tasks": "المهام التي سيساعدك فيها المرشد", "period": "المدة", "follow": "المتابعة",
           "hours": "عدد الساعات", "appeal": "كيف تقدم شكوى", "citizen": "المواطن",
           "minplan": "خطتي – دعم المرشد", "decision": "قرار بشأن دعم المرشد"},
    "so": {"title": "Heshiiska taageerada lataliyaha (mentor)", "goal": "Ujeeddada",
           "mentor": "Lataliyahaaga", "tasks": "Waxa lataliyuhu kaa caawinayo", "period": "Muddada",
           "follow": "Dabagal", "hours": "Saacadaha", "appeal": "Sida loo gudbiyo cabasho",
           "citizen": "Muwaadinka", "minplan": "Qorshahayga – taageerada lataliyaha",
           "decision": "Go'aanka taageerada lataliyaha"},
    "ti": {"title": "ስምምዕ ደገፍ መንቶር", "goal": "ዕላማ", "mentor": "መንቶርካ",
           "tasks": "መንቶር ዝሕግዘካ ነገራት", "period": "እዋን", "follow": "ክትትል", "hours": "ሰዓታት",
           "appeal": "ከመይ ጌርካ ጥርዓን ተቕርብ", "citizen": "ዜጋ", "minplan": "ናተይ መደብ – ደገፍ መንቶር",
           "decision": "ውሳነ ብዛዕባ ደገፍ መንቶር"},
    "fa": {"title": "توافق‌نامه پشتیبانی منتور", "goal": "هدف", "mentor": "منتور شما",
           "tasks": "کارهایی که منتور در آن به شما کمک می‌کند", "period": "مدت",
           "follow": "پیگیری", "hours": "تعداد ساعت", "appeal": "نحوه شکایت", "citizen": "شهروند",
           "minplan": "برنامه من – پشتیبانی منتور", "decision": "تصمیم درباره پشتیبانی منتور"},
}

GOALS_CLEAR = [
    {"da": "{n} er i virksomhedspraktik 20 timer om ugen i Netto senest {d}, med henblik på løntilskud.",
     "en": "{n} is in a work placement 20 hours a week at Netto by {d}, with a view to a wage-subsidy job.",
     "uk": "{n} проходить практику на підприємстві 20 годин на тиждень у Netto не пізніше {d} з метою отримати роботу з субсидією.",
     "ar": "يكون {n} في تدريب عملي لدى Netto بمعدل 20 ساعة أسبوعيًا في موعد أقصاه {d}، بهدف الحصول على وظيفة بدعم الأجر.",
     "so": "{n} wuxuu ku jiraa tababar shaqo 20 saacadood usbuucii Netto ugu dambeyn {d}, iyadoo loo socdo shaqo mushahar-kaalmo leh.",
     "ti": "{n} ኣብ Netto ኣብ ሰሙን 20 ሰዓት ልምምድ ስራሕ ይገብር ክሳብ {d}፣ ንስራሕ ብደገፍ ደሞዝ ንምብጻሕ።",
     "fa": "{n} تا تاریخ {d} هفته‌ای 20 ساعت در Netto کارآموزی می‌کند، با هدف رسیدن به شغل با یارانه دستمزد."},
    {"da": "{n} starter på SOSU-hjælperuddannelsen {d} og møder mindst fire dage om ugen.",
     "en": "{n} starts the social and health care helper programme (SOSU) on {d} and attends at least four days a week.",
     "uk": "{n} починає навчання на помічника з догляду (SOSU) {d} і відвідує заняття щонайменше чотири дні на тиждень.",
     "ar": "يبدأ {n} دراسة مساعد الرعاية الصحية والاجتماعية (SOSU) في {d} ويحضر أربعة أيام في الأسبوع على الأقل.",
     "so": "{n} wuxuu bilaabayaa waxbarashada kaaliyaha daryeelka (SOSU) {d} wuxuuna imanayaa ugu yaraan afar maalmood usbuucii.",
     "ti": "{n} ብ{d} ትምህርቲ ሓጋዚ ክንክን (SOSU) ይጅምር፣ ብውሕዱ ኣርባዕተ መዓልቲ ኣብ ሰሙን ይመጽእ።",
     "fa": "{n} در تاریخ {d} دوره دستیار مراقبت اجتماعی و بهداشتی (SOSU) را شروع می‌کند و حداقل چهار روز در هفته حاضر می‌شود."},
    {"da": "{n} har et fleksjob på 15 timer om ugen som lagermedarbejder senest {d}.",
     "en": "{n} has a flex job of 15 hours a week as a warehouse worker by {d}.",
     "uk": "{n} має гнучку роботу (fleksjob) 15 годин на тиждень як працівник складу не пізніше {d}.",
     "ar": "يحصل {n} على وظيفة مرنة (fleksjob) بمعدل 15 ساعة أسبوعيًا كعامل مستودع في موعد أقصاه {d}.",
     "so": "{n} wuxuu helayaa shaqo dabacsan (fleksjob) 15 saacadood usbuucii oo ah shaqaale bakhaar ugu dambeyn {d}.",
     "ti": "{n} ክሳብ {d} ከም ሰራሕተኛ መኽዘን ኣብ ሰሙን 15 ሰዓት ተዓጻጻፊ ስራሕ (fleksjob) ይሕዝ።",
     "fa": "{n} تا تاریخ {d} یک شغل منعطف (fleksjob) هفته‌ای 15 ساعت به عنوان کارگر انبار دارد."},
    {"da": "{n} gennemfører Danskuddannelse 2, modul 3, og starter på FGU {d}.",
     "en": "{n} completes Danish Education 2, module 3, and starts at FGU on {d}.",
     "uk": "{n} завершує курс датської мови 2, модуль 3, і починає навчання в FGU {d}.",
     "ar": "يُكمل {n} دورة اللغة الدنماركية 2، الوحدة 3، ويبدأ في FGU في {d}.",
     "so": "{n} wuxuu dhammaystirayaa waxbarashada luqadda deenishka 2, qaybta 3aad, wuxuuna bilaabayaa FGU {d}.",
     "ti": "{n} ትምህርቲ ቋንቋ ዴንማርክ 2፣ ሞጁል 3 ይውድእ፣ ብ{d} ኣብ FGU ይጅምር።",
     "fa": "{n} دوره زبان دانمارکی 2، ماژول 3 را تمام می‌کند و در تاریخ {d} در FGU شروع می‌کند."},
    {"da": "{n} har ordinært job som rengøringsassistent mindst 25 timer om ugen senest {d}.",
     "en": "{n} has an ordinary job as a cleaning assistant at least 25 hours a week by {d}.",
     "uk": "{n} має звичайну роботу прибиральником щонайменше 25 годин на тиждень не пізніше {d}.",
     "ar": "يعمل {n} في وظيفة عادية كمساعد تنظيف 25 ساعة أسبوعيًا على الأقل في موعد أقصاه {d}.",
     "so": "{n} wuxuu leeyahay shaqo caadi ah oo nadiifiye ah ugu yaraan 25 saacadood usbuucii ugu dambeyn {d}.",
     "ti": "{n} ክሳብ {d} ከም ሓጋዚ ጽሬት ብውሕዱ ኣብ ሰሙን 25 ሰዓት ንቡር ስራሕ ይሕዝ።",
     "fa": "{n} تا تاریخ {d} یک شغل عادی به عنوان نظافتچی حداقل 25 ساعت در هفته دارد."},
]

GOALS_UNCLEAR = [
    {"da": "Støtte til at komme videre og øget trivsel.",
     "en": "Support to move on and better well-being.",
     "uk": "Підтримка, щоб рухатися далі, і краще самопочуття.",
     "ar": "دعم للمضي قدمًا وتحسين الرفاهية.",
     "so": "Taageero si aad hore ugu socoto iyo fayoobaan wanaagsan.",
     "ti": "ንቕድሚት ንምኻድን ጽቡቕ ጥዕናን ደገፍ።",
     "fa": "حمایت برای پیشرفت و بهزیستی بیشتر."},
    {"da": "Hjælp til at få mere struktur i hverdagen og bedre selvværd.",
     "en": "Help to get more structure in everyday life and better self-esteem.",
     "uk": "Допомога, щоб мати більше порядку в повсякденному житті та кращу самооцінку.",
     "ar": "المساعدة في تنظيم الحياة اليومية بشكل أفضل وتحسين الثقة بالنفس.",
     "so": "Caawin si nolol maalmeedka loo habeeyo iyo is-qiimayn wanaagsan.",
     "ti": "ኣብ መዓልታዊ ህይወት ዝያዳ ስርዓትን ዝሓሸ ርእሰ-ክብረትን ንምርካብ ሓገዝ።",
     "fa": "کمک برای نظم بیشتر در زندگی روزمره و عزت نفس بهتر."},
]

TASKS = [
    {"da": "Følge {n} til praktikstedet de første to uger",
     "en": "Go with {n} to the workplace for the first two weeks",
     "uk": "Супроводжувати {n} до місця практики перші два тижні",
     "ar": "مرافقة {n} إلى مكان التدريب في أول أسبوعين",
     "so": "La socodka {n} goobta tababarka labada toddobaad ee ugu horreeya",
     "ti": "ን{n} ኣብ ቀዳሞት ክልተ ሰሙናት ናብ ቦታ ልምምድ ምስናይ",
     "fa": "همراهی {n} تا محل کارآموزی در دو هفته اول"},
    {"da": "Ugentlig samtale om fremmøde og transport",
     "en": "Weekly talk about attendance and transport",
     "uk": "Щотижнева розмова про відвідування та транспорт",
     "ar": "محادثة أسبوعية حول الحضور والمواصلات",
     "so": "Wada-hadal toddobaadle ah oo ku saabsan imaanshaha iyo gaadiidka",
     "ti": "ሰሙናዊ ዘተ ብዛዕባ ምምጻእን መጓዓዝያን",
     "fa": "گفتگوی هفتگی درباره حضور و رفت‌وآمد"},
    {"da": "Hjælpe med at læse og forstå breve fra kommunen og skolen",
     "en": "Help with reading and understanding letters from the municipality and the school",
     "uk": "Допомагати читати й розуміти листи від комуни та школи",
     "ar": "المساعدة في قراءة وفهم الرسائل من البلدية والمدرسة",
     "so": "Caawin akhrinta iyo fahamka waraaqaha degmada iyo iskuulka",
     "ti": "ደብዳበታት ካብ ምምሕዳር ከተማን ቤት ትምህርትን ንምንባብን ንምርዳእን ምሕጋዝ",
     "fa": "کمک به خواندن و فهمیدن نامه‌های کمون و مدرسه"},
    {"da": "Hjælpe med at bruge Rejseplanen og komme til tiden",
     "en": "Help with using Rejseplanen and arriving on time",
     "uk": "Допомагати користуватися Rejseplanen і приходити вчасно",
     "ar": "المساعدة في استخدام Rejseplanen والوصول في الوقت المحدد",
     "so": "Caawin isticmaalka Rejseplanen iyo in waqtiga la yimaado",
     "ti": "ንRejseplanen ምጥቃምን ብግዜ ምብጻሕን ምሕጋዝ",
     "fa": "کمک به استفاده از Rejseplanen و به موقع رسیدن"},
    {"da": "Deltage i møder med skolen og lærerne",
     "en": "Take part in meetings with the school and the teachers",
     "uk": "Брати участь у зустрічах зі школою та вчителями",
     "ar": "المشاركة في الاجتماعات مع المدرسة والمعلمين",
     "so": "Ka qaybgalka shirarka iskuulka iyo macallimiinta",
     "ti": "ኣብ ኣኼባታት ምስ ቤት ትምህርትን መምህራንን ምስታፍ",
     "fa": "شرکت در جلسات با مدرسه و معلمان"},
    {"da": "Øve samtaler med arbejdspladsen, fx sygemelding pr. telefon",
     "en": "Practise conversations with the workplace, e.g. calling in sick",
     "uk": "Тренувати розмови з роботодавцем, напр. повідомлення про хворобу телефоном",
     "ar": "التدرب على المحادثات مع مكان العمل، مثل الإبلاغ عن المرض بالهاتف",
     "so": "Ku tababarka wada-hadallada goobta shaqada, tusaale inaad telefoon ku sheegto xanuun",
     "ti": "ምስ ቦታ ስራሕ ዝግበር ዘተ ምልምማድ፣ ንኣብነት ሕማም ብተሌፎን ምሕባር",
     "fa": "تمرین گفتگو با محل کار، مثلاً اطلاع دادن بیماری با تلفن"},
]

FOLLOW_OK = [
    {"da": "Statusmøde hver måned med mentor og sagsbehandler. Evaluering 14 dage før perioden slutter.",
     "en": "Status meeting every month with the mentor and the caseworker. Evaluation 14 days before the period ends.",
     "uk": "Щомісячна зустріч з ментором і соціальним працівником. Оцінка за 14 днів до кінця періоду.",
     "ar": "اجتماع متابعة كل شهر مع المرشد والموظف المسؤول عن الحالة. تقييم قبل 14 يومًا من نهاية المدة.",
     "so": "Shir xaalad-eegis bil kasta oo lala yeesho lataliyaha iyo shaqaalaha kiiska. Qiimayn 14 maalmood ka hor dhammaadka muddada.",
     "ti": "ወርሓዊ ኣኼባ ኩነታት ምስ መንቶርን ሰራሕተኛ ጉዳይን። ቅድሚ ምውዳእ እዋን 14 መዓልቲ ገምጋም።",
     "fa": "جلسه بررسی وضعیت هر ماه با منتور و مددکار. ارزیابی 14 روز قبل از پایان دوره."},
    {"da": "Vi følger op hver 4. uge. Delmål: {n} møder til tiden fire ud af fem dage.",
     "en": "We follow up every 4 weeks. Sub-goal: {n} arrives on time four out of five days.",
     "uk": "Ми перевіряємо прогрес кожні 4 тижні. Проміжна мета: {n} приходить вчасно чотири з п'яти днів.",
     "ar": "نتابع كل 4 أسابيع. هدف فرعي: يصل {n} في الوقت المحدد أربعة أيام من كل خمسة.",
     "so": "Waxaan dabagal samaynaa 4-tii toddobaadba mar. Yool-hoosaad: {n} wuxuu yimaadaa waqtiga afar ka mid ah shan maalmood.",
     "ti": "ኣብ ነፍሲ ወከፍ 4 ሰሙን ክትትል ንገብር። ንኡስ ዕላማ: {n} ካብ ሓሙሽተ መዓልቲ ኣርባዕተ ብግዜ ይመጽእ።",
     "fa": "هر 4 هفته پیگیری می‌کنیم. هدف فرعی: {n} چهار روز از پنج روز به موقع می‌رسد."},
]
FOLLOW_VAGUE = {"da": "Der følges op efter behov.", "en": "Follow-up as needed.",
                "uk": "Контроль за потреби.", "ar": "تتم المتابعة حسب الحاجة.",
                "so": "Dabagal marka loo baahdo.", "ti": "ክትትል ከም ኣድላይነቱ።",
                "fa": "پیگیری در صورت نیاز."}

HOURS = {"da": "{h} timer pr. uge", "en": "{h} hours per week", "uk": "{h} години на тиждень",
         "ar": "{h} ساعات في الأسبوع", "so": "{h} saacadood usbuucii", "ti": "{h} ሰዓት ኣብ ሰሙን",
         "fa": "{h} ساعت در هفته"}
HOURS_VAGUE = {"da": "Et par timer om ugen efter behov", "en": "A couple of hours a week as needed",
               "uk": "Кілька годин на тиждень за потреби", "ar": "بضع ساعات في الأسبوع حسب الحاجة",
               "so": "Dhowr saacadood usbuucii marka loo baahdo", "ti": "ኣብ ሰሙን ቁሩብ ሰዓታት ከም ኣድላይነቱ",
               "fa": "چند ساعت در هفته در صورت نیاز"}
TEL = {"da": "tlf.", "en": "tel.", "uk": "тел.", "ar": "هاتف", "so": "tel.", "ti": "ተሌ.", "fa": "تلفن"}
PLACEHOLDER = {"da": "Udfyldes senere", "en": "To be filled in later", "uk": "Буде заповнено пізніше",
               "ar": "سيتم ملؤه لاحقًا", "so": "Waa la buuxin doonaa", "ti": "ድሕሪ ሕጂ ክምላእ እዩ",
               "fa": "بعداً تکمیل می‌شود"}

APPEAL_FULL = [
    {"da": "Hvis du ikke er enig i afgørelsen, kan du klage til {k} Kommune inden fire uger efter, at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204).",
     "en": "If you disagree with the decision, you can complain to {k} Municipality within four weeks after receiving this letter. You can complain in writing or orally. The municipality will reconsider the decision; if it is upheld, your complaint is sent on to Ankestyrelsen (the National Social Appeals Board).",
     "uk": "Якщо ви не згодні з рішенням, ви можете подати скаргу до комуни {k} протягом чотирьох тижнів після отримання цього листа. Скаргу можна подати письмово або усно. Комуна перегляне рішення; якщо воно залишиться в силі, скаргу буде передано до Ankestyrelsen.",
     "ar": "إذا كنت غير موافق على القرار، يمكنك تقديم شكوى إلى بلدية {k} خلال أربعة أسابيع من استلام هذه الرسالة. يمكنك تقديم الشكوى كتابيًا أو شفهيًا. ستعيد البلدية تقييم القرار، وإذا تم تثبيته تُرسل الشكوى إلى Ankestyrelsen.",
     "so": "Haddii aadan ku raacsanayn go'aanka, waxaad cabasho u gudbin kartaa Degmada {k} afar toddobaad gudahood marka aad hesho warqaddan. Waxaad u gudbin kartaa qoraal ahaan ama af ahaan. Degmadu way dib u eegaysaa go'aanka; haddii la sii hayo, cabashada waxaa loo dirayaa Ankestyrelsen.",
     "ti": "ምስ ውሳነ እንተዘይተሰማማዕካ፣ እዚ ደብዳቤ ካብ ዝበጽሓካ ኣብ ውሽጢ ኣርባዕተ ሰሙን ናብ ምምሕዳር ከተማ {k} ጥርዓን ከተቕርብ ትኽእል ኢኻ። ብጽሑፍ ወይ ብቓል ክትጠርዕ ትኽእል። ምምሕዳር ከተማ ነቲ ውሳነ ደጊሙ ይርእዮ፣ እንተጸኒዑ ጥርዓንካ ናብ Ankestyrelsen ይለኣኽ።",
     "fa": "اگر با تصمیم موافق نیستید، می‌توانید ظرف چهار هفته پس از دریافت این نامه به کمون {k} شکایت کنید. می‌توانید کتبی یا شفاهی شکایت کنید. کمون تصمیم را دوباره بررسی می‌کند و اگر تصمیم تأیید شود، شکایت به Ankestyrelsen فرستاده می‌شود."},
    {"da": "Du kan klage over afgørelsen til Jobcenter {k} inden 4 uger fra modtagelsen. Kommunen ser på sagen igen inden fire uger. Hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
     "en": "You can complain about the decision to Jobcenter {k} within 4 weeks of receiving it. The municipality looks at the case again within four weeks. If the decision is upheld, the complaint goes to Ankestyrelsen.",
     "uk": "Ви можете оскаржити рішення в Jobcenter {k} протягом 4 тижнів після його отримання. Комуна повторно розгляне справу протягом чотирьох тижнів. Якщо рішення залишиться в силі, скаргу передадуть до Ankestyrelsen.",
     "ar": "يمكنك تقديم شكوى بشأن القرار إلى Jobcenter {k} خلال 4 أسابيع من استلامه. ستنظر البلدية في القضية مرة أخرى خلال أربعة أسابيع. إذا تم تثبيت القرار، تُرسل الشكوى إلى Ankestyrelsen.",
     "so": "Waxaad go'aanka ka cabanaysaa Jobcenter {k} 4 toddobaad gudahood marka aad hesho. Degmadu waxay kiiska dib u eegaysaa afar toddobaad gudahood. Haddii go'aanka la sii hayo, cabashada waxaa loo dirayaa Ankestyrelsen.",
     "ti": "ኣብ ውሽጢ 4 ሰሙን ካብ ዝበጽሓካ ናብ Jobcenter {k} ጥርዓን ከተቕርብ ትኽእል። ምምሕዳር ከተማ ኣብ ውሽጢ ኣርባዕተ ሰሙን ንጉዳይ ደጊሙ ይርእዮ። ውሳነ እንተጸኒዑ ጥርዓን ናብ Ankestyrelsen ይኸይድ።",
     "fa": "می‌توانید ظرف 4 هفته پس از دریافت تصمیم، به Jobcenter {k} شکایت کنید. کمون ظرف چهار هفته پرونده را دوباره بررسی می‌کند. اگر تصمیم تأیید شود، شکایت به Ankestyrelsen فرستاده می‌شود."},
]
APPEAL_INCOMPLETE = {"da": "Du kan klage over afgørelsen.", "en": "You can complain about the decision.",
                     "uk": "Ви можете оскаржити рішення.", "ar": "يمكنك تقديم شكوى بشأن القرار.",
                     "so": "Waad ka cabanaysaa kartaa go'aanka.", "ti": "ኣብ ልዕሊ እቲ ውሳነ ክትጠርዕ ትኽእል ኢኻ።",
                     "fa": "می‌توانید از تصمیم شکایت کنید."}
APPEAL_DIRECT = {"da": "Er du uenig, kan du klage direkte til Ankestyrelsen inden 4 uger. Send klagen til Ankestyrelsen, 7998 Statsservice, eller brug ast.dk.",
                 "en": "If you disagree, you can complain directly to Ankestyrelsen within 4 weeks.",
                 "uk": "Якщо ви не згодні, можете подати скаргу безпосередньо до Ankestyrelsen протягом 4 тижнів.",
                 "ar": "إذا كنت غير موافق، يمكنك تقديم شكوى مباشرة إلى Ankestyrelsen خلال 4 أسابيع.",
                 "so": "Haddii aadan ku raacsanayn, waxaad si toos ah ugu cabanaysaa Ankestyrelsen 4 toddobaad gudahood.",
                 "ti": "እንተዘይተሰማማዕካ፣ ኣብ ውሽጢ 4 ሰሙን ብቐጥታ ናብ Ankestyrelsen ክትጠርዕ ትኽእል።",
                 "fa": "اگر موافق نیستید، می‌توانید ظرف 4 هفته مستقیماً به Ankestyrelsen شکایت کنید."}

INTERP_NOTE = {
    "da": "Aftalen er læst op og forklaret for {n} på {lang} af tolk {t} ved mødet den {d}. {n} har bekræftet at have forstået indholdet.",
    "en": "The agreement was read aloud and explained to {n} by interpreter {t} at the meeting on {d}.",
    "uk": "Угоду прочитав і пояснив {n} перекладач {t} на зустрічі {d}.",
    "ar": "تمت قراءة الاتفاقية وشرحها لـ {n} من قبل المترجم {t} في الاجتماع بتاريخ {d}.",
    "so": "Heshiiska waxaa u akhriyay oo u sharxay {n} turjubaanka {t} shirkii {d}.",
    "ti": "እዚ ስምምዕ ኣብ ኣኼባ {d} ብተርጓሚ {t} ን{n} ተነቢቡን ተገሊጹን።",
    "fa": "این توافق‌نامه در جلسه {d} توسط مترجم {t} برای {n} خوانده و توضیح داده شد.",
}

# Decision sentences
GRANT = {
    "da": "{k} Kommune har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {p}. Du får {h} timer om ugen med din mentor.",
    "en": "{k} Municipality has granted you mentor support in the period {p}. You get {h} hours a week with your mentor.",
    "uk": "Комуна {k} надала вам підтримку ментора на період {p}. Ви отримуєте {h} години на тиждень з ментором.",
    "ar": "منحتك بلدية {k} دعم المرشد في الفترة {p}. تحصل على {h} ساعات أسبوعيًا مع المرشد.",
    "so": "Degmada {k} waxay kuu ogolaatay taageerada lataliyaha muddada {p}. Waxaad helaysaa {h} saacadood usbuucii lataliyahaaga.",
    "ti": "ምምሕዳር ከተማ {k} ኣብ እዋን {p} ደገፍ መንቶር ሂቡካ ኣሎ። ኣብ ሰሙን {h} ሰዓት ምስ መንቶርካ ትረክብ።",
    "fa": "کمون {k} برای دوره {p} به شما پشتیبانی منتور داده است. شما هفته‌ای {h} ساعت با منتور خود دارید.",
}
REFUSAL = {
    "da": "{k} Kommune har givet dig afslag på mentorstøtte.",
    "en": "{k} Municipality has refused your application for mentor support.",
    "uk": "Комуна {k} відмовила вам у підтримці ментора.",
    "ar": "رفضت بلدية {k} طلبك للحصول على دعم المرشد.",
    "so": "Degmada {k} waxay diiday codsigaaga taageerada lataliyaha.",
    "ti": "ምምሕዳር ከተማ {k} ሕቶኻ ደገፍ መንቶር ነጺጉዎ።",
    "fa": "کمون {k} درخواست شما برای پشتیبانی منتور را رد کرده است.",
}
REASON_REFUSAL = {
    "da": "Vi har lagt vægt på, at du allerede får støtte fra din kontaktperson på sprogskolen, og at du møder stabilt på dit hold. Vi vurderer derfor ikke, at mentorstøtte er nødvendig for, at du kan gennemføre uddannelsen, jf. lov om en aktiv beskæftigelsesindsats § 167.",
    "en": "We have emphasised that you already get support from your contact person at the language school and that you attend your class regularly.",
    "uk": "Ми врахували, що ви вже отримуєте підтримку від контактної особи в мовній школі і регулярно відвідуєте заняття.",
    "ar": "أخذنا في الاعتبار أنك تحصل بالفعل على دعم من الشخص المسؤول عنك في مدرسة اللغة وأنك تحضر صفك بانتظام.",
    "so": "Waxaan tixgelinay inaad hore u heshay taageero qofka xiriirka ee dugsiga luqadda, iyo inaad si joogto ah u timaaddo fasalkaaga.",
    "ti": "ካብ ሰብ ርክብካ ኣብ ቤት ትምህርቲ ቋንቋ ደገፍ ትረክብ ከም ዘለኻን ብስሩዕ ናብ ክፍልኻ ትመጽእ ከም ዘለኻን ኣቓልቦ ሂብና።",
    "fa": "ما در نظر گرفتیم که شما از فرد رابط خود در مدرسه زبان حمایت می‌گیرید و به طور منظم در کلاس حاضر می‌شوید.",
}
END = {
    "da": "Din mentorstøtte ophører den {d}, fordi du er startet i ordinært job med 30 timer om ugen. Vi har lagt vægt på, at du ikke længere har brug for støtte for at fastholde jobbet, jf. § 167.",
    "en": "Your mentor support ends on {d} because you have started an ordinary job with 30 hours a week.",
    "uk": "Ваша підтримка ментора закінчується {d}, бо ви почали звичайну роботу на 30 годин на тиждень.",
    "ar": "ينتهي دعم المرشد الخاص بك في {d} لأنك بدأت عملاً عاديًا بمعدل 30 ساعة أسبوعيًا.",
    "so": "Taageeradaada lataliyaha waxay dhammaanaysaa {d}, maxaa yeelay waxaad bilowday shaqo caadi ah oo 30 saacadood usbuucii ah.",
    "ti": "ደገፍ መንቶርካ ብ{d} ይውዳእ፣ ምኽንያቱ ኣብ ሰሙን 30 ሰዓት ንቡር ስራሕ ስለ ዝጀመርካ።",
    "fa": "پشتیبانی منتور شما در تاریخ {d} پایان می‌یابد، زیرا شما یک شغل عادی با 30 ساعت در هفته شروع کرده‌اید.",
}
EXT = {
    "da": "Vi forlænger din mentorstøtte i en ny periode {p}. Du får fortsat {h} timer om ugen.",
    "en": "We extend your mentor support for a new period {p}. You still get {h} hours a week.",
    "uk": "Ми продовжуємо вашу підтримку ментора на новий період {p}. Ви й надалі отримуєте {h} години на тиждень.",
    "ar": "نمدد دعم المرشد لفترة جديدة {p}. تستمر في الحصول على {h} ساعات أسبوعيًا.",
    "so": "Waxaan kuu kordhinaynaa taageerada lataliyaha muddo cusub {p}. Waxaad sii helaysaa {h} saacadood usbuucii.",
    "ti": "ደገፍ መንቶርካ ንሓድሽ እዋን {p} ነናውሖ። ኣብ ሰሙን {h} ሰዓት ምቕጻል ትረክብ።",
    "fa": "پشتیبانی منتور شما را برای دوره جدید {p} تمدید می‌کنیم. همچنان هفته‌ای {h} ساعت دارید.",
}
SUMMARY_HEAD = {"en": "Summary in English", "uk": "Короткий переклад українською",
                "ar": "ملخص باللغة العربية", "so": "Soo koobid af-Soomaali",
                "ti": "ሓጺር ትርጉም ብትግርኛ", "fa": "خلاصه به فارسی"}
APPENDIX_HEAD = {"en": "Bilag 1 – Oversættelse til engelsk / Appendix 1 – English translation",
                 "uk": "Bilag 1 – Oversættelse til ukrainsk / Додаток 1 – переклад українською",
                 "ar": "Bilag 1 – Oversættelse til arabisk / الملحق 1 – الترجمة العربية",
                 "so": "Bilag 1 – Oversættelse til somali / Lifaaq 1 – Turjumaad af-Soomaali",
                 "ti": "Bilag 1 – Oversættelse til tigrinya / ተቐጽላ 1 – ትርጉም ብትግርኛ",
                 "fa": "Bilag 1 – Oversættelse til farsi / پیوست 1 – ترجمه فارسی"}
TRANSL_DISCLAIMER = {
    "en": "The Danish text applies. The translation is for your information.",
    "uk": "Чинним є датський текст. Переклад надано для вашої інформації.",
    "ar": "النص الدنماركي هو المعتمد. الترجمة للعلم فقط.",
    "so": "Qoraalka deenishka ayaa sharci ah. Turjumaaddu waa macluumaad kaliya.",
    "ti": "ዴንማርካዊ ጽሑፍ እዩ ዝጸንዕ። ትርጉም ንሓበሬታኻ ጥራይ እዩ።",
    "fa": "متن دانمارکی معتبر است. ترجمه فقط برای اطلاع شماست.",
}

LEN_MONTHS = {"da": "fra {s} og {m} måneder frem", "en": "{m} months from {s}",
              "uk": "{m} місяців з {s}", "ar": "{m} أشهر ابتداءً من {s}",
              "so": "{m} bilood laga bilaabo {s}", "ti": "{m} ኣዋርሕ ካብ {s}", "fa": "{m} ماه از {s}"}
LEN_WEEKS = {"da": "26 uger fra {s}", "en": "26 weeks from {s}", "uk": "26 тижнів з {s}",
             "ar": "26 أسبوعًا ابتداءً من {s}", "so": "26 toddobaad laga bilaabo {s}",
             "ti": "26 ሰሙናት ካብ {s}", "fa": "26 هفته از {s}"}
PARTIAL = {
    "da": "Du søgte om mentorstøtte i 12 måneder med 8 timer om ugen. Vi har bevilget dig mentorstøtte i perioden {p} med {h} timer om ugen. Du har derfor fået delvist medhold.",
    "en": "You applied for mentor support for 12 months with 8 hours a week. We have granted mentor support in the period {p} with {h} hours a week. Your application is therefore partly granted.",
    "uk": "Ви просили підтримку ментора на 12 місяців по 8 годин на тиждень. Ми надали підтримку на період {p} по {h} години на тиждень. Отже, вашу заяву задоволено частково.",
    "ar": "تقدمت بطلب دعم المرشد لمدة 12 شهرًا بمعدل 8 ساعات أسبوعيًا. منحناك دعم المرشد في الفترة {p} بمعدل {h} ساعات أسبوعيًا. تمت الموافقة على طلبك جزئيًا.",
    "so": "Waxaad codsatay taageerada lataliyaha 12 bilood oo 8 saacadood usbuucii ah. Waxaan kuu ogolaanay muddada {p} oo {h} saacadood usbuucii ah. Codsigaaga qayb ahaan ayaa la aqbalay.",
    "ti": "ን12 ኣዋርሕ ኣብ ሰሙን 8 ሰዓት ደገፍ መንቶር ሓቲትካ ኔርካ። ኣብ እዋን {p} ኣብ ሰሙን {h} ሰዓት ሂብናካ። ስለዚ ሕቶኻ ብኸፊል ተቐባልነት ረኺቡ።",
    "fa": "شما برای 12 ماه و هفته‌ای 8 ساعت درخواست پشتیبانی منتور کردید. ما برای دوره {p} و هفته‌ای {h} ساعت پشتیبانی منتور دادیم. درخواست شما به طور جزئی پذیرفته شد.",
}
REASON_PARTIAL = "Mentorstøtte kan efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1, gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at du starter i praktik i perioden, og at din mentor vurderer, at {h} timer om ugen er nok til at komme godt i gang. Ved periodens udløb vurderer vi, om du har brug for en ny periode."
