package loader

import (
	"slices"
	"testing"

	"github.com/relmap/relmap/graph"
)

// TestGeneralConstructions checks constructions common in news from any
// region: each sentence must yield the listed people and relations, and
// none of the unwanted ones.
func TestGeneralConstructions(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		people    []string // names that must be people
		notPeople []string // names that must not be people
		rels      []string // relation keys that must be found
		notRels   []string // relation keys that must not be found
	}{
		{
			name:   "companions after a verb of travel",
			text:   "Chancellor Olaf Scholz arrived in Delhi on Thursday. He is traveling with Labor Minister Hubertus Heil and Economy Minister Robert Habeck.",
			people: []string{"Olaf Scholz", "Hubertus Heil", "Robert Habeck"},
			rels:   []string{"ACCOMPANIED|person:hubertus-heil|person:olaf-scholz", "ACCOMPANIED|person:robert-habeck|person:olaf-scholz"},
		},
		{
			name:   "kin before a companion",
			text:   "President Recep Tayyip Erdogan is accompanied on the tour by his wife Emine Erdogan and Finance Minister Mehmet Simsek.",
			people: []string{"Emine Erdogan", "Mehmet Simsek"},
			rels:   []string{"ACCOMPANIED|person:emine-erdogan|person:recep-tayyip-erdogan", "ACCOMPANIED|person:mehmet-simsek|person:recep-tayyip-erdogan"},
		},
		{
			name:    "a former post leads nothing",
			text:    "The bank is headed by former Brazilian president Dilma Rousseff, officials said.",
			people:  []string{"Dilma Rousseff"},
			notRels: []string{"LEADS|person:dilma-rousseff|country:brazil"},
		},
		{
			name:   "names with particles",
			text:   "Emir Tamim bin Hamad Al Thani met President Luiz Inácio Lula da Silva and Gen Abdel Fattah al-Burhan in Doha.",
			people: []string{"Tamim bin Hamad Al Thani", "Luiz Inácio Lula da Silva", "Abdel Fattah al-Burhan"},
		},
		{
			name:      "hyphenated titles are not part of a name",
			text:      "UN Secretary-General António Guterres met Vice-President Han Zheng in Beijing.",
			people:    []string{"Antonio Guterres", "Han Zheng"},
			notPeople: []string{"Secretary-General António Guterres", "Vice-President Han Zheng"},
		},
		{
			name:   "led by",
			text:   "The Rapid Support Forces, led by Gen Mohamed Hamdan Dagalo, have been fighting the army since April.",
			people: []string{"Mohamed Hamdan Dagalo"},
			rels:   []string{"LEADS|person:mohamed-hamdan-dagalo|organization:rapid-support-forces"},
		},
		{
			name: "a role of a country, then an honorific and the name",
			text: "Erdogan was received at Lusail Palace by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on Tuesday.",
			rels: []string{"LEADS|person:tamim-bin-hamad-al-thani|country:qatar"},
		},
		{
			name: "a possessive in s' and an honorific after the role",
			text: "He will hold talks with the United Arab Emirates' President Sheikh Mohamed bin Zayed Al Nahyan on Wednesday.",
			rels: []string{"LEADS|person:mohamed-bin-zayed-al-nahyan|country:united-arab-emirates"},
		},
		{
			name: "every recipient of a list",
			text: "Moscow has shipped wheat and fertiliser to Mali, Niger and Burkina Faso since late 2023.",
			rels: []string{"SUPPLIES|country:russia|country:mali", "SUPPLIES|country:russia|country:niger", "SUPPLIES|country:russia|country:burkina-faso"},
		},
		{
			name: "promised shipments to",
			text: "Moscow has promised further grain shipments to Eritrea and Zimbabwe this year.",
			rels: []string{"SUPPLIES|country:russia|country:eritrea", "SUPPLIES|country:russia|country:zimbabwe"},
		},
		{
			name: "a surname in the spelling the article uses",
			text: "Ukrainian President Volodymyr Zelenskyy met Joe Biden in Washington. Zelenskyy, who spent last week in New York, said Ukraine needed more air defence.",
			rels: []string{"MET|person:joe-biden|person:volodymyr-zelensky", "QUOTED|organization:reuters|person:volodymyr-zelensky"},
		},
		{
			name:   "initials and a surname",
			text:   "External Affairs Minister S. Jaishankar met Vijitha Herath in Colombo.",
			people: []string{"S. Jaishankar", "Vijitha Herath"},
		},
		{
			name: "an organisation named with of and and",
			text: "Idayat Hassan, a senior fellow at the Centre for Democracy and Development in Abuja, said the bloc was weakened.",
			rels: []string{"AFFILIATED_WITH|person:idayat-hassan|organization:centre-for-democracy-and-development"},
		},
		{
			name:    "the National People's Congress is not the US Congress",
			text:    "Shehbaz Sharif met Zhao Leji, chairman of the National People's Congress, in Beijing.",
			notRels: []string{"LEADS|person:zhao-leji|organization:united-states-congress"},
		},
		{
			name: "every stop of a trip",
			text: "President Bassirou Diomaye Faye is expected to travel to Niamey, Bamako and Ouagadougou in the coming weeks.",
			rels: []string{"VISITED|person:bassirou-diomaye-faye|place:niamey", "VISITED|person:bassirou-diomaye-faye|place:bamako", "VISITED|person:bassirou-diomaye-faye|place:ouagadougou"},
		},
		{
			name: "donations are supplies",
			text: "Beijing has since donated water cannon trucks and motorbikes to Vanuatu.",
			rels: []string{"SUPPLIES|country:china|country:vanuatu"},
		},
		{
			name: "the capital named by its country",
			text: "Colonel Assimi Goita arrived in the Nigerien capital on Friday evening.",
			rels: []string{"VISITED|person:assimi-goita|place:niamey"},
		},
		{
			name:    "hosting a titled guest is a meeting",
			text:    "General Abdourahamane Tiani hosted Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim Traore in Niamey.",
			rels:    []string{"MET|person:abdourahamane-tiani|person:assimi-goita", "MET|person:abdourahamane-tiani|person:ibrahim-traore"},
			notRels: []string{"MET|person:assimi-goita|person:ibrahim-traore"},
		},
		{
			name:      "a word after State or Policy is no person",
			text:      "China's State Grid has supplied Brazil with transmission lines, said an analyst at the Nile Policy Lab.",
			notPeople: []string{"Grid", "Lab"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A first line alone may be read as a headline: start with
			// an ordinary paragraph.
			x := extractText(t, header+"The talks went on for two days, officials said.\n\n"+tt.text+"\n")
			people := map[string]bool{}
			for _, e := range x.Entities {
				if e.Kind == graph.Person {
					people[e.Name] = true
				}
			}
			var keys []string
			for _, r := range x.Relations {
				keys = append(keys, r.Key())
			}
			for _, p := range tt.people {
				if !people[p] {
					t.Errorf("no person %q among %v", p, people)
				}
			}
			for _, p := range tt.notPeople {
				if people[p] {
					t.Errorf("%q read as a person", p)
				}
			}
			for _, k := range tt.rels {
				if !slices.Contains(keys, k) {
					t.Errorf("no %s among %v", k, keys)
				}
			}
			for _, k := range tt.notRels {
				if slices.Contains(keys, k) {
					t.Errorf("unwanted %s", k)
				}
			}
		})
	}
}

