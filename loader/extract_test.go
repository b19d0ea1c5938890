package loader

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/relmap/relmap/graph"
)

// extractText extracts an article written for the test and checks it.
func extractText(tb testing.TB, text string) graph.Extraction {
	tb.Helper()
	x, err := Extract("test.txt", "test.txt", []byte(text))
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	if err := x.Validate(); err != nil {
		tb.Fatalf("Validate: %v", err)
	}
	return x
}

// relStrings renders relations as "TYPE From -> To (modality)" with names.
func relStrings(x graph.Extraction) []string {
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, r := range x.Relations {
		out = append(out, fmt.Sprintf("%s %s -> %s (%s)", r.Type, names[r.From], names[r.To], r.Modality))
	}
	return out
}

func findEntity(x graph.Extraction, id string) (graph.Entity, bool) {
	for _, e := range x.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return graph.Entity{}, false
}

const header = "---\ntitle: Test\noutlet: Reuters\npublished: 2024-06-19\n---\n"

func TestRelations(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"visit with title, planned",
			"Chinese President Xi Jinping is expected to arrive in Moscow on Monday for talks with Vladimir Putin.",
			[]string{"VISITED Xi Jinping -> Moscow (planned)", "LEADS Xi Jinping -> China (asserted)", "MET Xi Jinping -> Vladimir Putin (planned)"}, nil},
		{"past visit, asserted",
			"Sergei Shoigu visited Pyongyang in July 2023.",
			[]string{"VISITED Sergei Shoigu -> Pyongyang (asserted)"}, nil},
		{"possessive trip",
			"Kim's visit to Vladivostok was his first trip abroad since 2019. Kim Jong Un met Putin there.",
			[]string{"VISITED Kim Jong Un -> Vladivostok (asserted)", "MET Kim Jong Un -> Vladimir Putin (asserted)"}, nil},
		{"met with coordination and a schedule",
			"Lavrov met Foreign Minister Choe Son Hui on Friday and is scheduled to meet Premier Kim Tok Hun.",
			[]string{"MET Sergey Lavrov -> Choe Son Hui (asserted)", "MET Sergey Lavrov -> Kim Tok Hun (planned)"},
			[]string{"MET Choe Son Hui -> Kim Tok Hun (planned)"}},
		{"quoted speaker after a quotation and by inversion",
			"\"We stand with Ukraine,\" Jens Stoltenberg said. \"The pact is a threat,\" said Antony Blinken.",
			[]string{"QUOTED Reuters -> Jens Stoltenberg (asserted)", "QUOTED Reuters -> Antony Blinken (asserted)"}, nil},
		{"quoted through the medium told",
			"Go Myong-hyun, a research fellow at the Asan Institute, told the BBC that the deal was historic.",
			[]string{"QUOTED BBC News -> Go Myong-hyun (asserted)", "AFFILIATED_WITH Go Myong-hyun -> Asan Institute for Policy Studies (asserted)"}, nil},
		{"pronoun speaker in the next paragraph",
			"Dmitry Peskov spoke to reporters on Tuesday.\n\n\"Nothing has been decided,\" he said.",
			[]string{"QUOTED Reuters -> Dmitry Peskov (asserted)"}, nil},
		{"supplies with items and hedge",
			"Washington has accused Pyongyang of supplying Moscow with artillery shells and ballistic missiles.",
			[]string{"SUPPLIES North Korea -> Russia (alleged)"}, nil},
		{"supplies flatly stated, to-recipient",
			"Iran delivered hundreds of drones to Russia last year, according to the Pentagon.",
			[]string{"SUPPLIES Iran -> Russia (asserted)"}, nil},
		{"supplies denied",
			"Russia and North Korea have denied supplying weapons to each other.",
			nil, []string{"SUPPLIES Russia -> North Korea (asserted)"}},
		{"supplies received from",
			"Russia received millions of shells from North Korea, South Korean officials said.",
			[]string{"SUPPLIES North Korea -> Russia (asserted)"}, nil},
		{"leads from a possessive title",
			"Ukraine's President Volodymyr Zelensky thanked Germany for the air defence systems.",
			[]string{"LEADS Volodymyr Zelensky -> Ukraine (asserted)", "QUOTED Reuters -> Volodymyr Zelensky (asserted)"}, nil},
		{"minister without a named ministry leads nothing",
			"Russian Defence Minister Andrei Belousov arrived in Pyongyang.",
			[]string{"VISITED Andrei Belousov -> Pyongyang (asserted)"},
			[]string{"LEADS Andrei Belousov -> Russia (asserted)"}},
		{"companions joining a trip",
			"Foreign Minister Sergey Lavrov and Kremlin aide Yuri Ushakov will accompany Putin on the visit.",
			[]string{"ACCOMPANIED Sergey Lavrov -> Vladimir Putin (planned)", "ACCOMPANIED Yuri Ushakov -> Vladimir Putin (planned)", "AFFILIATED_WITH Yuri Ushakov -> Kremlin (asserted)"}, nil},
		{"a meeting place visited by the guest only",
			"North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome.",
			[]string{"VISITED Kim Jong Un -> Vostochny Cosmodrome (asserted)"},
			[]string{"VISITED Vladimir Putin -> Vostochny Cosmodrome (asserted)"}},
		{"held talks, with the guest's visit to the place",
			"Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Beijing on Thursday.",
			[]string{"MET Vladimir Putin -> Xi Jinping (asserted)", "VISITED Vladimir Putin -> Beijing (asserted)"},
			[]string{"VISITED Xi Jinping -> Beijing (asserted)"}},
		{"a planned visit by someone to a place",
			"Officials discussed a visit by Russian President Vladimir Putin to Pyongyang, which is scheduled for later this month.",
			[]string{"VISITED Vladimir Putin -> Pyongyang (planned)"}, nil},
		{"passive reception and companions",
			"Russian Defence Minister Andrei Belousov arrived in Pyongyang.\n\nMr. Belousov was greeted at the airport by his counterpart, No Kwang-chol. Among those accompanying Mr. Belousov was Lt. Gen. Oleg Tarasenko.",
			[]string{"MET Andrei Belousov -> No Kwang-chol (asserted)", "ACCOMPANIED Oleg Tarasenko -> Andrei Belousov (asserted)"}, nil},
		{"who leads an organisation",
			"Ri Chang-ho, who leads the Reconnaissance General Bureau, was present.",
			[]string{"LEADS Ri Chang-ho -> Reconnaissance General Bureau (asserted)"}, nil},
		{"aid package and supplier noun",
			"The Pentagon announced a package of artillery ammunition for Ukraine. Russia has long been Vietnam's largest supplier of weapons.",
			[]string{"SUPPLIES Pentagon -> Ukraine (asserted)", "SUPPLIES Russia -> Vietnam (asserted)"}, nil},
		{"courtesy call",
			"South Korean President Yoon Suk Yeol arrived in Hanoi.\n\nIn the afternoon, Yoon paid a courtesy call on Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam.",
			[]string{"MET Yoon Suk Yeol -> Nguyen Phu Trong (asserted)", "LEADS Nguyen Phu Trong -> Communist Party of Vietnam (asserted)"}, nil},
		{"description stands for the leader",
			"Vladimir Putin arrived in Pyongyang. The Russian president held talks with Kim Jong Un.",
			[]string{"LEADS Vladimir Putin -> Russia (asserted)", "MET Vladimir Putin -> Kim Jong Un (asserted)"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := extractText(t, header+tt.text+"\n")
			got := relStrings(x)
			for _, w := range tt.want {
				if !slices.Contains(got, w) && !slices.Contains(got, flipMet(w)) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, a := range tt.absent {
				if slices.Contains(got, a) {
					t.Errorf("unexpected %q", a)
				}
			}
		})
	}
}

