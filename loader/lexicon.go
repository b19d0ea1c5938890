package loader

import (
	"bufio"
	"embed"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/relmap/relmap/graph"
)

//go:embed data/*.txt
var dataFS embed.FS

// Gazetteer roles: how a phrase names its entity.
const (
	gName    uint8 = iota // the name or an alias
	gDemonym              // "Russian", "North Koreans"
	gCapital              // "Moscow": the country when it acts, else a place
)

// gzEntry is one phrase of the gazetteer.
type gzEntry struct {
	id int // index among the lexicon's entries
	// statics are worked out on first need: for entityFor by detect's
	// uses of the entry, and for person.
	statics [2]atomic.Pointer[entStatic]
	person  atomic.Pointer[personStatic]
	toks    []string
	kind    graph.Kind
	name    string // canonical name
	role    uint8
	country string // for capitals and places: the country they lie in
}

// personInfo is what the gazetteer knows of a well-known person.
type personInfo struct {
	name  string
	roles []roleAt
}

// roleAt is a leading role held at a country or organisation.
type roleAt struct {
	role, at string
}

// lexicon holds the embedded gazetteers, indexed for matching.
type lexicon struct {
	byFirst map[string][]*gzEntry // by the phrase's first token
	// byKnown is byFirst by the index of the first token in knownTable,
	// for tokens that carry that index.
	byKnown [][]*gzEntry
	// byKnownCaps is byKnown with the phrases of the word in title case
	// after them, for words in capitals ("NATO" finds "Nato" phrases too).
	byKnownCaps [][]*gzEntry
	people      map[string]*personInfo
	kindOf      map[string]graph.Kind // canonical name to kind
	countryOf   map[string]string     // place or capital canonical name to its country
	capitalOf   map[string]string     // country canonical name to its first capital
	common      map[string]bool       // common English words (lower case)
	firstName   map[string]bool
	media       map[string]bool        // canonical names of news agencies and outlets
	single      map[string]*personInfo // a well-known person's unambiguous surname
	nGz         int                    // number of gazetteer entries
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon loads the embedded data once.
func theLexicon() *lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

func lines(name string) [][]string {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic("loader: missing embedded data file " + name)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, strings.Split(l, "|"))
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

// plural returns the plural of a demonym: "Russians", "North Koreans"; the
// demonyms in -ese, -sh, -ch and -ss do not change.
func plural(d string) string {
	for _, suf := range []string{"ese", "sh", "ch", "ss", "i", "Thai", "Lao", "Swiss"} {
		if strings.HasSuffix(d, suf) {
			if suf == "i" {
				return d + "s"
			}
			return ""
		}
	}
	if strings.HasSuffix(d, "man") {
		return d[:len(d)-3] + "men"
	}
	return d + "s"
}

func loadLexicon() *lexicon {
	l := &lexicon{
		byFirst:   map[string][]*gzEntry{},
		people:    map[string]*personInfo{},
		kindOf:    map[string]graph.Kind{},
		countryOf: map[string]string{},
		capitalOf: map[string]string{},
		common:    set(commonWords),
		firstName: set(firstNames),
		media:     map[string]bool{},
		single:    map[string]*personInfo{},
	}
	add := func(phrase string, kind graph.Kind, name string, role uint8, country string) {
		phrase = strings.TrimSpace(phrase)
		if p, ok := strings.CutPrefix(phrase, "the "); ok {
			phrase = p
		}
		nt := normalize(phrase, false)
		toks := tokenize(nt.norm, 0, len(nt.norm), nil)
		if len(toks) == 0 {
			return
		}
		e := &gzEntry{id: l.nGz, kind: kind, name: name, role: role, country: country}
		l.nGz++
		for _, t := range toks {
			e.toks = append(e.toks, t.text)
		}
		l.byFirst[e.toks[0]] = append(l.byFirst[e.toks[0]], e)
	}
	for _, f := range lines("countries.txt") {
		name := field(f, 0)
		l.kindOf[name] = graph.Country
		add(name, graph.Country, name, gName, "")
		for _, a := range splitList(field(f, 1)) {
			add(a, graph.Country, name, gName, "")
		}
		for _, d := range splitList(field(f, 2)) {
			add(d, graph.Country, name, gDemonym, "")
			if p := plural(d); p != "" {
				add(p, graph.Country, name, gDemonym, "")
			}
		}
		for _, c := range splitList(field(f, 3)) {
			if l.capitalOf[name] == "" {
				l.capitalOf[name] = c
			}
			l.countryOf[c] = name
			l.kindOf[c] = graph.Place
			add(c, graph.Place, c, gCapital, name)
		}
	}
	for _, f := range lines("orgs.txt") {
		name := field(f, 0)
		l.kindOf[name] = graph.Organization
		if field(f, 2) == "media" {
			l.media[name] = true
		}
		add(name, graph.Organization, name, gName, "")
		for _, a := range splitList(field(f, 1)) {
			add(a, graph.Organization, name, gName, "")
		}
	}
	for _, f := range lines("places.txt") {
		name := field(f, 0)
		l.kindOf[name] = graph.Place
		if c := field(f, 2); c != "" {
			l.countryOf[name] = c
		}
		add(name, graph.Place, name, gName, field(f, 2))
		for _, a := range splitList(field(f, 1)) {
			add(a, graph.Place, name, gName, field(f, 2))
		}
	}
	for _, f := range lines("people.txt") {
		name := field(f, 0)
		p := &personInfo{name: name}
		for _, r := range splitList(field(f, 2)) {
			if role, at, ok := strings.Cut(r, "@"); ok {
				p.roles = append(p.roles, roleAt{role: role, at: at})
			}
		}
		l.people[personKey(name)] = p
		add(name, graph.Person, name, gName, "")
		for _, a := range splitList(field(f, 1)) {
			l.people[personKey(a)] = p
			add(a, graph.Person, name, gName, "")
		}
	}
	// A surname that only one well-known person has stands for that person
	// even where the article never gives the full name.
	count := map[string]int{}
	var infos []*personInfo
	for _, p := range l.people {
		if !slices.Contains(infos, p) {
			infos = append(infos, p)
		}
	}
	for _, p := range infos {
		count[surnameOf(p.name)]++
	}
	for _, p := range infos {
		if s := surnameOf(p.name); count[s] == 1 && len(s) >= 4 && !eastAsianSurnames[s] {
			l.single[s] = p
		}
	}
	for k, p := range l.people {
		if !strings.Contains(k, " ") {
			l.single[titleCase(k)] = p
		}
	}
	l.single["Xi"] = l.people["xi jinping"]
	l.byKnown = make([][]*gzEntry, len(knownTable.keys))
	for first, es := range l.byFirst {
		if k := knownTable.index(first); k >= 0 {
			l.byKnown[k] = es
		}
	}
	l.byKnownCaps = make([][]*gzEntry, len(knownTable.keys))
	for k, w := range knownTable.keys {
		es := l.byKnown[k]
		l.byKnownCaps[k] = append(es[:len(es):len(es)], l.byFirst[titleCase(w)]...)
	}
	return l
}

// personKey folds a person's name for comparison: lower case, hyphens as
// spaces ("Kim Jong-un" = "Kim Jong Un").
func personKey(name string) string {
	if k, ok := personKeys.Load(name); ok {
		return k.(string)
	}
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "-", " ")))
	for i, w := range words {
		words[i] = translit(w)
	}
	k := strings.Join(words, " ")
	if personKeysSize.Load() < maxCanonicals {
		if _, loaded := personKeys.LoadOrStore(name, k); !loaded {
			personKeysSize.Add(1)
		}
	}
	return k
}