func TestReportedThatIsAlleged(t *testing.T) {
	tests := []struct {
		text string
		want graph.Modality
	}{
		{"Israeli media have reported that Gen Hossein Rahimpour travelled to Moscow in August.", graph.Alleged},
		{"State media reported that Mauro Vieira is expected to travel to Shanghai next week.", graph.Planned},
		{"Gen Hossein Rahimpour travelled to Moscow in August.", graph.Asserted},
	}
	for _, tt := range tests {
		x := extractText(t, header+"The talks went on for two days, officials said.\n\n"+tt.text+"\n")
		var got []graph.Modality
		for _, r := range x.Relations {
			if r.Type == graph.Visited {
				got = append(got, r.Modality)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: visits %v, want one %s", tt.text, got, tt.want)
		}
	}
}

func TestCompanionsShareTheTrip(t *testing.T) {
	x := extractText(t, header+"The talks went on for two days, officials said.\n\nForeign Minister Yoko Kamikawa arrived in Manila on Sunday with Defense Minister Minoru Kihara for security talks.\n")
	var keys []string
	for _, r := range x.Relations {
		keys = append(keys, r.Key())
	}
	for _, want := range []string{"ACCOMPANIED|person:minoru-kihara|person:yoko-kamikawa", "VISITED|person:minoru-kihara|place:manila", "VISITED|person:yoko-kamikawa|place:manila"} {
		if !slices.Contains(keys, want) {
			t.Errorf("no %s among %v", want, keys)
		}
	}
}

func TestTheTitleMeansWhoHoldsIt(t *testing.T) {
	x := extractText(t, header+"The talks went on for two days, officials said.\n\nPrime Minister Shehbaz Sharif arrived in Beijing on Tuesday. The prime minister was accompanied by Planning Minister Ahsan Iqbal and Information Minister Attaullah Tarar.\n")
	var keys []string
	for _, r := range x.Relations {
		keys = append(keys, r.Key())
	}
	for _, want := range []string{"ACCOMPANIED|person:ahsan-iqbal|person:shehbaz-sharif", "ACCOMPANIED|person:attaullah-tarar|person:shehbaz-sharif"} {
		if !slices.Contains(keys, want) {
			t.Errorf("no %s among %v", want, keys)
		}
	}
	if slices.Contains(keys, "ACCOMPANIED|person:ahsan-iqbal|person:attaullah-tarar") {
		t.Error("\"the prime minister\" was read as the information minister")
	}
}

func TestModelName(t *testing.T) {
	for w, want := range map[string]bool{"K9s": true, "FA-50s": true, "Su-35": true, "MiG-29s": true, "F-16s": true, "G20": false, "G7": false, "COVID-19": false, "Kim": false, "2024": false, "K-": false} {
		if got := modelName(w); got != want {
			t.Errorf("modelName(%q) = %v, want %v", w, got, want)
		}
	}
}