// flipMet returns a MET relation with its ends swapped.
func flipMet(s string) string {
	rest, ok := strings.CutPrefix(s, "MET ")
	if !ok {
		return s
	}
	from, to, _ := strings.Cut(rest, " -> ")
	to, mod, _ := strings.Cut(to, " (")
	return "MET " + to + " -> " + from + " (" + mod
}

func TestEntities(t *testing.T) {
	text := header + `Kim arrives in Moscow

North Korean leader Kim Jong-un arrived in Moscow on Tuesday. Kim Jong Un's father, Kim Jong Il, visited in 2001.
Moscow and Pyongyang have denied any arms deals, and Kim said the DPRK wanted peace.
SEOUL (Reuters) - Mr Kim met officials of the Workers’ Party at the Vostochny Сosmodrome.
`
	x := extractText(t, text)
	checks := []struct {
		id      string
		aliases []string
	}{
		{"person:kim-jong-un", []string{"Kim", "Kim Jong Un", "Kim Jong-un", "Mr Kim"}},
		{"person:kim-jong-il", []string{"Kim Jong Il"}},
		{"country:russia", []string{"Moscow"}},
		{"country:north-korea", []string{"DPRK", "North Korean", "Pyongyang"}},
		{"place:moscow", []string{"Moscow"}},
		{"place:seoul", []string{"SEOUL"}},
		{"place:vostochny-cosmodrome", []string{"Vostochny Cosmodrome"}},
		{"organization:workers-party-of-korea", []string{"Workers' Party"}},
	}
	for _, c := range checks {
		e, ok := findEntity(x, c.id)
		if !ok {
			t.Errorf("no entity %s; have %v", c.id, x.Entities)
			continue
		}
		for _, a := range c.aliases {
			if !slices.Contains(e.Aliases, a) {
				t.Errorf("%s aliases %q lack %q", c.id, e.Aliases, a)
			}
		}
		if x.Mentions[c.id] == 0 {
			t.Errorf("%s has no mentions", c.id)
		}
	}
	if e, _ := findEntity(x, "person:kim-jong-il"); slices.Contains(e.Aliases, "Kim") {
		t.Errorf("Kim Jong Il took the short name Kim: %q", e.Aliases)
	}
}

