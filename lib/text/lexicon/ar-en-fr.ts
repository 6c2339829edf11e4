/**
 * A small hand-written Arabic → English / French word list of frequent news vocabulary, one concept per line:
 * `Arabic stems | English stems | French stems` (space-separated). Stems are matched as word beginnings after
 * Arabic clitics are removed (see ./concepts.ts), so "وزار" covers الوزارة, وزارات, بالوزارة; "minist" covers
 * minister, ministry, ministère. Verbs list their perfect and imperfect stems. Written for the sentence aligner:
 * a shared concept is evidence that two sentences translate each other, not a dictionary for display.
 */
export const AR_EN_FR = `
قال يقول تقول قالت|said say says saying told tell|dit dire déclar affirm indiqu
اضاف يضيف تضيف|add|ajout
اوضح يوضح توضح|explain|expliqu précis
اكد يؤكد تؤكد|confirm stress insist|confirm affirm assur soulign
اعلن يعلن تعلن اعلان|announc declar|annonc
اشار يشير تشير|note noted indicat|soulign indiqu
نفي نفى ينفي|deni deny|démen nié nier rejet
انتقد ينتقد انتقاد|critic|critiqu dénonc
رحب يرحب ترحيب|welcom|salu accueil
دعا يدعو تدعو دعوه|call urg|appel exhort
طالب يطالب مطالب|demand call|réclam exig demand
حذر يحذر تحذير|warn|avert
توقع يتوقع تتوقع توقعات متوقع|expect forecast predict|attend prévo prévi
اعتبر يعتبر|consider regard|estim consid jug
وصف يصف|describ call|qualifi décri
رفض يرفض رفض|refus reject|refus rejet
وافق يوافق موافقه|approv agree|approuv accept
قرر يقرر قرار|decid decision|décid décision
شارك يشارك مشاركه|particip|particip
نشر ينشر منشور|publish|publié publier publication
كشف يكشف|reveal uncover show|révél
اظهر يظهر|show reveal|montr
ارتفع يرتفع ارتفاع|rise rose risen increas higher|hauss augment progress
انخفض ينخفض انخفاض تراجع يتراجع|fell fall drop decline lower|baiss recul chut diminu
بلغ يبلغ|reach total stand|atteint
تجاوز يتجاوز|exceed more surpass|dépass
زياده زاد يزيد|increas raise rise|augment hauss
حكومه حكومي|govern cabinet|gouvern
وزير وزراء وزار|minist|minist
رئيس رئاسه|president chief leader|président chef
برلمان نائب نواب|parliament deput mp mps|parlement député
مجلس|council board|conseil
حزب احزاب|party parti|parti
معارضه|opposit|opposit
انتخاب انتخابات|elect|élect scrutin
اقتراع|vote ballot poll|scrutin vote
صوت يصوت تصويت|vote|vot
ناخب ناخبين|voter|électeur
دستور|constitution|constitution
قانون قوانين|law|loi
مشروع|project plan draft bill|projet
خطه خطط|plan|plan
اصلاح اصلاحات|reform|réform
سياسه سياسي|politic polic|politi
دوله دول|state country countries|état pays
بلاد البلد|country|pays
شعب|people|peupl
مواطن مواطنين|citizen|citoyen
سلطات|authorit|autorit
رسمي|official|officiel
مسؤول مسؤولين|official|responsabl
متحدث|spokes|porte-parole
بيان|statement|communiqu déclar
مؤتمر صحفي|conference|conférence
اجتماع يجتمع اجتمع|meet|réuni rencontr
لقاء|meet talk|rencontr
مفاوضات تفاوض|negoti talk|négoci pourparl
اتفاق اتفاقيه|agreement deal accord|accord
ازمه|crisis|crise
حرب|war|guerr
سلام|peace|paix
احتجاج احتجاجات محتج محتجين|protest|protest manifest
اضراب|strike|grève
نقابه نقابات|union|syndicat
فساد|corrupt|corrupt
اقتصاد|econom|économ
نمو|growth grew grow|croissance
تضخم|inflat|inflation
اسعار سعر|price rate|prix tarif taux
فائده|interest rate|intérêt taux
بنك بنوك مصرف|bank|banqu
مركزي|central|central
عمله|currenc|monnai devise
دولار|dollar|dollar
يورو|euro|euro
دينار|dinar|dinar
مليار|billion|milliard
مليون ملايين|million|million
الف آلاف|thousand|mille millier
مئه مائه مئات|hundred|cent centaine
نسبه|rate share percent|taux
ميزانيه موازنه|budget|budget
ضريبه ضرائب ضريبي|tax|impôt fiscal tax
دعم|subsid support|subvention soutien aide
قرض قروض|loan|prêt
دين ديون|debt|dette
عجز|deficit|déficit
صادرات|export|export
واردات|imports|importations
تجاره تجاري|trade commerc|commerc
سوق اسواق|market|marché
شركه شركات|compan firm|entrepris sociét
مؤسسه مؤسسات|institution firm|entrepris institution
استثمار مستثمر|invest|invest
صناعه صناعي|industr|industr
انتاج|product output|production
زراعه زراعي|agricultur farm|agricol agricultur
فلاح مزارع|farmer|agricult paysan
عمال عامل|worker|travaill ouvrier salari
عمل|work job labour|travail emploi
وظيفه وظائف|job post|emploi poste
بطاله|unemploy|chômage
اجر اجور راتب رواتب|wage salar pay|salair
تكلفه كلفه|cost|coût
قيمه|value worth|valeur
مال اموال|money fund|argent fonds
صندوق|fund|fonds
نفط|oil|pétrol
غاز|gas|gaz
كهرباء|electric power|électric
طاقه|energ|énergi
شمسي|solar|solair
مياه ماء|water|eau
سد سدود|dam|barrag
رياضه|sport|sport
فريق|team side|équip
منتخب|team national|sélection équip
نادي|club|club
لاعب لاعبين|player|joueur
مدرب|coach|entraîn
مباراه مباريات|match game|match
هدف اهداف|goal|but
فوز فاز يفوز|win won victor beat|victoir remport gagn
خساره خسر|lost loss defeat|défait perd
تعادل|draw drew|nul
بطوله|championship tournament|championnat tournoi
كاس|cup|coupe
نهائي|final|final
لقب|title|titr
ميداليه|medal|médaill
ذهبي|gold|or
سباق|race|course
ملعب|stadium|stade
جمهور جماهير مشجع|crowd fan supporter|supporter
موسم|season|saison
صحه صحي|health|santé sanit
تمويل مالي ماليه|financ|financ
تدريب تدريبات|training|entraînement formation
مستشفى مستشفيات|hospital|hôpit
طبيب اطباء|doctor physician|médecin
مريض مرضى|patient|patient malade
مرض امراض|disease ill|maladi
اصابه اصابات|case infect injur|cas infect bless
لقاح تطعيم|vaccin|vaccin
علاج|treatment|traitement soin
دواء ادويه|medicin drug|médicament
وباء جائحه|pandemic epidemic|pandémi épidémi
العالميه|world|mondial
دراسه|study studi|étude
باحث باحثين|research|chercheur
جامعه|universit|universit
مدرسه مدارس|school|école
طالب طلاب|student|étudiant élève
تعليم تربيه|educat|éducation enseign
امتحان امتحانات|exam|examen
ثقافه ثقافي|cultur|cultur
مهرجان|festival|festival
فيلم افلام|film movie|film
سينما سينمائي|cinema film|cinéma
روايه روائي|novel|roman
كتاب|book|livr
كاتب|writer author|écrivain auteur
جائزه جوائز|prize award|prix
معرض|fair exhibit|salon expos
فنان|artist|artist
موسيقى|music|musiqu
مسرح|theatre theater|théâtr
محكمه محاكم|court|tribunal cour=
قاضي قضاه قضاء|judge judici justice|juge justice judiciair
حكم احكام|sentenc verdict ruling|peine verdict jugement condamn
سجن|prison jail|prison
متهم متهمين|defendant accused|accus prévenu
تهمه تهم|charg accus|accusation chef
ادين ادانه|convict|condamn coupabl
براءه براه|acquit|acquitt
محامي|lawyer|avocat
دفاع|defen|défens
ادعاء نيابه|prosecut|parquet procureur
تحقيق تحقيقات|investig inquir|enquêt
شاهد شهود|witness|témoin
استئناف|appeal|appel
غرامه|fine|amend
شرطه|police|polic
امن امني|secur|sécurit
جيش|army military|armé militair
هجوم|attack|attaqu
قتل قتلى|kill dead|tu mort
جرحى جريح|wound injur|bless
مهاجر مهاجرين هجره|migra emigra|migra émigr
لاجئ لاجئين|refuge|réfugi
حدود|border|frontièr
طقس|weather|météo
امطار مطر|rain|pluie
فيضان فيضانات سيول|flood|inond crue
عاصفه|storm|tempêt
حراره|temperatur heat|chaleur températur
جفاف|drought|sécheress
مدينه مدن|city town|vill
قريه قرى|village|villag
عاصمه|capital|capital
منطقه مناطق|region area|région zone
محافظه|province governorat|provinc gouvernorat
سكان|resident populat inhabit|habitant populat
اسره اسر عائله|famil household|famill ménag
طفل اطفال|child|enfant
شباب شاب|young youth|jeun
امراه نساء|women woman|femm
عام اعوام سنه سنوات|year|an année
شهر اشهر|month|mois
اسبوع اسابيع|week|semain
يوم ايام|day|jour
ساعه ساعات|hour|heur
دقيقه دقائق|minute|minut
صباح|morning|matin
مساء|evening|soir
ليل ليلا|night|nuit
اول الاول|first|premi
ثاني الثاني|second|deuxièm second
ثالث الثالث|third|troisièm
رابع الرابع|fourth|quatrièm
اخير الاخير|last latest|dernier
ماضي الماضي|last past|derni passé
مقبل المقبل|next coming|prochain
حالي الحالي|current|actuel
جديد جديده|new|nouv
كبير كبرى|large big major|grand
صغير|small|petit
اكثر|more|plus
اقل|less fewer lower|moins
نحو حوالي|about around some|environ quelque
جميع كل|every|tous tout chaque
بعض|some|certain
اعلى|highest higher|plus haut
ادنى|lowest|plus bas
قياسي|record|record
اجنبي|foreign|étrang
دولي|international|international
وطني|national|national
محلي|local|local
عربي|arab|arab
افريقي افريقيا|africa|afriqu
اوروبي اوروبا|europ|europ
امريكي امريكا|americ|améric
مصر مصري|egypt|égypt
المغرب مغربي|morocc|maroc
الجزائر جزائري|algeri|algéri
تونس تونسي|tunis|tunis
سوريا سوري|syria|syri
العراق عراقي|iraq|irak
لبنان لبناني|leban|liban
الاردن اردني|jordan|jordan
السعوديه سعودي|saudi|saoudi
الخليج خليجي|gulf|golf
فرنسا فرنسي|franc french|franc
المانيا الماني|german|allemagn allemand
بريطانيا بريطاني|brit uk|britann
روسيا روسي|russia|russ
الصين صيني|china chinese|chin
تركيا تركي|turk|turqu
ايران ايراني|iran|iran
فلسطين فلسطيني|palestin|palestin
اسرائيل اسرائيلي|israel|israël
غزه|gaza|gaza
بحر|sea|mer
صحراء صحراوي|desert sahara|désert sahar
جبل جبال|mountain|montagn
ارض اراضي|land|terr
مطار|airport|aéroport
ميناء موانئ|port= ports|port= ports
طريق طرق|road|rout
سياره سيارات|vehicl|voitur véhicul
قطار|railway rail|train ferroviaire
حافله حافلات|bus|bus
نقل|transport|transport
سفر|travel|voyag
سياحه سائح سياحي|touris|touris
فندق فنادق|hotel|hôtel
مسكن سكن|housing home|logement
منزل منازل بيت|home house|maison logement foyer
ايجار|rent|loyer
بناء|build construct|construct bâti
مصنع مصانع|factory factories plant|usin
محطه|station plant|centrale station
شبكه|network grid|réseau
تكنولوجيا تقنيه|technolog|technolog
انترنت|internet|internet
هاتف|phone|téléphon
اتصالات|telecom|télécom
بيانات|data figure|données
تقرير تقارير|report|rapport
احصاء|statistic|statisti
نتائج نتيجه|result|résultat
عدد|number|nombr
حجم|size volume amount|volum montant
مبلغ|amount|montant somme
هيئه|authorit body bodies|autorit instanc
لجنه|committee panel jury|comit commission jury
منظمه منظمات|organi|organisation
جمعيه|association|association
اتحاد|union federat|union fédérat
وفد|delegat|délégat
سفير|ambassador|ambassadeur
زياره زار يزور|visit|visit
جوله|tour round|tourné
حفل|ceremon|cérémon
افتتح افتتاح يفتتح|open inaugur|ouvr inaugur
اختتام يختتم اختتم|close end|clôtur achèv
بدء بدا يبدا بدايه|start begin began|début commenc
انتهى ينتهي نهايه|end|fin termin
استمر يستمر|continu last|continu dur
تاسس تاسيس|found|fond créé créée création
تحسين|improv|amélior
تطوير|develop|développ
تنميه|develop|développ
مكافحه|fight combat|lutt
حمايه|protect|protég protect
مساعده مساعدات|aid help assist|aid
استقاله استقال|resign|démission
تعيين|appoint|nomm
قتال معارك|fight battl|combat
شرق شرقي|east|oriental
غرب غربي|west|ouest
شمال شمالي|north|nord
جنوب جنوبي|south|sud
ملك|king|roi
امير|prince emir|prince émir
جمهوريه|republic|républi
ديمقراطيه|democra|démocra
حريه حريات|freedom libert|libert
حقوق|rights|droit
انسان|human|homm human
صحفي صحفيين صحافه|journalist|journalist presse
اعلام اعلامي|media|médias
وفاه وفيات توفي|death died|mort décè
جرح جروح اصيب اصابه|injur wound hurt|bless
شخص اشخاص|person people|personn
ناس|people|gens
مجموعه|group|group
نقطه نقاط|point|point
تذكره تذاكر|ticket|billet ticket
خط خطوط|line|ligne
خبير خبراء|expert|expert
قطاع|sector|secteur
مستوى|level|niveau
مصدر مصادر|source|sourc
نظام|system regime|système régime
وضع اوضاع|situation|situation
ظروف|condition|condition
مشكله مشاكل|problem|problèm
حل حلول|solution|solution
سبب اسباب بسبب|because reason cause|cause raison
نتيجه|result|résultat
تاثير|effect impact|effet impact
خطر مخاطر|risk danger|risqu danger
امكانيه|possib|possib
حاجه|need|besoin
طلب|demand request|demand
عرض|offer|offr
مستقبل|future|aveni futur
تاريخ|histor date|histoir date
موقع|site|site
مكان اماكن|place|lieu endroit
مركز مراكز|centre center|centr
قسم|department service|servic départ
ادار اداره|administr manag|administr direction gestion
مدير|director manager|directeur
موظف موظفين|employee staff|employ fonctionnair
خدمه خدمات|service|servic
برنامج|programme program|programm
مرحله|phase stage|phase étape
فتره|period|périod
مده|period|durée
موعد|date appointment|rendez date
قمه|summit|sommet
رحله|trip flight|voyag vol
طائره طائرات|plane aircraft|avion
سفينه قارب|ship boat|navir bateau embarcation
بحري|maritim|maritim
ساحل سواحل ساحلي|coast|côt littoral
نهر|river|fleuv rivièr
غابه|forest|forêt
حريق حرائق|fire|incendi
زلزال|earthquake|séisme
كارثه|disaster|catastroph
انقاذ|rescu|secour sauvet
اخلاء|evacu|évacu
مساعد|assist|adjoint
قائد|captain leader command|capitain chef command
اصابه|injur|blessur
مهاجم|striker forward|attaqu
مدافع|defender|défenseur
حارس|goalkeeper keeper guard|gardien
ركله|kick penalt|coup penalt
شوط|half|mi-temps temps
دوري|league|championnat ligu
جوله|round|tour journé
منافسه|competit|compétit concurr
فرصه|chance opportun|chanc occasion
مستشار|advis|conseill
قانوني|legal|juridiqu légal
حق|right|droit
عقوبه عقوبات|sentenc penalt sanction|peine sanction
جريمه جرائم|crime|crime
تهريب|smuggl|contreband trafic
رشوه رشاوى|brib|pot corrupt
احتيال|fraud|fraud
سرقه|theft steal|vol
اعتقال اعتقل|arrest detain|arrêt interpel
افرج|releas|libér
جلسه|session hearing|audienc séanc
ملف|file|dossier
قضيه قضايا|case affair|affair dossier
دعوى|lawsuit case|plaint procédur
نقض|cassation|cassation
تعديل|amend change|modifi amend
تقسيم|divis|découp divis
ائتلاف|coalition|coalition
اغلبيه|majorit|majorit
اقليه|minorit|minorit
نزاهه|integrit fair|intégrit
شفافيه|transparen|transparen
مقاطعه|boycott|boycott
مشاركه|turnout participat|participat
تشريعي|legislat|législat
رئاسي|presidential|présidentiel
نائب|deputy|député
سفاره|embass|ambassad
خارجيه|foreign|étrang affaires
داخليه|interior|intérieur
دفاع|defen|défens
ماليه|financ|financ
تعليم|educat|enseign
عدل|justice|justice
اسكان|housing|logement
شؤون|affair|affair
تنفيذ|implement|mise œuvre exécut
دعم|support|soutien
تعاون|cooperat|coopérat
علاقات|relation|relation
شريك شراكه|partner|partenair
جار جيران مجاور|neighbo|voisin
عالم العالم|world|monde mondial
افتتاح|opening|ouverture inaugur
تكريم|honour honor tribut|hommag honor
احتفال|celebrat|célébr fête
ذكرى|anniversar|anniversair
صوره صور|image photo picture|image photo
لوحه|painting|tableau
مخرج|director|réalisat cinéast
ممثل|actor|acteur
مغني|singer|chanteur
شاعر شعر|poet poem|poèt poèm
ادب ادبي|literar|littéra
لغه لغات|language|langu
ترجمه مترجم|translat|tradu
جمهور|audience public|public
عرض عروض|screening show|projection spectacl
لجنه التحكيم|jury|jury
دوره|edition session|édition session
فائز|winner|lauréat vainqueur
مرشح مرشحين|candidat nominee finalist|candidat finalist
قائمه|list|list
ضيف|guest|invit
زائر زوار|visitor|visiteur
فعاليات|event|événement manifestation
محاضره|lecture|conférence
مكتبه|library|bibliothèqu
متحف|museum|musée
تراث|heritag|patrimoin
اثري اثار|archaeolog|archéolog
احفوره|fossil|fossil
علماء عالم|scientist|scientifiqu
علمي علوم|scien|scien
تجربه|trial experiment|essai expérienc
اكتشاف|discover|découvert
بحث ابحاث|research|recherch
مرضى|patient|patient
عمليه عمليات|operation|opération
جراحه جراحي|surg|chirurg
طوارئ|emergenc|urgenc
اسعاف|ambulanc|ambulanc secour
ممرض|nurse|infirmi
صيدليه|pharmac|pharmac
سرطان|cancer|cancer
قلب|heart cardi|cœur cardi
دم|blood|sang
سكري|diabet|diabèt
سمنه|obes|obés
تغذيه|nutrit|nutrit
غذاء|food|aliment nourritur
خبز|bread|pain
قمح|wheat|blé
حبوب|grain cereal|céréal
انتاج|production|production
محصول|harvest crop|récolt
ري|irrigat|irrigat
جفاف|drought|sécheress
بيئه بيئي|environment|environnement
تلوث|pollut|pollu
مناخ|climat|climat
انبعاثات|emission|émission
متجدد|renewabl|renouvel
وقود|fuel|carburant
بنزين|petrol gasolin|essence
ديزل|diesel|diesel gazol
منجم مناجم|mine mining|mine
فوسفات|phosphat|phosphat
ذهب|gold|or
عقار عقارات|property real estate|immobili
بورصه|stock exchange|bours
اسهم|share stock|action
ارباح|profit|bénéfic profit
خسائر|loss|pert
ايرادات عائدات|revenue|recett revenu
نفقات|spending expenditur|dépens
استهلاك|consum|consomm
مستهلك|consumer|consommat
تصدير|export|export
منتج منتجات|product|produit
بضائع سلع|goods|marchandis bien
شحن|shipping freight|fret
مرفا|harbour port|port
حاويه|container|conteneur
رد يرد ترد سنرد|respond reply respons|répond répons ripost
استقرار|stabil|stabil
تدخل|interfer interven|ingérenc intervention
منتصف|midnight middle|minuit milieu
`;