// translit folds the common variants of romanised Russian and Ukrainian
// names: Sergey = Sergei, Zelenskiy = Zelenskyy = Zelensky, Aleksei =
// Alexei.
func translit(w string) string {
	switch {
	case strings.HasSuffix(w, "iy") || strings.HasSuffix(w, "yy"):
		w = w[:len(w)-2] + "y"
	case strings.HasSuffix(w, "ey") && len(w) > 3:
		w = w[:len(w)-2] + "ei"
	}
	return strings.ReplaceAll(w, "ks", "x")
}

// personKeys caches personKey across documents, bounded like canonicals.
var (
	personKeys     sync.Map // string -> string
	personKeysSize atomic.Int64
)

// Word lists. Lower case unless noted.
var (
	// orgHeads end the name of an organisation: "Kookmin University".
	orgHeads = set("Cartel Lab Labs Electronics Motor Motors Holdings Technologies Aerospace Shipbuilding Industries Steel Petroleum Telecom Embassy Consulate Mission Fleet Division Brigade Regiment Battalion Corps University Institute Institution Academy College School Party Council Ministry Department Agency Service Services Commission Committee Bank Corporation Corp Company Group Fund Foundation Association Federation Union League Assembly Parliament Congress Senate Court Office Administration Bureau Authority Army Navy Force Forces Guard Command Police News Times Post Journal Herald Tribune Daily Gazette Press Telegraph Network Broadcasting Television Radio Sinmun Ilbo Shimbun Center Centre Organisation Organization Alliance Front Movement Coalition Cabinet Government Secretariat Directorate Inc Ltd Airlines Industries Laboratory Laboratories Program Programme")
	// placeHeads end the name of a place: "Vostochny Cosmodrome".
	placeHeads = set("House Mausoleum Memorial Cemetery Monument Museum Cathedral Church Temple Pagoda Shrine Theatre Theater Arena Cosmodrome Spaceport Palace Peninsula Province Oblast Krai Island Islands Sea Ocean Strait Gulf Bay River Lake Mountain Mountains Valley Square Airport Station Port Harbour Harbor Bridge Street Avenue Boulevard Hall Building Stadium Tower Base Airbase Plant Complex Region District Prefecture County City Village Town Park Plaza Canal Desert Coast Republic")
	// placeSuffixes follow a capitalised name in lower case: "Amur region".
	placeSuffixes = set("region province oblast krai district prefecture peninsula city county port airport mine park pipeline")
	// leaderRoles lead the country or organisation named with them.
	leaderRoles = set("president leader chairman chairwoman chairperson chair premier emir sultan monarch king queen emperor chancellor ruler dictator head chief director ceo secretary-general general-secretary founder commander-in-chief")
	// leaderRolePhrases are leading roles of two words.
	// titleWords may stand before a name: "President", "Defence Minister", "Mr".
	titleWords = set("commissioner superintendent inspector sheikh sheikha emir crown commander-in-chief secretary-general vice-president vice-premier vice-chairman vice-chair vice-minister director-general under-secretary undersecretary chief-of-staff president vice prime minister deputy foreign defence defense finance interior economy economic trade unification energy justice health education culture agriculture industry emergency emergencies leader supreme chairman chairwoman chair general secretary spokesman spokeswoman spokesperson ambassador envoy adviser advisor aide king queen prince princess chancellor premier governor mayor senator sen rep representative lawmaker mp lieutenant lt colonel col major maj admiral adm marshal commander chief head director ceo professor prof dr mr mrs ms miss sir lord dame pope speaker prosecutor judge justice analyst expert researcher scholar fellow official diplomat correspondent reporter editor journalist acting former new late then counterpart member lady first pastor patriarch metropolitan sergeant sgt captain capt gen parliamentary national security state affairs policy military intelligence top senior")
	// eventHeads end names of events, programmes and documents, never of
	// people: "Belt and Road Initiative", "Cold War".
	eventHeads = set("Initiative War Forum Summit Treaty Agreement Pact Games Olympics Conference Expo Festival Act Accord Accords Plan Strategy Program Programme Doctrine Declaration Charter Convention Exercise Exercises Operation Offensive Day Week Prize Award Cup")
	// personTitles are title words that denote a person, so that a run that
	// holds one is no organisation's name ("President", not "National").
	personTitles = set("commissioner superintendent inspector sheikh sheikha emir lady president minister chairman chairwoman leader spokesman spokeswoman spokesperson ambassador envoy adviser advisor aide king queen prince princess chancellor premier governor mayor senator lawmaker admiral marshal commander chief director ceo professor prof dr mr mrs ms miss sir lord pope speaker prosecutor judge analyst expert researcher scholar fellow official diplomat correspondent reporter editor journalist counterpart member")
	// singleTitles may introduce a person named by one word ("Minister
	// Simsek", "Gen Burhan"): unlike "State" or "Policy", which also start
	// organisations' names ("State Grid", "Nile Policy Lab").
	singleTitles = set("secretary secretary-general vice-president vice-premier vice-chairman vice-chair vice-minister director-general under-secretary undersecretary chief-of-staff general gen lieutenant lt colonel col major maj brig brigadier sergeant sgt captain capt sheikh emir")
	// honorifics are aliases with the surname: "Mr Putin".
	honorifics = set("mr mrs ms dr prof miss")
	// speechVerbs report words: QUOTED.
	speechVerbs = set("dismissed dismisses rejected rejects said says say saying told tells tell added adds wrote writes stated states thanked thanks noted notes explained explains clarified clarifies announced announces warned warns claimed claims insisted insists stressed stresses emphasised emphasized emphasises emphasizes declared declares remarked replied argued argues commented asserted asserts acknowledged admitted praised praises congratulated urged urges vowed vows promised promises suggested suggests predicted confirmed confirms denied denies accused criticised criticized described describes reiterated responded recalled mentioned reported believes believed quipped tweeted posted")
	// pronouns that refer back to a person.
	subjPronouns = set("he she")
	objPronouns  = set("him her his")
	// koreanSurnames come first and stand alone for the person: "Kim".
	eastAsianSurnames = set("Kim Lee Park Choi Choe Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Sim Noh Ha Kwak Sung Cha Joo Woo Ri Pak Chung Xi Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Liang Song Zheng Xie Han Tang Feng Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Qiu Qin Gu Hou Shao Meng Long Wan Duan Qian Tang Yin Yi Chang Wen Lai")
	// vietnameseSurnames come first, but the given name (last) stands
	// alone for the person: "Lam" for "To Lam".
	vietnameseSurnames = set("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly To Dinh Trinh Truong Mai Lam Luong Thai Ha Quach Ta Vuong Cao Doan")
	// itemWords are what one party supplies to another.
	itemWords = set("radar radars vessels vessel ships ship boats boat jet helicopter instructors advisers advisors mercenaries medicine medicines vaccines soybeans corn maize sugar lines cables chips semiconductors batteries engines turbines uranium reactor reactors vehicles ammunitions explosives grenades mines interceptors batteries howitzers howitzer warheads warhead guns rifles warships submarines fighters hardware weaponry arsenal weapons weapon arms munitions munition ammunition shells shell rounds missiles missile rockets rocket drones drone troops soldiers forces artillery tanks tank aircraft jets helicopters equipment technology technologies aid assistance oil gas fuel food grain fertiliser fertilizer components parts materials supplies containers launchers systems vehicles trucks cash money loans funds electricity coal wheat rice machinery satellites satellite know-how expertise support transfers workers labourers laborers")
	// itemModifiers may stand before an item word and belong to the item.
	itemModifiers = set("tactical strategic self-propelled first artillery ballistic short-range long-range cruise hypersonic anti-tank anti-aircraft air-defence air-defense military economic nuclear space satellite missile rocket energy humanitarian financial food defence defense combat attack kamikaze suicide guided unguided small conventional sophisticated advanced technology 152-millimeter 122-millimeter 152mm 122mm 152-mm 122-mm millimeter lethal")
	// firstNames are common given names in this news.
	firstNames = "Vladimir Sergey Sergei Andrei Andrey Alexander Aleksandr Alexei Alexey Dmitry Dmitri Yuri Yury Mikhail Nikolai Nikolay Ivan Igor Oleg Pavel Viktor Valery Valentina Maria Anna Elena Olga Tatiana Natalia Irina Ekaterina Yevgeny Evgeny Yevgeniy Boris Konstantin Anatoly Gennady Ramzan Volodymyr Dmytro Andriy Oleksandr Oleksiy Kyrylo Denys Vitali Vitaliy Petro Yulia Iryna Olena Mykola Serhiy Joe Joseph Donald Antony Lloyd Kamala Jake John James Robert Michael William David Richard Thomas Charles Mark Paul Steven Kevin Brian George Edward Peter Daniel Matthew Anthony Andrew Christopher Chris Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Lisa Emily Emmanuel Olaf Rishi Boris Keir Jens Antonio Ursula Josep Annalena Giorgia Recep Narendra Fumio Shinzo Yoshihide Leif-Eric Leif Victor Bruce Scott Sue Ankit Jenny Lee Ned Matthew Markus Ralph Frank Benjamin Ali Mohammed Mahmoud Hassan Ebrahim Hossein Abbas Masoud Naftali Yair Xi Wang"
	// commonWords are English words that begin sentences or headings but
	// name nobody: a capitalised run made of them is not a person.
	commonWords = `a about above according across after afternoon again against ago ahead all almost along already also although always among an and another any anything are around as at away back be because been before behind being below between beyond both but by can cannot could days despite did do does during each earlier early east eastern either else even ever every few following for former from further furthermore given had has have having he her here hers herself him himself his how however if in including inside instead into is it its itself just last late later least less like little many may me meanwhile might more moreover most much must my near nearly neither never new next no none nor north northern not nothing now of off often on once one only or other others otherwise our out outside over own past per perhaps rather recently same several she should since so some south southern still such than that the their them themselves then there these they this those though through throughout thus to today together tomorrow too toward towards under unless until up upon us very via was we week weeks were west western what when where whether which while who whom whose why will with within without would year years yesterday yet you your
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
	two three four five six seven eight nine ten hundreds thousands millions first second third
	state states affairs foreign defence defense security national international global world public central joint united general supreme people people's democratic republic federal government official officials ministry minister president prime leader leaders chairman party council committee agency news media service army navy air force forces military war peace trade economic economy nuclear space energy office house white palace square region city capital country countries nation nations union european eastern western northern southern far east west north south middle high low big great old young free independent special strategic comprehensive partnership agreement treaty summit talks meeting visit trip tour deal deals pact alliance cooperation relations ties border sea island islands coast north-east south-east
	breaking exclusive analysis opinion update live photo video watch read more related source sources editor editors reporting writing additional via pool getty images afp file copyright reuters ap photo credit
	he she it they we i you his her their our
	cold korean western eastern asian african european arab islamic christian muslim jewish catholic orthodox
	staff television footage fragments hours ahead any recently also earlier later`
)