func TestDocumentMetadata(t *testing.T) {
	t.Run("front matter", func(t *testing.T) {
		x := extractText(t, header+"Putin visited Hanoi on Thursday.\n")
		d := x.Document
		if d.Title != "Test" || d.Outlet != "Reuters" || d.Published != "2024-06-19" {
			t.Fatalf("document = %+v", d)
		}
		if len(x.Relations) != 1 || x.Relations[0].Date != "2024-06-13" {
			t.Fatalf("relations = %+v, want one dated 2024-06-13 (the Thursday before)", x.Relations)
		}
	})
	t.Run("title line and source line", func(t *testing.T) {
		x := extractText(t, "Putin heads to Hanoi\n\nPutin will travel to Vietnam.\n\nSource: Al Jazeera and news agencies\n")
		d := x.Document
		if d.Title != "Putin heads to Hanoi" || d.Outlet != "Al Jazeera" {
			t.Fatalf("document = %+v", d)
		}
		if _, ok := findEntity(x, "organization:al-jazeera"); !ok {
			t.Error("the outlet is not an entity")
		}
	})
	t.Run("dates anchored to publication", func(t *testing.T) {
		x := extractText(t, header+"Putin will visit Vietnam on Friday.\n\nKim visited Russia in September.\n\nPutin visited Pyongyang in July 2000.\n\nLavrov is due to meet Kim Jong Un on June 25-26.\n")
		want := map[string]string{"country:vietnam": "2024-06-21", "country:russia": "2023-09", "place:pyongyang": "2000-07", "person:kim-jong-un": "2024-06-25"}
		for _, r := range x.Relations {
			if w, ok := want[r.To]; ok && r.Date != w {
				t.Errorf("%s date = %q, want %q", r.Key(), r.Date, w)
			}
		}
	})
}

