package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	relcli "github.com/relmap/relmap/internal/cli"
	"github.com/relmap/relmap/internal/goldgraph"
	"github.com/relmap/relmap/internal/neo4jtest"
	"github.com/relmap/relmap/queries"
)

func TestMain(m *testing.M) { neo4jtest.Main(m) }

// need skips tb with reason, or fails it under CI=true.
func need(tb testing.TB, reason string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("CI=true but %s", reason)
	}
	tb.Skip(reason)
}

// chromium returns the Chromium binary to drive.
func chromium(tb testing.TB) string {
	tb.Helper()
	for _, c := range []string{os.Getenv("RELMAP_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	need(tb, "no chromium: run scripts/install-chromium")
	return ""
}

// browserBase returns Neo4j Browser's address for the test server.
func browserBase() string {
	if u := os.Getenv("RELMAP_BROWSER_URL"); u != "" {
		return u
	}
	port := os.Getenv("NEO4J_HTTP_PORT")
	if port == "" {
		port = "7474"
	}
	return "http://localhost:" + port + "/browser/"
}

// artifactDir is where screenshots go.
func artifactDir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("RELMAP_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			tb.Fatal(err)
		}
		return d
	}
	d, err := os.MkdirTemp("", "relmap-artifacts-")
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestBrowserShowsCannedQuery opens the URL that `relmap browser path`
// prints, logs in, runs the editor and checks that the graph view draws the
// path's nodes.
func TestBrowserShowsCannedQuery(t *testing.T) {
	bin := chromium(t)
	cfg := neo4jtest.Config(t)
	base := browserBase()
	if resp, err := http.Get(base); err != nil {
		need(t, fmt.Sprintf("Neo4j Browser does not answer at %s: %v", base, err))
	} else {
		resp.Body.Close()
	}
	store := neo4jtest.Open(t)
	goldgraph.Load(t, store, "../../testdata/aljazeera-putin-north-korea.txt")

	set, err := queries.Default()
	if err != nil {
		t.Fatal(err)
	}
	q, err := set.Get("path")
	if err != nil {
		t.Fatal(err)
	}
	params, err := q.Bind(map[string]string{"from": "Andrei Lankov", "to": "Kim Jong Un"})
	if err != nil {
		t.Fatal(err)
	}
	u, err := relcli.BrowserURL(base, cfg.URI, cfg.Username, cfg.Database, relcli.BrowserEditorText(q, params))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Browser URL: %s", u)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancelC := chromedp.NewContext(actx)
	defer cancelC()
	ctx, cancelT := context.WithTimeout(ctx, 5*time.Minute)
	defer cancelT()

	// Start the browser on the long-lived context: a browser first started
	// under a step's deadline would end with that step.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	dir := artifactDir(t)
	shot := func(name string) {
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Logf("screenshot %s: %v", name, err)
			return
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Errorf("save screenshot: %v", err)
			return
		}
		t.Logf("screenshot: %s", p)
	}

	// step runs actions with their own deadline, so that one stuck step
	// fails fast and leaves time for a screenshot.
	step := func(d time.Duration, actions ...chromedp.Action[chromedp.Void]) error {
		sctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return chromedp.Do(sctx, actions...)
	}
	// open loads u without waiting for the page's load event, which a
	// resource that the closed network never serves can hold up.
	open := func(u string) error {
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		_, err := chromedp.Call(sctx, page.Navigate, page.NavigateParams{URL: u})
		return err
	}
	password := `input[data-testid="password"]`
	for attempt := 1; attempt <= 3; attempt++ {
		if err = open(u); err == nil {
			err = step(45*time.Second, chromedp.WaitVisible(chromedp.CSS(password)))
		}
		if err == nil {
			break
		}
		t.Logf("attempt %d: the login form did not appear: %v", attempt, err)
	}
	if err == nil {
		err = step(20*time.Second, chromedp.SendKeys(chromedp.CSS(password), cfg.Password))
	}
	// A click that lands while the form is still settling does nothing:
	// click again until the form goes away.
	for attempt := 1; err == nil && attempt <= 4; attempt++ {
		err = step(15*time.Second,
			chromedp.Click(chromedp.CSS(`button[data-testid="connect"]`)),
			chromedp.WaitNotPresent(chromedp.CSS(password)),
		)
		if err == nil {
			break
		}
		t.Logf("connect attempt %d: %v", attempt, err)
		if attempt < 4 {
			err = nil
		}
	}
	if err != nil {
		shot("browser-login-failed.png")
		t.Fatalf("log in to Neo4j Browser: %v", err)
	}
	// The editor holds the canned query; run it as a user would.
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`.monaco-editor textarea`)), chromedp.Sleep(time.Second)); err != nil {
		shot("browser-editor-failed.png")
		t.Fatalf("find the editor: %v", err)
	}
	editor, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('.monaco-editor .view-line')].map(e => e.textContent).join('\n')`))
	if err != nil {
		shot("browser-editor-failed.png")
		t.Fatalf("find the editor: %v", err)
	}
	editor = strings.ReplaceAll(editor, "\u00a0", " ")
	if !strings.Contains(editor, ":param from") || !strings.Contains(editor, ":param to") {
		t.Errorf("editor holds %q, want the canned query with its :param lines", editor)
	}
	shot("browser-connected.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`))); err != nil {
		t.Fatalf("run the editor: %v", err)
	}
	// Browser runs the :param lines and the statement in turn and lists
	// them; the parameters stay set, so the statement alone, opened and run
	// again, shows its graph.
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`[data-testid="multi-statement-list-title"]`)), chromedp.Sleep(time.Second)); err != nil {
		shot("browser-run-failed.png")
		t.Fatalf("run the editor: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.monaco-editor textarea`))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: q.Cypher}); err != nil {
		t.Fatalf("type the statement: %v", err)
	}
	// The editor closes brackets as they are typed: drop what it added
	// after the cursor.
	if err := chromedp.Do(ctx,
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl, chromedp.ModifierShift)),
		chromedp.KeyEvent(kb.Delete),
		chromedp.Sleep(time.Second),
		chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`)),
	); err != nil {
		t.Fatalf("run the statement: %v", err)
	}
	// Lankov is quoted by Al Jazeera, which quotes Putin, who met Kim.
	want := []string{"Andrei Lankov", "Al Jazeera", "Vladimir Putin", "Kim Jong Un"}
	captions, err := chromedp.Run(ctx, chromedp.Poll[[]string](`(() => {
		const t = [...document.querySelectorAll('svg g.node')]
			.map(g => [...g.querySelectorAll('text')].map(e => e.textContent.trim()).filter(x => x).join(' '));
		return t.length ? t : null;
	})()`, chromedp.WithPollingTimeout(60*time.Second)))
	_ = chromedp.Do(ctx, chromedp.Sleep(2*time.Second))
	shot("browser-path.png")
	if err != nil {
		t.Fatalf("no graph drawn: %v", err)
	}
	for _, w := range want {
		if !slices.Contains(captions, w) {
			t.Errorf("graph captions %q lack %q", captions, w)
		}
	}
}