func TestEvidence(t *testing.T) {
	text := "Russia’s Putin\u00a0to visit Vietnam\n\n“We are friends,” Putin said in Pyongyang [Photo: Pool]\n\nSource: Al Jazeera\n"
	x := extractText(t, text)
	if len(x.Relations) == 0 {
		t.Fatal("no relations")
	}
	for _, r := range x.Relations {
		ev := r.Evidence
		if text[ev.Start:ev.End] != ev.Sentence || ev.Rule == "" || ev.DocumentID != "test.txt" {
			t.Errorf("evidence %+v does not match the text", ev)
		}
		if strings.Contains(ev.Sentence, "[Photo") {
			t.Errorf("evidence %q includes the photo credit", ev.Sentence)
		}
	}
}

func TestHTMLAndMarkdownInput(t *testing.T) {
	html := `<html><head><meta property="article:published_time" content="2023-09-12T08:00:00Z"><meta property="og:site_name" content="Yonhap"></head><body><h1>Kim visits Russia</h1><p>North Korean leader Kim Jong Un arrived in Vladivostok &amp; met Putin.</p></body></html>`
	x, err := Extract("a.html", "a.html", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Validate(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(x.Document.Text, "<p>") || !strings.Contains(strings.Join(relStrings(x), "\n"), "VISITED Kim Jong Un -> Vladivostok") {
		t.Fatalf("HTML read as %q with %q", x.Document.Text, relStrings(x))
	}
	if x.Document.Published != "2023-09-12" || x.Document.Outlet != "Yonhap" {
		t.Errorf("HTML metadata read as %+v", x.Document)
	}
	md := "# Kim visits Russia\n\n*Published on 2023-09-12*\n\n**North Korean leader Kim Jong Un** arrived in *Vladivostok*.\n"
	x, err = Extract("a.md", "a.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if x.Document.Title != "Kim visits Russia" || x.Document.Published != "2023-09-12" || !slices.Contains(relStrings(x), "VISITED Kim Jong Un -> Vladivostok (asserted)") {
		t.Fatalf("Markdown: title %q, relations %q", x.Document.Title, relStrings(x))
	}
}

func TestDeterministic(t *testing.T) {
	text := header + "Putin met Kim Jong Un in Pyongyang. Kim said the pact was historic. Russia supplies oil to North Korea.\n"
	a := extractText(t, text)
	b := extractText(t, text)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("two extractions of the same text differ")
	}
}

func TestHomoglyphs(t *testing.T) {
	// A Cyrillic Р and С inside Latin words, as copy-pasted text has them.
	text := header + "Vladimir \u0420utin arrived at the Vostochny \u0421osmodrome.\n"
	x := extractText(t, text)
	got := relStrings(x)
	if !slices.Contains(got, "VISITED Vladimir Putin -> Vostochny Cosmodrome (asserted)") {
		t.Fatalf("relations = %q, want Putin's visit read through the look-alike letters", got)
	}
	for _, r := range x.Relations {
		if !strings.Contains(r.Evidence.Sentence, "\u0420utin") {
			t.Errorf("evidence %q lost the original letters", r.Evidence.Sentence)
		}
	}
	e, _ := findEntity(x, "person:vladimir-putin")
	if !slices.Contains(e.Aliases, "Vladimir Putin") {
		t.Errorf("aliases %q are not folded to Latin", e.Aliases)
	}
}

func TestAcronymsSpeltOut(t *testing.T) {
	x := extractText(t, header+"Analysts at the Seoul Defense Policy Institute (SDPI) briefed lawmakers. The SDPI said the XQZ was silent.\n")
	e, ok := findEntity(x, "organization:seoul-defense-policy-institute")
	if !ok || !slices.Contains(e.Aliases, "SDPI") || x.Mentions[e.ID] < 3 {
		t.Fatalf("SDPI not read as the Seoul Defense Policy Institute: %+v, %d mentions; entities %+v", e, x.Mentions[e.ID], x.Entities)
	}
	for _, e := range x.Entities {
		if slices.Contains(e.Aliases, "XQZ") {
			t.Errorf("an acronym never spelt out became %+v", e)
		}
	}
}

func TestInternalErrorNamesTheDocument(t *testing.T) {
	err := internalError("odd.html", "slice bounds out of range")
	if !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "odd.html") || !strings.Contains(err.Error(), "slice bounds") {
		t.Errorf("internalError = %v, want ErrInternal naming the document and the cause", err)
	}
}
